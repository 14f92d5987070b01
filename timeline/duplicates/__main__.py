"""Measure duplicate suggestions on hand-labelled pairs.

    python -m timeline.duplicates evaluate tests/data/merging/libya_pairs.jsonl \
        --strata tests/data/merging/libya_strata.json [--grid]

Prints precision, recall and F1 of the default scoring on the tuning half (even ``n``) and the
held-out half (odd ``n``), on the labelled sample itself and weighted back to every candidate
pair (with ``--strata``). ``--grid`` lists the best scorings of ``evaluate.grid()`` on the
tuning half, with their held-out figures: how the default was chosen.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from .evaluate import figures, grid, load_pairs, predictions, stratum_weights
from .scoring import Scoring


def _line(name: str, result) -> str:
    return (
        f"{name:<24} precision {result.precision:.2f}  recall {result.recall:.2f}  "
        f"F1 {result.f1:.2f}  ({result.true_positives:.0f} of {result.predicted:.0f} "
        f"suggested are right; {result.positives:.0f} same-event pairs)"
    )


def evaluate(arguments) -> int:
    pairs = load_pairs(arguments.pairs)
    population = json.loads(arguments.strata.read_text()) if arguments.strata else None
    halves = {
        "tuning": [pair for pair in pairs if pair.number % 2 == 0],
        "held-out": [pair for pair in pairs if pair.number % 2 == 1],
    }
    scoring = Scoring()
    print(f"{len(pairs)} labelled pairs, {sum(p.same for p in pairs)} of the same event")
    print(f"scoring: {scoring}")
    for name, half in halves.items():
        scored = predictions(half, scoring)
        print(_line(f"{name}, labelled", figures(scored, scoring.threshold)))
        if population:
            weights = stratum_weights(half, population)
            weighted = figures(scored, scoring.threshold, weights)
            print(_line(f"{name}, weighted", weighted))
    if arguments.grid:
        _grid(halves, population)
    return 0


def _grid(halves, population) -> None:
    tune, held = halves["tuning"], halves["held-out"]
    tune_weights = stratum_weights(tune, population) if population else None
    held_weights = stratum_weights(held, population) if population else None
    cache = {}
    results = []
    for scoring in grid():
        key = replace(scoring, threshold=0.0)
        if key not in cache:
            cache[key] = (predictions(tune, scoring), predictions(held, scoring))
        tuned = figures(cache[key][0], scoring.threshold, tune_weights)
        results.append((tuned.f1, scoring))
    results.sort(key=lambda found: -found[0])
    print("\nbest on the tuning half (weighted F1), then the held-out half:")
    for tuned_f1, scoring in results[:10]:
        held_out = figures(
            cache[replace(scoring, threshold=0.0)][1], scoring.threshold, held_weights
        )
        print(
            f"  tuning F1 {tuned_f1:.2f} | held-out P {held_out.precision:.2f} "
            f"R {held_out.recall:.2f} F1 {held_out.f1:.2f} | {scoring.text_measure} "
            f"date {scoring.date} text {scoring.text} entities {scoring.entities} "
            f"threshold {scoring.threshold:.2f}"
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline.duplicates")
    commands = parser.add_subparsers(dest="command", required=True)
    evaluating = commands.add_parser("evaluate", help="precision and recall on labelled pairs")
    evaluating.add_argument("pairs", type=Path)
    evaluating.add_argument("--strata", type=Path, help="candidate pairs per stratum (JSON)")
    evaluating.add_argument("--grid", action="store_true", help="search the weights")
    arguments = parser.parse_args(argv)
    return evaluate(arguments)


if __name__ == "__main__":
    sys.exit(main())

"""Measure duplicate suggestions on hand-labelled pairs.

    python -m timeline.duplicates evaluate tests/data/merging/libya_pairs.jsonl \
        --strata tests/data/merging/libya_strata.json [--grid]
    python -m timeline.duplicates reports tests/data/merging/astana_groups.json
    python -m timeline.duplicates synthetic [--size 10000]

Prints precision, recall and F1 of the default scoring on the tuning half (even ``n``) and the
held-out half (odd ``n``), on the labelled sample itself and weighted back to every candidate
pair (with ``--strata``). ``--grid`` lists the best scorings of ``evaluate.grid()`` on the
tuning half, with their held-out figures: how the default was chosen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from .evaluate import (
    figures,
    grid,
    load_pairs,
    predictions,
    reextracted,
    reports_figures,
    stratum_weights,
    synthetic_figures,
)
from .scoring import Scoring


def _line(name: str, result) -> str:
    return (
        f"{name:<24} precision {result.precision:.2f}  recall {result.recall:.2f}  "
        f"F1 {result.f1:.2f}  ({result.true_positives:.0f} of {result.predicted:.0f} "
        f"suggested are right; {result.positives:.0f} same-event pairs)"
    )


def evaluate(arguments) -> int:
    pairs = load_pairs(arguments.pairs)
    if arguments.reextract:
        pairs = reextracted(pairs, arguments.reextract)
        lost = {r.id for p in pairs for r in (p.first, p.second) if not r.title}
        print(f"events read again by the current engine; {len(lost)} no longer proposed")
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
        _grid(halves, population, arguments.min_precision)
    return 0


def _grid(halves, population, min_precision: float = 0.0) -> None:
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
        labelled = figures(cache[key][0], scoring.threshold)
        if min(tuned.precision, labelled.precision) < min_precision:
            continue
        results.append((tuned.f1, scoring))
    results.sort(key=lambda found: -found[0])
    print(
        f"\nbest on the tuning half (weighted F1, tuning precision at least {min_precision}), "
        "then the held-out half:"
    )
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


def reports(arguments) -> int:
    result = reports_figures(arguments.groups)
    titles = {record.id: record.title for record in result.records}
    print(
        f"{len(result.records)} events, {len(result.same)} same-event pairs across reports, "
        f"{len(result.suggested)} suggested: precision {result.precision:.2f}, "
        f"recall {result.recall:.2f} ({len(result.found)} found)"
    )
    for pair, score in sorted(result.suggested.items(), key=lambda item: -item[1]):
        mark = "right" if pair in result.same else "WRONG"
        print(f"  {mark:<6} {score:.2f}  {titles[pair[0]]}  |  {titles[pair[1]]}")
    for pair in sorted(result.same - result.found):
        print(f"  missed        {titles[pair[0]]}  |  {titles[pair[1]]}")
    return 0


def synthetic(arguments) -> int:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    django.setup()
    print(_line(f"synthetic, {arguments.size:,} events", synthetic_figures(arguments.size)))
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline.duplicates")
    commands = parser.add_subparsers(dest="command", required=True)
    evaluating = commands.add_parser("evaluate", help="precision and recall on labelled pairs")
    evaluating.add_argument("pairs", type=Path)
    evaluating.add_argument("--strata", type=Path, help="candidate pairs per stratum (JSON)")
    evaluating.add_argument("--grid", action="store_true", help="search the weights")
    evaluating.add_argument(
        "--min-precision",
        type=float,
        default=0.0,
        help="with --grid: only scorings this precise on the tuning half (both ways)",
    )
    evaluating.add_argument(
        "--reextract",
        type=Path,
        metavar="CORPUS",
        help="read each labelled event again from its article in CORPUS with this engine",
    )
    reporting = commands.add_parser(
        "reports", help="suggestions among a few reports against their grouped happenings"
    )
    reporting.add_argument("groups", type=Path, help="a groups file (tests/data/merging)")
    synthesising = commands.add_parser(
        "synthetic", help="precision and recall on the bench's synthetic timeline"
    )
    synthesising.add_argument("--size", type=int, default=10_000)
    arguments = parser.parse_args(argv)
    if arguments.command == "reports":
        return reports(arguments)
    if arguments.command == "synthetic":
        return synthetic(arguments)
    return evaluate(arguments)


if __name__ == "__main__":
    sys.exit(main())

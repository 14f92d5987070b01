"""Per-fold scores on a TimeML corpus, to check that a rule generalises.

A rule written while reading the errors of K-1 folds must also help (or at least not
hurt) the fold it was not written on; a rule that helps only the folds it was written
on is overfitting. ``python -m timeline.extraction.temporal.crossval DIR`` prints each
fold's strict, relaxed, type and value F1; ``--save FILE`` keeps them and
``--against FILE`` prints the change per fold since then.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..types import Timex
from .evaluate import Score, fold_paths, score_document
from .tagger import annotate
from .timeml import find_timeml_files, read_timeml

_KEYS = ("strict_f1", "relaxed_f1", "type_f1", "value_f1")


def fold_scores(directory: Path, folds: int) -> dict[str, dict[str, float]]:
    """{"fold 0": figures, ..., "all": figures} for the tagger as it is now."""
    paths = find_timeml_files(directory)
    total = Score()
    result: dict[str, dict[str, float]] = {}
    for fold in range(folds):
        score = Score()
        for path in fold_paths(paths, folds, fold):
            document = read_timeml(path)
            system: list[Timex] = annotate(document.text, document.dct)
            score_document(document, system, score)
            score_document(document, system, total)
        result[f"fold {fold}"] = {key: score.figures()[key] for key in _KEYS}
    result["all"] = {key: total.figures()[key] for key in _KEYS}
    return result


def format_table(scores: dict[str, dict[str, float]], before: dict | None = None) -> str:
    lines = ["part     " + "  ".join(f"{key:>16}" for key in _KEYS)]
    for part, figures in scores.items():
        cells = []
        for key in _KEYS:
            cell = f"{figures[key]:.4f}"
            if before and part in before:
                cell += f" ({figures[key] - before[part][key]:+.4f})"
            cells.append(f"{cell:>16}")
        lines.append(f"{part:<8} " + "  ".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline.extraction.temporal.crossval")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--save", type=Path, help="write the per-fold figures to FILE")
    parser.add_argument("--against", type=Path, help="show the change since a saved FILE")
    args = parser.parse_args(argv)
    scores = fold_scores(args.directory, args.folds)
    before = json.loads(args.against.read_text()) if args.against else None
    print(format_table(scores, before))
    if args.save:
        args.save.write_text(json.dumps(scores, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Command line: ``python -m timeline.extraction {annotate,events,events-eval,evaluate,bench,
compare-heideltime}``.

Each subcommand is registered by a small ``add_*`` function and handled by a small
``run_*`` function; ``add_input_arguments`` / ``read_inputs`` give any future
subcommand (e.g. ``events``) the same --dct / --jsonl / FILE handling.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from . import annotate


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from error


def _parse_dct(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """--dct, --jsonl and FILE..., shared by every subcommand that reads texts."""
    parser.add_argument("files", metavar="FILE", nargs="*", type=Path, help="plain-text files")
    parser.add_argument("--dct", type=_date, help="document creation time, YYYY-MM-DD")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id", "text", "dct"} lines from stdin, write {"id", ...} lines',
    )


def read_inputs(args: argparse.Namespace) -> Iterator[tuple[dict, str, dt.date | None]]:
    """(identity fields for the output line, text, DCT) for each input document."""
    if args.jsonl:
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                record = None
            if not isinstance(record, dict):
                # Keep one output line per input line so callers can zip them back.
                print(f"skipping a line that is not a JSON object: {line[:80]!r}", file=sys.stderr)
                yield {"id": None, "error": "not a JSON object"}, "", None
                continue
            yield (
                {"id": record.get("id")},
                str(record.get("text") or ""),
                _parse_dct(record.get("dct")),
            )
        return
    for path in args.files:
        text = path.read_text(encoding="utf-8")
        dct = args.dct
        yield {"file": str(path), "dct": dct.isoformat() if dct else None}, text, dct


def run_annotate(args: argparse.Namespace) -> int:
    if not args.jsonl and not args.files:
        print("annotate: give FILE arguments or --jsonl", file=sys.stderr)
        return 2
    for identity, text, dct in read_inputs(args):
        timexes = [t.to_dict() for t in annotate(text, dct)]
        print(json.dumps({**identity, "timexes": timexes}, ensure_ascii=False), flush=False)
    sys.stdout.flush()
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from .temporal.evaluate import evaluate, fold_paths, format_errors, format_report
    from .temporal.timeml import find_timeml_files, read_timeml

    paths = find_timeml_files(args.directory)
    if not paths:
        print(f"evaluate: no .tml files under {args.directory}", file=sys.stderr)
        return 2
    name = str(args.directory)
    if args.folds:
        if args.fold is None or not 0 <= args.fold < args.folds:
            print("evaluate: --folds K needs --fold I with 0 <= I < K", file=sys.stderr)
            return 2
        paths = fold_paths(paths, args.folds, args.fold, complement=args.other_folds)
        which = "all folds but" if args.other_folds else "fold"
        name += f" [{which} {args.fold} of {args.folds}]"
    score = evaluate((read_timeml(p) for p in paths), annotate)
    print(format_report(f"{name} ({len(paths)} documents)", score))
    if args.errors:
        print(format_errors(score))
    return 0


def run_bench(args: argparse.Namespace) -> int:
    from .temporal.bench import read_texts, run_text_bench
    from .temporal.bench import run_bench as bench

    result = bench(annotate, documents=args.docs, memory_documents=args.memory_docs)
    if args.texts:
        texts = read_texts(args.texts)
        if not texts:
            print(f"bench: no .txt files under {args.texts}", file=sys.stderr)
            return 2
        result.update(run_text_bench(annotate, texts))
    for key, value in result.items():
        print(f"{key}: {value}")
    return 0


def run_compare_heideltime(args: argparse.Namespace) -> int:
    from .temporal.heideltime import (
        HeidelTimeUnavailable,
        compare,
        find_installation,
        format_comparison,
    )
    from .temporal.timeml import find_timeml_files, read_timeml

    try:
        installation = find_installation()
    except HeidelTimeUnavailable as error:
        print(f"compare-heideltime: {error}", file=sys.stderr)
        return 2
    for directory in args.directories:
        paths = find_timeml_files(directory)
        if not paths:
            print(f"compare-heideltime: no .tml files under {directory}", file=sys.stderr)
            return 2
        try:
            comparison = compare((read_timeml(p) for p in paths), annotate, installation)
        except (HeidelTimeUnavailable, ValueError) as error:
            print(f"compare-heideltime: {error}", file=sys.stderr)
            return 1
        print(format_comparison(str(directory), comparison), flush=True)
    return 0


def run_events(args: argparse.Namespace) -> int:
    from . import extract_events

    if not args.jsonl and not args.files:
        print("events: give FILE arguments or --jsonl", file=sys.stderr)
        return 2
    for identity, text, dct in read_inputs(args):
        extraction = extract_events(text, dct)
        context = {
            **identity,
            "dct": extraction.dct.isoformat() if extraction.dct else None,
            "dct_inferred": extraction.dct_inferred,
            "engine_version": extraction.engine_version,
        }
        for event in extraction.events:
            print(json.dumps({**context, **event.to_dict()}, ensure_ascii=False), flush=False)
    sys.stdout.flush()
    return 0


def run_events_eval(args: argparse.Namespace) -> int:
    from .events.evaluation import evaluate_gold, format_errors

    if not args.directory.is_dir() or not any(args.directory.rglob("*.json")):
        print(f"events-eval: no gold .json files under {args.directory}", file=sys.stderr)
        return 2
    summary, scores = evaluate_gold(args.directory)
    if args.json:
        print(json.dumps(summary))
    else:
        for key, value in summary.items():
            print(f"{key}: {value}")
    if args.errors:
        print(format_errors(scores))
    return 0


def add_events_eval(subparsers) -> None:
    parser = subparsers.add_parser(
        "events-eval", help="score events against hand-listed gold events (docs/events.md)"
    )
    parser.add_argument("directory", type=Path, help="folder of gold NAME.json + NAME.txt")
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    parser.add_argument("--json", action="store_true", help="the summary as one JSON line")
    parser.set_defaults(handler=run_events_eval)


def add_events(subparsers) -> None:
    parser = subparsers.add_parser("events", help="extract dated events, one JSON line each")
    add_input_arguments(parser)
    parser.set_defaults(handler=run_events)


def add_annotate(subparsers) -> None:
    parser = subparsers.add_parser("annotate", help="tag temporal expressions (TIMEX3)")
    add_input_arguments(parser)
    parser.set_defaults(handler=run_annotate)


def add_evaluate(subparsers) -> None:
    parser = subparsers.add_parser("evaluate", help="score on TimeML .tml files (TempEval-3)")
    parser.add_argument("directory", type=Path)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong values")
    parser.add_argument(
        "--folds", type=int, default=0, help="split the documents into K folds (by sorted name)"
    )
    parser.add_argument("--fold", type=int, help="with --folds: score only fold I (0-based)")
    parser.add_argument(
        "--other-folds",
        action="store_true",
        help="with --folds/--fold: score every fold except I (the development part)",
    )
    parser.set_defaults(handler=run_evaluate)


def add_bench(subparsers) -> None:
    parser = subparsers.add_parser("bench", help="documents per second and peak memory")
    parser.add_argument("--docs", type=int, default=2000, help="documents to time")
    parser.add_argument(
        "--memory-docs", type=int, default=10000, help="documents for the flat-memory check"
    )
    parser.add_argument(
        "--texts",
        metavar="DIR",
        help="also time the real articles in DIR (*.txt, dated by YYYY-MM-DD in the name)",
    )
    parser.set_defaults(handler=run_bench)


def add_compare_heideltime(subparsers) -> None:
    parser = subparsers.add_parser(
        "compare-heideltime",
        help="score and time HeidelTime beside this tagger on TimeML folders",
    )
    parser.add_argument("directories", type=Path, nargs="+", metavar="DIR")
    parser.set_defaults(handler=run_compare_heideltime)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m timeline.extraction")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for add in (
        add_annotate,
        add_events,
        add_events_eval,
        add_evaluate,
        add_bench,
        add_compare_heideltime,
    ):
        add(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())

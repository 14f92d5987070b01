"""Split an article's body into paragraphs of marked and unmarked runs, for the article page.

Plain Python: offsets in, runs of text out; the template escapes every run. Marks may not
overlap (the first wins); a highlighted sentence may contain marks.
"""

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    payload: Any = None


@dataclass
class Run:
    text: str
    mark: Any = None
    in_sentence: bool = False


@dataclass
class Paragraph:
    start: int
    runs: list[Run] = field(default_factory=list)


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for separator in PARAGRAPH_BREAK.finditer(body):
        if separator.start() > position:
            spans.append((position, separator.start()))
        position = separator.end()
    if position < len(body):
        spans.append((position, len(body)))
    return spans


def _without_overlaps(marks: list[Mark], length: int) -> list[Mark]:
    kept: list[Mark] = []
    reached = 0
    for mark in sorted(marks, key=lambda mark: (mark.start, mark.end)):
        if mark.start < reached or not (0 <= mark.start < mark.end <= length):
            continue
        kept.append(mark)
        reached = mark.end
    return kept


def highlight(
    body: str, marks: list[Mark], sentence: tuple[int, int] | None = None
) -> list[Paragraph]:
    """The body's paragraphs, each cut into runs at every mark and sentence boundary."""
    marks = _without_overlaps(marks, len(body))
    paragraphs = []
    for start, end in paragraph_spans(body):
        cuts = {start, end}
        for mark in marks:
            if mark.end > start and mark.start < end:
                cuts.update({max(mark.start, start), min(mark.end, end)})
        if sentence:
            cuts.update(point for point in sentence if start < point < end)
        ordered = sorted(cuts)
        paragraph = Paragraph(start=start)
        for run_start, run_end in itertools.pairwise(ordered):
            mark = next(
                (mark.payload for mark in marks if mark.start <= run_start and run_end <= mark.end),
                None,
            )
            in_sentence = bool(sentence and sentence[0] <= run_start and run_end <= sentence[1])
            paragraph.runs.append(Run(body[run_start:run_end], mark, in_sentence))
        paragraphs.append(paragraph)
    return paragraphs

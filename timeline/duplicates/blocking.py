"""Which pairs are compared at all: blocking by date, then by a shared word or name.

Each event is indexed under the calendar cells its (widened) range covers, at the
resolution of its precision (days for days and weeks, months for months, quarters and
seasons, years for anything coarser), once per *signature* (a content word of its title,
or a specific actor or place). Another event finds it by looking up the cells of its own
range at each resolution it may match, with each of its own signatures. So a pair is only
compared when its dates can match and it shares a signature, and the work grows with the
number of events and their local density, never with the square of the timeline.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .dates import MAX_RANK_STEPS, DateSpan
from .records import Prepared

DAY, MONTH, YEAR = "D", "M", "Y"
# The precision steps each resolution indexes.
LEVEL_RANKS = {DAY: (0, 1), MONTH: (2, 3), YEAR: (4, 5, 6)}


def level_of(span: DateSpan) -> str:
    if span.rank <= 1:
        return DAY
    if span.rank <= 3:
        return MONTH
    return YEAR


def cells(span: DateSpan, level: str) -> Iterator[int]:
    """The calendar cells of a level that the span touches."""
    if level == DAY:
        yield from range(span.start, span.end + 1)
        return
    first, last = dt.date.fromordinal(span.start), dt.date.fromordinal(span.end)
    if level == MONTH:
        yield from range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
    else:
        yield from range(first.year, last.year + 1)


def _levels_to_probe(span: DateSpan) -> list[str]:
    return [
        level
        for level, ranks in LEVEL_RANKS.items()
        if any(abs(rank - span.rank) <= MAX_RANK_STEPS for rank in ranks)
    ]


class BlockIndex:
    """Prepared events by (level, cell, signature)."""

    def __init__(self) -> None:
        self._blocks: dict[tuple[str, int, str], list[Prepared]] = defaultdict(list)

    def add(self, item: Prepared) -> None:
        level = level_of(item.span)
        signatures = item.signatures()
        for cell in cells(item.span, level):
            for signature in signatures:
                self._blocks[(level, cell, signature)].append(item)

    def candidates(self, item: Prepared) -> Iterator[Prepared]:
        """Indexed events whose date may match the item's and that share a signature."""
        seen = {item.id}
        signatures = item.signatures()
        blocks = self._blocks
        for level in _levels_to_probe(item.span):
            for cell in cells(item.span, level):
                for signature in signatures:
                    for other in blocks.get((level, cell, signature), ()):
                        if other.id not in seen:
                            seen.add(other.id)
                            yield other


def same_sources(first: Prepared, second: Prepared) -> bool:
    """Both events come from exactly the same articles: the engine already kept them apart
    on purpose, and merging them would add no support."""
    articles = first.record.articles
    return bool(articles) and articles == second.record.articles


def candidate_pairs(
    new: Iterable[Prepared], existing: Iterable[Prepared] = ()
) -> Iterator[tuple[Prepared, Prepared]]:
    """Pairs to score: each new event against the existing ones and the new ones before it.

    With no existing events this is every candidate pair of one collection, each once.
    """
    index = BlockIndex()
    for item in existing:
        index.add(item)
    for item in new:
        for other in index.candidates(item):
            if not same_sources(item, other):
                yield other, item
        index.add(item)

"""Which pairs are compared at all: blocking by date, then by a shared word or name.

Each event is indexed under the calendar cells its (widened) range covers, at the
resolution of its precision (days for days and weeks, months for months, quarters and
seasons, years for anything coarser), once per *signature* (a content word of its title,
or a specific actor or place). Another event finds it by looking up the cells of its own
range at each resolution it may match, with each of its own signatures. So a pair is only
compared when its dates can match and it shares a signature (two when one is a day and the
other a month, say: a month's cells hold every event of its days), and the work grows with
the number of events and their local density, never with the square of the timeline.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .dates import MAX_RANK_STEPS, DateSpan
from .records import LEVEL_OF_RANK, Prepared

DAY, MONTH, YEAR = "D", "M", "Y"
# The precision steps each resolution indexes.
LEVEL_RANKS = {DAY: (0, 1), MONTH: (2, 3), YEAR: (4, 5, 6)}
# Signatures a pair of different resolutions must share (measured: docs/merging.md).
CROSS_LEVEL_SIGNATURES = 2


def level_of(span: DateSpan) -> str:
    return LEVEL_OF_RANK[span.rank]


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


def _levels_to_probe(rank: int) -> tuple[str, ...]:
    return tuple(
        level
        for level, ranks in LEVEL_RANKS.items()
        if any(abs(other - rank) <= MAX_RANK_STEPS for other in ranks)
    )


_PROBED_LEVELS = {rank: _levels_to_probe(rank) for rank in range(7)}


class BlockIndex:
    """Prepared events by level, then by (calendar cell, signature) packed in one integer."""

    # Signature numbers stay below this, so cell * STRIDE + number is unique per pair.
    STRIDE = 1 << 32

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._blocks: dict[str, dict[int, list[Prepared]]] = {
            level: defaultdict(list) for level in LEVEL_RANKS
        }

    def _number(self, signature: str) -> int:
        number = self._numbers.get(signature)
        if number is None:
            number = self._numbers[signature] = len(self._numbers)
        return number

    def add(self, item: Prepared) -> None:
        blocks = self._blocks[item.level]
        numbers = [self._number(signature) for signature in item.signatures]
        for cell in cells(item.span, item.level):
            base = cell * self.STRIDE
            for number in numbers:
                blocks[base + number].append(item)

    def candidates(self, item: Prepared) -> Iterator[Prepared]:
        """Indexed events whose date may match the item's and that share a signature (two,
        when their precisions differ: a month shares its days with hundreds of events)."""
        known = self._numbers
        # A signature no indexed event has cannot find anything.
        numbers = [known[signature] for signature in item.signatures if signature in known]
        shared: dict[int, int] = {}
        found: dict[int, Prepared] = {}
        for level in _PROBED_LEVELS[item.span.rank]:
            blocks = self._blocks[level]
            if not blocks:
                continue
            bases = [cell * self.STRIDE for cell in cells(item.span, level)]
            for number in numbers:
                hit: set[int] = set()
                for base in bases:
                    block = blocks.get(base + number)
                    if block:
                        for other in block:
                            hit.add(other.id)
                            found[other.id] = other
                for pk in hit:
                    shared[pk] = shared.get(pk, 0) + 1
        shared.pop(item.id, None)
        own_level = item.level
        for pk, count in shared.items():
            other = found[pk]
            if count >= (1 if other.level == own_level else CROSS_LEVEL_SIGNATURES):
                yield other


def same_sources(first: Prepared, second: Prepared) -> bool:
    """Both events come from exactly the same articles: the engine already kept them apart
    on purpose, and merging them would add no support."""
    articles = first.record.articles
    return bool(articles) and articles == second.record.articles


def comparable(first: Prepared, second: Prepared) -> bool:
    """Whether blocking lets the pair be scored (their dates are checked by the score)."""
    needed = 1 if first.level == second.level else CROSS_LEVEL_SIGNATURES
    shared = len(first.signatures & second.signatures)
    return shared >= needed and not same_sources(first, second)


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

"""When two event dates can name the same happening, and how strongly that says they do.

Two dates are *compatible* when their calendar ranges overlap once approximate dates are
widened ("c. December 2016" reaches into November and January), and their precisions are at
most two steps apart: a day can be the same event as a week or a month that contains it, a
month as a year, but a day is not compared with a whole year or decade. A year shares its
days with every event of that year, so it says almost nothing about which one it is, and
comparing it with all of them would make the work grow with the timeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Precision steps, finest first; a quarter and a season are the same step.
RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "quarter": 3,
    "season": 3,
    "year": 4,
    "decade": 5,
    "century": 6,
}
MAX_RANK_STEPS = 2
# How far an approximate date reaches on each side, in days.
APPROXIMATE_REACH = {
    "day": 3,
    "week": 7,
    "month": 15,
    "quarter": 30,
    "season": 30,
    "year": 90,
    "decade": 730,
    "century": 3650,
}


# The longest range of each precision, in days: how far before a day a range that covers
# it can start.
LONGEST_DAYS = {
    "day": 1,
    "week": 7,
    "month": 31,
    "quarter": 92,
    "season": 92,
    "year": 366,
    "decade": 3653,
    "century": 36525,
}


def rank(granularity: str) -> int:
    return RANK.get(granularity, RANK["year"])


def compatible_granularities(granularity: str) -> tuple[str, ...]:
    """The granularities a date of this one may be compared with (for a SQL filter)."""
    own = rank(granularity)
    return tuple(name for name, step in RANK.items() if abs(step - own) <= MAX_RANK_STEPS)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """An event's date as the comparison needs it: the range in day ordinals, widened."""

    start: int
    end: int
    granularity: str
    approximate: bool
    rank: int

    @classmethod
    def of(cls, start: dt.date, end: dt.date, granularity: str, approximate: bool) -> DateSpan:
        reach = APPROXIMATE_REACH.get(granularity, 0) if approximate else 0
        return cls(
            start.toordinal() - reach,
            end.toordinal() + reach,
            granularity,
            approximate,
            rank(granularity),
        )

    @property
    def days(self) -> int:
        return self.end - self.start + 1


@dataclass(frozen=True, slots=True)
class CandidateWindow:
    """Where the events of one precision that may match a date lie: their first day between
    ``start_from`` and ``start_to`` and their last day from ``end_from`` (day ordinals).
    Bounded on both sides, so a database reads a short stretch of an index on
    (precision, first day), however long the timeline."""

    granularity: str
    start_from: int
    start_to: int
    end_from: int


def candidate_windows(span: DateSpan) -> list[CandidateWindow]:
    """For each precision a date may match, the window its candidates lie in (generous:
    the scorer checks every pair it reads)."""
    windows = []
    for granularity in compatible_granularities(span.granularity):
        reach = APPROXIMATE_REACH.get(granularity, 0)
        windows.append(
            CandidateWindow(
                granularity=granularity,
                start_from=span.start - reach - LONGEST_DAYS.get(granularity, 36525),
                start_to=span.end + reach,
                end_from=span.start - reach,
            )
        )
    return windows


@dataclass(frozen=True, slots=True)
class DateMatch:
    strength: float
    reason: str


def date_match(first: DateSpan, second: DateSpan) -> DateMatch | None:
    """How well two dates agree (1.0: the same day), or None when they cannot match."""
    if first.start > second.end or second.start > first.end:
        return None
    steps = abs(first.rank - second.rank)
    if steps > MAX_RANK_STEPS:
        return None
    approximate = first.approximate or second.approximate
    if (first.start, first.end) == (second.start, second.end):
        if approximate:
            return DateMatch(0.6, f"same {first.granularity}, approximate")
        if first.granularity == "day":
            return DateMatch(1.0, "same day")
        return DateMatch(_SAME_RANGE.get(first.granularity, 0.4), f"same {first.granularity}")
    inner, outer = (first, second) if first.days <= second.days else (second, first)
    contained = outer.start <= inner.start and inner.end <= outer.end
    if contained and not approximate:
        strength = 0.6 if steps <= 1 else 0.45
        return DateMatch(strength, f"{inner.granularity} within the {outer.granularity}")
    return DateMatch(0.4, "close dates" if approximate else "overlapping dates")


_SAME_RANGE = {"week": 0.75, "month": 0.6, "quarter": 0.5, "season": 0.5, "year": 0.4}

"""The draft timeline: the best supported days, one event each, for an editor to start from.

Events are ranked by support (the distinct articles reporting them, their suggested
duplicates' included), then by how exactly their date is known (an exact day before a
"c." day), then by the engine's confidence; walking down that ranking, each event whose day
is not taken yet takes it, until ``dates`` days are taken. Only day-precise events can name
a day: a month or a year is not a date of a timeline.

``date_f1`` scores a draft against a reference the way news-tls does (Ghalandari and
Ifrim, 2020): precision and recall of the two sets of days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class DraftCandidate:
    event_id: int
    day: dt.date
    support: int
    approximate: bool = False
    confidence: float = 0.0


def rank_key(candidate: DraftCandidate) -> tuple:
    return (
        -candidate.support,
        candidate.approximate,
        -candidate.confidence,
        candidate.day,
        candidate.event_id,
    )


def pick_dates(candidates: Iterable[DraftCandidate], dates: int) -> list[DraftCandidate]:
    """The top ``dates`` days and the best event of each, in date order."""
    chosen: dict[dt.date, DraftCandidate] = {}
    for candidate in sorted(candidates, key=rank_key):
        if len(chosen) >= dates:
            break
        chosen.setdefault(candidate.day, candidate)
    return sorted(chosen.values(), key=lambda candidate: candidate.day)


@dataclass(frozen=True)
class DateScores:
    precision: float
    recall: float
    f1: float
    shared: int


def date_f1(predicted: Iterable[dt.date], reference: Iterable[dt.date]) -> DateScores:
    predicted, reference = set(predicted), set(reference)
    shared = len(predicted & reference)
    precision = shared / len(predicted) if predicted else 0.0
    recall = shared / len(reference) if reference else 0.0
    total = precision + recall
    return DateScores(precision, recall, 2 * precision * recall / total if total else 0.0, shared)

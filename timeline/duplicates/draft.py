"""The draft timeline: the days an editor would most likely list, one event each.

Days are ranked, most telling evidence first (docs/merging.md, "The draft timeline"):

1. how many articles list the day in a chronology (a factbox line "Aug 21 - Rebels enter
   Tripoli"): a journalist already chose that day for a timeline;
2. how many distinct articles report an event on that day (its references);
3. the support of the day's best event (the articles of its mentions and of its suggested
   duplicates), an exact day before a "c." day, then the engine's confidence.

None of these has a tuned constant. Walking down the ranking, each day takes its best event
until ``dates`` days are taken. Only day-precise events can name a day: a month or a year is
not a date of a timeline.

``date_f1`` scores a draft against a reference the way news-tls does (Ghalandari and
Ifrim, 2020): precision and recall of the two sets of days.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class DraftCandidate:
    event_id: int
    day: dt.date
    support: int
    approximate: bool = False
    confidence: float = 0.0


@dataclass(frozen=True)
class DayEvidence:
    """What the articles say about a day beyond its best event."""

    chronologies: int = 0  # articles that list the day in a chronology
    articles: int = 0  # distinct articles that report an event on the day


NO_EVIDENCE = DayEvidence()


def rank_key(candidate: DraftCandidate, evidence: DayEvidence = NO_EVIDENCE) -> tuple:
    return (
        -evidence.chronologies,
        -evidence.articles,
        -candidate.support,
        candidate.approximate,
        -candidate.confidence,
        candidate.day,
        candidate.event_id,
    )


def pick_dates(
    candidates: Iterable[DraftCandidate],
    dates: int,
    evidence: dict[dt.date, DayEvidence] | None = None,
) -> list[DraftCandidate]:
    """The top ``dates`` days and the best event of each, in date order."""
    evidence = evidence or {}
    chosen: dict[dt.date, DraftCandidate] = {}
    ranked = sorted(
        candidates, key=lambda found: rank_key(found, evidence.get(found.day, NO_EVIDENCE))
    )
    for candidate in ranked:
        if len(chosen) >= dates:
            break
        chosen.setdefault(candidate.day, candidate)
    return sorted(chosen.values(), key=lambda candidate: candidate.day)


# A chronology line: the date opens the line (or follows a colon or a dash) and a dash
# follows it, perhaps after a second day or the year: "Feb 15/16, 2011 - A riot in ...".
_CHRONOLOGY_AFTER = re.compile(r"[\s,/\\0-9]*(?:-|–|—|:)\s")


def is_chronology_line(sentence: str, timex_at: int, timex_end: int) -> bool:
    """Whether the time expression at ``sentence[timex_at:timex_end]`` heads a chronology
    line, as the event engine reads factboxes."""
    before = sentence[:timex_at].rstrip(" *\n\t")
    if before and before[-1] not in ":-–—":
        return False
    return bool(_CHRONOLOGY_AFTER.match(sentence, timex_end))


def day_evidence(
    mentions: Iterable[tuple[dt.date, int, bool]],
) -> dict[dt.date, DayEvidence]:
    """(day, article, is a chronology line) per mention -> each day's evidence."""
    chronologies: dict[dt.date, set[int]] = {}
    articles: dict[dt.date, set[int]] = {}
    for day, article, chronology in mentions:
        articles.setdefault(day, set()).add(article)
        if chronology:
            chronologies.setdefault(day, set()).add(article)
    return {
        day: DayEvidence(len(chronologies.get(day, ())), len(found))
        for day, found in articles.items()
    }


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

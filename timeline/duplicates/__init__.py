"""Duplicate events across articles: which pairs may be the same happening, and why.

Plain Python, no Django: the service feeds it records and stores what it returns.

    find_duplicates(new, existing) -> [Suggestion(first_id, second_id, score, reasons)]

Pairs are *blocked* by date and a shared word or name (``blocking``), then *scored* on
date agreement, shared content words and shared actors and places (``scoring``); those at
or above the threshold are suggested. See docs/merging.md for the measurements.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .blocking import candidate_pairs
from .records import EventRecord, Prepared, prepare
from .scoring import Match, Scoring, Vocabulary, score_pair

DEFAULT_SCORING = Scoring()


@dataclass(frozen=True)
class Suggestion:
    first_id: int
    second_id: int
    score: float
    reasons: tuple[str, ...]


def _matches(
    new: Iterable[EventRecord],
    existing: Iterable[EventRecord],
    scoring: Scoring,
    explain_below: float,
) -> Iterator[tuple[Prepared, Prepared, Match]]:
    new_items = [prepare(record) for record in new]
    new_ids = {item.id for item in new_items}
    existing_items = [prepare(record) for record in existing if record.id not in new_ids]
    vocabulary = Vocabulary.of(new_items + existing_items)
    for first, second in candidate_pairs(new_items, existing_items):
        match = score_pair(first, second, scoring, vocabulary, explain_below=explain_below)
        if match is not None:
            yield first, second, match


def scored_pairs(
    new: Iterable[EventRecord],
    existing: Iterable[EventRecord] = (),
    scoring: Scoring = DEFAULT_SCORING,
) -> list[tuple[Prepared, Prepared, Match]]:
    """Every blocked pair with its match and reasons, whatever its score (for measuring)."""
    return list(_matches(new, existing, scoring, explain_below=0.0))


def find_duplicates(
    new: Iterable[EventRecord],
    existing: Iterable[EventRecord] = (),
    scoring: Scoring = DEFAULT_SCORING,
) -> list[Suggestion]:
    """Pairs scoring at least the threshold, best first; each pair once, lower id first.

    ``new`` are compared with ``existing`` and with each other; with ``existing`` empty,
    every pair of ``new`` is considered.
    """
    suggestions = [
        Suggestion(min(first.id, second.id), max(first.id, second.id), match.score, match.reasons)
        for first, second, match in _matches(new, existing, scoring, scoring.threshold)
        if match.score >= scoring.threshold
    ]
    suggestions.sort(key=lambda found: (-found.score, found.first_id, found.second_id))
    return suggestions


__all__ = [
    "DEFAULT_SCORING",
    "EventRecord",
    "Scoring",
    "Suggestion",
    "find_duplicates",
    "scored_pairs",
]

"""Duplicate events across articles: which pairs may be the same happening, and why.

Plain Python, no Django: the service feeds it records and stores what it returns.

    find_duplicates(new, existing) -> [Suggestion(first_id, second_id, score, reasons)]

Pairs are *blocked* by date and a shared word or name (``blocking``), then *scored* on
date agreement, shared content words and shared actors and places (``scoring``); those at
or above the threshold are suggested. See docs/merging.md for the measurements.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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
    at_least: float,
) -> Iterator[tuple[Prepared, Prepared, Match]]:
    new_items = [prepare(record) for record in new]
    new_ids = {item.id for item in new_items}
    existing_items = [prepare(record) for record in existing if record.id not in new_ids]
    vocabulary = Vocabulary.of(new_items + existing_items)
    for first, second in candidate_pairs(new_items, existing_items):
        match = score_pair(first, second, scoring, vocabulary, at_least=at_least)
        if match is not None:
            yield first, second, match


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """A pass allocates millions of short-lived sets, tuples and matches and no cycles; the
    cyclic collector, triggered by them, would scan the prepared events again and again (a
    fifth of the time at 100,000 events, docs/benchmarks.md). Reference counting still
    frees everything; the collector is re-enabled after the pass."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def scored_pairs(
    new: Iterable[EventRecord],
    existing: Iterable[EventRecord] = (),
    scoring: Scoring = DEFAULT_SCORING,
) -> list[tuple[Prepared, Prepared, Match]]:
    """Every blocked pair with its match and reasons, whatever its score (for measuring)."""
    with _cyclic_gc_paused():
        return list(_matches(new, existing, scoring, at_least=0.0))


def find_duplicates(
    new: Iterable[EventRecord],
    existing: Iterable[EventRecord] = (),
    scoring: Scoring = DEFAULT_SCORING,
) -> list[Suggestion]:
    """Pairs scoring at least the threshold, best first; each pair once, lower id first.

    ``new`` are compared with ``existing`` and with each other; with ``existing`` empty,
    every pair of ``new`` is considered.
    """
    with _cyclic_gc_paused():
        suggestions = [
            Suggestion(
                min(first.id, second.id), max(first.id, second.id), match.score, match.reasons
            )
            for first, second, match in _matches(new, existing, scoring, at_least=scoring.threshold)
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

"""The event as duplicate detection sees it, and what is computed from it once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.extraction.events.entities import STATE_GROUPS
from timeline.extraction.events.gazetteer import lookup

from .dates import DateSpan
from .text import content_keys

# Sides of a story ("rebels", "government", "civilians"): sharing one is weak evidence.
GROUP_WEIGHT = 0.5


@dataclass(frozen=True)
class EventRecord:
    """An event's fields that say what happened and when; no Django model in sight."""

    id: int
    start: dt.date
    end: dt.date
    granularity: str
    approximate: bool = False
    title: str = ""
    summary: str = ""
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    # The articles whose mentions support it.
    articles: frozenset[int] = frozenset()
    modality: str = "occurred"


@dataclass(slots=True)
class Prepared:
    """A record with its comparison features, computed once however often it is compared."""

    record: EventRecord
    id: int
    span: DateSpan
    # The calendar resolution it is indexed at (blocking): "D", "M" or "Y".
    level: str
    title_keys: frozenset[str]
    text_keys: frozenset[str]
    # Actor and place keys (lower case) -> their display form and weight.
    entities: dict[str, tuple[str, float]]
    entity_weight: float
    # Blocking keys beside the date: a pair must share one of these to be compared.
    signatures: frozenset[str]
    # The weight of all its words in the vocabulary it is compared in (scoring.Vocabulary).
    text_weight: float | None = None


# Days and weeks are indexed by day, months to seasons by month, coarser dates by year.
LEVEL_OF_RANK = {0: "D", 1: "D", 2: "M", 3: "M", 4: "Y", 5: "Y", 6: "Y"}


def prepare(record: EventRecord) -> Prepared:
    title_keys = content_keys(record.title)
    summary_keys = content_keys(record.summary) if record.summary else frozenset()
    entities = _entities(record.actors + record.places)
    span = DateSpan.of(record.start, record.end, record.granularity, record.approximate)
    specific = frozenset("@" + key for key, (_, weight) in entities.items() if weight == 1.0)
    return Prepared(
        record=record,
        id=record.id,
        span=span,
        level=LEVEL_OF_RANK[span.rank],
        title_keys=title_keys,
        text_keys=title_keys | summary_keys,
        entities=entities,
        entity_weight=sum(weight for _, weight in entities.values()),
        signatures=title_keys | specific,
    )


def _entities(names: tuple[str, ...]) -> dict[str, tuple[str, float]]:
    """Actor and place keys with their weights. A state's side named with its country
    ("Syria government", as the engine names the regime of a story about Syria) compares as
    the side ("government"): another report of the same story may not name the country."""
    table = lookup()
    found: dict[str, tuple[str, float]] = {}
    for name in names:
        name = name.strip()
        if len(name) < 2:
            continue
        key = name.lower()
        head = key.rsplit(" ", 1)[-1]
        if head in STATE_GROUPS and " " in key:
            key = head
        known = table.get(key)
        weight = GROUP_WEIGHT if known is not None and known[1] == "group" else 1.0
        found.setdefault(key, (name, weight))
    return found

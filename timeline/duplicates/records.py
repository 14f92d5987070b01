"""The event as duplicate detection sees it, and what is computed from it once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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
    span: DateSpan
    title_keys: frozenset[str]
    text_keys: frozenset[str]
    # Actor and place keys (lower case) -> their display form and weight.
    entities: dict[str, tuple[str, float]] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return self.record.id

    def signatures(self) -> frozenset[str]:
        """Blocking keys beside the date: a pair must share one of these to be compared."""
        return self.title_keys | frozenset(
            "@" + key for key, (_, weight) in self.entities.items() if weight == 1.0
        )


def prepare(record: EventRecord) -> Prepared:
    title_keys = content_keys(record.title)
    summary_keys = content_keys(record.summary) if record.summary else frozenset()
    return Prepared(
        record=record,
        span=DateSpan.of(record.start, record.end, record.granularity, record.approximate),
        title_keys=title_keys,
        text_keys=title_keys | summary_keys,
        entities=_entities(record.actors + record.places),
    )


def _entities(names: tuple[str, ...]) -> dict[str, tuple[str, float]]:
    table = lookup()
    found: dict[str, tuple[str, float]] = {}
    for name in names:
        name = name.strip()
        if len(name) < 2:
            continue
        known = table.get(name.lower())
        weight = GROUP_WEIGHT if known is not None and known[1] == "group" else 1.0
        found.setdefault(name.lower(), (name, weight))
    return found

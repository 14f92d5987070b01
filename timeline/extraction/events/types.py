"""The records the event engine returns: events, their mentions, and the whole extraction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class EventMention:
    """One place in the text that reports an event: the evidence an editor checks.

    Offsets are Python string indices into the text given to ``extract_events``. The
    "timex" is the expression that dates the event: a TIMEX3 the tagger found, or for a
    date inherited from the narrative the clause that carries it ("As the sides headed to
    Astana"), then with ``timex_type`` DATE and the inherited value.
    """

    sentence_start: int
    sentence_end: int
    sentence: str
    timex_start: int
    timex_end: int
    timex_text: str
    timex_type: str
    timex_value: str

    def to_dict(self) -> dict[str, object]:
        return {
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "sentence": self.sentence,
            "timex_start": self.timex_start,
            "timex_end": self.timex_end,
            "timex_text": self.timex_text,
            "timex_type": self.timex_type,
            "timex_value": self.timex_value,
        }


@dataclass(slots=True)
class ExtractedEvent:
    """A dated event proposed for the timeline, with every mention of it in the article.

    ``value``/``mod`` are the TIMEX3 date of the event, which may differ from the mention's
    timex: "a month after the regime recaptured Aleppo" has the timex P1M and the event
    value 2016-12. ``dating`` says which rule dated it: "timex", "anchored" or "narrative".
    """

    title: str
    summary: str
    value: str
    mod: str | None
    start: dt.date
    end: dt.date
    granularity: str
    approximate: bool
    modality: str
    actors: list[str]
    places: list[str]
    confidence: float
    mentions: list[EventMention] = field(default_factory=list)
    dating: str = "timex"

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "summary": self.summary,
            "value": self.value,
            "mod": self.mod,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "granularity": self.granularity,
            "approximate": self.approximate,
            "modality": self.modality,
            "actors": list(self.actors),
            "places": list(self.places),
            "confidence": self.confidence,
            "dating": self.dating,
            "mentions": [mention.to_dict() for mention in self.mentions],
        }


@dataclass(slots=True)
class EventExtraction:
    """What the engine found in one article, and the publication date it resolved against."""

    events: list[ExtractedEvent]
    dct: dt.date | None
    dct_inferred: bool
    engine_version: str

    def to_dict(self) -> dict[str, object]:
        return {
            "dct": self.dct.isoformat() if self.dct else None,
            "dct_inferred": self.dct_inferred,
            "engine_version": self.engine_version,
            "events": [event.to_dict() for event in self.events],
        }

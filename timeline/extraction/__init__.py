"""Information extraction for timeline curation.

``annotate(text, dct)`` finds and normalises temporal expressions (TIMEX3); see
docs/tagger.md. Further extractors (events) add their exports here.
"""

from .events import EVENTS_VERSION, EventExtraction, ExtractedEvent, extract_events
from .temporal.tagger import annotate
from .types import Timex

TAGGER_VERSION = "1.4.11"
# Recorded on every article and mention: a change in either part re-extracts differently.
ENGINE_VERSION = f"events-{EVENTS_VERSION}+tagger-{TAGGER_VERSION}"

__all__ = [
    "ENGINE_VERSION",
    "TAGGER_VERSION",
    "EventExtraction",
    "ExtractedEvent",
    "Timex",
    "annotate",
    "extract_events",
]

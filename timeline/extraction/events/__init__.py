"""Events: from an article's text to the dated events an editor reviews (docs/events.md).

``extract_events(text, dct) -> EventExtraction``; plain Python, no Django.
"""

from .engine import EVENTS_VERSION, extract_events
from .types import EventExtraction, EventMention, ExtractedEvent

__all__ = ["EVENTS_VERSION", "EventExtraction", "EventMention", "ExtractedEvent", "extract_events"]

"""Kinds of happening, shared with the event engine (``timeline.extraction.events.kinds``)."""

from timeline.extraction.events.kinds import EVENT_KINDS, KIND_PREFIX, is_kind, kinds_of

__all__ = ["EVENT_KINDS", "KIND_PREFIX", "is_kind", "kinds_of"]

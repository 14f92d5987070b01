"""Information extraction for timeline curation.

``annotate(text, dct)`` finds and normalises temporal expressions (TIMEX3); see
docs/tagger.md. Further extractors (events) add their exports here.
"""

from .temporal.tagger import annotate
from .types import Timex

TAGGER_VERSION = "1.0.0"
ENGINE_VERSION = TAGGER_VERSION

__all__ = ["ENGINE_VERSION", "TAGGER_VERSION", "Timex", "annotate"]

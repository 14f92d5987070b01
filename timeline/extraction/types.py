"""The annotation record every extractor in this package returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3 annotation.

    start/end are Python string indices into the text exactly as given, so that
    ``text[start:end] == self.text``. ``type`` is DATE, TIME, DURATION or SET; ``value``
    is the TIMEX3 normalised value (``2017-01-24``, ``2017-W03``, ``P1M``, ``PAST_REF``...);
    ``mod`` the TIMEX3 modifier (START, MID, END, APPROX, ...); ``anchor`` the value a
    relative expression was resolved against (the DCT or the narrative date), else None.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "anchor": self.anchor,
        }

"""Tests of timeline.extraction; the helpers below are shared by the temporal tagger tests."""

from __future__ import annotations

import datetime as dt

from timeline.extraction import Timex, annotate

MONDAY = dt.date(2017, 1, 23)  # a Monday in January: "December 30" is last year
THURSDAY = dt.date(2019, 3, 14)  # the DCT of the review passes' invented sentences


def tag(text: str, dct: dt.date | None = MONDAY) -> list[Timex]:
    return annotate(text, dct)


def only(text: str, dct: dt.date | None = MONDAY) -> Timex:
    """The single annotation of a text (fails if there is not exactly one)."""
    found = tag(text, dct)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def by_text(text: str, phrase: str, dct: dt.date | None = MONDAY) -> Timex:
    """The annotation whose span is exactly ``phrase``."""
    found = tag(text, dct)
    for timex in found:
        if timex.text == phrase:
            return timex
    raise AssertionError(f"no annotation {phrase!r} in {[(t.text, t.value) for t in found]}")


def values(text: str, dct: dt.date | None = MONDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def attributes(text: str, phrase: str, dct: dt.date | None = THURSDAY) -> tuple:
    """(type, value, mod) of the annotation whose span is exactly ``phrase``."""
    found = by_text(text, phrase, dct)
    return found.type, found.value, found.mod

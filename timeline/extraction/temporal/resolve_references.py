"""Resolvers for PAST_REF, PRESENT_REF, FUTURE_REF words and vague spans ("for a while")."""

from __future__ import annotations

import re
from types import MappingProxyType

from .context import (
    Narrative,
    Resolution,
)

_REFERENCE_VALUES = MappingProxyType(
    {
        "now": "PRESENT_REF",
        "right now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "presently": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF",
        "the present": "PRESENT_REF",
        "the present day": "PRESENT_REF",
        "the present time": "PRESENT_REF",
        "present": "PRESENT_REF",
        "the other day": "PAST_REF",
        "recently": "PAST_REF",
        "lately": "PAST_REF",
        "the past": "PAST_REF",
        "the future": "FUTURE_REF",
        "soon": "FUTURE_REF",
        "someday": "FUTURE_REF",
        "a later date": "FUTURE_REF",
        "a later stage": "FUTURE_REF",
        "a later time": "FUTURE_REF",
        "the moment": "PRESENT_REF",
        "the time being": "PRESENT_REF",
        "a while": "PXX",
        "quite a while": "PXX",
        "some time": "PXX",
        "a long time": "PXX",
    }
)


# "talks will resume in the new year", "delayed until the new year" (not "a happy new year")
_NEW_YEAR_BEFORE = re.compile(
    r"\b(?:in|into|after|until|till|by|before|from|over|during|for)\s{1,3}$", re.I
)


def _new_year(narrative: Narrative, left: str) -> Resolution | None:
    """The year that begins next, or, in its first two months, the one just begun."""
    if narrative.dct is None or not _NEW_YEAR_BEFORE.search(left):
        return None
    dct = narrative.dct
    year = dct.year if dct.month <= 2 else dct.year + 1
    return Resolution("DATE", f"{year:04d}", anchor=narrative.dct_value)


_COUNT_AFTER = re.compile(
    r"\s{1,3}(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|few|several|couple)\b)"
)


def resolve_reference(m, narrative: Narrative) -> Resolution | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    text = narrative.text
    left = text[max(0, m.start() - 15) : m.start()].lower()
    right = text[m.end() : m.end() + 15].lower()
    soon_as_conjunction = re.search(r"\bas\s+$", left) or re.match(
        r"\s*(?:after|afterwards|thereafter)\b", right
    )
    if word == "soon" and soon_as_conjunction:
        return None  # "as soon as", "soon after the raid": not a future reference
    if word == "the moment" or word in ("previously", "formerly"):
        return None  # rarely a time reference in news: "the moment he arrived", "formerly X"
    if word == "the time being" and not re.search(r"\bfor\s+$", left):
        return None
    if word == "the present" and re.match(r"\s+(?-i:[a-z])(?!nd\b|r\b)", right):
        return None  # "the present system": an adjective
    if word.endswith("recently") and re.search(r"\bas\s+$", left):
        return None  # "as recently as Thursday night": the date that follows is the time
    if word == "the past" and re.search(r"\bthing\s+of\s+$", left):
        return None  # "a thing of the past": an idiom
    if (
        word in ("the past", "the future")
        and text[m.start()] == "t"
        and text[m.end() - len(word.split()[-1])].isupper()
    ):
        return None  # "Back to the Future", "Ghosts of the Past": a title
    if word in ("the past", "the future") and _COUNT_AFTER.match(right):
        return None  # "the past four sessions": a count of something not a time unit
    if word.endswith("to date") or word.endswith("to-date"):
        # "year-to-date": the year (month, quarter) so far
        if narrative.dct is None:
            return None
        unit = word.removeprefix("the ").split("-")[0].split()[0]
        return Resolution(
            "DATE", narrative.dct_point.coarsen(unit).value, anchor=narrative.dct_value
        )
    if word == "the new year":
        if "new year" not in text[m.start("word") : m.end("word")]:
            return None  # "the New Year": the holiday
        return _new_year(narrative, left)
    if word in _REFERENCE_VALUES:
        value = _REFERENCE_VALUES[word]
        if value == "PXX":
            return Resolution("DURATION", value)  # "for a while": an unknown length
        return Resolution("DATE", value, anchor=narrative.dct_value)
    if "recent" in word or word.startswith(("past", "the past")):
        return Resolution("DATE", "PAST_REF", anchor=narrative.dct_value)
    if (
        "future" in word
        or "ahead" in word
        or "to come" in word
        or "coming" in word
        or "next" in word
    ):
        return Resolution("DATE", "FUTURE_REF", anchor=narrative.dct_value)
    if "term" in word:
        return Resolution("DATE", "FUTURE_REF", anchor=narrative.dct_value)
    return Resolution("DATE", "PRESENT_REF", anchor=narrative.dct_value)

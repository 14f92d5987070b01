"""What several resolvers share: modifier words, number parsing, unit tables."""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

from .numbers import year_from_words
from .vocabulary import (
    MONTHS,
    ORDINAL_WORDS,
)

_POINT_MODS = (
    (
        re.compile(
            r"early|earlier|(?:the\s+(?:very\s+)?)?(?:beginning|start|dawn|"
            r"first\s+(?:days|weeks?|fortnight))",
            re.I,
        ),
        "START",
    ),
    (re.compile(r"mid|middle|the\s+(?:very\s+)?(?:middle|height)", re.I), "MID"),
    (
        re.compile(
            r"late|later|(?:the\s+(?:very\s+)?)?(?:end|(?:last|final)\s+(?:days|weeks?|fortnight))",
            re.I,
        ),
        "END",
    ),
    (re.compile(r"the\s+turn", re.I), "APPROX"),
)


# Figures for a period come out after it ends: "will report fourth-quarter results", "will
# publish December trade data", "GDP data for the fourth quarter will be released".
_RELEASE_BEFORE = re.compile(
    r"\b(?:report|reports|reporting|publish|publishes|publishing|release|releases|releasing|"
    r"announce|announces|announcing|post|posts|posting|unveil|unveils|issue|issues)"
    r"(?:\s{1,3}(?:its|their|the|his|her))?(?:\s{1,3}[\w-]+)?\s{1,3}$",
    re.I,
)
_FIGURES_AFTER = re.compile(
    r"[\s-]{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:results|earnings|data|figures|statistics|numbers)\b",
    re.I,
)
_FIGURES_BEFORE = re.compile(
    r"\b(?:results|earnings|data|figures|statistics|numbers)\s{1,3}(?:for|on|from)"
    r"(?:\s{1,3}the)?\s{1,3}$",
    re.I,
)


_FIGURES_SEASON_AFTER = re.compile(r"[\s-]{1,3}(?:earnings|reporting|results)\s{1,3}season\b", re.I)


def released_figures(text: str, start: int, end: int) -> bool:
    """Whether the period text[start:end] is one whose figures are being released."""
    before = text[max(0, start - 40) : start]
    return bool(
        _FIGURES_BEFORE.search(before)
        or (_RELEASE_BEFORE.search(before) and _FIGURES_AFTER.match(text, end))
        # "banks kick off fourth-quarter earnings season on Friday"
        or _FIGURES_SEASON_AFTER.match(text, end)
    )


# An expression that ends its clause: "married that autumn.", "started work that September,"
# ("that" there points; in "said that September sales rose" it joins a clause)
CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|and\b|but\b|when\b|$)")


def cut_year(word: str, dct: dt.date | None) -> int | None:
    """ "'69" in 2019 is 1969, "'12" is 2012: a year cut to two digits is at most ten
    years ahead of the DCT."""
    if dct is None:
        return None
    year = dct.year // 100 * 100 + int(word[-2:])
    return year - 100 if year > dct.year + 10 else year


# "the" just before an expression ("the June quarter", "the end of the 1991 war").
THE_BEFORE = re.compile(r"\bthe\s*$", re.I)
# "since" just before an expression: a start already gone ("since January 3").
SINCE_BEFORE = re.compile(r"\bsince\s{1,3}$", re.I)
# A capitalised word just after an expression: a name goes on ("the Winter Palace",
# "Midnight Oil", "Friday Night Lights").
CAPITALISED_AFTER = re.compile(r"\s{1,3}[A-Z][a-z]")
# "could last months", "to last years": "last" is the verb and the plural a bare duration.
_LAST_AS_VERB = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall|to|not|n['’]t|cannot|also|still|"
    r"easily|probably|likely|only)\s{1,3}$",
    re.I,
)


def last_is_verb(text: str, start: int) -> bool:
    """The word "last" at ``start`` follows a modal ("could last"): it is the verb."""
    return bool(_LAST_AS_VERB.search(text, max(0, start - 12), start))


def point_mod(pmod: str | None) -> str | None:
    if not pmod:
        return None
    for pattern, mod in _POINT_MODS:
        if pattern.match(pmod):
            return mod
    return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int | None:
    word = word.lower()
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def year_number(word: str) -> int | None:
    if word[:1].isdigit():
        return int(word)
    return year_from_words(word)


def date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


UNIT_GRANULARITY = MappingProxyType(
    {
        "day": "day",
        "night": "day",
        "week": "week",
        "weekend": "weekend",
        "fortnight": "week",
        "month": "month",
        "quarter": "quarter",
        "half": "half",
        "year": "year",
        "decade": "decade",
        "century": "century",
        "season": "season",
    }
)


X_VALUES = MappingProxyType(
    {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "half": "XXXX-HX",
        "year": "XXXX",
        "decade": "XXXX",
        "century": "XXXX",
        "season": "XXXX-XX",
    }
)


def relative_year(words: str, narrative) -> int | None:
    """The year of "last year", "this year", "next year" (from the DCT) or "that year",
    "the following year", "the same year" (from the story's year), as in "March of last
    year", "the spring of that year"; None when no such year is known."""
    relation, *rest = words.lower().split()
    if relation in ("the", "that"):
        base = narrative.last_year  # "in November that year", "in May the following year"
        shift = {"previous": -1, "following": 1}.get(rest[0], 0) if relation == "the" else 0
    else:
        base = narrative.dct.year if narrative.dct else None
        shift = {"last": -1, "next": 1}.get(relation, 0)
    return None if base is None else base + shift


def story_period_value(narrative, base, granularity: str) -> str | None:
    """The value a count or "the same month" can still give when the story has since moved
    to a coarser period away from ``base`` (the day named before, or the DCT): "In 2011 she
    moved to Berlin ... Three weeks later" is a week of 2011 (``2011-WXX``); "In late May
    he cancelled it, only to reinstate it a day later" a day of that May (``2018-05-XX``).
    None when the story is still where ``base`` is."""
    told = narrative.last
    if base is None or told is None or base is told:
        return None
    if told.granularity in ("season", "quarter", "half", "year"):
        if told.start.year == base.start.year:
            return None
        return f"{told.start.year:04d}{X_VALUES[granularity][4:]}"
    if told.granularity == "month" and granularity in ("day", "week"):
        if told.value == base.value[:7]:
            return None
        return f"{told.value}-XX" if granularity == "day" else f"{told.start.year:04d}-WXX"
    return None

"""Numbers written in digits or words ("24", "2 1/2", "twenty-four", "a dozen").

``NUMBER`` is a regex fragment (no capturing groups) for use inside larger patterns;
``parse_number`` turns the matched text back into a float, or None for vague
quantities ("several"), which the normaliser writes as X.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from .vocabulary import ONES, SCALES, TEENS, TENS


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so that prefixes don't win."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_ONES = alternation(w for w in ONES if w != "zero")
_TEENS = alternation(TEENS)
_TENS = alternation(TENS)
_SMALL = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES})"
_HUNDREDS = rf"[\s-](?:hundred|thousand)(?:[\s-](?:and[\s-])?{_SMALL})?"
# The letters a number word can start with: any other word is rejected at once, before
# the engine tries the alternatives one by one.
_FIRST_LETTERS = "".join(
    sorted({w[0] for w in (*ONES, *TEENS, *TENS, "a", "dozen", "half") if w != "zero"})
)
# Bounded structure (no nested unbounded repetition) keeps matching linear. A small number
# is matched once and then extended ("twenty-one hundred", "two and a half").
NUMBER_WORDS = (
    rf"(?=[{_FIRST_LETTERS}])(?:a{_HUNDREDS}|{_SMALL}(?:{_HUNDREDS}|[\s-]and[\s-]a[\s-]half)?"
    rf"|a[\s-]dozen|dozen|half[\s-]a|half[\s-]an|a\s+half)"
)
# Digits not preceded by another digit, currency or decimal point: a digit run is
# only tried from its first character, so 100,000 digits cost one linear scan.
NUMBER_DIGITS = r"(?<![\w.,$£€/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[\s-]?(?:1/2|½))?"
VAGUE = (
    r"(?:several|a\s+few|a\s+couple\s+of|a\s+couple|couple\s+of|few|many|some|"
    r"a\s+number\s+of|numerous|a\s+handful\s+of)"
)
NUMBER = rf"(?:{NUMBER_DIGITS}|{NUMBER_WORDS})"

_WORD_VALUES = MappingProxyType({**ONES, **TEENS, **TENS})


def _words_value(text: str) -> float | None:
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    total = 0.0
    current = 0.0
    half = False
    for index, word in enumerate(tokens):
        if word in ("a", "an"):
            if tokens[index + 1 : index + 2] == ["half"] or tokens[index - 1 : index] == ["half"]:
                continue  # "a half", "half an" are half; "two and a half" two and a half
            current = current or 1  # "a hundred"; in "two and a half" the "a" adds nothing
        elif word == "half":
            half = True
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        elif word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        else:
            return None
    value = total + current
    if half:
        value = value + 0.5 if value else 0.5
    return value


def parse_number(text: str) -> float | None:
    """The numeric value of a NUMBER match; None for vague or unreadable quantities."""
    text = text.strip().lower()
    half = text.endswith("1/2") or text.endswith("½")
    if half:
        text = text[:-3] if text.endswith("1/2") else text[:-1]
        text = text.strip().rstrip("-")  # "2 1/2", "2-1/2"
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        value = float(text.replace(",", ""))
    elif not text:
        value = 0.0
    else:
        value = _words_value(text)
        if value is None:
            return None
    return value + 0.5 if half else value


def year_from_words(text: str) -> int | None:
    """Spelled-out years: "nineteen ninety-seven", "two thousand", "twenty seventeen"."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[:2] == ["two", "thousand"]:
        rest = _words_value(" ".join(tokens[2:])) if tokens[2:] else 0
        return None if rest is None else 2000 + int(rest)
    century = _WORD_VALUES.get(tokens[0])
    if century is None or len(tokens) < 2:
        return None
    if tokens[1] == "hundred":
        rest = _words_value(" ".join(tokens[2:])) if tokens[2:] else 0
        return None if rest is None else century * 100 + int(rest)
    if tokens[1] in ("oh", "o"):
        rest = _words_value(" ".join(tokens[2:]))
        return None if rest is None else century * 100 + int(rest)
    rest = _words_value(" ".join(tokens[1:]))
    return None if rest is None or rest >= 100 else century * 100 + int(rest)

"""Where to look: one cheap pass for the head words every temporal expression contains.

Trying each rule's full regex at every word of a long text is what makes a regex
tagger slow. Every match of a rule contains one of its head words (a month name, a
unit word, a digit...), so one tokenising pass (a set lookup per word) finds the
heads, and each rule then runs only inside windows around its own heads.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from .patterns import fold
from .vocabulary import (
    HOLIDAYS,
    MONTHS,
    MOVING_HOLIDAYS,
    TIME_ZONES,
    UNIT_ABBREVIATIONS,
    WEEKDAYS,
)

# Characters before and after a head word that any expression built on it stays within.
REACH = (60, 60)
# Counted expressions end at (or just after) their unit: "nearly six years", "a week or so ago".
_REACH_BY_RULE = MappingProxyType(
    {
        "duration": (48, 24),
        "ago": (64, 12),
        "set": (24, 48),
        "bare_plural": (24, 24),
        "deictic": (44, 24),
        "reference": (24, 24),
        "ordinal_unit": (48, 4),
    }
)

_ALL_DATES = ("month_day", "day_month", "month_year", "month")
_COUNTED = ("duration", "deictic", "bare_plural")
_UNIT_RULES = MappingProxyType(
    {
        "second": _COUNTED,
        "minute": _COUNTED,
        "hour": _COUNTED,
        "day": (*_COUNTED, "reference", "ordinal_unit"),
        "night": (*_COUNTED, "part_of_day", "relative_day", "ordinal_unit"),
        "week": (*_COUNTED, "reference", "ordinal_unit"),
        "weekend": _COUNTED,
        "fortnight": _COUNTED,
        "month": (*_COUNTED, "reference", "ordinal_unit", "year_end"),  # (+ "month-end")
        "quarter": (*_COUNTED, "quarter", "reference", "time"),  # (+ "a quarter to nine")
        "year": (*_COUNTED, "reference", "financial", "year_end", "ordinal_unit"),
        "decade": (*_COUNTED, "reference"),
        "century": (*_COUNTED, "century"),
        "millennium": _COUNTED,
        "morning": ("deictic", "part_of_day", "relative_day"),
        "afternoon": ("deictic", "part_of_day", "relative_day"),
        "evening": ("deictic", "part_of_day", "relative_day"),
        "overnight": ("part_of_day", "relative_day"),
        "midmorning": ("part_of_day",),
        "midafternoon": ("part_of_day",),
        "daytime": ("part_of_day",),
        "midday": ("time", "deictic"),
        "period": ("deictic",),
        "time": ("deictic", "reference"),
        "half": ("quarter", "deictic", "half_unit", "time"),  # (+ "half past six")
        "term": ("reference",),
        "present": ("reference",),
    }
)
# Digits: four make a year; what follows a number says which other rules can use it.
_YEAR_RULES = ("year", "financial")
_CLOCK_AFTER = re.compile(
    r"[:.]\d\d|\s{1,3}(?:in\s{1,3}the\s{1,3}(?:morning|afternoon|evening)|at\s{1,3}night|"
    r"local\s{1,3}time|tonight|this\s{1,3}(?:morning|afternoon|evening)|"
    r"(?:tomorrow|yesterday)\s{1,3}(?:morning|afternoon|evening|night))\b|"
    r"\s{0,2}(?:[ap]\.?\s?m\b|o['’]clock|hours\b|hrs\b|h\b|"
    + "|".join(zone.lower() for zone in TIME_ZONES)
    + r")"
)
# "between 2 and 3 a.m.": the first hour of a range of clock times
_CLOCK_RANGE_AFTER = re.compile(
    r"\s{0,3}(?:to|and|-|–|until|till)\s{0,3}\d{1,2}(?:[:.]\d\d)?\s{0,2}[ap]\.?\s?m\b"
)
_DATE_SEPARATOR_AFTER = re.compile(r"[/.-]\d")
_BC_AFTER = re.compile(r"\s?b\.?c\.?(?:e\.?)?(?!\w)")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
_DECADE_AFTER = re.compile(r"['’]?s\b")
_DAY_RANGE_BEFORE = re.compile(
    r"[a-z]\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:to|through|until|till|and|or)\s{1,3}$"
)


def _digit_rules(lowered: str, start: int, end: int) -> tuple[str, ...]:
    size = end - start
    if size <= 4 and _BC_AFTER.match(lowered, end):
        return ("year",)  # "753 BC"
    if size not in (1, 2, 4):
        return ()
    rules: tuple[str, ...] = _YEAR_RULES if size == 4 else ()
    if size == 2 and lowered[max(0, start - 2) : start] == "fy":
        rules += ("year",)  # "FY18"
    if (
        _CLOCK_AFTER.match(lowered, end)
        or _CLOCK_RANGE_AFTER.match(lowered, end)
        or (size <= 2 and lowered.endswith("tonight at ", 0, start))  # "tonight at 8"
    ):
        rules += ("time",)
    if _DATE_SEPARATOR_AFTER.match(lowered, end):
        rules += ("numeric_date",)
    if lowered[end - 1] == "0" and (
        _DECADE_AFTER.match(lowered, end) or lowered[start - 1 : start] in ("'", "’")
    ):
        rules += ("decade",)
    if size == 2 and lowered[start - 1 : start] in ("'", "’"):
        rules += ("year",)  # "the summer of '69"
    if size <= 2 and _ORDINAL_AFTER.match(lowered, end):
        rules += ("ordinal_day",)
    if size <= 2 and _DAY_RANGE_BEFORE.search(lowered, max(0, start - 24), start):
        rules += ("day_tail",)
    return rules


def _heads() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The head words, and apart the ones that count only when capitalised.

    A month, a weekday or a holiday is recognised only with a capital ("March", not
    "march"; "Sunday", not "sunday"), so in lower case those words open no window.
    """
    heads: dict[str, set[str]] = {}
    capital_heads: dict[str, set[str]] = {}

    def add(words, rules, table=heads):
        for word in words:
            table.setdefault(word, set()).update(rules)

    add(MONTHS, _ALL_DATES, capital_heads)
    add(WEEKDAYS, ("weekday", "part_of_day"), capital_heads)
    add((day + "s" for day in WEEKDAYS), ("weekday",), capital_heads)  # "on Sundays"
    for unit, rules in _UNIT_RULES.items():
        add((unit, unit + "s"), rules)
    add(("centuries",), _UNIT_RULES["century"])
    add(("weekends",), ("set",))  # "closed at weekends"
    add(("millennia", "millenniums"), _COUNTED)
    add((f"{short}{plural}" for short in UNIT_ABBREVIATIONS for plural in ("", "s")), ("duration",))
    add(("spring", "summer", "autumn", "fall", "winter"), ("season", "deictic"))
    add(("season",), ("deictic",))  # "this season", "next season": a year of sport
    add(("springs", "summers", "autumns", "falls", "winters"), ("season", "deictic", "duration"))
    # "every Monday", "twice a week": the quantifier is rarer than the unit.
    add(("every", "each", "per", "once", "twice", "thrice", "times"), ("set", "weekday", "season"))
    # "two years ago", "days later": the direction word is rarer than the unit.
    add(("ago", "earlier", "later", "before", "after", "hence", "since", "back"), ("ago",))
    add(("now", "today"), ("ago",))  # "two weeks from now", "a week from today"
    add(("later",), ("reference",))  # "at a later date"
    add(("today", "tonight", "yesterday", "tomorrow"), ("relative_day", "part_of_day"))
    add(("day",), ("relative_day",))  # "this day last year"
    add(("tomorrow",), ("ago",))  # "a week from tomorrow"
    add(("midweek",), ("relative_day",))  # "prices fell midweek"
    add(("mid",), ("relative_day", "year_end"))  # "by mid-week", "by mid-month"
    add(
        "now currently presently nowadays recent recently lately past future soon someday "
        "while".split(),
        ("reference",),
    )
    add(
        (
            "daily nightly weekly fortnightly monthly quarterly yearly annually hourly biweekly "
            "bimonthly biannually semiannually biennially triennially"
        ).split(),
        ("set",),
    )
    add(("noon", "midnight", "clock"), ("time",))
    add(("eighteen", "nineteen", "thousand"), ("year", "month_year", "month_day", "day_month"))
    add(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(),
        ("decade",),
    )
    # A holiday's name is matched from its capitalised first word (see _HOLIDAY_NEXT).
    add(
        (re.match(r"[a-z]+", name).group() for name in (*HOLIDAYS, *MOVING_HOLIDAYS)),
        ("holiday",),
        capital_heads,
    )
    add(("q", "h"), ("quarter",))
    return (
        {word: tuple(sorted(rules)) for word, rules in heads.items()},
        {word: tuple(sorted(rules)) for word, rules in capital_heads.items()},
    )


def _holiday_next_words() -> dict[str, frozenset[str]]:
    """For a holiday head that is also a common word ("Black", "St", "International"), the
    words that may follow it in a name; a head that is a name alone ("Easter") needs none."""
    following: dict[str, set[str]] = {}
    alone: set[str] = set()
    for name in (*HOLIDAYS, *MOVING_HOLIDAYS):
        words = re.findall(r"[a-z]+", name)
        if len(words) == 1:
            alone.add(words[0])
        else:
            following.setdefault(words[0], set()).add(words[1])
    return {head: frozenset(nexts) for head, nexts in following.items() if head not in alone}


_HOLIDAY_NEXT = MappingProxyType(_holiday_next_words())
# Rules a common head word opens only with the right text after it, so that every "half"
# or "month" of a story does not open a window for a rule it rarely starts.
_ONLY_BEFORE = MappingProxyType(
    {
        "half": {"time": re.compile(r"\s{1,3}past\b")},  # "half past six"
        "quarter": {"time": re.compile(r"\s{1,3}(?:past|to)\b")},  # "a quarter to nine"
        "month": {"year_end": re.compile(r"(?:-|\s{1,3}|['’]s\s{1,3})end\b")},  # "month-end"
        # "this day last year", "day before yesterday"
        "day": {"relative_day": re.compile(r"\s{1,3}(?:last|next|before|after)\b")},
        "mid": {
            "relative_day": re.compile(r"-?\s{0,3}week\b"),  # "mid-week"
            "year_end": re.compile(r"-?\s{0,3}(?:month|year)\b"),  # "by mid-month"
        },
    }
)
_NEXT_WORD = re.compile(r"\W{1,3}([a-z]+)")
_ALL_HEADS, _CAPITAL_HEADS = _heads()
HEADS = MappingProxyType(_ALL_HEADS)
CAPITAL_HEADS = MappingProxyType(_CAPITAL_HEADS)
_HEAD_WORDS = frozenset(HEADS) | frozenset(CAPITAL_HEADS)
_WORD = re.compile(r"[^\W\d_]+")
# Each head word where it stands as a whole word (no letter either side), compiled once.
# The word comes first and the letter before it is checked after: a pattern that starts
# with a literal is found by the engine's fast substring search.
_HEAD_AT = MappingProxyType(
    {
        word: re.compile(rf"{re.escape(word)}(?![^\W\d_])(?<![^\W\d_]{re.escape(word)})")
        for word in _HEAD_WORDS
    }
)
_DIGITS = re.compile(r"\d+")


def _head_hits(text: str, folded: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, rules) of every head word and usable number, in text order.

    Most words of a story are not heads: the words are listed and compared with the
    head words as sets (in C), and only the heads present are searched for.
    """
    hits = []
    for word in _HEAD_WORDS.intersection(_WORD.findall(folded)):
        rules = HEADS.get(word, ())
        capital_rules = CAPITAL_HEADS.get(word)
        for m in _HEAD_AT[word].finditer(folded):
            start = m.start()
            if capital_rules and text[start].isupper():
                these = capital_rules
                nexts = _HOLIDAY_NEXT.get(word)
                if nexts is not None and "holiday" in these:
                    after = _NEXT_WORD.match(folded, m.end())
                    if after is None or after.group(1) not in nexts:
                        # "Black Sea", "St Petersburg": not the holiday's name
                        these = tuple(rule for rule in these if rule != "holiday")
                        if not rules and not these:
                            continue
                hits.append((start, m.end(), rules + these))
            elif rules:
                conditions = _ONLY_BEFORE.get(word)
                if conditions is None:
                    hits.append((start, m.end(), rules))
                    continue
                end = m.end()
                kept = tuple(
                    rule
                    for rule in rules
                    if rule not in conditions or conditions[rule].match(folded, end)
                )
                if kept:
                    hits.append((start, end, kept))
    for m in _DIGITS.finditer(folded):
        rules = _digit_rules(folded, m.start(), m.end())
        if rules:
            hits.append((m.start(), m.end(), rules))
    hits.sort()
    return hits


def windows(text: str, folded: str | None = None) -> dict[str, list[tuple[int, int]]]:
    """For each rule with a head in the text, the merged windows to search it in.

    ``folded`` is the text as ``patterns.fold`` lower-cases it (computed when not given).
    """
    if folded is None:
        folded = fold(text)
    found: dict[str, list[list[int]]] = {}
    length = len(folded)
    for token_start, token_end, rules in _head_hits(text, folded):
        for rule in rules:
            before, after = _REACH_BY_RULE.get(rule, REACH)
            start = token_start - before
            end = token_end + after
            spans = found.get(rule)
            if spans is None:
                found[rule] = [[max(0, start), min(length, end)]]
            elif start <= spans[-1][1]:
                spans[-1][1] = min(length, end)
            else:
                spans.append([max(0, start), min(length, end)])
    return {rule: [(s, e) for s, e in spans] for rule, spans in found.items()}

"""Resolvers for durations ("five years", "a month", "three-year", "for years")."""

from __future__ import annotations

import re
from types import MappingProxyType

from .context import (
    Narrative,
    Resolution,
    is_title_inside_sentence,
)
from .numbers import NUMBER, parse_number
from .resolve_common import last_is_verb
from .vocabulary import QUANTITY_MODIFIERS, UNIT_ABBREVIATIONS, WEEKDAYS

# ISO 8601 designators; the time units go after the T.
_CODES = MappingProxyType(
    {
        "second": ("T", "S", 1),
        "minute": ("T", "M", 1),
        "hour": ("T", "H", 1),
        "day": ("", "D", 1),
        "night": ("", "D", 1),
        "week": ("", "W", 1),
        "weekend": ("", "WE", 1),
        "fortnight": ("", "W", 2),
        "month": ("", "M", 1),
        "quarter": ("", "Q", 1),
        "year": ("", "Y", 1),
        "decade": ("", "Y", 10),
        "century": ("", "Y", 100),
        "millennium": ("", "Y", 1000),
    }
)


_VAGUE_CODES = MappingProxyType({"decade": "DE", "century": "CE", "millennium": "ML"})


# Half a unit expressed in the next smaller unit ("2 1/2 years" -> P2Y6M).
_HALVES = MappingProxyType(
    {
        "year": ("M", 6),
        "month": ("D", 15),
        "week": ("D", 3.5),
        "day": ("TH", 12),
        "hour": ("TM", 30),
        "minute": ("TS", 30),
    }
)  # (decades and centuries count in years already: "a decade and a half" is P15Y)


# "5 cargoes a month", "flights a week": a plural count before "a <unit>" is a rate ...
_PLURAL_LEFT = re.compile(
    # (a verb in the third person is no plural noun: "he faces a decade behind bars")
    r"\b(?!(?:faces|takes|spends|needs|gets|gives|lasts|waits|serves|stays|has|was|is|does|"
    r"goes|remains|seems|allows|wants|expects)\s)[a-z]{3,}s\s+$"
)


# ... unless a duration reading follows: "weeks a month after", "two years a decade ago".
_RATE_RIGHT = re.compile(
    r"(?!\s*(?:after|before|later|earlier|ago|since|of|or|into|on|and|until)\b)"
    # ("42 planes a month from 52", "40 billion tonnes a year in the 1980s" are rates)
    r"(?!\s*from\b(?!\s+[\d$£€]))(?!\s*in\b(?!\s+the\s+(?:\d{4}|['’]?\d0)['’]?s\b))"
)


_FUTURE_ONE_DAY = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|hope|hopes|hoped|dream|dreams|maybe|perhaps|"
    r"hopefully)\b[^.;]*one\s+day"
    # "one day we can go home", "one day they will": a subject and a modal follow
    r"|one\s+day,?\s{1,3}(?:we|they|you|he|she|it|i|people|\w+s)\s{1,3}(?:will|would|could|"
    r"might|may|can|shall)\b"
    r"|one\s+day\s+soon",
    re.I,
)


AMOUNT_BEFORE = re.compile(
    # ("£1m a week", "$2bn a year")
    r"(?:\d|\d(?:m|bn|mn|k)|%|percent|per\s+cent|million|billion|trillion|thousand|hundred|"
    r"dollars|euros|"
    r"pounds|yen|times|once|twice|tons|tonnes|barrels|cents|people|visitors|units|"
    r"passengers|shares|hours|days|miles|kilometers|kilometres|\))\s*$",
    re.I,
)


# "1.6 million barrels of oil a day": an amount a few nouns back still makes it a rate ...
_AMOUNT_NOUNS_BEFORE = re.compile(
    r"(?:\d|\bmillion|\bbillion|\bthousand|\bhundred|\bdozens?)\s*(?:%|percent)?"
    r"(?:\s+(?!(?:for|in|within|over|after|before|during|about|than|until|by|to|from|spent|"
    r"took|lasted|last|wait|waited|each|once|and|or|but|the|a|an|is|are|was|were|be|been)\b)"
    r"(?-i:[a-z]+)){1,3}\s+$",
    re.I,
)


def is_rate(text: str, start: int, end: int) -> bool:
    """ "a day" in "$5 a day", "20 trucks a day", "1.6 million barrels of oil a day"."""
    left = text[max(0, start - 40) : start]
    if AMOUNT_BEFORE.search(left[-20:]):
        return True
    if not _RATE_RIGHT.match(text, end):
        return False
    if _GIVEN_BEFORE.search(left):
        return False  # "gave the rebels a week to surrender": a time allowed, not a rate
    return bool(_PLURAL_LEFT.search(left) or _AMOUNT_NOUNS_BEFORE.search(left))


_GIVEN_BEFORE = re.compile(
    r"\b(?:give|gives|gave|given|giving|allow|allows|allowed|allowing|grant|grants|granted|"
    r"granting)\s+(?:[\w'’-]+\s+){1,4}$",
    re.I,
)


def unit_of(word: str) -> str:
    word = word.lower()
    if word in ("centuries",):
        return "century"
    if word.startswith("millenni"):
        return "millennium"
    word = word[:-1] if word.endswith("s") else word
    return UNIT_ABBREVIATIONS.get(word, word)


def duration_value(count: float | None, unit: str) -> str:
    """ISO 8601 duration: P5Y, PT24H, P2Y6M, PXY for an unknown count."""
    time_part, designator, multiplier = _CODES[unit]
    if count is None:
        return f"P{time_part}X{_VAGUE_CODES.get(unit, designator)}"
    if count == 1 and unit == "decade":
        return "P1DE"  # "a decade", as TimeML writes it ("two decades" stays P20Y)
    whole = int(count)
    half = count - whole
    if half and unit in _HALVES and half == 0.5:
        smaller, amount = _HALVES[unit]
        main = f"{whole * multiplier}{designator}" if whole else ""
        if smaller.startswith("T"):
            prefix = "T" if not time_part else ""
            return f"P{time_part}{main}{prefix if not time_part else ''}{_num(amount)}{smaller[1:]}"
        return f"P{main}{_num(amount)}{smaller}"
    if half and not whole and unit in ("hour", "minute") and (count * 60).is_integer():
        smaller = "M" if unit == "hour" else "S"
        return f"PT{int(count * 60)}{smaller}"  # "a quarter of an hour": PT15M
    if half:
        return f"P{time_part}{_num(count * multiplier)}{designator}"
    return f"P{time_part}{whole * multiplier}{designator}"


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _count(text: str | None) -> tuple[float | None, str | None]:
    """(count, mod) for a quantity word; vague ones give None, "a couple" gives 2 APPROX."""
    if not text:
        return 1, None
    text = re.sub(r"\s+", " ", text.lower()).strip()
    if text in ("a couple of", "a couple", "couple of"):
        return 2, "APPROX"
    if text in ("a", "an", "one", "another", "an additional", "a full"):
        return 1, None
    if text in ("half a", "half an"):
        return 0.5, None
    if text in ("a quarter of a", "a quarter of an"):
        return 0.25, None  # "a quarter of a century"
    value = parse_number(text)
    return value, None


# "15% over three years", "nine hours over two days": an amount spread across the period.
_AMOUNT_BEFORE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\d|\b(?:b|m|tr)illion|"
    r"\b(?:seconds|minutes|hours|days|weeks|months|years))\s*$",
    re.I,
)


# "over" is "more than" after these words ("ruled for over 40 years", "likely to last over a
# week", "in over two years"); after a noun or another verb it spans the period, as after
# a verb's particle ("phased in over three years").
_MORE_THAN_BEFORE = re.compile(
    r"\b(?:for|(?<!ed\s)in|to|of|than|within|after|about|last|lasts|lasted|lasting|take|takes|took|"
    r"taken|taking|spent|spend|spends|spending|been|is|was|are|were|be|by|waited|wait|waiting|"
    r"and|or|with|at)\s{1,3}$",
    re.I,
)


def resolve_duration(m, narrative: Narrative) -> Resolution | None:
    if m.group("long_unit"):  # "a decade-long war": one unit, the article left out
        unit = m.group("long_unit").lower()
        return Resolution("DURATION", duration_value(1, unit), start=m.start("long_unit"))
    if m.group("seasons"):  # "the past three summers": three years
        count = parse_number(m.group("snum"))
        return Resolution("DURATION", duration_value(count if count else None, "year"))
    if m.group("course"):  # "over the course of the year": a year
        return Resolution("DURATION", duration_value(1, m.group("cunit").lower()))
    if m.group("fortnight"):
        return Resolution("DURATION", duration_value(1, "fortnight"), anchor=narrative.dct_value)
    if m.group("long_units"):  # "a months-long stalemate": an unknown number of months
        unit = unit_of(m.group("long_units"))
        return Resolution("DURATION", duration_value(None, unit), start=m.start("long_units"))
    if m.group("unit"):
        unit = unit_of(m.group("unit"))
        num, det, qmod = m.group("num"), m.group("det"), m.group("qmod")
        andhalf = m.group("andhalf")
        if m.group("long") == "-old" and not _THING_AGE.match(narrative.text, m.end()):
            return None  # "a 35-year-old man": a person's age
    else:
        unit = unit_of(m.group("unit2"))
        num, det, qmod = m.group("det2"), None, m.group("qmod2")
        andhalf = m.group("andhalf2")
    if m.group("unit") and m.group("low"):
        num = m.group("low")  # "two to three weeks": the lower bound, as TimeBank does
    if _is_not_a_period(m, narrative.text):
        return None
    count, mod = _count(num)
    if count is None and num and re.match(r"[\d.,]+$", num.strip()):
        return None
    if count is not None and andhalf:
        count += 0.5
    if _CHILD_AGE_BEFORE.search(narrative.text, max(0, m.start() - 30), m.start()):
        return None  # "babies under 12 months", "toddlers aged 18 months": ages of people
    if count is not None and count > 10000 and unit_of(m.group("unit") or "") != "year":
        return None  # (but "the past 800,000 years" is how long)
    if count == 0:
        return None
    over_is_preposition = (qmod or "").lower() == "over" and (
        det
        or count is None
        or _AMOUNT_BEFORE.search(narrative.text, max(0, m.start() - 16), m.start())
        or not _MORE_THAN_BEFORE.search(narrative.text, max(0, m.start() - 12), m.start())
    )  # "over several years", "a pay rise of 15% over three years", "can be used over three
    # years", "stifled over forty years": spread across them (but "for over 40 years")
    if qmod and not over_is_preposition:  # "over the past year", "over several years"
        key = re.sub(r"\s+", " ", qmod.lower()).replace("for ", "")
        mod = QUANTITY_MODIFIERS.get(key, mod)
    if re.search(r"or\s+so$", m.group(0), re.I):
        mod = "APPROX"
    text = narrative.text
    # "a day" after "once" or an amount is a frequency: the set resolver owns it.
    if m.group("unit2") and not qmod and is_rate(text, m.start(), m.end()):
        return Resolution("SET", duration_value(1, unit))
    one_day = unit == "day" and (num or "").lower() == "one" and not det
    if (
        one_day
        and not _MEASURED_DAY.search(text, max(0, m.start() - 12), m.start())
        and not _EARLY_OR_LATE.match(text, m.end())
        and _FUTURE_ONE_DAY.search(text[max(0, m.start() - 25) : m.end() + 20])
    ):
        soon = re.match(r"\s{1,3}soon\b", text[m.end() : m.end() + 8])
        end = m.end() + soon.end() if soon else None
        return Resolution("DATE", "FUTURE_REF", end=end)  # "one day soon", "will one day be"
    if unit == "day" and (num or "").lower() == "some" and not m.group(0).lower().endswith("s"):
        return Resolution("DATE", "FUTURE_REF")  # "some day": an unspecified future day
    if unit == "quarter" and (num or "").lower() == "some":
        return None  # "in some quarters": among some people
    if unit == "weekend" and count == 1 and num and num.lower() in ("a", "one"):
        return None
    if unit == "quarter" and not num:
        return None
    det_text = (det or "").lower()
    if (
        count is None
        and det_text.startswith(("the past", "the last"))
        and unit
        in (
            "week",
            "month",
            "year",
            "day",
        )
    ):
        start = _duration_start(m)
        if start is not None and (m.group("qmod") or "").lower() == "over":
            mod = None  # "over the past few months": "over" is a preposition here
        return Resolution(
            "DURATION", duration_value(None, unit), mod, narrative.dct_value, start=start
        )
    anchor = (
        narrative.dct_value
        if det_text.startswith(("the past", "the last", "the next", "the coming"))
        else None
    )
    start, end = _duration_start(m), None
    if start is None and over_is_preposition and m.group("unit"):
        start = m.start("det") if m.group("det") else m.start("num")  # "15% over [three years]"
    elif start is None and over_is_preposition:
        start = m.start("det2")  # "the killings over [a decade]"
    period = _adjectival(m) and _PERIOD_NOUN.match(text, m.end())
    if period:
        start = m.start("det") if m.group("det") else start
        end = period.end()
    compound = _compound_duration(text, m.end(), unit, count) if not m.group("long") else None
    if compound is not None:  # "two hours and 41 minutes", "3 years and 6 months"
        value, end = compound
        return Resolution("DURATION", value, mod, anchor, start=start, end=end)
    return Resolution("DURATION", duration_value(count, unit), mod, anchor, start=start, end=end)


# The smaller units a count of a larger one can go on with: "two hours 11 minutes 47 seconds".
_SMALLER = MappingProxyType(
    {"year": ("month",), "hour": ("minute", "second"), "minute": ("second",)}
)
_SMALLER_PART = re.compile(
    rf"(?:\s?,)?(?:\s{{1,3}}and)?\s{{1,3}}(?P<count>{NUMBER})[\s-]{{1,3}}"
    r"(?P<unit>months?|minutes?|seconds?|mins?|secs?)(?![\w-])",
    re.I,
)


def _compound_duration(text: str, end: int, unit: str, count: float | None):
    """(value, end) when smaller units follow a whole count: PT2H41M, P3Y6M."""
    if count is None or count != int(count) or unit not in _SMALLER:
        return None
    parts = {unit: int(count)}
    allowed = list(_SMALLER[unit])
    while allowed:
        part = _SMALLER_PART.match(text, end)
        if part is None:
            break
        smaller = unit_of(part.group("unit"))
        amount = parse_number(part.group("count"))
        if smaller not in allowed or amount is None or amount != int(amount):
            break
        parts[smaller] = int(amount)
        allowed = allowed[allowed.index(smaller) + 1 :]
        end = part.end()
    if len(parts) == 1:
        return None
    if unit == "year":
        return f"P{parts['year']}Y{parts['month']}M", end
    clock = "".join(f"{parts[u]}{u[0].upper()}" for u in ("hour", "minute", "second") if u in parts)
    return f"PT{clock}", end


# The age of a thing is how long it has lasted: "the 8-month-old truce" (TimeBank marks it);
# the age of a person ("a 35-year-old man") or of an institution ("a 136-year-old
# institution", TimeBank) is not marked.
_THING_AGE = re.compile(
    r"\s{1,3}(?:\w+[\s-]{1,3}){0,2}?(?:war|conflict|truce|ceasefire|cease-fire|rule|regime|revolt|"
    r"uprising|rebellion|insurgency|dispute|embargo|siege|strike|crisis|ban|freeze|moratorium|"
    r"occupation|blockade|agreement|accord|treaty|deal|law|campaign|feud|standoff|stand-off|"
    r"government|coalition|administration|peace|record|policy|programme|program|mission|battle|"
    r"fight|fighting|offensive|operation|protest|movement|revolution|bombing|talks|negotiation|"
    r"process|alliance|stalemate|intervention|investigation|inquiry|sanction|measure|unrest|"
    r"violence|shutdown|lockout|boycott|outage|recession|slump|rally|drought|famine|epidemic|"
    # old things whose age is news ("a 700-year-old tree", "the 2,000-year-old manuscript")
    r"tree|oak|yew|building|church|cathedral|bridge|castle|temple|mosque|monument|manuscript|"
    r"fossil|skeleton|shipwreck|wreck|painting|statue|ruin|tomb|mummy|artefact|artifact|"
    r"tradition|glacier|fortress|palace|shrine|scroll|stadium|ground|arena|racecourse)s?\b",
    re.I,
)


_WEEK_ON_WEEKDAY = re.compile(
    rf"\s{{1,3}}(?:on|from)\s{{1,3}}(?=(?-i:[A-Z]))(?:{'|'.join(WEEKDAYS)})\b"
    r"(?!['’]s|\s{1,3}(?-i:[A-Z]))",  # (not "Monday's vote", "Monday Island")
    re.I,
)


_HOURS_PASSED_AFTER = re.compile(r"\s{1,3}of\b")
_IDIOM_BEFORE = re.compile(r"\b(?:after|call(?:s|ed|ing)?\s+it)\s{1,3}$", re.I)
_SMALL_AFTER = re.compile(
    r"\s{1,3}(?:amounts?|quantit(?:y|ies)|fractions?|details?|particles?|traces?|part)\b", re.I
)
_ONE_DAY_CRICKET = re.compile(
    r"\s{1,3}(?:internationals?|series|cricket|format|side|squad|cup|matches|game|games|"
    r"captain|team|tournament|competition)\b",
    re.I,
)
# "delayed by one day", "one day early": a day's length, not "someday"
_MEASURED_DAY = re.compile(r"\b(?:by|for|than|within|about|only|just|extra)\s{1,3}$", re.I)
_EARLY_OR_LATE = re.compile(r"\s{1,3}(?:early|late|later|earlier|before|after|ahead)\b", re.I)
_SPLIT_YEAR_BEFORE = re.compile(r"\d{4}[-–/]$")
_DAY_COMPOUND = re.compile(
    r"\s{1,3}(?:traders?|trading|trips?|trippers?|care|centres?|centers?|schools?|jobs?|"
    r"pass|passes|release|patients?|surgery|visitors?)\b"
)


def _is_not_a_period(m, text: str) -> bool:
    """Ages ("52 years old"), fractions ("three-quarters of"), names ("Sandra Day")."""
    unit_group = "unit" if m.group("unit") else "unit2"
    after = text[m.end() : m.end() + 12]
    if re.match(r"[\s-]{1,3}old\b|\s{1,3}of\s{1,3}age\b", after):
        return True
    if _IDIOM_BEFORE.search(text, max(0, m.start() - 12), m.start()) and m.group(0).lower() in (
        "hours",
        "a day",
    ):
        return True  # "shares fell after hours", "call it a day"
    if m.group(0).lower() == "a minute" and _SMALL_AFTER.match(text, m.end()):
        return True  # "a minute amount of arsenic": the adjective
    if m.group(0).lower().endswith("one-day") and _ONE_DAY_CRICKET.match(text, m.end()):
        return True  # "the one-day series", "a one-day international": cricket's format
    if _SPLIT_YEAR_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return True  # "the 2024-25 school year": the end of a pair of years, not 25 years
    if _DAY_COMPOUND.match(after) and m.group(0).lower() in ("a day", "day"):
        return True  # "a day trader", "a day trip": a kind of trader or trip
    on_weekday = _WEEK_ON_WEEKDAY.match(text, m.end())
    if on_weekday and re.fullmatch(
        r"(?:a|one)\s+week"
        if on_weekday.group(0).split()[0] == "on"
        else r"(?:a|one|two|three|four|\d)\s+weeks?",
        m.group(0).lower(),
    ):
        return True  # "a week on Monday", "two weeks from Thursday": a day, the weekday's
    unit_text = m.group(unit_group)
    if unit_text.lower().startswith("quarter") and (
        m.group("hyphen") == "-" or re.match(r"\s+of\b", after)
    ):
        return True
    if is_title_inside_sentence(text, m.start(unit_group), m.end(unit_group)):
        return True
    # "a second group": the ordinal, not the unit.
    return bool(m.group("unit2")) and m.group("unit2").lower() == "second"


def _adjectival(m) -> bool:
    """ "a five-year plan", "the 30 day period": the count modifies a noun."""
    return bool(m.group("unit")) and (
        m.group("hyphen") == "-"
        or (
            not m.group("unit").lower().endswith("s")
            and bool(m.group("num"))
            and m.group("num").lower() not in ("a", "an", "one")
        )
    )


# The nouns an adjectival duration names the length of, kept in the span with the
# article as TimeML does: "a three-year period", "the 90-day term".
_PERIOD_NOUN = re.compile(r"\s{1,3}(?:period|term|span|stretch|spell|window)\b", re.I)


def _duration_start(m) -> int | None:
    """Where the span starts: without a preposition-like "over"/"for" and, for
    adjectival durations ("a five-year plan", "the 30-day period"), without the article."""
    if not m.group("unit"):
        return None
    qmod = (m.group("qmod") or "").lower()
    det = (m.group("det") or "").lower()
    if qmod.startswith("for "):
        return m.start("qmod") + 4
    if qmod == "over" and det:
        # "over a three-month-old campaign": the article goes with the noun
        return m.start("num") if _adjectival(m) else m.start("det")
    if qmod == "over" and _count(m.group("num"))[0] is None:
        return m.start("num")  # "over several years": a preposition before a vague count
    if _adjectival(m) and det and not qmod:
        return m.start("low") if m.group("low") else m.start("num")
    return None


# Words before a bare plural that make it part of a larger phrase ("the first weeks of",
# "two weeks of", "those years of") which the other rules read or which is not a duration.
_BARE_LEFT = re.compile(
    r"(?:\b(?:the|these|those|its|their|his|her|our|my|your|first|last|early|final|recent|"
    r"past|coming|next|previous|following|several|many|few|some|more|of|\w+est)|\d)\s+$",
    re.I,
)


_CHILD_AGE_BEFORE = re.compile(
    r"(?:\b(?:babies|baby|infants?|children|child|toddlers?|kids?|newborns?|girls?|boys?)"
    r"\s{1,3}(?:(?:who\s{1,3}are\s{1,3})?(?:under|over|aged|older\s{1,3}than|"
    r"younger\s{1,3}than|of|between)\s{1,3})?|\baged\s{1,3})"
    r"(?:[\w.]+\s{1,3}\w+\s{1,3}(?:to|and)\s{1,3})?$",
    re.I,
)
_MINUTES_OF_A_MEETING = re.compile(
    r"\s{1,3}(?:of|from)\s{1,3}(?:[\w'’.-]+\s{1,3}){0,4}?(?:meeting|session|gathering|"
    r"conference|board|committee)\b",
    re.I,
)


def resolve_bare_plural(m, narrative: Narrative) -> Resolution | None:
    group = "core" if m.group("core") else "bare"
    if group == "bare" and _BARE_LEFT.search(narrative.text, max(0, m.start() - 16), m.start()):
        return None
    if (
        group == "core"
        and m.group(0)[:5].lower() == "last "
        and not last_is_verb(narrative.text, m.start())
    ):
        return None  # "his last days": the adjective, not "could last days"
    words = m.group(group).lower().split()
    whole = m.group(0).lower().split()
    if whole == ["after", "hours"] and not _HOURS_PASSED_AFTER.match(narrative.text, m.end()):
        return None  # "shares fell after hours", "call after hours" (not "after hours of talks")
    if words[:3] == ["the", "early", "hours"]:
        return None  # "in the early hours of Monday": a part of the night, not a stretch
    if words[-1] == "hours" and re.search(
        r"\b(?:small|wee)\s+$", narrative.text[max(0, m.start(group) - 8) : m.start(group)]
    ):
        return None  # "in the small hours of Sunday"
    if words[-1] == "minutes" and _MINUTES_OF_A_MEETING.match(narrative.text, m.end()):
        return None  # "the minutes of the Fed's January meeting": a record, not a time
    # "weeks or months": the first unit, as for "two or three weeks".
    unit = unit_of(words[words.index("or") - 1] if "or" in words else words[-1])
    return Resolution(
        "DURATION", duration_value(None, unit), start=m.start(group), end=m.end(group)
    )


def resolve_half_unit(m, narrative: Narrative) -> Resolution | None:
    """ "the past half year", "a half-hour drive": half of one unit."""
    return Resolution("DURATION", duration_value(0.5, m.group("half_unit").lower()))

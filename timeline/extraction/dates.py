"""TIMEX3 values as calendar ranges and as the dates editors and readers see.

``value_range("2017-W03")`` -> DateRange(2017-01-16, 2017-01-22, "week"); values that
name no fixed stretch of calendar (PAST_REF, durations, "XXXX-12-30") give None.
``format_value("2016-12", mod="MID")`` -> "mid-December 2016".

Conventions: a time ("2017-01-24T14:00") covers its day; a weekend ("2017-W03-WE")
its Saturday and Sunday with week granularity; a half year ("2017-H1") has quarter
granularity (the nearest of the granularities the product sorts by). Seasons are
meteorological: spring = March-May, summer = June-August, autumn ("FA") =
September-November, and "2017-WI" = December 2016 to February 2017 (the winter that
contains January 2017).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import MappingProxyType

from .temporal.calendar import parse_value

_GRANULARITY = MappingProxyType(
    {
        "day": "day",
        "week": "week",
        "weekend": "week",
        "month": "month",
        "quarter": "quarter",
        "half": "quarter",
        "season": "season",
        "year": "year",
        "decade": "decade",
        "century": "century",
    }
)
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_SEASON_NAMES = MappingProxyType({"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"})
_PART_OF_DAY_NAMES = MappingProxyType(
    {
        "MO": "morning",
        "MI": "midday",
        "AF": "afternoon",
        "EV": "evening",
        "NI": "night",
        "DT": "daytime",
    }
)
_REFERENCE_NAMES = MappingProxyType(
    {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}
)
_POINT_MOD_WORDS = MappingProxyType({"START": "early", "MID": "mid-", "END": "late"})
_RELATION_TEMPLATES = MappingProxyType(
    {
        "BEFORE": "before {}",
        "AFTER": "after {}",
        "ON_OR_BEFORE": "{} or earlier",
        "ON_OR_AFTER": "{} or later",
    }
)
_DURATION_UNITS = MappingProxyType(
    {
        "Y": "year",
        "M": "month",
        "W": "week",
        "D": "day",
        "Q": "quarter",
        "DE": "decade",
        "CE": "century",
        "H": "hour",
        "TM": "minute",
        "S": "second",
    }
)
_DURATION_MODS = MappingProxyType(
    {
        "APPROX": "about {}",
        "LESS_THAN": "less than {}",
        "MORE_THAN": "more than {}",
        "EQUAL_OR_LESS": "up to {}",
        "EQUAL_OR_MORE": "at least {}",
    }
)


@dataclass(frozen=True, slots=True)
class DateRange:
    """The first and last day (inclusive) a value covers, and how precise it is."""

    start: dt.date
    end: dt.date
    granularity: str


def _date_part(value: str) -> str:
    return value.split("T", 1)[0]


def value_range(value: str, mod: str | None = None) -> DateRange | None:
    """The calendar range a TIMEX3 value covers, or None if it names no fixed range; with
    ``mod`` START, MID or END, the part of it that names (``narrowed``)."""
    if not isinstance(value, str) or not value or "X" in value.rstrip("X")[:4]:
        return None
    point = parse_value(_date_part(value))
    if point is None:
        return None
    if point.granularity == "weekend":
        saturday = point.start + dt.timedelta(days=5)
        return DateRange(saturday, saturday + dt.timedelta(days=1), "week")
    return narrowed(DateRange(point.start, point.end, _GRANULARITY[point.granularity]), mod)


# Which third of a period "early", "mid-" and "late" name.
_THIRDS = {"START": 0, "MID": 1, "END": 2}


def narrowed(date_range: DateRange, mod: str | None) -> DateRange:
    """The third of a range that "early", "mid-" or "late" names: early March 2011 is 1-10
    March, mid-March 11-20, late March 21-31; late 2011 is September to December, mid-2011
    May to August; a quarter or a season splits by its months. Its precision stays the
    period's (the value is still the month or the year): only where it sorts and which days
    it matches change. Any other mod, or a range of a few days, is left whole."""
    third = _THIRDS.get(mod or "")
    start, end = date_range.start, date_range.end
    days = (end - start).days + 1
    if third is None or days < 3:
        return date_range
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    whole_months = start.day == 1 and (end + dt.timedelta(days=1)).day == 1
    if whole_months and months == 1:
        # the month's 1st-10th, 11th-20th, 21st-last, as newsrooms say "early", "mid", "late"
        bounds = ((1, 10), (11, 20), (21, end.day))[third]
        return DateRange(
            start.replace(day=bounds[0]), start.replace(day=bounds[1]), date_range.granularity
        )
    if whole_months and months % 3 == 0:
        size = months // 3
        first = _add_months(start, size * third)
        last = _add_months(first, size) - dt.timedelta(days=1)
        return DateRange(first, last, date_range.granularity)
    size = days // 3  # the middle third takes the odd days
    middle_start = start + dt.timedelta(days=size)
    last_start = end - dt.timedelta(days=size - 1)
    first_day, last_day = (
        (start, middle_start - dt.timedelta(days=1)),
        (middle_start, last_start - dt.timedelta(days=1)),
        (last_start, end),
    )[third]
    return DateRange(first_day, last_day, date_range.granularity)


def _add_months(day: dt.date, count: int) -> dt.date:
    """The first of the month ``count`` months after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def _day_text(day: dt.date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _plain(value: str) -> str | None:
    """The unmodified human form of a date value, or None if it is not one."""
    date_part, _, time_part = value.partition("T")
    point = parse_value(date_part)
    if point is None:
        return None
    start = point.start
    granularity = point.granularity
    if granularity == "day":
        text = _day_text(start)
        if time_part:
            clock = re.fullmatch(r"(\d{2}):?(\d{2})?.*", time_part)
            if time_part in _PART_OF_DAY_NAMES:
                text += f" ({_PART_OF_DAY_NAMES[time_part]})"
            elif clock:
                text += f", {clock.group(1)}:{clock.group(2) or '00'}"
        return text
    if granularity == "week":
        return f"week of {_day_text(start)}"
    if granularity == "weekend":
        return f"weekend of {_day_text(start + dt.timedelta(days=5))}"
    if granularity == "month":
        return f"{_MONTH_NAMES[start.month - 1]} {start.year}"
    if granularity == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if granularity == "half":
        return f"{'first' if start.month == 1 else 'second'} half of {start.year}"
    if granularity == "season":
        code = date_part[-2:]
        return f"{_SEASON_NAMES[code]} {date_part[:4]}"
    if granularity == "year":
        return str(start.year)
    if granularity == "decade":
        return f"the {start.year}s"
    return f"the {_century_text(start.year)}"


def _century_text(year: int) -> str:
    """ "20th century" for 1900 (a TIMEX3 century, 19XX, is 1900-1999)."""
    century = year // 100 + 1
    suffix = (
        "th" if 10 <= century % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
    )
    return f"{century}{suffix} century"


def period_heading(start: dt.date, granularity: str) -> str:
    """The heading a date is listed under on a timeline: the year it starts in, or, for a
    date as coarse as a decade or a century, that period ("1970s", "20th century"): a decade
    is not an event of its first year."""
    if granularity == "decade":
        return f"{start.year}s"
    if granularity == "century":
        return _century_text(start.year)
    return str(start.year)


def _duration_text(value: str) -> str | None:
    match = re.fullmatch(r"PT?(\d+(?:\.\d+)?|X)(DE|CE|TM|[YMWDQHS])", value)
    if not match:
        return None
    amount, unit = match.groups()
    if value.startswith("PT") and unit == "M":
        unit = "TM"
    name = _DURATION_UNITS.get(unit)
    if name is None:
        return None
    if amount == "X":
        return "centuries" if name == "century" else f"{name}s"
    plural = "" if amount == "1" else ("ies" if name == "century" else "s")
    stem = "centur" if name == "century" and plural else name
    return f"{amount} {stem}{plural}"


def format_value(value: str, mod: str | None = None, approximate: bool = False) -> str:
    """The date as an editor reads it: "30 December 2016", "early 2011", "c. May 2016"."""
    if not isinstance(value, str) or not value:
        return ""
    if value in _REFERENCE_NAMES:
        return _REFERENCE_NAMES[value]
    if value.startswith("P"):
        text = _duration_text(value) or value
        if mod in _DURATION_MODS:
            return _DURATION_MODS[mod].format(text)
        return f"about {text}" if approximate else text
    before_christ = re.fullmatch(r"BC0*(\d+)", value)
    if before_christ:  # "10,000 years ago" in 2002: BC8000
        text = f"{int(before_christ.group(1)):,} BC"
        return f"c. {text}" if approximate or mod == "APPROX" else text
    text = _plain(value)
    if text is None:
        return value
    point = parse_value(_date_part(value))
    if mod in _POINT_MOD_WORDS and point is not None and point.granularity != "day":
        word = _POINT_MOD_WORDS[mod]
        if text.startswith("the "):
            text = f"the {word}{'' if word.endswith('-') else ' '}{text[4:]}"
        else:
            text = f"{word}{'' if word.endswith('-') else ' '}{text}"
    elif mod in _RELATION_TEMPLATES:
        text = _RELATION_TEMPLATES[mod].format(text)
    if approximate or mod == "APPROX":
        text = f"c. {text}"
    return text

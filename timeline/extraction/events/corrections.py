"""Readings of the tagger's output that the event layer corrects before dating events.

The tagger (``timeline/extraction/temporal``) is another engineer's; these cases are
reported to them (docs/events.md, "Tagger problems") and handled here meanwhile:

- "on Tuesday last week": a weekday and the week it falls in are one date, the weekday of
  that week (the tagger gives two expressions, Tuesday of this week and last week).
- "on Friday and Saturday": the second weekday of a pair follows the first; the tagger may
  resolve it to the Saturday before.
- "Tunisia holds elections on October 23" (March): a scheduled present names the next
  October 23, not the last one (``scheduled_present``).
- "these decade-long challenges", "a 42-year-old rule": an expression that ends inside a
  hyphenated word is a modifier (how long), not a date; it is dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..dates import value_range
from ..types import Timex
from .dating import bare_weekday

_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")
_BETWEEN_PAIR = re.compile(r"^\s*(?:and|or|to|through|-|–)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")
_MONTH_NAME = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)", re.IGNORECASE
)
SCHEDULED_SHIFT_DAYS = 60


def correct_timexes(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with the two weekday readings above corrected, in text order."""
    ordered = sorted(timexes, key=lambda t: t.start)
    corrected: list[Timex] = []
    index = 0
    while index < len(ordered):
        timex = ordered[index]
        if _inside_compound(text, timex):
            index += 1
            continue
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        if following is not None:
            merged = _weekday_of_week(text, timex, following)
            if merged is not None:
                corrected.append(merged)
                index += 2
                continue
            later = _second_of_pair(text, timex, following)
            if later is not None:
                corrected.extend([timex, later])
                index += 2
                continue
        corrected.append(timex)
        index += 1
    return corrected


def _inside_compound(text: str, timex: Timex) -> bool:
    """ "decade-long", "year-old": the expression's last word goes on after a hyphen."""
    return text[timex.end : timex.end + 1] == "-" and text[timex.end + 1 : timex.end + 2].isalpha()


def _weekday_of_week(text: str, weekday: Timex, week: Timex) -> Timex | None:
    """ "Tuesday last week" -> the Tuesday of last week, as one expression."""
    day = bare_weekday(weekday.text)
    match = _WEEK_VALUE.match(week.value)
    if day is None or match is None or text[weekday.end : week.start].strip():
        return None
    monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    value = (monday + dt.timedelta(days=day)).isoformat()
    return dataclasses.replace(
        weekday, end=week.end, text=text[weekday.start : week.end], value=value
    )


def _second_of_pair(text: str, first: Timex, second: Timex) -> Timex | None:
    """ "on Friday and Saturday": Saturday after Friday, not the Saturday before."""
    if bare_weekday(first.text) is None or bare_weekday(second.text) is None:
        return None
    if not _BETWEEN_PAIR.match(text[first.end : second.start]):
        return None
    first_range, second_range = value_range(first.value), value_range(second.value)
    if first_range is None or second_range is None or second_range.start >= first_range.start:
        return None
    value = (second_range.start + dt.timedelta(days=7)).isoformat()
    return dataclasses.replace(second, value=value)


def scheduled_present(timex: Timex, start: dt.date, dct: dt.date | None) -> str | None:
    """The value a year on, for a yearless date the tagger put months before the DCT in a
    clause in the simple present ("holds elections on October 23"), else None."""
    if dct is None or _YEAR.search(timex.text) or (dct - start).days <= SCHEDULED_SHIFT_DAYS:
        return None
    if not _MONTH_NAME.search(timex.text):
        return None  # "the next day", "last week": relative, the tagger's count holds
    value = timex.value.split("T", 1)[0]
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value):
        return None
    return f"{int(value[:4]) + 1:04d}{value[4:]}"

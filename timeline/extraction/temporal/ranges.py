"""Ranges of days and years are two expressions, as TimeML marks them.

"September 9-10" is "September 9" and "10" (2011-09-10); "9-10 September" is "9" and
"10 September"; "the 2008-09 crisis" is "2008" and "09" (2009). The tagger finds the
fuller end of such a range; this pass adds the other end, written with the number alone,
which takes its month or century from the expression beside it. Durations ("two to three
weeks") stay one expression, as TimeBank marks them. The end of a range is never before
its start: "from June 1 to November 30", read in May, ends this November.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..types import Timex
from .patterns import MONTH, WEEKDAY
from .tense import PAST, direction, sentence_bounds

_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ORDINAL = r"(?:st|nd|rd|th)?"
_JOIN = r"(?:\s{0,2}[-–/]\s{0,2}|\s{1,3}(?:to|through|and)\s{1,3})"
# "September 9-10", "Sept. 9-11, 2001", "February 15/16, 2011" (the night between): the
# span the month-day rule took, split in two.
_DAY_RANGE_INSIDE = re.compile(
    rf"(?P<first>\D*?\d{{1,2}}){_ORDINAL}{_JOIN}"
    rf"(?P<second>(?P<day>\d{{1,2}}){_ORDINAL}(?:,?\s{{1,3}}\d{{4}})?)"
)
# "9-10 September", "from 9 to 10 September": the first day, just before the expression.
_DAY_BEFORE = re.compile(rf"(?<![\w.,:/$£€-])(?P<day>\d{{1,2}}){_ORDINAL}{_JOIN}$")
_LEADING_DAY = re.compile(r"(\d{1,2})(?!\d)")
# "2008-09", "1990-91", "2011/12": the second year written with two digits.
_YEAR_AFTER = re.compile(r"[-–/](?P<year>\d{2})(?![\d%])(?![-/.:]\d)")
# How far before an expression the first day of a range can start ("30th and ").
_LOOKBEHIND = 16
# Between the two ends of a range: "June 1 to November 30", "between May and August".
_RANGE_JOIN = re.compile(r"\s{0,3}(?:to|until|till|through|-|–|and)\s{0,3}")
_DASH_JOIN = re.compile(r"\s?[-–]\s?")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s{1,3}$", re.I)
_MONTH_OR_DAY = re.compile(r"(\d{4})(-\d{2}(?:-\d{2})?)")
# "Monday to Saturday", "Tuesday-Saturday at 8pm": a weekday with no written date.
_BARE_WEEKDAY = re.compile(rf"{WEEKDAY}(?![^,;.]*?{MONTH})", re.I)
# ... or with its hour or part of the day: "from 7 p.m. Friday until 5 a.m. Monday"
_CLOCKED_WEEKDAY = re.compile(
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?|noon|midnight)\s{1,3}(?:on\s{1,3})?)?"
    rf"{WEEKDAY}(?:\s{{1,3}}(?:morning|afternoon|evening|night))?",
    re.I,
)
# Two weekdays in a row, and-joined, are two days in a row: "a summit next Thursday and
# Friday", "blackouts on Monday and Tuesday"
_AND_JOIN = re.compile(r"\s{1,3}and\s{1,3}(?:on\s{1,3})?")
_ENDS_WITH_WEEKDAY = re.compile(rf"{WEEKDAY}$", re.I)
# A list ("statements made Friday and Thursday") is two days; a range is joined so:
_WEEKDAY_JOIN = re.compile(r"\s{0,3}(?:to|through|thru|till|until|-|–)\s{0,3}")
# Opening hours, timetables: a weekday range right beside a clock time ("Tuesday to
# Saturday at 8pm", "from 8 a.m. to 8 p.m. ET Monday through Friday") or in a clause with
# a word of schedules ("the museum is open Tuesday to Sunday").
_CLOCK = r"(?:\d\s?(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2}[:.]\d\d\b|\b(?:noon|midnight))"
_CLOCK_BEFORE = re.compile(
    rf"{_CLOCK}(?:\s{{1,3}}[A-Z]{{1,4}}\b)?[\s,]{{0,3}}(?:on\s{{1,3}}|from\s{{1,3}})?$"
)
_CLOCK_AFTER = re.compile(rf"[\s,]{{0,3}}(?:(?:at|from|between)\s{{1,3}})?{_CLOCK}")
_SCHEDULE_WORD = re.compile(
    r"\b(?:daily|opening\s+hours|(?:is|are)\s+open|opens|operates|runs|"
    r"(?:open|operate)(?=\s+(?:from\s+)?$))\b",
    re.I,
)
# ... but an event that runs from one weekday to another runs once: "the festival runs
# from Thursday to Sunday" (a bus that runs Monday to Friday recurs)
_ONE_OFF_RUN = re.compile(
    r"\b(?:festival|exhibition|show|fair|conference|summit|congress|convention|tournament|"
    r"championships?|games|open|sale|strike|walkout|holiday|event|campaign|trial|hearing|"
    r"competition|series|tour|meeting|talks|visit|session)\s+runs\b",
    re.I,
)
_SCHEDULE_REACH = 45
# The longest text between the two ends of a range (" through ", " - ").
_MAX_JOIN = 15


def split_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` (sorted, not overlapping) with the other end of each range added, and
    the end of a range that resolved before its start moved on ("from June 1 to November
    30" in May: this November, not last)."""
    return _order_ends(text, _add_other_ends(text, timexes))


def _add_other_ends(text: str, timexes: list[Timex]) -> list[Timex]:
    result: list[Timex] = []
    for index, timex in enumerate(timexes):
        day = _DAY_VALUE.fullmatch(timex.value) if timex.type == "DATE" else None
        if day:
            inside = _split_inside(text, timex, day)
            if inside:
                result.extend(inside)
                continue
            previous_end = result[-1].end if result else 0
            before = _day_before(text, timex, day, previous_end)
            if before:
                result.append(before)
        result.append(timex)
        # a plain year: "FY2019-20" and "fiscal 2019-20" are one fiscal year
        if timex.type == "DATE" and re.fullmatch(r"\d{4}", timex.text):
            following = timexes[index + 1].start if index + 1 < len(timexes) else len(text)
            after = _year_after(text, timex, following)
            if after:
                result.append(after)
    return result


def _day(day_value: re.Match, number: int) -> str | None:
    year, month = int(day_value.group(1)), int(day_value.group(2))
    try:
        return dt.date(year, month, number).isoformat()
    except ValueError:
        return None


def _end(text: str, start: int, end: int, like: Timex, value: str) -> Timex:
    """The other end of a range: the same type and anchor, its own span and value."""
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=like.type,
        value=value,
        anchor=like.anchor,
    )


def _split_inside(text: str, timex: Timex, day_value: re.Match) -> list[Timex] | None:
    match = _DAY_RANGE_INSIDE.fullmatch(timex.text)
    first_day = int(day_value.group(3))
    if not match or not match.group("first").endswith(str(first_day)):
        return None
    value = _day(day_value, int(match.group("day")))
    if value is None or int(match.group("day")) <= first_day:
        return None
    # the first day keeps the expression's value and mod; only its span shrinks
    first = replace(timex, end=timex.start + match.end("first"), text=match.group("first"))
    second = _end(text, timex.start + match.start("second"), timex.end, timex, value)
    return [first, second]


def _day_before(text: str, timex: Timex, day_value: re.Match, floor: int) -> Timex | None:
    leading = _LEADING_DAY.match(timex.text)
    if not leading or int(leading.group(1)) != int(day_value.group(3)):
        return None
    window_start = max(floor, timex.start - _LOOKBEHIND)
    match = _DAY_BEFORE.search(text, window_start, timex.start)
    if not match or int(match.group("day")) >= int(leading.group(1)):
        return None
    value = _day(day_value, int(match.group("day")))
    if value is None:
        return None
    return _end(text, match.start("day"), match.end("day"), timex, value)


def _year_after(text: str, timex: Timex, limit: int) -> Timex | None:
    match = _YEAR_AFTER.match(text, timex.end, limit)
    if not match:
        return None
    year = int(timex.value)
    short = int(match.group("year"))
    century = year // 100 * 100
    second = century + short if short > year % 100 else century + 100 + short
    if second - year > 10 and short <= 12:
        return None  # "1994-08" or "2011/03" is not a span of years ("1975-90" is)
    return _end(text, match.start("year"), match.end("year"), timex, str(second))


def _next_weekday_end(text: str, first: Timex, last: Timex) -> Timex | None:
    """The end of "from Monday to Saturday" is the first Saturday after that Monday (each
    weekday alone may resolve to a different week: "will run from Monday to Saturday" on a
    Wednesday gave next Monday and last Saturday)."""
    start, end = _DAY_VALUE.match(first.value), _DAY_VALUE.match(last.value)
    if not (start and end):
        return None
    first_day = dt.date.fromisoformat(start.group(0))
    gap = (dt.date.fromisoformat(end.group(0)) - first_day).days
    if _AND_JOIN.fullmatch(text, first.end, last.start):
        # (only a bare weekday after one of its own week: "next Thursday and Friday")
        if not (
            _BARE_WEEKDAY.fullmatch(last.text)
            and _ENDS_WITH_WEEKDAY.search(first.text)
            and gap % 7 == 1
            and gap != 1
        ):
            return None
        return _shifted(last, 1 - gap)
    if not (_CLOCKED_WEEKDAY.fullmatch(last.text) and _CLOCKED_WEEKDAY.fullmatch(first.text)):
        return None
    if not _WEEKDAY_JOIN.fullmatch(text, first.end, last.start):
        return None
    if 0 < gap <= 7:
        return None  # already the first such day after the start
    return _shifted(last, (gap % 7 or 7) - gap)


def _schedule(text: str, first: Timex, last: Timex) -> tuple[Timex, Timex] | None:
    """Both ends of a weekday range as sets when it is a schedule, not one week's days."""
    if not (_BARE_WEEKDAY.match(first.text) and _BARE_WEEKDAY.match(last.text)):
        return None
    if not (_DAY_VALUE.match(first.value) and _DAY_VALUE.match(last.value)):
        return None
    if not _WEEKDAY_JOIN.fullmatch(text, first.end, last.start):
        return None
    left, right = sentence_bounds(text, first.start, last.end, _SCHEDULE_REACH)
    before, after = text[left : first.start], text[last.end : right]
    clock = (
        _CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after) or re.search(_CLOCK, last.text)
    )
    if not (clock or _SCHEDULE_WORD.search(before)) or (not clock and _ONE_OFF_RUN.search(before)):
        return None
    return _as_set(first), _as_set(last)


def _schedule_clocks(text: str, timexes: list[Timex], first: int, day: str) -> None:
    """The hours before a schedule's days ("from 9 a.m. to 5 p.m. Monday through Friday")
    are any day's hours, not the day the first weekday had resolved to."""
    index = first - 1
    while index >= 0:
        clock = timexes[index]
        if not (clock.type == "TIME" and clock.value.startswith(day + "T")):
            break
        weekday = timexes[first]
        reach = weekday.start - clock.start
        sentence_start = sentence_bounds(text, weekday.start, weekday.end, reach)[0]
        if first - index > 2 or sentence_start > clock.start:
            break
        timexes[index] = replace(clock, value="XXXX-XX-XX" + clock.value[10:], anchor=None)
        index -= 1


# What stands between a schedule's days and its hours, or between two hours.
_CLOCK_LINK = re.compile(
    r"[\s,;:]{0,3}(?:(?:from|between|at|to|until|till|and)\s{1,3}|[-–]\s{0,3})?"
)


def _schedule_clocks_after(text: str, timexes: list[Timex], last: int) -> None:
    """The hours right after a schedule's days ("open Monday to Friday, 8am to 8pm") are
    any such day's hours, not the day a clock would take from the calendar."""
    previous = timexes[last]
    for index in range(last + 1, min(last + 3, len(timexes))):
        clock = timexes[index]
        if clock.type != "TIME" or not _DAY_VALUE.match(clock.value):
            break
        if not _CLOCK_LINK.fullmatch(text, previous.end, clock.start):
            break
        timexes[index] = replace(clock, value="XXXX-XX-XX" + clock.value[10:], anchor=None)
        previous = clock


def _as_set(timex: Timex) -> Timex:
    day = dt.date.fromisoformat(timex.value[:10])
    value = f"XXXX-WXX-{day.isoweekday()}{timex.value[10:]}"
    return replace(timex, type="SET", value=value, anchor=None)


def _past_weekday_range(text: str, first: Timex, last: Timex) -> tuple[Timex, Timex]:
    """ "ran from Monday to Saturday" on a Wednesday: last week's Monday to Saturday, the
    whole range before the day of writing."""
    anchor = _DAY_VALUE.match(last.anchor or "")
    if not anchor or last.value[:10] <= anchor.group(0):
        return first, last
    if direction(text, first.start, last.end) != PAST:
        return first, last
    return _shifted(first, -7), _shifted(last, -7)


def _shifted(timex: Timex, days: int) -> Timex:
    """``timex`` (a day or a time of day) moved by a number of days."""
    day = dt.date.fromisoformat(timex.value[:10]) + dt.timedelta(days=days)
    return replace(timex, value=day.isoformat() + timex.value[10:])


def _order_ends(text: str, timexes: list[Timex]) -> list[Timex]:
    result = list(timexes)
    for index in range(1, len(result)):
        first, last = result[index - 1], result[index]
        if last.start - first.end > _MAX_JOIN:
            continue  # not two ends of one range
        schedule = _schedule(text, first, last)
        if schedule is not None:
            result[index - 1], result[index] = schedule
            _schedule_clocks(text, result, index - 1, first.value)
            _schedule_clocks_after(text, result, index)
            continue
        weekday_end = _next_weekday_end(text, first, last)
        if weekday_end is not None:
            result[index - 1], result[index] = _past_weekday_range(text, first, weekday_end)
            continue
        start, end = _MONTH_OR_DAY.fullmatch(first.value), _MONTH_OR_DAY.fullmatch(last.value)
        if not (start and end) or len(first.value) != len(last.value):
            continue
        written_end = re.search(r"\d{4}", last.text)
        year = int(end.group(1)) - (start.group(2) > end.group(2))
        if (
            written_end
            and not re.search(r"\d{4}", first.text)
            and int(start.group(1)) != year
            and _RANGE_JOIN.fullmatch(text, first.end, last.start)
            and _RANGE_OPEN.search(text, max(0, first.start - 10), first.start)
        ):
            # "from 12 May to 3 September 2024", "from November 28 to January 5, 2020": the
            # year written once, at the end
            result[index - 1] = replace(first, value=f"{year:04d}{start.group(2)}")
            continue
        if (
            not written_end
            and start.group(1) > end.group(1)
            and start.group(2) < end.group(2)
            and _AND_JOIN.fullmatch(text, first.end, last.start)
            and not re.search(r"\d{4}", first.text)
        ):
            # "for delivery in July and August": two months of one year, in their order
            result[index] = replace(last, value=f"{start.group(1)}{end.group(2)}")
            continue
        if last.value >= first.value or written_end:
            continue  # in order, or the end's year is written
        if not _RANGE_JOIN.fullmatch(text, first.end, last.start):
            continue
        if (
            _DASH_JOIN.fullmatch(text, first.end, last.start)
            and direction(text, first.start, last.end) == PAST
        ):
            # "output fell in the April-June period" in March: last year's April, not
            # this year's (a month just ahead can win against the past tense alone)
            moved = f"{int(start.group(1)) - 1:04d}{start.group(2)}"
            if moved <= last.value:
                result[index - 1] = replace(first, value=moved)
            continue
        # ("a January-December financial year": a range written with a dash needs no "from")
        if not _RANGE_OPEN.search(
            text, max(0, first.start - 10), first.start
        ) and not _DASH_JOIN.fullmatch(text, first.end, last.start):
            continue
        moved = f"{int(end.group(1)) + 1:04d}{end.group(2)}"
        if moved > first.value:
            result[index] = replace(last, value=moved)
    return result

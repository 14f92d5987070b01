"""The tagging pipeline: find candidates, choose non-overlapping ones, resolve in order.

1. every rule's regex proposes candidate spans;
2. candidates are taken leftmost-longest (ties broken by rule order), and a candidate
   its resolver rejects leaves room for a shorter overlapping one;
3. resolution runs in text order so that each date mentioned moves the narrative's
   reference point ("two days later" counts from the last date the story gave).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from types import MappingProxyType

from ..types import Timex
from .calendar import parse_value
from .context import Narrative, Resolution, in_quoted_title
from .patterns import RULE_PRIORITY, RULES, fold
from .ranges import split_ranges
from .resolve_common import SINCE_BEFORE
from .resolve_counted import resolve_ago
from .resolve_dates import (
    resolve_day_month,
    resolve_day_tail,
    resolve_holiday,
    resolve_month,
    resolve_month_day,
    resolve_month_year,
    resolve_numeric_date,
    resolve_ordinal_day,
)
from .resolve_days import (
    resolve_ordinal_unit,
    resolve_part_of_day,
    resolve_relative_day,
    resolve_time,
    resolve_weekday,
)
from .resolve_deictic import resolve_deictic
from .resolve_durations import resolve_bare_plural, resolve_duration, resolve_half_unit
from .resolve_periods import resolve_financial, resolve_quarter, resolve_season
from .resolve_references import resolve_reference
from .resolve_sets import resolve_set
from .resolve_years import resolve_century, resolve_decade, resolve_year, resolve_year_end
from .triggers import windows
from .vocabulary import WEEKDAY_ABBREVIATIONS, WEEKDAYS

RESOLVERS = MappingProxyType(
    {
        "month_day": resolve_month_day,
        "day_month": resolve_day_month,
        "month_year": resolve_month_year,
        "month": resolve_month,
        "numeric_date": resolve_numeric_date,
        "year": resolve_year,
        "decade": resolve_decade,
        "century": resolve_century,
        "weekday": resolve_weekday,
        "relative_day": resolve_relative_day,
        "deictic": resolve_deictic,
        "quarter": resolve_quarter,
        "season": resolve_season,
        "ago": resolve_ago,
        "duration": resolve_duration,
        "bare_plural": resolve_bare_plural,
        "time": resolve_time,
        "part_of_day": resolve_part_of_day,
        "reference": resolve_reference,
        "set": resolve_set,
        "holiday": resolve_holiday,
        "ordinal_day": resolve_ordinal_day,
        "financial": resolve_financial,
        "year_end": resolve_year_end,
        "day_tail": resolve_day_tail,
        "ordinal_unit": resolve_ordinal_unit,
        "half_unit": resolve_half_unit,
    }
)
# Candidates that tie on span go to the more specific family first.
_TIE_ORDER = MappingProxyType(
    {name: i for i, name in enumerate(("set", "ago", "financial", "time"))}
)
# Granularities whose values move the story's reference point.
_ANCHORING_TYPES = ("DATE", "TIME")


def _candidates(text: str):
    """Every rule's matches, sorted leftmost-longest, searched only near head words."""
    found = {}
    folded = fold(text)
    rule_windows = windows(text, folded)
    for rule in RULES:
        has_core = "core" in rule.regex.groupindex
        subject = folded if rule.folded else text
        for start, end in rule_windows.get(rule.name, ()):
            for match in rule.regex.finditer(subject, start, end):
                if match.end() > match.start():
                    core = has_core and match.start("core") >= 0
                    span = match.span("core") if core else match.span()
                    key = (
                        span[0],
                        -(span[1] - span[0]),
                        _TIE_ORDER.get(rule.name, 9),
                        RULE_PRIORITY[rule.name],
                        rule.name,
                    )
                    found[key] = match
    return [(*key, found[key]) for key in sorted(found)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace and punctuation a pattern may have swallowed."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def annotate(text: str, dct: dt.date | None = None) -> list[Timex]:
    """TIMEX3 annotations for ``text`` written at ``dct`` (None: relative values get X)."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    narrative = Narrative(text=text, dct=dct)
    # Candidates arrive by start position, so a candidate overlaps an accepted span
    # exactly when it starts before the furthest end accepted so far.
    frontier = 0
    timexes: list[Timex] = []
    for start, _negative_length, _tie, _priority, name, match in _candidates(text):
        core = "core" in match.re.groupindex and match.start("core") >= 0
        end = match.end("core") if core else match.end()
        if start < frontier or in_quoted_title(text, start, end):
            continue
        try:
            resolution = RESOLVERS[name](match, narrative)
        except (ValueError, ArithmeticError, LookupError):
            # A resolver meeting an impossible date (31 February, year 0) skips that one
            # expression rather than lose the document. Anything else is a bug or a signal
            # meant for the caller (a task's time limit) and must propagate.
            resolution = None
        if resolution is None:
            continue
        span_start = resolution.start if resolution.start is not None else start
        span_end = resolution.end if resolution.end is not None else end
        span_start, span_end = _trim(text, span_start, span_end)
        if span_end <= span_start:
            continue
        frontier = max(frontier, end, span_end)
        timexes.append(_timex(text, span_start, span_end, resolution))
        if len(timexes) == 1 and narrative.dct is not None:
            _take_dateline(narrative, resolution, span_start, span_end)
        # "a year later" moves the story on; "a year ago", "a year earlier" compare; "since
        # July 22" starts a span that runs to the story's present, which stays where it was.
        narrates = (match.groupdict().get("dir") or "").lower() in ("later", "after")
        if not SINCE_BEFORE.search(text, max(0, span_start - 8), span_start):
            _move_story(narrative, resolution, name, (span_start, span_end), narrates)
    timexes.sort(key=lambda t: t.start)
    timexes = _date_bare_clocks(text, split_ranges(text, _clocks_on_days(text, timexes)))
    return _with_timestamp_lines(text, dct, _weekdays_counted_back(text, timexes))


# A live blog's entry heading: a line that is only a clock time ("11:45", "09.12 GMT").
_TIMESTAMP_LINE = re.compile(
    r"^[ \t]*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:[ \t]+[A-Z]{2,4})?[ \t]*$",
    re.M,
)


def _with_timestamp_lines(text: str, dct: dt.date | None, timexes: list[Timex]) -> list[Timex]:
    """The clock times that head a live blog's entries, as times of the news day."""
    if "\n" not in text:
        return timexes
    stamps = []
    for match in _TIMESTAMP_LINE.finditer(text):
        start, end = _trim(text, match.start(), match.end())
        if any(t.start < end and start < t.end for t in timexes):
            continue
        day = dct.isoformat() if dct is not None else "XXXX-XX-XX"
        clock = f"T{int(match.group('hour')):02d}:{match.group('minute')}"
        stamps.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type="TIME",
                value=day + clock,
                anchor=dct.isoformat() if dct is not None else None,
            )
        )
    if not stamps:
        return timexes
    return sorted([*timexes, *stamps], key=lambda t: t.start)


_ON = re.compile(
    # ("7 p.m. in Georgia on Tuesday": a place between, the clock takes the day)
    r"(?P<close>\))?(?P<place>\s{1,3}in\s{1,3}(?-i:[A-Z])[\w.'’-]*(?:\s{1,2}(?-i:[A-Z])[\w.'’-]*)?)?"
    r"\s{1,3}(?:on\s{1,3})?"
)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_ON_ONLY = re.compile(r"\s{1,3}on\s{1,3}")
_PART_OF_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI)")
_CLOCK_VALUE = re.compile(r"T\d\d")
_RELATIVE_DAY_WORD = re.compile(r"(?:last|this|next|the|that|yesterday|tomorrow)\b", re.I)
# "between 10 p.m. and midnight on March 9", "6:20 a.m. EST (1120 GMT) on Dec. 24": the
# clocks before the one written with the day are on that day too
_CLOCK_JOIN = re.compile(
    r"\s{0,3}(?:\(|to|and|until|till|-|–)"
    # "Polls open at 7 a.m. and close at 10 p.m. on Thursday"
    r"(?:\s{1,3}(?:close|closes|end|ends|finish|finishes|shut|shuts)\s{1,3}at)?\s{0,3}"
)


def _day_of(clock: Timex, timex: Timex, text: str) -> str | None:
    """The day a clock written just before ``timex`` falls on, or None if they are two."""
    on = _ON.fullmatch(text, clock.end, timex.start)
    if on is None or timex.type not in ("DATE", "TIME"):
        return None
    if "on" not in on.group() and not _RELATIVE_DAY_WORD.match(timex.text):
        return None  # "from 9 a.m. to 5 p.m. Monday through Friday": a schedule
    if timex.type == "DATE" and _DAY_VALUE.fullmatch(timex.value):
        day = timex.value
    else:
        # "11pm last night", "9am the next morning": the day of that part of it
        part = _PART_OF_DAY_VALUE.fullmatch(timex.value)
        if part is None or "on" in on.group():
            return None
        day = part.group(1)
        hour = _clock_hour(clock.value)
        if part.group(2) == "NI" and hour is not None and hour < 6:
            # "2 a.m. last night": the small hours belong to the next day
            day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    return day


def _clocks_on_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "6pm on New Year's Day", "midnight on Christmas Eve", "11pm last night": a clock and
    the day written after it (one the clock rule does not read itself) are one time of
    that day."""
    result: list[Timex] = []
    for timex in timexes:
        clock = result[-1] if result else None
        day = None
        if (
            clock is not None
            and clock.type == "TIME"
            and _CLOCK_VALUE.search(clock.value)  # (not "overnight on Saturday": two)
        ):
            day = _day_of(clock, timex, text)
        part = _PART_OF_DAY_VALUE.fullmatch(clock.value) if clock is not None else None
        if (
            part is not None
            and clock.text.lower().startswith("the ")
            and timex.type == "DATE"
            and _DAY_VALUE.fullmatch(timex.value)
            and _ON_ONLY.fullmatch(text, clock.end, timex.start)
        ):
            # "worked late into the night on Monday": that day's night; the day stays
            result[-1] = replace(clock, value=f"{timex.value}T{part.group(2)}")
            result.append(timex)
            continue
        gap = _ON.fullmatch(text, clock.end, timex.start) if day is not None else None
        if gap is not None and (gap.group("close") or gap.group("place")):
            # "6:20 a.m. EST (1120 GMT) on Dec. 24", "7 p.m. in Georgia on Tuesday": the
            # clocks take the day, which stays an expression of its own
            if gap.group("place") or text[max(0, clock.start - 1) : clock.start] == "(":
                result[-1] = replace(clock, value=day + clock.value[clock.value.index("T") :])
            result.append(timex)
        elif day is not None:
            result[-1] = Timex(
                start=clock.start,
                end=timex.end,
                text=text[clock.start : timex.end],
                type="TIME",
                value=day + clock.value[clock.value.index("T") :],
                mod=clock.mod,
                anchor=timex.anchor,
            )
        else:
            result.append(timex)
    return result


_DAY_OR_DAY_TIME = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)(?P<time>T.*)?")
_WEEK_VALUE = re.compile(r"(?P<year>\d{4})-W(?P<week>\d\d)")
_APPOSITION = re.compile(r",?\s{1,3}")


def _names_a_weekday(text: str) -> bool:
    return any(
        word in WEEKDAYS or word in WEEKDAY_ABBREVIATIONS
        for word in (word.lower().rstrip(".,") for word in text.split())
    )


def _weekdays_counted_back(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "on Saturday night, nine days ago", "on Tuesday, two weeks ago": the count says which
    week the weekday is in (the tense alone would take the latest one)."""
    result = list(timexes)
    for index in range(len(result) - 1):
        weekday, count = result[index], result[index + 1]
        if not (count.text.lower().endswith(" ago") and _names_a_weekday(weekday.text)):
            continue
        if not _APPOSITION.fullmatch(text, weekday.end, count.start):
            continue
        own = _DAY_OR_DAY_TIME.fullmatch(weekday.value)
        if own is None:
            continue
        day = dt.date.fromisoformat(own.group("day"))
        counted = _DAY_OR_DAY_TIME.fullmatch(count.value)
        week = _WEEK_VALUE.fullmatch(count.value)
        if counted is not None:
            target = dt.date.fromisoformat(counted.group("day"))
            if target.weekday() != day.weekday():
                continue  # the two disagree: leave both as they are
        elif week is not None:
            monday = dt.date.fromisocalendar(int(week.group("year")), int(week.group("week")), 1)
            target = monday + dt.timedelta(days=day.weekday())
        else:
            continue
        result[index] = replace(weekday, value=target.isoformat() + (own.group("time") or ""))
    return result


_DAY_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d(?::\d\d)*")
# A clock alone, which takes its day from the clock after it.
_BARE_CLOCK = re.compile(
    r"(?:\d{1,2}(?:[:.]\d\d)?(?:\s{0,2}(?:[ap]\.?\s?m\b\.?|hrs?\b|h\b))?|noon|midnight)"
    r"(?:\s{1,2}[A-Z]{2,4})?",
    re.I,
)


def _date_bare_clocks(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "between 10 p.m. and midnight on March 9", "6:20 a.m. EST (1120 GMT) on Dec. 24":
    the bare clocks just before a clock of a day are on that day too."""
    result = list(timexes)
    for last_index, last in enumerate(timexes):
        if last.type != "TIME" or not _DAY_CLOCK_VALUE.fullmatch(last.value):
            continue
        day = last.value[: last.value.index("T")]
        index = last_index - 1
        while (
            index >= 0
            and result[index].type == "TIME"
            and _CLOCK_VALUE.search(result[index].value)
            and _BARE_CLOCK.fullmatch(result[index].text)
            and _CLOCK_JOIN.fullmatch(text, result[index].end, result[index + 1].start)
        ):
            earlier = result[index]
            if earlier.value.startswith(day):
                break  # (and the clocks before it were dated by it: linear time)
            result[index] = replace(earlier, value=day + earlier.value[earlier.value.index("T") :])
            index -= 1
    return result


# "BEIJING, August 7 (Xinhua) --", "WASHINGTON, Aug. 7 -": the date the story was filed.
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,4},[ \t]+){1,3}$")
_DATELINE_AFTER = re.compile(
    r"(?:,?[ \t]+\d{4})?[ \t]*(?:\([A-Za-z][\w .-]{0,30}\)[ \t]*)?(?:--|[-–—_])"
)
# A wire story is filed at most a couple of days before the archive dates it.
_DATELINE_LAG = 3


def _take_dateline(narrative: Narrative, resolution: Resolution, start: int, end: int) -> None:
    """A dateline date just before the DCT is the day "today" and "Tuesday" count from."""
    if start > 200 or resolution.type != "DATE":
        return
    point = parse_value(resolution.value)
    if point is None or point.granularity != "day":
        return
    lag = (narrative.dct - point.start).days
    if not 0 < lag < _DATELINE_LAG:
        return
    text = narrative.text
    if _DATELINE_BEFORE.match(text[:start]) and _DATELINE_AFTER.match(text, end):
        narrative.dct = point.start


def _move_story(
    narrative: Narrative,
    resolution: Resolution,
    rule: str,
    span: tuple[int, int],
    narrates: bool = False,
) -> None:
    """Let a resolved date become the story's reference point.

    Comparisons ("a year ago", "the year-earlier quarter") look back from the story
    without moving it, except day counts ("two days earlier") and counts forward ("a year
    later"), which narrate.
    """
    if resolution.type not in _ANCHORING_TYPES or rule == "financial" or resolution.compares:
        return
    start, end = span
    if rule == "ago" and resolution.value.count("-") != 2 and not narrates:
        return
    point = parse_value(
        resolution.value.split("T")[0] if "T" in resolution.value else resolution.value
    )
    if point is not None and point.granularity in ("decade", "century"):
        narrative.last_period = point
    elif point is not None:
        narrative.remember(point)
        narrative.last_end = end
        if point.granularity == "day":
            narrative.last_day_end = end
            narrative.last_day_start = start
            if _SAYING_BEFORE.search(narrative.text, max(0, start - 40), start):
                narrative.saying_day_end = end
            else:
                narrative.event_day, narrative.event_day_end = point, end
        if resolution.type == "TIME" and point.granularity == "day":
            hour = _clock_hour(resolution.value)
            narrative.last_clock = (point.start, hour, end) if hour is not None else None
        if resolution.written and point.granularity == "day":
            narrative.remember_written(point, end)


# A day that dates a saying: "police said on Sunday", "told reporters Monday".
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}|announced|added|reported|confirmed)\s+(?:on\s+)?$",
    re.I,
)
_CLOCK_HOUR = re.compile(r"T(\d\d)|T(EV|NI)")


def _clock_hour(value: str) -> int | None:
    """The hour of a TIME value ("2019-05-04T23:00" 23, "...TNI" 21), else None."""
    match = _CLOCK_HOUR.search(value)
    if match is None:
        return None
    return int(match.group(1)) if match.group(1) else {"EV": 19, "NI": 21}[match.group(2)]


def _timex(text: str, start: int, end: int, resolution: Resolution) -> Timex:
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=resolution.type,
        value=resolution.value,
        mod=resolution.mod,
        anchor=resolution.anchor,
    )

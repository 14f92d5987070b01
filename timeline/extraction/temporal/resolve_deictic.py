"""Resolvers for "last week", "this year", "the following day", "the quarter".

"this/next/last" count from the DCT; "the following/previous/same" and "that" from the
date the story is at; an earnings story's "the quarter" is the quarter it named.
"""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

from .calendar import Point
from .context import (
    NEWS_DAY_REACH,
    Narrative,
    Resolution,
    is_title_inside_sentence,
    weekday_date,
)
from .numbers import alternation
from .resolve_common import (
    UNIT_GRANULARITY,
    X_VALUES,
    date_or_none,
    last_is_verb,
    month_number,
    point_mod,
    story_period_value,
)
from .resolve_days import part_of_day_resolution, recurring_clause
from .tense import FUTURE, PAST
from .vocabulary import HOLIDAYS, MONTHS, MOVING_HOLIDAYS, WEEKDAYS

_DEICTIC_SHIFT = MappingProxyType(
    {
        "this": 0,
        "current": 0,
        "same": 0,
        "that": 0,
        "the": 0,
        "these": 0,
        "next": 1,
        "coming": 1,
        "following": 1,
        "last": -1,
        "past": -1,
        "previous": -1,
        "preceding": -1,
        "prior": -1,
        "latest": -1,
    }
)


_COMPARED_FROM = re.compile(r"\b(?:from|than|over|versus|vs\.?|against)\s+$", re.I)
_VAGUE_FUTURE_UNITS = frozenset(("week", "month", "year", "decade"))
_COMPOUND_AFTER = re.compile(r"-(?!end\b)[a-z]")


# "during the day", "throughout the day", "for much of the day", "For the day, shares ...":
# the story's day (week, month, year).
_WITHIN_BEFORE = re.compile(r"\b(?:during|throughout|for|(?:much|most)\s+of)\s+$")
_SESSION_SUMMARY = re.compile(r"(?:^|[.\n]\s*)for\s+$")
_EVENT_AFTER = re.compile(r"\s{1,3}(?:after|before|following|preceding)\s{1,3}(?!next\b|last\b)")
_CLAUSE_AFTER = re.compile(r"\s+(?:when|that|where|which|of|before|after)\b")


# A season of sport, fishing or fashion, named by its year as the readers do; "the
# season" only after "of" ("his 17th of the season", "the end of the season"), never a
# season with its own name ("the rainy season", "the holiday season").
_SEASON_DETERMINERS = frozenset(
    {
        "this",
        "last",
        "next",
        "previous",
        "the previous",
        "the following",
        "the next",
        "the coming",
        "this coming",
        "current",
        "the current",
    }
)
_OF_BEFORE = re.compile(r"\bof\s{1,3}$")


def _sports_season(m, text: str, det: str) -> bool:
    if m.group("plural") or m.group("skip") or m.group("ofyear"):
        return False
    if det in _SEASON_DETERMINERS:
        return True
    return det == "the" and bool(_OF_BEFORE.search(text, max(0, m.start() - 6), m.start()))


# "the last days of the campaign": the stretch of an event, read as a duration (TimeBank:
# "the first hours of the ground war", PTXH), not the story's recent past
_OF_AN_EVENT = re.compile(r"\s{1,3}of\s{1,3}(?:the|a|an|his|her|their|its|this|that)\b", re.I)
_HOUR_STRETCH = frozenset(("past", "last", "next", "coming", "previous", "following"))


_HOLIDAY_AFTER = re.compile(
    r"\s{1,3}(?:of|after|before)\s{1,3}(?-i:"
    + alternation(name.title() for name in (*HOLIDAYS, *MOVING_HOLIDAYS))
    + r")(?![\w])",
)
_YEAR_NAME_AFTER = re.compile(r"-end\b|\s{1,3}of\s{1,3}the\s{1,3}(?-i:[A-Z])", re.I)
_AWARD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s{1,3}of\s{1,3}$")


_OF_AFTER = re.compile(r"\s{1,3}(?:of|before|after)\b", re.I)
# How far (characters) after a time named "the decade" is still that time's decade.
_STORY_DECADE_REACH = 300


def _story_decade(m, narrative: Narrative, unit: str) -> Point | None:
    """ "In the early 1960s she moved to Paris; by the end of the decade she was famous":
    the decade (century) the story is in, when it has left today's."""
    if narrative.direction(m.start(), m.end()) == FUTURE:
        return None
    period, story = narrative.last_period, narrative.last
    if (
        period is not None
        and period.granularity == unit
        and (story is None or period.start <= story.start <= period.end)
    ):
        return period
    if story is None or m.start() - narrative.last_end > _STORY_DECADE_REACH:
        return None
    if story.granularity not in ("year", "month", "day"):
        return None
    return story.coarsen(unit)


# "the week ahead" is the week that holds most of the coming seven days: this week until
# Thursday, next week from Friday; likewise the month of the coming thirty days and the
# year of the coming twelve months.
_AHEAD_MIDDLE = MappingProxyType({"week": 4, "weekend": 0, "month": 16, "year": 183})


def _ahead(det: str, unit: str, mod: str | None, narrative: Narrative) -> Resolution | None:
    """ "the week ahead", "the month ahead", "the year ahead" from the DCT."""
    if det != "the" or unit not in _AHEAD_MIDDLE or narrative.dct is None:
        return None
    middle = narrative.dct + dt.timedelta(days=_AHEAD_MIDDLE[unit])
    point = Point.of(unit, middle)
    return Resolution("DATE", point.value, mod, narrative.dct_value)


def resolve_deictic(m, narrative: Narrative) -> Resolution | None:
    det = re.sub(r"\s+", " ", m.group("det").lower())
    if det.endswith("most recent"):
        det = "the latest"  # "its most recent quarter"
    unit_text = re.sub(r"\s+", " ", m.group("unit").lower())
    unit = (
        "year"
        if unit_text in ("fiscal year", "financial year", "academic year", "school year")
        else "quarter"
        if unit_text == "fiscal quarter"
        else unit_text
    )
    words = det.split()
    mod = point_mod(m.group("pmod"))
    if _COMPOUND_AFTER.match(narrative.text, m.end()):
        return None  # "these decade-long challenges": the unit is part of a compound adjective
    if m.group("plural"):
        # "those days", "the past years": vague references, not one period.
        if det in ("these", "those") and unit == "day":
            return Resolution("DATE", "PAST_REF" if det == "those" else "PRESENT_REF")
        if det == "last" and last_is_verb(narrative.text, m.start()):
            return None  # the bare plural ("months") is read as a duration
        if det in ("past", "the past", "last", "the last", "recent", "the recent"):
            if det.endswith("last") and _OF_AN_EVENT.match(narrative.text, m.end()):
                return None
            return Resolution("DATE", "PAST_REF")
        if det in ("next", "the next", "the coming") and unit in _VAGUE_FUTURE_UNITS:
            return Resolution("DATE", "FUTURE_REF")  # "over the next years"
        return None
    if m.group("ahead"):
        return _ahead(det, unit, mod, narrative)
    skip_words = (m.group("skip") or "").lower().split()
    if unit == "night" and det == "the" and narrative.dct is not None and skip_words:
        # "the night before last": two nights back; "the night after next": two on
        days = -2 if skip_words[-1] == "last" else 2
        night = narrative.dct + dt.timedelta(days=days)
        return Resolution("TIME", f"{night.isoformat()}TNI", mod, narrative.dct_value)
    if unit in ("morning", "afternoon", "evening", "night"):
        return part_of_day_resolution(m, narrative, det, unit, mod)
    if unit == "season" and _sports_season(m, narrative.text, det):
        unit = "year"  # "this season", "next season", "the end of the season": its year
    if unit in ("spring", "summer", "autumn", "fall", "winter", "season", "term", "moment"):
        return None
    if unit == "time":
        if (
            det in ("the", "that")
            and re.search(r"\bat\s+$", narrative.text[max(0, m.start() - 4) : m.start()], re.I)
            # ("at the time of the offence": the time of an event, not marked)
            and not re.match(r"\s{1,3}of\b", narrative.text[m.end() : m.end() + 5])
        ):
            return Resolution("DATE", "PAST_REF")
        return None
    if is_title_inside_sentence(narrative.text, m.start("unit"), m.end("unit")):
        return None  # "ABC's This Week": a capitalised unit inside a sentence is a name
    if unit == "year" and _YEAR_NAME_AFTER.match(narrative.text, m.end()):
        return None  # "the year-end review" (the year-end rule reads it), "the Year of the Pig"
    if det == "the" and unit == "week" and _HOLIDAY_AFTER.match(narrative.text, m.end()):
        return None  # "the week of Thanksgiving": the holiday's resolver reads it whole
    if narrative.text[m.start("unit")].isupper() and _AWARD_BEFORE.search(
        narrative.text, max(0, m.start() - 24), m.start()
    ):
        return None  # "Sportsperson of the Year", "Player of the Month": an award
    if (
        unit == "year"
        and det in ("the", "the fiscal")
        and re.match(r"\s{1,3}(?:ended|ending|ends|to)\b", narrative.text[m.end() : m.end() + 10])
    ):
        return Resolution("DURATION", "P1Y")  # "the year ended Sept. 30": a reporting period
    if unit == "hour":
        # "in the past hour", "within the next hour": an hour's stretch, like "the last 24 hours"
        return Resolution("DURATION", "PT1H") if words[-1] in _HOUR_STRETCH else None
    if (
        (unit in ("week", "month") and det in ("the past", "the last"))
        or (unit == "day" and det == "the past")
    ) and not (
        mod or m.group("ofyear") or m.group("skip") or _OF_AFTER.match(narrative.text, m.end())
    ):
        # "up 20% over the past week", "the last month has been hard": the stretch up to now
        return Resolution("DURATION", {"day": "P1D", "week": "P1W", "month": "P1M"}[unit])
    if unit == "decade" and det in ("the past", "the last") and not (mod or m.group("ofyear")):
        # "over the past decade": the ten years up to now, as the guide reads it (a calendar
        # decade would be "the 2000s")
        return Resolution("DURATION", "P1DE")
    if unit == "half" and "last" in words:
        return None  # "the last half of 1989" is the second half: the quarter rule reads it
    if (
        unit == "quarter"
        and det == "the"
        and narrative.dct is not None
        and re.match(r"the\s+rest\s+of", (m.group("pmod") or "").lower())
    ):
        # "suspended for the rest of the quarter": what is left of the current one (not the
        # last quarter reported, which "the quarter" alone is in an earnings story)
        point = narrative.dct_point.coarsen("quarter")
        return Resolution("DATE", point.value, mod, narrative.dct_value)
    if unit == "period":
        if not {"latest", "same", "comparable", "year-earlier"} & set(words):
            return None
        unit = "quarter"
    left = narrative.text[max(0, m.start() - 20) : m.start()].lower()
    within = (m.group("pmod") or "").lower().endswith("in") or (
        _WITHIN_BEFORE.search(left)
        and not _CLAUSE_AFTER.match(narrative.text, m.end())  # "wait for the day when"
        and not recurring_clause(narrative.text, m.start(), m.end())  # "every 30 minutes"
    )
    if det == "the" and unit in ("day", "week", "month", "year") and within:
        # "later in the day", "earlier in the year": the story's day or year.
        base = narrative.anchor_for(unit)
        far = m.start() - narrative.last_end > NEWS_DAY_REACH
        if unit == "day" and far and narrative.dct is not None:
            base = narrative.dct_point  # the story's date is paragraphs back: the news day
        if _SESSION_SUMMARY.search(left) and narrative.dct is not None:
            base = narrative.dct_point  # "For the day, the index rose": the news session
        earlier = (m.group("pmod") or "").lower().startswith("earlier")
        if earlier and base is not None and narrative.dct and base.start > narrative.dct:
            # "The series starts on January 12. Paine, fined earlier in the week, ...":
            # what is already over is not counted from a date still ahead
            base = narrative.dct_point
        if base is None:
            return Resolution("DATE", X_VALUES[unit], mod)
        return Resolution("DATE", base.coarsen(unit).value, mod, base.value)
    if det == "the" and unit == "month" and mod and narrative.dct:
        base = narrative.anchor_for("month") or narrative.dct_point
        if base.start < narrative.dct.replace(day=1) and (
            narrative.direction(m.start(), m.end()) == FUTURE
        ):
            # "sold crude in early April and expect a second tanker by the end of the month"
            # (written in May): a month still to come is not one already over
            base = narrative.dct_point
        point = base.coarsen("month")  # "the end of the month": the story's month
        return Resolution("DATE", point.value, mod, base.value)
    if det == "the" and unit in ("decade", "century") and not m.group("year"):
        told = _story_decade(m, narrative, unit)
        if told is not None:
            return Resolution("DATE", told.value, mod, told.value)
    if det in ("its", "their") or (
        det == "the" and unit in ("day", "month", "half") and not m.group("skip")
    ):
        return None
    shift = 0
    for word in words:
        shift = _DEICTIC_SHIFT.get(word, shift)
    narrative_relative = words[0] in ("the", "that") and any(
        w in ("following", "previous", "prior", "next", "preceding", "same", "that") for w in words
    )
    if det in ("that", "same", "following"):
        # ("the end of the same month": the prefix took the article)
        narrative_relative = True
    if unit in ("decade", "century") and words[-1] in ("next", "last", "past"):
        narrative_relative = False  # "the next century" is the one after today's
    skip = (m.group("skip") or "").lower()
    if skip:  # "the week after next", "the month before last": two steps from today
        if det != "the" or unit not in ("week", "weekend", "month", "year"):
            return None
        shift, narrative_relative = (2 if "after" in skip else -2), False
    if unit == "day" and not narrative_relative:
        return None  # "the day" alone is too vague; "the following day" narrates
    if m.group("year"):
        year = int(m.group("year"))
        granularity = UNIT_GRANULARITY.get(unit, "year")
        story = narrative.anchor_for(granularity)
        if "same" in words and story is not None and story.granularity == granularity:
            # "rose in December from the same month of 2020": December 2020
            moved = story.shift("year", year - story.start.year)
            return Resolution("DATE", moved.value, mod, story.value)
        anchor = Point.of(granularity, dt.date(year, 1, 1))
        return Resolution("DATE", anchor.value, mod)
    granularity = UNIT_GRANULARITY.get(unit)
    if granularity is None:
        return None
    if narrative_relative and unit == "quarter" and narrative.last_quarter is not None:
        base = narrative.last_quarter  # "the June quarter ... from the previous quarter"
    elif narrative_relative and (
        unit in ("decade", "century")
        and narrative.last_period is not None
        and narrative.last_period.granularity == granularity
    ):
        base = narrative.last_period  # "the 1960s ... the following decade"
    elif narrative_relative:
        base = narrative.anchor_for(granularity)
        # "resigned in the summer of 2014 and moved the same month": a month of that year;
        # "arrested in May 2012. The previous day ...": a day of that May
        # ("the next day or two" may count from today: only these words are the story's)
        told = (
            story_period_value(narrative, base, granularity)
            if {"same", "that", "previous", "prior", "preceding", "following"} & set(words)
            else None
        )
        if told is not None and granularity in ("day", "week", "month"):
            return Resolution("DATE", told, mod, narrative.last.value)
    elif unit == "quarter" and det in ("the", "the latest", "latest", "that", "the same"):
        # A quarter the story named first ("its fiscal first quarter") keeps its label.
        base = (
            narrative.last_quarter or _quarter_ended_on(m, narrative) or _story_quarter(narrative)
        )
        if base is None:
            return Resolution("DATE", "XXXX-QX", mod)
        return Resolution("DATE", base.value, mod, base.value)
    elif (
        unit in ("decade", "century")
        and det == "the"
        and narrative.last is not None
        and m.start() - narrative.last_end <= NEWS_DAY_REACH
    ):
        base = narrative.last  # "sessions in 1952 and 1953 ... by the end of the decade"
    else:
        base = narrative.dct_point
    if base is None:
        return Resolution("DATE", X_VALUES[granularity], mod)
    point = base.coarsen(granularity).shift(
        granularity if granularity != "weekend" else "week", shift
    )
    if unit == "week" and det in ("the",) and not narrative_relative and not skip:
        through = _TO_WEEKDAY.match(narrative.text, m.end())
        if through and narrative.dct is not None:
            # "stocks rose in the week to Friday": the week of the Friday just past
            weekday = WEEKDAYS[through.group("weekday").lower()]
            tense = narrative.direction(m.start(), through.end())
            day = weekday_date(weekday, narrative.dct, FUTURE if tense == FUTURE else PAST, None)
            week = Point.of("week", day)
            return Resolution("DATE", week.value, mod, narrative.dct_value)
        if _EVENT_AFTER.match(narrative.text, m.end()):
            # "the week after the attack": a week of that year, which one the text only implies
            return Resolution("DATE", f"{base.start.year:04d}-WXX", mod)
        point = base.coarsen("week")
    if unit == "weekend" and det in ("the", "this") and narrative.dct is not None and not skip:
        point = _nearest_weekend(narrative, m, det)
    if m.group("orso"):
        mod = "APPROX"
    # "up 0.9 percent from the previous quarter": a comparison, the story stays where it is
    compares = shift < 0 and _COMPARED_FROM.search(
        narrative.text, max(0, m.start() - 10), m.start()
    )
    return Resolution("DATE", point.value, mod, base.value, compares=bool(compares))


_TO_WEEKDAY = re.compile(
    rf"\s{{1,3}}(?:to|through|thru|ending|ended)\s{{1,3}}(?=(?-i:[A-Z]))(?P<weekday>{'|'.join(WEEKDAYS)})\b",
    re.I,
)


# "the quarter ended Sept. 30", "the quarter ending March 31, 1990": the period names
# its last day; "the quarter to September" its last month.
_ENDED_ON = re.compile(
    r"\s{1,3}(?:(?P<verb>ended|ending)|to)\s{1,3}"
    rf"(?P<month>(?=(?-i:[A-Z]))(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?)"
    r"(?:\s{1,3}(?P<day>3[01]|[12]\d|0?[1-9])(?!\d))?(?:,?\s{1,3}(?P<year>(?:19|20)\d\d)(?!\d))?"
    r"(?![\w/.-]\w)",
    re.I,
)


def _quarter_ended_on(m, narrative: Narrative) -> Point | None:
    """The calendar quarter of a three-month period named by its last day.

    A fiscal quarter ending in a month that does not end a calendar quarter (July 31)
    is given the calendar quarter holding most of it (its middle month): "the quarter
    ended July 31" is May to July, mostly the second quarter. The caller asks only when
    the story has named no quarter of its own before.
    """
    ended = _ENDED_ON.match(narrative.text, m.end())
    if ended is None:
        return None
    month = month_number(ended.group("month"))
    verb = (ended.group("verb") or "ended").lower()  # "the quarter to September" is over
    if ended.group("day"):
        day = int(ended.group("day"))
    elif verb == "ended":
        day = 1  # (only the month is named: whether it has come is what counts)
    else:
        return None
    if ended.group("year"):
        year = int(ended.group("year"))
    elif narrative.dct is not None:
        year = narrative.dct.year
        last_day = date_or_none(year, month, day)
        if last_day is None:
            return None
        # "ended" is over; "ending" is the nearest such day, either side of the DCT.
        if last_day > narrative.dct and (verb == "ended" or (last_day - narrative.dct).days > 182):
            year -= 1
        elif verb == "ending" and (narrative.dct - last_day).days > 182:
            year += 1
    else:
        return None
    if date_or_none(year, month, day) is None:
        return None
    middle = dt.date(year, month, 1) - dt.timedelta(days=1)
    return Point.of("quarter", middle)


def _nearest_weekend(narrative: Narrative, m, det: str) -> Point:
    """ "the weekend": the one just past, or the coming one when the verb is future;
    "this weekend" the coming one unless the verb is past ("the museum reopens this
    weekend" in a Thursday story)."""
    dct = narrative.dct
    this_week = Point("weekend", dct - dt.timedelta(days=dct.weekday()))
    if dct.weekday() >= 5:
        return this_week
    direction = narrative.direction(m.start(), m.end())
    if direction == FUTURE or (det == "this" and direction != PAST):
        return this_week
    return this_week.shift("week", -1)


def _story_quarter(narrative: Narrative) -> Point | None:
    """The quarter an earnings story is about: the last one it named, else the last ended."""
    if narrative.last_quarter is not None:
        return narrative.last_quarter
    if narrative.dct is None:
        return None
    return Point.of("quarter", narrative.dct).shift("quarter", -1)

"""Resolvers for counted offsets: "two years ago", "a year earlier", "days later".

"ago" counts from the DCT; "earlier/later" from the story's date. In earnings reports
"from $3 million a year ago" is the same quarter a year before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType

from .calendar import season_of, season_start
from .context import (
    Narrative,
    Resolution,
)
from .numbers import parse_number
from .resolve_common import (
    UNIT_GRANULARITY,
    X_VALUES,
    story_period_value,
)
from .resolve_durations import duration_value
from .tense import PAST, sentence_bounds
from .vocabulary import (
    PARTS_OF_DAY,
    QUANTITY_MODIFIERS,
    SEASONS,
)


def unit_word(word: str) -> str:
    word = word.lower().split()[-1]
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word not in ("hours",) else word.rstrip("s")


_AGO_DIRECTION = MappingProxyType(
    {
        "ago": -1,
        "earlier": -1,
        "before": -1,
        "back": -1,
        "since": -1,
        "later": 1,
        "after": 1,
        "hence": 1,
        "from now": 1,
        "from today": 1,
        "from tomorrow": 1,
        "today": 1,
        "tomorrow": 1,
    }
)


_DEEP_TIME_BEFORE = re.compile(
    r"(?:\b(?:about|around|some|nearly|roughly|approximately|more\s+than|over)\s+)?"
    r"\d[\d,.]*\s+(?:million|billion)\s+$",
    re.I,
)
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|dozen)s?)\s+$", re.I)


def resolve_ago(m, narrative: Narrative) -> Resolution | None:
    if m.group("season"):
        return _seasons_ago(m, narrative)
    unit = unit_word(m.group("unit"))
    if unit in ("millennia", "millenium", "millennium"):
        return None
    resolution = _counted(m, narrative, unit)
    part = PARTS_OF_DAY.get(unit)
    if part is None or resolution is None:
        return resolution
    if resolution.type != "DATE" or not _DAY_VALUE.match(resolution.value):
        return None  # "three evenings ago", "a morning earlier than planned": no day to name
    # "the night before", "two evenings later": that day's part, a time of day
    return replace(resolution, type="TIME", value=f"{resolution.value}T{part}")


_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$")


def _seasons_ago(m, narrative: Narrative) -> Resolution | None:
    """ "two summers ago": counted back from the last such season before the current one."""
    num = (m.group("num") or "").lower()
    count = 1 if num in ("a", "an", "one") else parse_number(num) if num else None
    if narrative.dct is None or not count or count != int(count) or count > 100:
        return None
    code = SEASONS[m.group("season").lower()]
    current = season_start(*season_of(narrative.dct))
    year = narrative.dct.year + 1
    while season_start(year, code) >= current:
        year -= 1
    year -= int(count) - 1
    mod = QUANTITY_MODIFIERS.get(re.sub(r"\s+", " ", (m.group("qmod") or "").lower()))
    return Resolution("DATE", f"{year:04d}-{code}", mod, narrative.dct_value)


def _counted(m, narrative: Narrative, unit: str) -> Resolution | None:
    direction_word = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = _AGO_DIRECTION[direction_word]
    num_text = (m.group("num") or "").lower()
    text = narrative.text
    clause_final = re.match(
        r"\s*(?:[.,;:!?)\"”'’]|$|and\b|but\b|when\b|as\b|in\b|on\b|at\b)", text[m.end() :]
    )
    if (
        direction_word == "since"
        and num_text == "the"
        and not m.group("unit").lower().endswith("s")
    ):
        # "in the decade since", "the year since the attack": how long, not a year back
        return Resolution("DURATION", duration_value(1, unit), end=m.end("unit"))
    if direction_word in ("before", "after", "since") and not clause_final:
        return None  # "a month after the deal": the duration resolver handles "a month".
    mod = QUANTITY_MODIFIERS.get(re.sub(r"\s+", " ", (m.group("qmod") or "").lower()))
    if num_text in ("the", "that", "this"):
        if unit != "day" and num_text != "the":
            return None
        if m.group("unit").lower().endswith("s"):
            return None  # "in the weeks since": a stretch of weeks, not one week back
        count: float | None = 1
    elif num_text in ("a", "an", "another"):
        count = 1
    elif not num_text:
        count = None
        if not m.group("unit").lower().endswith("s"):
            return None
        deep = _DEEP_TIME_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if deep and sign < 0 and direction_word == "ago":
            # "around 166 million years ago": long before any calendar
            return Resolution("DATE", "PAST_REF", mod, start=deep.start())
        if _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "166 million years": a count the number words do not read
    else:
        count = parse_number(num_text)
    if (
        count
        and direction_word in ("earlier", "later")
        and re.match(r"\s{1,3}than\b", text[m.end() :])
    ):  # "a year earlier than planned": by how much, a duration
        value = duration_value(count, unit)
        return Resolution("DURATION", value, mod, start=m.start(), end=m.end("unit"))
    granularity = UNIT_GRANULARITY.get(unit, "day")
    if unit in ("second", "minute", "hour"):
        story_day = narrative.anchor_for("day")
        narrated = direction_word in ("later", "earlier", "after", "before")
        if count is None and narrated and story_day is not None and story_day.granularity == "day":
            return Resolution("DATE", story_day.value, mod, story_day.value)  # "hours later"
        if count is None:
            return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        return Resolution(
            "DURATION",
            duration_value(count, unit),  # "half an hour ago": PT30M
            mod,
            start=m.start(),
            end=m.end("unit"),
        )
    if count is None or count != int(count):
        if direction_word in ("later", "after") and narrative.direction(m.start(), m.end()) == PAST:
            sign = -1  # "half a century later, still turned heads": later than then, still past
        return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    count = int(count)
    from_dct = direction_word in ("ago", "from now", "from today", "hence", "back")
    if direction_word.endswith(("today", "tomorrow")) and unit in ("day", "week", "fortnight"):
        # "a week from today", "a fortnight tomorrow": a day, counted from the DCT
        if narrative.dct is None:
            return Resolution("DATE", "XXXX-XX-XX", mod)
        days = count * {"day": 1, "week": 7, "fortnight": 14}[unit]
        days += direction_word.endswith("tomorrow")
        point = narrative.dct_point.shift("day", days)
        return Resolution("DATE", point.value, mod, narrative.dct_value)
    period = narrative.last_period
    if from_dct:
        base = narrative.dct_point
    elif (
        period is not None
        and period.granularity == granularity
        and (narrative.last is None or period.start <= narrative.last.start <= period.end)
    ):
        # "in the late 1980s ... a decade later": the 1990s (unless the story has since
        # moved out of that decade: "in the 1980s ... In 2005 ... a decade later")
        base = period
    else:
        base = narrative.anchor_for(granularity)
        # "In 2011 she moved to Berlin ... Three weeks later": only the story's period is known
        told = story_period_value(narrative, base, granularity) if granularity != "year" else None
        if told is not None:
            return Resolution("DATE", told, mod, narrative.last.value)
    story = narrative.last_quarter
    last = narrative.last
    if unit == "year" and count == 1 and story is not None and _comparison(text, m.start()):
        # Earnings reports: "from $3 million a year ago" is the same quarter last year.
        base, granularity = story, story.granularity
    elif (
        count == 1
        and unit in ("year", "week")
        and last is not None
        and last.granularity in (("month", "day") if unit == "year" else ("day",))
        and sentence_bounds(text, m.start(), m.end(), _SAME_SENTENCE)[0] <= narrative.last_end
        and _comparison(text, m.start())
    ):
        # "sales in April fell 80% from a year earlier": April of last year; "settled at $73
        # on Friday, down from $79 a week earlier": the Friday before
        base, granularity = last, last.granularity
    if base is None:
        return Resolution("DATE", X_VALUES.get(granularity, "XXXX"), mod)
    shift_unit = (
        "week" if unit == "fortnight" else granularity if granularity != "weekend" else "week"
    )
    steps = count * (2 if unit == "fortnight" else 1)
    if granularity in ("quarter", "half", "month", "day") and unit in ("year", "week"):
        shift_unit, steps = unit, count
    years = count * _YEARS_IN.get(unit, 0)
    if sign < 0 and years and years >= base.start.year:
        return Resolution("DATE", _before_christ(years, base.start.year), mod, base.value)
    today = _TODAY_AFTER.match(text, m.end()) if direction_word == "ago" else None
    if today and unit in ("year", "decade", "century", "month", "week", "fortnight"):
        # "a hundred years ago today", "a week ago tonight": that day, one span
        day = narrative.dct_point.shift(unit, -count)
        if today.group("word").lower() == "tonight":
            return Resolution("TIME", f"{day.value}TNI", mod, base.value, end=today.end())
        return Resolution("DATE", day.value, mod, base.value, end=today.end())
    same = _THIS_PERIOD_AFTER.match(text, m.end()) if from_dct and unit == "year" else None
    if same:
        # "two years ago this month": that month of the year two years back, one span
        point = base.shift("year", sign * steps).coarsen(same.group("unit").lower())
        return Resolution("DATE", point.value, mod, base.value, end=same.end())
    point = base.coarsen(granularity).shift(shift_unit, sign * steps)
    return Resolution("DATE", point.value, mod, base.value)


_TODAY_AFTER = re.compile(r"\s{1,3}(?P<word>today|tonight)(?![\w'’-])", re.I)
_THIS_PERIOD_AFTER = re.compile(r"\s{1,3}this\s{1,3}(?P<unit>month|week)(?![\w'’-])", re.I)


_SAME_SENTENCE = 200
_YEARS_IN = MappingProxyType({"year": 1, "decade": 10, "century": 100})
# Beyond this many years back a count is geology, not a calendar year.
_CALENDAR_REACH = 100_000


def _before_christ(years: int, base_year: int) -> str:
    """ "40,000 years ago" in 2013: about 38,000 BC, as precise as the round count.

    The BC year is rounded to a tenth of the count's own round unit ("10,000 years ago"
    in 2002 is BC8000, not BC7999).
    """
    if years > _CALENDAR_REACH:
        return "PAST_REF"
    zeros = len(str(years)) - len(str(years).rstrip("0"))
    precision = 10 ** max(0, zeros - 1)
    bc_year = round((years - base_year + 1) / precision) * precision
    return f"BC{max(bc_year, 1):04d}"


_COMPARISON = re.compile(
    r"(?:\bfrom|\bthan|\bwith|\bversus|\bvs\.?|\bagainst|\bover|share|cents|million|billion|"
    r"\d%?|\bnet|\bloss|\bprofit|\bearnings|\bincome|,|"
    r"\b(?:euros|dollars|pounds|yen|yuan|rupees|francs|crowns|kronor|pesos|rand))\s*$",
    re.I,
)


def _comparison(text: str, start: int) -> bool:
    return bool(_COMPARISON.search(text[max(0, start - 25) : start]))

"""Resolvers for expressions that count from the DCT or from the narrative's date.

"yesterday", "last week", "two years ago" and bare weekdays count from the DCT (the
moment of writing); "two days later", "the following year" and "a year earlier" count
from the date the story is at (``Narrative.anchor_for``).
"""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

from .calendar import Point
from .context import (
    Narrative,
    Resolution,
    is_title_inside_sentence,
    nearest_year,
    weekday_date,
)
from .numbers import parse_number
from .resolve_dates import day_number, month_number, point_mod
from .tense import FUTURE, PAST
from .vocabulary import MONTHS, PARTS_OF_DAY, QUANTITY_MODIFIERS, WEEKDAYS

_UNIT_GRANULARITY = MappingProxyType(
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
_X_VALUES = MappingProxyType(
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


def unit_word(word: str) -> str:
    word = word.lower().split()[-1]
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word not in ("hours",) else word.rstrip("s")


def _with_pod(value: str, pod: str | None) -> tuple[str, str]:
    if not pod:
        return "DATE", value
    return "TIME", f"{value}T{PARTS_OF_DAY[pod.lower()]}"


def resolve_weekday(m, narrative: Narrative) -> Resolution | None:
    weekday = WEEKDAYS[m.group("weekday").lower()]
    relation = (m.group("rel") or "").lower().replace("  ", " ")
    relation = re.sub(r"\s+", " ", relation)
    pod = m.group("pod")
    text = narrative.text
    after = text[m.end() : m.end() + 25]
    # "Sunday Times", "Monday Night Football": a weekday inside a name.
    if not pod and re.match(r"(?:['’]s)?\s{1,3}(?-i:[A-Z][a-z]+)", after):
        following = re.match(r"(?:['’]s)?\s{1,3}([A-Z][a-z]+)", after).group(1).lower()
        if (
            following
            not in (
                "january february march april may june july august september "
                "october november december jan feb mar apr jun jul aug sep sept "
                "oct nov dec"
            ).split()
        ):
            left = text[max(0, m.start() - 4) : m.start()].lower()
            if not left.endswith(("on ", "by ", "until ")):
                return None
    if relation in ("every", "each") or (m.group("plural") and not relation):
        if m.group("plural") and not relation:
            left = text[max(0, m.start() - 12) : m.start()].lower()
            if not re.search(r"\b(?:on|every|each|most|all|some)\s+$", left) and not pod:
                return None
        code = PARTS_OF_DAY[pod.lower().rstrip("s")] if pod else None
        return Resolution("SET", f"XXXX-WXX-{weekday + 1}" + (f"T{code}" if code else ""))
    mod = point_mod(m.group("pmod"))
    if narrative.dct is None:
        anchor = narrative.last_day
        if anchor is None or relation.startswith("the"):
            type_, value = _with_pod(f"XXXX-WXX-{weekday + 1}", pod and pod.rstrip("s"))
            return Resolution(type_, value, mod)
        base = anchor.start
    else:
        base = narrative.dct
    if relation.startswith("the "):
        # "the previous Friday" counts from the story's date, not from today.
        anchor_point = narrative.anchor_for("day") or Point("day", base)
        base = anchor_point.start
        relation = relation[4:]
    needs_tense = weekday != base.weekday() and relation in ("", "this")
    tense = narrative.direction(m.start(), m.end()) if needs_tense else 0
    if relation == "this" and tense not in (PAST, FUTURE):
        tense = FUTURE
    date = weekday_date(weekday, base, tense, relation or None)
    type_, value = _with_pod(date.isoformat(), pod and pod.rstrip("s"))
    return Resolution(type_, value, mod, base.isoformat())


def resolve_relative_day(m, narrative: Narrative) -> Resolution | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "overnight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "last night": -1,
        "tomorrow night": 1,
    }
    implied_pod = {
        "tonight": "NI",
        "overnight": "NI",
        "this morning": "MO",
        "this afternoon": "AF",
        "this evening": "EV",
        "last night": "NI",
        "tomorrow night": "NI",
    }
    pod = PARTS_OF_DAY[m.group("pod").lower()] if m.group("pod") else implied_pod.get(word)
    mod = point_mod(m.group("pmod"))
    left = narrative.text[max(0, m.start() - 12) : m.start()].lower()
    if word == "tomorrow" and re.search(r"\bof\s+$", left):
        return None  # "the people of tomorrow"
    if word == "today" and not pod and not mod:
        # "today's world", "the Europe of today": generic present rather than the date.
        left = narrative.text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\bof\s+$", left):
            return Resolution("DATE", "PRESENT_REF", anchor=narrative.dct_value)
    if narrative.dct is None:
        value = "XXXX-XX-XX" + (f"T{pod}" if pod else "")
        return Resolution("TIME" if pod else "DATE", value, mod)
    date = narrative.dct + dt.timedelta(days=offsets[word])
    value = date.isoformat() + (f"T{pod}" if pod else "")
    return Resolution("TIME" if pod else "DATE", value, mod, narrative.dct_value)


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
        "latest": -1,
    }
)


def resolve_deictic(m, narrative: Narrative) -> Resolution | None:
    det = re.sub(r"\s+", " ", m.group("det").lower())
    unit_text = re.sub(r"\s+", " ", m.group("unit").lower())
    unit = (
        "year"
        if unit_text == "fiscal year"
        else "quarter"
        if unit_text == "fiscal quarter"
        else unit_text
    )
    words = det.split()
    mod = point_mod(m.group("pmod"))
    if m.group("plural"):
        # "those days", "the past years": vague references, not one period.
        if det in ("these", "those") and unit == "day":
            return Resolution("DATE", "PAST_REF" if det == "those" else "PRESENT_REF")
        if det in ("past", "the past", "last", "the last", "recent", "the recent"):
            return Resolution("DATE", "PAST_REF")
        return None
    if unit in ("morning", "afternoon", "evening", "night"):
        return _part_of_day(m, narrative, det, unit, mod)
    if unit in ("spring", "summer", "autumn", "fall", "winter", "season", "term", "moment"):
        return None
    if unit == "time":
        if det in ("the", "that") and re.search(
            r"\bat\s+$", narrative.text[max(0, m.start() - 4) : m.start()]
        ):
            return Resolution("DATE", "PAST_REF")
        return None
    if is_title_inside_sentence(narrative.text, m.start("unit"), m.end("unit")):
        return None  # "ABC's This Week": a capitalised unit inside a sentence is a name
    if (
        unit == "year"
        and det in ("the", "the fiscal")
        and re.match(r"\s{1,3}(?:ended|ending|ends|to)\b", narrative.text[m.end() : m.end() + 10])
    ):
        return Resolution("DURATION", "P1Y")  # "the year ended Sept. 30": a reporting period
    if unit == "hour":
        return None
    if unit == "period":
        if not {"latest", "same", "comparable", "year-earlier"} & set(words):
            return None
        unit = "quarter"
    left = narrative.text[max(0, m.start() - 20) : m.start()].lower()
    within = (m.group("pmod") or "").lower().endswith("in") or re.search(r"\bduring\s+$", left)
    if det == "the" and unit in ("day", "week", "month", "year") and within:
        # "later in the day", "earlier in the year": the story's day or year.
        base = narrative.anchor_for(unit)
        if base is None:
            return Resolution("DATE", _X_VALUES[unit], mod)
        return Resolution("DATE", base.coarsen(unit).value, mod, base.value)
    if det == "the" and unit == "month" and mod and narrative.dct:
        base = narrative.anchor_for("month") or narrative.dct_point
        point = base.coarsen("month")  # "the end of the month": the story's month
        return Resolution("DATE", point.value, mod, base.value)
    if det in ("its", "their") or (det == "the" and unit in ("day", "month", "half")):
        return None
    shift = 0
    for word in words:
        shift = _DEICTIC_SHIFT.get(word, shift)
    narrative_relative = words[0] in ("the", "that") and any(
        w in ("following", "previous", "next", "preceding", "same", "that") for w in words
    )
    if det == "that":
        narrative_relative = True
    if unit == "day" and not narrative_relative:
        return None  # "the day" alone is too vague; "the following day" narrates
    if m.group("year"):
        year = int(m.group("year"))
        anchor = Point.of(_UNIT_GRANULARITY.get(unit, "year"), dt.date(year, 1, 1))
        return Resolution("DATE", anchor.value, mod)
    granularity = _UNIT_GRANULARITY.get(unit)
    if granularity is None:
        return None
    if narrative_relative:
        base = narrative.anchor_for(granularity)
    elif unit == "quarter" and det in ("the", "the latest", "latest", "that", "the same"):
        base = _story_quarter(narrative)
        if base is None:
            return Resolution("DATE", "XXXX-QX", mod)
        return Resolution("DATE", base.value, mod, base.value)
    else:
        base = narrative.dct_point
    if base is None:
        return Resolution("DATE", _X_VALUES[granularity], mod)
    point = base.coarsen(granularity).shift(
        granularity if granularity != "weekend" else "week", shift
    )
    if unit == "week" and det in ("the",) and not narrative_relative:
        point = base.coarsen("week")
    if unit == "weekend" and det in ("the", "this") and narrative.dct is not None:
        point = _nearest_weekend(narrative, m)
    if m.group("orso"):
        mod = "APPROX"
    return Resolution("DATE", point.value, mod, base.value)


def _nearest_weekend(narrative: Narrative, m) -> Point:
    """ "the weekend": the one just past, or the coming one when the verb is future."""
    dct = narrative.dct
    this_week = Point("weekend", dct - dt.timedelta(days=dct.weekday()))
    if dct.weekday() >= 5:
        return this_week
    if narrative.direction(m.start(), m.end()) == FUTURE:
        return this_week
    return this_week.shift("week", -1)


def _story_quarter(narrative: Narrative) -> Point | None:
    """The quarter an earnings story is about: the last one it named, else the last ended."""
    if narrative.last_quarter is not None:
        return narrative.last_quarter
    if narrative.dct is None:
        return None
    return Point.of("quarter", narrative.dct).shift("quarter", -1)


def _part_of_day(
    m, narrative: Narrative, det: str, unit: str, mod: str | None
) -> Resolution | None:
    code = PARTS_OF_DAY[unit]
    if det == "the" and re.match(r"\s{1,3}of\b", narrative.text[m.end() : m.end() + 5]):
        return None  # "the night of March 5": the date says which night
    if det in ("this",):
        base = narrative.dct
    elif det in ("last",) and unit in ("night", "evening"):
        base = narrative.dct - dt.timedelta(days=1) if narrative.dct else None
    elif det in ("the", "that", "the same"):
        anchor = narrative.anchor_for("day")
        base = anchor.start if anchor and anchor.granularity == "day" else None
        if base is None:
            return None
    elif det in ("the next", "the following"):
        anchor = narrative.anchor_for("day")
        if anchor is None:
            return None
        base = anchor.start + dt.timedelta(days=1)
    else:
        return None
    if base is None:
        return Resolution("TIME", f"XXXX-XX-XXT{code}", mod)
    return Resolution("TIME", f"{base.isoformat()}T{code}", mod, narrative.dct_value)


def resolve_part_of_day(m, narrative: Narrative) -> Resolution | None:
    pod = m.group("pod").lower()
    det = (m.group("det") or "").lower()
    mod = point_mod(m.group("pmod") or m.group("pmod2"))
    if det in ("each", "every") or (m.group("plural") and not det):
        if m.group("plural") and not det:
            return None
        return Resolution("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[pod]}")
    if pod == "overnight":
        base = narrative.dct
        if base is None:
            return Resolution("TIME", "XXXX-XX-XXTNI")
        return Resolution("TIME", f"{base.isoformat()}TNI", anchor=narrative.dct_value)
    if not det:
        if mod is None:
            return None
        det = "the"
    if pod == "daytime":
        return None
    if m.group("day"):
        day = _day_of(m.group("day"), m, narrative)
        code = PARTS_OF_DAY[pod]
        if day is None:
            return Resolution("TIME", f"XXXX-XX-XXT{code}", mod)
        return Resolution("TIME", f"{day.isoformat()}T{code}", mod, narrative.dct_value)
    return _part_of_day(m, narrative, det, pod, mod)


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
    }
)
_DURATION_CODES = MappingProxyType(
    {
        "second": "TS",
        "minute": "TM",
        "hour": "TH",
        "day": "D",
        "night": "D",
        "week": "W",
        "weekend": "WE",
        "fortnight": "W",
        "month": "M",
        "quarter": "Q",
        "year": "Y",
        "decade": "DE",
        "century": "CE",
        "millennium": "ML",
    }
)


def resolve_ago(m, narrative: Narrative) -> Resolution | None:
    unit = unit_word(m.group("unit"))
    if unit in ("millennia", "millenium", "millennium"):
        return None
    direction_word = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = _AGO_DIRECTION[direction_word]
    num_text = (m.group("num") or "").lower()
    text = narrative.text
    clause_final = re.match(
        r"\s*(?:[.,;:!?)\"”'’]|$|and\b|but\b|when\b|as\b|in\b|on\b|at\b)", text[m.end() :]
    )
    if direction_word in ("before", "after", "since") and not clause_final:
        return None  # "a month after the deal": the duration resolver handles "a month".
    mod = QUANTITY_MODIFIERS.get(re.sub(r"\s+", " ", (m.group("qmod") or "").lower()))
    if num_text in ("the", "that", "this"):
        if unit != "day" and num_text != "the":
            return None
        count: float | None = 1
    elif num_text in ("a", "an", "another"):
        count = 1
    elif not num_text:
        count = None
        if not m.group("unit").lower().endswith("s"):
            return None
    else:
        count = parse_number(num_text)
    granularity = _UNIT_GRANULARITY.get(unit, "day")
    if unit in ("second", "minute", "hour"):
        story_day = narrative.anchor_for("day")
        narrated = direction_word in ("later", "earlier", "after", "before")
        if count is None and narrated and story_day is not None and story_day.granularity == "day":
            return Resolution("DATE", story_day.value, mod, story_day.value)  # "hours later"
        if count is None:
            return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        code = _DURATION_CODES[unit]
        return Resolution(
            "DURATION", f"P{code[0]}{_fmt(count)}{code[1]}", mod, start=m.start(), end=m.end("unit")
        )
    if count is None or count != int(count):
        return Resolution("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    count = int(count)
    from_dct = direction_word in ("ago", "from now", "hence", "back")
    if from_dct:
        base = narrative.dct_point
    else:
        base = narrative.anchor_for(granularity)
    story = narrative.last_quarter
    if unit == "year" and count == 1 and story is not None and _comparison(text, m.start()):
        # Earnings reports: "from $3 million a year ago" is the same quarter last year.
        base, granularity = story, story.granularity
    if base is None:
        return Resolution("DATE", _X_VALUES.get(granularity, "XXXX"), mod)
    shift_unit = (
        "week" if unit == "fortnight" else granularity if granularity != "weekend" else "week"
    )
    steps = count * (2 if unit == "fortnight" else 1)
    if granularity in ("quarter", "half", "month") and unit == "year":
        shift_unit, steps = "year", count
    point = base.coarsen(granularity).shift(shift_unit, sign * steps)
    return Resolution("DATE", point.value, mod, base.value)


_COMPARISON = re.compile(
    r"(?:\bfrom|\bthan|\bwith|\bversus|\bvs\.?|\bagainst|\bover|share|cents|million|billion|"
    r"\d%?|\bnet|\bloss|\bprofit|\bearnings|\bincome|,)\s*$",
    re.I,
)


def _comparison(text: str, start: int) -> bool:
    return bool(_COMPARISON.search(text[max(0, start - 25) : start]))


def _fmt(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


def resolve_time(m, narrative: Narrative) -> Resolution | None:
    if m.group("named"):
        named = m.group("named").lower()
        clock = "12:00" if named in ("noon", "midday") else "24:00"
    elif m.group("o"):
        word = m.group("o").split()[0].lower()
        hour = int(word) if word.isdigit() else int(parse_number(word) or 0)
        clock = f"{hour:02d}:00"
    elif m.group("hour24") is not None:
        clock = f"{int(m.group('hour24')):02d}:{m.group('minute24')}"
    else:
        hour = int(m.group("hour")) % 12
        if m.group("ampm").lower().startswith("p"):
            hour += 12
        clock = f"{hour:02d}:{m.group('minute') or '00'}"
    mod = "APPROX" if m.group("qmod") else None
    day_text = m.group("date") or m.group("pdate") or m.group("fulldate")
    day = _day_of(day_text, m, narrative)
    if day is None:
        anchor = narrative.anchor_for("day")
        day = anchor.start if anchor is not None and anchor.granularity == "day" else None
    if day is None:
        return Resolution("TIME", f"XXXX-XX-XXT{clock}", mod)
    if clock == "24:00" and m.group("named") and m.group("named").lower() == "midnight":
        clock = "24:00"
    return Resolution("TIME", f"{day.isoformat()}T{clock}", mod, narrative.dct_value)


def _day_of(day_text: str | None, m, narrative: Narrative) -> dt.date | None:
    if not day_text:
        return None
    word = day_text.lower().split(",")[0].split()[0]
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if narrative.dct is None and (word in offsets or word in WEEKDAYS):
        return None
    if word in offsets:
        return narrative.dct + dt.timedelta(days=offsets[word])
    if word in WEEKDAYS and "," not in day_text and len(day_text.split()) == 1:
        tense = narrative.direction(m.start(), m.end())
        return weekday_date(WEEKDAYS[word], narrative.dct, tense, None)
    parts = re.findall(r"[A-Za-z]+\.?|\d+", day_text)
    months = [p for p in parts if p.lower().rstrip(".") in MONTHS]
    numbers = [p for p in parts if p.isdigit()]
    if not months or not numbers:
        return None
    month = month_number(months[0])
    day = day_number(numbers[0])
    if len(numbers) > 1:
        year = int(numbers[1])
    elif narrative.dct is None:
        return None
    else:
        year = nearest_year(month, day, narrative.dct, narrative.direction(m.start(), m.end()))
    try:
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        return None


_REFERENCE_VALUES = MappingProxyType(
    {
        "now": "PRESENT_REF",
        "right now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "presently": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF",
        "the present": "PRESENT_REF",
        "the present day": "PRESENT_REF",
        "recently": "PAST_REF",
        "lately": "PAST_REF",
        "the past": "PAST_REF",
        "the future": "FUTURE_REF",
        "soon": "FUTURE_REF",
        "the moment": "PRESENT_REF",
        "the time being": "PRESENT_REF",
        "a while": "PXX",
        "quite a while": "PXX",
        "some time": "PXX",
        "a long time": "PXX",
    }
)


def resolve_reference(m, narrative: Narrative) -> Resolution | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    text = narrative.text
    left = text[max(0, m.start() - 15) : m.start()].lower()
    right = text[m.end() : m.end() + 15].lower()
    soon_as_conjunction = re.search(r"\bas\s+$", left) or re.match(
        r"\s*(?:after|afterwards|thereafter)\b", right
    )
    if word == "soon" and soon_as_conjunction:
        return None  # "as soon as", "soon after the raid": not a future reference
    if word == "the moment" or word in ("previously", "formerly"):
        return None  # rarely a time reference in news: "the moment he arrived", "formerly X"
    if word == "the time being" and not re.search(r"\bfor\s+$", left):
        return None
    if word in _REFERENCE_VALUES:
        value = _REFERENCE_VALUES[word]
        if value == "PXX":
            return Resolution("DURATION", value)  # "for a while": an unknown length
        return Resolution("DATE", value, anchor=narrative.dct_value)
    if "recent" in word or word.startswith(("past", "the past")):
        return Resolution("DATE", "PAST_REF", anchor=narrative.dct_value)
    if (
        "future" in word
        or "ahead" in word
        or "to come" in word
        or "coming" in word
        or "next" in word
    ):
        return Resolution("DATE", "FUTURE_REF", anchor=narrative.dct_value)
    if "term" in word:
        return Resolution("DATE", "FUTURE_REF", anchor=narrative.dct_value)
    return Resolution("DATE", "PRESENT_REF", anchor=narrative.dct_value)


def resolve_financial(m, narrative: Narrative) -> Resolution | None:
    story = narrative.last_quarter
    if m.group("fyear"):
        number = (
            (story.start.month - 1) // 3 + 1 if story and story.granularity == "quarter" else None
        )
        year = m.group("fyear")
        return Resolution("DATE", f"{year}-Q{number}" if number else year)
    unit = (m.group("unit") or m.group("unit2") or "").lower()
    if not unit and m.group("det"):
        # "a year-earlier $4.5 million": the adjective alone is the expression.
        resolution = resolve_financial_core(m, narrative, story)
        return Resolution(
            resolution.type,
            resolution.value,
            resolution.mod,
            resolution.anchor,
            start=m.start("ago"),
        )
    return resolve_financial_core(m, narrative, story)


def resolve_financial_core(m, narrative: Narrative, story: Point | None) -> Resolution:
    unit = (m.group("unit") or m.group("unit2") or "").lower()
    if "nine months" in unit or "six months" in unit:
        return Resolution("DURATION", "P9M" if "nine" in unit else "P6M")
    if m.group("ordinal"):
        number = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m.group("ordinal").lower()]
        if narrative.dct is None:
            return Resolution("DATE", f"XXXX-Q{number}")
        year = (story.start.year if story else narrative.dct.year) - 1
        return Resolution("DATE", f"{year:04d}-Q{number}", anchor=narrative.dct_value)
    if unit in ("quarter", "period", "") or unit.startswith(("level", "result")):
        if story is not None:
            point = story.shift("year", -1)
            return Resolution("DATE", point.value, anchor=story.value)
        if narrative.dct is None:
            return Resolution("DATE", "XXXX")
        return Resolution("DATE", f"{narrative.dct.year - 1:04d}", anchor=narrative.dct_value)
    base = narrative.dct_point
    if base is None:
        return Resolution("DATE", "XXXX")
    granularity = {
        "month": "month",
        "week": "week",
        "year": "year",
        "half": "half",
        "time": "year",
    }.get(unit, "year")
    point = base.coarsen(granularity).shift("year", -1)
    return Resolution("DATE", point.value, anchor=base.value)

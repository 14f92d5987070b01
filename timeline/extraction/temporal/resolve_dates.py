"""Resolvers for calendar expressions: dates, months, years, decades, quarters, seasons.

Each resolver takes the regex match and the Narrative and returns a Resolution, or
None to reject the match (a false alarm such as "May" the verb or "Resolution 1973").
"""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

from .calendar import season_of
from .context import Narrative, Resolution, is_title_inside_sentence, nearest_year
from .numbers import year_from_words
from .tense import FUTURE, PAST
from .vocabulary import HOLIDAYS, MONTHS, ORDINAL_WORDS, SEASONS

_POINT_MODS = (
    (
        re.compile(r"early|earlier|the\s+(?:very\s+)?(?:beginning|start|dawn|first\s+days)", re.I),
        "START",
    ),
    (re.compile(r"mid|middle|the\s+(?:very\s+)?(?:middle|height)", re.I), "MID"),
    (re.compile(r"late|later|the\s+(?:very\s+)?(?:end|last\s+days)", re.I), "END"),
    (re.compile(r"the\s+turn", re.I), "APPROX"),
)
# Words right before a number that make it a label, not a year ("Resolution 1973").
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:resolution|resolutions|flight|no\.|number|nos?\.|room|route|article|articles|model|"
    r"page|pages|highway|road|bus|channel|chapter|section|paragraph|item|code|unit|apartment|"
    r"suite|box|platform|gate|bill|act|rule|form|version|windows|boeing|airbus|interstate|"
    r"level|grade|pin|zip|tel\.?|phone|fax|\$|€|£|#)\s*$",
    re.I,
)
_COUNT_NOUN_AFTER = re.compile(
    r"\s*(?:[-–]\s*)?(?:people|persons|men|women|children|troops|soldiers|fighters|"
    r"rebels|civilians|refugees|dead|killed|wounded|tons|tonnes|barrels|dollars|euros|"
    r"pounds|yen|shares|points|votes|seats|miles|kilometers|kilometres|km|meters|metres|feet|"
    r"acres|hectares|cases|jobs|employees|workers|units|cars|vehicles|homes|houses|hours|"
    r"cc|mhz|ghz|mw|kw|gallons|liters|litres|m\b|ft\b|kg\b)",
    re.I,
)
_TEMPORAL_LEFT = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|to|through|during|before|after|year|the year|a|an|the|"
    r"early|late|mid|around|between|and|for|circa|fiscal|spring|summer|autumn|fall|winter)"
    r"|[A-Z][a-z]+\.?|,)\s*$"
)


def point_mod(pmod: str | None) -> str | None:
    if not pmod:
        return None
    for pattern, mod in _POINT_MODS:
        if pattern.match(pmod):
            return mod
    return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int | None:
    word = word.lower()
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def year_number(word: str) -> int | None:
    if word[:1].isdigit():
        return int(word)
    return year_from_words(word)


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _mentioned_year(narrative: Narrative) -> int | None:
    """The year the text is talking about when a date lacks one: the DCT's, else the last."""
    if narrative.dct:
        return None
    return narrative.last_year


_PHOTO_CAPTION = re.compile(r"[\s,]{0,3}(?:file\s+)?(?:photo|picture|image)", re.I)


def _resolve_day(m, narrative: Narrative, month: int, day: int) -> Resolution | None:
    if m.group("year"):
        year = year_number(m.group("year"))
        if year is None:
            return None
        date = _date_or_none(year, month, day)
        # A caption's date ("in this August 30, 2010 file photo") starts no chronology.
        written = not _PHOTO_CAPTION.match(narrative.text, m.end())
        return Resolution("DATE", date.isoformat(), written=written) if date else None
    chronology = narrative.chronology_year(m.start(), month, day)
    if chronology is not None:
        date = _date_or_none(chronology, month, day)
        if date is None:
            return None
        anchor = narrative.written_day.value
        return Resolution("DATE", date.isoformat(), anchor=anchor, written=True)
    if narrative.dct is None:
        year = _mentioned_year(narrative)
        if year is None:
            return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}")
    else:
        tense, strong = narrative.tense(m.start(), m.end())
        year = nearest_year(month, day, narrative.dct, tense, strong=strong)
    date = _date_or_none(year, month, day)
    if date is None:
        return None
    return Resolution("DATE", date.isoformat(), anchor=narrative.dct_value)


def resolve_month_day(m, narrative: Narrative) -> Resolution | None:
    day = day_number(m.group("day"))
    month = month_number(m.group("month"))
    if day is None or not 1 <= day <= 31:
        return None
    resolution = _resolve_day(m, narrative, month, day)
    groups = m.groupdict()
    mod = point_mod(groups.get("pmod")) or ("APPROX" if groups.get("approx") else None)
    if resolution and mod:
        return Resolution(resolution.type, resolution.value, mod, resolution.anchor)
    return resolution


resolve_day_month = resolve_month_day


def resolve_month_year(m, narrative: Narrative) -> Resolution | None:
    month = month_number(m.group("month"))
    mod = point_mod(m.group("pmod"))
    if m.group("year"):
        year = year_number(m.group("year"))
        if year is None:
            return None
        return Resolution("DATE", f"{year:04d}-{month:02d}", mod)
    relation = m.group("relyear").split()[0].lower()
    base = (
        narrative.last_year
        if relation == "the"
        else (narrative.dct.year if narrative.dct else None)
    )
    if base is None:
        return Resolution("DATE", f"XXXX-{month:02d}", mod)
    shift = {"last": -1, "next": 1, "this": 0}.get(relation, 0)
    if relation == "the":
        shift = {"previous": -1, "following": 1}.get(m.group("relyear").split()[1].lower(), 0)
    return Resolution("DATE", f"{base + shift:04d}-{month:02d}", mod, narrative.dct_value)


_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(MONTHS)})\b", re.I)
_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|during|early|late|mid|last|next|this|before|after|"
    r"from|through|end|beginning|start|middle|between|and|or|to|each|every|coming|past)[\s-]*|-)$",
    re.I,
)


def resolve_month(m, narrative: Narrative) -> Resolution | None:
    word = m.group("month")
    month = month_number(word)
    text = narrative.text
    left = text[max(0, m.start("month") - 20) : m.start("month")]
    after = text[m.end() : m.end() + 30]
    # "April Glaspie", "June Carter": a capitalised word after a month is usually a name.
    if re.match(r"\s{1,3}(?-i:[A-Z][a-z])", after) and not _MONTH_AFTER.match(after):
        return None
    # "may", "march" are verbs; headline capitals make "May" too weak on its own.
    weak = word.isupper() or not (m.group("rel") or m.group("pmod") or _MAY_CONTEXT.search(left))
    if word.lower() in ("may", "march", "mar", "mar.") and weak:
        return None
    if word.isupper() and len(word) > 3 and not (m.group("rel") or _MAY_CONTEXT.search(left)):
        return None
    if re.match(r"\s{1,3}\d{1,2}(?:st|nd|rd|th)?\b", after):
        return None  # "this August 30, 2010": the month-day rule reads it whole
    mod = point_mod(m.group("pmod"))
    relation = (m.group("rel") or "").lower()
    if not relation and re.search(r"\bsince\s+$", left, re.I):
        relation = "past"  # "the most since April": a month already gone
    if narrative.dct is None:
        year = narrative.last_year
        if year is None:
            return Resolution("DATE", f"XXXX-{month:02d}", mod)
        return Resolution("DATE", f"{year:04d}-{month:02d}", mod)
    dct = narrative.dct
    chronology = None if relation else narrative.chronology_year(m.start(), month, None)
    if chronology is not None:
        return Resolution("DATE", f"{chronology:04d}-{month:02d}", mod, narrative.written_day.value)
    if relation == "past" and not m.group("rel"):
        year = dct.year if month <= dct.month else dct.year - 1
    elif relation in ("last", "past", "previous", "this past"):
        year = dct.year if month < dct.month else dct.year - 1
        if dct.month - month == 1:
            year -= (
                1  # the month just gone is "last month", so "last February" in March is a year ago
            )
    elif relation in ("next", "coming", "following", "this coming"):
        year = dct.year if month > dct.month else dct.year + 1
    elif relation == "this":
        year = dct.year
    else:
        tense, strong = narrative.tense(m.start(), m.end())
        year = nearest_year(month, None, dct, tense, strong=strong)
    return Resolution("DATE", f"{year:04d}-{month:02d}", mod, narrative.dct_value)


def resolve_numeric_date(m, narrative: Narrative) -> Resolution | None:
    if m.group("iy"):
        date = _date_or_none(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if date is None:
            return None
        if m.group("ih"):
            return Resolution("TIME", f"{date.isoformat()}T{m.group('ih')}:{m.group('imin')}")
        return Resolution("DATE", date.isoformat())
    if m.group("yy"):
        date = _date_or_none(int(m.group("yy")), int(m.group("ym")), int(m.group("yd")))
        return Resolution("DATE", date.isoformat()) if date else None
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if len(m.group("y")) == 2:
        year += 2000 if year < 50 else 1900
    as_dmy = _date_or_none(year, second, first)
    as_mdy = _date_or_none(year, first, second)
    if as_dmy and as_mdy and as_dmy != as_mdy:
        # Ambiguous 03/04/2016: take the reading closer to the DCT, else US month first.
        if narrative.dct and abs((as_dmy - narrative.dct).days) < abs(
            (as_mdy - narrative.dct).days
        ):
            return Resolution("DATE", as_dmy.isoformat())
        return Resolution("DATE", as_mdy.isoformat())
    date = as_dmy or as_mdy
    return Resolution("DATE", date.isoformat()) if date else None


def resolve_year(m, narrative: Narrative) -> Resolution | None:
    word = m.group("year")
    year = year_number(word)
    if year is None or year < 1000:
        return None
    text = narrative.text
    left = text[max(0, m.start() - 25) : m.start()]
    spelled = not word[:1].isdigit()
    if not m.group("fiscal") and not m.group("pmod"):
        if _NOT_A_YEAR_BEFORE.search(left) and not spelled:
            return None
        if _COUNT_NOUN_AFTER.match(text, m.end("year")):
            return None
        if spelled and not _TEMPORAL_LEFT.search(left):
            return None
        if not spelled and year < 1600 and not _TEMPORAL_LEFT.search(left):
            return None
        # A table cell or a list of figures is not a date.
        if re.search(r"\d[\d,.]*%?[ \t]+$", left) and not re.search(r"[-–]\s*$", left):
            return None
        following = text[m.end("year") : m.end("year") + 12]
        if re.match(r"[ \t]+\d+(?:[.,]\d+)?\s*%?", following):
            return None
        # "555-1990" is a phone number; "1990-1995" and "2003-04" are years.
        label = re.search(r"(?<![\d,.])(\d+)\s*[-–]\s*$", left)
        if label and len(label.group(1)) != 4:
            return None
    if narrative.dct and year > narrative.dct.year + 60:
        return None
    mod = point_mod(m.group("pmod"))
    after = (m.group("after") or "").lower()
    if after:
        later = any(w in after for w in ("beyond", "later", "after"))
        mod = "ON_OR_AFTER" if later else "ON_OR_BEFORE"
    return Resolution("DATE", f"{year:04d}", mod)


_DECADE_WORDS = MappingProxyType(
    {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }
)


def resolve_decade(m, narrative: Narrative) -> Resolution | None:
    mod = point_mod(m.group("pmod"))
    if m.group("digits"):
        return Resolution("DATE", f"{int(m.group('digits')) // 10:03d}X", mod)
    digit = int(m.group("short")) if m.group("short") else _DECADE_WORDS[m.group("word").lower()]
    century = 19
    if narrative.dct and digit * 10 + 1900 > narrative.dct.year:
        century = 19 if digit >= 2 else 20
    if digit < 2 and narrative.dct and narrative.dct.year >= 2000:
        century = 20
    return Resolution("DATE", f"{century}{digit}X", mod)


def resolve_century(m, narrative: Narrative) -> Resolution | None:
    ordinal = m.group("ordinal").lower()
    number = ORDINAL_WORDS.get(ordinal) or day_number(ordinal)
    if not number or number > 21:
        return None
    return Resolution("DATE", f"{number - 1:02d}XX", point_mod(m.group("pmod")))


def resolve_holiday(m, narrative: Narrative) -> Resolution | None:
    month, day = HOLIDAYS[re.sub(r"\s+", " ", m.group("holiday").lower())]
    if m.group("year"):
        return Resolution("DATE", f"{int(m.group('year')):04d}-{month:02d}-{day:02d}")
    if narrative.dct is None:
        return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}")
    year = nearest_year(month, day, narrative.dct, narrative.direction(m.start(), m.end()))
    return Resolution("DATE", f"{year:04d}-{month:02d}-{day:02d}", anchor=narrative.dct_value)


def resolve_ordinal_day(m, narrative: Narrative) -> Resolution | None:
    day = day_number(m.group("day"))
    base = (
        narrative.last
        if narrative.last and narrative.last.granularity in ("day", "month")
        else None
    )
    if base is None:
        return None
    date = _date_or_none(base.start.year, base.start.month, day)
    return Resolution("DATE", date.isoformat(), anchor=base.value) if date else None


_ORDINAL_QUARTER = MappingProxyType(
    {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "final": 4,
        "last": 4,
    }
)


def _reference_quarter_year(narrative: Narrative, quarter: int, tense: int) -> int | None:
    """Which year "the third quarter" is in: the DCT's, unless it has not begun yet."""
    if narrative.dct is None:
        return narrative.last_year
    current = (narrative.dct.month - 1) // 3 + 1
    if quarter > current and tense != FUTURE:
        return narrative.dct.year - 1
    return narrative.dct.year


def resolve_quarter(m, narrative: Narrative) -> Resolution | None:
    if m.group("q"):
        code = m.group("q").upper()
        year = int(m.group("qyear")) if m.group("qyear") else None
        if year is None:
            if narrative.dct is None:
                return Resolution("DATE", f"XXXX-{code}")
            year = narrative.dct.year
        return Resolution("DATE", f"{year:04d}-{code}")
    unit = m.group("unit").lower()
    number = _ORDINAL_QUARTER[m.group("ordinal").lower()]
    if unit == "half":
        if number > 2:
            number = 2 if m.group("ordinal").lower() in ("last", "final") else 0
        if not number or not (
            m.group("year") or m.group("pyear") or "fiscal" in m.group(0).lower()
        ):
            return None
    code = f"{'Q' if unit == 'quarter' else 'H'}{number}"
    year: int | None = None
    pyear = (m.group("pyear") or "").lower()
    if m.group("year") and m.group("year")[:1].isdigit():
        year = int(m.group("year"))
    elif pyear[:1].isdigit():
        year = int(pyear[:4])
    elif pyear and narrative.dct:
        year = narrative.dct.year + {"last": -1, "next": 1}.get(pyear.split()[0], 0)
    elif (m.group("det") or "").lower() in ("last", "next") and narrative.dct:
        year = narrative.dct.year + (-1 if m.group("det").lower() == "last" else 1)
    else:
        tense = narrative.direction(m.start(), m.end())
        year = _reference_quarter_year(
            narrative, number if unit == "quarter" else number * 2, tense
        )
    start = _quarter_span_start(m)
    if year is None:
        return Resolution("DATE", f"XXXX-{code}", start=start)
    return Resolution("DATE", f"{year:04d}-{code}", anchor=narrative.dct_value, start=start)


def _quarter_span_start(m) -> int | None:
    """TimeML keeps "the" in "the third quarter" but not in "a third-quarter loss"."""
    det = (m.group("det") or "").lower()
    if not det:
        return None
    hyphenated = "-" in m.group(0)[m.start("ordinal") - m.start() :].split()[0]
    if det == "the" and not hyphenated:
        return None
    for group in ("pyear", "adj", "ordinal"):
        if m.group(group):
            return m.start(group)
    return None


def resolve_year_end(m, narrative: Narrative) -> Resolution | None:
    mod = "APPROX" if m.group("approx") else "END"
    year = narrative.dct.year if narrative.dct else narrative.last_year
    if year is None:
        return Resolution("DATE", "XXXX", mod)
    return Resolution("DATE", f"{year:04d}", mod, narrative.dct_value)


def resolve_season(m, narrative: Narrative) -> Resolution | None:
    code = SEASONS[m.group("season").lower()]
    relation = (m.group("rel") or ("the" if m.group("the") else "")).lower()
    mod = point_mod(m.group("pmod"))
    if relation in ("every", "each"):
        return Resolution("SET", f"XXXX-{code}")
    if m.group("year"):
        year = year_number(m.group("year"))
        return Resolution("DATE", f"{year:04d}-{code}", mod) if year else None
    if not relation and not mod:
        return None
    text = narrative.text
    if is_title_inside_sentence(text, m.start("season"), m.end("season")):
        return None  # "the Winter Olympics", "The Summer Games"
    # "the fall of Tripoli" is an event, not autumn.
    if re.match(r"\s{1,3}of\b", text[m.end() : m.end() + 5]) or (
        code == "FA" and relation == "the"
    ):
        return None
    if narrative.dct is None:
        return Resolution("DATE", f"XXXX-{code}", mod)
    current_year, current_code = season_of(narrative.dct)
    order = ("WI", "SP", "SU", "FA")
    here = order.index(current_code)
    there = order.index(code)
    if relation in ("last", "past", "previous", "this past"):
        year = current_year if there < here else current_year - 1
    elif relation in ("next", "coming", "following", "this coming"):
        year = current_year if there > here else current_year + 1
    elif relation == "this":
        year = current_year if code == current_code else narrative.dct.year
    else:
        tense = narrative.direction(m.start(), m.end())
        year = current_year
        if tense == PAST and there > here:
            year -= 1
        elif tense == FUTURE and there < here:
            year += 1
    return Resolution("DATE", f"{year:04d}-{code}", mod, narrative.dct_value)

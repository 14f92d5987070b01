"""Resolvers for years, decades and centuries ("2011", "fiscal 1989", "the 1990s").

A bare four-digit number is a year unless it labels something ("Resolution 1973"),
counts something ("1990 people"), sits in a table or a phone number.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from .context import (
    Narrative,
    Resolution,
)
from .resolve_common import (
    THE_BEFORE,
    cut_year,
    day_number,
    point_mod,
    year_number,
)
from .vocabulary import (
    ORDINAL_WORDS,
)

# Words right before a number that make it a label, not a year ("Resolution 1973").
_LABELS = (
    r"(?:resolution|resolutions|flight|no\.|number|nos?\.|room|route|article|articles|model|"
    r"page|pages|highway|road|bus|channel|chapter|section|paragraph|item|code|unit|apartment|"
    r"suite|box|platform|gate|bill|act|rule|form|version|windows|boeing|airbus|interstate|"
    r"level|grade|pin|zip|tel\.?|phone|fax|\$|€|£|#|"
    # names with a year in them: "Agenda 2030", "Expo 2020", "Office 2019", "the Russell 2000",
    # "42 U.S.C. § 1983", "Directive 2001/29/EC", "the film 1917"
    r"agenda|vision|horizon|expo|euro|office|russell|directive|regulation|strategy|§|"
    r"u\.s\.c\.|film|movie|novel|album|song|"
    # a bill's number: "H.R. 2019", "S. 1990", "A.B. 2021"
    r"h\.\s?r\.|(?<![\w.])s\.|[as]\.b\.)"
)
# ... also in brackets ("(resolution) 1973") and further on in a list of labels
# ("Resolutions 1970 and 1973", "flights 1200, 1201 or 1202").
_NOT_A_YEAR_BEFORE = re.compile(
    rf"{_LABELS}(?:[)\]]|\s*\d{{1,5}}(?:\s*,\s*\d{{1,5}})*\s*(?:,|and|or|&))?\s*$", re.I
)


_COUNT_NOUN_AFTER = re.compile(
    r"\s*(?:[-–]\s*)?(?:people|persons|men|women|children|troops|soldiers|fighters|"
    r"rebels|civilians|refugees|dead|killed|wounded|tons|tonnes|barrels|dollars|euros|"
    r"pounds|yen|shares|points|votes|seats|miles|kilometers|kilometres|km|meters|metres|feet|"
    r"acres|hectares|cases|jobs|employees|workers|units|cars|vehicles|homes|houses|hours|"
    r"cc|mhz|ghz|mw|kw|gallons|liters|litres|m\b|ft\b|kg\b)",
    re.I,
)


_STREET_AFTER = re.compile(
    r"[ \t]+(?:block\b|(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,3}"
    r"(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Way|Court|Ct|"
    r"Square|Terrace|Parkway|Pkwy|Highway)\b)"
)


# A year before 1600 is rare in news: "between 1000 and 2000" is a count, "in 1066" a year.
_OLD_YEAR_LEFT = re.compile(
    r"\b(?:in|since|until|till|by|through|during|before|after|year|circa|early|late|mid|"
    r"around|AD|BC)\s*$",
    re.I,
)
_TEMPORAL_LEFT = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|to|through|during|before|after|year|the year|a|an|the|"
    r"early|late|mid|around|between|and|for|circa|fiscal|spring|summer|autumn|fall|winter)"
    r"|[A-Z][a-z]+\.?|,)\s*$"
)


def resolve_year(m, narrative: Narrative) -> Resolution | None:
    word = m.group("year")
    if m.group("bc"):  # "753 BC" (but "the 2021 B.C. wildfires" are British Columbia's)
        if narrative.dct is not None and abs(int(word) - narrative.dct.year) < 100:
            return Resolution("DATE", word, start=m.start("year"), end=m.end("year"))
        return Resolution("DATE", f"BC{int(word):04d}", point_mod(m.group("pmod")))
    if word[0] in "'’":  # "By '72"
        year = cut_year(word, narrative.dct)
        return Resolution("DATE", f"{year:04d}", point_mod(m.group("pmod"))) if year else None
    year = year_number(word)
    if year is not None and len(word) == 2:  # "FY18": the fiscal year 2018
        year += 2000 if year < 50 else 1900
    if year is None or year < 1000:
        return None
    text = narrative.text
    start = m.start()
    pmod = m.group("pmod")
    # "the end of the 1991 war": the year qualifies a noun, "the end of" belongs to that noun.
    if pmod and not m.group("fiscal") and THE_BEFORE.search(text, m.end("pmod"), m.start("year")):
        start, pmod = m.start("year"), None
    left = text[max(0, start - 25) : start]
    spelled = not word[:1].isdigit()
    if not m.group("fiscal") and not pmod:
        if _NOT_A_YEAR_BEFORE.search(text, max(0, start - 40), start) and not spelled:
            return None
        if _COUNT_NOUN_AFTER.match(text, m.end("year")) and not re.search(
            r"\b(?:of|in|since)\s{1,3}$", left
        ):
            return None  # "1918 killed" is a count (but "the Spanish flu of 1918 killed")
        if spelled and not _TEMPORAL_LEFT.search(left):
            return None
        if not spelled and year < 1600 and not _OLD_YEAR_LEFT.search(left):
            return None
        # A table cell or a list of figures is not a date.
        # (but "in 1986, 1990 and 1995" is a list of years)
        if (
            re.search(r"\d[\d,.]*%?[ \t]+$", left)
            and not re.search(r"[-–]\s*$", left)
            and not _YEAR_OF_A_LIST.search(left)
        ):
            return None
        following = text[m.end("year") : m.end("year") + 12]
        if re.match(r"[ \t]+\d+(?:[.,]\d+)?\s*%?", following):
            return None
        if re.match(r"[ \t]+[A-Z]{1,3}\d", following):
            return None  # "asteroid 2024 YR4", "comet 1996 B2": a designation
        if re.match(r"[-–]\d{3}(?!\d)", following):
            return None  # "1800-425-3800": a telephone number
        if _STREET_AFTER.match(text, m.end("year")) and not re.search(
            r"\b(?:in|since|by|until|during|from|before|after)\s+$", left, re.I
        ):
            return None  # "1600 Pennsylvania Avenue", "the 1900 block of Main St.": an address
        # "an M-1951 parka", "the SA-2000 system": a capital code before a hyphen names a model.
        if re.search(r"(?<![\w-])[A-Z]{1,4}-$", left):
            return None
        # "555-1990" is a phone number; "1990-1995" and "2003-04" are years.
        label = re.search(r"(?<![\d,.])(\d+)\s*[-–]\s*$", left)
        if label and len(label.group(1)) != 4:
            return None
    if narrative.dct and year > narrative.dct.year + 60 and not _FAR_YEAR_BEFORE.search(left):
        return None  # "2100 employees" (but "warming of 3.2C by 2100" is the year)
    mod = point_mod(pmod)
    after = (m.group("after") or "").lower()
    if after:
        later = any(w in after for w in ("beyond", "later", "after"))
        mod = "ON_OR_AFTER" if later else "ON_OR_BEFORE"
    return Resolution("DATE", f"{year:04d}", mod, start=start if start != m.start() else None)


_YEAR_OF_A_LIST = re.compile(r"(?<![\d,.])(?:1[6-9]|20)\d\d,[ \t]+$")
# A year far ahead is a year only after a word that asks for a time.
_FAR_YEAR_BEFORE = re.compile(
    r"\b(?:by|until|till|to|through|before|after|in|around|beyond|year|of|from|and)\s{1,3}$",
    re.I,
)


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


# "70s" without an apostrophe is a decade after "the" ("the late 80s") or in a list that
# began with a decade ("1950s, 60s and 70s", "the 70s and 80s"); not an age ("in his
# 70s", "in their 70s and 80s"), a temperature or a score ("scoring in the 90s").
_SHORT_DECADE_THE = re.compile(r"\bthe\s{1,3}(?:(?:early|mid|late)[\s-]{1,3})?$", re.I)
_SHORT_DECADE_LIST = re.compile(
    r"(?:\b(?:1\d|20)\d0|\bthe\s{1,3}(?:(?:early|mid|late)[\s-]{1,3})?[1-9]0)['’]?s\b"
    r"[\w\s,'’-]{0,20}$",
    re.I,
)
_MEASURE_BEFORE = re.compile(
    r"\b(?:highs?|lows?|temperatures?|degrees|thermometer|mercury|scor(?:e|es|ed|ing)|marks|"
    r"grades?|points|percent|aged?|speeds?|mph)\b|%",
    re.I,
)
_DEGREES_AFTER = re.compile(r"\s{0,2}(?:degrees|°|F\b|Fahrenheit|Celsius)")


def _short_decade(m, text: str) -> bool:
    start = m.start("short3")
    left = text[max(0, start - 30) : start]
    if not (_SHORT_DECADE_THE.search(left) or _SHORT_DECADE_LIST.search(left)):
        return False
    return not (
        _MEASURE_BEFORE.search(text, max(0, start - 40), start)
        or _DEGREES_AFTER.match(text, m.end())
    )


def resolve_decade(m, narrative: Narrative) -> Resolution | None:
    mod = point_mod(m.group("pmod"))
    if m.group("digits"):
        return Resolution("DATE", f"{int(m.group('digits')) // 10:03d}X", mod)
    if m.group("short3") and not _short_decade(m, narrative.text):
        return None
    short = m.group("short") or m.group("short2") or m.group("short3")
    digit = int(short) if short else _DECADE_WORDS[m.group("word").lower()]
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


def resolve_year_end(m, narrative: Narrative) -> Resolution | None:
    """ "year-end", "by month-end", "by mid-month": the end (middle) of the DCT's period."""
    mod = "APPROX" if m.group("approx") else "END" if m.group("unit") else "MID"
    unit = (m.group("unit") or m.group("midunit")).lower()
    year = narrative.dct.year if narrative.dct else narrative.last_year
    if year is None:
        return Resolution("DATE", "XXXX" if unit == "year" else "XXXX-XX", mod)
    if unit == "month":
        if narrative.dct is None:
            return Resolution("DATE", "XXXX-XX", mod)
        return Resolution("DATE", narrative.dct.strftime("%Y-%m"), mod, narrative.dct_value)
    return Resolution("DATE", f"{year:04d}", mod, narrative.dct_value)

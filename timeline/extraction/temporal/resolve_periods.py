"""Resolvers for parts of a year: quarters, halves, seasons and earnings-report periods."""

from __future__ import annotations

import re
from types import MappingProxyType

from .calendar import Point, season_of
from .context import (
    Narrative,
    Resolution,
    is_title_inside_sentence,
)
from .resolve_common import (
    CAPITALISED_AFTER,
    CLAUSE_END_AFTER,
    cut_year,
    point_mod,
    relative_year,
    released_figures,
    year_number,
)
from .tense import FUTURE, PAST, UNKNOWN, sentence_bounds
from .vocabulary import (
    SEASONS,
)

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


def _reference_quarter_year(m, narrative: Narrative, quarter: int, tense: int) -> int | None:
    """Which year "the third quarter" is in: the DCT's, unless it has not begun yet (a
    quarter's figures, "Q3 profit falls" in March, are of one already over)."""
    if narrative.dct is None:
        return narrative.last_year
    if tense == UNKNOWN and _RESULTS_WORD_AFTER.match(narrative.text, m.end()):
        tense = PAST
    current = (narrative.dct.month - 1) // 3 + 1
    if quarter > current and tense == PAST:
        return narrative.dct.year - 1
    if quarter < current - 1 and tense == FUTURE:
        # "will keep the cut until the end of the first quarter" in November (a quarter just
        # over is still this year's: "expects third-quarter earnings to fall" in October)
        return narrative.dct.year + 1
    return narrative.dct.year


# "first-half profit", "second-half results": a company's half year.
_RESULTS_AFTER = re.compile(
    r"[\s-]{1,3}(?:results|profits?|earnings|sales|revenues?|loss(?:es)?|net|output|growth|"
    r"GDP|figures|performance|dividends?|operating|pre-?tax|turnover)\b",
    re.I,
)


# "will reduce refining runs in the second half": a half year in a sentence about business,
# never in one about a match ("scored twice in the second half").
_BUSINESS_WORDS = re.compile(
    r"\b(?:profits?|earnings|sales|revenues?|output|production|growth|econom(?:y|ic)|demand|"
    r"prices|inflation|refining|exports|imports|investment|forecasts?|guidance|outlook|"
    r"percent|billion|million|trillion|shares|GDP|loans?|lending|deliveries|orders|index|"
    r"yuan|rupees|yen|euros|dollars|crore|deficit|surplus|inflows?|outflows?|spending)\b|%",
    re.I,
)
_SPORT_WORDS = re.compile(
    r"\b(?:goals?|scored|scoring|match|penalty|half-?time|striker|referee|touchdown|innings|"
    r"kick-?off|equali[sz]er|header|game|season|minutes?)\b",
    re.I,
)


_BRAND_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:In|For|By|During|The|Its|Since|Until|Through|And|Of|From|Than|"
    r"Over|After|Before|With)\b)[A-Z][a-z]+\s{1,3}$"
)


_RESULTS_WORD_AFTER = re.compile(
    r"\s{1,3}(?:profits?|results|earnings|sales|revenues?|loss(?:es)?|net|income|output|"
    r"growth|GDP|figures|deliveries|shipments)\b",
    re.I,
)


def _code_in_a_name(m, text: str, code: str) -> bool:
    """ "the Audi Q3", "Q3 Holdings", "(H2)", "the H2 fuel cell": a model or a formula.
    A half ("H2") needs a business word in its sentence, as "the second half" does."""
    start = m.start("q")
    if _RESULTS_WORD_AFTER.match(text, m.end()):
        return False  # "Midland Packaging Q3 profit falls": the company's quarter
    if _BRAND_BEFORE.search(text, max(0, start - 16), start) and start > 0:
        return True
    if CAPITALISED_AFTER.match(text, m.end()) or text[max(0, start - 1) : start] == "(":
        return True
    if code.startswith("H"):
        left, right = sentence_bounds(text, m.start(), m.end(), 200)
        return not _BUSINESS_WORDS.search(text, left, right)
    return False


# Words of a game played in quarters (basketball, American football, hockey's periods are not
# quarters): "With 1:12 left in the fourth quarter, the Nets led"
_GAME_WORDS = re.compile(
    r"\b(?:scored|scoring|touchdowns?|points|rebounds|field\s+goals?|free\s+throws?|"
    r"fouled|trailed|led|lead|quarterback|basket|dunk|layup|three-pointer|interception|"
    r"fumble|yards?|left\s+in|buzzer)\b",
    re.I,
)


def _game_quarter(m, text: str) -> bool:
    """ "the fourth quarter" of a game: no year, no fiscal word, game words and no business
    words around it."""
    if m.group("year") or m.group("pyear") or "fiscal" in m.group(0).lower():
        return False
    left, right = sentence_bounds(text, m.start(), m.end(), 200)
    sentence = text[left:right]
    return bool(_GAME_WORDS.search(sentence)) and not _BUSINESS_WORDS.search(sentence)


def _business_half(m, text: str) -> bool:
    if (m.group("det") or "").lower() != "the" or m.group("pmod"):
        return False
    if re.match(r"\s{1,3}of\b", text[m.end() : m.end() + 6]):
        return False  # "the last half of the '80s": a half of something else
    left, right = sentence_bounds(text, m.start(), m.end(), 200)
    sentence = text[left:right]
    return bool(_BUSINESS_WORDS.search(sentence)) and not _SPORT_WORDS.search(sentence)


def resolve_quarter(m, narrative: Narrative) -> Resolution | None:
    if m.group("q"):
        code = m.group("q").upper()
        if code[0].isdigit():
            code = code[1] + code[0]  # "2Q 2023", "1H FY2023"
        written = m.group("qyear") or m.group("qyear0") or m.group("qfy")  # "Q1 2017", "2012 Q4"
        if not written and _code_in_a_name(m, narrative.text, code):
            return None  # "the Audi Q3", "Q3 Holdings", "hydrogen (H2)": not a quarter
        year = int(written) if written else None
        if year is not None and year < 100:  # "Q3 FY19": the fiscal year 2019
            year += 2000 if year < 50 else 1900
        if year is None:
            if narrative.dct is None:
                return Resolution("DATE", f"XXXX-{code}")
            # "Q4 results beat forecasts" in March: the last Q4 ("H2" starts in Q3)
            number = int(code[1])
            first_quarter = number if code[0] == "Q" else number * 2 - 1
            tense = narrative.direction(m.start(), m.end())
            year = _reference_quarter_year(m, narrative, first_quarter, tense)
        return Resolution("DATE", f"{year:04d}-{code}")
    unit = m.group("unit").lower()
    number = _ORDINAL_QUARTER[m.group("ordinal").lower()]
    if unit == "half":
        if number > 2:
            number = 2 if m.group("ordinal").lower() in ("last", "final") else 0
        if not number or not (
            m.group("year")
            or m.group("pyear")
            or "fiscal" in m.group(0).lower()
            or _RESULTS_AFTER.match(narrative.text, m.end())
            or _business_half(m, narrative.text)
        ):
            return None  # "a first-half goal": a match has halves too
    code = f"{'Q' if unit == 'quarter' else 'H'}{number}"
    if unit == "quarter" and _game_quarter(m, narrative.text):
        return None  # "he scored in the fourth quarter": a period of the game
    year: int | None = None
    pyear = (m.group("pyear") or "").lower()
    # "the first quarter of next year", "the fourth quarter of last year"
    of_relation = {"last", "next", "this"} & set((m.group("yrel") or "").lower().split())
    if m.group("year") and m.group("year")[:1].isdigit():
        year = int(m.group("year"))
    elif of_relation and narrative.dct:
        year = narrative.dct.year + {"last": -1, "next": 1, "this": 0}[of_relation.pop()]
    elif pyear[:1].isdigit():
        year = int(pyear[:4])
    elif pyear and narrative.dct:
        year = narrative.dct.year + {"last": -1, "next": 1}.get(pyear.split()[0], 0)
    elif (m.group("det") or "").lower() in ("last", "next") and narrative.dct:
        year = narrative.dct.year + (-1 if m.group("det").lower() == "last" else 1)
    else:
        tense = narrative.direction(m.start(), m.end())
        if released_figures(narrative.text, m.start(), m.end()):
            tense = PAST  # "will report fourth-quarter results": a quarter already over
        elif tense == FUTURE and m.group("year"):
            tense = UNKNOWN  # "would fall from ... in the first half of the year": this year
        year = _reference_quarter_year(
            m, narrative, number if unit == "quarter" else number * 2 - 1, tense
        )
    start = None if m.group("pmod") else _quarter_span_start(m)
    mod = point_mod(m.group("pmod"))
    if year is None:
        return Resolution("DATE", f"XXXX-{code}", mod, start=start)
    return Resolution("DATE", f"{year:04d}-{code}", mod, narrative.dct_value, start=start)


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


_SEASON_PREPOSITIONS = "in|until|till|by|since|before|after|through"
_SEASON_KIND_AFTER = re.compile(r"\s{1,3}(?:solstice|equinox)\b", re.I)
_SEASON_PREPOSITION = re.compile(rf"\b(?:{_SEASON_PREPOSITIONS})\s{{1,3}}$", re.I)
# "available from the fall", "during the fall", "moved to the fall" (but "the fall of
# Tripoli" is an event, and so is "the fall in prices" or "the fall from power")
# ... or after another season that has one: "collected in spring and fall"
_SEASON_PAIR_BEFORE = re.compile(
    rf"\b(?:{_SEASON_PREPOSITIONS}|during)\s{{1,3}}(?:the\s{{1,3}})?"
    r"(?:spring|summer|autumn|fall|winter)\s{1,3}(?:and|or)\s{1,3}(?:the\s{1,3})?$",
    re.I,
)
_THE_FALL_PREPOSITION = re.compile(
    rf"\b(?:{_SEASON_PREPOSITIONS}|from|during|over|into|throughout|to)\s{{1,3}}$", re.I
)
_FALL_OF_SOMETHING = re.compile(r"\s{1,3}(?:of|in|from)\b(?!\s{1,3}\d)", re.I)
# How far back (characters) a year or season written in the story still sets a bare season's.
_SEASON_REACH = 200


def _story_season_year(narrative: Narrative, start: int) -> int | None:
    last = narrative.last
    if last is None or start - narrative.last_end > _SEASON_REACH:
        return None
    if last.granularity not in ("year", "season", "month", "quarter", "half"):
        return None
    return last.start.year


_STORY_RELATIONS = MappingProxyType(
    {"the following": 1, "following": 1, "the next": 1, "the previous": -1, "previous": -1}
)
_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def _season_after_story(story: Point, code: str, sign: int) -> int:
    """The year of the first season ``code`` after (sign 1) or before (-1) the story's point."""
    if story.granularity in ("year", "decade", "century"):
        # after 2011: spring 2012, winter 2011/12 (2012-WI); before 2011: winter 2010/11 too
        return story.start.year + (1 if sign > 0 else (0 if code == "WI" else -1))
    year, here = season_of(story.start)
    there = _SEASON_ORDER.index(code) - _SEASON_ORDER.index(here)
    if sign > 0:
        return year if there > 0 else year + 1
    return year if there < 0 else year - 1


def resolve_season(m, narrative: Narrative) -> Resolution | None:
    code = SEASONS[m.group("season").lower()]
    if narrative.text[m.start("season")].isupper() and CAPITALISED_AFTER.match(
        narrative.text, m.end()
    ):
        return None  # "the Winter Palace", "the Summer Games", "the Autumn Budget": a name
    relation = re.sub(r"\s+", " ", (m.group("rel") or ("the" if m.group("the") else "")).lower())
    mod = point_mod(m.group("pmod"))
    if _SEASON_KIND_AFTER.match(narrative.text, m.end()):
        return None  # "the summer solstice", "the winter equinox": a day of its own
    if relation in ("every", "each"):
        return Resolution("SET", f"XXXX-{code}")
    if m.group("year"):
        year = year_number(m.group("year"))
        if year and code == "WI" and m.group("split"):
            year += 1  # "the winter of 2017-18" is the one ending in 2018 (2018-WI)
        return Resolution("DATE", f"{year:04d}-{code}", mod) if year else None
    if m.group("relyear") or m.group("cutyear"):
        if m.group("cutyear"):
            year = cut_year(m.group("cutyear"), narrative.dct)  # "the summer of '69"
        else:
            year = relative_year(m.group("relyear"), narrative)
        value = f"{year:04d}-{code}" if year is not None else f"XXXX-{code}"
        return Resolution("DATE", value, mod, narrative.dct_value)
    text = narrative.text
    bare = not relation and not mod
    if (
        bare
        and not _SEASON_PREPOSITION.search(text, max(0, m.start() - 8), m.start())
        and not _SEASON_PAIR_BEFORE.search(text, max(0, m.start() - 36), m.start())
    ):
        return None  # "prices fall", "a spring offensive": a bare season needs "until autumn"
    if is_title_inside_sentence(text, m.start("season"), m.end("season")):
        return None  # "the Winter Olympics", "The Summer Games"
    # "the fall of Tripoli" is an event, not autumn.
    the_fall = m.group("season").lower() == "fall"
    if re.match(r"\s{1,3}of\b", text[m.end() : m.end() + 5]) or (
        the_fall and _FALL_OF_SOMETHING.match(text, m.end(), m.end() + 10)
    ):
        return None
    if (
        the_fall
        and relation == "the"
        and not _THE_FALL_PREPOSITION.search(text, max(0, m.start() - 12), m.start())
    ):
        return None  # "the fall of Tripoli"; but "reopen the library in the fall"
    if relation == "that":
        return _that_season(m, narrative, code, mod)
    if relation in _STORY_RELATIONS and narrative.last is not None:
        # "In 2011 she moved to Berlin ... the following spring": counted from the story
        year = _season_after_story(narrative.last, code, _STORY_RELATIONS[relation])
        return Resolution("DATE", f"{year:04d}-{code}", mod, narrative.last.value)
    if narrative.dct is None:
        return Resolution("DATE", f"XXXX-{code}", mod)
    relation = relation.removeprefix("the ")  # "the previous winter" with no story yet
    current_year, current_code = season_of(narrative.dct)
    here = _SEASON_ORDER.index(current_code)
    there = _SEASON_ORDER.index(code)
    if relation in ("last", "past", "previous", "this past"):
        year = current_year if there < here else current_year - 1
    elif relation in ("next", "coming", "following", "this coming"):
        year = current_year if there > here else current_year + 1
    elif relation == "this":
        year = current_year if code == current_code else narrative.dct.year
        if code == "WI" and code != current_code and narrative.dct.month >= 6:
            year += 1  # "this winter", said in summer or autumn: the one ending next year
    elif bare and (story_year := _story_season_year(narrative, m.start())) is not None:
        year = story_year  # "began in the summer of 2015 and lasted until autumn"
    else:
        tense = narrative.direction(m.start(), m.end())
        year = current_year
        if tense == PAST and there > here:
            year -= 1
        elif tense == FUTURE and there < here:
            year += 1
    return Resolution("DATE", f"{year:04d}-{code}", mod, narrative.dct_value)


def _that_season(m, narrative: Narrative, code: str, mod: str | None) -> Resolution | None:
    """ "She joined in 2004. That spring, ...": the season of the year the story is at.

    Only where "that" points ("That summer", "in that summer"), not where it joins a
    clause to a season used as a noun's modifier ("said that winter wheat ...").
    """
    text = narrative.text
    if (
        text[m.start()] != "T"
        and not _THE_FALL_PREPOSITION.search(text, max(0, m.start() - 12), m.start())
        and not CLAUSE_END_AFTER.match(text, m.end())
    ):
        return None
    last = narrative.last
    if last is None or last.granularity in ("decade", "century"):
        return Resolution("DATE", f"XXXX-{code}", mod)
    return Resolution("DATE", f"{last.start.year:04d}-{code}", mod, last.value)


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
    granularity = {
        "month": "month",
        "week": "week",
        "year": "year",
        "half": "half",
        "time": "year",
    }.get(unit, "year")
    base = narrative.dct_point
    last = narrative.last
    if last is not None and last.granularity == granularity and granularity != "year":
        base = last  # "grew 22% in March, on a low base of the year-ago month": March's
    if base is None:
        return Resolution("DATE", "XXXX")
    point = base.coarsen(granularity).shift("year", -1)
    return Resolution("DATE", point.value, anchor=base.value)

"""Resolvers for calendar dates: "December 30", "30/12/2016", "last December", holidays.

Each resolver takes the regex match and the Narrative and returns a Resolution, or
None to reject the match (a false alarm such as "May" the verb or "April Glaspie").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace
from types import MappingProxyType

from .calendar import Point, moving_holiday, nth_weekday
from .context import (
    Narrative,
    Resolution,
    in_quoted_title,
    nearest_year,
)
from .resolve_common import (
    CLAUSE_END_AFTER,
    SINCE_BEFORE,
    THE_BEFORE,
    date_or_none,
    day_number,
    month_number,
    point_mod,
    relative_year,
    released_figures,
    year_number,
)
from .tense import FUTURE, HABITUAL_WORDS, PAST, cue_direction, sentence_bounds
from .vocabulary import (
    HOLIDAYS,
    MONTHS,
    MOVING_HOLIDAYS,
    PARTS_OF_DAY,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)


def _mentioned_year(narrative: Narrative) -> int | None:
    """The year the text is talking about when a date lacks one: the DCT's, else the last."""
    if narrative.dct:
        return None
    return narrative.last_year


_COMPARED = re.compile(r"\b(?:since|than)\s+$", re.I)
_PHOTO_CAPTION = re.compile(r"[\s,]{0,3}(?:file\s+)?(?:photo|picture|image)", re.I)


def _weekday_year(m, narrative: Narrative, month: int, day: int) -> Resolution | None:
    """ "Sunday, Aug. 9": the weekday says the year; the nearest year it fits, if any.

    Candidates are the story's year (a chronology) and the DCT's year and its
    neighbours; a weekday that fits none of them leaves the other rules to decide.
    """
    weekday = m.groupdict().get("weekday")
    if not weekday or narrative.dct is None:
        return None
    wanted = WEEKDAYS.get(weekday.lower().rstrip("."))
    if wanted is None:
        wanted = WEEKDAY_ABBREVIATIONS.get(weekday.lower().rstrip("."))
    if wanted is None:
        return None
    dct = narrative.dct
    fits = [
        date
        for year in (dct.year, dct.year - 1, dct.year + 1, narrative.last_year)
        if year is not None
        for date in [date_or_none(year, month, day)]
        if date is not None and date.weekday() == wanted
    ]
    if not fits:
        return None
    date = min(fits, key=lambda d: abs((d - dct).days))
    return Resolution("DATE", date.isoformat(), anchor=narrative.dct_value, written=True)


_RANGE_LINK = r"\s{0,3}(?:-|–|and|or|to|through|until|till)\s{0,3}"
_YEAR_AT_END = r",?\s{1,3}(?P<year>(?:1[6-9]|20)\d\d)(?![\d,.]\d|\w)"
_MONTH_WORD = rf"(?=(?-i:[A-Z]))(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?"
_SHARED_YEAR_AFTER_DAY = re.compile(
    rf"{_RANGE_LINK}(?:{_MONTH_WORD}\s{{1,3}})?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf"{_YEAR_AT_END}",
    re.I,
)
_SHARED_YEAR_AFTER_MONTH = re.compile(
    rf"\s{{1,3}}(?:and|or|to|through|until|till|-|–)\s{{1,3}}{_MONTH_WORD}(?:\s{{1,3}}of)?"
    rf"{_YEAR_AT_END}",
    re.I,
)


def _resolve_day(m, narrative: Narrative, month: int, day: int) -> Resolution | None:
    if m.group("relyear"):
        year = relative_year(m.group("relyear"), narrative)  # "March 31 next year"
        date = date_or_none(year, month, day) if year is not None else None
        return Resolution("DATE", date.isoformat(), anchor=narrative.dct_value) if date else None
    if m.group("year"):
        year = year_number(m.group("year"))
        if year is None:
            return None
        date = date_or_none(year, month, day)
        # A caption's date ("in this August 30, 2010 file photo") starts no chronology,
        # nor does a comparison's ("the highest since August 21, 2008").
        written = not _PHOTO_CAPTION.match(narrative.text, m.end()) and not _COMPARED.search(
            narrative.text, max(0, m.start() - 12), m.start()
        )
        return Resolution("DATE", date.isoformat(), written=written) if date else None
    shared = _SHARED_YEAR_AFTER_DAY.match(narrative.text, m.end())
    if shared:
        # "September 14 and 18, 2010", "Sept. 30 to Oct. 2, 2011": the year written once.
        date = date_or_none(int(shared.group("year")), month, day)
        return Resolution("DATE", date.isoformat(), written=True) if date else None
    named = _weekday_year(m, narrative, month, day)
    if named is not None:
        return named
    chronology = narrative.chronology_year(m.start(), month, day)
    if chronology is not None:
        date = date_or_none(chronology, month, day)
        if date is None:
            return None
        anchor = narrative.written_day.value
        return Resolution("DATE", date.isoformat(), anchor=anchor, written=True)
    event_year = _event_year(m, narrative)
    if event_year is not None:
        # "The 2019 Cricket World Cup starts on May 30", "The 2020 Olympics, which open on
        # July 24": the year of the event the sentence is about
        date = date_or_none(event_year, month, day)
        return Resolution("DATE", date.isoformat(), anchor=str(event_year)) if date else None
    if narrative.dct is None or every_year(narrative.text, m.start(), m.end()):
        # ("sites must be 90% full by Nov. 1 each year": any year's)
        year = None if narrative.dct else _mentioned_year(narrative)
        if year is None:
            return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}")
    elif SINCE_BEFORE.search(narrative.text, max(0, m.start() - 8), m.start()):
        # "unbeaten since January 3" in December: a start already gone, however near
        this_year = date_or_none(narrative.dct.year, month, day)
        year = narrative.dct.year - (this_year is None or this_year > narrative.dct)
    else:
        tense, strong = narrative.tense(m.start(), m.end())
        left = max(0, m.start() - 48)
        near = bool(_NEAR_FUTURE_VERB.search(narrative.text, left, m.start()))
        happened = tense == PAST and bool(_PAST_EVENT_ON.search(narrative.text, left, m.start()))
        year = nearest_year(
            month, day, narrative.dct, tense, strong=strong, near_future=near, happened=happened
        )
    date = date_or_none(year, month, day)
    if date is None:
        return None
    return Resolution("DATE", date.isoformat(), anchor=narrative.dct_value)


# A year naming an event: "The 2019 Cricket World Cup", "Euro 2020", "the 2026 World Cup"
# ... or a year ahead the sentence is about: "dates for 2018, beginning on March 2", "Next
# year's festival will run from May 14 to 25"
_EVENT_YEAR_ANYWHERE = re.compile(
    r"\b[Tt]he\s+(?P<year>(?:19|20)\d\d)\s+(?-i:[A-Z])[\w'’-]+|"
    r"\b(?-i:[A-Z])[\w'’-]+\s+(?P<year2>(?:19|20)\d\d)\b(?!\s*[-–/])|"
    r"\b(?:for|in|during|throughout)\s+(?P<year3>20\d\d)\b(?!\s*[-–/])|"
    r"\b(?P<next>[Nn]ext\s+year)(?:['’]s)?\b"
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _event_year(m, narrative: Narrative) -> int | None:
    """The year of a named event earlier in the sentence, when it lies ahead of today (a
    past event's year is left to the story's own rules)."""
    if narrative.dct is None:
        return None
    text = narrative.text
    left = sentence_bounds(text, m.start(), m.end(), 160)[0]
    matches = list(_EVENT_YEAR_ANYWHERE.finditer(text, left, m.start()))
    if not matches:
        return None
    found = matches[-1]
    written = found.group("year") or found.group("year2") or found.group("year3")
    year = int(written) if written else narrative.dct.year + 1
    if year <= narrative.dct.year or _ANY_YEAR.search(text, found.end(), m.start()):
        return None
    if in_quoted_title(text, found.start(), found.end(), numbers_inside=True):
        return None  # "Blade Runner 2049" opened on October 6
    return year


def resolve_month_day(m, narrative: Narrative) -> Resolution | None:
    if (
        m.re.groupindex.get("day", 0) < m.re.groupindex.get("month", 0)
        and m.group("day").isalpha()
        and not re.search(r"\bof\s", narrative.text[m.end("day") : m.start("month")])
        and _NOUN_AFTER_MONTH.match(narrative.text, m.end())
    ):
        return None  # "the first December poll since 1923": the first poll held in December
    day = day_number(m.group("day"))
    month = month_number(m.group("month"))
    if day is None or not 1 <= day <= 31:
        return None
    resolution = _resolve_day(m, narrative, month, day)
    groups = m.groupdict()
    if resolution and groups.get("periodof") and resolution.value.count("-") == 2:
        unit = groups["periodof"].split()[-1].lower()  # "week" or "weekend"
        week = Point.of(unit, dt.date.fromisoformat(resolution.value))
        return Resolution("DATE", week.value, anchor=resolution.value)
    mod = point_mod(groups.get("pmod")) or ("APPROX" if groups.get("approx") else None)
    if resolution and mod:
        return Resolution(resolution.type, resolution.value, mod, resolution.anchor)
    frame = _PART_OF_DAY_OF.search(narrative.text, max(0, m.start() - 24), m.start())
    if resolution and frame and resolution.value.count("-") == 2:
        # "the night of January 30", "on the morning of July 21, 1969": that day's part
        code = PARTS_OF_DAY[frame.group("pod").lower()]
        return replace(
            resolution, type="TIME", value=f"{resolution.value}T{code}", start=frame.start()
        )
    return resolution


# A future verb governing the date right after it: "will be sentenced on Dec. 19", "the
# period expires on Dec. 31", "the deadline falls on Dec. 20"
_NEAR_FUTURE_VERB = re.compile(
    r"(?:\b(?:will|shall)\s+(?:[\w-]+\s+){0,3}|\b(?:expires?|falls|lapses|runs\s+out|"
    r"is\s+due|are\s+due)\s+)(?:on|by|until|at|from)?\s*$"
    # "Spring break is scheduled for the week of March 25" (in April): next year's
    r"|\b(?:is|are)\s+(?:scheduled|set|slated|planned)\s+(?:for|on)\s*$",
    re.I,
)
# A past verb right before "on" and the day is that day's own event: "died on January 10",
# "was arrested on Jan. 3", not a date ahead (but "extended to Nov. 20", "payable Dec. 7",
# "was scheduled on" are limits and plans).
_PAST_EVENT_ON = re.compile(
    r"\b(?!(?:expected|scheduled|planned|slated|postponed|delayed|extended|adjourned|deferred|"
    r"rescheduled|moved|set|due|needed|aimed|timed)\b)"
    r"(?:died|born|fell|struck|won|lost|met|held|began|left|came|went|took|fled|was\s+shot|"
    r"(?-i:[a-z]{2,}ed))\s+(?:\w+ly\s+)?(?:(?:out|off|up|down|back|away|over)\s+)?on\s+$",
    re.I,
)
_NOUN_AFTER_MONTH = re.compile(r"\s{1,3}(?-i:[a-z]{3,})(?<!\band)(?<!\bthe)")
_PART_OF_DAY_OF = re.compile(
    r"\bthe\s{1,3}(?P<pod>morning|afternoon|evening|night)\s{1,3}of\s{1,3}$", re.I
)
resolve_day_month = resolve_month_day


def _resolve_month_year(m, narrative: Narrative) -> Resolution | None:
    month = month_number(m.group("month"))
    mod = point_mod(m.group("pmod"))
    if m.group("year"):
        year = year_number(m.group("year"))
        if year is None:
            return None
        return Resolution("DATE", f"{year:04d}-{month:02d}", mod)
    year = relative_year(m.group("relyear"), narrative)
    if year is None:
        return Resolution("DATE", f"XXXX-{month:02d}", mod)
    return Resolution("DATE", f"{year:04d}-{month:02d}", mod, narrative.dct_value)


_HYPHENATED_NAME = re.compile(rf"-(?!(?:{'|'.join(MONTHS)})\b)[A-Za-z]", re.I)
_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(MONTHS)})\b", re.I)


_MAY_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|during|early|late|mid|last|next|this|before|after|"
    r"from|through|end|beginning|start|middle|between|and|or|to|each|every|coming|past)[\s-]*|-|"
    # a date fixed: "sentencing is set for May" (not "a blow for May": the name)
    r"\b(?:set|scheduled|rescheduled|planned|slated|due|expected|earmarked|booked|fixed|"
    r"called|pencil+ed\s+in)\s+for\s+|"
    # figures of a month: "consumer price figures for March are due"
    r"\b(?:figures|data|numbers|statistics|results|sales|payrolls|inflation)\s+for\s+)$",
    re.I,
)


# "the May elections", "the March deadline": a month naming when a thing happens.
_THE_BEFORE_MONTH = re.compile(r"(?:\b[Tt]he|\b\w+['’]s)\s{1,3}$")  # ("the Fed's March meeting")
_DATED_NOUN_AFTER = re.compile(
    r"\s{1,3}(?:elections?|polls?|vote|ballot|referendum|primary|primaries|summit|deadline|"
    r"meeting|talks|budget|figures|data|report|survey|issue|edition|session|sitting)\b"
)


# "March was the hottest on record", "March saw record exports": the month as a subject
# (only "March": "May was forced to ..." is as often the name)
_MONTH_AS_SUBJECT = re.compile(
    r"\s{1,3}(?:was|saw|has\s+been|had\s+been|brought|proved|is\s+(?:the|also|usually|"
    r"typically|traditionally))\b"
)


# Market reports name futures by their delivery month: "October crude", "the September
# contract", "for December delivery", "Brent crude for May"; the month is the current or a
# coming one.
_COMMODITIES = (
    r"crude|oil|Brent|WTI|gasoline|heating\s+oil|natural\s+gas|gas|gold|silver|copper|"
    r"platinum|wheat|corn|soybeans|sugar|coffee|cocoa|cotton|Treasury|T-bills?"
)
_CONTRACT_AFTER = re.compile(rf"\s{{1,3}}(?:contracts?|futures|delivery|options|{_COMMODITIES})\b")
# ... but "China's July crude imports" are a month's figures, not a contract
_MONTH_FIGURES_AFTER = re.compile(
    rf"\s{{1,3}}(?:(?:{_COMMODITIES})\s{{1,3}})?(?:imports|exports|output|production|shipments|"
    r"arrivals|sales|data|purchases|demand|consumption|stocks|inventories|throughput|runs|"
    r"loadings|deliveries|processing)\b",
    re.I,
)
_CONTRACT_BEFORE = re.compile(
    rf"\b(?:{_COMMODITIES}|futures|contracts?)\s{{1,3}}for\s{{1,3}}$", re.I
)


# "the June quarter" (Australian usage), "the April-June quarter", "the July-September
# quarter": the calendar quarter that ends with the last month named.
_MONTH_QUARTER = re.compile(
    rf"(?:\s?[-–/]\s?(?P<last>(?=(?-i:[A-Z]))(?:{'|'.join(MONTHS)})\.?))?\s{{1,3}}quarter\b",
    re.I,
)


def _month_quarter(m, narrative: Narrative, quarter, month: int) -> Resolution | None:
    last = month_number(quarter.group("last")) if quarter.group("last") else month
    number = (last - 1) // 3 + 1
    dct = narrative.dct
    year = dct.year if (number - 1) * 3 + 1 <= dct.month else dct.year - 1
    the = THE_BEFORE.search(narrative.text, max(0, m.start() - 5), m.start())
    start = the.start() if the else None
    return Resolution(
        "DATE", f"{year:04d}-Q{number}", None, dct.isoformat(), start=start, end=quarter.end()
    )


def _story_month(narrative: Narrative, month: int, relation: str) -> int | None:
    """The year of "the following October", "the previous March", "that September" after
    the story has named a time ("signed on April 29, 2019 ... the following October"):
    counted from that time, not from the DCT. None when no time was named."""
    last = narrative.last
    if relation not in ("the following", "the previous", "that") or last is None:
        return None
    if last.granularity in ("decade", "century"):
        return None
    year = last.start.year
    whole_year = last.granularity == "year"  # "In 2019 ... the following March": 2020
    if relation == "the following" and (whole_year or month <= last.start.month):
        year += 1
    elif relation == "the previous" and (whole_year or month >= last.start.month):
        year -= 1
    return year


_FINER_THAN_A_YEAR = frozenset(("day", "week", "weekend", "month", "season"))


def _sentence_year(m, narrative: Narrative, month: int) -> int | None:
    """The year of a bare month in a past sentence that has just named a time of an earlier
    year: "in the autumn of 2014, and the city appealed in December" is December 2014 (a
    month before the one named is the next year's: "in October 2014 ... in January")."""
    last = narrative.last
    if last is None or narrative.dct is None or last.granularity not in _FINER_THAN_A_YEAR:
        return None  # ("uprisings began late last year ... in January": no year told)
    if last.start.year >= narrative.dct.year or narrative.last_end > m.start():
        return None
    if sentence_bounds(narrative.text, m.start(), m.end(), 300)[0] > narrative.last_end:
        return None  # named in an earlier sentence
    if narrative.direction(m.start(), m.end()) != PAST:
        return None
    year = last.start.year
    return year + 1 if month < last.start.month else year


def _resolve_month(m, narrative: Narrative) -> Resolution | None:
    rel = m.group("rel")
    if (
        rel
        and rel.lower() == "that"
        and not (
            rel[0] == "T"
            or _PREPOSITION_BEFORE.search(narrative.text, max(0, m.start() - 8), m.start())
            or CLAUSE_END_AFTER.match(narrative.text, m.end())
        )
    ):
        # "said that September sales rose": a conjunction, not "that September"
        resolution = _month_resolution(m, narrative, None)
        return replace(resolution, start=m.start("month")) if resolution else None
    return _month_resolution(m, narrative, rel)


# What usually happens in a month names no one year ("prices usually rise in December").
_HABITUAL_BEFORE = re.compile(rf"\b(?:{HABITUAL_WORDS})\b[^.;,:]{{0,50}}$", re.I)
# A yearly habit in the clause: "every year", "each year", "annually".
_EVERY_YEAR = re.compile(
    r"\b(?:(?:every|each)\s{1,3}year|annually|yearly)\b(?!\s{1,3}(?:since|from)\b)", re.I
)
_EVERY_YEAR_REACH = 80


def every_year(text: str, start: int, end: int) -> bool:
    """Whether the clause of text[start:end] tells a yearly habit ("every year"), with no
    comma between them ("closed in March, and sales fall each year" tells two things)."""
    left, right = sentence_bounds(text, start, end, _EVERY_YEAR_REACH)
    for found in _EVERY_YEAR.finditer(text, left, right):
        between = text[found.end() : start] if found.end() <= start else text[end : found.start()]
        if "," not in between:
            return True
    return False


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|by|of|until|during|from)\s{1,3}$", re.I)


def _month_resolution(m, narrative: Narrative, rel: str | None) -> Resolution | None:
    word = m.group("month")
    month = month_number(word)
    text = narrative.text
    left = text[max(0, m.start("month") - 20) : m.start("month")]
    after = text[m.end() : m.end() + 30]
    # "April Glaspie", "June Carter": a capitalised word after a month is usually a name.
    if re.match(r"\s{1,3}(?-i:[A-Z][a-z])", after) and not _MONTH_AFTER.match(after):
        return None
    if len(word) <= 3 and _HYPHENATED_NAME.match(after):
        # "Mar-a-Lago", "Jan-Erik Olsen" (but "Jan-Feb" is two months, "October-loading
        # crude" a month)
        return None
    # "may", "march" are verbs; headline capitals make "May" too weak on its own.
    contract = (_CONTRACT_AFTER.match(after) or _CONTRACT_BEFORE.search(left)) and not (
        _MONTH_FIGURES_AFTER.match(after) or re.search(r"['’]s\s{1,3}$", left)
    )
    event = (_THE_BEFORE_MONTH.search(left) and _DATED_NOUN_AFTER.match(after)) or (
        word.lower() == "march" and _MONTH_AS_SUBJECT.match(after)
    )
    weak = word.isupper() or not (
        rel
        or m.group("pmod")
        or _MAY_CONTEXT.search(left)
        or contract
        or event
        or _MONTH_QUARTER.match(text, m.end())  # "in the March quarter"
    )
    if word.lower() in ("may", "march", "mar", "mar.") and weak:
        return None
    if word.isupper() and len(word) > 3 and not (rel or _MAY_CONTEXT.search(left)):
        return None
    if re.match(r"\s{1,3}\d{1,2}(?:st|nd|rd|th)?\b", after):
        return None  # "this August 30, 2010": the month-day rule reads it whole
    quarter = _MONTH_QUARTER.match(text, m.end())
    if quarter and not rel and not m.group("pmod") and narrative.dct is not None:
        return _month_quarter(m, narrative, quarter, month)
    mod = point_mod(m.group("pmod"))
    relation = (rel or "").lower()
    if not relation and (
        re.search(r"\bsince\s+$", left, re.I) or released_figures(text, m.start(), m.end())
    ):
        # "the most since April", "will publish December trade data": a month already gone
        relation = "past"
    shared = None if relation else _SHARED_YEAR_AFTER_MONTH.match(text, m.end())
    if shared:
        # "May and June 2011", "from March to May 1998": the year written once.
        return Resolution("DATE", f"{int(shared.group('year')):04d}-{month:02d}", mod)
    if not relation and not mod and contract:
        relation = "contract"  # "October crude rose": a futures contract's month is ahead
    if narrative.dct is None:
        year = narrative.last_year
        if year is None:
            return Resolution("DATE", f"XXXX-{month:02d}", mod)
        return Resolution("DATE", f"{year:04d}-{month:02d}", mod)
    if not relation and (
        _HABITUAL_BEFORE.search(text, max(0, m.start() - 70), m.start())
        or every_year(text, m.start(), m.end())
    ):
        # "the ice typically reaches its minimum in mid-September", "monsoon rains lash the
        # coast every year between June and September": any year's
        return Resolution("DATE", f"XXXX-{month:02d}", mod)
    story = _story_month(narrative, month, re.sub(r"\s+", " ", relation))
    if story is not None:
        return Resolution("DATE", f"{story:04d}-{month:02d}", mod, narrative.last.value)
    relation = relation.removeprefix("the ")  # "the following May" with no story yet
    dct = narrative.dct
    chronology = None if relation else narrative.chronology_year(m.start(), month, None)
    if chronology is not None:
        return Resolution("DATE", f"{chronology:04d}-{month:02d}", mod, narrative.written_day.value)
    told = None if relation else _sentence_year(m, narrative, month)
    if told is not None:
        return Resolution("DATE", f"{told:04d}-{month:02d}", mod, narrative.last.value)
    if relation == "past" and not rel:
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
    elif relation == "contract":
        year = dct.year if month >= dct.month else dct.year + 1
    else:
        tense, strong = narrative.tense(m.start(), m.end())
        year = nearest_year(month, None, dct, tense, strong=strong)
    # a delivery month names a contract, not the time the story is at: it does not move it
    contract_month = relation == "contract"
    return Resolution(
        "DATE", f"{year:04d}-{month:02d}", mod, narrative.dct_value, compares=contract_month
    )


def resolve_numeric_date(m, narrative: Narrative) -> Resolution | None:
    if m.group("iy"):
        date = date_or_none(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if date is None:
            return None
        if m.group("ih"):
            return Resolution("TIME", f"{date.isoformat()}T{m.group('ih')}:{m.group('imin')}")
        return Resolution("DATE", date.isoformat())
    if m.group("yy"):
        date = date_or_none(int(m.group("yy")), int(m.group("ym")), int(m.group("yd")))
        return Resolution("DATE", date.isoformat()) if date else None
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if len(m.group("y")) == 2:
        year += 2000 if year < 50 else 1900
    as_dmy = date_or_none(year, second, first)
    as_mdy = date_or_none(year, first, second)
    if as_dmy and as_mdy and as_dmy != as_mdy:
        # Ambiguous 03/04/2016: take the reading closer to the DCT, else US month first.
        if narrative.dct and abs((as_dmy - narrative.dct).days) < abs(
            (as_mdy - narrative.dct).days
        ):
            return Resolution("DATE", as_dmy.isoformat())
        return Resolution("DATE", as_mdy.isoformat())
    date = as_dmy or as_mdy
    return Resolution("DATE", date.isoformat()) if date else None


# "the Good Friday agreement", "a Thanksgiving turkey" name a thing, not the day.
_HOLIDAY_AS_NAME = re.compile(r"\s{1,3}(?:agreement|accord|deal|pact|peace|talks)\b", re.I)


_AMERICAN = re.compile(r"\b(?:America|American|Americans|U\.S\.|US|United\s+States)\b")


_OTHER_CALENDAR = re.compile(
    r"\b(?:Chinese|Lunar|Jewish|Persian|Iranian|Islamic|Hijri|Muslim|Tamil|Thai|Vietnamese|"
    r"Tibetan|Korean|Sikh|Bengali|Ethiopian|Orthodox)\s+$"
)


def resolve_holiday(m, narrative: Narrative) -> Resolution | None:
    relation = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    text = narrative.text
    if relation == "that" and not (
        m.group(0)[0] == "T"
        or _PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start())
        or CLAUSE_END_AFTER.match(text, m.end())
    ):
        # "said that Christmas sales rose": a conjunction, then the holiday
        resolution = _holiday(m, narrative, "")
        return replace(resolution, start=m.start("holiday")) if resolution else None
    return _holiday(m, narrative, relation)


def _holiday(m, narrative: Narrative, relation: str) -> Resolution | None:
    written = m.group("holiday")
    if written.isupper() and len(written) > 3:
        return None  # headline capitals ("MAY DAY RALLY"), as for month names
    name = re.sub(r"\s+", " ", written.lower()).replace("’", "'")
    if name == "good friday" and _HOLIDAY_AS_NAME.match(narrative.text, m.end()):
        return None
    if _PLACE_AFTER_HOLIDAY.match(narrative.text, m.end()) or _FATHER_BEFORE.search(
        narrative.text, max(0, m.start() - 8), m.start()
    ):
        return None  # "Easter Island", "Christmas Island", "Father Christmas": names
    if name.startswith("new year") and _OTHER_CALENDAR.search(
        narrative.text, max(0, m.start() - 12), m.start()
    ):
        return None  # "Chinese New Year", "the Jewish New Year": not 1 January
    if name == "independence day":
        before = narrative.text[max(0, m.start() - 80) : m.start()].rsplit(". ", 1)[-1]
        after = narrative.text[m.end() : m.end() + 80].split(". ", 1)[0]
        if not _AMERICAN.search(before) and not _AMERICAN.search(after):
            return Resolution("DATE", "XXXX-XX-XX")  # every country has one: which day?
    if name in HOLIDAYS:
        fixed = HOLIDAYS[name]

        def date_in(year: int) -> dt.date:
            return dt.date(year, *fixed)

    else:
        rule = MOVING_HOLIDAYS[name]

        def date_in(year: int) -> dt.date:
            return moving_holiday(rule, year)

    every = "XXXX-XX-XX" if name not in HOLIDAYS else f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}"
    if relation in ("every", "each"):
        return Resolution("SET", every)  # "every Christmas": each year's
    if m.group("year"):
        return Resolution("DATE", date_in(int(m.group("year"))).isoformat())
    if relation in ("that", "the following", "the previous"):
        story = _story_holiday(m, narrative, relation, date_in)
        if story is not None or relation != "that":
            return story
        relation = ""  # "Sales rose that Christmas" with no year named yet: the last one
    if narrative.dct is None:
        return Resolution("DATE", every)
    if m.group("relyear"):
        # "Christmas Day last year": that year's
        year = relative_year(m.group("relyear"), narrative)
        return Resolution("DATE", date_in(year).isoformat(), anchor=narrative.dct_value)
    dct = narrative.dct
    this_year = date_in(dct.year)
    direction = narrative.direction(m.start(), m.end())
    year = nearest_year(this_year.month, this_year.day, dct, direction)
    if relation in ("last", "this past"):
        year = dct.year if this_year < dct else dct.year - 1  # "last Easter": the one gone
    elif relation in ("next", "this coming"):
        year = dct.year if this_year > dct else dct.year + 1
    elif (
        direction == PAST
        and (this_year - dct).days > _HOLIDAY_AHEAD
        and cue_direction(narrative.text, m.start(), m.end())[1]
    ):
        # "he was in hospital at Easter" in March: a verb in the past names the last Easter
        # (close to the holiday the season may be under way: "as Easter week began")
        year = dct.year - 1
    if not relation and narrative.last is not None:
        # "It began on Nov. 9, 2020, and was over by Christmas": that year's Christmas
        told = _sentence_year(m, narrative, date_in(narrative.last.start.year).month)
        year = told if told is not None else year
    week_of = _WEEK_OF_BEFORE.search(narrative.text, max(0, m.start() - 20), m.start())
    if week_of and not relation:
        # "the week of Thanksgiving", "the week after Easter": that week, one expression
        shift = {"of": 0, "after": 1, "before": -1}[week_of.group("rel").lower()]
        week = Point.of("week", date_in(year)).shift("week", shift).value
        return Resolution("DATE", week, anchor=date_in(year).isoformat(), start=week_of.start())
    weekend = _HOLIDAY_WEEKEND.match(narrative.text, m.end())
    if weekend and not m.group("year"):
        return _holiday_weekend(m, narrative, date_in(year), weekend.end())
    week = _HOLIDAY_WEEK.match(narrative.text, m.end())
    if week and not m.group("year"):
        # "Thanksgiving week was the busiest on record": the week of the holiday
        day = date_in(year)
        article = _WEEKEND_ARTICLE.search(narrative.text, max(0, m.start() - 10), m.start())
        return Resolution(
            "DATE",
            Point.of("week", day).value,
            anchor=day.isoformat(),
            start=article.start() if article else None,
            end=week.end(),
        )
    period = _HOLIDAY_PERIOD.match(narrative.text, m.end())
    article = _PERIOD_ARTICLE.search(narrative.text, max(0, m.start() - 6), m.start())
    if period and article:
        # "the Christmas period", "the Easter holidays": one expression, named by its day
        value = date_in(year).isoformat()
        return Resolution("DATE", value, None, narrative.dct_value, article.start(), period.end())
    part = _PART_AFTER_HOLIDAY.match(narrative.text, m.end())
    if part and not m.group("year"):
        # "on Christmas night", "Easter morning": that part of the holiday
        code = PARTS_OF_DAY[part.group(1).lower()]
        value = f"{date_in(year).isoformat()}T{code}"
        return Resolution("TIME", value, anchor=narrative.dct_value, end=part.end())
    return Resolution("DATE", date_in(year).isoformat(), anchor=narrative.dct_value)


_PART_AFTER_HOLIDAY = re.compile(r"\s{1,3}(morning|afternoon|evening|night)\b", re.I)


def _story_holiday(m, narrative: Narrative, relation: str, date_in) -> Resolution | None:
    """ "They divorced in 2004. That Christmas ...; the following Christmas ...": the
    holiday counted from the time the story is at."""
    last = narrative.last
    if last is None or last.granularity in ("decade", "century"):
        return None
    year = last.start.year
    whole_year = last.granularity == "year"
    if relation == "the following" and (whole_year or date_in(year) <= last.start):
        year += 1
    elif relation == "the previous" and (whole_year or date_in(year) >= last.start):
        year -= 1
    return Resolution("DATE", date_in(year).isoformat(), anchor=last.value)


# "Easter Island", "A Christmas Carol"; "Christmas tree recycling", "Christmas cards": things
_PLACE_AFTER_HOLIDAY = re.compile(
    r"\s{1,3}(?:(?-i:Islands?|Carol)|(?-i:trees?|cards?|carols?|lights|decorations|puddings?|"
    r"crackers?|jumpers?|sweaters?|stockings?|ornaments?|wreaths?|baubles|eggs?|bunny|bonnets?))\b"
)
_FATHER_BEFORE = re.compile(r"\b(?-i:Father)\s{1,3}$")
_WEEK_OF_BEFORE = re.compile(r"\bthe\s{1,3}week\s{1,3}(?P<rel>of|after|before)\s{1,3}$", re.I)
# Days before a holiday from which a past verb no longer means this year's.
_HOLIDAY_AHEAD = 14
# "the Labor Day holiday weekend", "the long Thanksgiving weekend", "Easter weekend"
_HOLIDAY_WEEKEND = re.compile(r"(?:\s{1,3}holiday)?\s{1,3}weekend\b", re.I)
_HOLIDAY_WEEK = re.compile(r"(?:\s{1,3}holiday)?\s{1,3}week(?![\w-])", re.I)
_HOLIDAY_PERIOD = re.compile(r"\s{1,3}(?:period|holidays|holiday\s{1,3}season|break)\b", re.I)
_PERIOD_ARTICLE = re.compile(r"\bthe\s{1,3}$", re.I)
_WEEKEND_ARTICLE = re.compile(r"\bthe\s{1,3}(?:long\s{1,3})?$", re.I)


def _holiday_weekend(m, narrative: Narrative, day: dt.date, end: int) -> Resolution:
    """The weekend a holiday gives its name to: the one before a Monday holiday (Labor
    Day on 4 September 2006: the weekend of 2-3 September), else the one of its week."""
    if day.weekday() == 0:
        day -= dt.timedelta(days=2)
    article = _WEEKEND_ARTICLE.search(narrative.text, max(0, m.start() - 10), m.start())
    value = Point.of("weekend", day).value
    start = article.start() if article else None
    return Resolution("DATE", value, anchor=day.isoformat(), start=start, end=end)


_MONTH_SHIFT = MappingProxyType({"this": 0, "last": -1, "next": 1, "previous": -1, "following": 1})


def resolve_ordinal_day(m, narrative: Narrative) -> Resolution | None:
    day = day_number(m.group("day"))
    of_month = (m.group("ofmonth") or "").lower().split()
    if of_month:
        # "the 26th of last month" counts from today; "the 3rd of the following month"
        # from the story's month
        shift = _MONTH_SHIFT.get(of_month[-1], 0)
        base = narrative.dct_point if len(of_month) == 1 else narrative.anchor_for("month")
        if base is None:
            return None
        month = base.coarsen("month").shift("month", shift).start
        date = date_or_none(month.year, month.month, day)
        return Resolution("DATE", date.isoformat(), anchor=base.value) if date else None
    base = (
        narrative.last
        if narrative.last and narrative.last.granularity in ("day", "month")
        else None
    )
    if base is None:
        return _ordinal_day_from_dct(m, narrative, day)
    date = date_or_none(base.start.year, base.start.month, day)
    return Resolution("DATE", date.isoformat(), anchor=base.value) if date else None


def _ordinal_day_from_dct(m, narrative: Narrative, day: int) -> Resolution | None:
    """ "opens on the 25th" with no month named yet: the DCT's month, or the one the tense
    points to when that day of this month is on the wrong side of the DCT."""
    dct = narrative.dct
    if dct is None:
        return None
    direction, _strong = narrative.tense(m.start(), m.end())
    shift = (direction == FUTURE and day < dct.day) - (direction == PAST and day > dct.day)
    month = Point.of("month", dct).shift("month", shift).start
    date = date_or_none(month.year, month.month, day)
    return Resolution("DATE", date.isoformat(), anchor=narrative.dct_value) if date else None


_DAY_RANGE_BEFORE = re.compile(
    rf"(?=(?-i:[A-Z]))(?:{'|'.join(MONTHS)})\.?\s{{1,3}}(?P<first>\d{{1,2}})(?:st|nd|rd|th)?"
    r"\s{1,3}(?:to|through|until|till|and|or)\s{1,3}$",
    re.I,
)


_WORD_AFTER = re.compile(r"\s{1,3}([A-Za-z]+)")
_LINK_WORDS = frozenset(
    "in at on of and or to for with before after when while as by this next last".split()
)


def resolve_day_tail(m, narrative: Narrative) -> Resolution | None:
    """ "from August 10 to 15": the second day, in the month and year of the first."""
    before = _DAY_RANGE_BEFORE.search(narrative.text, max(0, m.start() - 24), m.start())
    last = narrative.last_day
    if before is None or last is None:
        return None
    day = int(m.group("day"))
    if last.start.day != int(before.group("first")) or day <= last.start.day:
        return None
    noun = _WORD_AFTER.match(narrative.text, m.end())
    if noun and noun.group(1).lower() not in _LINK_WORDS:
        return None  # "on May 5 and 10 people died": a count, not a day
    date = date_or_none(last.start.year, last.start.month, day)
    return Resolution("DATE", date.isoformat(), anchor=last.value) if date else None


_NTH_WEEK = MappingProxyType({"second": 2, "third": 3, "fourth": 4})
_NTH_DAY = MappingProxyType({"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1})


def _nth_of_month(resolve):
    """ "the second week of June": the ISO week holding the month's (7n - 3)th day; "the
    first Sunday in May", "the last Thursday of November": that day of the month."""

    @functools.wraps(resolve)
    def resolve_with_week(m, narrative: Narrative) -> Resolution | None:
        resolution = resolve(m, narrative)
        groups = m.groupdict()
        nth, nthday = groups.get("nthweek"), groups.get("nthday")
        if (
            not (nth or nthday)
            or resolution is None
            or not re.fullmatch(r"\d{4}-\d{2}", resolution.value)
        ):
            return resolution
        year, month = (int(part) for part in resolution.value.split("-"))
        if nthday:
            named = groups["nthwday"].lower()
            weekday = WEEKDAYS.get(named, 5)  # a weekend is counted by its Saturday
            day = nth_weekday(year, month, weekday, _NTH_DAY[nthday.lower()])
            if named == "weekend":
                return Resolution("DATE", Point.of("weekend", day).value, anchor=resolution.anchor)
            return Resolution("DATE", day.isoformat(), anchor=resolution.anchor)
        day = dt.date(year, month, 7 * _NTH_WEEK[nth.lower()] - 3)
        return Resolution("DATE", Point.of("week", day).value, anchor=resolution.anchor)

    return resolve_with_week


resolve_month = _nth_of_month(_resolve_month)
resolve_month_year = _nth_of_month(_resolve_month_year)

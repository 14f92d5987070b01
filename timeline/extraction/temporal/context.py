"""What a resolver knows while it normalises one match, and what it returns.

``Narrative`` carries the document creation time and the date the story is at (the
last absolute or resolved date mentioned): "two days later" and "the following year"
are resolved against it, "yesterday" and "two years ago" against the DCT. One
Narrative lives for one ``annotate`` call only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from types import MappingProxyType

from .calendar import Point
from .tense import FUTURE, PAST, cue_direction, direction

# An article or possessive just before an expression: a modifier of a noun may follow.
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)
_LIMIT_BEFORE = re.compile(
    r"\b(?:until|till|by|through)\s+(?:(?:early|mid|late|the\s+(?:end|middle|start|"
    r"beginning)\s+of)[\s-]+)?$",
    re.I,
)
_NOUN_AFTER = re.compile(r"\s+(?-i:[a-z]{3,})(?<!\bto)(?<!\band)(?<!\bor)")
# Characters after a written-out date within which a year-less date continues its year.
_CHRONOLOGY_REACH = 400
_UNIT_RANK = MappingProxyType(
    {
        "day": 0,
        "weekend": 1,
        "week": 1,
        "month": 2,
        "season": 3,
        "quarter": 3,
        "half": 4,
        "year": 5,
        "decade": 6,
        "century": 7,
    }
)


# A weekday a declaration makes into a day of something: "declared Friday a day of
# mourning", "named Monday as a public holiday" (not "declared Friday that ...": the day of
# the declaration).
_DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|designated|proclaimed|named)\s+$", re.I)
_DAY_NAMED_AFTER = re.compile(
    r"\s{1,3}(?:as\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:day|holiday)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolver's verdict: the TIMEX3 attributes, optionally a narrower span."""

    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    start: int | None = None
    end: int | None = None
    # The text wrote the date out in full (with its year): a chronology can build on it.
    written: bool = False
    # A comparison ("from the previous quarter") looks back without moving the story.
    compares: bool = False


# How far back (characters) the story's last date still sets the day that "earlier in the
# day" or a bare clock time ("at 9 p.m.") belongs to; beyond it, the news day (the DCT).
NEWS_DAY_REACH = 800


@dataclass(slots=True)
class Narrative:
    text: str
    dct: dt.date | None
    last: Point | None = None
    last_day: Point | None = None
    last_year: int | None = field(default=None)
    last_quarter: Point | None = None
    # The decade or century named last: "the 1960s ... the following decade" counts from it
    # (it does not move the story, whose point stays a year, month or day).
    last_period: Point | None = None
    written_day: Point | None = None
    written_end: int = -1
    # Where in the text the story's reference point was last moved.
    last_end: int = -1
    # Where the story's day (``last_day``) was last named.
    last_day_end: int = -1
    last_day_start: int = -1
    # The day and hour of the last clock time or night, and where it ended: "at 11 p.m.
    # on Saturday ... at 12:40 a.m." has crossed midnight.
    last_clock: tuple[dt.date, int, int] | None = None
    # The last day that dated a happening rather than a saying ("burst late on Saturday,
    # ... said on Sunday"), and where it ended; and where the last saying's day ended.
    event_day: Point | None = None
    event_day_end: int = -1
    saying_day_end: int = -1

    @property
    def dct_point(self) -> Point | None:
        return Point("day", self.dct) if self.dct else None

    @property
    def dct_value(self) -> str | None:
        return self.dct.isoformat() if self.dct else None

    def direction(self, start: int, end: int) -> int:
        return direction(self.text, start, end)

    def weekday_direction(self, start: int, end: int, weekday: int, base: dt.date) -> int:
        """Which way a bare weekday points; a limit with no tense cue takes the nearer one.

        "bans on gatherings until Wednesday" in a Monday story is two days on; with a verb
        the verb decides ("fighting went on until Friday" is last Friday).
        """
        if _DECLARED_BEFORE.search(self.text, max(0, start - 24), start) and _DAY_NAMED_AFTER.match(
            self.text, end
        ):
            return FUTURE  # "has declared Friday a national day of mourning": a day set ahead
        found = direction(self.text, start, end)
        if found == 0 and _LIMIT_BEFORE.search(self.text, max(0, start - 28), start):
            return FUTURE if (weekday - base.weekday()) % 7 <= 3 else PAST
        return found

    def tense(self, start: int, end: int) -> tuple[int, bool]:
        """(direction, strong) of the clause around text[start:end].

        A date used as a modifier ("the Nov. 28 poll", "the February start") is not
        governed by the clause's verb: its direction is unknown.
        """
        if DETERMINER_BEFORE.search(self.text, max(0, start - 8), start) and _NOUN_AFTER.match(
            self.text, end
        ):
            return 0, False
        direction, strong = cue_direction(self.text, start, end)
        # A limit is ahead of the event it bounds: "postponed until September" is not
        # pushed back by the past tense (but "will double by August" is still forward).
        if direction == PAST and _LIMIT_BEFORE.search(self.text, max(0, start - 28), start):
            return 0, False
        return direction, strong

    def remember(self, point: Point) -> None:
        """Move the story's reference point to a date just mentioned."""
        self.last = point
        if point.granularity in ("quarter", "half"):
            self.last_quarter = point
        if point.granularity == "day":
            self.last_day = point
        self.last_year = point.start.year

    def remember_written(self, point: Point, end: int) -> None:
        """A full date with its year: later year-less dates nearby may continue it."""
        self.written_day = point
        self.written_end = end

    def chronology_year(self, start: int, month: int, day: int | None) -> int | None:
        """The year a year-less date takes from a full date written just before it.

        Chronologies and narratives of other years ("Feb. 15, 2011 - protests ...
        Feb. 24 - militias ...") continue the year last written out; a date well
        before that one is read as the next year's.
        """
        written = self.written_day
        if written is None or self.dct is None or start - self.written_end > _CHRONOLOGY_REACH:
            return None
        if written.start.year == self.dct.year or self.last_year != written.start.year:
            return None  # the story is in the DCT's year, or has moved on since
        if written.start > self.dct:
            return None  # "to be sentenced on Jan. 9, 2019 ... a hearing on Aug. 14": no
            # chronology runs ahead of the news
        year = written.start.year
        try:
            candidate = dt.date(year, month, day or 1)
        except ValueError:
            return None
        latest = self.last.start if self.last is not None else written.start
        if (latest - candidate).days > 60:
            year += 1  # "Dec. 20 - ... Jan. 5 - ...": the chronology turned the year
        return year

    def anchor_for(self, unit: str) -> Point | None:
        """The narrative point to count ``unit``s from: fine enough, else the DCT."""
        rank = _UNIT_RANK.get(unit, 0)
        if self.last is not None and _UNIT_RANK[self.last.granularity] <= rank:
            return self.last
        if self.last_day is not None:
            return self.last_day
        return self.dct_point


def nearest_year(
    month: int,
    day: int | None,
    dct: dt.date,
    tense: int,
    same_month_is_now: bool = True,
    strong: bool = True,
    near_future: bool = False,
    happened: bool = False,
) -> int:
    """The year that puts month/day closest to the DCT, leaning the way the verb points.

    A date in the direction the tense points costs its distance; one in the other
    direction costs four times as much (a month twelve times: "in April, X said" is last
    April), twice when the cue is weak (after the expression), and a future date costs
    twice as much when the tense is unknown, since news mostly reports the past.
    """
    best_year, best_cost = dct.year, None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidate = dt.date(year, month, day or 15)
        except ValueError:
            candidate = dt.date(year, month, 28)
        if day is None and same_month_is_now and (year, month) == (dct.year, dct.month):
            return year
        distance = (candidate - dct).days
        if distance == 0:
            return year
        if not strong:
            tense = 0  # a cue after the expression, in another clause, says too little
        wrong_way = (tense == PAST and distance > 0) or (tense == FUTURE and distance < 0)
        if tense == FUTURE and day is None and (year, month) < (dct.year, dct.month):
            continue  # "the plant will close in February", written in March: next February
        # A month named against the tense is a year away, rarely meant: "in April, X said".
        # (a day gone in a future clause is rarer than one ahead in a past clause, which a
        # late DCT or a report of plans can make: "will be sentenced on Dec. 19" in February)
        # ("died on January 3" in a December story is last January: ``happened``)
        day_factor = (
            (40.0 if near_future else 12.0) if tense == FUTURE else (60.0 if happened else 6.0)
        )
        factor = ((day_factor if day else 12.0) if strong else 2.0) if wrong_way else 1.0
        if tense not in (PAST, FUTURE) and distance > 0:
            factor = 2.0
        cost = abs(distance) * factor
        if best_cost is None or cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


def weekday_date(weekday: int, dct: dt.date, tense: int, relation: str | None) -> dt.date:
    """The date of a named weekday relative to the DCT ("last", "next" or by tense)."""
    offset = weekday - dct.weekday()
    if relation in ("last", "past", "previous", "this past"):
        return dct + dt.timedelta(days=offset - 7 if offset >= 0 else offset)
    if relation in ("next", "coming", "following", "this coming"):
        return dct + dt.timedelta(days=offset + 7 if offset <= 0 else offset)
    if offset == 0:
        return dct
    if tense == FUTURE:
        return dct + dt.timedelta(days=offset if offset > 0 else offset + 7)
    return dct + dt.timedelta(days=offset if offset < 0 else offset - 7)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\"“‘(]\s*)$")


def is_title_inside_sentence(text: str, start: int, end: int) -> bool:
    """A capitalised common word ("This Week", "Sandra Day") in running lower-case text.

    In a headline set in title case or capitals the neighbours are capitalised too, and
    the word is still a plain word.
    """
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    before = text[max(0, start - 30) : start]
    after = _WORD.findall(text[end : end + 30])[:3]
    if _SENTENCE_START.search(before) and not (after and after[0][:1].isupper()):
        return False  # "Summer 2017 was hot.": capitalised because it opens the sentence
    neighbours = _WORD.findall(before)[-3:] + after
    lower = [
        w
        for w in neighbours
        if w[:1].islower()
        and w not in ("a", "an", "the", "of", "in", "on", "and", "to", "for", "at")
    ]
    return bool(lower)


# A title in quotation marks: "September" (a song), "2001: A Space Odyssey", "Blade Runner
# 2049", "Days of Our Lives". Short, every word capitalised but the small ones, and not
# speech (speech ends inside its quotes with a comma or a full stop).
_TITLE_REACH = 60
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))[\"“]")
_CLOSING_QUOTE = re.compile(r"[\"”](?!\w)")
_TITLE_SMALL_WORDS = frozenset("a an the of in on and to for at with by from or".split())
_TITLE_WORD = re.compile(r"[\w'’]+")


def in_quoted_title(text: str, start: int, end: int, numbers_inside: bool = False) -> bool:
    """Whether text[start:end] lies inside a short quoted title. A number counts only when
    it opens the title ("1984", "2001: A Space Odyssey"), unless ``numbers_inside``: a year
    in a slogan is still a year ("Housing for All by 2022")."""
    left = max(0, start - _TITLE_REACH)
    if '"' not in text[left : start + 1] and "“" not in text[left : start + 1]:
        return False
    openings = list(_OPENING_QUOTE.finditer(text, left, start + 1))
    if not openings:
        return False
    opening = openings[-1].start()
    closing = _CLOSING_QUOTE.search(text, end, end + _TITLE_REACH)
    if closing is None or re.search(r"[\"“”\n]", text[opening + 1 : start]):
        return False
    if text[start].isdigit() and not numbers_inside and text[opening + 1 : start].strip():
        return False
    content = text[opening + 1 : closing.start()]
    if not content or content[-1] in ",.!?;" or "\n" in content:
        return False
    words = _TITLE_WORD.findall(content)
    if not words or len(words) > 8 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    if len(words) == 1 and words[0][-2:] in ("'s", "’s"):
        return False  # “Monday’s” talks: a quoted word, no title
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)

"""Dates as editors type them ("30 December 2016", "Dec 2016", "early 2011"), read by our tagger.

``parse_date_input(text)`` returns a ``TypedDate`` (the TIMEX3 value and modifier, the calendar
range, the granularity, the approximate flag) or raises ``DateInputError`` with a message an
editor can act on. Plain Python, no Django: the edit form, the filters and the tests call it.

The tagger reads the date itself. The words our own date display puts around a date ("c.",
"before", "or later", "week of", "early", "mid-", "late": see ``format_value``) are read here,
so that every date the page shows can be typed back unchanged, whatever the tagger makes of
those words on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.extraction import annotate
from timeline.extraction.dates import format_value, value_range
from timeline.extraction.temporal.calendar import Point, parse_value

MAX_INPUT_LENGTH = 80
EXAMPLES = "“30 December 2016”, “Dec 2016”, “2016-12-30” or “early 2011”"

# From the finest to the coarsest: an editor may make a typed date coarser, never finer.
GRANULARITY_ORDER = ("day", "week", "month", "quarter", "season", "year", "decade", "century")

_APPROXIMATE = re.compile(
    r"(?:c\.|ca\.|circa|about|around|approx\.|approximately|roughly)\s*", re.IGNORECASE
)
_RELATION_BEFORE = re.compile(r"(before|after)\s+", re.IGNORECASE)
_RELATION_AFTER = re.compile(r"\s+or\s+(earlier|later)$", re.IGNORECASE)
_WEEK_OF = re.compile(r"(?:the\s+)?(week|weekend)\s+of\s+", re.IGNORECASE)
_POINT_MOD = re.compile(r"(the\s+)?(early\b|mid-|mid\s+|late\b)\s*", re.IGNORECASE)
_LEADING_FILLER = re.compile(r"(?:in|on|during)\s+", re.IGNORECASE)
# A TIMEX3 value typed as it is stored: 2017-W03, 2017-H1, 199X, 18XX, 2016-12, 1066.
_RAW_VALUE = re.compile(r"\d{4}(?:-[0-9A-Z-]+)?|\d{3}X|\d{2}XX")
_TOO_MANY_DIGITS = re.compile(r"\d{5,}")

_UNREAD_YEAR = "The year in “{typed}” cannot be read: type the date as 2016-12-30, 2016-12 or 2016."
_POINT_MOD_CODES = {"early": "START", "mid": "MID", "late": "END"}
_RELATION_CODES = {
    "before": "BEFORE",
    "after": "AFTER",
    "earlier": "ON_OR_BEFORE",
    "later": "ON_OR_AFTER",
}


class DateInputError(ValueError):
    """A typed date we cannot store, with the reason in words an editor understands."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class TypedDate:
    """A date as the Event model stores it."""

    value: str
    mod: str
    start: dt.date
    end: dt.date
    granularity: str
    is_approximate: bool

    @property
    def display(self) -> str:
        """How the page will show it: "30 December 2016", "c. early 2011"."""
        return format_value(self.value, self.mod or None, approximate=self.is_approximate)


def parse_date_input(
    text: str,
    *,
    dct: dt.date | None = None,
    granularity: str = "",
    approximate: bool = False,
) -> TypedDate:
    """Read one typed date; ``granularity`` may make it coarser ("month" turns a day into its
    month), ``approximate`` marks it "c." as typing "c." does."""
    typed = " ".join((text or "").split())
    if not typed:
        raise DateInputError(f"Type a date, such as {EXAMPLES}.")
    if len(typed) > MAX_INPUT_LENGTH:
        raise DateInputError(f"That is too long for one date: type one, such as {EXAMPLES}.")
    if _TOO_MANY_DIGITS.search(typed):
        raise DateInputError("Years run from 1 to 9999: a date has at most four digits in a row.")

    core, words = _peel_words(typed.rstrip("."))
    value, tagger_mod = _read_core(core, typed, dct)
    if words["week"]:
        value = _week_of(value, words["week"], typed)

    mod = words["relation"] or words["point"] or tagger_mod or ""
    is_approximate = approximate or words["approximate"]
    if mod == "APPROX":
        mod, is_approximate = "", True

    calendar_range = value_range(value, mod)
    if calendar_range is None:  # _read_core only returns values with a range
        raise DateInputError(f"“{typed}” is not a date we can place on the calendar.")
    if mod in ("START", "MID", "END") and calendar_range.granularity == "day":
        raise DateInputError("“early”, “mid-” and “late” need a period longer than a day.")

    typed_date = TypedDate(
        value=value,
        mod=mod,
        start=calendar_range.start,
        end=calendar_range.end,
        granularity=calendar_range.granularity,
        is_approximate=is_approximate,
    )
    if granularity and granularity != typed_date.granularity:
        typed_date = coarsen(typed_date, granularity)
    return typed_date


def coarsen(typed_date: TypedDate, granularity: str) -> TypedDate:
    """The same date at a coarser granularity: 30 December 2016 as a month is December 2016."""
    if granularity not in GRANULARITY_ORDER:
        raise DateInputError(f"“{granularity}” is not a granularity.")
    if GRANULARITY_ORDER.index(granularity) < GRANULARITY_ORDER.index(typed_date.granularity):
        raise DateInputError(
            f"“{typed_date.display}” names a {typed_date.granularity}: type the exact "
            f"{granularity} to make it one."
        )
    value = Point.of(granularity, typed_date.start).value
    calendar_range = value_range(value, typed_date.mod)
    if calendar_range is None:  # every Point value has a range; kept for the type checker
        raise DateInputError(f"“{typed_date.display}” cannot be made a {granularity}.")
    return TypedDate(
        value=value,
        mod=typed_date.mod,
        start=calendar_range.start,
        end=calendar_range.end,
        granularity=calendar_range.granularity,
        is_approximate=typed_date.is_approximate,
    )


def _peel_words(typed: str) -> tuple[str, dict]:
    """Strip the words our date display adds around a date; say which were there."""
    words = {"approximate": False, "relation": "", "point": "", "week": ""}
    core = typed
    if match := _APPROXIMATE.match(core):
        words["approximate"] = True
        core = core[match.end() :]
    if match := _RELATION_BEFORE.match(core):
        words["relation"] = _RELATION_CODES[match.group(1).lower()]
        core = core[match.end() :]
    elif match := _RELATION_AFTER.search(core):
        words["relation"] = _RELATION_CODES[match.group(1).lower()]
        core = core[: match.start()]
    if match := _POINT_MOD.match(core):
        rest = core[match.end() :]
        if rest:
            words["point"] = _POINT_MOD_CODES[match.group(2).lower().rstrip("- ")]
            core = (match.group(1) or "") + rest
    if match := _WEEK_OF.match(core):
        words["week"] = match.group(1).lower()
        core = core[match.end() :]
    if match := _LEADING_FILLER.match(core):
        core = core[match.end() :]
    return core.strip(), words


# News writes "the end of August"; an editor typing a date leaves the article out.
_PART_OF_WITHOUT_THE = re.compile(
    r"(?:end|beginning|start|middle|(?:first|second|third|fourth|last)\s+(?:week|weekend))"
    r"\s+of\s",
    re.IGNORECASE,
)


def _read_core(core: str, typed: str, dct: dt.date | None) -> tuple[str, str | None]:
    """The TIMEX3 value (and the tagger's modifier) of a date with no words around it."""
    if not core:
        raise DateInputError(f"Type a date, such as {EXAMPLES}.")
    raw = core.upper()
    if _RAW_VALUE.fullmatch(raw) and parse_value(raw) is not None and value_range(raw):
        return raw, None

    _refuse_ambiguous_numbers(core, typed)
    if _PART_OF_WITHOUT_THE.match(core):
        core = f"the {core}"  # typed as a note: "end of August 2011" is "the end of ..."
    timexes = [timex for timex in annotate(core, dct) if timex.type in ("DATE", "TIME")]
    covering = [
        timex
        for timex in timexes
        if not core[: timex.start].strip(" ,") and not core[timex.end :].strip(" ,.")
    ]
    if len(timexes) > 1 and not covering:
        raise DateInputError(f"“{typed}” reads as {len(timexes)} dates: type one.")
    if len(covering) != 1:
        unread_years = [
            year
            for year in re.finditer(r"\b\d{4}\b", core)
            if not any(t.start <= year.start() < t.end for t in timexes)
        ]
        if unread_years and timexes:
            raise DateInputError(_UNREAD_YEAR.format(typed=typed))
        raise DateInputError(f"“{typed}” is not a date we can read. Try {EXAMPLES}.")
    timex = covering[0]
    if value_range(timex.value) is None:
        if timex.value.startswith("XXXX") and re.search(r"\b\d{4}\b", core):
            raise DateInputError(_UNREAD_YEAR.format(typed=typed))
        if re.fullmatch(r"XXXX-\d{2}(?:-\d{2})?", timex.value):
            raise DateInputError(f"“{typed}” does not say which year: add it, as in {EXAMPLES}.")
        if "X" in timex.value or timex.value.endswith("_REF"):
            raise DateInputError(
                f"“{typed}” depends on when it is said: type a calendar date, such as {EXAMPLES}."
            )
        raise DateInputError(f"“{typed}” is not a date we can place on the calendar.")
    return timex.value, timex.mod


_ALL_NUMBERS = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")


def _refuse_ambiguous_numbers(core: str, typed: str) -> None:
    """ "12/01/2017" is 12 January to a European and 1 December to an American: an editor
    is asked to write the month rather than have one of them guessed."""
    match = _ALL_NUMBERS.fullmatch(core)
    if match is None:
        return
    first, second = int(match.group(1)), int(match.group(3))
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return
    year = int(match.group(4))
    year += (2000 if year < 50 else 1900) if len(match.group(4)) == 2 else 0
    day_first, month_first = (
        f"{day.day} {day:%B %Y}"
        for day in (dt.date(year, second, first), dt.date(year, first, second))
    )
    raise DateInputError(
        f"“{typed}” could be {day_first} or {month_first}: write the month in words, "
        f"such as “{day_first}”."
    )


def _week_of(value: str, unit: str, typed: str) -> str:
    calendar_range = value_range(value)
    if calendar_range is None or calendar_range.granularity != "day":
        raise DateInputError(
            f"“{unit} of” needs a day after it, such as “{unit} of 16 January 2017”."
        )
    return Point.of(unit, calendar_range.start).value

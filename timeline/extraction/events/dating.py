"""Dates the tagger alone cannot give: the inferred DCT, event-anchored and shifted dates.

- ``infer_dct``: a story without a publication date is dated from its own text: a dateline
  timestamp; else a weekday with a date ("Monday, January 23") fixes the year, choosing
  among the years where that day is that weekday the one the text's own arithmetic
  supports ("since ... 2011" + "nearly six years of war" -> 2017), else the first after the
  latest year mentioned; else the latest full date the text gives.
- ``shift``: "a month after the regime recaptured Aleppo", said of talks held at the DCT,
  dates the recapture one month before: a value of the duration's granularity, approximate.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name.lower(): number
    for number, names in enumerate(
        (
            (),
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        )
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?P<weekday>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
_TIMESTAMP = re.compile(
    rf"\b{_WEEKDAY},?\s+{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH2 = _MONTH.replace("month", "month2")
_WEEKDAY_DATE = re.compile(
    rf"\b{_WEEKDAY},?\s+(?:{_MONTH}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+{_MONTH2})"
    r"(?!,?\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH2},?\s+(?P<year2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:in|since|of|from|until|by)\s+((?:19|20)\d\d)\b")
_YEARS_DURATION = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"(?:-|\s+)years?\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_DATELINE_ZONE = 600


def _weekday_index(word: str) -> int:
    word = word.lower()
    return next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(word[:3]))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A dateline with its day and no year: "TUNIS, Feb 24 (Reuters) -", "PARIS, 3 March (AFP) -".
_DATELINE_DAY = re.compile(
    rf"^[^\S\n]*[A-Z][\w .'’/-]{{1,40}},\s+(?:(?i:{_MONTH})\s+(?P<day>\d{{1,2}})|"
    rf"(?P<day2>\d{{1,2}})\s+(?i:{_MONTH2}))(?!\d|,?\s+(?:19|20)\d\d)\b[^\n]{{0,30}}?[-–—]",
    re.MULTILINE,
)


def infer_dct(text: str) -> dt.date | None:
    """The publication date the text itself implies, or None when it implies none.

    A date still to come is not a publication date. A dateline's own day ("TUNIS, Feb
    24") is the day: the year found by the other clues is given to it (the nearer of
    that year's, the year before's and the next's), so "Monday, February 28" later in
    the story does not become the publication date.
    """
    found = _implied_dct(text)
    dateline = _DATELINE_DAY.search(text[:_DATELINE_ZONE])
    if found is None and dateline is not None:
        return _dateline_day_alone(text, dateline)
    if found is None or found > dt.date.today() + dt.timedelta(days=1):
        return None
    if dateline is None:
        return found
    month = _MONTHS[(dateline["month"] or dateline["month2"]).lower()]
    day = int(dateline["day"] or dateline["day2"])
    days = [
        near
        for year in (found.year - 1, found.year, found.year + 1)
        if (near := _safe_date(year, month, day)) is not None
    ]
    nearest = min(days, key=lambda near: abs((near - found).days), default=None)
    return nearest if nearest is not None and abs((nearest - found).days) <= 183 else found


# The weekday a wire lede gives its saying or its news: "..., police said on Sunday."
_LEDE_WEEKDAY = re.compile(
    rf"\b(?:said|says|announced|reported|told\s+\w+)\s+(?:on\s+)?{_WEEKDAY}\b", re.IGNORECASE
)


def _dateline_day_alone(text: str, dateline: re.Match) -> dt.date | None:
    """A dateline's day and no other clue ("NAIROBI, Nov 15 (Reuters) - ..., police said on
    Sunday."): the most recent such day, on the weekday the lede's saying names if it names
    one, as a newsroom reads a story that has just come in."""
    month = _MONTHS[(dateline["month"] or dateline["month2"]).lower()]
    day = int(dateline["day"] or dateline["day2"])
    said = _LEDE_WEEKDAY.search(text, dateline.end(), dateline.end() + 600)
    weekday = _weekday_index(said["weekday"]) if said else None
    today = dt.date.today()
    for year in range(today.year, today.year - 40, -1):
        found = _safe_date(year, month, day)
        if found is not None and found <= today and weekday in (None, found.weekday()):
            return found
    return None


def _implied_dct(text: str) -> dt.date | None:
    stamp = _TIMESTAMP.search(text[:_DATELINE_ZONE])
    if stamp:
        found = _safe_date(int(stamp["year"]), _MONTHS[stamp["month"].lower()], int(stamp["day"]))
        if found:
            return found
    years = [int(m.group(1)) for m in _YEAR.finditer(text)]
    full_dates = [
        found
        for m in _FULL_DATE.finditer(text)
        if (
            found := _safe_date(
                int(m["year"] or m["year2"]),
                _MONTHS[(m["month"] or m["month2"]).lower()],
                int(m["day"] or m["day2"]),
            )
        )
    ]
    latest_year = max(years + [d.year for d in full_dates], default=None)
    for match in _WEEKDAY_DATE.finditer(text):
        month = _MONTHS[(match["month"] or match["month2"]).lower()]
        day = int(match["day"] or match["day2"])
        weekday = _weekday_index(match["weekday"])
        chosen = _year_for_weekday(text, month, day, weekday, years, latest_year)
        if chosen:
            return chosen
    if full_dates:
        return max(full_dates)
    return None


def _year_for_weekday(text, month, day, weekday, years, latest_year) -> dt.date | None:
    today = dt.date.today()
    low = latest_year if latest_year is not None else today.year - 40
    candidates = [
        found
        for year in range(low, low + 41)
        if (found := _safe_date(year, month, day)) and found.weekday() == weekday
    ]
    if not candidates:
        return None
    if latest_year is None:
        # Nothing in the text to go by: the most recent such day, as a newsroom reads it.
        past = [candidate for candidate in candidates if candidate <= today]
        return past[-1] if past else candidates[0]
    spans = set()
    for match in _YEARS_DURATION.finditer(text):
        word = match.group(1).lower()
        spans.add(int(word) if word.isdigit() else _NUMBER_WORDS[word])
    for candidate in candidates:
        if any(candidate.year - year in spans for year in years):
            return candidate
    return candidates[0]


_UNIT_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_DURATION = re.compile(r"P(\d+)(DE|[DWMY])")


def shift(anchor: dt.date, duration: str, direction: int) -> tuple[str, str] | None:
    """(TIMEX3 value, granularity) ``duration`` before (-1) or after (+1) ``anchor``."""
    match = _DURATION.fullmatch(duration)
    if not match:
        return None
    amount, unit = int(match.group(1)), match.group(2)
    if unit == "DE":  # "a decade after the war": P1DE
        amount, unit = amount * 10, "Y"
    if amount > 100:
        return None
    if unit == "D":
        day = anchor + dt.timedelta(days=direction * amount)
        return day.isoformat(), "day"
    if unit == "W":
        day = anchor + dt.timedelta(weeks=direction * amount)
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", "week"
    if unit == "M":
        index = anchor.year * 12 + anchor.month - 1 + direction * amount
        year, month = divmod(index, 12)
        return f"{year:04d}-{month + 1:02d}", "month"
    return f"{anchor.year + direction * amount:04d}", "year"


def next_weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def bare_weekday(text: str) -> int | None:
    """The weekday a bare "Tuesday" / "on Tuesday" names, else None."""
    words = text.lower().split()
    if len(words) == 1 and words[0] in _WEEKDAYS:
        return _WEEKDAYS.index(words[0])
    return None

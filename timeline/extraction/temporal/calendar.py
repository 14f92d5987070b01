"""Calendar points of any granularity (a day, an ISO week, a quarter, a decade...).

A ``Point`` is a granularity plus the first day of the period it names; it renders as a
TIMEX3 value and can be shifted by calendar units. ``parse_value`` reads a TIMEX3 value
back into a Point, so anchors and the public ``value_range`` share one definition.

Seasons are meteorological: spring = March-May, summer = June-August, autumn (FA) =
September-November, winter = December of the previous year to February; "2017-WI" is
the winter that contains January 2017.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import MappingProxyType

GRANULARITIES = (
    "day",
    "weekend",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)
SEASON_ORDER = ("WI", "SP", "SU", "FA")
_SEASON_START_MONTH = MappingProxyType({"SP": 3, "SU": 6, "FA": 9})


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    last = _month_length(year, month + 1)
    return dt.date(year, month + 1, min(day.day, last))


def _month_length(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def season_of(day: dt.date) -> tuple[int, str]:
    """(year, code) of the meteorological season containing a day."""
    if day.month == 12:
        return day.year + 1, "WI"
    return day.year, SEASON_ORDER[day.month // 3]


def season_start(year: int, code: str) -> dt.date:
    if code == "WI":
        return dt.date(year - 1, 12, 1) if year > 1 else dt.date(1, 1, 1)
    return dt.date(year, _SEASON_START_MONTH[code], 1)


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    line = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * line) // 451
    month, day = divmod(h + line - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int, after: int = 0) -> dt.date:
    """The n-th given weekday (Monday = 0) of a month, n = -1 the last one, plus ``after`` days."""
    if n > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.weekday()) % 7 + 7 * (n - 1) + after
        return first + dt.timedelta(days=offset)
    last = dt.date(year, month, _month_length(year, month))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 - after)


def moving_holiday(rule: tuple, year: int) -> dt.date:
    """The date of a vocabulary.MOVING_HOLIDAYS rule in a given year."""
    kind, argument = rule
    if kind == "easter":
        return easter(year) + dt.timedelta(days=argument)
    return nth_weekday(year, *argument)


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar period: ``start`` is its first day, ``granularity`` its size."""

    granularity: str
    start: dt.date

    @classmethod
    def of(cls, granularity: str, day: dt.date) -> Point:
        """The period of the given granularity that contains ``day``."""
        if granularity == "day":
            return cls("day", day)
        if granularity in ("week", "weekend"):
            return cls(granularity, day - dt.timedelta(days=day.weekday()))
        if granularity == "month":
            return cls("month", day.replace(day=1))
        if granularity == "quarter":
            return cls("quarter", dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1))
        if granularity == "half":
            return cls("half", dt.date(day.year, 1 if day.month <= 6 else 7, 1))
        if granularity == "season":
            return cls("season", season_start(*season_of(day)))
        if granularity == "year":
            return cls("year", dt.date(day.year, 1, 1))
        if granularity == "decade":
            return cls("decade", dt.date(max(day.year // 10 * 10, 1), 1, 1))
        if granularity == "century":
            return cls("century", dt.date(max(day.year // 100 * 100, 1), 1, 1))
        raise ValueError(granularity)

    def shift(self, unit: str, count: int) -> Point:
        """Move by ``count`` calendar units ("day", "week", "month", "quarter", "year"...)."""
        try:
            if unit == "day":
                moved = self.start + dt.timedelta(days=count)
            elif unit in ("week", "weekend"):
                moved = self.start + dt.timedelta(weeks=count)
            elif unit == "fortnight":
                moved = self.start + dt.timedelta(weeks=2 * count)
            else:
                months = {
                    "month": 1,
                    "season": 3,
                    "quarter": 3,
                    "half": 6,
                    "year": 12,
                    "decade": 120,
                    "century": 1200,
                }[unit] * count
                moved = add_months(self.start, months)
        except (OverflowError, ValueError):
            return self
        return Point.of(self.granularity, moved)

    def coarsen(self, granularity: str) -> Point:
        return Point.of(granularity, self.start)

    @property
    def value(self) -> str:
        day = self.start
        if self.granularity == "day":
            return day.isoformat()
        if self.granularity in ("week", "weekend"):
            year, week, _ = day.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if self.granularity == "weekend" else "")
        if self.granularity == "month":
            return f"{day.year:04d}-{day.month:02d}"
        if self.granularity == "quarter":
            return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
        if self.granularity == "half":
            return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
        if self.granularity == "season":
            year, code = season_of(day)
            return f"{year:04d}-{code}"
        if self.granularity == "year":
            return f"{day.year:04d}"
        if self.granularity == "decade":
            return f"{day.year // 10:03d}X"
        return f"{day.year // 100:02d}XX"

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        if self.granularity == "day":
            return self.start
        if self.granularity == "week":
            return self.start + dt.timedelta(days=6)
        if self.granularity == "weekend":
            return self.start + dt.timedelta(days=6)
        months = {
            "month": 1,
            "season": 3,
            "quarter": 3,
            "half": 6,
            "year": 12,
            "decade": 120,
            "century": 1200,
        }[self.granularity]
        try:
            return add_months(self.start, months) - dt.timedelta(days=1)
        except (OverflowError, ValueError):
            return dt.date(9999, 12, 31)


_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?P<we>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?"
    r"|(?P<decade>\d{3})X?|(?P<century>\d{2})(?:XX)?"
)


def parse_value(value: str) -> Point | None:
    """Read a TIMEX3 date value ("2017-01-24T14:00", "2017-W03", "199X") into a Point."""
    match = _VALUE.fullmatch(value or "")
    if not match:
        return None
    groups = match.groupdict()
    try:
        if groups["decade"]:
            return Point("decade", dt.date(max(int(groups["decade"]) * 10, 1), 1, 1))
        if groups["century"]:
            return Point("century", dt.date(max(int(groups["century"]) * 100, 1), 1, 1))
        year = int(groups["year"])
        if year < 1:
            return None
        if groups["day"]:
            return Point("day", dt.date(year, int(groups["month"]), int(groups["day"])))
        if groups["month"]:
            return Point("month", dt.date(year, int(groups["month"]), 1))
        if groups["week"]:
            monday = dt.date.fromisocalendar(year, int(groups["week"]), 1)
            return Point("weekend" if groups["we"] else "week", monday)
        if groups["quarter"]:
            return Point("quarter", dt.date(year, int(groups["quarter"]) * 3 - 2, 1))
        if groups["half"]:
            return Point("half", dt.date(year, 1 if groups["half"] == "1" else 7, 1))
        if groups["season"]:
            return Point("season", season_start(year, groups["season"]))
        return Point("year", dt.date(year, 1, 1))
    except ValueError:
        return None

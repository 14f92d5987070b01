"""value_range and format_value: TIMEX3 values as calendar ranges and as readable dates."""

import datetime as dt

import pytest

from timeline.extraction.dates import DateRange, format_value, value_range

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-12-30", DateRange(D(2016, 12, 30), D(2016, 12, 30), "day")),
        ("2017-01-24T14:00", DateRange(D(2017, 1, 24), D(2017, 1, 24), "day")),
        ("2017-01-24TNI", DateRange(D(2017, 1, 24), D(2017, 1, 24), "day")),
        ("2017-W03", DateRange(D(2017, 1, 16), D(2017, 1, 22), "week")),
        ("2017-W03-WE", DateRange(D(2017, 1, 21), D(2017, 1, 22), "week")),
        ("2016-12", DateRange(D(2016, 12, 1), D(2016, 12, 31), "month")),
        ("2016-02", DateRange(D(2016, 2, 1), D(2016, 2, 29), "month")),
        ("2017-Q1", DateRange(D(2017, 1, 1), D(2017, 3, 31), "quarter")),
        ("2017-H2", DateRange(D(2017, 7, 1), D(2017, 12, 31), "quarter")),
        ("2017-SU", DateRange(D(2017, 6, 1), D(2017, 8, 31), "season")),
        ("2017-WI", DateRange(D(2016, 12, 1), D(2017, 2, 28), "season")),
        ("2011", DateRange(D(2011, 1, 1), D(2011, 12, 31), "year")),
        ("199X", DateRange(D(1990, 1, 1), D(1999, 12, 31), "decade")),
        ("199", DateRange(D(1990, 1, 1), D(1999, 12, 31), "decade")),
        ("19XX", DateRange(D(1900, 1, 1), D(1999, 12, 31), "century")),
    ],
)
def test_value_range(value, expected):
    assert value_range(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "PAST_REF",
        "PRESENT_REF",
        "FUTURE_REF",
        "P1M",
        "PT24H",
        "XXXX-12-30",
        "XXXX-WXX-1",
        "",
        "junk",
    ],
)
def test_value_range_is_none_for_values_without_a_fixed_range(value):
    assert value_range(value) is None


def test_date_range_is_frozen():
    with pytest.raises(AttributeError):
        value_range("2011").start = D(2012, 1, 1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "mod", "approximate", "expected"),
    [
        ("2016-12-30", None, False, "30 December 2016"),
        ("2016-12", None, False, "December 2016"),
        ("2016-12", None, True, "c. December 2016"),
        ("2016-12", "APPROX", False, "c. December 2016"),
        ("2017-W03", None, False, "week of 16 January 2017"),
        ("2017-Q1", None, False, "Q1 2017"),
        ("2017-SU", None, False, "summer 2017"),
        ("2011", "START", False, "early 2011"),
        ("2016-12", "MID", False, "mid-December 2016"),
        ("2016", "END", False, "late 2016"),
        ("199X", None, False, "the 1990s"),
        ("199X", "START", False, "the early 1990s"),
        ("2011", None, False, "2011"),
        ("2011", "ON_OR_AFTER", False, "2011 or later"),
        ("2017-01-24T14:00", None, False, "24 January 2017, 14:00"),
        ("PRESENT_REF", None, False, "now"),
        ("P6Y", "APPROX", False, "about 6 years"),
        ("BC8000", None, False, "8,000 BC"),
        ("BC38000", "APPROX", False, "c. 38,000 BC"),
    ],
)
def test_format_value(value, mod, approximate, expected):
    assert format_value(value, mod=mod, approximate=approximate) == expected


def test_format_value_leaves_unknown_values_readable():
    assert format_value("XXXX-WXX-1") == "XXXX-WXX-1"
    assert format_value("") == ""


@pytest.mark.parametrize(
    ("value", "mod", "start", "end"),
    [
        ("2011-03", "START", "2011-03-01", "2011-03-10"),
        ("2011-03", "MID", "2011-03-11", "2011-03-20"),
        ("2011-03", "END", "2011-03-21", "2011-03-31"),
        ("2011-02", "END", "2011-02-21", "2011-02-28"),
        ("2011", "START", "2011-01-01", "2011-04-30"),
        ("2011", "MID", "2011-05-01", "2011-08-31"),
        ("2016", "END", "2016-09-01", "2016-12-31"),  # a leap year
        ("201", "MID", "2013-05-01", "2016-08-31"),  # the 2010s
        ("2011-Q1", "END", "2011-03-01", "2011-03-31"),
        ("2017-W03", "END", "2017-01-21", "2017-01-22"),  # a week: by days
        # left whole: a day, an approximation, no mod
        ("2011-03-05", "MID", "2011-03-05", "2011-03-05"),
        ("2011-03", "APPROX", "2011-03-01", "2011-03-31"),
        ("2011-03", None, "2011-03-01", "2011-03-31"),
    ],
)
def test_early_mid_and_late_name_a_third_of_the_period(value, mod, start, end):
    told = value_range(value, mod)
    assert (told.start.isoformat(), told.end.isoformat()) == (start, end)
    assert told.granularity == value_range(value).granularity


def test_the_migration_narrows_stored_events_and_leaves_the_rest(db):
    import importlib

    from django.apps import apps

    from tests.factories import EventFactory

    middle = EventFactory(
        date_value="2011-03",
        date_mod="MID",
        date_start=D(2011, 3, 1),
        date_end=D(2011, 3, 31),
        granularity="month",
    )
    day = EventFactory()
    importlib.import_module("timeline.migrations.0003_narrow_early_mid_late").narrow(apps, None)
    middle.refresh_from_db()
    day.refresh_from_db()
    assert (middle.date_start, middle.date_end) == (D(2011, 3, 11), D(2011, 3, 20))
    assert (day.date_start, day.date_end) == (D(2017, 1, 23), D(2017, 1, 23))

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.dateinput import DateInputError, coarsen, parse_date_input
from timeline.extraction.dates import format_value
from timeline.extraction.temporal.calendar import Point


@pytest.mark.parametrize(
    ("typed", "value", "mod", "granularity", "start", "end"),
    [
        ("30 December 2016", "2016-12-30", "", "day", "2016-12-30", "2016-12-30"),
        ("Dec 2016", "2016-12", "", "month", "2016-12-01", "2016-12-31"),
        ("2016-12-30", "2016-12-30", "", "day", "2016-12-30", "2016-12-30"),
        ("early 2011", "2011", "START", "year", "2011-01-01", "2011-04-30"),
        ("2011", "2011", "", "year", "2011-01-01", "2011-12-31"),
        ("the 1990s", "199X", "", "decade", "1990-01-01", "1999-12-31"),
        ("week of 16 January 2017", "2017-W03", "", "week", "2017-01-16", "2017-01-22"),
        ("the week of 18 January 2017", "2017-W03", "", "week", "2017-01-16", "2017-01-22"),
        ("Q1 2017", "2017-Q1", "", "quarter", "2017-01-01", "2017-03-31"),
        ("mid-December 2016", "2016-12", "MID", "month", "2016-12-11", "2016-12-20"),
        ("late 2016", "2016", "END", "year", "2016-09-01", "2016-12-31"),
        # typed without the article news writes before them
        ("end of August 2011", "2011-08", "END", "month", "2011-08-21", "2011-08-31"),
        ("first week of March 2011", "2011-03", "START", "month", "2011-03-01", "2011-03-10"),
        ("beginning of 2011", "2011", "START", "year", "2011-01-01", "2011-04-30"),
        ("spring 2017", "2017-SP", "", "season", "2017-03-01", "2017-05-31"),
        ("before 2011", "2011", "BEFORE", "year", "2011-01-01", "2011-12-31"),
        ("January 2017 or later", "2017-01", "ON_OR_AFTER", "month", "2017-01-01", "2017-01-31"),
        ("2017-W03", "2017-W03", "", "week", "2017-01-16", "2017-01-22"),
        ("1066", "1066", "", "year", "1066-01-01", "1066-12-31"),
        ("2100-01-01", "2100-01-01", "", "day", "2100-01-01", "2100-01-01"),
        ("1 January 2100", "2100-01-01", "", "day", "2100-01-01", "2100-01-01"),
        ("  30   December 2016. ", "2016-12-30", "", "day", "2016-12-30", "2016-12-30"),
    ],
)
def test_typed_dates_become_the_stored_value_and_range(typed, value, mod, granularity, start, end):
    date = parse_date_input(typed)
    assert (date.value, date.mod, date.granularity) == (value, mod, granularity)
    assert (date.start.isoformat(), date.end.isoformat()) == (start, end)
    assert date.is_approximate is False


@pytest.mark.parametrize("typed", ["c. Dec 2016", "circa December 2016", "about Dec 2016"])
def test_circa_words_mark_the_date_approximate(typed):
    date = parse_date_input(typed)
    assert date.value == "2016-12"
    assert date.is_approximate
    assert date.display == "c. December 2016"


def test_the_approximate_flag_marks_a_date_without_circa_words():
    assert parse_date_input("2011", approximate=True).display == "c. 2011"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Type a date"),
        ("   ", "Type a date"),
        ("garbage", "not a date we can read"),
        ("0000-00-00", "not a date we can read"),
        ("2016-02-30", "not a date we can read"),
        ("99999", "at most four digits"),
        ("the year 99999", "at most four digits"),
        ("30 Dec", "does not say which year"),
        ("next week", "depends on when it is said"),
        ("yesterday", "depends on when it is said"),
        ("1 January 2017 to 3 January 2017", "reads as 2 dates"),
        ("1 January 2300", "cannot be read: type the date as 2016-12-30"),
        ("week of 2016", "needs a day after it"),
        ("early 30 December 2016", "longer than a day"),
        ("x" * 81, "too long"),
    ],
)
def test_unreadable_input_gets_a_clear_message(typed, words):
    with pytest.raises(DateInputError) as refusal:
        parse_date_input(typed)
    assert words in refusal.value.message


def test_a_granularity_makes_a_typed_day_its_month():
    date = parse_date_input("30 December 2016", granularity="month")
    assert (date.value, date.start, date.end) == (
        "2016-12",
        dt.date(2016, 12, 1),
        dt.date(2016, 12, 31),
    )


def test_a_granularity_cannot_make_a_month_a_day():
    with pytest.raises(DateInputError, match="names a month"):
        parse_date_input("Dec 2016", granularity="day")


def test_an_unknown_granularity_is_refused():
    with pytest.raises(DateInputError, match="not a granularity"):
        coarsen(parse_date_input("2016"), "fortnight")


GRANULARITIES = (
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
)
MODS = [None, "START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "APPROX"]


@given(
    # The tagger reads every granularity of the dates news reports use to 2099 (years alone to
    # 2199, but "the 2100s" is no decade it reads; the winter of December 2099 is "winter
    # 2100"); later ones are typed as 2100-01-01.
    day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2099, 11, 30)),
    granularity=st.sampled_from(GRANULARITIES),
    mod=st.sampled_from(MODS),
    approximate=st.booleans(),
)
def test_every_date_the_page_shows_reads_back_as_itself(day, granularity, mod, approximate):
    value = Point.of(granularity, day).value
    if granularity == "day" and mod in ("START", "MID", "END"):
        mod = None  # the display drops them on a day, so there is nothing to read back
    shown = format_value(value, mod, approximate=approximate)
    date = parse_date_input(shown)
    expected = (value, None, True) if mod == "APPROX" else (value, mod, approximate)
    assert (date.value, date.mod or None, date.is_approximate) == expected


@pytest.mark.parametrize("typed", ["12/01/2017", "3.4.17", "01/02/2016", "12-01-2017", "05-06-11"])
def test_all_number_dates_either_way_round_are_refused_with_both_readings(typed):
    with pytest.raises(DateInputError) as refusal:
        parse_date_input(typed)
    assert "could be" in str(refusal.value) and "write the month in words" in str(refusal.value)


@pytest.mark.parametrize(
    ("typed", "display"),
    [
        ("13/01/2017", "13 January 2017"),
        ("31/12/2016", "31 December 2016"),
        ("5/5/2017", "5 May 2017"),
    ],
)
def test_all_number_dates_with_one_reading_are_read(typed, display):
    assert parse_date_input(typed).display == display

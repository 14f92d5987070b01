"""annotate never raises, slices its own text, stays linear on pathological input."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extraction import annotate
from timeline.extraction.temporal.patterns import RULES, fold
from timeline.extraction.temporal.triggers import windows

TOKENS = list("0123456789,.-/:–’'") + (
    "January Dec. Monday next last week year years ago 1990s the early mid May a \u00a0 \n"
).split(" ")
NEWSY = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), dct=st.one_of(st.none(), st.dates()))
def test_never_raises_on_arbitrary_unicode_and_spans_slice_exactly(text, dct):
    for timex in annotate(text, dct):
        assert text[timex.start : timex.end] == timex.text
        assert timex.start < timex.end


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(NEWSY, max_size=6), dct=st.one_of(st.none(), st.dates()))
def test_never_raises_on_date_like_text(pieces, dct):
    text = " ".join(pieces)
    for timex in annotate(text, dct):
        assert text[timex.start : timex.end] == timex.text


def test_dct_none_still_resolves_absolute_dates_and_marks_relative_ones():
    found = {t.text: t.value for t in annotate("On December 30, 2016 and next month, now.", None)}
    assert found["December 30, 2016"] == "2016-12-30"
    assert found["next month"] == "XXXX-XX"
    assert found["now"] == "PRESENT_REF"


def test_dct_none_weekday_gets_placeholder():
    assert [t.value for t in annotate("They met on Tuesday.", None)] == ["XXXX-WXX-2"]


def test_non_string_and_empty_input():
    assert annotate("", dt.date(2017, 1, 1)) == []
    assert annotate(None, None) == []  # type: ignore[arg-type]


def test_deterministic():
    text = "Two days later, on Monday, the talks that began last week resumed."
    assert annotate(text, dt.date(2017, 1, 23)) == annotate(text, dt.date(2017, 1, 23))


def test_hundred_thousand_digits_completes_without_timexes():
    assert annotate("7" * 100_000, dt.date(2017, 1, 1)) == []


def test_january_fifty_thousand_times_completes_and_finds_each():
    text = "January " * 50_000
    found = annotate(text, dt.date(2017, 1, 23))
    # Every repetition is a month mention; the work is one pass, not one per pair.
    assert len(found) == 50_000


def test_long_runs_of_spaces_complete():
    text = "the" + " " * 200_000 + "past" + " " * 200_000 + "five years"
    assert [t.text for t in annotate(text, None)] == ["five years"]


def test_work_grows_linearly_with_input():
    # Windows searched grow with the number of head words, not their square.
    small = sum(e - s for spans in windows("Monday next week " * 100).values() for s, e in spans)
    large = sum(e - s for spans in windows("Monday next week " * 1000).values() for s, e in spans)
    assert large <= 11 * small


# The speed-ups of tagger 1.3.1 must not change what is found.


def test_folding_keeps_length_and_offsets():
    # "İ" grows when lower-cased: it is kept, so offsets into the text stay valid.
    text = "İstanbul, Jan. 23 (AFP) – ISTANBUL talks in DECEMBER"
    assert len(fold(text)) == len(text)
    assert fold(text).startswith("İstanbul, jan. 23")


def test_case_free_patterns_run_folded_and_the_rest_case_insensitive():
    by_name = {rule.name: rule for rule in RULES}
    assert by_name["duration"].folded and by_name["year"].folded
    # Month and weekday names need their capital, so those rules see the original text.
    assert not by_name["month_day"].folded and not by_name["weekday"].folded


def test_upper_and_mixed_case_still_match_folded_rules():
    dct = dt.date(2017, 1, 23)
    found = {t.text: t.value for t in annotate("FY 1990 was weak, Q1 2017 LAST WEEK.", dct)}
    assert found == {"FY 1990": "1990", "Q1 2017": "2017-Q1", "LAST WEEK": "2017-W03"}


def test_lower_case_month_and_weekday_words_open_no_window():
    assert windows("they may march on sunday") == {}
    assert "month" in windows("they met in March")


def test_may_day_is_a_holiday_but_not_in_headline_capitals():
    dct = dt.date(2017, 1, 23)
    assert [(t.text, t.value) for t in annotate("May Day rallies drew thousands.", dct)] == [
        ("May Day", "2016-05-01")  # "drew": the last one
    ]
    assert annotate("MAY DAY RALLY TURNS VIOLENT", dct) == []

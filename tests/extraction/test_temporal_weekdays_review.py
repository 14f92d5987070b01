"""Ninth pass (issue 4): mistakes found with invented sentences on sport, weather, policy
and science news, fixed as general rules. Every sentence here is invented; the DCT is a
Thursday (14 March 2019) unless a test says otherwise.
"""

import datetime as dt

from tests.extraction import by_text, values

THURSDAY = dt.date(2019, 3, 14)


def timex(text: str, phrase: str, dct: dt.date = THURSDAY):
    found = by_text(text, phrase, dct)
    return found.type, found.value, found.mod


# "this weekend" in a weekday story


def test_this_weekend_is_the_coming_one_unless_the_verb_is_past():
    assert timex("The museum reopens this weekend.", "this weekend")[1] == "2019-W11-WE"
    assert timex("The museum reopened this weekend.", "this weekend")[1] == "2019-W10-WE"
    # "the weekend" without a cue is still the one just past
    assert timex("Three people were killed over the weekend.", "the weekend")[1] == "2019-W10-WE"


# Which way a fixture points


def test_a_fixture_with_a_plural_subject_lies_ahead():
    assert timex("The champions face Liverpool on Sunday.", "Sunday")[1] == "2019-03-17"
    assert timex("EU leaders meet Trump on Tuesday in Brussels.", "Tuesday")[1] == "2019-03-19"
    # not when the meeting did not happen, nor "face" as a noun
    assert timex("The two sides did not meet Putin on Monday.", "Monday")[1] == "2019-03-11"
    assert timex("Officials who face charges on Monday were freed.", "Monday")[1] == "2019-03-11"


# "over" as a preposition after a verb's particle


def test_over_after_a_particle_spreads_the_period():
    assert timex("The cut will be phased in over three years.", "three years") == (
        "DURATION",
        "P3Y",
        None,
    )
    assert timex("It was the first time in over three years.", "over three years") == (
        "DURATION",
        "P3Y",
        "MORE_THAN",
    )


# The nth weekday of a month


def test_the_nth_weekday_of_a_month_is_one_day():
    assert values("The race is run on the first Sunday in May.", THURSDAY) == [
        ("the first Sunday in May", "2019-05-05")
    ]
    assert (
        timex("The board meets on the last Friday of March.", "the last Friday of March")[1]
        == "2019-03-29"
    )
    text = "The election was held on the second Tuesday of January 2018."
    assert timex(text, "the second Tuesday of January 2018")[1] == "2018-01-09"
    # "the second week of June" stays a week
    assert (
        timex("Lists come out in the second week of June.", "the second week of June")[1]
        == "2019-W24"
    )

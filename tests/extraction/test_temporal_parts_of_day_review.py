"""Eighth pass (issue 4): mistakes found with invented sentences on disasters, sport,
courts and markets, fixed as general rules. Every sentence here is invented; the DCT is
a Monday (24 October 2022) unless a test says otherwise.
"""

import datetime as dt

from tests.extraction import by_text, values

MONDAY = dt.date(2022, 10, 24)


def timex(text: str, phrase: str, dct: dt.date = MONDAY):
    found = by_text(text, phrase, dct)
    return found.type, found.value


# A part of the day counted like a day


def test_the_evening_before_is_the_previous_days_evening():
    assert timex("The evening before, police had cleared the square.", "The evening before") == (
        "TIME",
        "2022-10-23TEV",
    )
    assert timex("The night before, rebels had shelled the town.", "The night before") == (
        "TIME",
        "2022-10-23TNI",
    )
    assert timex("He left the morning after.", "the morning after") == ("TIME", "2022-10-25TMO")


def test_nights_counted_from_the_story_day_are_nights():
    text = "He was freed on Wednesday, October 12. Two nights later, he fled."
    assert timex(text, "Two nights later") == ("TIME", "2022-10-14TNI")


def test_the_morning_after_an_event_is_left_to_the_event():
    # As the reading guide says of "the night the plane went down": nothing to mark.
    assert values("The morning after the vote, markets fell.", MONDAY) == []
    assert values("The night before the election, he slept little.", MONDAY) == []


# Which way a weekday points


def test_a_fixture_against_a_team_with_the_lies_ahead():
    assert timex("England play the United States on Friday evening.", "Friday evening") == (
        "TIME",
        "2022-10-28TEV",
    )


def test_advice_given_to_someone_points_ahead():
    assert timex("Police urged residents to avoid the area on Tuesday.", "Tuesday") == (
        "DATE",
        "2022-10-25",
    )
    text = (
        "Doctors advised people with asthma and other respiratory conditions to stay indoors "
        "on Monday night and Tuesday morning."
    )
    assert timex(text, "Tuesday morning") == ("TIME", "2022-10-25TMO")
    assert timex("Officials told residents not to return before Wednesday.", "Wednesday") == (
        "DATE",
        "2022-10-26",
    )
    # ... but a question about what happened stays in the past
    assert timex("Reporters asked why he went to see her on Tuesday.", "Tuesday") == (
        "DATE",
        "2022-10-18",
    )


# Seasons of a year named relatively


def test_the_spring_of_last_year_is_one_expression():
    assert values("The plan was unveiled in the spring of last year.", MONDAY) == [
        ("the spring of last year", "2021-SP")
    ]
    assert values("It will open in the autumn of next year.", MONDAY) == [
        ("the autumn of next year", "2023-FA")
    ]
    text = "He moved to Rome in 2015 and married in the summer of the following year."
    assert values(text, MONDAY) == [
        ("2015", "2015"),
        ("the summer of the following year", "2016-SU"),
    ]

"""Twelfth pass (issue 4): mistakes found with invented sentences on conflicts, transport
and technology, the arts, local government and energy, fixed as general rules. Every
sentence here is invented; the DCT is a Thursday (14 March 2019) unless a test says
otherwise.
"""

import datetime as dt

from tests.extraction import THURSDAY, values
from tests.extraction import attributes as timex

SATURDAY = dt.date(2019, 3, 16)


def test_the_week_ahead_is_the_week_of_most_of_the_coming_seven_days():
    assert timex("Investors will watch jobs data in the week ahead.", "the week ahead") == (
        "DATE",
        "2019-W12",
        None,
    )
    monday = dt.date(2019, 3, 11)
    assert timex("Talks resume in the week ahead.", "the week ahead", monday)[1] == "2019-W11"
    assert timex("The month ahead looks busy.", "The month ahead", SATURDAY)[1] == "2019-04"
    assert timex("The year ahead will be hard.", "The year ahead")[1] == "2019"
    assert timex("The year ahead will be hard.", "The year ahead", dt.date(2019, 11, 2))[1] == (
        "2020"
    )
    # the plural stays a vague future
    assert timex("The weeks ahead will be hard.", "The weeks ahead")[1] == "FUTURE_REF"
    # "ahead" of something is not the stretch ahead
    assert values("Shares rose the week ahead of the vote.", THURSDAY)[0][0] != "the week ahead"


def test_the_nth_weekend_of_a_month_is_the_weekend_of_its_nth_saturday():
    assert timex(
        "The fire broke out on the last weekend of November 2010.",
        "the last weekend of November 2010",
    ) == (
        "DATE",
        "2010-W47-WE",
        None,
    )
    # 1 June 2019 is a Saturday
    assert timex("The fair takes place on the first weekend of June.", "the first weekend of June")[
        1
    ] == ("2019-W22-WE")
    assert timex(
        "The fair took place on the last weekend of September.", "the last weekend of September"
    )[1] == ("2018-W39-WE")


def test_a_year_before_a_word_is_no_clock_with_a_time_zone():
    # "EST" must be a whole word: "in 2023 estimated" is the year
    dct = dt.date(2025, 6, 19)
    assert timex("A report released in 2023 estimated the cost.", "2023", dct)[:2] == (
        "DATE",
        "2023",
    )
    assert timex("The club was founded in 2019 established by locals.", "2019", dct)[1] == "2019"
    assert timex("The curfew starts at 2100 GMT.", "2100 GMT")[:2] == ("TIME", "2019-03-14T21:00")


def test_half_an_hour_is_thirty_minutes_before_ago_or_earlier_too():
    wednesday = dt.date(2024, 3, 27)
    assert timex("The ship left half an hour ago.", "half an hour", wednesday)[:2] == (
        "DURATION",
        "PT30M",
    )
    assert timex(
        "The Dali had left the port about half an hour earlier.", "about half an hour", wednesday
    ) == ("DURATION", "PT30M", "APPROX")
    assert timex("It took half an hour.", "half an hour")[1] == "PT30M"


def test_a_verb_whose_past_is_its_base_is_no_past_after_a_modal_or_as_a_noun():
    sunday = dt.date(2024, 6, 2)
    assert timex("The rains will cut off many roads until October.", "October", sunday)[1] == (
        "2024-10"
    )
    friday = dt.date(2024, 4, 12)
    assert timex("The group plans to cut output in September.", "September", friday)[1] == (
        "2024-09"
    )
    assert (
        timex(
            "The Fed is expected to delay its first rate cut until September.", "September", friday
        )[1]
        == "2024-09"
    )
    # the past verb still looks back
    assert timex("The group cut output in September.", "September", friday)[1] == "2023-09"


def test_a_comparison_with_a_plan_has_no_tense_of_its_own():
    thursday = dt.date(2024, 9, 26)
    assert timex(
        "The kingdom is committed to bringing back output as planned from Dec. 1.",
        "Dec. 1",
        thursday,
    )[1] == ("2024-12-01")


def test_expected_or_due_right_before_a_day_points_forward():
    monday = dt.date(2022, 4, 4)
    assert timex(
        "The US will push to suspend Russia, with a vote expected Thursday.", "Thursday", monday
    )[1] == ("2022-04-07")
    assert timex("A ruling is due Friday.", "Friday", monday)[1] == "2022-04-08"


def test_a_plan_told_as_overtaken_looks_back():
    assert timex(
        "The redeployment was supposed to be completed by January 7 but has been delayed.",
        "January 7",
    )[1] == ("2019-01-07")


def test_a_forecast_in_the_present_points_forward():
    thursday = dt.date(2024, 1, 4)
    assert timex("Forecasters expect the heaviest snowfall on Friday.", "Friday", thursday)[1] == (
        "2024-01-05"
    )
    assert timex("Traders expect a recovery in September.", "September", dt.date(2024, 4, 12))[
        1
    ] == ("2024-09")
    assert timex(
        "A winter storm warning is in effect from 6 p.m. Friday.", "6 p.m. Friday", thursday
    )[1] == ("2024-01-05T18:00")


def test_a_year_or_a_week_earlier_keeps_the_month_or_day_compared_with():
    assert timex(
        "Sales fell 80 percent in April compared with a year earlier.",
        "a year earlier",
        dt.date(2020, 6, 13),
    )[1] == ("2019-04")
    assert timex(
        "EU storage was 72% full on Dec. 31, compared with 86% a year earlier.",
        "a year earlier",
        dt.date(2025, 1, 2),
    )[1] == ("2023-12-31")
    assert timex(
        "Brent settled at $73.06 on Friday, down from $79.04 a week earlier.",
        "a week earlier",
        dt.date(2024, 10, 19),
    )[1] == ("2024-10-11")
    # an earnings story's quarter still comes first
    assert timex(
        "Sales fell 8 percent in the second quarter compared with a year earlier.",
        "a year earlier",
        dt.date(2020, 6, 13),
    )[1] == ("2019-Q2")
    # a month of another sentence is not the one compared with
    assert timex("Sales rose in March. Profit was up from a year earlier.", "a year earlier")[
        1
    ] == ("2018")


def test_the_end_of_a_range_of_clocked_weekdays_is_after_its_start():
    saturday = dt.date(2023, 6, 24)
    found = values("The bridge will be closed from 7 p.m. Friday until 5 a.m. Monday.", saturday)
    assert found == [("7 p.m. Friday", "2023-06-30T19:00"), ("5 a.m. Monday", "2023-07-03T05:00")]
    thursday = dt.date(2024, 1, 4)
    assert values("A warning is in effect from 6 p.m. Friday until noon Sunday.", thursday) == [
        ("6 p.m. Friday", "2024-01-05T18:00"),
        ("noon Sunday", "2024-01-07T12:00"),
    ]


def test_two_weekdays_in_a_row_joined_by_and_are_two_days_in_a_row():
    friday = dt.date(2022, 6, 17)
    assert values("EU leaders will meet at a summit next Thursday and Friday.", friday) == [
        ("next Thursday", "2022-06-23"),
        ("Friday", "2022-06-24"),
    ]
    tuesday = dt.date(2024, 11, 19)
    assert values("It said it would impose blackouts on Monday and Tuesday.", tuesday) == [
        ("Monday", "2024-11-25"),
        ("Tuesday", "2024-11-26"),
    ]
    # a list of days out of order stays as told
    assert values("Statements were made Friday and Thursday.", friday) == [
        ("Friday", "2022-06-17"),
        ("Thursday", "2022-06-16"),
    ]

"""Thirteenth pass (issue 4, tagger 1.4.11): what an editor's test story showed (a live blog,
a weekday counted back, a day declared ahead, a clock time after the day of a saying), fixed
as general rules. Every sentence here is invented; the DCT is a Thursday (14 March 2019)
unless a test says otherwise.
"""

import datetime as dt

from tests.extraction import THURSDAY, values
from tests.extraction import attributes as timex

MONDAY = dt.date(2019, 3, 18)


def test_a_clock_time_after_the_day_of_a_saying_is_on_the_day_of_the_happening():
    text = (
        "The bridge collapsed late on Tuesday, killing four people, police said on "
        "Wednesday. The deck gave way at about 11:40 p.m., witnesses said."
    )
    assert timex(text, "about 11:40 p.m.", dt.date(2019, 3, 13))[1] == "2019-03-12T23:40"
    # with no saying in between, the story's day holds as before
    text = "Voting ended on Wednesday. The count began at 9 p.m."
    assert timex(text, "9 p.m.")[1] == "2019-03-13T21:00"


def test_a_weekday_counted_back_is_in_the_week_the_count_says():
    text = "The dam burst on Saturday night, nine days ago."
    assert values(text, MONDAY) == [
        ("Saturday night", "2019-03-09TNI"),
        ("nine days ago", "2019-03-09"),
    ]
    assert values("He was arrested on Tuesday, two weeks ago.", MONDAY)[0] == (
        "Tuesday",
        "2019-03-05",
    )
    # the two disagree: both stay as they are
    assert values("The plant closed on Friday, nine days ago.", MONDAY)[0] == (
        "Friday",
        "2019-03-15",
    )


def test_a_weekday_declared_a_day_of_something_is_ahead():
    assert timex("The government has declared Friday a day of mourning.", "Friday", MONDAY)[1] == (
        "2019-03-22"
    )
    assert timex("The council named Monday as a public holiday.", "Monday")[1] == "2019-03-18"
    # the day of the declaration itself stays where the tense puts it
    assert timex("The ministry declared Tuesday that the strike was over.", "Tuesday")[1] == (
        "2019-03-12"
    )


def test_a_live_blog_time_stamp_line_is_a_time_of_the_news_day():
    text = "Latest updates.\n\n18:20\n\nThe cabinet will meet.\n\n09.12 GMT\n\nRescue resumed."
    assert values(text, THURSDAY) == [
        ("18:20", "2019-03-14T18:20"),
        ("09.12 GMT", "2019-03-14T09:12"),
    ]
    # a score or a clock inside a sentence is not a stamp
    assert values("The vote was 18:20 against.", THURSDAY) == []
    assert values("\n25:99\n", THURSDAY) == []

"""Fourth pass (issue 4): expressions HeidelTime finds in the unannotated Reuters Libya
articles that the tagger missed, where TimeML, TimeBank and the readings agree they are
time expressions. Every sentence is invented; the DCT is 5 April 2011 unless given.
"""

import datetime as dt

from tests.extraction import values

APRIL = dt.date(2011, 4, 5)


def test_a_plural_unit_long_is_a_duration_of_unknown_length():
    assert values("The rebels broke a months-long siege.", APRIL) == [("months-long", "PXM")]
    assert values("It ended a years-long feud.", APRIL) == [("years-long", "PXY")]
    assert values("It ended a decade-long feud.", APRIL) == [("decade-long", "P1DE")]


def test_a_delivery_month_after_crude_for_is_a_date():
    assert values("Brent crude for May rose $2.71 to $125.38.", APRIL) == [("May", "2011-05")]
    assert values("U.S. crude for May delivery settled up 86 cents.", APRIL) == [("May", "2011-05")]
    assert values("Many voted for May in the end.", APRIL) == []


def test_decades_without_an_apostrophe_after_the_or_in_a_list():
    assert values("They studied abroad in the 70s and 80s.", APRIL) == [
        ("the 70s", "197X"),
        ("80s", "198X"),
    ]
    assert values("It is mainly vintage 1950s, 60s and 70s kit.", APRIL) == [
        ("1950s", "195X"),
        ("60s", "196X"),
        ("70s", "197X"),
    ]
    assert values("The scandal broke in the late 80s.", APRIL) == [("the late 80s", "198X")]


def test_short_decades_that_are_ages_temperatures_or_scores_are_not_dates():
    text = (
        "Patients in their 70s and 80s waited as highs in the 70s gave way to rain; "
        "more students are scoring in the 90s."
    )
    assert values(text, APRIL) == []


def test_a_decade_in_words_with_a_position_word():
    assert values("The band split up in the late sixties.", APRIL) == [("the late sixties", "196X")]
    assert values("He is in his late sixties.", APRIL) == []

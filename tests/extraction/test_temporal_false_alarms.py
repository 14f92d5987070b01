"""Things that look like dates but are not."""

import pytest

from tests.extraction import tag


def test_may_and_march_as_verbs():
    assert tag("Prices may rise. Protesters march to the square.") == []
    assert tag("They may march on the capital.") == []


def test_may_as_month_with_context():
    assert [t.value for t in tag("The vote was held in May.")] == ["2016-05"]


def test_newspaper_names():
    assert tag("He told the Sunday Times the plan was dead.") == []


def test_money_counts_and_compound_numbers():
    assert tag("Tickets cost $27 and 12 people were hurt.") == []
    assert tag("The 14-member delegation counted 310,000 dead.") == []


def test_names_and_slug_lines():
    assert tag("Fateh al-Sham fighters withdrew.") == []
    assert tag("3rd UPDATE: Syria talks") == []


def test_headline_capitals():
    assert tag("MAY DAY RALLY TURNS VIOLENT") == []
    assert tag("ABC's This Week interviewed him.") == []


def test_numbers_in_tables_are_not_years():
    assert tag("Wheat 1500 1620 1710\nBarley 980 1040 1100") == []


def test_un_resolution_number_is_not_a_year():
    assert [t.text for t in tag("Resolution 1973 authorised a no-fly zone in 2011.")] == ["2011"]


@pytest.mark.parametrize(
    "text",
    [
        "U.N. Security Council resolutions 1970 and 1973, read together, allow it.",
        "If (resolution) 1973 (on Libya) is abused, Moscow will object.",
        "Flights 1200, 1201 or 1202 were cancelled.",
    ],
)
def test_numbers_further_on_in_a_list_of_labels_are_not_years(text):
    assert tag(text) == []


def test_a_year_after_a_labelled_number_and_a_preposition_stays_a_year():
    assert [t.text for t in tag("Resolution 1441 of 2002 and the war of 2003.")] == ["2002", "2003"]


def test_ages_are_not_durations():
    assert tag("Mr. Smith, 52 years old, will succeed him.") == []


def test_fraction_is_not_a_duration():
    assert tag("The country imports three-quarters of its food.") == []


def test_names_with_month_words():
    assert tag("April Glaspie met him.") == []


def test_fall_of_a_city_is_not_autumn():
    assert tag("The fall of Aleppo shocked the world.") == []


def test_capitalised_names_built_on_time_words():
    assert tag("Athletes prepared for the Winter Olympics in Sochi.") == []
    assert [t.text for t in tag("Israel won the Six-Day War in 1967.")] == ["1967"]


def test_phone_numbers_are_not_years():
    assert tag("Call 555-1990 for details.") == []


def test_season_at_sentence_start_is_still_a_season():
    assert [t.value for t in tag("Summer 2017 was hot.")] == ["2017-SU"]


def test_year_ranges_are_two_years_not_a_month():
    found = tag("The 2003-04 season was his best.")
    assert [(t.text, t.value) for t in found] == [("2003", "2003"), ("04", "2004")]

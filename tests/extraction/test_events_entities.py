"""Actors and places normalised across articles (docs/events.md, "Actors and places"):
capitals and seats of government standing for their country, a story's own government.

Every sentence here is invented for its rule; none is taken from the evaluation articles.
"""

import datetime as dt

import pytest

from timeline.extraction import extract_events
from timeline.extraction.events.entities import find_entities, home_country

DCT = dt.date(2017, 1, 23)


@pytest.mark.parametrize(
    "text, actors",
    [
        ("Moscow and Ankara brokered a ceasefire.", ["Russia", "Turkey"]),
        ("Washington said it would send envoys.", ["United States"]),
        ("A truce brokered by Moscow and Ankara held.", ["Russia", "Turkey"]),
        ("Ankara's decision angered the rebels.", ["Turkey", "rebels"]),
        ("Moscow, Ankara and Tehran agreed to a plan.", ["Russia", "Turkey", "Iran"]),
        ("The Kremlin said the talks were useful.", ["Russia"]),
        ("Downing Street denied the report.", ["United Kingdom"]),
    ],
)
def test_a_capital_or_seat_of_government_that_acts_stands_for_its_country(text, actors):
    assert find_entities(text) == (actors, [])


@pytest.mark.parametrize(
    "text, places",
    [
        ("The talks in Moscow ended.", ["Moscow"]),
        ("Tripoli fell to the rebels.", ["Tripoli"]),
        ("Rebels entered Tripoli at dawn.", ["Tripoli"]),
        ("Damascus residents said the shelling stopped.", ["Damascus"]),
        ("He met the envoy at the White House.", ["White House"]),
    ],
)
def test_a_capital_where_things_happen_stays_a_place(text, places):
    assert find_entities(text)[1] == places


def test_a_demonym_before_a_state_group_names_whose_it_is():
    assert find_entities("The Syrian government and Russian troops said.")[0] == [
        "Syria",
        "Syria government",
        "Russia",
        "Russia military",
    ]
    assert find_entities("Syrian rebels said.")[0] == ["Syria", "rebels"]


def test_a_story_about_one_country_names_its_bare_government():
    clauses = [["Syria"], ["Syria", "rebels"], ["Syria government"], ["Russia"], ["Homs"]]
    assert home_country(clauses) == "Syria"
    assert home_country([["Syria"], ["Russia"], ["Syria"], ["Russia"]]) is None
    text = (
        "DAMASCUS (Wire) - Syria's army shelled Homs on Monday. The regime said on Tuesday "
        "it would keep up the pressure on Syria's rebels. Syria's neighbours met in Amman "
        "on Wednesday. Syrian refugees crossed into Lebanon on Thursday."
    )
    statement = next(e for e in extract_events(text, DCT).events if e.title.startswith("Regime"))
    assert "Syria government" in statement.actors and "government" not in statement.actors


def test_month_abbreviations_are_no_actors():
    assert find_entities("The deal of Dec. 30 and the talks of Feb. 8 held.") == ([], [])

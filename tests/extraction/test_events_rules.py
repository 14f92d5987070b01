"""Each rule of the event engine on a small text of its own (docs/events.md)."""

import datetime as dt

import pytest

from timeline.extraction import extract_events
from timeline.extraction.events.dating import infer_dct, shift
from timeline.extraction.events.entities import find_entities
from timeline.extraction.events.text import split_sentences

DCT = dt.date(2011, 3, 2)  # a Wednesday


def events_of(text, dct=DCT):
    return extract_events(text, dct).events


def only(text, dct=DCT):
    events = events_of(text, dct)
    assert len(events) == 1, [(e.value, e.title) for e in events]
    return events[0]


# Titles: headline English from the clause's own words.


def test_title_is_subject_verb_object_in_the_present_without_the_date():
    event = only("Rebels captured the oil port of Brega on Monday.")
    assert event.title == "Rebels capture oil port of Brega"
    assert event.value == "2011-02-28"
    assert event.summary == "Rebels captured the oil port of Brega on Monday."


def test_a_singular_subject_takes_the_third_person():
    assert only("NATO launched air strikes on Tripoli on Sunday.").title.startswith(
        "NATO launches air strikes"
    )


def test_a_passive_with_its_agent_is_turned_active():
    event = only("The truce was brokered by Turkey and Russia on Tuesday.")
    assert event.title == "Turkey and Russia broker truce"


def test_a_passive_without_agent_drops_its_auxiliary():
    assert only("Nine civilians were killed in Homs on Sunday.").title == (
        "Nine civilians killed in Homs"
    )


def test_a_future_becomes_to_and_is_planned():
    event = only("The foreign ministers will meet in Paris on Friday.")
    assert event.title == "Foreign ministers to meet in Paris"
    assert event.modality == "planned"
    assert event.value == "2011-03-04"


def test_which_saw_x_do_y_titles_the_event_it_saw():
    event = only("The deal, which saw France and Britain send jets to Crete last week, held.")
    assert event.title.startswith("France and Britain send jets to Crete")
    assert event.granularity == "week"


def test_an_object_relative_clause_takes_its_antecedent_as_object():
    event = only("They drafted a statement that the envoys were expected to sign Thursday.")
    assert event.title == "Envoys expected to sign statement"


def test_a_title_never_runs_past_a_dozen_words():
    event = only(
        "Rebels seized the airport, the port, the barracks, the radio station, the bank "
        "and the old market square of the coastal town on Monday."
    )
    assert len(event.title.split()) <= 12


# Reporting verbs: the date of the saying dates the statement.


def test_a_date_on_said_dates_the_statement_of_the_speaker():
    event = only(
        "Foreign Minister Alain Juppe said on Tuesday that France had recognised the council."
    )
    assert event.title.startswith("Alain Juppe says France")
    assert event.value == "2011-03-01"


def test_a_trailing_attribution_dates_the_statement_whose_content_comes_first():
    event = only("Gaddafi will fight to the last man, his son Saif al-Islam said on Monday.")
    assert event.title.startswith("Saif al-Islam says Gaddafi")
    assert event.value == "2011-02-28"


def test_a_date_inside_the_reported_clause_dates_that_clause():
    event = only("The spokesman said the talks would resume on Friday.")
    assert event.title == "Talks to resume"
    assert event.modality == "planned"


# Dates: precision as the text gives it, and what is not an event.


def test_a_month_is_a_month_never_a_day():
    event = only("The regime recaptured Aleppo in December 2016.", dt.date(2017, 1, 23))
    assert (event.value, event.granularity) == ("2016-12", "month")
    assert (event.start, event.end) == (dt.date(2016, 12, 1), dt.date(2016, 12, 31))


def test_no_event_from_a_bare_duration_or_a_vague_reference():
    assert events_of("Nearly six years of war have killed thousands.") == []
    assert events_of("Fighting has intensified in recent months.") == []


def test_no_event_from_a_date_that_only_bounds_a_state():
    assert events_of("It was the worst violence since 1969.") == []


def test_an_approximate_timex_makes_an_approximate_event():
    event = only("Protests began around mid-February.")
    assert event.granularity == "month"


def test_a_future_date_is_planned_even_without_a_modal():
    event = only("The summit opens in Brussels next Tuesday.")
    assert event.modality == "planned"


def test_could_or_may_have_with_a_date_that_is_over_happened():
    # Wednesday 2 March: 28 February is over. Past ability and "may have" happened.
    heard = only("Explosions could be heard in the streets of Benghazi on February 28.")
    assert (heard.value, heard.modality) == ("2011-02-28", "occurred")
    ordered = only("Officials said Gaddafi may have ordered the attack on Monday.")
    assert ordered.modality == "occurred"


def test_could_with_a_date_not_yet_over_is_still_planned():
    taken = only("Rebels could take the town of Brega by March 10, a commander said.")
    assert (taken.value, taken.modality) == ("2011-03-10", "planned")
    assert only("Libya could become a democracy this year.").modality == "planned"


def test_expected_to_sign_tuesday_is_the_coming_tuesday():
    event = only("Delegates were expected to sign the accord Tuesday.", dt.date(2017, 1, 23))
    assert event.value == "2017-01-24"
    assert event.modality == "planned"


# Dates the tagger alone cannot give.


def test_n_units_after_a_clause_dates_that_clause_before_the_anchor():
    event = only("The talks come a month after the regime recaptured Aleppo.", dt.date(2017, 1, 23))
    assert event.title == "Regime recaptures Aleppo"
    assert (event.value, event.granularity, event.approximate) == ("2016-12", "month", True)
    assert event.dating == "anchored"


def test_n_days_after_a_clause_counts_from_the_sentences_own_date():
    event = next(
        e
        for e in events_of(
            "Forces shelled Misrata on Sunday, two days after rebels seized the port."
        )
        if e.dating == "anchored"
    )
    assert event.value == "2011-02-25"
    assert event.title == "Rebels seize port"


def test_an_as_clause_sets_the_scene_at_the_dct_and_the_main_clause_inherits_it():
    event = only("As the delegations travelled to Geneva, shelling killed five people in Homs.")
    assert (event.value, event.approximate, event.dating) == ("2011-03-02", True, "narrative")
    assert event.mentions[0].timex_text == "As the delegations travelled to Geneva"
    assert event.title == "Shelling kills five people in Homs"


def test_one_event_mentioned_twice_has_two_mentions():
    text = "Rebels began peace talks in Doha on Monday. Envoys met ahead of Monday's talks."
    event = only(text, dt.date(2011, 2, 28))
    assert [m.timex_text for m in event.mentions] == ["Monday", "Monday"]
    assert event.mentions[0].sentence != event.mentions[1].sentence


def test_different_happenings_on_one_day_stay_apart():
    text = "Rebels captured Brega on Monday. NATO jets struck Tripoli on Monday."
    assert len(events_of(text)) == 2


def test_a_dated_event_noun_takes_its_description_and_agent_from_the_sentence():
    event = only("It broke the March 20 truce, the ceasefire deal brokered by the African Union.")
    assert event.title.startswith("African Union brokers")
    assert event.value == "2011-03-20"
    assert "African Union" in event.actors


# The publication date, when the article has none.


def test_a_weekday_with_a_date_fixes_the_year():
    assert (
        infer_dct("Talks opened on Monday, January 23, after the 2011 war began.")
        == (dt.date(2017, 1, 23))
        or infer_dct("Talks opened on Monday, January 23.") is not None
    )
    assert infer_dct("Fighting since 2011; nearly six years of war. Monday, January 23.") == (
        dt.date(2017, 1, 23)
    )


def test_a_dateline_timestamp_is_the_publication_date():
    text = "TRIPOLI | Mon Feb 21, 2011 3:51 pm IST TRIPOLI (Reuters) - Protests spread on Monday."
    extraction = extract_events(text, None)
    assert extraction.dct == dt.date(2011, 2, 21)
    assert extraction.dct_inferred is True
    assert [e.value for e in extraction.events] == ["2011-02-21"]


def test_without_a_date_the_latest_full_date_in_the_text_is_used():
    assert infer_dct("Rebels took Zawiyah on March 5, 2011 and Brega on March 13, 2011.") == (
        dt.date(2011, 3, 13)
    )


def test_a_datelines_own_day_is_the_publication_date_in_the_year_the_text_implies():
    # The strike is called for Monday, February 28 (a Monday in 2011): the story is of the
    # 24th, the dateline's day, not of the day it announces.
    text = (
        "TUNIS, Feb 24 (Reuters) - Unions called a general strike for Monday, February 28, "
        "since the uprising of 2011 began."
    )
    assert infer_dct(text) == dt.date(2011, 2, 24)
    assert infer_dct("PARIS, 3 March (AFP) - Talks ended on March 7, 2014.") == (
        dt.date(2014, 3, 3)
    )


def test_a_datelines_day_alone_is_its_latest_past_day_on_the_weekday_the_lede_says():
    # "NAIROBI, Nov 15" and no year anywhere: a newsroom reads the latest 15 November gone,
    # a Sunday here, the day the lede's saying names.
    text = "NAIROBI, Nov 15 (Reuters) - A dam burst late on Saturday, police said on Sunday."
    today = dt.date.today()
    sundays = [
        day
        for year in range(today.year, today.year - 40, -1)
        if (day := dt.date(year, 11, 15)) <= today and day.weekday() == 6
    ]
    assert infer_dct(text) == sundays[0]
    assert infer_dct(text).weekday() == 6


def test_a_date_still_to_come_is_not_a_publication_date():
    assert infer_dct("Elections are set for March 19, 2091, officials said.") is None


def test_a_text_with_no_date_at_all_has_no_dct_and_no_relative_events():
    extraction = extract_events("Rebels captured Brega on Monday.", None)
    assert extraction.dct is None
    assert extraction.events == []


@pytest.mark.parametrize(
    ("anchor", "duration", "direction", "expected"),
    [
        (dt.date(2017, 1, 23), "P1M", -1, ("2016-12", "month")),
        (dt.date(2017, 1, 23), "P2D", -1, ("2017-01-21", "day")),
        (dt.date(2017, 1, 23), "P1W", 1, ("2017-W05", "week")),
        (dt.date(2017, 1, 23), "P6Y", -1, ("2011", "year")),
        (dt.date(2017, 1, 23), "P1DE", -1, ("2007", "year")),
    ],
)
def test_shift_moves_an_anchor_by_a_duration_at_its_granularity(
    anchor, duration, direction, expected
):
    assert shift(anchor, duration, direction) == expected


# News furniture: never an event.


def test_datelines_credits_and_captions_are_not_news():
    text = (
        "A rebel fighter stands guard in Ajdabiyah, March 2, 2011.\n\n"
        "TRIPOLI | Wed Mar 2, 2011 6:47 pm EST TRIPOLI (Reuters) - "
        "Rebels took Brega on Tuesday.\n\n"
        "(Reporting by Maria Golovnina on Wednesday; Editing by Janet Lawrence)\n\n"
        "Add a comment"
    )
    events = events_of(text)
    assert [(e.value, e.title) for e in events] == [("2011-03-01", "Rebels take Brega")]


def test_sentence_content_starts_after_the_dateline():
    text = "ASTANA, Kazakhstan (3rd UPDATE) – Syrian rebels began talks on Monday."
    sentence = split_sentences(text)[0]
    assert text[sentence.content_start : sentence.content_end].startswith("Syrian rebels")


# Actors and places, normalised.


def test_demonyms_and_group_words_are_normalised():
    actors, places = find_entities("Russian jets and the Syrian regime struck rebels near Aleppo.")
    assert actors == ["Russia", "Syria", "Syria government", "rebels"]
    assert places == ["Aleppo"]


def test_a_country_after_in_is_a_place_and_titles_are_not_names():
    actors, places = find_entities("President Bashar al-Assad spoke in Syria.")
    assert actors == ["Bashar al-Assad"]
    assert places == ["Syria"]


def test_a_chronology_line_dates_the_clause_after_its_dash():
    event = only("June 27 - The ICC issues arrest warrants for Gaddafi and his son.")
    assert event.value == "2011-06-27"
    assert event.title == "ICC issues arrest warrants for Gaddafi and his son"

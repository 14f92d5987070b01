"""Rules of engine 1.2.3 (docs/events.md), from an editor's test of a new story: live blog
entries, coordinated happenings with dates of their own, the main clause after a relative
clause, verbs the headline grammar mangled.

Every text here is invented for its rule; none is taken from the evaluation articles.
"""

import datetime as dt

from timeline.extraction import extract_events

DCT = dt.date(2019, 3, 18)  # a Monday


def events(text, dct=DCT):
    return [(e.value, e.modality, e.title) for e in extract_events(text, dct).events]


def test_each_live_blog_entry_is_dated_by_its_time_stamp():
    text = (
        "Live coverage of the storm.\n\n16:05\n\nThe death toll has risen to 12, the police "
        "chief tells reporters.\n\n11:45\n\nThe governor has declared a state of emergency in "
        "the province.\n\n10:15\n\nThe Red Cross has opened a second shelter at a school."
    )
    assert events(text) == [
        ("2019-03-18", "occurred", "Death toll rises to 12"),
        ("2019-03-18", "occurred", "Governor declares state of emergency in province"),
        ("2019-03-18", "occurred", "Red Cross opens second shelter at school"),
    ]


def test_a_shift_before_a_noun_is_no_dated_clause():
    text = "An inspector visited the dam two weeks before the disaster and found nothing wrong."
    assert events(text) == []


def test_coordinated_verbs_with_dates_of_their_own_are_two_events():
    assert events(
        "Rotich, 49, was arrested on March 11 and charged three days later with fraud."
    ) == [
        ("2019-03-11", "occurred", "Rotich arrested"),
        ("2019-03-14", "occurred", "Rotich charged with fraud"),
    ]
    assert events("Tanks shelled the town on Friday and snipers fired on crowds on Saturday.") == [
        ("2019-03-15", "occurred", "Tanks shell town"),
        ("2019-03-16", "occurred", "Snipers fire on crowds"),
    ]
    # one date for both verbs: one event
    assert events("Gunmen killed three guards and wounded five others on Friday.") == [
        ("2019-03-15", "occurred", "Gunmen kill three guards and wound five others")
    ]


def test_a_fact_and_a_plan_said_together_are_dated_apart():
    text = (
        "The Red Cross said on Sunday it had set up a camp at the stadium and would open a "
        "second camp at a school on Tuesday."
    )
    assert ("2019-03-19", "planned", "Red Cross to open second camp at school") in events(text)


def test_the_main_clause_after_a_relative_clause_keeps_its_subject():
    text = (
        "The inquiry into the collapse, which opened on Monday, heard on Tuesday from the "
        "head of the water authority."
    )
    assert events(text, dt.date(2019, 3, 20)) == [
        ("2019-03-18", "occurred", "Inquiry into collapse opens"),
        ("2019-03-19", "occurred", "Inquiry into collapse hears from head of water authority"),
    ]
    text = "The manager, who was arrested on Tuesday, was charged on Friday with fraud."
    assert ("2019-03-15", "occurred", "Manager charged with fraud") in events(text)
    text = "The engineers who cleared the road are expected to leave the area next week."
    assert events(text) == [("2019-W13", "planned", "Engineers expected to leave area")]


def test_verb_groups_the_headline_grammar_misread():
    assert events("Flags will fly at half-mast from Wednesday.") == [
        ("2019-03-20", "planned", "Flags to fly at half-mast")
    ]
    assert events("The minister toured the site on Sunday.") == [
        ("2019-03-17", "occurred", "Minister tours site")
    ]
    text = "The agency said on Sunday it had so far ordered three dams to be drained."
    assert events(text) == [
        ("2019-03-17", "occurred", "Agency says it orders three dams to be drained")
    ]
    assert events("The leader has pledged to quit in 2021.") == [
        ("2021", "planned", "Leader pledges to quit")
    ]


def test_the_month_may_is_no_modal():
    text = "The donors agreed in May to set up a fund for the displaced."
    assert events(text, dt.date(2019, 6, 20)) == [
        ("2019-05", "occurred", "Donors agree to set up fund for displaced")
    ]


def test_a_witness_story_of_the_morning_is_no_dated_event():
    assert events('"When the morning came there was nothing left of our village."') == []
    assert events('"He was arrested today in the capital," the police chief told Reuters.') != []


def test_a_fronted_date_dates_the_main_clause_after_a_subordinate_one():
    text = (
        "In early March, after the rains began, a farmer photographed water leaking from the dam."
    )
    assert events(text) == [("2019-03", "occurred", "Farmer photographs water leaking from dam")]
    text = "On Friday, when the talks opened, the rebels walked out."
    assert events(text) == [("2019-03-15", "occurred", "Rebels walk out")]


def test_a_month_naming_a_figure_dates_nothing():
    text = "Officials said rainfall in the past week was three times the March average."
    assert events(text) == []


def test_a_dated_aside_between_subject_and_verb_dates_the_verb():
    assert events("The board, at its meeting on March 12, approved the merger.") == [
        ("2019-03-12", "occurred", "Board approves merger")
    ]
    assert events("The council, meeting on Friday, rejected the plan.") == [
        ("2019-03-15", "occurred", "Council rejects plan")
    ]
    text = "The minister, in an interview on Friday, said the talks had collapsed."
    assert events(text) == [("2019-03-15", "occurred", "Minister says talks collapse")]


def test_a_day_declared_in_apposition_keeps_what_it_was_declared():
    text = "The President has declared Friday, 22 March 2019, a national day of mourning."
    assert events(text) == [
        ("2019-03-22", "planned", "President declares national day of mourning")
    ]


def test_an_approximate_hour_leaves_the_day_exact():
    text = "The dam burst late on Saturday, police said on Sunday. It gave way at about 11:40 p.m."
    found = extract_events(text, DCT).events
    assert [(e.value, e.approximate) for e in found if e.title.endswith("gives way")] == [
        ("2019-03-16", False)
    ]

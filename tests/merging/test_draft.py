"""The draft timeline's choice of days: chronologies first, then references, then support."""

import datetime

import pytest

from tests.factories import MentionFactory
from timeline.duplicates.draft import (
    DayEvidence,
    DraftCandidate,
    date_f1,
    day_evidence,
    is_chronology_line,
    pick_dates,
)
from timeline.selectors.merging import draft_timeline

DAY = datetime.date(2011, 8, 21)


def days(*numbers):
    return [DAY + datetime.timedelta(days=n) for n in numbers]


@pytest.mark.parametrize(
    "sentence, timex, expected",
    [
        ("Aug 21 - Rebels enter Tripoli.", "Aug 21", True),
        ("-- Aug 21 - Rebels enter Tripoli.", "Aug 21", True),
        ("Here is a timeline: Feb 15/16, 2011 - A riot in Benghazi.", "Feb 15", True),
        ("March 19: First air strikes halt the advance.", "March 19", True),
        ("Rebels entered Tripoli on Aug 21 - a Sunday.", "Aug 21", False),
        ("Aug 21 was the day rebels entered Tripoli.", "Aug 21", False),
    ],
)
def test_a_chronology_line_opens_on_its_date_and_a_dash(sentence, timex, expected):
    at = sentence.index(timex)
    assert is_chronology_line(sentence, at, at + len(timex)) is expected


def test_a_day_counts_the_articles_that_list_it_and_those_that_report_it():
    evidence = day_evidence(
        [(DAY, 1, True), (DAY, 1, False), (DAY, 2, False), (days(1)[0], 3, False)]
    )
    assert evidence[DAY] == DayEvidence(chronologies=1, articles=2)
    assert evidence[days(1)[0]] == DayEvidence(chronologies=0, articles=1)


def test_a_day_listed_in_a_chronology_comes_before_a_better_supported_one():
    listed, busy, quiet = days(0, 1, 2)
    candidates = [
        DraftCandidate(1, listed, support=1),
        DraftCandidate(2, busy, support=9),
        DraftCandidate(3, quiet, support=5),
    ]
    evidence = {listed: DayEvidence(chronologies=1, articles=1), busy: DayEvidence(0, 2)}
    assert [c.event_id for c in pick_dates(candidates, 2, evidence)] == [1, 2]
    # Without evidence about days, support decides as before.
    assert [c.event_id for c in pick_dates(candidates, 2)] == [2, 3]


def test_each_day_takes_its_best_event_once():
    candidates = [
        DraftCandidate(1, DAY, support=2, approximate=True),
        DraftCandidate(2, DAY, support=2),
        DraftCandidate(3, days(1)[0], support=1),
    ]
    assert [c.event_id for c in pick_dates(candidates, 5)] == [2, 3]


def test_date_f1_compares_the_sets_of_days():
    scores = date_f1(days(0, 1, 2, 3), days(2, 3, 4, 5))
    assert (scores.precision, scores.recall, scores.f1, scores.shared) == (0.5, 0.5, 0.5, 2)


@pytest.mark.django_db
def test_the_draft_prefers_a_day_a_factbox_lists(timeline, make_event, make_article):
    busy = make_event(datetime.date(2011, 8, 20), title="Explosions rattle Tripoli", support=6)
    for number in range(2):  # reported by three articles, the listed day by two
        MentionFactory(event=busy, article=make_article(title=f"Report {number}"))
    listed = make_event(DAY, title="Rebels enter Tripoli", support=1)
    factbox = make_article(title="Factbox")
    line = "Aug 21 - Rebels enter Tripoli."
    MentionFactory(
        event=listed,
        article=factbox,
        sentence=line,
        sentence_start=500,
        sentence_end=500 + len(line),
        timex_start=500,
        timex_end=506,
        timex_text="Aug 21",
    )
    assert [entry.event for entry in draft_timeline(timeline=timeline, dates=1)] == [listed]
    assert [entry.event for entry in draft_timeline(timeline=timeline, dates=2)] == [busy, listed]

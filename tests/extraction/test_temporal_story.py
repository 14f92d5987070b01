"""A whole invented wire story: the tagger's answers must hang together."""

import datetime as dt

from timeline.extraction import annotate

# Invented for this test (DCT: Monday 23 January 2017); the year is never written.
STORY = (
    "ASTANA, Jan 23 (Wire) - Envoys met on Monday, January 23, for talks meant to shore up "
    "the ceasefire agreed on December 30. The rebels are expected to sign a joint statement "
    "Tuesday, a month after the truce took effect. Nearly six years of war have killed "
    "310,000 people since 2011. A 14-member delegation arrived last week; a second round is "
    "planned next month in Geneva, and next month’s Geneva talks will follow in recent "
    "weeks’ spirit, officials said. Monday’s talks were the first in recent months."
)


def test_story_values():
    found = {(t.text, t.value) for t in annotate(STORY, dt.date(2017, 1, 23))}
    assert found >= {
        ("Jan 23", "2017-01-23"),
        ("Monday, January 23", "2017-01-23"),
        ("December 30", "2016-12-30"),
        ("Tuesday", "2017-01-24"),
        ("a month", "P1M"),
        ("Nearly six years", "P6Y"),
        ("2011", "2011"),
        ("last week", "2017-W03"),
        ("next month", "2017-02"),
        ("recent weeks", "PAST_REF"),
        ("Monday", "2017-01-23"),
        ("recent months", "PAST_REF"),
    }


def test_story_has_no_false_alarms_on_numbers_and_names():
    texts = [t.text for t in annotate(STORY, dt.date(2017, 1, 23))]
    assert not any("310" in text or "14" in text or "second" in text for text in texts)


def test_story_types_and_mods():
    by_text = {t.text: t for t in annotate(STORY, dt.date(2017, 1, 23))}
    assert by_text["a month"].type == "DURATION"
    assert by_text["Nearly six years"].mod == "APPROX"
    assert by_text["Tuesday"].anchor == "2017-01-23"

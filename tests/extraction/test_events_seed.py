"""The worked example: the AFP story on the Astana talks yields the eight events of the brief.

The engine is solved with general rules (docs/events.md); this test only checks that the
story an editor knows comes out right, with its dates, granularities and modalities.
"""

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction import extract_events

ASTANA = Path(__file__).parent.parent / "data" / "events" / "afp-astana-talks-2017-01-23.txt"
DCT = dt.date(2017, 1, 23)

# (value, granularity, approximate, modality, words the title must contain)
EXPECTED = [
    ("2016-12-30", "day", False, "occurred", {"turkey", "russia"}),
    ("2017-01-23", "day", False, "occurred", {"talks"}),
    ("2016-12", "month", True, "occurred", {"aleppo"}),
    ("2017-01-24", "day", False, "planned", {"sign"}),
    ("2017-02", "month", False, "planned", {"resume"}),
    ("2017-W03", "week", False, "occurred", {"air", "strikes"}),
    ("2017-01-23", "day", True, "occurred", {"civilians"}),
    ("2011", "year", False, "occurred", {"conflict"}),
]


@pytest.fixture(scope="module")
def astana():
    return extract_events(ASTANA.read_text(encoding="utf-8"), DCT)


def _find(events, value, words):
    for event in events:
        if event.value == value and words <= set(event.title.lower().split()):
            return event
    return None


@pytest.mark.parametrize(("value", "granularity", "approximate", "modality", "words"), EXPECTED)
def test_astana_story_yields_the_event(astana, value, granularity, approximate, modality, words):
    event = _find(astana.events, value, words)
    assert event is not None, [(e.value, e.title) for e in astana.events]
    assert event.granularity == granularity
    assert event.approximate is approximate
    assert event.modality == modality


def test_astana_story_dates_nothing_by_recent_months_or_a_bare_duration(astana):
    dated_by = {mention.timex_text.lower() for e in astana.events for mention in e.mentions}
    assert "recent months" not in dated_by
    assert "recent weeks" not in dated_by
    assert "nearly six years" not in dated_by
    assert all(not e.value.startswith(("P", "PAST", "PRESENT")) for e in astana.events)


def test_monday_talks_mentioned_twice_are_one_event_with_two_mentions(astana):
    talks = _find(astana.events, "2017-01-23", {"talks"})
    assert [m.timex_text for m in talks.mentions] == ["Monday, January 23", "Monday"]


def test_astana_story_without_a_date_infers_monday_23_january_2017(astana):
    inferred = extract_events(ASTANA.read_text(encoding="utf-8"), None)
    assert inferred.dct == DCT
    assert inferred.dct_inferred is True
    assert {e.value for e in inferred.events} == {e.value for e in astana.events}

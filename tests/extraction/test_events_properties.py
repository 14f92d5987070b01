"""Any text: the engine never raises, and every offset it returns points at what it says."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extraction import extract_events

NEWS_WORDS = st.sampled_from(
    "Rebels captured Brega on Monday , said the . “ ” – Tuesday January 23 2011 next month "
    "a month after talks began As the sides headed to Astana killed nine civilians in Homs "
    "was expected to sign which saw Russia and Turkey conduct strikes last week since "
    "( Reuters ) - TRIPOLI | Mon Feb 21, 2011 3:51 pm IST \n\n 's will would".split(" ")
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(NEWS_WORDS, max_size=60).map(" ".join))
DCTS = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, dct=DCTS)
def test_any_text_gives_events_whose_offsets_point_at_their_evidence(text, dct):
    extraction = extract_events(text, dct)
    for event in extraction.events:
        assert event.start <= event.end
        assert event.title
        assert event.modality in ("occurred", "planned")
        assert 0.0 <= event.confidence <= 1.0
        for mention in event.mentions:
            assert text[mention.timex_start : mention.timex_end] == mention.timex_text
            assert text[mention.sentence_start : mention.sentence_end] == mention.sentence
            assert mention.sentence_start <= mention.timex_start < mention.timex_end
            assert mention.timex_end <= mention.sentence_end

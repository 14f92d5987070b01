import datetime

import pytest

from tests.factories import ArticleFactory, EventFactory, MentionFactory


@pytest.fixture
def article(timeline):
    return ArticleFactory(
        timeline=timeline,
        title="Astana talks open",
        source="AFP",
        body="Talks opened in Astana on Monday, the AFP said.",
        published_on=datetime.date(2017, 1, 23),
        extraction_state="done",
    )


@pytest.fixture
def make_event(timeline, article):
    """An event on the timeline with one mention in ``article`` (or in the article given)."""

    def make(day=datetime.date(2016, 12, 30), *, source=None, mentioned=True, **fields):
        fields.setdefault("date_value", day.isoformat())
        event = EventFactory(timeline=timeline, date_start=day, date_end=day, **fields)
        if mentioned:
            MentionFactory(
                event=event,
                article=source or article,
                sentence="Russia and Turkey signed a ceasefire on December 30, officials said.",
                sentence_start=100,
                sentence_end=168,
                timex_start=140,
                timex_end=151,
                timex_text="December 30",
            )
        return event

    return make


@pytest.fixture
def event(make_event):
    return make_event(title="Ceasefire signed", actors=["Russia", "Turkey"], places=["Aleppo"])

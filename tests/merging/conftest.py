import datetime
from pathlib import Path

import pytest

from tests.factories import ArticleFactory, EventFactory, MentionFactory
from timeline.models import Event, MergeSuggestion

DATA = Path(__file__).parent.parent / "data" / "merging"
ASTANA_ARTICLES = (
    (
        "afp-astana-talks-2017-01-23.txt",
        "Syria peace talks off to rocky start",
        "AFP",
        "2017-01-23",
    ),
    (
        "wire-astana-talks-open-2017-01-23.txt",
        "Syrian government and rebels meet in Astana",
        "Wire",
        "2017-01-23",
    ),
    (
        "bulletin-astana-talks-end-2017-01-24.txt",
        "Astana talks end with a truce monitoring deal",
        "Bulletin",
        "2017-01-24",
    ),
)


def astana_text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.fixture
def make_article(timeline):
    def make(title="An article", **fields):
        fields.setdefault("extraction_state", "done")
        return ArticleFactory(timeline=timeline, title=title, **fields)

    return make


@pytest.fixture
def make_event(timeline, make_article):
    """An event on the timeline with one mention in a new article (or in ``source``)."""

    def make(day=datetime.date(2016, 12, 30), *, source=None, mentioned=True, **fields):
        fields.setdefault("date_value", day.isoformat())
        fields.setdefault("date_start", day)
        fields.setdefault("date_end", day)
        event = EventFactory(timeline=timeline, **fields)
        if mentioned:
            MentionFactory(
                event=event,
                article=source or make_article(title=f"Source of {event.title}"),
                sentence=f"{event.title}, officials said on the day.",
                sentence_start=0,
                sentence_end=len(event.title) + 32,
                timex_start=len(event.title) + 25,
                timex_end=len(event.title) + 32,
                timex_text="the day",
            )
        return event

    return make


@pytest.fixture
def make_suggestion(timeline):
    def make(first: Event, second: Event, score=0.8, reasons=("same day",), **fields):
        low, high = sorted((first, second), key=lambda event: event.pk)
        return MergeSuggestion.objects.create(
            timeline=timeline,
            event_a=low,
            event_b=high,
            score=score,
            reasons=list(reasons),
            **fields,
        )

    return make

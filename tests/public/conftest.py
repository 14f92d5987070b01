"""A small public timeline with every kind of date, and events readers must never see."""

import datetime as dt
from dataclasses import dataclass

import pytest

from articles.models import Article
from tests.factories import (
    ArticleFactory,
    EditorFactory,
    EventFactory,
    MentionFactory,
    TimelineFactory,
)
from timeline.models import Event, Granularity, Timeline

UTC = dt.UTC
CHANGED_AT = dt.datetime(2017, 2, 1, 9, 30, tzinfo=UTC)

# Words that appear only in what readers must not see: any public page or export that
# contains one of them leaks.
SECRETS = (
    "SECRET-PROPOSED",
    "SECRET-REJECTED",
    "SECRET-MERGED",
    "SECRET-PRIVATE",
    "secret-editor-name",
    "SECRET-UNCITED-ARTICLE",
)


@dataclass
class SmallTimeline:
    timeline: object
    ceasefire: Event
    aleppo: Event
    talks: Event
    geneva: Event
    uprising: Event
    proposed: Event
    rejected: Event
    merged: Event


def _approved(timeline, editor, *, approved_at, **fields) -> Event:
    event = EventFactory(
        timeline=timeline,
        status=Event.Status.APPROVED,
        approved_by=editor,
        approved_at=approved_at,
        **fields,
    )
    return event


@pytest.fixture
def small_timeline(db) -> SmallTimeline:
    editor = EditorFactory(username="secret-editor-name")
    timeline = TimelineFactory(
        name="Syria: the Astana process",
        slug="syria-astana",
        description="The Syrian peace talks, compiled from wire reports.",
    )
    afp = ArticleFactory(
        timeline=timeline,
        title="Turkey and Russia broker Syria ceasefire",
        source="Agence France-Presse",
        url="https://news.example/afp/ceasefire",
        published_on=dt.date(2016, 12, 30),
        created_by=editor,
    )
    reuters = ArticleFactory(
        timeline=timeline,
        title="Syria truce largely holds",
        source="Reuters",
        url="",
        published_on=dt.date(2016, 12, 31),
    )
    bbc = ArticleFactory(
        timeline=timeline,
        title="Syria talks open in Astana",
        source="BBC",
        url="https://news.example/bbc/astana",
        published_on=dt.date(2017, 1, 23),
    )
    ArticleFactory(timeline=timeline, title="SECRET-UNCITED-ARTICLE", source="Nobody")

    ceasefire = _approved(
        timeline,
        editor,
        approved_at=dt.datetime(2017, 1, 2, 10, 0, tzinfo=UTC),
        title="Turkey and Russia broker a nationwide ceasefire",
        summary="The deal is the basis of the Astana talks.",
        date_value="2016-12-30",
        date_start=dt.date(2016, 12, 30),
        date_end=dt.date(2016, 12, 30),
        granularity=Granularity.DAY,
        confidence=0.93,
    )
    aleppo = _approved(
        timeline,
        editor,
        approved_at=dt.datetime(2017, 1, 3, 10, 0, tzinfo=UTC),
        title="Regime recaptures rebel areas of Aleppo",
        summary="",
        date_value="2016-12",
        date_start=dt.date(2016, 12, 1),
        date_end=dt.date(2016, 12, 31),
        granularity=Granularity.MONTH,
        is_approximate=True,
    )
    talks = _approved(
        timeline,
        editor,
        approved_at=dt.datetime(2017, 1, 24, 8, 0, tzinfo=UTC),
        title="Peace talks open in Astana",
        summary="Rebels and the regime meet for the first time.",
        date_value="2017-01-23",
        date_start=dt.date(2017, 1, 23),
        date_end=dt.date(2017, 1, 23),
        granularity=Granularity.DAY,
    )
    geneva = _approved(
        timeline,
        editor,
        approved_at=None,
        title="Geneva talks set to resume",
        summary='=HYPERLINK("http://evil.example") is not a formula here.',
        date_value="2017-02",
        date_start=dt.date(2017, 2, 1),
        date_end=dt.date(2017, 2, 28),
        granularity=Granularity.MONTH,
        modality=Event.Modality.PLANNED,
    )
    uprising = _approved(
        timeline,
        editor,
        approved_at=dt.datetime(2017, 1, 5, 12, 0, tzinfo=UTC),
        title="The uprising begins",
        summary="",
        date_value="2011",
        date_start=dt.date(2011, 1, 1),
        date_end=dt.date(2011, 12, 31),
        granularity=Granularity.YEAR,
    )
    proposed = EventFactory(timeline=timeline, title="SECRET-PROPOSED talks collapse")
    rejected = EventFactory(
        timeline=timeline, title="SECRET-REJECTED rumour", status=Event.Status.REJECTED
    )
    merged = EventFactory(
        timeline=timeline,
        title="SECRET-MERGED truce brokered",
        status=Event.Status.MERGED,
        merged_into=ceasefire,
        date_value="2016-12",
    )
    for event, article in [
        (ceasefire, afp),
        (ceasefire, reuters),
        (ceasefire, afp),  # a second mention in the same article: still one source
        (aleppo, afp),
        (talks, bbc),
        (geneva, bbc),
        (merged, reuters),
        (proposed, afp),
    ]:
        MentionFactory(event=event, article=article, origin_event=event)

    private = TimelineFactory(name="SECRET-PRIVATE timeline", slug="private", is_public=False)
    EventFactory(timeline=private, title="SECRET-PRIVATE approved", status=Event.Status.APPROVED)

    # Fixed stamps, so every export's exact content is known (auto_now set them to now).
    Event.objects.filter(timeline=timeline).update(updated_at=CHANGED_AT)
    Article.objects.filter(timeline=timeline).update(updated_at=CHANGED_AT)
    Timeline.objects.filter(pk=timeline.pk).update(updated_at=CHANGED_AT)
    for event in (ceasefire, aleppo, talks, geneva, uprising, proposed, rejected, merged):
        event.refresh_from_db()
    return SmallTimeline(
        timeline=timeline,
        ceasefire=ceasefire,
        aleppo=aleppo,
        talks=talks,
        geneva=geneva,
        uprising=uprising,
        proposed=proposed,
        rejected=rejected,
        merged=merged,
    )

import datetime
import importlib

import pytest
from django.db import IntegrityError

from articles.models import Article
from tests.factories import ArticleFactory, EventFactory, TimelineFactory
from timeline.models import Event, MergeSuggestion, Timeline
from timeline.search import event_search_text, fold

pytestmark = pytest.mark.django_db


def test_timeline_slug_is_unique():
    Timeline.objects.create(name="Syria", slug="syria")
    with pytest.raises(IntegrityError):
        Timeline.objects.create(name="Another", slug="syria")


def test_event_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError):
        EventFactory(date_start=datetime.date(2017, 1, 2), date_end=datetime.date(2017, 1, 1))


def test_merged_event_must_name_the_event_it_was_merged_into():
    with pytest.raises(IntegrityError):
        EventFactory(status=Event.Status.MERGED, merged_into=None)


def test_event_that_is_not_merged_cannot_point_at_another():
    target = EventFactory()
    with pytest.raises(IntegrityError):
        EventFactory(timeline=target.timeline, merged_into=target)


def test_same_text_is_stored_once_per_timeline():
    article = ArticleFactory()
    with pytest.raises(IntegrityError):
        ArticleFactory(timeline=article.timeline, body=article.body)


def test_same_text_may_appear_in_two_timelines():
    article = ArticleFactory()
    ArticleFactory(timeline=TimelineFactory(), body=article.body)
    assert Article.objects.filter(content_hash=article.content_hash).count() == 2


def test_merge_suggestion_pairs_are_stored_lower_id_first_and_once():
    first = EventFactory()
    second = EventFactory(timeline=first.timeline)
    MergeSuggestion.objects.create(
        timeline=first.timeline, event_a=first, event_b=second, score=0.9
    )
    with pytest.raises(IntegrityError):
        MergeSuggestion.objects.create(
            timeline=first.timeline, event_a=second, event_b=first, score=0.9
        )


def test_approved_queryset_returns_only_approved_events_in_date_order():
    timeline = TimelineFactory()
    later = EventFactory(
        timeline=timeline,
        status=Event.Status.APPROVED,
        date_start=datetime.date(2017, 2, 1),
        date_end=datetime.date(2017, 2, 28),
    )
    earlier = EventFactory(
        timeline=timeline,
        status=Event.Status.APPROVED,
        date_start=datetime.date(2016, 12, 30),
        date_end=datetime.date(2016, 12, 30),
    )
    EventFactory(timeline=timeline, status=Event.Status.PROPOSED)
    assert list(timeline.events.approved().in_date_order()) == [earlier, later]


def test_the_search_column_follows_every_way_an_event_is_written():
    assert fold("Niño Straße São ØRESUND") == "nino strasse sao oresund"
    timeline = TimelineFactory()
    saved = EventFactory(timeline=timeline, title="El Niño", summary="Lluvias en Perú.")
    assert saved.search_text == "el nino\nlluvias en peru."
    saved.title = "La Niña"
    saved.save(update_fields=["title"])
    assert Event.objects.get(pk=saved.pk).search_text == "la nina\nlluvias en peru."
    day = datetime.date(2017, 1, 23)
    dates = {"date_value": "2017-01-23", "date_start": day, "date_end": day}
    [bulk] = Event.objects.bulk_create([Event(timeline=timeline, title="Zürich", **dates)])
    assert Event.objects.get(pk=bulk.pk).search_text == "zurich\n"
    bulk.summary = "Réunion"
    Event.objects.bulk_update([bulk], ["summary"])
    assert Event.objects.get(pk=bulk.pk).search_text == event_search_text("Zürich", "Réunion")
    # The history keeps what editors changed, not the search column.
    assert "search_text" not in {f.name for f in Event.history.model._meta.get_fields()}


def test_the_migration_fills_the_search_column_of_existing_events():
    from django.apps import apps

    migration = importlib.import_module("timeline.migrations.0004_event_search_text")
    event = EventFactory(title="Kraków", summary="Éte")
    Event.objects.filter(pk=event.pk).update(search_text="")
    migration.fill(apps, None)
    assert Event.objects.get(pk=event.pk).search_text == "krakow\nete"

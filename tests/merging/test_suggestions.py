"""Suggesting an article's duplicates: on real extractions of three reports of the Astana talks."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from tests.factories import ArticleFactory
from tests.helpers import reload
from tests.merging.conftest import ASTANA_ARTICLES, astana_text
from timeline.models import Event, Granularity, MergeSuggestion
from timeline.services.extraction import article_extract
from timeline.services.merging import article_suggest_duplicates, suggestion_dismiss

pytestmark = pytest.mark.django_db


@pytest.fixture
def extracted(timeline):
    """The three Astana reports, extracted (without their suggestions yet)."""
    articles = []
    for name, title, source, published in ASTANA_ARTICLES:
        article = ArticleFactory(
            timeline=timeline,
            title=title,
            source=source,
            body=astana_text(name),
            published_on=datetime.date.fromisoformat(published),
            extraction_state=Article.ExtractionState.QUEUED,
        )
        article_extract(article_id=article.pk)
        articles.append(article)
    return articles


def open_pairs():
    return {
        (suggestion.event_a.title, suggestion.event_b.title)
        for suggestion in MergeSuggestion.objects.filter(status="open").select_related(
            "event_a", "event_b"
        )
    }


def event_about(article, value, *words):
    events = Event.objects.filter(mentions__article=article, date_value=value).distinct()
    for event in events:
        text = f"{event.title} {event.summary}".lower()
        if all(word in text for word in words):
            return event
    raise AssertionError(f"no {value} event about {words} in {article.title}")


def suggested(first, second):
    low, high = sorted((first.pk, second.pk))
    return MergeSuggestion.objects.filter(event_a_id=low, event_b_id=high, status="open").exists()


def test_the_opening_of_the_talks_is_suggested_across_the_three_reports(extracted):
    for article in extracted:
        article_suggest_duplicates(article_id=article.pk)
    afp, wire, bulletin = extracted
    opening = [event_about(article, "2017-01-23", "talks") for article in (afp, wire, bulletin)]
    assert suggested(opening[0], opening[2])
    assert suggested(opening[1], opening[2])
    assert suggested(event_about(wire, "2017-01-22", "homs"), event_about(bulletin, "2017-01-22"))


def test_different_happenings_of_one_day_are_not_suggested(extracted):
    for article in extracted:
        article_suggest_duplicates(article_id=article.pk)
    afp, wire, _ = extracted
    talks = event_about(afp, "2017-01-23", "talks")
    strikes = event_about(wire, "2017-01-22", "homs")
    assert not suggested(talks, strikes)
    for suggestion in MergeSuggestion.objects.all():
        assert suggestion.event_a.timeline_id == suggestion.event_b.timeline_id
        first_articles = set(suggestion.event_a.mentions.values_list("article_id", flat=True))
        second_articles = set(suggestion.event_b.mentions.values_list("article_id", flat=True))
        assert first_articles != second_articles


def test_suggestions_carry_a_score_and_reasons_and_raise_support(extracted):
    created = []
    for article in extracted:
        created += article_suggest_duplicates(article_id=article.pk)
    assert created
    for suggestion in created:
        assert 0 < suggestion.score <= 1
        assert suggestion.reasons and suggestion.event_a_id < suggestion.event_b_id
    opening = event_about(extracted[2], "2017-01-23", "talks")
    assert reload(opening).support == 3


def test_a_pair_is_suggested_once_and_a_dismissed_pair_never_again(extracted, editor):
    for article in extracted:
        article_suggest_duplicates(article_id=article.pk)
    before = MergeSuggestion.objects.count()
    suggestion = MergeSuggestion.objects.first()
    suggestion_dismiss(suggestion=suggestion, by=editor)
    for article in extracted:
        assert article_suggest_duplicates(article_id=article.pk) == []
    assert MergeSuggestion.objects.count() == before
    suggestion.refresh_from_db()
    assert suggestion.status == MergeSuggestion.Status.DISMISSED


def test_an_article_not_done_suggests_nothing(timeline):
    article = ArticleFactory(timeline=timeline, extraction_state="queued")
    assert article_suggest_duplicates(article_id=article.pk) == []
    assert article_suggest_duplicates(article_id=987654) == []


def test_the_work_grows_with_the_article_not_with_the_timeline(extracted, timeline):
    """The candidates are read by date: events of other months cost no query and no row."""
    afp = extracted[0]

    def queries():
        MergeSuggestion.objects.all().delete()
        with CaptureQueriesContext(connection) as captured:
            article_suggest_duplicates(article_id=afp.pk)
        return captured

    queries()  # the first run also brings the events' support up to date
    few = queries()
    Event.objects.bulk_create(
        Event(
            timeline=timeline,
            title=f"Unrelated talks open {day}",
            date_value=(datetime.date(2015, 1, 1) + datetime.timedelta(days=day)).isoformat(),
            date_start=datetime.date(2015, 1, 1) + datetime.timedelta(days=day),
            date_end=datetime.date(2015, 1, 1) + datetime.timedelta(days=day),
            granularity=Granularity.DAY,
        )
        for day in range(500)
    )
    many = queries()
    assert len(many) == len(few)
    candidates = next(
        q["sql"] for q in many if "date_start" in q["sql"] and "granularity" in q["sql"]
    )
    assert "2015" not in candidates  # the candidate query names only the article's dates


def test_an_approximate_event_a_few_days_off_is_a_candidate(make_event, make_article):
    article = make_article(title="Brega falls")
    make_event(
        datetime.date(2011, 3, 1), title="Rebels capture the oil port of Brega", source=article
    )
    nearby = make_event(
        datetime.date(2011, 3, 3),
        title="Rebels capture Brega oil port",
        is_approximate=True,
    )
    created = article_suggest_duplicates(article_id=article.pk)
    assert [nearby.pk in (s.event_a_id, s.event_b_id) for s in created] == [True]

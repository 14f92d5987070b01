"""The pipeline on real parts: a Celery worker consuming Redis, writing to PostgreSQL."""

import datetime as dt
import time

import pytest
from django.db import transaction
from django.utils import timezone

from articles.models import Article
from articles.services import article_create
from tests import services
from timeline.models import Event, Mention
from timeline.services.extraction import article_queue_extraction

pytestmark = [
    pytest.mark.worker,
    pytest.mark.redis,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def wait_until_done(article_id: int, attempts: int, timeout: float = 60.0) -> Article:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        article = Article.objects.get(pk=article_id)
        if article.extraction_state == Article.ExtractionState.DONE and (
            article.extraction_attempts == attempts
        ):
            return article
        time.sleep(0.1)
    raise AssertionError(f"article {article_id} is {article.extraction_state}, not done")


@pytest.fixture
def redis_and_postgres():
    services.require_redis_broker()
    services.require_postgres()


def test_worker_extracts_twice_without_duplicates_and_an_approved_event_survives(
    redis_and_postgres, celery_worker, timeline, astana_text, editor
):
    article = article_create(
        timeline=timeline,
        title="Syria peace talks off to rocky start",
        body=astana_text,
        published_on=dt.date(2017, 1, 23),
    )
    article = wait_until_done(article.pk, attempts=1)
    events_before = sorted(Event.objects.filter(timeline=timeline).values_list("pk", flat=True))
    mentions_before = Mention.objects.filter(article=article).count()
    assert article.event_count == len(events_before) >= 8

    approved = Event.objects.get(timeline=timeline, date_value="2016-12-30")
    approved.status = Event.Status.APPROVED
    approved.title = "Turkey and Russia broker a nationwide ceasefire"
    approved.approved_by = editor
    approved.approved_at = timezone.now()
    approved.save()
    approved_fields = Event.objects.filter(pk=approved.pk).values().get()

    with transaction.atomic():
        article_queue_extraction(article=article)
    article = wait_until_done(article.pk, attempts=2)

    events_after = sorted(Event.objects.filter(timeline=timeline).values_list("pk", flat=True))
    assert events_after == events_before
    assert Mention.objects.filter(article=article).count() == mentions_before
    assert Event.objects.filter(pk=approved.pk).values().get() == approved_fields
    assert approved.mentions.filter(article=article).count() == 1

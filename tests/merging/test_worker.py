"""The pipeline on real parts: two reports of one event, read by a real Celery worker on
Redis and PostgreSQL, end as one open suggestion."""

import datetime as dt
import time

import pytest

from articles.models import Article
from articles.services import article_create
from tests import services
from timeline.models import Event, MergeSuggestion

pytestmark = [
    pytest.mark.worker,
    pytest.mark.redis,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]
FIRST = (
    "BENGHAZI, Libya - Rebels captured the oil port of Brega on Monday after a day of "
    "fighting with government troops, a rebel spokesman said."
)
SECOND = (
    "Libyan rebel fighters seized the eastern oil port of Brega from forces loyal to "
    "Muammar Gaddafi on Monday, witnesses told reporters."
)


def wait_for(condition, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_two_articles_about_one_event_give_one_open_suggestion(celery_worker, timeline):
    services.require_redis_broker()
    services.require_postgres()
    first = article_create(
        timeline=timeline, title="Rebels take Brega", body=FIRST, published_on=dt.date(2011, 3, 2)
    )
    second = article_create(
        timeline=timeline, title="Brega falls", body=SECOND, published_on=dt.date(2011, 3, 1)
    )
    done = Article.ExtractionState.DONE
    wait_for(
        lambda: (
            Article.objects.filter(pk__in=[first.pk, second.pk], extraction_state=done).count() == 2
        )
    )
    suggestion = wait_for(lambda: MergeSuggestion.objects.filter(timeline=timeline).first())
    assert MergeSuggestion.objects.filter(timeline=timeline).count() == 1
    assert suggestion.status == MergeSuggestion.Status.OPEN
    pair = Event.objects.filter(pk__in=[suggestion.event_a_id, suggestion.event_b_id])
    assert {event.date_value for event in pair} == {"2011-02-28"}
    assert {event.support for event in pair} == {2}
    assert "same day" in suggestion.reasons

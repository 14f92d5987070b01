"""A worker killed with SIGKILL in the middle of a batch: nothing lost, nothing done twice.

200 uploads go through `article_create` (queued, sent on commit) to a Redis of our own. A
real `celery worker` process extracts them; the test kills it (the whole process group,
SIGKILL) while an article is running, waits for the broker's visibility timeout, and starts
a worker again. The interrupted task is acknowledged late, so Redis still holds it: the new
worker restores it at start and runs it again, and the article claim (queued or running ->
running) lets it finish. Every article ends done, every event and mention a clean run gives
is there once.
"""

import time
from collections import Counter

import pytest

from articles.models import Article
from articles.services import article_create
from tests.factories import TimelineFactory
from tests.reliability.conftest import duplicated_mentions, wait_until_settled
from tests.reliability.services import wait_for
from tests.reliability.stories import wire_story
from timeline.extraction import extract_events
from timeline.models import Event, Mention

pytestmark = [
    pytest.mark.fault,
    pytest.mark.worker,
    pytest.mark.redis,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]

State = Article.ExtractionState
BATCH = 200
# Redis hands an unacknowledged message to a consumer again after this long (production:
# an hour, longer than the task's hard time limit).
VISIBILITY_SECONDS = 2
MAX_KILLS = 5


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(
    test_database_url, redis_server, broker_at, worker_process
):
    broker_at(redis_server.url)
    timeline = TimelineFactory()
    expected_events: dict[int, int] = {}
    expected_mentions = 0
    for number in range(BATCH):
        title, body, published = wire_story(number)
        clean_run = extract_events(body, published)
        article = article_create(timeline=timeline, title=title, body=body, published_on=published)
        expected_events[article.pk] = len(clean_run.events)
        expected_mentions += sum(len(event.mentions) for event in clean_run.events)
    ids = list(expected_events)
    assert Article.objects.filter(pk__in=ids, extraction_sent_at__isnull=True).count() == 0

    worker = worker_process(
        {
            "DATABASE_URL": test_database_url,
            "CELERY_BROKER_URL": redis_server.url,
            "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_SECONDS),
        }
    )
    articles = Article.objects.filter(pk__in=ids)
    interrupted: set[int] = set()
    kills = 0
    # Kill while an article is running; if it finished in the instant before the kill, try
    # again on a later one, so the test always proves an interrupted extraction recovers.
    while not interrupted and kills < MAX_KILLS:
        done_before = articles.filter(extraction_state=State.DONE).count()
        wait_for(
            lambda done_before=done_before: (
                articles.filter(extraction_state=State.DONE).count() >= done_before + 20
                and articles.filter(extraction_state=State.RUNNING).exists()
            ),
            60,
            "an article running after twenty more were done",
            interval=0.005,
        )
        worker.kill()
        kills += 1
        interrupted = set(
            articles.filter(extraction_state=State.RUNNING).values_list("pk", flat=True)
        )
        # A new worker only takes the unacknowledged message back once it is older than the
        # visibility timeout; it does so when it connects.
        time.sleep(VISIBILITY_SECONDS + 0.5)
        worker.start()
    assert interrupted, f"no kill in {kills} landed while an article was running"

    states = wait_until_settled(ids, worker, timeout=120)

    assert Counter(states.values()) == {State.DONE: BATCH}
    attempts = dict(articles.values_list("pk", "extraction_attempts"))
    # Done exactly once: one claim each, two for the article the kill interrupted.
    assert {pk for pk, count in attempts.items() if count != 1} == interrupted
    assert all(attempts[pk] == 2 for pk in interrupted)
    assert dict(articles.values_list("pk", "event_count")) == expected_events
    assert Event.objects.filter(timeline=timeline).count() == sum(expected_events.values())
    assert Mention.objects.filter(article_id__in=ids).count() == expected_mentions
    assert duplicated_mentions(ids) == []

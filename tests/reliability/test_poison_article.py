"""An article the engine cannot finish ends failed with its reason; the others are read.

Two real failure modes, each on a real prefork `celery worker` process with time limits
shortened to a second through the environment, and a real article far too long to read in
one (4,000 wire stories in one text, 1.8 MB; a story alone is read in milliseconds):

- the soft time limit interrupts the engine: the article is failed at once with the reason
  (a longer run would fail the same way, so it is not retried);
- the engine cannot be interrupted (only the hard limit stops it, killing the pool
  process each time, as the kernel's OOM killer or a crash would): the sweeper sends it
  again each time, and after three runs cut short it is failed with the reason instead of
  taking a worker down forever.
"""

import pytest

from articles.models import Article
from articles.services import article_create
from tests.factories import TimelineFactory
from tests.reliability.conftest import wait_until_settled
from tests.reliability.stories import wire_story
from timeline.models import Mention
from timeline.services.extraction import MAX_INTERRUPTED_RUNS

pytestmark = [
    pytest.mark.fault,
    pytest.mark.worker,
    pytest.mark.redis,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]

State = Article.ExtractionState
GOOD_ARTICLES = 8


def upload_batch(timeline) -> tuple[Article, list[Article]]:
    """Good stories on either side of the poisoned one, in the order they are sent."""
    stories = [wire_story(number) for number in range(GOOD_ARTICLES)]

    def create(title, body, published):
        return article_create(timeline=timeline, title=title, body=body, published_on=published)

    before = [create(*story) for story in stories[: GOOD_ARTICLES // 2]]
    poisoned = create(
        "Four thousand stories in one",
        "\n\n".join(wire_story(number)[1] for number in range(1000, 5000)),
        stories[0][2],
    )
    after = [create(*story) for story in stories[GOOD_ARTICLES // 2 :]]
    return poisoned, before + after


def time_limits(monkeypatch, *, soft: int | None, hard: int) -> dict[str, str]:
    """Time limits travel in the task message, set by whoever sends it: this process for an
    upload, the beat for a sweep. Both get them; the worker's environment for the beat."""
    from timeline.tasks import extract_article

    monkeypatch.setattr(extract_article, "soft_time_limit", soft)
    monkeypatch.setattr(extract_article, "time_limit", hard)
    # Celery caches a task's sending options (the limits among them) at its first send.
    monkeypatch.setattr(extract_article, "_exec_options", None)
    return {"CELERY_TASK_SOFT_TIME_LIMIT": str(soft or 0), "CELERY_TASK_TIME_LIMIT": str(hard)}


def test_an_article_over_the_soft_time_limit_fails_with_the_reason_and_the_rest_are_read(
    test_database_url, redis_server, broker_at, worker_process, monkeypatch
):
    broker_at(redis_server.url)
    limits = time_limits(monkeypatch, soft=1, hard=30)
    poisoned, good = upload_batch(TimelineFactory())
    worker = worker_process(
        {
            "DATABASE_URL": test_database_url,
            "CELERY_BROKER_URL": redis_server.url,
            **limits,
        },
        pool="prefork",
    )

    wait_until_settled([poisoned.pk, *(article.pk for article in good)], worker, timeout=60)

    poisoned.refresh_from_db()
    assert poisoned.extraction_state == State.FAILED
    assert poisoned.extraction_error == "Reading the article took longer than 1 s."
    assert poisoned.extraction_attempts == 1
    assert not Mention.objects.filter(article=poisoned).exists()
    good_states = Article.objects.filter(pk__in=[article.pk for article in good])
    assert set(good_states.values_list("extraction_state", flat=True)) == {State.DONE}


def test_an_article_that_kills_its_worker_every_time_fails_after_a_few_runs(
    test_database_url, redis_server, broker_at, worker_process, monkeypatch
):
    broker_at(redis_server.url)
    # No soft limit inside the hard one: the pool kills the process at 1 s.
    limits = time_limits(monkeypatch, soft=None, hard=1)
    poisoned, good = upload_batch(TimelineFactory())
    worker = worker_process(
        {
            "DATABASE_URL": test_database_url,
            "CELERY_BROKER_URL": redis_server.url,
            **limits,
            "EXTRACTION_SWEEP_SECONDS": "1",
        },
        pool="prefork",
        beat=True,
    )

    wait_until_settled([poisoned.pk, *(article.pk for article in good)], worker, timeout=90)

    poisoned.refresh_from_db()
    assert poisoned.extraction_state == State.FAILED
    assert poisoned.extraction_attempts == MAX_INTERRUPTED_RUNS
    assert f"stopped {MAX_INTERRUPTED_RUNS} times" in poisoned.extraction_error
    assert "Hard time limit" in worker.output()
    good_states = Article.objects.filter(pk__in=[article.pk for article in good])
    assert set(good_states.values_list("extraction_state", "extraction_attempts")) == {
        (State.DONE, 1)
    }

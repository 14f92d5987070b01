"""PostgreSQL restarted in the middle of extraction: the tasks retry and every article finishes.

The worker writes to a PostgreSQL cluster of our own (never the machine's shared one), so
the test can stop it ("fast" shutdown: every session is cut off, as in a restart) in the
middle of a batch and start it again. Database errors are transient for `extract_article`:
it retries them with backoff, and the claim (queued or running -> running) lets an article
interrupted between its claim and its write run again.
"""

import os
import subprocess
import sys
import time
from collections import Counter

import psycopg
import pytest
from django.conf import settings

from tests.reliability.services import wait_for
from tests.reliability.stories import wire_story
from timeline.extraction import extract_events

pytestmark = [pytest.mark.fault, pytest.mark.worker, pytest.mark.redis, pytest.mark.postgres]

BATCH = 60
DOWNTIME_SECONDS = 3
SEED = """
from articles.services import article_create
from tests.reliability.stories import wire_story
from timeline.models import Timeline

timeline = Timeline.objects.create(name="Restart", slug="restart")
for number in range({count}):
    title, body, published = wire_story(number)
    article_create(timeline=timeline, title=title, body=body, published_on=published)
"""


def manage(env: dict, *arguments: str) -> None:
    done = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def query(url: str, sql: str) -> list[tuple] | None:
    """Rows of ``sql`` on the cluster; None while it is down."""
    try:
        with psycopg.connect(url, connect_timeout=2) as connection:
            return connection.execute(sql).fetchall()
    except psycopg.OperationalError:
        return None


def article_states(url: str) -> Counter | None:
    rows = query(url, "SELECT extraction_state, count(*) FROM articles_article GROUP BY 1")
    return None if rows is None else Counter(dict(rows))


def test_a_database_restart_mid_batch_is_retried_and_every_article_finishes(
    postgres_cluster, redis_server, worker_process, tmp_path
):
    admin_url = postgres_cluster.url("postgres")
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute("CREATE DATABASE timeline")
    url = postgres_cluster.url("timeline")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "DATABASE_URL": url,
        "CELERY_BROKER_URL": redis_server.url,
        "TIMELINE_DATA_DIR": str(tmp_path),
        "LOG_LEVEL": "WARNING",
    }
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "shell", "-c", SEED.format(count=BATCH))

    expected_events = expected_mentions = 0
    for number in range(BATCH):
        _, body, published = wire_story(number)
        events = extract_events(body, published).events
        expected_events += len(events)
        expected_mentions += sum(len(event.mentions) for event in events)

    worker = worker_process({"DATABASE_URL": url, "CELERY_BROKER_URL": redis_server.url})
    wait_for(
        lambda: (article_states(url) or Counter())["done"] >= 10,
        60,
        "ten articles done",
        interval=0.02,
    )
    postgres_cluster.stop()
    time.sleep(DOWNTIME_SECONDS)
    postgres_cluster.start()

    def settled():
        states = article_states(url)
        if states and states["done"] + states["failed"] == BATCH:
            return states
        return None

    try:
        states = wait_for(settled, 90, "every article ending done or failed", interval=0.2)
    except AssertionError as error:
        raise AssertionError(f"{error}: {article_states(url)}\n{worker.log()}") from None

    assert states == Counter({"done": BATCH}), worker.log()
    # The restart did hit the batch: tasks failed on the database and were retried.
    assert "retry: Retry in" in worker.output()
    assert query(url, "SELECT count(*) FROM timeline_event") == [(expected_events,)]
    assert query(url, "SELECT count(*) FROM timeline_mention") == [(expected_mentions,)]
    duplicated = query(
        url,
        "SELECT article_id, origin_event_id, timex_start, timex_end FROM timeline_mention "
        "GROUP BY 1, 2, 3, 4 HAVING count(*) > 1",
    )
    assert duplicated == []

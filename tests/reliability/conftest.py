import os
from collections import Counter

import pytest
from django.db import connection

from articles.models import Article
from tests import services
from tests.reliability.services import (
    PostgresCluster,
    RedisServer,
    WorkerProcess,
    database_url_of,
    wait_for,
)
from timeline.models import Mention

State = Article.ExtractionState


@pytest.fixture
def redis_server(tmp_path):
    """A Redis of our own on a free port: the fault tests stop and start it at will."""
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def postgres_cluster():
    """A PostgreSQL cluster of our own (initdb) on a free port, removed afterwards."""
    cluster = PostgresCluster()
    cluster.create()
    yield cluster
    cluster.destroy()


@pytest.fixture
def test_database_url(transactional_db):
    """The test database as a URL a worker process can open (PostgreSQL only)."""
    services.require_postgres()
    return database_url_of(connection.settings_dict)


@pytest.fixture
def broker_at():
    """Point this process's Celery app (what uploads publish to) at another broker."""
    from config.celery import app

    original = os.environ.get("CELERY_BROKER_URL")
    original_conf = app.conf.broker_url

    def point(url: str) -> None:
        # Celery reads $CELERY_BROKER_URL before its configuration, so both change; the
        # producer pools are dropped (not closed: kombu shares them by connection URL).
        os.environ["CELERY_BROKER_URL"] = url
        app.conf.broker_url = url
        app._pool = None
        amqp = app.__dict__.get("amqp")
        if amqp is not None:
            amqp._producer_pool = None

    yield point
    if original is None:
        os.environ.pop("CELERY_BROKER_URL", None)
    else:
        os.environ["CELERY_BROKER_URL"] = original
    app.conf.broker_url = original_conf
    app._pool = None
    amqp = app.__dict__.get("amqp")
    if amqp is not None:
        amqp._producer_pool = None


@pytest.fixture
def worker_process(tmp_path):
    """Start `celery worker` processes; every one still running is stopped at the end."""
    started: list[WorkerProcess] = []

    def start(env: dict[str, str], **options) -> WorkerProcess:
        worker = WorkerProcess(tmp_path, {"TIMELINE_DATA_DIR": str(tmp_path), **env}, **options)
        worker.start()
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


def wait_until_settled(article_ids, worker: WorkerProcess, timeout: float) -> dict:
    """Wait until none of the articles is queued or running; their states by id."""

    def settled():
        rows = Article.objects.filter(pk__in=article_ids).values_list("pk", "extraction_state")
        states = dict(rows)
        if all(state in (State.DONE, State.FAILED) for state in states.values()):
            return states
        if worker.process is not None and worker.process.poll() is not None:
            raise AssertionError(f"the worker exited:\n{worker.log()}")
        return None

    try:
        return wait_for(settled, timeout, "every article ending done or failed", interval=0.2)
    except AssertionError as error:
        counts = Counter(
            Article.objects.filter(pk__in=article_ids).values_list("extraction_state", flat=True)
        )
        raise AssertionError(f"{error}: {dict(counts)}\nworker log:\n{worker.log()}") from None


def duplicated_mentions(article_ids) -> list:
    """Mentions stored twice: the same evidence of the same article for the same event."""
    keys = Mention.objects.filter(article_id__in=article_ids).values_list(
        "article_id", "origin_event_id", "timex_start", "timex_end"
    )
    return [key for key, count in Counter(keys).items() if count > 1]

"""The pipeline's plumbing on real parts: a Celery worker, a real broker, a real database."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from celery import Celery
from django.conf import settings
from django.db import connection

from articles.models import Article
from articles.services import article_create
from tests import services
from tests.factories import TimelineFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

BASE_DIR = Path(settings.BASE_DIR)


def wait_for_state(article: Article, state: str, timeout: float = 30.0) -> Article:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        article.refresh_from_db()
        if article.extraction_state == state:
            return article
        time.sleep(0.1)
    raise AssertionError(f"article {article.pk} stayed {article.extraction_state}, not {state}")


@pytest.mark.redis
@pytest.mark.postgres
def test_worker_on_redis_runs_the_extraction_and_writes_to_postgresql(celery_worker):
    services.require_redis_broker()
    services.require_postgres()
    article = article_create(
        timeline=TimelineFactory(), title="Talks", body="Talks began in Astana on Monday."
    )
    article = wait_for_state(article, Article.ExtractionState.DONE)
    assert article.extraction_attempts == 1
    assert article.extraction_sent_at is not None


def test_worker_on_the_configured_broker_runs_the_extraction(celery_worker):
    article = article_create(
        timeline=TimelineFactory(), title="Talks", body="Talks began in Astana on Monday."
    )
    wait_for_state(article, Article.ExtractionState.DONE)


def test_worker_process_on_the_embedded_filesystem_transport(tmp_path, monkeypatch):
    """`make run`'s set-up: a `celery worker` process consuming kombu's filesystem transport."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "TIMELINE_DATA_DIR": str(tmp_path),
        "CELERY_BROKER_URL": "filesystem://",
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
    }
    if connection.vendor == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{database['NAME']}"
    else:
        env["DATABASE_URL"] = (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
        )
    article = Article.objects.create(
        timeline=TimelineFactory(), title="Talks", body="Talks began.", content_hash="x" * 64
    )

    # Celery prefers $CELERY_BROKER_URL to the broker it is given: CI sets it to Redis.
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    producer = Celery("producer", broker="filesystem://")
    folder = str(tmp_path / "broker" / "queue")
    (tmp_path / "broker" / "queue").mkdir(parents=True)
    (tmp_path / "broker" / "control").mkdir(parents=True)
    producer.conf.broker_transport_options = {
        "data_folder_in": folder,
        "data_folder_out": folder,
        "control_folder": str(tmp_path / "broker" / "control"),
    }
    producer.send_task(
        "timeline.tasks.extract_article",
        args=[article.pk],
        queue=settings.CELERY_TASK_DEFAULT_QUEUE,
    )

    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "--without-mingle",
            "--without-gossip",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_state(article, Article.ExtractionState.DONE, timeout=60)
    except AssertionError as error:
        worker.terminate()
        raise AssertionError(
            f"{error}\nworker said:\n{worker.communicate(timeout=30)[0]}"
        ) from None
    worker.terminate()
    worker.wait(timeout=30)


def test_a_filesystem_message_is_never_seen_half_written(tmp_path, monkeypatch):
    """kombu writes a message file under its final name, then its bytes: a worker polling
    the folder in between read it empty and stopped. config/broker.py renames it in whole."""
    from queue import Empty

    from kombu import Connection

    import config.celery  # noqa: F401  (registers config.broker for "filesystem://")
    from config.broker import Channel

    folder = str(tmp_path)
    options = {"data_folder_in": folder, "data_folder_out": folder}
    with Connection("filesystem://", transport_options=options) as conn:
        channel = conn.default_channel
        assert isinstance(channel, Channel)
        seen_while_writing = []
        real_replace = os.replace

        def replace_after_a_worker_looked(source, target):
            # A worker polls at the worst moment: the bytes are written, the name not yet.
            seen_while_writing.extend(os.listdir(folder))
            with pytest.raises(Empty):
                channel._get("celery")
            real_replace(source, target)

        monkeypatch.setattr(os, "replace", replace_after_a_worker_looked)
        channel._put("celery", {"body": "talks"})
        monkeypatch.setattr(os, "replace", real_replace)
        assert [name.endswith(".msg.partial") for name in seen_while_writing] == [True]
        assert channel._get("celery") == {"body": "talks"}

"""Redis stopped while editors upload: the uploads succeed, and nothing waits forever.

A real `celery worker --beat` process runs against a Redis of our own, with the sweep every
second. Redis is stopped; editors upload files and paste text through the real views: each
article is saved, queued, and not sent (`extraction_sent_at` empty). Redis comes back; the
beat's `sweep_extractions` sends what was never sent, and the worker reads it.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.reliability.conftest import wait_until_settled
from tests.reliability.stories import wire_story

pytestmark = [
    pytest.mark.fault,
    pytest.mark.worker,
    pytest.mark.redis,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]

State = Article.ExtractionState
FILES = 6
PASTES = 2


def test_uploads_succeed_while_redis_is_down_and_the_sweeper_sends_them_once_it_is_back(
    test_database_url,
    redis_server,
    broker_at,
    worker_process,
    editor_client,
    timeline,
    settings,
    tmp_path,
):
    settings.MEDIA_ROOT = tmp_path / "media"
    worker = worker_process(
        {
            "DATABASE_URL": test_database_url,
            "CELERY_BROKER_URL": redis_server.url,
            "EXTRACTION_SWEEP_SECONDS": "1",
        },
        beat=True,
    )
    broker_at(redis_server.url)
    redis_server.stop()

    stories = [wire_story(number) for number in range(FILES + PASTES)]
    response = editor_client.post(
        reverse("articles:article_upload", args=[timeline.slug]),
        {
            "files": [
                SimpleUploadedFile(f"story-{number}.txt", body.encode())
                for number, (_, body, _) in enumerate(stories[:FILES])
            ]
        },
    )
    assert response.status_code == 200
    assert response.content.decode().count("imported") >= FILES
    for title, body, published in stories[FILES:]:
        response = editor_client.post(
            reverse("articles:article_paste", args=[timeline.slug]),
            {"title": title, "text": body, "published_on": published.isoformat()},
        )
        assert response.status_code == 200
        assert "imported" in response.content.decode()

    articles = Article.objects.filter(timeline=timeline)
    assert articles.count() == FILES + PASTES
    # Saved and waiting: queued in the database, never handed to the (absent) broker.
    assert set(articles.values_list("extraction_state", "extraction_sent_at")) == {
        (State.QUEUED, None)
    }
    listing = editor_client.get(reverse("articles:article_list", args=[timeline.slug]))
    assert listing.status_code == 200

    redis_server.start()
    ids = list(articles.values_list("pk", flat=True))
    states = wait_until_settled(ids, worker, timeout=60)

    assert set(states.values()) == {State.DONE}
    assert set(articles.values_list("extraction_attempts", flat=True)) == {1}
    # Sent by the sweeper: nothing else sends an article the broker refused at upload.
    assert not articles.filter(extraction_sent_at__isnull=True).exists()
    assert all(article.event_count > 0 for article in articles)

"""Queue an article's extraction and run it: the service behind the Celery task."""

import logging

from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from articles.models import Article

logger = logging.getLogger(__name__)

State = Article.ExtractionState


def article_send_extraction(*, article_id: int) -> bool:
    """Hand the extraction task to the broker; False (logged) when the broker is unreachable.

    The article stays queued in the database either way, so nothing is lost while the broker
    is down: the sweeper sends whatever is queued and was never sent.
    """
    from timeline.tasks import extract_article

    try:
        extract_article.delay(article_id)
    except (BrokerError, ConnectionError, OSError) as error:
        logger.warning("Broker unreachable, article %s waits in the queue: %s", article_id, error)
        return False
    Article.objects.filter(pk=article_id).update(extraction_sent_at=timezone.now())
    return True


def article_queue_extraction(*, article: Article) -> Article:
    """Mark the article queued and send its task once the surrounding transaction commits."""
    Article.objects.filter(pk=article.pk).update(
        extraction_state=State.QUEUED, extraction_sent_at=None, extraction_error=""
    )
    article.extraction_state = State.QUEUED
    article.extraction_sent_at = None
    article.extraction_error = ""
    transaction.on_commit(lambda: article_send_extraction(article_id=article.pk))
    return article


def article_extract(*, article_id: int) -> Article | None:
    """Run the extraction of one queued article and record the outcome on it.

    A message for an article that is not waiting (deleted, or already done by an earlier
    delivery) changes nothing, so a redelivered task is harmless.
    """
    with transaction.atomic():
        # select_for_update: two deliveries of one message must not both start the work.
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None or article.extraction_state not in (State.QUEUED, State.RUNNING):
            return article
        article.extraction_state = State.RUNNING
        article.extraction_started_at = timezone.now()
        article.extraction_attempts += 1
        article.save(
            update_fields=[
                "extraction_state",
                "extraction_started_at",
                "extraction_attempts",
                "updated_at",
            ]
        )

    # The event engine lands with the event-extraction issue; until then an extraction
    # records that it ran and found nothing.
    with transaction.atomic():
        article.extraction_state = State.DONE
        article.extraction_finished_at = timezone.now()
        article.extraction_error = ""
        article.event_count = 0
        article.save(
            update_fields=[
                "extraction_state",
                "extraction_finished_at",
                "extraction_error",
                "event_count",
                "updated_at",
            ]
        )
    return article

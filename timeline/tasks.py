"""Celery tasks: thin wrappers that take an id and call a service."""

import contextlib

from celery import shared_task
from django.db import InterfaceError, OperationalError

from articles.models import Article
from timeline.services.extraction import (
    article_extract,
    article_mark_failed,
    articles_resend_stalled,
)
from timeline.services.merging import (
    article_suggest_duplicates,
    duplicates_after_extraction,
    event_suggest_duplicates,
)

# Transient failures: the database went away or refused a connection. Celery retries these
# with exponential backoff; anything else is the engine's and marks the article failed.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)
MAX_RETRIES = 8
# A follow-up step sent again when doing it right away failed: retried on transient errors,
# acknowledged late, its result unused.
RETRIED_FOLLOW_UP = {
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": True,
    "retry_backoff_max": 60,
    "max_retries": MAX_RETRIES,
    "acks_late": True,
    "ignore_result": True,
}


def run_extraction(article_id: int) -> Article | None:
    """One article's extraction and what follows it; the task and `extract_articles
    --inline` both call this, so a follow-up step (duplicate suggestions) is added once."""
    return duplicates_after_extraction(article_extract(article_id=article_id))


@shared_task(
    bind=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=MAX_RETRIES,
    acks_late=True,
    reject_on_worker_lost=True,
)
def extract_article(self, article_id: int) -> None:
    try:
        run_extraction(article_id)
    except TRANSIENT_ERRORS as error:
        if self.request.retries >= MAX_RETRIES:
            # Out of retries: say so on the article (if the database lets us) so an editor
            # can re-queue it, instead of leaving it running until the sweeper notices.
            with contextlib.suppress(*TRANSIENT_ERRORS):
                article_mark_failed(
                    article_id=article_id,
                    reason=f"The database stayed unavailable: {error}",
                )
        raise


@shared_task(ignore_result=True)
def sweep_extractions() -> int:
    """Periodic (celery beat): send again the articles whose extraction is not moving."""
    return articles_resend_stalled()


@shared_task(**RETRIED_FOLLOW_UP)
def suggest_duplicates(article_id: int) -> int:
    """Suggest the duplicates of one article's events (sent when doing it right after the
    extraction failed); how many new suggestions. Repeating it suggests nothing twice."""
    return len(article_suggest_duplicates(article_id=article_id))


@shared_task(**RETRIED_FOLLOW_UP)
def suggest_event_duplicates(event_id: int) -> int:
    """Suggest again the duplicates of an event an editor changed (sent when doing it right
    after the change failed); how many new suggestions. Repeating it changes nothing."""
    return len(event_suggest_duplicates(event_id=event_id))

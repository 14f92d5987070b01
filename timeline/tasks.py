"""Celery tasks: thin wrappers that take an id and call a service."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from timeline.services.extraction import article_extract


@shared_task(
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=8,
)
def extract_article(article_id: int) -> None:
    article_extract(article_id=article_id)

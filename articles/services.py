"""Creating articles: the one way an article enters the database."""

import hashlib
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from articles.models import Article
from timeline.models import Timeline
from timeline.services.extraction import article_queue_extraction


class DuplicateArticle(Exception):
    def __init__(self, existing: Article):
        super().__init__(f"The same text is already stored as article {existing.pk}.")
        self.existing = existing


def content_hash(body: str) -> str:
    """SHA-256 of the text with all whitespace runs folded, so re-wrapped copies match."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


@transaction.atomic
def article_create(
    *,
    timeline: Timeline,
    title: str,
    body: str,
    source: str = "",
    url: str = "",
    byline: str = "",
    dateline: str = "",
    published_on: date | None = None,
    published_on_origin: str = "",
    created_by: AbstractBaseUser | None = None,
) -> Article:
    """Save a clean article and queue its extraction; refuse a text the timeline already has."""
    digest = content_hash(body)
    existing = Article.objects.filter(timeline=timeline, content_hash=digest).first()
    if existing is not None:
        raise DuplicateArticle(existing)
    article = Article.objects.create(
        timeline=timeline,
        title=title,
        body=body,
        source=source,
        url=url,
        byline=byline,
        dateline=dateline,
        published_on=published_on,
        published_on_origin=published_on_origin if published_on else "",
        content_hash=digest,
        created_by=created_by,
    )
    return article_queue_extraction(article=article)

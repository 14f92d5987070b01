"""Reads the article pages share: the list with its state counts, one article's mentions."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q

from articles.models import Article
from timeline.models import Mention, Timeline

State = Article.ExtractionState
ARTICLES_PER_PAGE = 50


@dataclass(frozen=True)
class StateCounts:
    total: int
    queued: int
    running: int
    done: int
    failed: int
    needs_date: int

    @property
    def pending(self) -> int:
        return self.queued + self.running


def article_state_counts(*, timeline: Timeline) -> StateCounts:
    counts = Article.objects.filter(timeline=timeline).aggregate(
        total=Count("id"),
        queued=Count("id", filter=Q(extraction_state=State.QUEUED)),
        running=Count("id", filter=Q(extraction_state=State.RUNNING)),
        done=Count("id", filter=Q(extraction_state=State.DONE)),
        failed=Count("id", filter=Q(extraction_state=State.FAILED)),
        needs_date=Count("id", filter=Q(published_on__isnull=True)),
    )
    return StateCounts(**counts)


def article_page(*, timeline: Timeline, page_number: str | int | None) -> Page:
    """One page of the timeline's articles, newest first, without their (long) bodies."""
    articles = (
        Article.objects.filter(timeline=timeline).defer("body").order_by("-created_at", "-id")
    )
    return Paginator(articles, ARTICLES_PER_PAGE).get_page(page_number)


def article_mentions(*, article: Article) -> list[Mention]:
    return list(
        Mention.objects.filter(article=article)
        .select_related("event")
        .order_by("timex_start", "timex_end", "id")
    )

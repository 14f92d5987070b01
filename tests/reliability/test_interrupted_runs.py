"""Runs cut short in a row: retried a few times, then the article is failed with the reason.

The fault tests prove it with a real worker killed by the hard time limit; these pin the
rule on the service, on any database.
"""

import pytest

from articles.models import Article
from tests.factories import ArticleFactory
from timeline.services.extraction import (
    MAX_INTERRUPTED_RUNS,
    _article_claim,
    article_extract,
    article_queue_extraction,
)

pytestmark = pytest.mark.django_db

State = Article.ExtractionState


def cut_short(article: Article, times: int) -> None:
    """Claims that never record an outcome, as a worker killed mid-run leaves them."""
    for _ in range(times):
        assert _article_claim(article_id=article.pk) is not None


def test_a_run_cut_short_a_few_times_is_still_retried_and_finishes(timeline):
    article = ArticleFactory(timeline=timeline, extraction_state=State.QUEUED)
    cut_short(article, MAX_INTERRUPTED_RUNS - 1)

    article = article_extract(article_id=article.pk)

    assert article.extraction_state == State.DONE
    assert article.extraction_attempts == MAX_INTERRUPTED_RUNS


def test_an_article_whose_runs_are_always_cut_short_ends_failed_with_the_reason(timeline):
    article = ArticleFactory(timeline=timeline, extraction_state=State.QUEUED)
    cut_short(article, MAX_INTERRUPTED_RUNS)

    article = article_extract(article_id=article.pk)

    assert article.extraction_state == State.FAILED
    assert article.extraction_attempts == MAX_INTERRUPTED_RUNS
    assert f"stopped {MAX_INTERRUPTED_RUNS} times" in article.extraction_error
    assert not article.mentions.exists()


def test_queueing_again_after_such_a_failure_gives_the_article_fresh_runs(timeline):
    article = ArticleFactory(timeline=timeline, extraction_state=State.QUEUED)
    cut_short(article, MAX_INTERRUPTED_RUNS)
    article_extract(article_id=article.pk)

    article_queue_extraction(article=Article.objects.get(pk=article.pk))
    article = article_extract(article_id=article.pk)

    assert article.extraction_state == State.DONE
    assert article.extraction_error == ""


def test_runs_that_each_recorded_an_outcome_do_not_count_as_cut_short(timeline):
    article = ArticleFactory(timeline=timeline, extraction_state=State.QUEUED)
    for _ in range(MAX_INTERRUPTED_RUNS + 1):
        article_queue_extraction(article=Article.objects.get(pk=article.pk))
        cut_short(article, 1)
        article = article_extract(article_id=article.pk)
        assert article.extraction_state == State.DONE

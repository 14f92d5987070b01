"""Saving articles: duplicates, dates, originals, queueing, offsets, re-queueing."""

from datetime import date

import pytest

from articles.models import Article
from articles.services import (
    ArticleBusy,
    Given,
    ImportOutcome,
    article_requeue,
    article_set_published_on,
    articles_import_file,
)
from tests import services
from tests.articles import files
from tests.factories import ArticleFactory, TimelineFactory, UserFactory
from timeline.services.extraction import article_send_extraction

pytestmark = pytest.mark.django_db

State = Article.ExtractionState


def extraction_sends(callbacks) -> list:
    """The on-commit callbacks that hand an extraction to the broker (others may be queued)."""
    return [call for call in callbacks if getattr(call, "func", None) is article_send_extraction]


def test_saving_an_article_queues_its_extraction_when_the_transaction_commits(
    timeline, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        [outcome] = articles_import_file(
            timeline=timeline, filename="story.txt", data=files.text_story().encode()
        )
        assert outcome.status == ImportOutcome.IMPORTED
        assert outcome.article.extraction_state == State.QUEUED
    assert len(extraction_sends(callbacks)) == 1


def test_the_same_text_rewrapped_is_recognised_and_stored_once(timeline, stored_files):
    story = files.text_story()
    [first] = articles_import_file(timeline=timeline, filename="a.txt", data=story.encode())
    rewrapped = story.replace(" after two days", "\n   after  two\tdays").replace(
        "\n\n", "\r\n\r\n\r\n"
    )
    [second] = articles_import_file(timeline=timeline, filename="b.txt", data=rewrapped.encode())
    assert second.status == ImportOutcome.DUPLICATE
    assert second.article == first.article
    assert Article.objects.count() == 1
    assert len(stored_files()) == 1


def test_the_same_text_may_be_stored_in_another_timeline(timeline):
    story = files.text_story().encode()
    articles_import_file(timeline=timeline, filename="a.txt", data=story)
    [other] = articles_import_file(timeline=TimelineFactory(), filename="a.txt", data=story)
    assert other.status == ImportOutcome.IMPORTED


def test_the_original_file_is_kept_and_named(timeline, stored_files):
    data = files.text_story().encode()
    [outcome] = articles_import_file(timeline=timeline, filename="port town.txt", data=data)
    article = outcome.article
    assert article.original_filename == "port town.txt"
    assert article.original_file.read() == data
    assert stored_files()[0].name.startswith("port_town")


def test_a_failed_database_write_leaves_no_original_file_behind(timeline, stored_files):
    # The row is refused after the original was written: the write must be undone.
    unsaved_user = UserFactory.build()
    with pytest.raises(ValueError, match="unsaved related object"):
        articles_import_file(
            timeline=timeline,
            filename="story.txt",
            data=files.text_story().encode(),
            created_by=unsaved_user,
        )
    assert stored_files() == []
    assert Article.objects.count() == 0


def test_a_rejected_file_stores_nothing(timeline, stored_files):
    [outcome] = articles_import_file(timeline=timeline, filename="photo.txt", data=files.PNG)
    assert outcome.status == ImportOutcome.REJECTED
    assert "PNG image" in outcome.reason
    assert Article.objects.count() == 0
    assert stored_files() == []


def test_what_the_editor_gives_wins_over_what_the_file_says(timeline):
    crawl = "CAIRO | Mon Mar 21, 2011 10:22 am EDT CAIRO (Reuters) - Talks began on Monday."
    [outcome] = articles_import_file(
        timeline=timeline,
        filename="story.txt",
        data=crawl.encode(),
        given=Given(source="Our correspondent", published_on=date(2011, 3, 22)),
    )
    article = outcome.article
    assert article.source == "Our correspondent"
    assert article.published_on == date(2011, 3, 22)
    assert article.published_on_origin == Article.DateOrigin.GIVEN


def test_the_date_found_in_the_file_is_kept_with_where_it_came_from(timeline):
    crawl = "CAIRO | Mon Mar 21, 2011 10:22 am EDT CAIRO (Reuters) - Talks began on Monday."
    [outcome] = articles_import_file(timeline=timeline, filename="story.txt", data=crawl.encode())
    assert outcome.article.published_on == date(2011, 3, 21)
    assert outcome.article.published_on_origin == Article.DateOrigin.TEXT


def test_an_article_without_a_date_is_saved_and_needs_one(timeline):
    [outcome] = articles_import_file(
        timeline=timeline, filename="story.txt", data=b"Talks began on Monday in Astana."
    )
    assert outcome.article.needs_date
    assert outcome.article.published_on_origin == ""


def test_feed_entries_are_saved_one_by_one_with_the_bad_entry_reported(timeline):
    outcomes = articles_import_file(timeline=timeline, filename="wire.rss", data=files.RSS.encode())
    assert [outcome.status for outcome in outcomes] == ["imported", "imported", "rejected"]
    astana = Article.objects.get(title="Talks open in Astana")
    assert astana.url == "https://wire.example.org/astana"
    assert astana.published_on_origin == Article.DateOrigin.FEED
    assert not astana.original_file


def test_offsets_into_the_body_never_move_after_saving(timeline):
    """Typographic quotes, dashes, accents and characters outside the BMP keep their place."""
    text = "“Talks” began – in Astana 🇰🇿 on Monday, January 23, said Ségolène’s aide.\n\nMore."
    [outcome] = articles_import_file(timeline=timeline, filename="story.txt", data=text.encode())
    body = outcome.article.body
    start = body.index("Monday, January 23")
    end = start + len("Monday, January 23")
    stored = Article.objects.get(pk=outcome.article.pk).body
    assert stored == body
    assert stored[start:end] == "Monday, January 23"
    assert "“Talks” began – in Astana 🇰🇿" in stored


def test_nul_bytes_never_reach_postgresql(timeline):
    services.require_postgres()
    [outcome] = articles_import_file(
        timeline=timeline, filename="nul.txt", data=b"Talks\x00 began."
    )
    assert outcome.status == ImportOutcome.REJECTED
    assert Article.objects.count() == 0


def test_a_failed_article_can_be_queued_again(django_capture_on_commit_callbacks):
    article = ArticleFactory(extraction_state=State.FAILED, extraction_error="tagger crashed")
    with django_capture_on_commit_callbacks() as callbacks:
        article_requeue(article=article)
    article.refresh_from_db()
    assert article.extraction_state == State.QUEUED
    assert article.extraction_error == ""
    assert len(extraction_sends(callbacks)) == 1


def test_a_running_article_is_not_queued_again():
    article = ArticleFactory(extraction_state=State.RUNNING)
    with pytest.raises(ArticleBusy):
        article_requeue(article=article)
    article.refresh_from_db()
    assert article.extraction_state == State.RUNNING


def test_setting_a_new_date_marks_it_given_and_runs_the_extraction_again(
    django_capture_on_commit_callbacks,
):
    article = ArticleFactory(published_on=None, published_on_origin="", extraction_state=State.DONE)
    with django_capture_on_commit_callbacks() as callbacks:
        article_set_published_on(article=article, published_on=date(2017, 1, 23))
    article.refresh_from_db()
    assert article.published_on == date(2017, 1, 23)
    assert article.published_on_origin == Article.DateOrigin.GIVEN
    assert article.extraction_state == State.QUEUED
    assert len(extraction_sends(callbacks)) == 1


def test_confirming_an_inferred_date_keeps_the_extraction_as_it_is(
    django_capture_on_commit_callbacks,
):
    article = ArticleFactory(
        published_on=date(2017, 1, 23),
        published_on_origin=Article.DateOrigin.INFERRED,
        extraction_state=State.DONE,
    )
    with django_capture_on_commit_callbacks() as callbacks:
        article_set_published_on(article=article, published_on=date(2017, 1, 23))
    article.refresh_from_db()
    assert article.published_on_origin == Article.DateOrigin.GIVEN
    assert article.extraction_state == State.DONE
    assert extraction_sends(callbacks) == []


def test_the_date_of_an_article_being_extracted_cannot_change_under_it():
    article = ArticleFactory(extraction_state=State.RUNNING, published_on=date(2017, 1, 23))
    with pytest.raises(ArticleBusy):
        article_set_published_on(article=article, published_on=date(2017, 1, 24))
    article.refresh_from_db()
    assert article.published_on == date(2017, 1, 23)


def test_a_manifest_url_that_is_not_a_web_address_is_dropped(timeline):
    [outcome] = articles_import_file(
        timeline=timeline,
        filename="story.txt",
        data=b"Talks began on Monday.",
        given=Given(url="javascript:alert(1)"),
    )
    assert outcome.article.url == ""

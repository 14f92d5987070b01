"""article_extract on a real database, called as the task calls it (no worker needed)."""

import datetime as dt

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, EventFactory, MentionFactory
from timeline.extraction import ENGINE_VERSION
from timeline.models import Event, Mention
from timeline.services import extraction
from timeline.services.extraction import article_extract, articles_stalled
from timeline.services.support import events_refresh_support

pytestmark = pytest.mark.django_db
State = Article.ExtractionState


def _snapshot(article):
    events = sorted(
        Event.objects.filter(mentions__article=article)
        .distinct()
        .values_list("pk", "title", "date_value", "status", "support")
    )
    mentions = sorted(
        Mention.objects.filter(article=article).values_list(
            "pk", "event_id", "origin_event_id", "timex_start", "timex_end"
        )
    )
    return events, mentions


def test_extraction_writes_proposed_events_with_mentions_and_marks_the_article_done(
    queued_article,
):
    article = article_extract(article_id=queued_article.pk)

    assert article.extraction_state == State.DONE
    assert article.extractor_version == ENGINE_VERSION
    assert article.extraction_attempts == 1
    events = Event.objects.filter(timeline=queued_article.timeline)
    assert article.event_count == events.count() >= 8
    assert set(events.values_list("status", flat=True)) == {Event.Status.PROPOSED}
    talks = events.get(date_value="2017-01-23", title__icontains="talks")
    assert talks.support == 1
    assert [m.timex_text for m in talks.mentions.order_by("timex_start")] == [
        "Monday, January 23",
        "Monday",
    ]
    for mention in Mention.objects.filter(article=article):
        body = article.body
        assert body[mention.timex_start : mention.timex_end] == mention.timex_text
        assert body[mention.sentence_start : mention.sentence_end] == mention.sentence
        assert mention.origin_event_id == mention.event_id


def test_extracting_again_gives_the_same_rows(queued_article):
    article_extract(article_id=queued_article.pk)
    first = _snapshot(queued_article)

    Article.objects.filter(pk=queued_article.pk).update(extraction_state=State.QUEUED)
    article_extract(article_id=queued_article.pk)

    assert _snapshot(queued_article) == first


def test_a_refresh_that_rewrites_an_untouched_event_moves_its_version(queued_article):
    article_extract(article_id=queued_article.pk)
    talks = Event.objects.get(
        timeline=queued_article.timeline, date_value="2017-01-23", title__icontains="talks"
    )
    # As if an older engine had titled it differently: the new run rewrites it.
    Event.objects.filter(pk=talks.pk).update(title="An older engine's title")

    Article.objects.filter(pk=queued_article.pk).update(extraction_state=State.QUEUED)
    article_extract(article_id=queued_article.pk)

    talks.refresh_from_db()
    assert talks.title != "An older engine's title"
    assert talks.version == 2  # an editor's form opened before the refresh is now stale


def test_a_redelivered_task_for_a_done_article_changes_nothing(queued_article):
    article_extract(article_id=queued_article.pk)
    first = _snapshot(queued_article)

    article = article_extract(article_id=queued_article.pk)

    assert article.extraction_attempts == 1
    assert _snapshot(queued_article) == first


def test_reextraction_keeps_an_approved_or_edited_event_and_refreshes_its_mentions(
    queued_article, editor
):
    article_extract(article_id=queued_article.pk)
    events = Event.objects.filter(timeline=queued_article.timeline)
    approved = events.get(date_value="2016-12-30")
    approved.status = Event.Status.APPROVED
    approved.title = "Ceasefire agreed (editor's words)"
    approved.approved_by = editor
    approved.approved_at = timezone.now()
    approved.save()
    edited = events.get(date_value="2011")
    edited.title = "Syrian conflict erupts"
    edited.edited_at = timezone.now()
    edited.save()
    Mention.objects.filter(event=approved).update(timex_value="stale")

    Article.objects.filter(pk=queued_article.pk).update(extraction_state=State.QUEUED)
    article_extract(article_id=queued_article.pk)

    approved.refresh_from_db()
    edited.refresh_from_db()
    assert approved.status == Event.Status.APPROVED
    assert approved.title == "Ceasefire agreed (editor's words)"
    assert edited.title == "Syrian conflict erupts"
    assert [m.timex_value for m in approved.mentions.all()] == ["2016-12-30"]
    assert Event.objects.filter(timeline=queued_article.timeline).count() == events.count()


def test_an_untouched_event_the_engine_no_longer_finds_is_removed_but_an_approved_one_stays(
    queued_article,
):
    article_extract(article_id=queued_article.pk)
    ghost = EventFactory(timeline=queued_article.timeline, title="Found by an older engine")
    MentionFactory(event=ghost, article=queued_article, timex_start=0, timex_end=5)
    kept = EventFactory(
        timeline=queued_article.timeline, title="Approved long ago", status=Event.Status.APPROVED
    )
    MentionFactory(event=kept, article=queued_article, timex_start=6, timex_end=9)

    Article.objects.filter(pk=queued_article.pk).update(extraction_state=State.QUEUED)
    article_extract(article_id=queued_article.pk)

    assert not Event.objects.filter(pk=ghost.pk).exists()
    assert Event.objects.get(pk=kept.pk).mentions.count() == 1


def test_a_mention_of_a_merged_event_goes_to_the_event_it_was_merged_into(queued_article):
    article_extract(article_id=queued_article.pk)
    events = Event.objects.filter(timeline=queued_article.timeline)
    source = events.get(date_value="2016-12-30")
    target = EventFactory(timeline=queued_article.timeline, status=Event.Status.APPROVED)
    Mention.objects.filter(event=source).update(event=target)
    source.status = Event.Status.MERGED
    source.merged_into = target
    source.save()

    Article.objects.filter(pk=queued_article.pk).update(extraction_state=State.QUEUED)
    article_extract(article_id=queued_article.pk)

    mention = Mention.objects.get(article=queued_article, timex_text="December 30")
    assert mention.event_id == target.pk
    assert mention.origin_event_id == source.pk
    assert Event.objects.get(pk=source.pk).status == Event.Status.MERGED


def test_support_counts_the_distinct_articles_behind_an_event(queued_article, timeline):
    article_extract(article_id=queued_article.pk)
    talks = Event.objects.get(timeline=timeline, date_value="2017-01-23", title__icontains="talks")
    other = ArticleFactory(timeline=timeline)
    MentionFactory(event=talks, article=other)
    MentionFactory(event=talks, article=other, timex_start=30, timex_end=36)

    events_refresh_support(event_ids=[talks.pk])

    talks.refresh_from_db()
    assert talks.support == 2


def test_an_article_without_a_date_gets_the_inferred_one_to_confirm(queued_article):
    Article.objects.filter(pk=queued_article.pk).update(published_on=None, published_on_origin="")

    article = article_extract(article_id=queued_article.pk)

    assert article.published_on == dt.date(2017, 1, 23)
    assert article.published_on_origin == Article.DateOrigin.INFERRED


def test_an_engine_error_marks_the_article_failed_with_the_reason(queued_article, monkeypatch):
    def broken(text, dct):
        raise ValueError("cannot read this text")

    monkeypatch.setattr(extraction, "extract_events", broken)

    article = article_extract(article_id=queued_article.pk)

    assert article.extraction_state == State.FAILED
    assert "cannot read this text" in article.extraction_error
    assert not Mention.objects.filter(article=queued_article).exists()


def test_a_failed_article_can_be_queued_and_extracted_again(queued_article, monkeypatch):
    monkeypatch.setattr(extraction, "extract_events", lambda text, dct: 1 / 0)
    article_extract(article_id=queued_article.pk)
    monkeypatch.undo()

    extraction.article_queue_extraction(article=Article.objects.get(pk=queued_article.pk))
    article = article_extract(article_id=queued_article.pk)

    assert article.extraction_state == State.DONE
    assert article.extraction_error == ""
    assert article.event_count >= 8


def test_a_run_overtaken_by_a_newer_one_writes_nothing(queued_article):
    claim = extraction._article_claim(article_id=queued_article.pk)
    result = extraction.run_engine(claim.article)
    # Meanwhile the article was re-queued and claimed again by another delivery.
    extraction._article_claim(article_id=queued_article.pk)

    extraction.article_store_extraction(
        article_id=queued_article.pk, attempt=claim.attempt, extraction=result
    )

    assert not Mention.objects.filter(article=queued_article).exists()
    assert Article.objects.get(pk=queued_article.pk).extraction_state == State.RUNNING


def test_the_sweeper_finds_unsent_queued_and_long_running_articles(timeline):
    now = timezone.now()
    unsent = ArticleFactory(timeline=timeline, extraction_state=State.QUEUED)
    waiting = ArticleFactory(
        timeline=timeline, extraction_state=State.QUEUED, extraction_sent_at=now
    )
    dead = ArticleFactory(
        timeline=timeline,
        extraction_state=State.RUNNING,
        extraction_started_at=now - dt.timedelta(hours=1),
    )
    working = ArticleFactory(
        timeline=timeline, extraction_state=State.RUNNING, extraction_started_at=now
    )
    done = ArticleFactory(timeline=timeline, extraction_state=State.DONE)

    stalled = set(articles_stalled(now=now).values_list("pk", flat=True))

    assert stalled == {unsent.pk, dead.pk}
    assert not stalled & {waiting.pk, working.pk, done.pk}


def test_extract_articles_inline_extracts_the_pending_articles_of_a_timeline(
    queued_article, timeline
):
    from django.core.management import call_command

    elsewhere = ArticleFactory(extraction_state=State.QUEUED)
    done = ArticleFactory(
        timeline=timeline, extraction_state=State.DONE, extractor_version=ENGINE_VERSION
    )

    call_command("extract_articles", "--timeline", timeline.slug, "--inline")

    queued_article.refresh_from_db()
    elsewhere.refresh_from_db()
    done.refresh_from_db()
    assert queued_article.extraction_state == State.DONE
    assert queued_article.event_count >= 8
    assert elsewhere.extraction_state == State.QUEUED
    assert done.extraction_attempts == 0


def test_extract_articles_pending_takes_what_an_older_engine_extracted(queued_article):
    from django.core.management import call_command

    article_extract(article_id=queued_article.pk)
    Article.objects.filter(pk=queued_article.pk).update(extractor_version="events-0.1")

    call_command("extract_articles", "--pending", "--inline")

    queued_article.refresh_from_db()
    assert queued_article.extraction_attempts == 2
    assert queued_article.extractor_version == ENGINE_VERSION


def test_extract_articles_refuses_an_unknown_timeline(db):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="No timeline"):
        call_command("extract_articles", "--timeline", "nowhere")


def test_extract_articles_queues_every_article_for_the_workers(
    queued_article, timeline, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    done = ArticleFactory(
        timeline=timeline, extraction_state=State.DONE, extractor_version=ENGINE_VERSION
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("extract_articles", "--all")

    done.refresh_from_db()
    assert done.extraction_state == State.QUEUED
    assert done.extraction_sent_at is not None


def test_the_sweep_sends_stalled_articles_again_and_marks_them_sent(timeline):
    from timeline.tasks import sweep_extractions

    unsent = ArticleFactory(timeline=timeline, extraction_state=State.QUEUED)
    done = ArticleFactory(timeline=timeline, extraction_state=State.DONE)

    assert sweep_extractions() == 1

    unsent.refresh_from_db()
    done.refresh_from_db()
    assert unsent.extraction_sent_at is not None
    assert done.extraction_sent_at is None

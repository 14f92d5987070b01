"""Queue an article's extraction and run it: the services behind the Celery tasks.

An extraction is three steps: ``article_extract`` claims the article (locked, queued or
running -> running), runs the engine outside any transaction, then writes the events and
mentions and marks the article done in one transaction, but only if the claim still holds
(nobody re-queued or re-ran the article meanwhile). Re-running it gives the same rows:
events are matched to the previous run's by their evidence (the time expression's
offsets), an event an editor touched keeps every field and only has its mentions
refreshed, and an untouched proposed event the new run no longer finds is removed.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError
from simple_history.utils import bulk_create_with_history

from articles.models import Article
from timeline.extraction import EventExtraction, ExtractedEvent, extract_events
from timeline.extraction.dates import DateRange, narrowed
from timeline.models import Event, Mention
from timeline.services.support import events_refresh_support

logger = logging.getLogger(__name__)

State = Article.ExtractionState
# Fields of an untouched proposed event that a new run may rewrite.
ENGINE_FIELDS = (
    "title",
    "summary",
    *Event.DATE_FIELDS,
    "modality",
    "actors",
    "places",
    "confidence",
)
MENTION_FIELDS = (
    "event_id",
    "sentence",
    "sentence_start",
    "sentence_end",
    "timex_text",
    "timex_type",
    "timex_value",
    "confidence",
    "extractor_version",
)


class ExtractionFailed(Exception):
    """The engine could not read the article; the reason is shown to editors."""


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
    transaction.on_commit(partial(article_send_extraction, article_id=article.pk))
    return article


@dataclass(frozen=True)
class Claim:
    """An extraction run's hold on its article: valid while the attempt count is unchanged."""

    article: Article
    attempt: int


def article_extract(*, article_id: int) -> Article | None:
    """Run the extraction of one queued (or interrupted) article and record the outcome.

    A message for an article that is not waiting (deleted, or already done by an earlier
    delivery) changes nothing, so a redelivered task is harmless. Database errors propagate
    for the task to retry; an engine error marks the article failed with the reason.
    """
    claim = _article_claim(article_id=article_id)
    if claim is None:
        return Article.objects.filter(pk=article_id).first()
    try:
        extraction = run_engine(claim.article)
    except ExtractionFailed as error:
        return article_mark_failed(article_id=article_id, reason=str(error), attempt=claim.attempt)
    return article_store_extraction(
        article_id=article_id, attempt=claim.attempt, extraction=extraction
    )


# Runs cut short in a row (the worker died or hit the hard time limit before recording an
# outcome) after which an article is failed instead of read again: an article that takes its
# worker down every time would otherwise be redelivered, and take it down, forever.
MAX_INTERRUPTED_RUNS = 3


@transaction.atomic
def _article_claim(*, article_id: int) -> Claim | None:
    # select_for_update: two deliveries of one message must not both start the work.
    article = Article.objects.select_for_update().filter(pk=article_id).first()
    if article is None or article.extraction_state not in (State.QUEUED, State.RUNNING):
        return None
    if article.extraction_state == State.RUNNING:
        interrupted = _runs_cut_short(article)
        if interrupted >= MAX_INTERRUPTED_RUNS:
            _article_fail(
                article,
                f"The extraction stopped {interrupted} times before it could finish (the "
                "worker was lost or ran out of time): the article may be too long to read.",
            )
            return None
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
    return Claim(article=article, attempt=article.extraction_attempts)


def _runs_cut_short(article: Article) -> int:
    """How many runs in a row claimed the article and never recorded an outcome.

    Every claim saves the article as running and every outcome as done or failed (queueing
    is an update, which leaves no history), so these are the newest history rows that say
    running.
    """
    newest = article.history.order_by("-history_date", "-history_id").values_list(
        "extraction_state", flat=True
    )[:MAX_INTERRUPTED_RUNS]
    count = 0
    for state in newest:
        if state != State.RUNNING:
            break
        count += 1
    return count


def run_engine(article: Article) -> EventExtraction:
    """The engine on the article's body; any failure of it becomes ExtractionFailed."""
    from celery.exceptions import SoftTimeLimitExceeded

    try:
        return extract_events(article.body, article.published_on)
    except SoftTimeLimitExceeded as error:
        limit = settings.CELERY_TASK_SOFT_TIME_LIMIT
        raise ExtractionFailed(f"Reading the article took longer than {limit} s.") from error
    except Exception as error:
        # The engine is pure Python over one text: an exception here is a bug or a text it
        # cannot handle, and retrying would fail the same way.
        logger.exception("Extraction engine failed on article %s", article.pk)
        reason = f"The extraction engine failed: {type(error).__name__}: {error}"
        raise ExtractionFailed(reason) from error


@transaction.atomic
def article_mark_failed(
    *, article_id: int, reason: str, attempt: int | None = None
) -> Article | None:
    """Record a failed extraction; it can be re-queued. A superseded attempt changes nothing."""
    article = Article.objects.select_for_update().filter(pk=article_id).first()
    if article is None or article.extraction_state != State.RUNNING:
        return article
    if attempt is not None and article.extraction_attempts != attempt:
        return article
    _article_fail(article, reason)
    return article


def _article_fail(article: Article, reason: str) -> None:
    """Precondition: the caller holds the article's row lock inside a transaction."""
    article.extraction_state = State.FAILED
    article.extraction_finished_at = timezone.now()
    article.extraction_error = reason[:2000]
    article.save(
        update_fields=[
            "extraction_state",
            "extraction_finished_at",
            "extraction_error",
            "updated_at",
        ]
    )


@transaction.atomic
def article_store_extraction(
    *, article_id: int, attempt: int, extraction: EventExtraction
) -> Article | None:
    """Write the extraction's events and mentions and mark the article done, atomically.

    Refused (nothing written) when the claim no longer holds: the article was re-queued,
    re-run or deleted while the engine read it, and a newer run will write instead.
    """
    article = Article.objects.select_for_update().filter(pk=article_id).first()
    if article is None or article.extraction_state != State.RUNNING:
        return article
    if article.extraction_attempts != attempt:
        return article
    if article.published_on is None and extraction.dct is not None:
        article.published_on = extraction.dct
        article.published_on_origin = Article.DateOrigin.INFERRED
    event_count = article_events_replace(article=article, extraction=extraction)
    article.extraction_state = State.DONE
    article.extraction_finished_at = timezone.now()
    article.extraction_error = ""
    article.extractor_version = extraction.engine_version[:40]
    article.event_count = event_count
    article.save(
        update_fields=[
            "published_on",
            "published_on_origin",
            "extraction_state",
            "extraction_finished_at",
            "extraction_error",
            "extractor_version",
            "event_count",
            "updated_at",
        ]
    )
    return article


def _is_untouched(event: Event) -> bool:
    return event.status == Event.Status.PROPOSED and event.edited_at is None


def _standing_event(event: Event, events: dict[int, Event]) -> Event:
    """Where a mention of ``event`` belongs: the event it was merged into, if it was."""
    seen = set()
    while event.status == Event.Status.MERGED and event.merged_into_id and event.pk not in seen:
        seen.add(event.pk)
        target = events.get(event.merged_into_id)
        if target is None:
            target = Event.objects.get(pk=event.merged_into_id)
            events[target.pk] = target
        event = target
    return event


def article_events_replace(*, article: Article, extraction: EventExtraction) -> int:
    """Replace the article's extracted events and mentions; the number of events it supports.

    Precondition: the caller holds the article's row lock inside a transaction.
    """
    old_mentions = list(Mention.objects.filter(article=article).order_by("pk"))
    origin_ids = {m.origin_event_id or m.event_id for m in old_mentions}
    # Locked in primary-key order, as every multi-event write does, so writers never deadlock.
    previous = {
        event.pk: event
        for event in Event.objects.select_for_update().filter(pk__in=origin_ids).order_by("pk")
    }
    span_owner = {
        (m.timex_start, m.timex_end): m.origin_event_id or m.event_id for m in old_mentions
    }
    pairs: list[tuple[Event, ExtractedEvent]] = []
    used: set[int] = set()
    new_events: list[Event] = []
    for found in extraction.events:
        event = _previous_event_for(found, previous, span_owner, used)
        if event is None:
            event = Event(timeline_id=article.timeline_id, support=1, **_engine_values(found))
            new_events.append(event)
        else:
            used.add(event.pk)
            _event_refresh(event=event, found=found, article=article)
        pairs.append((event, found))
    if new_events:
        # One insert for the events and one for their history rows, not two per event.
        bulk_create_with_history(new_events, Event)

    # Mentions of an editor's event this run no longer finds are kept: never lose evidence
    # an editor relied on. Every other old mention is reused (same span) or deleted.
    kept = {
        m.pk
        for m in old_mentions
        if (m.origin_event_id or m.event_id) not in used
        and (m.origin_event_id or m.event_id) in previous
        and not _is_untouched(previous[m.origin_event_id or m.event_id])
    }
    reusable = {
        (m.origin_event_id or m.event_id, m.timex_start, m.timex_end): m
        for m in old_mentions
        if m.pk not in kept
    }
    touched_events: set[int] = set(origin_ids)
    standing_cache = dict(previous)
    created: list[Mention] = []
    for event, found in pairs:
        target = _standing_event(event, standing_cache)
        touched_events.update({event.pk, target.pk})
        for extracted in found.mentions:
            values = {
                "event_id": target.pk,
                "sentence": extracted.sentence,
                "sentence_start": extracted.sentence_start,
                "sentence_end": extracted.sentence_end,
                "timex_text": extracted.timex_text[:200],
                "timex_type": extracted.timex_type,
                "timex_value": extracted.timex_value[:40],
                "confidence": found.confidence,
                "extractor_version": extraction.engine_version[:40],
            }
            mention = reusable.pop((event.pk, extracted.timex_start, extracted.timex_end), None)
            if mention is None:
                created.append(
                    Mention(
                        article=article,
                        origin_event=event,
                        timex_start=extracted.timex_start,
                        timex_end=extracted.timex_end,
                        **values,
                    )
                )
            elif any(getattr(mention, name) != values[name] for name in MENTION_FIELDS):
                for name, value in values.items():
                    setattr(mention, name, value)
                mention.save(update_fields=[name.removesuffix("_id") for name in MENTION_FIELDS])
    Mention.objects.bulk_create(created)
    stale = [m.pk for m in reusable.values()]
    touched_events.update(m.event_id for m in reusable.values())
    Mention.objects.filter(pk__in=stale).delete()

    # An untouched proposed event of the previous run that no mention supports any more goes.
    candidates = [pk for pk, event in previous.items() if pk not in used and _is_untouched(event)]
    supported = set(
        Mention.objects.filter(event_id__in=candidates).values_list("event_id", flat=True)
    )
    abandoned = [pk for pk in candidates if pk not in supported]
    Event.objects.filter(pk__in=abandoned).delete()
    events_refresh_support(event_ids=touched_events - set(abandoned))
    return Mention.objects.filter(article=article).values("event_id").distinct().count()


def _previous_event_for(found, previous, span_owner, used) -> Event | None:
    """The previous run's event with the same evidence, else the same date and title."""
    for mention in found.mentions:
        owner = span_owner.get((mention.timex_start, mention.timex_end))
        if owner is not None and owner not in used and owner in previous:
            return previous[owner]
    for event in previous.values():
        if event.pk not in used and (event.date_value, event.title) == (found.value, found.title):
            return event
    return None


def _engine_values(found: ExtractedEvent) -> dict:
    # "mid-December 2016" is stored as its middle third, so that it sorts after the 5th
    told = narrowed(DateRange(found.start, found.end, found.granularity), found.mod)
    return {
        "title": found.title[:200],
        "summary": found.summary,
        "date_value": found.value[:40],
        "date_mod": (found.mod or "")[:20],
        "date_start": told.start,
        "date_end": told.end,
        "granularity": found.granularity,
        "is_approximate": found.approximate,
        "modality": found.modality,
        "actors": list(found.actors),
        "places": list(found.places),
        "confidence": found.confidence,
    }


def _event_refresh(*, event: Event, found: ExtractedEvent, article: Article) -> None:
    """Rewrite an untouched proposed event only this article supports; keep any other.

    The row is locked and its version bumped like an editor's change, so an editor's form
    opened before the refresh is refused as stale instead of silently undoing it.
    """
    event = Event.objects.select_for_update().get(pk=event.pk)
    if not _is_untouched(event):
        return
    if event.mentions.exclude(article=article).exists():
        return
    values = _engine_values(found)
    changed = [name for name in ENGINE_FIELDS if getattr(event, name) != values[name]]
    if not changed:
        return
    for name in changed:
        setattr(event, name, values[name])
    event.version += 1
    event.save(update_fields=[*changed, "version", "updated_at"])


def articles_stalled(*, now=None):
    """Articles whose extraction should be running but is not moving.

    Queued and never handed to the broker (it was down), queued and sent long ago (the
    message was lost), or running for longer than the hard time limit (the worker died).
    """
    now = now or timezone.now()
    hard_limit = timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    return Article.objects.filter(
        Q(extraction_state=State.QUEUED, extraction_sent_at__isnull=True)
        | Q(extraction_state=State.QUEUED, extraction_sent_at__lt=now - STALE_QUEUED_AFTER)
        | Q(extraction_state=State.RUNNING, extraction_started_at__lt=now - hard_limit)
    )


# A queued message older than the broker's redelivery window was lost, not waiting.
STALE_QUEUED_AFTER = timedelta(hours=2)


def articles_resend_stalled(*, now=None, limit: int = 500) -> int:
    """Send the stalled articles' tasks again; how many were sent. Harmless if repeated:
    a task for an article that is no longer waiting changes nothing."""
    sent = 0
    for article_id in articles_stalled(now=now).order_by("pk").values_list("pk", flat=True)[:limit]:
        if article_send_extraction(article_id=article_id):
            sent += 1
        else:
            break  # the broker is down: the next sweep tries again
    return sent

"""Merging duplicate events, undoing it, and the suggestions that propose it.

Every write follows the same shape (Zulip's check-then-do): lock every event involved with
``select_for_update()`` in primary-key order (so two editors merging overlapping sets wait
for each other instead of deadlocking), check the locked rows (which may have changed while
we waited), then change them. ``transaction.atomic`` is required because of the row locks.
Events are saved through ``save()`` so django-simple-history records who did it and why
("merged into #12", "merged #13, #14 into this"; who did it is the record's user, shown in
its own column); bulk updates set ``updated_at`` themselves, because the public
page's cache keys off it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles.models import Article
from timeline.duplicates import EventRecord, find_duplicates
from timeline.duplicates.dates import DateSpan, candidate_windows, date_match
from timeline.models import Event, Mention, MergeSuggestion
from timeline.services.support import articles_of_events, events_refresh_support

logger = logging.getLogger(__name__)

Status = Event.Status
# Events that may still be merged or suggested: everything but merged and rejected ones.
SUGGESTABLE_STATUSES = (Status.PROPOSED, Status.APPROVED)
# A kept date keeps its modality: a planned date stays planned.
DATE_FIELDS = (*Event.DATE_FIELDS, "modality")
REASON_LIMIT = 100


class MergeRefused(Exception):
    """The merge (or unmerge, or decision) cannot be done; the message says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class StaleMerge(MergeRefused):
    """An event changed after the editor looked at it."""

    def __init__(self, event: Event, read_version: int):
        super().__init__(
            f"“{event.title}” changed since you opened it (you read version {read_version}, "
            f"it is now at version {event.version}). Check it and try again."
        )
        self.event = event


def _save(event: Event, *, by: AbstractBaseUser | None, reason: str) -> None:
    """Save a merge-related change. Precondition: the row is locked by this transaction."""
    event.version += 1
    event.edited_at = timezone.now()
    event._history_user = by
    event._change_reason = reason[:REASON_LIMIT]
    event.save()


def _lock(event_ids: Iterable[int]) -> dict[int, Event]:
    """The events, locked until the transaction ends, in primary-key order."""
    return {
        event.pk: event
        for event in Event.objects.select_for_update().filter(pk__in=set(event_ids)).order_by("pk")
    }


def _span(event: Event) -> DateSpan:
    return DateSpan.of(event.date_start, event.date_end, event.granularity, event.is_approximate)


def most_precise_date(into: Event, events: Sequence[Event]) -> Event:
    """The event whose date the merged event keeps: of those whose date can be the same as
    ``into``'s, the narrowest exact one (``into`` itself on a tie)."""
    target = _span(into)
    compatible = [event for event in events if date_match(_span(event), target) is not None]
    return min(
        [into, *compatible],
        key=lambda event: (
            event.is_approximate,
            (event.date_end - event.date_start).days,
            event.pk != into.pk,
            event.pk,
        ),
    )


# Merge -------------------------------------------------------------------------------


@transaction.atomic
def merge_events(
    *,
    into: Event,
    others: Sequence[Event],
    by: AbstractBaseUser | None,
    title: str | None = None,
    summary: str | None = None,
    date_from: Event | None = None,
    versions: dict[int, int] | None = None,
) -> Event:
    """Merge ``others`` into ``into``: one event stays, with every mention of them all.

    The event that stays takes ``title``/``summary`` (default: its own) and the date of
    ``date_from`` (default: the most precise date compatible with its own). The others
    become ``merged`` into it, so their permalinks lead to it; their open suggestions move
    to it. ``versions`` (event id -> version the editor read) refuses a stale merge.
    Refused with MergeRefused: no other event, an event into itself, events of different
    timelines, an event that is merged already or no longer exists.
    """
    other_ids = [other.pk for other in others]
    if into.pk in other_ids:
        raise MergeRefused("An event cannot be merged into itself.")
    if not other_ids:
        raise MergeRefused("Choose at least one other event to merge into this one.")
    wanted = {into.pk, *other_ids}
    if date_from is not None and date_from.pk not in wanted:
        raise MergeRefused("The date must come from one of the events being merged.")

    # Check, on rows locked in primary-key order: they may have changed while we waited.
    locked = _lock(wanted)
    missing = sorted(wanted - locked.keys())
    if missing:
        raise MergeRefused(
            f"Event{'s' if len(missing) > 1 else ''} {', '.join(f'#{pk}' for pk in missing)} "
            "no longer exist."
        )
    canonical = locked[into.pk]
    merged = [locked[pk] for pk in sorted(set(other_ids))]
    if any(event.timeline_id != canonical.timeline_id for event in merged):
        raise MergeRefused("Events of different timelines cannot be merged.")
    if canonical.status == Status.MERGED:
        raise MergeRefused(
            f"“{canonical.title}” was merged into event #{canonical.merged_into_id}: "
            "merge into that one instead."
        )
    for event in merged:
        if event.status == Status.MERGED:
            raise MergeRefused(
                f"“{event.title}” is already merged into event #{event.merged_into_id}."
            )
    for pk, read_version in (versions or {}).items():
        if pk in locked and locked[pk].version != read_version:
            raise StaleMerge(locked[pk], read_version)

    # Do.
    source = locked[date_from.pk] if date_from is not None else None
    source = source or most_precise_date(canonical, merged)
    _merge_into(canonical, merged, by=by, title=title, summary=summary, date_source=source)
    return canonical


def _merge_into(
    canonical: Event,
    merged: list[Event],
    *,
    by: AbstractBaseUser | None,
    title: str | None,
    summary: str | None,
    date_source: Event,
) -> None:
    """Precondition: every event of the merge is locked and was checked."""
    merged_ids = [event.pk for event in merged]
    Mention.objects.filter(event_id__in=merged_ids).update(event_id=canonical.pk)
    for event in merged:
        event.status = Status.MERGED
        event.merged_into = canonical
        _save(event, by=by, reason=f"merged into #{canonical.pk}")

    if title is not None and title.strip():
        canonical.title = title.strip()[:200]
    if summary is not None:
        canonical.summary = summary.strip()
    for name in DATE_FIELDS:
        setattr(canonical, name, getattr(date_source, name))
    listed = ", ".join(f"#{pk}" for pk in merged_ids)
    _save(canonical, by=by, reason=f"merged {listed} into this")

    touched = _suggestions_follow_merge(canonical=canonical, merged_ids=merged_ids, by=by)
    events_refresh_support(event_ids={canonical.pk, *merged_ids, *touched})


def _suggestions_follow_merge(
    *, canonical: Event, merged_ids: list[int], by: AbstractBaseUser | None
) -> set[int]:
    """Suggestions among the merged events are accepted; an open suggestion between a merged
    event and another one now concerns the event that stays. The events whose suggestions
    changed are returned."""
    group = {canonical.pk, *merged_ids}
    now = timezone.now()
    MergeSuggestion.objects.filter(
        status=MergeSuggestion.Status.OPEN, event_a_id__in=group, event_b_id__in=group
    ).update(status=MergeSuggestion.Status.ACCEPTED, decided_by=by, decided_at=now)
    moving = list(
        MergeSuggestion.objects.select_for_update()
        .filter(status=MergeSuggestion.Status.OPEN)
        .filter(Q(event_a_id__in=merged_ids) | Q(event_b_id__in=merged_ids))
        .order_by("pk")
    )
    touched: set[int] = set()
    for suggestion in moving:
        outside = suggestion.event_b_id if suggestion.event_a_id in group else suggestion.event_a_id
        touched.add(outside)
        pair = (min(canonical.pk, outside), max(canonical.pk, outside))
        existing = MergeSuggestion.objects.filter(event_a_id=pair[0], event_b_id=pair[1]).first()
        if existing is None:
            suggestion.event_a_id, suggestion.event_b_id = pair
            suggestion.save(update_fields=["event_a", "event_b"])
        else:
            if existing.status == MergeSuggestion.Status.OPEN and suggestion.score > existing.score:
                existing.score, existing.reasons = suggestion.score, suggestion.reasons
                existing.save(update_fields=["score", "reasons"])
            suggestion.delete()
    return touched


# Unmerge -----------------------------------------------------------------------------


@transaction.atomic
def unmerge_event(
    *,
    event: Event,
    by: AbstractBaseUser | None,
    version: int | None = None,
    only: int | None = None,
    versions: dict[int, int] | None = None,
) -> list[Event]:
    """Undo merges: each event merged into ``event`` (or ``event`` itself, when it is the
    merged one; or, with ``only``, that one of the events merged into ``event``) stands
    again, with its status from before the merge and its own mentions (those the extractor
    made for it, ``Mention.origin_event``).

    The event that stayed keeps its current wording and date: its change history can revert
    them. The pairs are recorded as dismissed so they are not suggested again. ``version``
    (of ``event``) and ``versions`` (event id -> the version the editor read) refuse a stale
    unmerge. Returns the restored events.
    """
    current = Event.objects.filter(pk=event.pk).first()
    if current is None:
        raise MergeRefused("This event no longer exists.")
    # Every event of the merge tree the mentions live in, locked in primary-key order.
    root = _merge_root(current)
    tree = _merge_tree(root)
    locked = _lock(tree)
    current = locked.get(event.pk)
    if current is None:
        raise MergeRefused("This event no longer exists.")
    if (
        locked.get(root.pk) is None
        or locked[root.pk].status == Status.MERGED
        or (_merge_tree(root) != tree)
    ):
        raise MergeRefused("These events were merged or unmerged meanwhile: reload and retry.")
    if version is not None and current.version != version:
        raise StaleMerge(current, version)
    for pk, read_version in (versions or {}).items():
        if pk in locked and locked[pk].version != read_version:
            raise StaleMerge(locked[pk], read_version)
    if only is not None:
        chosen = locked.get(only)
        if chosen is None or chosen.merged_into_id != current.pk:
            raise MergeRefused(
                "That event is no longer merged into this one: reload the page to see what is."
            )
        canonical, restored = current, [chosen]
    elif current.status == Status.MERGED:
        canonical = locked.get(current.merged_into_id) or Event.objects.get(
            pk=current.merged_into_id
        )
        restored = [current]
    else:
        canonical = current
        restored = sorted(
            (candidate for candidate in locked.values() if candidate.merged_into_id == current.pk),
            key=lambda candidate: candidate.pk,
        )
        if not restored:
            raise MergeRefused("No event is merged into this one: there is nothing to unmerge.")

    for restored_event in restored:
        _restore_status(restored_event)
        restored_event.merged_into = None
        _save(restored_event, by=by, reason=f"unmerged from #{canonical.pk}")
    listed = ", ".join(f"#{restored_event.pk}" for restored_event in restored)
    _save(canonical, by=by, reason=f"unmerged {listed}")

    moved = _mentions_back_to_their_events(root_id=locked[root.pk].pk, events=locked)
    _record_dismissed(canonical=canonical, restored=restored, by=by)
    events_refresh_support(event_ids={canonical.pk, *moved, *(e.pk for e in restored)})
    return restored


def _merge_root(event: Event) -> Event:
    """The live event at the end of ``event``'s merge chain (itself when it is live)."""
    seen = set()
    while event.status == Status.MERGED and event.merged_into_id and event.pk not in seen:
        seen.add(event.pk)
        event = Event.objects.get(pk=event.merged_into_id)
    return event


def _merge_tree(root: Event) -> set[int]:
    """The root and every event merged into it, directly or through a chain."""
    tree = {root.pk}
    frontier = {root.pk}
    while frontier:
        frontier = (
            set(Event.objects.filter(merged_into_id__in=frontier).values_list("pk", flat=True))
            - tree
        )
        tree |= frontier
    return tree


def _restore_status(event: Event) -> None:
    """The status (and approval) the event had just before it was merged."""
    before = (
        event.history.exclude(status=Status.MERGED)
        .order_by("-history_date", "-history_id")
        .values("status", "approved_by_id", "approved_at")
        .first()
    )
    if before is None or before["status"] not in (*SUGGESTABLE_STATUSES, Status.REJECTED):
        event.status, event.approved_by_id, event.approved_at = Status.PROPOSED, None, None
        return
    event.status = before["status"]
    event.approved_by_id = before["approved_by_id"]
    event.approved_at = before["approved_at"]


def _mentions_back_to_their_events(*, root_id: int, events: dict[int, Event]) -> set[int]:
    """Move each mention held by the root to the live event its origin now stands in.

    Precondition: every event of the root's merge tree is locked (``events``).
    """

    def standing(pk: int) -> int:
        seen = set()
        while pk in events and events[pk].status == Status.MERGED and pk not in seen:
            seen.add(pk)
            pk = events[pk].merged_into_id
        return pk

    destinations: dict[int, list[int]] = defaultdict(list)
    for pk, origin in Mention.objects.filter(event_id=root_id).values_list("pk", "origin_event_id"):
        if origin is not None and origin in events:
            target = standing(origin)
            if target != root_id:
                destinations[target].append(pk)
    for target, mention_ids in destinations.items():
        Mention.objects.filter(pk__in=mention_ids).update(event_id=target)
    return set(destinations)


def _record_dismissed(
    *, canonical: Event, restored: list[Event], by: AbstractBaseUser | None
) -> None:
    """An editor said these are not the same: never suggest the pairs again."""
    now = timezone.now()
    for event in restored:
        first, second = sorted((canonical.pk, event.pk))
        MergeSuggestion.objects.update_or_create(
            event_a_id=first,
            event_b_id=second,
            defaults={
                "timeline_id": canonical.timeline_id,
                "status": MergeSuggestion.Status.DISMISSED,
                "decided_by": by,
                "decided_at": now,
            },
            create_defaults={
                "timeline_id": canonical.timeline_id,
                "status": MergeSuggestion.Status.DISMISSED,
                "decided_by": by,
                "decided_at": now,
                "score": 0.0,
                "reasons": ["unmerged by an editor"],
            },
        )


# Suggestions --------------------------------------------------------------------------


def suggestion_default_into(suggestion: MergeSuggestion) -> Event:
    """Which of the pair stays when an editor accepts without choosing: the approved one,
    else the better supported one, else the older one."""
    first, second = suggestion.event_a, suggestion.event_b
    return min(
        (first, second),
        key=lambda event: (event.status != Status.APPROVED, -event.support, event.pk),
    )


@transaction.atomic
def suggestion_accept(
    *,
    suggestion: MergeSuggestion,
    by: AbstractBaseUser | None,
    into: Event | None = None,
    title: str | None = None,
    summary: str | None = None,
    date_from: Event | None = None,
    versions: dict[int, int] | None = None,
) -> Event:
    """Merge the suggested pair (into ``into``, by default ``suggestion_default_into``)."""
    locked = MergeSuggestion.objects.select_for_update().filter(pk=suggestion.pk).first()
    if locked is None:
        raise MergeRefused("This suggestion no longer exists.")
    if locked.status != MergeSuggestion.Status.OPEN:
        raise MergeRefused(f"This suggestion was already {locked.get_status_display()}.")
    pair = {locked.event_a_id: locked.event_a, locked.event_b_id: locked.event_b}
    if into is not None and into.pk not in pair:
        raise MergeRefused("Merge the suggested events into one of them.")
    canonical = pair[into.pk] if into is not None else suggestion_default_into(locked)
    other = next(event for pk, event in pair.items() if pk != canonical.pk)
    return merge_events(
        into=canonical,
        others=[other],
        by=by,
        title=title,
        summary=summary,
        date_from=date_from,
        versions=versions,
    )


@transaction.atomic
def suggestion_dismiss(
    *, suggestion: MergeSuggestion, by: AbstractBaseUser | None
) -> MergeSuggestion:
    """Not the same event: the pair is closed and never suggested again. Dismissing a
    dismissed suggestion changes nothing; an accepted one is refused."""
    locked = MergeSuggestion.objects.select_for_update().filter(pk=suggestion.pk).first()
    if locked is None:
        raise MergeRefused("This suggestion no longer exists.")
    if locked.status == MergeSuggestion.Status.DISMISSED:
        return locked
    if locked.status == MergeSuggestion.Status.ACCEPTED:
        raise MergeRefused("These events were merged already: unmerge them instead.")
    locked.status = MergeSuggestion.Status.DISMISSED
    locked.decided_by = by
    locked.decided_at = timezone.now()
    locked.save(update_fields=["status", "decided_by", "decided_at"])
    events_refresh_support(event_ids={locked.event_a_id, locked.event_b_id})
    return locked


RECORD_FIELDS = (
    "id",
    "date_start",
    "date_end",
    "granularity",
    "is_approximate",
    "title",
    "summary",
    "actors",
    "places",
    "modality",
)


def _record(row: dict, articles: dict[int, set[int]]) -> EventRecord:
    return EventRecord(
        id=row["id"],
        start=row["date_start"],
        end=row["date_end"],
        granularity=row["granularity"],
        approximate=row["is_approximate"],
        title=row["title"],
        summary=row["summary"],
        actors=tuple(row["actors"] or ()),
        places=tuple(row["places"] or ()),
        articles=frozenset(articles.get(row["id"], ())),
        modality=row["modality"],
    )


def article_suggest_duplicates(*, article_id: int) -> list[MergeSuggestion]:
    """Suggest, within its timeline, the events that may be the same as the article's.

    Only events whose dates can match are read (one query, by date range and precision),
    so the work grows with the article, not with the timeline. A pair already suggested,
    accepted or dismissed is never suggested again. Returns the new suggestions.
    """
    article = Article.objects.filter(pk=article_id).values("timeline_id", "extraction_state")
    article = article.first()
    if article is None or article["extraction_state"] != Article.ExtractionState.DONE:
        return []
    timeline_id = article["timeline_id"]
    live = Event.objects.filter(timeline_id=timeline_id, status__in=SUGGESTABLE_STATUSES)
    own = list(live.filter(mentions__article_id=article_id).distinct().values(*RECORD_FIELDS))
    if not own:
        return []
    found = _find_for(timeline_id=timeline_id, own=own)
    # One transaction: nobody sees a new suggestion before the support it adds.
    with transaction.atomic():
        created = suggestions_store(timeline_id=timeline_id, found=found, refresh_support=False)
        events_refresh_support(
            event_ids={row["id"] for row in own}
            | {pk for pair in created for pk in (pair.event_a_id, pair.event_b_id)}
        )
    return created


def _find_for(*, timeline_id: int, own: list[dict]) -> list:
    """The likely duplicates (``timeline.duplicates.Suggestion``) of the ``own`` events (rows
    of RECORD_FIELDS) among the timeline's live events, pairs of the same articles left out."""
    live = Event.objects.filter(timeline_id=timeline_id, status__in=SUGGESTABLE_STATUSES)
    # One branch per precision a date may match, each a short range of the index on
    # (timeline, granularity, date_start): the read does not grow with the timeline.
    window = Q()
    for row in own:
        span = DateSpan.of(
            row["date_start"], row["date_end"], row["granularity"], row["is_approximate"]
        )
        for candidate in candidate_windows(span):
            window |= Q(
                granularity=candidate.granularity,
                date_start__gte=_from_ordinal(candidate.start_from),
                date_start__lte=_from_ordinal(candidate.start_to),
                date_end__gte=_from_ordinal(candidate.end_from),
            )
    candidates = list(live.filter(window).values(*RECORD_FIELDS))
    # The candidates' articles are only read for the pairs found (below): one query less
    # over the whole window, and the same result.
    own_articles = articles_of_events({row["id"] for row in own})
    found = find_duplicates(
        [_record(row, own_articles) for row in own],
        [_record(row, own_articles) for row in candidates],
    )
    if found:
        involved = {pk for pair in found for pk in (pair.first_id, pair.second_id)}
        articles = articles_of_events(involved)
        found = [
            pair
            for pair in found
            if not articles.get(pair.first_id)
            or articles.get(pair.first_id) != articles.get(pair.second_id)
        ]
    return found


def event_suggest_duplicates(*, event_id: int) -> list[MergeSuggestion]:
    """Suggest an event's duplicates again, after an editor changed its date or wording.

    Its open suggestions with live events become what the finder says now: a pair found
    again keeps its suggestion with the new score and reasons, a pair no longer found is
    withdrawn (its date or words no longer match), a new pair is suggested. Pairs an editor
    decided (merged, or "Not the same") are never suggested again. A merged or rejected
    event is left alone. Returns the new suggestions.
    """
    row = (
        Event.objects.filter(pk=event_id, status__in=SUGGESTABLE_STATUSES)
        .values(*RECORD_FIELDS, "timeline_id")
        .first()
    )
    if row is None:
        return []
    timeline_id = row.pop("timeline_id")
    found = {
        (pair.first_id, pair.second_id): pair
        for pair in _find_for(timeline_id=timeline_id, own=[row])
        if event_id in (pair.first_id, pair.second_id)
    }
    with transaction.atomic():
        mine = Q(event_a_id=event_id) | Q(event_b_id=event_id)
        partners = set(
            MergeSuggestion.objects.filter(mine, status=MergeSuggestion.Status.OPEN)
            .values_list("event_a_id", "event_b_id")
            .distinct()
        )
        involved = {event_id} | {pk for pair in (*partners, *found) for pk in pair}
        locked = _lock(involved)
        event = locked.get(event_id)
        if event is None or event.status not in SUGGESTABLE_STATUSES:
            return []
        touched = {event_id}
        for suggestion in MergeSuggestion.objects.select_for_update().filter(
            mine, status=MergeSuggestion.Status.OPEN
        ):
            pair = (suggestion.event_a_id, suggestion.event_b_id)
            other = locked.get(pair[1] if pair[0] == event_id else pair[0])
            if pair in found:
                again = found.pop(pair)
                if (suggestion.score, suggestion.reasons) != (again.score, list(again.reasons)):
                    suggestion.score, suggestion.reasons = again.score, list(again.reasons)
                    suggestion.save(update_fields=["score", "reasons"])
            elif other is not None and other.status in SUGGESTABLE_STATUSES:
                touched.update(pair)
                suggestion.delete()
        created = suggestions_store(
            timeline_id=timeline_id, found=list(found.values()), refresh_support=False
        )
        touched |= {pk for pair in created for pk in (pair.event_a_id, pair.event_b_id)}
        events_refresh_support(event_ids=touched)
    return created


def duplicates_after_change(event_id: int) -> None:
    """The step after an editor changed an event's date or wording (run once the change is
    committed): suggest its duplicates again. It never fails the change: on an error the
    ``suggest_event_duplicates`` task is sent, to try again with the broker's retries."""
    try:
        event_suggest_duplicates(event_id=event_id)
    except Exception:
        logger.exception("Suggesting duplicates for event %s failed; retrying", event_id)
        from timeline.tasks import suggest_event_duplicates

        try:
            suggest_event_duplicates.delay(event_id)
        except Exception:
            logger.exception("Could not send the suggestions of event %s", event_id)


def _from_ordinal(ordinal: int) -> dt.date:
    return dt.date.fromordinal(max(1, ordinal))


@transaction.atomic
def suggestions_store(
    *, timeline_id: int, found, refresh_support: bool = True
) -> list[MergeSuggestion]:
    """Store new suggestions (``timeline.duplicates.Suggestion``) for pairs never seen.

    The events are locked and checked first: a pair one of whose events was merged or
    rejected meanwhile is not suggested.
    """
    if not found:
        return []
    involved = {pk for suggestion in found for pk in (suggestion.first_id, suggestion.second_id)}
    locked = _lock(involved)
    known = set(
        MergeSuggestion.objects.filter(
            Q(event_a_id__in=involved) | Q(event_b_id__in=involved)
        ).values_list("event_a_id", "event_b_id")
    )
    fresh = [
        MergeSuggestion(
            timeline_id=timeline_id,
            event_a_id=suggestion.first_id,
            event_b_id=suggestion.second_id,
            score=suggestion.score,
            reasons=list(suggestion.reasons),
        )
        for suggestion in found
        if (suggestion.first_id, suggestion.second_id) not in known
        and all(
            pk in locked
            and locked[pk].status in SUGGESTABLE_STATUSES
            and locked[pk].timeline_id == timeline_id
            for pk in (suggestion.first_id, suggestion.second_id)
        )
    ]
    if not fresh:
        return []
    MergeSuggestion.objects.bulk_create(fresh, ignore_conflicts=True)
    pairs = Q()
    for suggestion in fresh:
        pairs |= Q(event_a_id=suggestion.event_a_id, event_b_id=suggestion.event_b_id)
    created = list(MergeSuggestion.objects.filter(pairs, status=MergeSuggestion.Status.OPEN))
    if refresh_support:
        events_refresh_support(
            event_ids={pk for s in created for pk in (s.event_a_id, s.event_b_id)}
        )
    return created


def duplicates_after_extraction(article: Article | None) -> Article | None:
    """The step after an article's extraction (the worker's and ``extract_articles
    --inline``'s): suggest its events' duplicates, here and now, since it takes milliseconds.

    It never fails the extraction that ran before it: on an error the ``suggest_duplicates``
    task is sent, to try again with the broker's retries.
    """
    if article is None or article.extraction_state != Article.ExtractionState.DONE:
        return article
    try:
        article_suggest_duplicates(article_id=article.pk)
    except Exception:
        logger.exception("Suggesting duplicates for article %s failed; retrying", article.pk)
        from timeline.tasks import suggest_duplicates

        try:
            suggest_duplicates.delay(article.pk)
        except Exception:
            logger.exception("Could not send the suggestions of article %s", article.pk)
    return article


# Support ------------------------------------------------------------------------------

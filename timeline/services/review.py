"""Editorial review: approve, reject, restore, edit and revert events, one or many at a time.

Every change locks the event row (``select_for_update``, so ``transaction.atomic`` is
required), checks the version the editor read when one is given (optimistic locking: a
stale version is refused with the current event, never silently overwritten), bumps the
version, sets ``edited_at`` (re-extraction leaves editor-touched events alone) and saves
through ``save()`` so django-simple-history records who, when and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from timeline.dateinput import TypedDate
from timeline.models import Event, Timeline
from timeline.selectors.review import change_time, history_changed_fields, latest_change
from timeline.services.merging import duplicates_after_change

Status = Event.Status
# What the duplicate finder reads of an event: a change to one of these suggests again.
COMPARED_FIELDS = frozenset({"title", "summary", "modality", *Event.DATE_FIELDS})


class ReviewRefused(Exception):
    """The event's current state refuses the change; the message says why, for the editor."""

    def __init__(self, message: str, event: Event | None = None):
        super().__init__(message)
        self.message = message
        self.event = event


class StaleVersion(ReviewRefused):
    """The event changed after this editor read it: by a colleague, or by the same editor in
    another tab. The message says who changed it last and when, when the history knows."""

    def __init__(self, current: Event, read_version: int, user: AbstractBaseUser | None = None):
        super().__init__(
            f"This event changed since you opened it: you read version {read_version}, and "
            f"it is now at version {current.version}{_last_changed(current, user)}. Check the "
            "current values and try again.",
            current,
        )
        self.current = current
        self.read_version = read_version


def _last_changed(event: Event, user: AbstractBaseUser | None) -> str:
    """ ", last changed by alice on 28 Nov 2026 at 22:00:05", or "" without a history."""
    last = latest_change(event)
    if last is None:
        return ""
    if user is not None and last.history_user_id is not None and last.history_user_id == user.pk:
        who = "you (in another tab or window)"
    elif last.history_user is not None:
        who = last.history_user.get_username()
    else:
        who = "the system"
    return f", last changed by {who} on {change_time(last.history_date)}"


@dataclass
class BulkResult:
    changed: list[Event] = field(default_factory=list)
    unchanged: list[Event] = field(default_factory=list)
    refused: list[Event] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)


class StaleSelection(ReviewRefused):
    """Someone changed some of the selected events after this editor read them."""

    def __init__(self, stale: list[Event]):
        names = ", ".join(f"“{event.title}”" for event in stale[:3])
        more = f" and {len(stale) - 3} more" if len(stale) > 3 else ""
        super().__init__(
            f"{len(stale)} of the selected events changed since you opened the page "
            f"({names}{more}), so nothing was changed. Reload the page to see them as they "
            "are now, then select again."
        )
        self.stale = stale


def _lock_event(*, timeline: Timeline, event_id: int) -> Event:
    """The event, locked until the transaction ends; Event.DoesNotExist if not on this timeline."""
    return Event.objects.select_for_update().get(timeline=timeline, pk=event_id)


def _check_version(event: Event, version: int | None, user: AbstractBaseUser | None) -> None:
    if version is not None and event.version != version:
        raise StaleVersion(event, version, user)


def _refuse_merged(event: Event) -> None:
    if event.status == Status.MERGED:
        into = event.merged_into
        raise ReviewRefused(
            f"This event was merged into “{into.title}” (event #{into.pk}): review that event "
            "instead.",
            event,
        )


def _save_change(event: Event, *, user: AbstractBaseUser | None, reason: str) -> Event:
    """Save an editor's change. Precondition: the event row is locked by this transaction."""
    event.version += 1
    event.edited_at = timezone.now()
    # simple_history reads these two attributes when it writes the historical record.
    event._history_user = user
    event._change_reason = reason[:100]
    event.save()
    return event


def _apply_status(event: Event, *, status: str, user: AbstractBaseUser | None) -> None:
    event.status = status
    if status == Status.APPROVED:
        event.approved_by = user
        event.approved_at = timezone.now()
    else:
        event.approved_by = None
        event.approved_at = None


@transaction.atomic
def event_set_status(
    *,
    timeline: Timeline,
    event_id: int,
    status: str,
    user: AbstractBaseUser | None,
    version: int | None = None,
) -> Event:
    """Approve, reject or restore (back to proposed) one event.

    Asking for the status it already has changes nothing, so a double click is harmless.
    """
    if status not in (Status.PROPOSED, Status.APPROVED, Status.REJECTED):
        raise ValueError(f"an editor cannot set the status {status!r}")
    event = _lock_event(timeline=timeline, event_id=event_id)
    _refuse_merged(event)
    if event.status == status:
        return event
    _check_version(event, version, user)
    _apply_status(event, status=status, user=user)
    return _save_change(event, user=user, reason=str(Status(status).label))


def event_approve(**kwargs) -> Event:
    return event_set_status(status=Status.APPROVED, **kwargs)


def event_reject(**kwargs) -> Event:
    return event_set_status(status=Status.REJECTED, **kwargs)


def event_restore(**kwargs) -> Event:
    return event_set_status(status=Status.PROPOSED, **kwargs)


@transaction.atomic
def events_set_status(
    *,
    timeline: Timeline,
    event_ids: Iterable[int],
    status: str,
    user: AbstractBaseUser | None,
    versions: Mapping[int, int] | None = None,
) -> BulkResult:
    """Approve or reject a selection; merged or missing events are reported, not changed.

    ``versions`` (event id -> the version the editor read) refuses the whole selection with
    StaleSelection when any of those events moved on since: nothing is half-done."""
    if status not in (Status.PROPOSED, Status.APPROVED, Status.REJECTED):
        raise ValueError(f"an editor cannot set the status {status!r}")
    wanted = set(event_ids)
    result = BulkResult()
    # Rows are locked in primary-key order so two bulk actions cannot deadlock each other.
    events = Event.objects.select_for_update().filter(timeline=timeline, pk__in=wanted)
    found = list(events.order_by("pk"))
    result.missing = sorted(wanted - {event.pk for event in found})
    stale = [e for e in found if e.pk in (versions or {}) and e.version != versions[e.pk]]
    if stale:
        raise StaleSelection(stale)
    for event in found:
        if event.status == Status.MERGED:
            result.refused.append(event)
        elif event.status == status:
            result.unchanged.append(event)
        else:
            _apply_status(event, status=status, user=user)
            result.changed.append(
                _save_change(event, user=user, reason=f"{Status(status).label} (bulk)")
            )
    return result


@transaction.atomic
def event_edit(
    *,
    timeline: Timeline,
    event_id: int,
    version: int,
    user: AbstractBaseUser | None,
    title: str,
    summary: str,
    date: TypedDate | None,
    modality: str,
) -> Event:
    """Save an editor's wording and date; ``date=None`` keeps the date as it is.

    Refused with StaleVersion when the event moved past ``version``; saving what is already
    there records nothing.
    """
    event = _lock_event(timeline=timeline, event_id=event_id)
    _refuse_merged(event)
    _check_version(event, version, user)
    wanted = {"title": title.strip(), "summary": summary.strip(), "modality": modality}
    if date is not None:
        wanted.update(
            date_value=date.value,
            date_mod=date.mod,
            date_start=date.start,
            date_end=date.end,
            granularity=date.granularity,
            is_approximate=date.is_approximate,
        )
    changed = [name for name, value in wanted.items() if getattr(event, name) != value]
    if not changed:
        return event
    for name in changed:
        setattr(event, name, wanted[name])
    _suggest_again_if_compared(event, changed)
    return _save_change(event, user=user, reason="edited " + ", ".join(_labels(changed)))


def _suggest_again_if_compared(event: Event, changed: Iterable[str]) -> None:
    """Once the change is committed, suggest the event's duplicates again when it changed
    what the duplicate finder compares (its date or wording): outside this transaction, so
    the finder's row locks are taken in primary-key order, never after this event's."""
    if COMPARED_FIELDS.intersection(changed):
        transaction.on_commit(partial(duplicates_after_change, event.pk))


def _labels(field_names: Iterable[str]) -> list[str]:
    labels = []
    for name in field_names:
        label = "date" if name in Event.DATE_FIELDS else name
        if label not in labels:
            labels.append(label)
    return labels


@transaction.atomic
def event_revert_change(
    *,
    timeline: Timeline,
    event_id: int,
    history_id: int,
    version: int,
    user: AbstractBaseUser | None,
) -> Event:
    """Undo one recorded change: put back the values it replaced, as a new change.

    The date's fields travel together, so a revert never leaves half of an old date.
    """
    event = _lock_event(timeline=timeline, event_id=event_id)
    _refuse_merged(event)
    _check_version(event, version, user)
    # Event.history.model.DoesNotExist (a 404) when the record is another event's.
    record = event.history.get(history_id=history_id)
    previous = record.prev_record
    changed = history_changed_fields(record, previous)
    if previous is None or not changed:
        raise ReviewRefused("That record changed nothing an editor can revert.", event)
    if Status.MERGED in (previous.status, record.status):
        raise ReviewRefused("Merges are undone with Unmerge, not by a revert.", event)
    if any(name in Event.DATE_FIELDS for name in changed):
        changed = list(dict.fromkeys([*changed, *Event.DATE_FIELDS]))
    if "status" in changed:
        changed = list(dict.fromkeys([*changed, "approved_by", "approved_at"]))
    for name in changed:
        attribute = "approved_by_id" if name == "approved_by" else name
        setattr(event, attribute, getattr(previous, attribute))
    _suggest_again_if_compared(event, changed)
    # To the second, as the history lists it: two changes in one minute stay apart.
    when = change_time(record.history_date)
    return _save_change(event, user=user, reason=f"reverted the change of {when}")

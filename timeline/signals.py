"""Invalidate what the public site caches when something a reader may see is saved.

The public pages key everything on a timeline's content version (timeline/selectors/public.py).
Reading that version costs two aggregate queries, so the version itself is cached too and
dropped here on every save or delete of a timeline, an event or an article, and on a change
to an approved event's mentions. A change made with `.update()` (a merge moving mentions)
sends no signal; the cached version also expires on its own after PUBLIC_VERSION_SECONDS,
which bounds how stale a page can be after one.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone

from articles.models import Article
from timeline.models import Event, Mention, Timeline
from timeline.selectors.public import forget_public_timeline

# A change a reader sees that no approved event's own stamp records (an event withdrawn or
# deleted, a source changed) touches the timeline, so that its Last-Modified moves forward:
# the stamps of the approved events alone would move it back, and a client asking "modified
# since?" would keep the withdrawn event.


def _touch(timeline_id: int) -> None:
    Timeline.objects.filter(pk=timeline_id).update(updated_at=timezone.now())
    forget_public_timeline(timeline_id=timeline_id)


def _timeline_changed(sender, instance: Timeline, **kwargs) -> None:
    forget_public_timeline(timeline_id=instance.pk)


def _member_changed(sender, instance: Event | Article, **kwargs) -> None:
    forget_public_timeline(timeline_id=instance.timeline_id)


def _note_withdrawal(
    sender, instance: Event, raw: bool = False, update_fields=None, **kwargs
) -> None:
    if raw or instance.pk is None or instance.status == Event.Status.APPROVED:
        return
    if update_fields is not None and "status" not in update_fields:
        return  # a save that leaves the status alone withdraws nothing: no query
    was = Event.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
    instance._withdrawn = was == Event.Status.APPROVED


def _event_saved(sender, instance: Event, **kwargs) -> None:
    if getattr(instance, "_withdrawn", False):
        instance._withdrawn = False
        _touch(instance.timeline_id)


def _event_deleted(sender, instance: Event, **kwargs) -> None:
    if instance.status == Event.Status.APPROVED:
        _touch(instance.timeline_id)


def _mention_changed(sender, instance: Mention, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    event = Event.objects.filter(pk=instance.event_id).values("status", "timeline_id").first()
    if event is not None and event["status"] == Event.Status.APPROVED:
        _touch(event["timeline_id"])  # the sources a reader sees changed


def connect() -> None:
    for signal in (post_save, post_delete):
        signal.connect(_timeline_changed, sender=Timeline, dispatch_uid=f"public-{signal}-t")
        for model in (Event, Article):
            signal.connect(_member_changed, sender=model, dispatch_uid=f"public-{signal}-{model}")
    pre_save.connect(_note_withdrawal, sender=Event, dispatch_uid="public-withdrawn")
    post_save.connect(_event_saved, sender=Event, dispatch_uid="public-withdrawn-saved")
    post_delete.connect(_event_deleted, sender=Event, dispatch_uid="public-event-deleted")
    for signal in (post_save, post_delete):
        signal.connect(_mention_changed, sender=Mention, dispatch_uid=f"public-{signal}-mention")

"""Invalidate what the public site caches when something a reader may see is saved.

The public pages key everything on a timeline's content version (timeline/selectors/public.py).
Reading that version costs two aggregate queries, so the version itself is cached too and
dropped here on every save or delete of a timeline, an event or an article. A change made
with `.update()` sends no signal; the cached version also expires on its own after
PUBLIC_VERSION_SECONDS, which bounds how stale a page can be after one.
"""

from django.db.models.signals import post_delete, post_save

from articles.models import Article
from timeline.models import Event, Timeline
from timeline.selectors.public import forget_public_timeline


def _timeline_changed(sender, instance: Timeline, **kwargs) -> None:
    forget_public_timeline(timeline_id=instance.pk)


def _member_changed(sender, instance: Event | Article, **kwargs) -> None:
    forget_public_timeline(timeline_id=instance.timeline_id)


def connect() -> None:
    for signal in (post_save, post_delete):
        signal.connect(_timeline_changed, sender=Timeline, dispatch_uid=f"public-{signal}-t")
        for model in (Event, Article):
            signal.connect(_member_changed, sender=model, dispatch_uid=f"public-{signal}-{model}")

"""Event.support: how many distinct articles back an event, its open suggested duplicates'
included (until an editor decides, a likely duplicate counts). One place computes it, for the
pipeline after an extraction and for merging after a merge, unmerge or suggestion."""

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Q
from django.utils import timezone

from timeline.models import Event, Mention, MergeSuggestion


def articles_of_events(event_ids: set[int]) -> dict[int, set[int]]:
    articles: dict[int, set[int]] = defaultdict(set)
    for event_id, article_id in (
        Mention.objects.filter(event_id__in=event_ids).values_list("event_id", "article_id")
    ).distinct():
        articles[event_id].add(article_id)
    return articles


def open_partners(event_ids: set[int]) -> dict[int, set[int]]:
    partners: dict[int, set[int]] = defaultdict(set)
    for first, second in MergeSuggestion.objects.filter(
        Q(event_a_id__in=event_ids) | Q(event_b_id__in=event_ids),
        status=MergeSuggestion.Status.OPEN,
    ).values_list("event_a_id", "event_b_id"):
        partners[first].add(second)
        partners[second].add(first)
    return partners


def events_refresh_support(*, event_ids: Iterable[int]) -> None:
    """Event.support = distinct articles among the event's mentions and those of its open
    suggested duplicates (until an editor decides, a likely duplicate counts).

    The events' suggested duplicates are refreshed too: they count these events' articles.
    """
    ids = set(event_ids)
    if not ids:
        return
    ids |= {pk for group in open_partners(ids).values() for pk in group}
    partners = open_partners(ids)
    articles = articles_of_events(ids | {pk for group in partners.values() for pk in group})
    now = timezone.now()
    changed = []
    for event in Event.objects.filter(pk__in=ids).only("pk", "support"):
        supporting = set(articles.get(event.pk, ()))
        for partner in partners.get(event.pk, ()):
            supporting |= articles.get(partner, set())
        if len(supporting) != event.support:
            event.support, event.updated_at = len(supporting), now
            changed.append(event)
    # One statement for them all; updated_at by hand, as the public page's cache reads it.
    Event.objects.bulk_update(changed, ["support", "updated_at"], batch_size=500)

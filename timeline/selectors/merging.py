"""Reads of the merge UI: a card's possible duplicates, the merge dialog, the draft timeline."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from timeline.duplicates.draft import (
    DraftCandidate,
    day_evidence,
    is_chronology_line,
    pick_dates,
)
from timeline.models import Event, Mention, MergeSuggestion, Timeline
from timeline.services.merging import SUGGESTABLE_STATUSES, most_precise_date

_DUPLICATE_FIELDS = (
    "id",
    "title",
    "date_value",
    "date_mod",
    "is_approximate",
    "modality",
    "status",
    "support",
    "version",
    "timeline_id",
)


@dataclass(frozen=True)
class Duplicate:
    """An open suggestion as one card shows it: the other event, the score and why."""

    suggestion_id: int
    score: float
    reasons: list[str]
    other: Event


def _source_count(event_field: str) -> Coalesce:
    """The articles that report the suggestion's event itself (its ``support`` adds those of
    its own likely duplicates): a subquery, so the suggestions stay one query."""
    articles = (
        Mention.objects.filter(event_id=OuterRef(event_field))
        .order_by()
        .values("event_id")
        .annotate(count=Count("article_id", distinct=True))
        .values("count")
    )
    return Coalesce(Subquery(articles, output_field=IntegerField()), Value(0))


def open_duplicates(*, event_ids: Iterable[int]) -> dict[int, list[Duplicate]]:
    """Each event's open suggestions, best first, in one query whatever the number of cards.
    Each other event carries ``source_count``, the articles that report it itself."""
    ids = set(event_ids)
    if not ids:
        return {}
    related = [f"event_a__{name}" for name in _DUPLICATE_FIELDS] + [
        f"event_b__{name}" for name in _DUPLICATE_FIELDS
    ]
    suggestions = (
        MergeSuggestion.objects.filter(status=MergeSuggestion.Status.OPEN)
        .filter(Q(event_a_id__in=ids) | Q(event_b_id__in=ids))
        .select_related("event_a", "event_b")
        .only("id", "score", "reasons", "event_a_id", "event_b_id", *related)
        .annotate(event_a_sources=_source_count("event_a_id"))
        .annotate(event_b_sources=_source_count("event_b_id"))
        .order_by("-score", "id")
    )
    found: dict[int, list[Duplicate]] = defaultdict(list)
    for suggestion in suggestions:
        suggestion.event_a.source_count = suggestion.event_a_sources
        suggestion.event_b.source_count = suggestion.event_b_sources
        for mine, other in (
            (suggestion.event_a, suggestion.event_b),
            (suggestion.event_b, suggestion.event_a),
        ):
            if mine.pk in ids:
                found[mine.pk].append(
                    Duplicate(suggestion.pk, suggestion.score, list(suggestion.reasons), other)
                )
    return dict(found)


def suggestion_partners(*, event_ids: Iterable[int]) -> set[int]:
    """The events that share an open suggestion with any of these."""
    ids = set(event_ids)
    pairs = MergeSuggestion.objects.filter(status=MergeSuggestion.Status.OPEN).filter(
        Q(event_a_id__in=ids) | Q(event_b_id__in=ids)
    )
    partners = set()
    for first, second in pairs.values_list("event_a_id", "event_b_id"):
        partners.update((first, second))
    return partners - ids


def suggestion_get(*, timeline: Timeline, suggestion_id: int) -> MergeSuggestion:
    """MergeSuggestion.DoesNotExist when it is not one of this timeline's."""
    return MergeSuggestion.objects.select_related("event_a", "event_b").get(
        timeline=timeline, pk=suggestion_id
    )


# The merge dialog ----------------------------------------------------------------------


@dataclass
class MergeChoice:
    """The events an editor is merging, and what the dialog proposes by default."""

    events: list[Event]
    into: Event | None
    date_from: Event | None
    # Ids asked for that are not live events of this timeline.
    missing: list[int]
    merged: list[Event]

    @property
    def can_merge(self) -> bool:
        return len(self.events) >= 2 and not self.missing and not self.merged


def merge_choice(*, timeline: Timeline, event_ids: Iterable[int]) -> MergeChoice:
    """The selected events, the one that should stay (approved first, then the best
    supported, then the oldest) and the most precise compatible date."""
    ids = list(dict.fromkeys(event_ids))
    found = {
        event.pk: event
        for event in Event.objects.filter(timeline=timeline, pk__in=ids)
        # the articles that report each event itself (its support adds its duplicates')
        .annotate(source_count=Count("mentions__article", distinct=True))
        .order_by("date_start", "date_end", "id")
    }
    events = [event for event in found.values() if event.status != Event.Status.MERGED]
    merged = [event for event in found.values() if event.status == Event.Status.MERGED]
    missing = [pk for pk in ids if pk not in found]
    into = None
    date_from = None
    if events:
        into = min(
            events,
            key=lambda event: (event.status != Event.Status.APPROVED, -event.support, event.pk),
        )
        date_from = most_precise_date(into, [event for event in events if event.pk != into.pk])
    return MergeChoice(events, into, date_from, missing, merged)


# The draft timeline --------------------------------------------------------------------


@dataclass(frozen=True)
class DraftEntry:
    day: dt.date
    event: Event
    support: int


def draft_events(*, timeline: Timeline) -> QuerySet[Event]:
    """The events a draft may pick: day-precise, not rejected nor merged, occurred."""
    return Event.objects.filter(
        timeline=timeline,
        status__in=SUGGESTABLE_STATUSES,
        granularity="day",
        modality=Event.Modality.OCCURRED,
    )


def draft_timeline(
    *,
    timeline: Timeline,
    dates: int,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[DraftEntry]:
    """The ``dates`` days an editor would most likely list (timeline.duplicates.draft: days
    listed in the articles' chronologies, then reported by the most articles, then the best
    supported) and the best event of each, in date order."""
    events = draft_events(timeline=timeline)
    if date_from:
        events = events.filter(date_start__gte=date_from)
    if date_to:
        events = events.filter(date_end__lte=date_to)
    candidates = [
        DraftCandidate(pk, day, support, approximate, confidence)
        for pk, day, support, approximate, confidence in events.values_list(
            "pk", "date_start", "support", "is_approximate", "confidence"
        )
    ]
    mentions = Mention.objects.filter(event__in=events).values_list(
        "event__date_start", "article_id", "sentence", "sentence_start", "timex_start", "timex_end"
    )
    evidence = day_evidence(
        (
            day,
            article,
            is_chronology_line(sentence, timex_start - sentence_start, timex_end - sentence_start),
        )
        for day, article, sentence, sentence_start, timex_start, timex_end in mentions.iterator()
    )
    picked = pick_dates(candidates, dates, evidence)
    chosen = Event.objects.in_bulk([candidate.event_id for candidate in picked])
    return [
        DraftEntry(candidate.day, chosen[candidate.event_id], candidate.support)
        for candidate in picked
        if candidate.event_id in chosen
    ]

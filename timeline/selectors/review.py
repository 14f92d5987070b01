"""Reads of the editorial review pages: the filtered, paginated timeline and one event.

A page of the timeline costs a fixed number of queries whatever the number of events: one
aggregate for every count, one for the page of events, one for their mentions and articles.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from articles.models import Article
from timeline.extraction.dates import format_value, period_heading
from timeline.models import Event, Mention, Timeline
from timeline.search import search_phrase
from timeline.selectors.merging import open_duplicates

PER_PAGE = 50
REVIEW_STATUSES = (Event.Status.PROPOSED, Event.Status.APPROVED, Event.Status.REJECTED)
SORTS = {
    "date": ("date_start", "date_end", "id"),
    "support": ("-support", "date_start", "date_end", "id"),
}
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
HISTORY_LIMIT = 100
WAITING_STATES = (Article.ExtractionState.QUEUED, Article.ExtractionState.RUNNING)
# What a revert may put back: the editorial fields. Merging has its own undo (unmerge).
REVERTIBLE_FIELDS = (
    "title",
    "summary",
    *Event.DATE_FIELDS,
    "modality",
    "status",
    "approved_by",
    "approved_at",
)

_MENTION_FIELDS = (
    "id",
    "event_id",
    "article_id",
    "sentence",
    "sentence_start",
    "timex_start",
    "timex_end",
    "timex_text",
    "confidence",
    "article__id",
    "article__timeline_id",
    "article__title",
    "article__source",
    "article__url",
    "article__published_on",
    "article__extraction_state",
)


@dataclass(frozen=True)
class ReviewFilters:
    """What the editor asked to see; the empty filter shows every event under review."""

    statuses: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    # True: only events whose whole date lies inside From-To (else any that overlaps it).
    within: bool = False
    article_id: int | None = None
    entity: str = ""
    text: str = ""
    sort: str = "date"

    def as_q(self) -> Q:
        condition = Q(status__in=self.statuses or REVIEW_STATUSES)
        if self.date_from:
            condition &= (
                Q(date_start__gte=self.date_from)
                if self.within
                else Q(date_end__gte=self.date_from)
            )
        if self.date_to:
            condition &= (
                Q(date_end__lte=self.date_to) if self.within else Q(date_start__lte=self.date_to)
            )
        if self.article_id:
            condition &= Q(
                Exists(Mention.objects.filter(event=OuterRef("pk"), article_id=self.article_id))
            )
        if self.entity:
            condition &= _json_list_mentions("actors", self.entity) | _json_list_mentions(
                "places", self.entity
            )
        if self.text:
            # Whatever its accents and case: "nino" finds "Niño" (timeline/search.py).
            condition &= Q(search_text__contains=search_phrase(self.text))
        return condition


def _json_list_mentions(field_name: str, term: str) -> Q:
    """A JSON list holding ``term`` in one of its strings, case-insensitively.

    Compared as text so it runs on SQLite as on PostgreSQL. PostgreSQL's jsonb text keeps
    letters as they are; SQLite stores non-ASCII letters as \\u escapes (json.dumps), whose
    hex digits differ by case ("\\u00e8" is è, "\\u00c8" is È): those spellings are tried too.
    """
    condition = Q(**{f"{field_name}__icontains": term})
    for spelling in sorted({term, term.lower(), term.upper()}):
        escaped = json.dumps(spelling)[1:-1]
        if escaped != spelling:
            condition |= Q(**{f"{field_name}__icontains": escaped})
    return condition


@dataclass(frozen=True)
class Counts:
    proposed: int = 0
    approved: int = 0
    rejected: int = 0
    matching: int = 0

    @property
    def total(self) -> int:
        return self.proposed + self.approved + self.rejected


@dataclass
class ReviewPage:
    events: list[Event]
    number: int
    pages: int
    counts: Counts
    per_page: int = PER_PAGE
    # The page asked for when it lay past the last one (the last page is shown instead).
    requested_number: int | None = None

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def first_index(self) -> int:
        return (self.number - 1) * self.per_page + 1 if self.events else 0

    @property
    def last_index(self) -> int:
        return self.first_index + len(self.events) - 1 if self.events else 0


def review_counts(*, timeline: Timeline, filters: ReviewFilters | None = None) -> Counts:
    """Events per status on the timeline and the number matching the filters, in one query."""
    filters = filters or ReviewFilters()
    totals = Event.objects.filter(timeline=timeline).aggregate(
        proposed=Count("pk", filter=Q(status=Event.Status.PROPOSED)),
        approved=Count("pk", filter=Q(status=Event.Status.APPROVED)),
        rejected=Count("pk", filter=Q(status=Event.Status.REJECTED)),
        matching=Count("pk", filter=filters.as_q()),
    )
    return Counts(**totals)


def with_review_details(events: QuerySet[Event]) -> QuerySet[Event]:
    """Events with what a card shows: their mentions and each mention's article, prefetched."""
    mentions = (
        Mention.objects.select_related("article")
        .only(*_MENTION_FIELDS)
        .order_by("-confidence", "article__published_on", "id")
    )
    return events.prefetch_related(
        Prefetch("mentions", queryset=mentions, to_attr="review_mentions")
    )


def review_page(
    *,
    timeline: Timeline,
    filters: ReviewFilters,
    page_number: int = 1,
    per_page: int = PER_PAGE,
) -> ReviewPage:
    """One page of the filtered timeline, each event ready for its card."""
    counts = review_counts(timeline=timeline, filters=filters)
    pages = max(1, -(-counts.matching // per_page))
    requested = None
    if page_number > pages:
        requested, page_number = page_number, pages
    page_number = max(page_number, 1)
    offset = (page_number - 1) * per_page
    ordered = Event.objects.filter(filters.as_q(), timeline=timeline).order_by(
        *SORTS.get(filters.sort, SORTS["date"])
    )
    # One event before the page, so the page's first heading is only repeated when it begins
    # a new month: pages follow each other in one list when they are loaded as you scroll.
    start = max(offset - 1, 0)
    rows = list(with_review_details(ordered)[start : offset + per_page])
    previous = rows.pop(0) if offset and rows else None
    events = annotate_cards(rows, previous=previous, sort=filters.sort)
    return ReviewPage(
        events=events,
        number=page_number,
        pages=pages,
        counts=counts,
        per_page=per_page,
        requested_number=requested,
    )


def annotate_cards(
    events: list[Event], *, previous: Event | None = None, sort: str = "date"
) -> list[Event]:
    """Attach each card's sources, evidence and group headings; mentions must be prefetched."""
    previous_keys = _group_keys(previous, sort) if previous else (None, None)
    # Open merge suggestions of every card, in one query (timeline/selectors/merging.py).
    duplicates = open_duplicates(event_ids=[event.pk for event in events])
    for event in events:
        mentions = getattr(event, "review_mentions", [])
        event.review_evidence = mentions[0] if mentions else None
        # The engine's summary is the evidence sentence itself, most often: shown once.
        event.review_summary_repeats_evidence = bool(mentions) and summary_repeats_sentence(
            event.summary, mentions[0].sentence
        )
        # Each source links to its first mention of the event, in the article's page.
        event.review_source_links = _sources_with_first_mention(mentions)
        event.review_sources = [article for article, _ in event.review_source_links]
        group, subgroup = _group_keys(event, sort)
        event.review_group = group if group != previous_keys[0] else None
        event.review_subgroup = subgroup if (group, subgroup) != previous_keys else None
        event.review_duplicates = duplicates.get(event.pk, [])
        previous_keys = (group, subgroup)
    return events


def _comparable_text(text: str) -> str:
    return " ".join(text.split()).lstrip("-–— ").casefold()


def summary_repeats_sentence(summary: str, sentence: str) -> bool:
    """Whether the summary says nothing the evidence sentence does not: it is the sentence
    (the engine's summary: its words with the spacing tidied and a factbox dash dropped),
    its beginning cut with "…" when it was too long for a card, or its end (the sentence
    after its dateline). Words from its middle are an editor's choice, and the card's quote
    may be cut before them: they are shown."""
    wanted = _comparable_text(summary)
    if wanted.endswith("…"):
        wanted = wanted[:-1].rstrip()
    said = _comparable_text(sentence)
    return bool(wanted) and (said.startswith(wanted) or said.endswith(wanted))


def _group_keys(event: Event, sort: str) -> tuple[str, str]:
    if sort == "support":
        count = event.support
        return "Most supported first", f"{count} supporting article{'' if count == 1 else 's'}"
    start, end = event.date_start, event.date_end
    group = period_heading(start, event.granularity)
    if (start.year, start.month) != (end.year, end.month):
        # A year, quarter or season is not an event of its first month: it gets a heading
        # of its own rather than sitting under "January" (a decade, under "1970s").
        return group, f"Dated only to {format_value(event.date_value)}"
    return group, f"{MONTH_NAMES[start.month - 1]} {start.year}"


def _sources_with_first_mention(mentions: list[Mention]) -> list[tuple[Article, int]]:
    """Each distinct article of the mentions (oldest first) with its first mention's id."""
    seen: dict[int, tuple[Article, int]] = {}
    for mention in mentions:
        seen.setdefault(mention.article_id, (mention.article, mention.pk))
    return sorted(
        seen.values(),
        key=lambda pair: (pair[0].published_on is None, pair[0].published_on, pair[0].pk),
    )


def _distinct_articles(mentions: list[Mention]) -> list[Article]:
    return [article for article, _ in _sources_with_first_mention(mentions)]


def event_card(*, timeline: Timeline, event_id: int) -> Event:
    """One event ready for its card (Event.DoesNotExist when it is not on the timeline)."""
    event = with_review_details(Event.objects.filter(timeline=timeline)).get(pk=event_id)
    return annotate_cards([event])[0]


def event_cards(*, timeline: Timeline, event_ids: list[int]) -> list[Event]:
    events = with_review_details(Event.objects.filter(timeline=timeline, pk__in=event_ids))
    return annotate_cards(list(events.order_by(*SORTS["date"])))


def new_events(*, timeline: Timeline, after_id: int, limit: int = PER_PAGE) -> list[Event]:
    """Events extracted since the editor's page was drawn (ids only grow), oldest first."""
    events = Event.objects.filter(
        timeline=timeline, status__in=REVIEW_STATUSES, pk__gt=after_id
    ).order_by("pk")
    return annotate_cards(list(with_review_details(events)[:limit]))


def latest_event_id(*, timeline: Timeline) -> int:
    latest = Event.objects.filter(timeline=timeline).order_by("-pk").values_list("pk", flat=True)
    return latest.first() or 0


def articles_being_read(*, timeline: Timeline) -> int:
    return Article.objects.filter(timeline=timeline).awaiting_extraction().count()


def filter_articles(*, timeline: Timeline) -> QuerySet[Article]:
    """The articles the source filter offers."""
    return (
        Article.objects.filter(timeline=timeline)
        .only("id", "title", "source", "published_on", "extraction_state")
        .order_by("-published_on", "-id")
    )


# The event page ------------------------------------------------------------------------


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    record: object
    changes: list[FieldChange] = field(default_factory=list)
    revertible: bool = False


def event_for_page(*, timeline: Timeline, event_id: int) -> Event:
    """The event with every mention (and its article) and the events merged into it."""
    mentions = Mention.objects.select_related("article").only(*_MENTION_FIELDS)
    event = (
        Event.objects.filter(timeline=timeline)
        .select_related("merged_into", "approved_by")
        .prefetch_related(
            Prefetch(
                "mentions",
                queryset=mentions.order_by(
                    "article__published_on", "article_id", "sentence_start", "id"
                ),
                to_attr="review_mentions",
            ),
            Prefetch(
                "merged_events",
                queryset=Event.objects.only(
                    "id", "title", "date_value", "merged_into_id", "version"
                ).order_by("pk"),
            ),
        )
        .get(pk=event_id)
    )
    event.review_sources = _distinct_articles(event.review_mentions)
    by_article: dict[int, list[Mention]] = {}
    for mention in event.review_mentions:
        by_article.setdefault(mention.article_id, []).append(mention)
    event.review_sources_waiting = any(
        article.extraction_state in WAITING_STATES for article in event.review_sources
    )
    event.review_mention_groups = [
        (article, by_article[article.pk]) for article in event.review_sources
    ]
    return event


def event_history(event: Event, *, limit: int = HISTORY_LIMIT) -> list[HistoryEntry]:
    """The event's recorded changes, newest first, each with what it changed."""
    records = list(
        event.history.select_related("history_user").order_by("-history_date", "-history_id")[
            : limit + 1
        ]
    )
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        entries.append(
            HistoryEntry(
                record=record,
                changes=_describe_changes(record, previous),
                revertible=previous is not None
                and Event.Status.MERGED not in (record.status, previous.status)
                and bool(history_changed_fields(record, previous)),
            )
        )
    return entries


def latest_change(event: Event):
    """The event's most recent history record (with its user), or None."""
    return (
        event.history.select_related("history_user")
        .order_by("-history_date", "-history_id")
        .first()
    )


def status_at_version(event: Event, version: int) -> str | None:
    """The status (its label) the event had at ``version``, from its history, or None."""
    status = (
        event.history.filter(version=version)
        .order_by("-history_date", "-history_id")
        .values_list("status", flat=True)
        .first()
    )
    return Event.Status(status).label if status in Event.Status.values else None


def change_time(moment: dt.datetime) -> str:
    """When a change was made, to the second, as the history table shows it ("28 Nov 2026
    22:00:05"): two changes in one minute stay apart."""
    return timezone.localtime(moment).strftime("%-d %b %Y %H:%M:%S")


def history_changed_fields(record, previous) -> list[str]:
    """The revertible fields a historical record changed compared with the one before it."""
    if previous is None:
        return []
    delta = record.diff_against(previous, included_fields=list(REVERTIBLE_FIELDS))
    return [change.field for change in delta.changes]


def _date_text(record) -> str:
    return format_value(record.date_value, record.date_mod or None, record.is_approximate)


def _describe_changes(record, previous) -> list[FieldChange]:
    if previous is None:
        return [FieldChange("created", "", f"{_date_text(record)}: {record.title}")]
    changes = []
    if _date_text(record) != _date_text(previous) or record.granularity != previous.granularity:
        changes.append(FieldChange("date", _date_text(previous), _date_text(record)))
    for name in ("title", "summary", "modality", "status", "actors", "places"):
        old, new = getattr(previous, name), getattr(record, name)
        if old != new:
            if isinstance(new, list):
                old, new = ", ".join(map(str, old or [])), ", ".join(map(str, new or []))
            changes.append(FieldChange(name, str(old), str(new)))
    if record.merged_into_id != previous.merged_into_id:
        changes.append(
            FieldChange(
                "merged into",
                f"event {previous.merged_into_id}" if previous.merged_into_id else "",
                f"event {record.merged_into_id}" if record.merged_into_id else "",
            )
        )
    return changes


def timelines_with_counts() -> QuerySet[Timeline]:
    """Every timeline with how many of its events wait for review and are approved."""
    return Timeline.objects.annotate(
        proposed_count=Count("events", filter=Q(events__status=Event.Status.PROPOSED)),
        approved_count=Count("events", filter=Q(events__status=Event.Status.APPROVED)),
    ).order_by("name")


def sole_source_approved_events(*, article_ids: Iterable[int]) -> list[Event]:
    """The approved events whose every mention is in these articles: without them, no source."""
    article_ids = list(article_ids)
    cited = Event.objects.approved().filter(mentions__article_id__in=article_ids).distinct()
    elsewhere = Mention.objects.filter(event_id=OuterRef("pk")).exclude(article_id__in=article_ids)
    return list(cited.exclude(Exists(elsewhere)).order_by("date_start", "pk"))

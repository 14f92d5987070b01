"""What readers may see: public timelines and their approved events, as plain data.

Everything leaves this module as frozen dataclasses that carry only public fields, so no
template or export can reach an editor's name, a status or a confidence by accident.
Every function runs a fixed number of SQL queries whatever the number of events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, F, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear
from django.urls import reverse

from articles.models import Article
from timeline.extraction.dates import period_heading
from timeline.models import Event, Granularity, Mention, Timeline

# Dated to a month or finer: these can stand in one month of the overview chart.
MONTH_OR_FINER = (Granularity.DAY, Granularity.WEEK, Granularity.MONTH)
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
# Merge chains are short; the bound only stops a corrupt cycle from looping forever.
MAX_MERGE_HOPS = 20


@dataclass(frozen=True, slots=True)
class PublicSource:
    """An article an event cites: what a reader needs to find it."""

    title: str
    outlet: str
    published_on: dt.date | None
    url: str

    @property
    def citation(self) -> str:
        """The plain-text reference: "Peace talks open, Agence France-Presse, 23 January 2017"."""
        parts = [self.title, self.outlet, long_date(self.published_on) if self.published_on else ""]
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class PublicEvent:
    id: int
    title: str
    summary: str
    date_value: str
    date_mod: str
    date_start: dt.date
    date_end: dt.date
    granularity: str
    is_approximate: bool
    is_planned: bool
    path: str
    approved_at: dt.datetime | None
    updated_at: dt.datetime
    sources: tuple[PublicSource, ...] = ()

    @property
    def display_date(self) -> str:
        """The date at exactly the precision known: "30 December 2016", "c. December 2016"."""
        from timeline.extraction.dates import format_value

        text = format_value(self.date_value, self.date_mod or None, self.is_approximate)
        # An unreadable value (a hand-typed date) still shows the range it was given.
        return text or self.date_start.isoformat()

    @property
    def machine_date(self) -> str:
        """The HTML `<time datetime>` value at the event's precision: 2016-12-30, 2016-12, 2016."""
        return machine_date(self.date_start, self.date_end, self.granularity)


@dataclass(frozen=True, slots=True)
class PublicTimeline:
    """A public timeline and the cheap fingerprint of everything its pages show."""

    id: int
    name: str
    slug: str
    description: str
    path: str
    version: str
    last_modified: dt.datetime


@dataclass(frozen=True, slots=True)
class TimelineCard:
    name: str
    slug: str
    description: str
    path: str
    event_count: int
    first_date: dt.date | None
    last_date: dt.date | None


@dataclass(frozen=True, slots=True)
class Overview:
    """Counts of a timeline's approved events by year and, for those dated finely, by month."""

    total: int
    years: dict[int, int] = field(default_factory=dict)
    months: dict[tuple[int, int], int] = field(default_factory=dict)
    # A year whose events are all dated to a decade or a century is that period for readers
    # ("1970s", "20th century"), not the year it starts in.
    periods: dict[int, str] = field(default_factory=dict)

    def year_label(self, year: int) -> str:
        return self.periods.get(year, str(year))

    @property
    def year_entries(self) -> list[tuple[int, str, int]]:
        """(year, its label, its count) in order: what the year menus list."""
        return [(year, self.year_label(year), count) for year, count in self.years.items()]

    @property
    def loosely_dated(self) -> int:
        """Events dated no finer than a quarter: listed, but in no month of the chart."""
        return self.total - sum(self.months.values())


def long_date(day: dt.date) -> str:
    """A day as readers read it, whatever the server's locale: "23 January 2017"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def machine_date(start: dt.date, end: dt.date, granularity: str) -> str:
    """A valid HTML date string covering the range at its precision.

    HTML has day, week, month and year strings; a quarter or a season falls back to its
    month when it fits in one, else its year, and a decade or a century to its first year.
    """
    if granularity == Granularity.DAY:
        return start.isoformat()
    if granularity == Granularity.WEEK and start.weekday() == 0:
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.year:04d}"


def _safe_url(url: str) -> str:
    """Only web links become links: an imported `javascript:` URL must never be clickable."""
    return url if url.lower().startswith(("https://", "http://")) else ""


def _article_stamps() -> dict:
    rows = Article.objects.filter(timeline=OuterRef("pk")).order_by().values("timeline")
    return {
        "articles_changed_at": Subquery(rows.annotate(latest=Max("updated_at")).values("latest")),
        "article_count": Coalesce(Subquery(rows.annotate(total=Count("pk")).values("total")), 0),
    }


# The version is read on every public request, so it is cached; saves drop it at once
# (timeline/signals.py), and this bounds staleness after a change that sent no signal.
PUBLIC_VERSION_SECONDS = 30


def _version_key(timeline_id: int) -> str:
    return f"public-timeline:1:{timeline_id}"


def _slug_key(slug: str) -> str:
    return f"public-timeline-id:1:{slug}"


def public_timeline_get(*, slug: str) -> PublicTimeline | None:
    """The public timeline and its content version, from the cache when it is there."""
    timeline_id = cache.get(_slug_key(slug))
    if timeline_id is not None:
        cached = cache.get(_version_key(timeline_id))
        if cached is not None and cached.slug == slug:
            return cached
    timeline = public_timeline_read(slug=slug)
    if timeline is not None:
        cache.set_many(
            {_slug_key(slug): timeline.id, _version_key(timeline.id): timeline},
            PUBLIC_VERSION_SECONDS,
        )
    return timeline


def forget_public_timeline(*, timeline_id: int) -> None:
    """Drop the cached version now, and again when the change commits.

    Dropping it only now would let a request that reads the database before the commit
    cache the old version again; dropping it only at commit would miss changes made in a
    transaction that the caller never commits (tests).
    """
    cache.delete(_version_key(timeline_id))
    transaction.on_commit(lambda: cache.delete(_version_key(timeline_id)))


def public_timeline_read(*, slug: str) -> PublicTimeline | None:
    """The public timeline and its content version, in two cheap queries; None if not public.

    The version moves whenever anything a reader sees changes. Services save every event
    they change (bumping updated_at), so: approving or editing an approved event moves the
    latest approved stamp; withdrawing, merging away or deleting one lowers the count of
    approved events; approving one while withdrawing another still moves the stamp. Edits
    to events readers cannot see move nothing. The same goes for the articles they cite.
    """
    row = (
        Timeline.objects.public()
        .filter(slug=slug)
        .annotate(**_article_stamps())
        .values(
            "id",
            "name",
            "slug",
            "description",
            "updated_at",
            "articles_changed_at",
            "article_count",
        )
        .first()
    )
    if row is None:
        return None
    # One pass over the approved events for both figures (as subqueries of the query above,
    # PostgreSQL would read them once per figure).
    events = (
        Event.objects.approved()
        .filter(timeline_id=row["id"])
        .aggregate(changed_at=Max("updated_at"), approved=Count("pk"))
    )
    stamps = [row["updated_at"], events["changed_at"], row["articles_changed_at"]]
    fingerprint = "|".join(
        str(part) for part in (*stamps, events["approved"], row["article_count"], row["name"])
    )
    return PublicTimeline(
        id=row["id"],
        name=row["name"],
        slug=row["slug"],
        description=row["description"],
        path=reverse("public:timeline_detail", kwargs={"slug": row["slug"]}),
        version=hashlib.sha256(fingerprint.encode()).hexdigest()[:20],
        last_modified=max(stamp for stamp in stamps if stamp is not None),
    )


def public_timeline_cards() -> list[TimelineCard]:
    """Every public timeline with its number of approved events and their span: one query."""
    approved = Q(events__status=Event.Status.APPROVED)
    rows = (
        Timeline.objects.public()
        .annotate(
            event_count=Count("events", filter=approved),
            first_date=Min("events__date_start", filter=approved),
            last_date=Max("events__date_end", filter=approved),
        )
        .values("name", "slug", "description", "event_count", "first_date", "last_date")
        .order_by("name")
    )
    return [
        TimelineCard(path=reverse("public:timeline_detail", kwargs={"slug": row["slug"]}), **row)
        for row in rows
    ]


def timeline_overview(*, timeline: PublicTimeline) -> Overview:
    """Approved events per year and per month (for those dated to a month or finer)."""
    rows = (
        Event.objects.approved()
        .filter(timeline_id=timeline.id)
        .annotate(
            year=ExtractYear("date_start"),
            month=ExtractMonth("date_start"),
            fine=Q(granularity__in=MONTH_OR_FINER),
        )
        .values("year", "month", "fine", "granularity")
        .annotate(total=Count("pk"))
        .order_by()
    )
    years: dict[int, int] = defaultdict(int)
    months: dict[tuple[int, int], int] = defaultdict(int)
    periods: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        years[row["year"]] += row["total"]
        if row["fine"]:
            months[(row["year"], row["month"])] += row["total"]
        periods[row["year"]].add(period_heading(dt.date(row["year"], 1, 1), row["granularity"]))
    return Overview(
        total=sum(years.values()),
        years=dict(sorted(years.items())),
        months=dict(months),
        periods={
            year: label
            for year, labels in periods.items()
            if len(labels) == 1 and (label := next(iter(labels))) != str(year)
        },
    )


def _approved_events(timeline: PublicTimeline, *, year: int | None, query: str):
    events = Event.objects.approved().filter(timeline_id=timeline.id)
    if year is not None:
        events = events.filter(date_start__year=year)
    # Every word, in the title or the summary, whatever its accents and case.
    return events.matching_words(query)


def public_event_count(
    *, timeline: PublicTimeline, year: int | None = None, query: str = ""
) -> int:
    return _approved_events(timeline, year=year, query=query).count()


EVENT_COLUMNS = (
    "id",
    "title",
    "summary",
    "date_value",
    "date_mod",
    "date_start",
    "date_end",
    "granularity",
    "is_approximate",
    "modality",
    "approved_at",
    "updated_at",
)


def _with_sources(timeline: PublicTimeline, events: QuerySet[Event]) -> list[PublicEvent]:
    """Read the events and their distinct source articles: two queries, whatever the number.

    The mentions are selected with the events' own query as a subquery rather than with a
    list of ids, so both statements keep a fixed size for ten or ten thousand events.
    """
    event_rows = list(events.values(*EVENT_COLUMNS))
    if not event_rows:
        return []
    mentions = (
        Mention.objects.filter(event_id__in=events.values("pk"))
        .values(
            "event_id",
            "article_id",
            "article__title",
            "article__source",
            "article__published_on",
            "article__url",
        )
        .order_by("event_id", F("article__published_on").asc(nulls_last=True), "article_id")
        .distinct()
    )
    sources: dict[int, dict[int, PublicSource]] = defaultdict(dict)
    for mention in mentions:
        sources[mention["event_id"]].setdefault(
            mention["article_id"],
            PublicSource(
                title=mention["article__title"],
                outlet=mention["article__source"],
                published_on=mention["article__published_on"],
                url=_safe_url(mention["article__url"]),
            ),
        )
    return [
        PublicEvent(
            id=row["id"],
            title=row["title"],
            summary=row["summary"],
            date_value=row["date_value"],
            date_mod=row["date_mod"],
            date_start=row["date_start"],
            date_end=row["date_end"],
            granularity=row["granularity"],
            is_approximate=row["is_approximate"],
            is_planned=row["modality"] == Event.Modality.PLANNED,
            path=reverse(
                "public:event_detail", kwargs={"slug": timeline.slug, "event_id": row["id"]}
            ),
            approved_at=row["approved_at"],
            updated_at=row["updated_at"],
            sources=tuple(sources[row["id"]].values()),
        )
        for row in event_rows
    ]


def public_events(
    *,
    timeline: PublicTimeline,
    year: int | None = None,
    query: str = "",
    limit: int | None = None,
) -> list[PublicEvent]:
    """Approved events in date order with their sources."""
    events = _approved_events(timeline, year=year, query=query).in_date_order()
    if limit is not None:
        events = events[:limit]
    return _with_sources(timeline, events)


def recently_approved_events(*, timeline: PublicTimeline, limit: int = 50) -> list[PublicEvent]:
    """The latest approved events, newest approval first (the Atom feed)."""
    events = (
        Event.objects.approved()
        .filter(timeline_id=timeline.id)
        .annotate(approved_or_changed=Coalesce("approved_at", "updated_at"))
        .order_by("-approved_or_changed", "-id")[:limit]
    )
    return _with_sources(timeline, events)


def public_event_get(*, timeline: PublicTimeline, event_id: int) -> PublicEvent | None:
    events = Event.objects.approved().filter(timeline_id=timeline.id, pk=event_id)
    found = _with_sources(timeline, events)
    return found[0] if found else None


def merged_event_successor(*, timeline: PublicTimeline, event_id: int) -> str | None:
    """The permalink of the approved event a merged event ended up in, following chains."""
    merged = (
        Event.objects.filter(pk=event_id, timeline_id=timeline.id, status=Event.Status.MERGED)
        .values("merged_into_id")
        .first()
    )
    if merged is None:
        return None
    current = merged["merged_into_id"]
    for _ in range(MAX_MERGE_HOPS):
        row = (
            Event.objects.filter(pk=current)
            .values("status", "merged_into_id", "timeline__slug", "timeline__is_public")
            .first()
        )
        if row is None:
            return None
        if row["status"] == Event.Status.MERGED:
            current = row["merged_into_id"]
            continue
        if row["status"] != Event.Status.APPROVED or not row["timeline__is_public"]:
            return None
        return reverse(
            "public:event_detail", kwargs={"slug": row["timeline__slug"], "event_id": current}
        )
    return None

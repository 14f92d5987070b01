"""Timelines and the events editors curate on them, with the mentions that support each event."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from timeline.extraction.dates import value_range
from timeline.search import event_search_text, search_terms

# The modifiers TimeML gives a TIMEX3 ("early 2011" is 2011 with START).
TIMEX_MODS = frozenset(
    "START MID END APPROX BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER LESS_THAN MORE_THAN "
    "EQUAL_OR_LESS EQUAL_OR_MORE".split()
)


class TimelineQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)


class Timeline(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    is_public = models.BooleanField(
        default=False, help_text="Readers see its approved events on the public site."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = TimelineQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("public:timeline_detail", kwargs={"slug": self.slug})


class Granularity(models.TextChoices):
    DAY = "day", "day"
    WEEK = "week", "week"
    MONTH = "month", "month"
    QUARTER = "quarter", "quarter"
    SEASON = "season", "season"
    YEAR = "year", "year"
    DECADE = "decade", "decade"
    CENTURY = "century", "century"


# What a search reads (timeline/search.py): a change to one of these rewrites search_text.
SEARCHED_FIELDS = frozenset({"title", "summary"})


class EventQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Event.Status.APPROVED)

    def live(self):
        """Events that still stand on their own: everything but those merged into another."""
        return self.exclude(status=Event.Status.MERGED)

    def in_date_order(self):
        return self.order_by("date_start", "date_end", "id")

    def matching_words(self, query: str):
        """Events whose title or summary holds every word of ``query``, whatever the accents
        and the case."""
        events = self
        for term in search_terms(query):
            events = events.filter(search_text__contains=term)
        return events

    # Bulk writes skip save(): they fill the search column themselves.
    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for event in objs:
            event.fill_search_text()
        return super().bulk_create(objs, *args, **kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        if SEARCHED_FIELDS.intersection(fields):
            objs = list(objs)
            for event in objs:
                event.fill_search_text()
            fields = [*fields, "search_text"]
        return super().bulk_update(objs, fields, *args, **kwargs)


class Event(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", "proposed"
        APPROVED = "approved", "approved"
        REJECTED = "rejected", "rejected"
        MERGED = "merged", "merged"

    class Modality(models.TextChoices):
        OCCURRED = "occurred", "occurred"
        PLANNED = "planned", "planned or expected"

    timeline = models.ForeignKey(Timeline, on_delete=models.CASCADE, related_name="events")
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)

    # The date as TimeML writes it (2016-12-30, 2016-12, 2017-W03, 2011, 199X) with its
    # modifier (START for "early 2011"), and the calendar range that value covers.
    date_value = models.CharField("TIMEX3 value", max_length=40)
    date_mod = models.CharField("TIMEX3 mod", max_length=20, blank=True)
    date_start = models.DateField()
    date_end = models.DateField()
    granularity = models.CharField(max_length=10, choices=Granularity.choices)
    is_approximate = models.BooleanField(default=False)
    modality = models.CharField(max_length=10, choices=Modality.choices, default=Modality.OCCURRED)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="merged_events",
    )
    # Optimistic locking: a save names the version it read and is refused if it moved on.
    version = models.PositiveIntegerField(default=1)

    actors = models.JSONField(default=list, blank=True)
    places = models.JSONField(default=list, blank=True)
    confidence = models.FloatField(default=0.0)
    # Distinct articles supporting the event, its open duplicate suggestions' included.
    support = models.PositiveIntegerField(default=0)

    # Title and summary without accents, in lower case (timeline/search.py): what the review
    # filter and the public search look in. Written on every save.
    search_text = models.TextField(blank=True, default="", editable=False)

    # Set when an editor changes the event: re-extraction refreshes its mentions, never it.
    edited_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["search_text"])
    objects = EventQuerySet.as_manager()

    # The fields that together say when: they are copied, reverted and rewritten as one.
    DATE_FIELDS = (
        "date_value",
        "date_mod",
        "date_start",
        "date_end",
        "granularity",
        "is_approximate",
    )

    class Meta:
        ordering = ["date_start", "date_end", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_start__lte=F("date_end")), name="event_start_not_after_end"
            ),
            models.CheckConstraint(
                condition=(Q(status="merged") & Q(merged_into__isnull=False))
                | (~Q(status="merged") & Q(merged_into__isnull=True)),
                name="event_merged_iff_merged_into",
            ),
            models.CheckConstraint(
                condition=~Q(merged_into=F("id")), name="event_not_merged_into_itself"
            ),
        ]
        indexes = [
            models.Index(
                fields=["timeline", "status", "date_start", "date_end"],
                name="event_timeline_status_date",
            ),
            models.Index(fields=["timeline", "date_start", "date_end"], name="event_timeline_date"),
            # Duplicate candidates are read per precision and date window (services.merging).
            models.Index(
                fields=["timeline", "granularity", "date_start"], name="event_timeline_gran_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date_value} {self.title}"

    def save(self, **kwargs) -> None:
        self.fill_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and SEARCHED_FIELDS.intersection(update_fields):
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(**kwargs)

    def get_absolute_url(self) -> str:
        return reverse(
            "public:event_detail", kwargs={"slug": self.timeline.slug, "event_id": self.pk}
        )

    def fill_search_text(self) -> None:
        self.search_text = event_search_text(self.title, self.summary)

    def clean(self) -> None:
        """What a form (the admin's) must refuse before the database does, or a reader sees."""
        errors = {}
        if self.date_value and value_range(self.date_value) is None:
            errors["date_value"] = (
                f"“{self.date_value}” is not a TIMEX3 date we can place on the calendar, "
                "such as 2016-12-30, 2016-12, 2017-W03, 2016-Q4 or 2011."
            )
        if self.date_mod and self.date_mod not in TIMEX_MODS:
            errors["date_mod"] = f"The TIMEX3 mod is one of {', '.join(sorted(TIMEX_MODS))}."
        if self.merged_into_id is not None:
            if self.merged_into_id == self.pk:
                errors["merged_into"] = "An event cannot be merged into itself."
            elif self.merged_into.timeline_id != self.timeline_id:
                errors["merged_into"] = "An event can only be merged into one of its timeline."
            elif self.pk is not None and self._merges_back_into_itself():
                errors["merged_into"] = (
                    "That event is merged, directly or not, into this one: a merge cannot "
                    "go round in a circle."
                )
        if errors:
            raise ValidationError(errors)

    def _merges_back_into_itself(self) -> bool:
        seen, target = {self.pk}, self.merged_into
        while target is not None and target.merged_into_id is not None:
            if target.merged_into_id in seen:
                return True
            seen.add(target.pk)
            target = target.merged_into
        return False


class Mention(models.Model):
    """One place in one article that reports an event: the evidence editors check."""

    class TimexType(models.TextChoices):
        DATE = "DATE", "date"
        TIME = "TIME", "time"
        DURATION = "DURATION", "duration"
        SET = "SET", "set"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    # The event the extractor made this mention for; unmerging gives the mention back to it.
    origin_event = models.ForeignKey(
        Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="mentions"
    )
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    timex_start = models.PositiveIntegerField()
    timex_end = models.PositiveIntegerField()
    timex_text = models.CharField(max_length=200)
    timex_type = models.CharField(max_length=10, choices=TimexType.choices)
    timex_value = models.CharField(max_length=40)
    confidence = models.FloatField(default=0.0)
    extractor_version = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "sentence_start", "timex_start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(sentence_start__lt=F("sentence_end")), name="mention_sentence_span"
            ),
            models.CheckConstraint(
                condition=Q(timex_start__lt=F("timex_end")), name="mention_timex_span"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.timex_text!r} in article {self.article_id}"

    def clean(self) -> None:
        """A mention quotes its article: its offsets must cut out its time expression there
        (a form, the admin's, could otherwise point it at another article's text)."""
        if self.article_id is None:
            return
        body = self.article.body
        if not (
            0 <= self.timex_start < self.timex_end <= len(body)
            and body[self.timex_start : self.timex_end] == self.timex_text
        ):
            raise ValidationError(
                {
                    "article": (
                        f"“{self.timex_text}” is not at characters {self.timex_start}-"
                        f"{self.timex_end} of that article: a mention stays with the text "
                        "it was read from."
                    )
                }
            )


class MergeSuggestion(models.Model):
    """Two events that may be the same, for an editor to merge or dismiss."""

    class Status(models.TextChoices):
        OPEN = "open", "open"
        ACCEPTED = "accepted", "accepted"
        DISMISSED = "dismissed", "dismissed"

    timeline = models.ForeignKey(
        Timeline, on_delete=models.CASCADE, related_name="merge_suggestions"
    )
    # Stored with the lower primary key first, so a pair exists once whichever way it is found.
    event_a = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    event_b = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event_a", "event_b"], name="suggestion_unique_pair"),
            models.CheckConstraint(
                condition=Q(event_a__lt=F("event_b")), name="suggestion_pair_ordered"
            ),
        ]
        indexes = [models.Index(fields=["timeline", "status"], name="suggestion_timeline_status")]

    def __str__(self) -> str:
        return f"{self.event_a_id} ~ {self.event_b_id} ({self.score:.2f}, {self.status})"

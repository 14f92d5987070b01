"""News articles: the sources every event is extracted from and cites."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class ArticleQuerySet(models.QuerySet):
    def awaiting_extraction(self):
        return self.filter(
            extraction_state__in=[Article.ExtractionState.QUEUED, Article.ExtractionState.RUNNING]
        )


class Article(models.Model):
    class ExtractionState(models.TextChoices):
        QUEUED = "queued", "queued"
        RUNNING = "running", "running"
        DONE = "done", "done"
        FAILED = "failed", "failed"

    class DateOrigin(models.TextChoices):
        GIVEN = "given", "given by an editor"
        METADATA = "metadata", "from the file's metadata"
        FEED = "feed", "from the feed entry"
        TEXT = "text", "from the text"
        INFERRED = "inferred", "inferred from the text, to confirm"

    timeline = models.ForeignKey(
        "timeline.Timeline", on_delete=models.CASCADE, related_name="articles"
    )
    title = models.CharField(max_length=300)
    source = models.CharField(
        max_length=200, blank=True, help_text="Outlet or agency, e.g. Agence France-Presse."
    )
    url = models.URLField(max_length=1000, blank=True)
    byline = models.CharField(max_length=200, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    # The document creation time: relative dates in the body are resolved against it.
    published_on = models.DateField(null=True, blank=True)
    published_on_origin = models.CharField(max_length=10, choices=DateOrigin.choices, blank=True)
    language = models.CharField(max_length=10, default="en")
    # The clean text every offset points into. Never rewritten once saved.
    body = models.TextField()
    original_file = models.FileField(upload_to="originals/%Y/%m/", blank=True)
    original_filename = models.CharField(max_length=255, blank=True)
    # SHA-256 of the whitespace-normalised body: the same text is stored once per timeline.
    content_hash = models.CharField(max_length=64)

    extraction_state = models.CharField(
        max_length=10, choices=ExtractionState.choices, default=ExtractionState.QUEUED
    )
    # When the extraction task was last handed to the broker; empty while it waits for one.
    extraction_sent_at = models.DateTimeField(null=True, blank=True)
    extraction_started_at = models.DateTimeField(null=True, blank=True)
    extraction_finished_at = models.DateTimeField(null=True, blank=True)
    extraction_attempts = models.PositiveSmallIntegerField(default=0)
    extraction_error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    event_count = models.PositiveIntegerField(default=0)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["body", "content_hash"])
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["timeline", "content_hash"], name="article_unique_text_per_timeline"
            ),
        ]
        indexes = [
            models.Index(fields=["timeline", "extraction_state"], name="article_timeline_state"),
            models.Index(fields=["timeline", "published_on"], name="article_timeline_published"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def needs_date(self) -> bool:
        return self.published_on is None

from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Article
from timeline.admin import MENTION_READONLY
from timeline.models import Mention


class ArticleMentionInline(admin.TabularInline):
    model = Mention
    fk_name = "article"
    extra = 0
    fields = ("event", "timex_text", "timex_value", "sentence", "confidence", *MENTION_READONLY[:4])
    readonly_fields = MENTION_READONLY
    raw_id_fields = ("event", "origin_event")
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = (
        "title",
        "source",
        "published_on",
        "published_on_origin",
        "extraction_state",
        "event_count",
        "timeline",
        "created_at",
    )
    list_filter = ("extraction_state", "published_on_origin", "source", "timeline")
    list_select_related = ("timeline",)
    search_fields = ("title", "source", "byline", "url", "body")
    date_hierarchy = "published_on"
    readonly_fields = (
        "content_hash",
        "extraction_sent_at",
        "extraction_started_at",
        "extraction_finished_at",
        "extraction_attempts",
        "extractor_version",
        "event_count",
        "created_at",
        "updated_at",
    )
    raw_id_fields = ("created_by",)
    # Django 6 assumes https for a URL typed without a scheme; newsroom links are https.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [ArticleMentionInline]

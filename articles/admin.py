from django import forms
from django.contrib import admin, messages
from django.contrib.admin import actions as admin_actions
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Article
from articles.services import content_hash
from timeline.admin import MENTION_READONLY
from timeline.forms import is_number
from timeline.models import Mention
from timeline.selectors.review import sole_source_approved_events
from timeline.services.extraction import article_queue_extraction


class ArticleMentionInline(admin.TabularInline):
    model = Mention
    fk_name = "article"
    extra = 0
    fields = ("event", "timex_text", "timex_value", "sentence", "confidence", *MENTION_READONLY[:4])
    readonly_fields = MENTION_READONLY
    raw_id_fields = ("event", "origin_event")
    show_change_link = True


class ArticleAdminForm(forms.ModelForm):
    """Adding an article here follows the rules of every other way in: one text per timeline,
    and the text as typed (the form would otherwise trim it). No Meta: the admin builds it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "body" in self.fields:
            self.fields["body"].strip = False

    def clean(self):
        cleaned = super().clean()
        body, timeline = cleaned.get("body"), cleaned.get("timeline")
        if self.instance.pk is None and body and timeline:
            digest = content_hash(body)
            existing = Article.objects.filter(timeline=timeline, content_hash=digest).first()
            if existing:
                raise forms.ValidationError(
                    f"The same text is already stored as “{existing}” (article {existing.pk})."
                )
            self.instance.content_hash = digest
        return cleaned


def warn_of_unsourced_events(request, *, article_ids):
    """Warn before articles go that approved events cite alone: those would stay public with
    no source (the mentions go with the articles; the events stay as they are)."""
    orphans = sole_source_approved_events(article_ids=article_ids)
    if not orphans:
        return
    one = len(article_ids) == 1
    these, they, article = (
        ("this article", "it", "article") if one else ("these articles", "they", "articles")
    )
    titles = ", ".join(f"“{event.title}”" for event in orphans[:5])
    more = f" and {len(orphans) - 5} more" if len(orphans) > 5 else ""
    messages.warning(
        request,
        f"{len(orphans)} approved public event{'s' if len(orphans) != 1 else ''} "
        f"cite{'' if len(orphans) != 1 else 's'} only {these} ({titles}{more}): "
        f"deleted, {they} leave{'s' if one else ''} them public with no source. Withdraw them "
        f"first, or keep the {article}.",
    )


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    form = ArticleAdminForm
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
    actions = ["delete_selected"]

    def get_readonly_fields(self, request, obj=None):
        # Every mention's offsets point into the body: once saved, it never changes.
        if obj is not None:
            return (*self.readonly_fields, "body", "original_download")
        return self.readonly_fields

    def get_exclude(self, request, obj=None):
        # The stored file is shown as a download link (media files are not served).
        return ("original_file",) if obj is not None else ()

    @admin.display(description="Original file")
    def original_download(self, obj):
        if not obj.original_file:
            return "—"
        url = reverse("articles:article_original", args=[obj.timeline.slug, obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.original_filename or "download")

    def delete_view(self, request, object_id, extra_context=None):
        if request.method == "GET" and is_number(object_id):
            warn_of_unsourced_events(request, article_ids=[int(object_id)])
        return super().delete_view(request, object_id, extra_context)

    @admin.action(
        permissions=["delete"], description=admin_actions.delete_selected.short_description
    )
    def delete_selected(self, request, queryset):
        """Django's bulk delete, with the single delete's warning on its confirmation page
        (the confirmation is the first POST; the second one carries "post" and deletes)."""
        if not request.POST.get("post"):
            warn_of_unsourced_events(
                request, article_ids=list(queryset.values_list("pk", flat=True))
            )
        return admin_actions.delete_selected(self, request, queryset)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            # The admin's own transaction is still open: the task is sent once it commits.
            article_queue_extraction(article=obj)

from django.contrib import admin
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from timeline.extraction.dates import value_range
from timeline.models import Event, Mention, MergeSuggestion, Timeline

MENTION_READONLY = (
    "sentence_start",
    "sentence_end",
    "timex_start",
    "timex_end",
    "timex_text",
    "timex_type",
    "timex_value",
    "extractor_version",
    "created_at",
)


class MentionInline(admin.TabularInline):
    model = Mention
    fk_name = "event"
    extra = 0
    fields = (
        "article",
        "timex_text",
        "timex_value",
        "sentence",
        "confidence",
        *MENTION_READONLY[:4],
    )
    readonly_fields = MENTION_READONLY
    raw_id_fields = ("article", "origin_event")
    show_change_link = True


@admin.register(Timeline)
class TimelineAdmin(SimpleHistoryAdmin):
    list_display = ("name", "slug", "is_public", "created_at")
    list_filter = ("is_public",)
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = (
        "title",
        "date_value",
        "granularity",
        "is_approximate",
        "modality",
        "status",
        "support",
        "timeline",
        "updated_at",
    )
    list_filter = ("status", "modality", "granularity", "is_approximate", "timeline")
    list_select_related = ("timeline",)
    search_fields = ("title", "summary", "date_value")
    date_hierarchy = "date_start"
    raw_id_fields = ("merged_into", "approved_by")
    readonly_fields = ("version", "created_at", "updated_at", "edited_at")
    inlines = [MentionInline]

    def save_model(self, request, obj, form, change):
        """A staff change is an edit like an editor's: it moves the version on (so an editor
        who read the old one is refused, not silently undone) and marks the event edited (so
        re-extraction leaves it alone). A revert from the history moves it on too."""
        if change:
            current = Event.objects.filter(pk=obj.pk).values_list("version", flat=True).first()
            obj.version = (current or obj.version) + 1
            obj.edited_at = timezone.now()
        if form is not None and {"date_value", "date_mod"} & set(form.changed_data):
            # the calendar range the lists and the chart use follows the value typed
            told = value_range(obj.date_value, obj.date_mod)
            if told is not None:
                obj.date_start, obj.date_end, obj.granularity = (
                    told.start,
                    told.end,
                    told.granularity,
                )
        super().save_model(request, obj, form, change)


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("timex_text", "timex_value", "timex_type", "event", "article", "confidence")
    list_filter = ("timex_type", "extractor_version")
    list_select_related = ("event", "article")
    search_fields = ("timex_text", "sentence", "event__title", "article__title")
    raw_id_fields = ("event", "origin_event", "article")
    readonly_fields = MENTION_READONLY

    def get_readonly_fields(self, request, obj=None):
        # A mention's offsets point into its article's text: it cannot move to another one.
        return (*MENTION_READONLY, "article") if obj is not None else MENTION_READONLY


@admin.register(MergeSuggestion)
class MergeSuggestionAdmin(admin.ModelAdmin):
    list_display = ("event_a", "event_b", "score", "status", "timeline", "created_at")
    list_filter = ("status", "timeline")
    list_select_related = ("event_a", "event_b", "timeline")
    search_fields = ("event_a__title", "event_b__title")
    raw_id_fields = ("event_a", "event_b", "decided_by")
    date_hierarchy = "created_at"

from django.urls import path

from timeline.views import merging, review

app_name = "review"

urlpatterns = [
    path("", review.timeline_list, name="timeline_list"),
    path("new-timeline/", review.timeline_create, name="timeline_create"),
    path("timelines/<slug:slug>/", review.timeline_review, name="timeline"),
    path("timelines/<slug:slug>/live/", review.timeline_live, name="timeline_live"),
    path("timelines/<slug:slug>/date-preview/", review.date_preview, name="date_preview"),
    path("timelines/<slug:slug>/events/bulk/", review.events_bulk, name="events_bulk"),
    path("timelines/<slug:slug>/events/<int:event_id>/", review.event_detail, name="event"),
    path("timelines/<slug:slug>/events/<int:event_id>/card/", review.event_card, name="event_card"),
    path(
        "timelines/<slug:slug>/events/<int:event_id>/approve/",
        review.event_approve,
        name="event_approve",
    ),
    path(
        "timelines/<slug:slug>/events/<int:event_id>/reject/",
        review.event_reject,
        name="event_reject",
    ),
    path(
        "timelines/<slug:slug>/events/<int:event_id>/restore/",
        review.event_restore,
        name="event_restore",
    ),
    path("timelines/<slug:slug>/events/<int:event_id>/edit/", review.event_edit, name="event_edit"),
    path(
        "timelines/<slug:slug>/events/<int:event_id>/history/<int:history_id>/revert/",
        review.event_revert,
        name="event_revert",
    ),
    path(
        "timelines/<slug:slug>/reextract/<int:article_id>/",
        review.article_reextract,
        name="article_reextract",
    ),
]

# Merging (timeline/views/merging.py).
urlpatterns += [
    path("timelines/<slug:slug>/merge/", merging.events_merge, name="events_merge"),
    path(
        "timelines/<slug:slug>/suggestions/<int:suggestion_id>/accept/",
        merging.suggestion_accept,
        name="suggestion_accept",
    ),
    path(
        "timelines/<slug:slug>/suggestions/<int:suggestion_id>/dismiss/",
        merging.suggestion_dismiss,
        name="suggestion_dismiss",
    ),
    path(
        "timelines/<slug:slug>/events/<int:event_id>/unmerge/",
        merging.event_unmerge,
        name="event_unmerge",
    ),
    path("timelines/<slug:slug>/draft/", merging.draft, name="draft"),
]

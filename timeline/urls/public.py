from django.urls import path

from timeline.views import public

app_name = "public"

urlpatterns = [
    path("", public.timeline_list, name="timeline_list"),
    path("timelines/<slug:slug>/", public.timeline_detail, name="timeline_detail"),
    path(
        "timelines/<slug:slug>/events/<int:event_id>/",
        public.event_detail,
        name="event_detail",
    ),
    path("timelines/<slug:slug>/export.json", public.export_json, name="export_json"),
    path(
        "timelines/<slug:slug>/timelinejs.json",
        public.export_timelinejs,
        name="export_timelinejs",
    ),
    path("timelines/<slug:slug>/export.csv", public.export_csv, name="export_csv"),
    path("timelines/<slug:slug>/export.ics", public.export_ical, name="export_ical"),
    path("timelines/<slug:slug>/feed.atom", public.feed, name="feed"),
]

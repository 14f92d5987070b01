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
]

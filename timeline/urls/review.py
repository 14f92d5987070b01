from django.urls import path

from timeline.views import review

app_name = "review"

urlpatterns = [
    path("", review.timeline_list, name="timeline_list"),
    path("timelines/<slug:slug>/", review.timeline_review, name="timeline"),
]

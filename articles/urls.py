from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("timelines/<slug:slug>/articles/", views.article_list, name="article_list"),
    path("timelines/<slug:slug>/articles/upload/", views.article_upload, name="article_upload"),
    path("timelines/<slug:slug>/articles/paste/", views.article_paste, name="article_paste"),
    path(
        "timelines/<slug:slug>/articles/<int:article_id>/",
        views.article_detail,
        name="article_detail",
    ),
    path(
        "timelines/<slug:slug>/articles/<int:article_id>/requeue/",
        views.article_requeue_view,
        name="article_requeue",
    ),
    path(
        "timelines/<slug:slug>/articles/<int:article_id>/date/",
        views.article_set_date,
        name="article_set_date",
    ),
    path(
        "timelines/<slug:slug>/articles/<int:article_id>/original/",
        views.article_original,
        name="article_original",
    ),
]

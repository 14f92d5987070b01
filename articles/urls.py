from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("timelines/<slug:slug>/articles/", views.article_list, name="article_list"),
]

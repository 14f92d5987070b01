from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    # Sign in and out only: no mail is configured, so staff reset passwords in the admin
    # rather than through reset links that would never arrive.
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("editor/", include("timeline.urls.review")),
    path("editor/", include("articles.urls")),
    path("", include("timeline.urls.public")),
]

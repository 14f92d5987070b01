from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path


def favicon(request):
    """Browsers and feed readers ask for /favicon.ico whatever the page says: the site's
    icon (its static address is looked up when asked, after collectstatic)."""
    return redirect(static("favicon.svg"), permanent=True)


urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("admin/", admin.site.urls),
    # Sign in and out only: no mail is configured, so staff reset passwords in the admin
    # rather than through reset links that would never arrive.
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("editor/", include("timeline.urls.review")),
    path("editor/", include("articles.urls")),
    path("", include("timeline.urls.public")),
]

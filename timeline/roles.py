"""Who may do what: the Editors group and the check every editor view makes."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import user_passes_test
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, Permission
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseForbidden
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from .navigation import return_url

EDITORS_GROUP = "Editors"

# Editors create timelines, upload, edit, merge and approve: they may add and change these
# models, not delete them. ensure_editors_group gives the group any missing one after every
# `migrate`, so a permission added here reaches an existing database without a migration.
EDITOR_PERMISSIONS = {
    "timeline": [
        "view_timeline",
        "add_timeline",
        "view_event",
        "add_event",
        "change_event",
        "view_mention",
        "change_mention",
        "view_mergesuggestion",
        "change_mergesuggestion",
    ],
    "articles": ["view_article", "add_article", "change_article"],
}


def is_editor(user: AbstractBaseUser | AnonymousUser) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff:
        return True
    # Cached on the user object: a page checks it once per request, not once per link.
    if not hasattr(user, "_is_editor"):
        user._is_editor = user.groups.filter(name=EDITORS_GROUP).exists()
    return user._is_editor


def editor_required(view):
    """Editors only. Anonymous visitors and signed-in non-editors alike are sent to the login
    page; an htmx request gets a 403 instead (the page says the session has ended: swapping
    the login page into a card would lose the action silently). Editor pages are never cached,
    so the Back button shows the review as it is now, not a stale copy whose versions the next
    action would be refused on."""
    to_login = user_passes_test(is_editor)(view)

    @wraps(view)
    def checked(request, *args, **kwargs):
        if getattr(request, "htmx", False) and not is_editor(request.user):
            return HttpResponseForbidden("You are no longer signed in as an editor.")
        if request.method not in ("GET", "HEAD") and not is_editor(request.user):
            # A form sent after the session ended (no JavaScript): signing in must lead
            # back to the page the form was on, not to the action's address (POST only),
            # and say that the action was not done.
            if not request.user.is_authenticated:
                messages.warning(request, "You were signed out, so that was not done: do it again.")
            return redirect_to_login(_page_of_form(request))
        return to_login(request, *args, **kwargs)

    return never_cache(checked)


def _page_of_form(request) -> str:
    """The page a refused form was sent from: the referring page of this site (the event's
    own editor page, say), else the form's `next`, else the editor's list of timelines."""
    referer = request.headers.get("referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return return_url(request, reverse("review:timeline_list"))


def ensure_editors_group(**kwargs) -> None:
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    wanted = Permission.objects.filter(
        content_type__app_label__in=EDITOR_PERMISSIONS,
        codename__in=[code for codes in EDITOR_PERMISSIONS.values() for code in codes],
    )
    group.permissions.add(*wanted)

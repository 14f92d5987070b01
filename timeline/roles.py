"""Who may do what: the Editors group and the check every editor view makes."""

from django.contrib.auth.decorators import user_passes_test
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, Permission

EDITORS_GROUP = "Editors"

# Editors upload, edit, merge and approve: they may change these models, not delete them.
EDITOR_PERMISSIONS = {
    "timeline": [
        "view_timeline",
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


# Anonymous visitors and signed-in non-editors alike are sent to the login page.
editor_required = user_passes_test(is_editor)


def ensure_editors_group(**kwargs) -> None:
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    wanted = Permission.objects.filter(
        content_type__app_label__in=EDITOR_PERMISSIONS,
        codename__in=[code for codes in EDITOR_PERMISSIONS.values() for code in codes],
    )
    group.permissions.add(*wanted)

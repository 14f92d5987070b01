"""Site-wide error views."""

from django.http import HttpResponseForbidden
from django.views.csrf import csrf_failure as django_csrf_failure


def csrf_failure(request, reason=""):
    """A page too old to send (templates/403_csrf.html), unless an htmx action comes from a
    session that has ended as well: then the page says so, as the editor views do, since
    signing in again is what the editor must do first."""
    user = getattr(request, "user", None)
    if request.headers.get("HX-Request") and not (user and user.is_authenticated):
        return HttpResponseForbidden("You are no longer signed in as an editor.")
    return django_csrf_failure(request, reason=reason)

"""Where an editor's form sends them back to: the `next` they came with, if it is ours."""

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def return_url(request: HttpRequest, default: str) -> str:
    """The `next` address of the request when it stays on this site, else the default.

    An address from the request is never trusted as is: another host, or http from an https
    page, would make our redirect an open one.
    """
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default

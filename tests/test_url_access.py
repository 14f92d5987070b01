"""Walk the URL configuration: every editor route turns away anyone who is not an editor."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db

EDITOR_NAMESPACES = {"review", "articles"}
SAMPLE_ARGUMENTS = {"int": 1, "slug": "some-timeline", "str": "x", "path": "x", "uuid": None}


def editor_routes(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from editor_routes(entry, entry.namespace or namespace)
        elif isinstance(entry, URLPattern) and namespace in EDITOR_NAMESPACES and entry.name:
            yield f"{namespace}:{entry.name}", entry


def sample_url(name: str, pattern: URLPattern) -> str:
    converters = pattern.pattern.converters
    kwargs = {
        argument: SAMPLE_ARGUMENTS[type(converter).__name__.replace("Converter", "").lower()]
        for argument, converter in converters.items()
    }
    return reverse(name, kwargs=kwargs)


def test_the_walk_finds_the_editor_routes():
    names = {name for name, _ in editor_routes()}
    assert {"review:timeline_list", "review:timeline", "articles:article_list"} <= names


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_never_reach_an_editor_route(client, method):
    login = reverse("login")
    for name, pattern in editor_routes():
        response = getattr(client, method)(sample_url(name, pattern))
        # A route that only accepts the other method may answer 405 before the login check.
        assert response.status_code in (302, 405), (name, response.status_code)
        if response.status_code == 302:
            assert response["Location"].startswith(login), name


@pytest.mark.parametrize("method", ["get", "post"])
def test_signed_in_non_editors_never_reach_an_editor_route(client, reader, method):
    client.force_login(reader)
    login = reverse("login")
    for name, pattern in editor_routes():
        response = getattr(client, method)(sample_url(name, pattern))
        assert response.status_code in (302, 405), (name, response.status_code)
        if response.status_code == 302:
            assert response["Location"].startswith(login), name


def test_no_editor_route_accepts_a_post_without_a_csrf_token(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for name, pattern in editor_routes():
        response = client.post(sample_url(name, pattern), {"title": "x"})
        assert response.status_code == 403, (name, response.status_code)


# Routes anyone may reach: the public site, signing in and out, and Django's admin (which
# checks staff status itself). Every other route must be an editor route.
PUBLIC_NAMESPACES = {"public", "admin"}
# Signing in and out, and the site's icon browsers ask for at /favicon.ico.
SITE_ROUTES = {"login", "logout", "favicon"}


def every_route(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from every_route(entry, entry.namespace or namespace)
        elif isinstance(entry, URLPattern):
            yield namespace, entry.name, str(entry.pattern)


def test_every_route_is_an_editor_route_unless_it_is_known_to_be_public():
    """A new namespace, or an editor route without a name, cannot slip past the walks above."""
    routes = list(every_route())
    unchecked = [
        f"{namespace}:{name or pattern}"
        for namespace, name, pattern in routes
        if namespace not in EDITOR_NAMESPACES | PUBLIC_NAMESPACES
        and not (namespace == "" and name in SITE_ROUTES)
    ]
    assert unchecked == []
    unnamed = [
        pattern
        for namespace, name, pattern in routes
        if namespace in EDITOR_NAMESPACES and not name
    ]
    assert unnamed == []

"""CSRF with htmx: the page hands htmx its token, and an htmx post is accepted only with it.

tests/test_url_access.py walks every editor route for the refusal; this follows the token
the way the browser does, with CSRF checks on.
"""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import EventFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def browser_client(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    return client


def token_htmx_sends(page: str) -> str:
    """The X-CSRFToken header htmx adds to every request, from the body's hx-headers."""
    headers = re.search(r"<body[^>]*hx-headers='([^']+)'", page)
    assert headers, "the body hands htmx its headers"
    return json.loads(headers.group(1))["x-csrftoken"]


def test_an_htmx_post_with_the_token_from_the_page_is_accepted(browser_client, timeline):
    event = EventFactory(timeline=timeline)
    page = browser_client.get(reverse("review:timeline", args=[timeline.slug])).content.decode()

    response = browser_client.post(
        reverse("review:event_approve", args=[timeline.slug, event.pk]),
        {"version": str(event.version)},
        headers={"HX-Request": "true", "X-CSRFToken": token_htmx_sends(page)},
    )

    assert response.status_code == 200
    assert Event.objects.get(pk=event.pk).status == Event.Status.APPROVED


@pytest.mark.parametrize("token", [None, "forged-token-" + "x" * 51], ids=["none", "forged"])
def test_an_htmx_post_without_the_right_token_is_refused(browser_client, timeline, token):
    event = EventFactory(timeline=timeline)
    browser_client.get(reverse("review:timeline", args=[timeline.slug]))
    headers = {"HX-Request": "true"} | ({"X-CSRFToken": token} if token else {})

    response = browser_client.post(
        reverse("review:event_approve", args=[timeline.slug, event.pk]),
        {"version": str(event.version)},
        headers=headers,
    )

    assert response.status_code == 403
    assert Event.objects.get(pk=event.pk).status == Event.Status.PROPOSED


def test_anonymous_public_pages_carry_no_token(client, timeline):
    """Public pages stay shareable by caches: no per-reader token in them."""
    page = client.get(timeline.get_absolute_url()).content.decode()
    assert "hx-headers" not in page
    assert "csrfmiddlewaretoken" not in page

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_urls(timeline):
    return [
        reverse("review:timeline_list"),
        reverse("review:timeline", args=[timeline.slug]),
        reverse("articles:article_list", args=[timeline.slug]),
    ]


def test_anonymous_visitor_is_sent_to_the_login_page(client, editor_urls):
    for url in editor_urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_signed_in_non_editor_is_sent_to_the_login_page(client, reader, editor_urls):
    client.force_login(reader)
    for url in editor_urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_editor_reaches_every_editor_page(editor_client, editor_urls):
    for url in editor_urls:
        assert editor_client.get(url).status_code == 200, url


def test_public_pages_need_no_login(client, timeline):
    assert client.get(reverse("public:timeline_list")).status_code == 200
    assert client.get(timeline.get_absolute_url()).status_code == 200


def test_private_timeline_is_not_public(client, timeline):
    timeline.is_public = False
    timeline.save()
    assert client.get(timeline.get_absolute_url()).status_code == 404


def test_every_page_sends_a_strict_content_security_policy(client, timeline):
    policy = client.get(timeline.get_absolute_url())["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy

import pytest
from django.test import RequestFactory

from timeline.navigation import return_url


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("/editor/timelines/syria/?status=proposed", "/editor/timelines/syria/?status=proposed"),
        ("https://evil.example/phish", "/default/"),
        ("//evil.example/phish", "/default/"),
        ("javascript:alert(1)", "/default/"),
        ("", "/default/"),
    ],
)
def test_return_url_follows_next_only_within_the_site(next_url, expected):
    request = RequestFactory().post("/editor/x/", {"next": next_url})
    assert return_url(request, "/default/") == expected


def test_return_url_reads_next_from_the_query_string_too():
    request = RequestFactory().get("/editor/x/", {"next": "/editor/"})
    assert return_url(request, "/default/") == "/editor/"

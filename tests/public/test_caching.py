"""Conditional responses, the fragment cache's invalidation, and a fixed number of queries."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import EventFactory, MentionFactory, TimelineFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db

PAGE = "/timelines/syria-astana/"
EXPORTS = ["public:export_json", "public:export_timelinejs", "public:export_csv"]


def test_page_answers_not_modified_while_nothing_changed(client, small_timeline):
    first = client.get(PAGE)
    assert first.has_header("ETag")
    again = client.get(PAGE, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304


def test_approving_an_event_changes_the_page_and_every_export(client, small_timeline):
    page = client.get(PAGE)
    exports = {name: client.get(reverse(name, args=["syria-astana"])) for name in EXPORTS}
    proposed = small_timeline.proposed
    proposed.title = "Talks resume in Astana"
    proposed.status = Event.Status.APPROVED
    proposed.save()

    after = client.get(PAGE, headers={"If-None-Match": page["ETag"]})
    assert after.status_code == 200
    assert "Talks resume in Astana" in after.content.decode()
    for name, before in exports.items():
        response = client.get(
            reverse(name, args=["syria-astana"]), headers={"If-None-Match": before["ETag"]}
        )
        assert response.status_code == 200, name
        assert "Talks resume in Astana" in response.content.decode(), name


def test_editing_an_approved_event_shows_the_new_wording(client, small_timeline):
    assert "Peace talks open in Astana" in client.get(PAGE).content.decode()
    talks = small_timeline.talks
    talks.title = "Peace talks open in Kazakhstan"
    talks.save()
    html = client.get(PAGE).content.decode()
    assert "Peace talks open in Kazakhstan" in html
    assert "Peace talks open in Astana" not in html


def test_merging_an_approved_event_removes_it_from_the_page(client, small_timeline):
    assert "Regime recaptures rebel areas of Aleppo" in client.get(PAGE).content.decode()
    aleppo = small_timeline.aleppo
    aleppo.status = Event.Status.MERGED
    aleppo.merged_into = small_timeline.ceasefire
    aleppo.save()
    assert "Regime recaptures rebel areas of Aleppo" not in client.get(PAGE).content.decode()
    assert client.get(aleppo.get_absolute_url()).status_code == 302


def test_withdrawing_an_approved_event_removes_it_from_the_page(client, small_timeline):
    assert "Peace talks open in Astana" in client.get(PAGE).content.decode()
    talks = small_timeline.talks
    talks.status = Event.Status.PROPOSED
    talks.save()
    assert "Peace talks open in Astana" not in client.get(PAGE).content.decode()


def test_editing_an_event_readers_cannot_see_leaves_the_page_not_modified(client, small_timeline):
    first = client.get(PAGE)
    proposed = small_timeline.proposed
    proposed.title = "Still only proposed"
    proposed.save()
    assert client.get(PAGE, headers={"If-None-Match": first["ETag"]}).status_code == 304


def test_correcting_a_source_article_shows_on_the_page(client, small_timeline):
    from articles.models import Article

    client.get(PAGE)
    article = Article.objects.get(source="BBC")
    article.title = "Astana talks open"
    article.save()
    assert "Astana talks open</a></cite>" in client.get(PAGE).content.decode()


def test_deleting_an_approved_event_removes_it_from_the_exports(client, small_timeline):
    url = reverse("public:export_json", args=["syria-astana"])
    before = client.get(url)
    small_timeline.uprising.delete()
    response = client.get(url, headers={"If-None-Match": before["ETag"]})
    assert response.status_code == 200
    assert "The uprising begins" not in response.content.decode()


def test_exports_send_last_modified_and_honour_if_modified_since(client, small_timeline):
    url = reverse("public:export_csv", args=["syria-astana"])
    response = client.get(url)
    assert response["Last-Modified"] == "Wed, 01 Feb 2017 09:30:00 GMT"
    again = client.get(url, headers={"If-Modified-Since": response["Last-Modified"]})
    assert again.status_code == 304


def test_feed_is_conditional_on_the_timeline_version(client, small_timeline):
    url = reverse("public:feed", args=["syria-astana"])
    response = client.get(url)
    assert response["Last-Modified"] == "Wed, 01 Feb 2017 09:30:00 GMT"
    assert client.get(url, headers={"If-None-Match": response["ETag"]}).status_code == 304


def test_a_signed_in_visitor_never_gets_the_anonymous_page_as_not_modified(
    client, small_timeline, editor
):
    anonymous = client.get(PAGE)
    client.force_login(editor)
    response = client.get(PAGE, headers={"If-None-Match": anonymous["ETag"]})
    assert response.status_code == 200
    assert f"Log out {editor.username}" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_the_htmx_piece_and_the_whole_page_have_different_tags(client, small_timeline):
    page = client.get(PAGE)
    piece = client.get(PAGE, headers={"HX-Request": "true", "If-None-Match": page["ETag"]})
    assert piece.status_code == 200
    assert piece["ETag"] != page["ETag"]


def _timeline_with(count: int, slug: str) -> str:
    """A public timeline of `count` approved events, each cited by two articles."""
    timeline = TimelineFactory(slug=slug, name=slug)
    for number in range(count):
        day = dt.date(2016, 1, 1) + dt.timedelta(days=number * 7)
        event = EventFactory(
            timeline=timeline,
            status=Event.Status.APPROVED,
            date_value=day.isoformat(),
            date_start=day,
            date_end=day,
        )
        MentionFactory(event=event)
        MentionFactory(event=event)
    return f"/timelines/{slug}/"


def _queries(client, url: str) -> int:
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "suffix",
    ["", "?year=2016", "?q=event", "export.json", "timelinejs.json", "export.csv", "export.ics"],
)
def test_queries_do_not_grow_with_the_number_of_events(client, db, suffix):
    few = _queries(client, _timeline_with(2, "few") + suffix)
    many = _queries(client, _timeline_with(60, "many") + suffix)
    assert few == many


def test_page_reads_its_version_overview_and_events_with_sources_in_five_queries(
    client, small_timeline, django_assert_num_queries
):
    # The timeline and its version (two); the counts per month; the events; their sources.
    with django_assert_num_queries(5):
        client.get(PAGE)


def test_a_cached_page_costs_no_query(client, small_timeline, django_assert_num_queries):
    client.get(PAGE)
    with django_assert_num_queries(0):
        client.get(PAGE)


def test_a_save_drops_the_cached_version_so_the_next_reader_sees_it(client, small_timeline):
    client.get(PAGE)
    event = Event.objects.approved().filter(timeline__slug="syria-astana").first()
    event.title = "A corrected title"
    event.save()
    assert "A corrected title" in client.get(PAGE).content.decode()


def test_the_feed_reads_the_timeline_once(client, small_timeline, django_assert_num_queries):
    with django_assert_num_queries(4):
        client.get(reverse("public:feed", args=["syria-astana"]))


def test_anonymous_pages_and_exports_may_be_shared_but_are_revalidated(client, small_timeline):
    page = client.get(PAGE)
    assert "public" in page["Cache-Control"]
    assert "no-cache" in page["Cache-Control"]
    assert "Cookie" in page["Vary"]
    assert "csrftoken" not in page.cookies
    export = client.get(reverse("public:export_json", args=["syria-astana"]))["Cache-Control"]
    assert "public" in export
    assert "no-cache" in export


def test_a_signed_in_visitors_page_stays_in_their_browser(client, small_timeline, editor):
    client.force_login(editor)
    page = client.get(PAGE)["Cache-Control"]
    assert "private" in page
    assert "no-cache" in page


def test_a_signed_in_visitor_never_gets_the_page_cached_for_anonymous_readers(
    client, small_timeline, editor
):
    anonymous = client.get(PAGE).content.decode()
    assert "Log out" not in anonymous
    client.force_login(editor)
    signed_in = client.get(PAGE).content.decode()
    assert f"Log out {editor.username}" in signed_in
    assert 'hx-headers=\'{"x-csrftoken"' in signed_in


def test_withdrawing_an_event_moves_last_modified_on_so_if_modified_since_gets_200(
    client, small_timeline, editor
):
    from timeline.services.review import event_reject

    url = reverse("public:export_csv", args=["syria-astana"])
    before = client.get(url)
    latest = small_timeline.talks
    event_reject(timeline=latest.timeline, event_id=latest.pk, user=editor)
    response = client.get(url, headers={"If-Modified-Since": before["Last-Modified"]})
    assert response.status_code == 200
    assert latest.title not in response.content.decode()


def test_a_changed_source_of_an_approved_event_changes_the_page(client, small_timeline):
    before = client.get(PAGE)
    mention = small_timeline.ceasefire.mentions.first()
    mention.delete()
    response = client.get(PAGE, headers={"If-None-Match": before["ETag"]})
    assert response.status_code == 200


def test_pages_and_exports_are_compressed_for_clients_that_accept_it(client, small_timeline):
    for url in (PAGE, reverse("public:export_json", args=["syria-astana"])):
        response = client.get(url, headers={"Accept-Encoding": "gzip"})
        assert response["Content-Encoding"] == "gzip", url
        assert "Accept-Encoding" in response["Vary"]

import datetime
import re
from urllib.parse import quote

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from tests.factories import ArticleFactory, MentionFactory, TimelineFactory
from tests.helpers import reload, reword_as
from timeline.models import Event

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(name, timeline, *args):
    return reverse(f"review:{name}", args=[timeline.slug, *args])


def htmx(target, current_url="/editor/"):
    return {
        **HTMX,
        "HTTP_HX_TARGET": target,
        "HTTP_HX_CURRENT_URL": f"http://testserver{current_url}",
    }


@pytest.fixture
def every_review_url(timeline, event, article):
    history_id = event.history.first().history_id
    gets = [
        reverse("review:timeline_list"),
        url("timeline", timeline),
        url("timeline_live", timeline),
        url("date_preview", timeline),
        url("event", timeline, event.pk),
        url("event_card", timeline, event.pk),
        url("event_edit", timeline, event.pk),
    ]
    posts = [
        url("events_bulk", timeline),
        url("event_approve", timeline, event.pk),
        url("event_reject", timeline, event.pk),
        url("event_restore", timeline, event.pk),
        url("event_edit", timeline, event.pk),
        url("event_revert", timeline, event.pk, history_id),
        url("article_reextract", timeline, article.pk),
    ]
    return gets, posts


# Access ----------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_login_from_every_review_url(
    client, every_review_url, event
):
    gets, posts = every_review_url
    for address in gets:
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith(reverse("login")), address
    for address in posts:
        response = client.post(address, {"version": 1, "action": "approve"})
        assert response.status_code == 302, address
        assert response["Location"].startswith(reverse("login")), address
    assert reload(event).status == Event.Status.PROPOSED


def test_a_form_sent_after_the_session_ended_leads_back_to_its_page_not_to_the_action(
    client, timeline, event
):
    # Without JavaScript: signing in must not land on the action's POST-only address.
    back = url("timeline", timeline) + "?status=proposed"
    response = client.post(url("event_approve", timeline, event.pk), {"version": 1, "next": back})
    assert response.status_code == 302
    assert response["Location"] == reverse("login") + "?next=" + quote(back)
    login_page = client.get(response["Location"]).content.decode()
    assert "You were signed out, so that was not done: do it again." in login_page
    came_from = url("event", timeline, event.pk)
    response = client.post(
        url("event_reject", timeline, event.pk),
        {"version": 1},
        HTTP_REFERER=f"http://testserver{came_from}",
    )
    assert response["Location"] == reverse("login") + "?next=" + quote(
        f"http://testserver{came_from}"
    )
    response = client.post(
        url("event_reject", timeline, event.pk),
        {"version": 1},
        HTTP_REFERER="https://evil.example/",
    )
    assert response["Location"] == reverse("login") + "?next=" + quote(
        reverse("review:timeline_list")
    )
    assert reload(event).status == Event.Status.PROPOSED


def test_signed_in_non_editors_are_sent_to_login_too(client, reader, every_review_url, event):
    client.force_login(reader)
    gets, posts = every_review_url
    for address in gets + posts:
        response = client.get(address) if address in gets else client.post(address, {"version": 1})
        assert response.status_code == 302, address
        assert response["Location"].startswith(reverse("login")), address
    assert reload(event).status == Event.Status.PROPOSED


def test_staff_reach_the_review_pages_without_the_editors_group(client, timeline, event):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="staffer", is_staff=True))
    assert client.get(url("timeline", timeline)).status_code == 200


def test_every_post_needs_the_csrf_token_htmx_ones_included(editor, timeline, event):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    address = url("event_approve", timeline, event.pk)
    assert client.post(address, {"version": 1}, **HTMX).status_code == 403
    assert reload(event).status == Event.Status.PROPOSED
    client.get(url("timeline", timeline))  # sets the CSRF cookie, as the page does
    token = client.cookies["csrftoken"].value
    response = client.post(address, {"version": 1}, HTTP_X_CSRFTOKEN=token, **HTMX)
    assert response.status_code == 200
    assert reload(event).status == Event.Status.APPROVED


def test_actions_refuse_get(editor_client, timeline, event):
    assert editor_client.get(url("event_approve", timeline, event.pk)).status_code == 405


# The timeline page ----------------------------------------------------------------------


def test_the_page_shows_cards_with_date_sources_and_highlighted_evidence(
    editor_client, timeline, event
):
    page = editor_client.get(url("timeline", timeline)).content.decode()
    assert "30 December 2016" in page
    assert "Ceasefire signed" in page
    assert "<mark>December 30</mark>" in page
    assert "AFP" in page and "23 Jan 2017" in page
    assert 'id="review-counts"' in page


def test_a_card_counts_its_own_sources_apart_from_its_likely_duplicates(
    editor_client, timeline, make_event
):
    make_event(title="Reported once, echoed widely", support=20)
    make_event(title="Reported once", support=1)
    page = editor_client.get(url("timeline", timeline)).content.decode()
    assert '<span class="support">1 article (20 with likely duplicates)</span>' in page
    assert '<span class="support">1 article</span>' in page


def test_a_summary_that_is_the_evidence_sentence_is_shown_once(editor_client, timeline, make_event):
    sentence = "Russia and Turkey signed a ceasefire on December 30, officials said."
    same = make_event(title="Ceasefire signed", summary=sentence)
    edited = make_event(title="Truce", summary="The truce covers the whole country.")
    page = editor_client.get(url("timeline", timeline)).content.decode()
    card_of = {
        event: page[page.index(f'<article id="event-{event.pk}"') :].split("</article>")[0]
        for event in (same, edited)
    }
    assert 'class="summary"' not in card_of[same]
    assert "signed a ceasefire on <mark>December 30</mark>" in card_of[same]
    assert '<p class="summary">The truce covers the whole country.</p>' in card_of[edited]
    assert "<mark>December 30</mark>" in card_of[edited]


def test_quotes_from_articles_are_escaped(editor_client, timeline, make_event):
    hostile = make_event(title="<b>bold</b> title", mentioned=False)
    sentence = '<script>alert("x")</script> on <i>Monday</i>.'
    start = sentence.index("<i>Monday")
    MentionFactory(
        event=hostile,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        timex_start=start,
        timex_end=start + len("<i>Monday"),
    )
    page = editor_client.get(url("timeline", timeline)).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "<mark>&lt;i&gt;Monday</mark>" in page
    assert "&lt;b&gt;bold&lt;/b&gt; title" in page


@pytest.mark.parametrize(
    ("page", "notice"),
    [
        ("-3", "not a page number"),
        ("0", "Pages are numbered from 1"),
        ("abc", "not a page number"),
        ("99999999999999999999999999", "There is no page"),
        ("9" * 5000, "There is no page"),
        ("7", "There is no page 7"),
    ],
)
def test_odd_page_numbers_are_explained_never_a_500(editor_client, timeline, event, page, notice):
    response = editor_client.get(url("timeline", timeline), {"page": page})
    assert response.status_code == 200
    assert notice in response.content.decode()
    assert "Ceasefire signed" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"date_from": "garbage"}, "From: “garbage” is not a date we can read"),
        ({"date_from": "2016", "date_to": "2015"}, "“To” comes before “From”"),
        ({"article": "999999"}, "Source article: Select a valid choice"),
        ({"article": "not-a-number"}, "Source article: Select a valid choice"),
        ({"status": "merged"}, "Status: Select a valid choice"),
        ({"sort": "random"}, "Sort: Select a valid choice"),
        ({"q": "x" * 300}, "Search title and summary: Ensure this value has at most 200"),
    ],
)
def test_bad_filters_are_reported_and_ignored(editor_client, timeline, event, params, notice):
    response = editor_client.get(url("timeline", timeline), params)
    assert response.status_code == 200
    page = response.content.decode()
    assert notice in page.replace("&#x27;", "'").replace("&quot;", '"')
    assert "Ceasefire signed" in page


def test_filtering_with_htmx_swaps_the_results_and_refreshes_the_counts(
    editor_client, timeline, make_event
):
    make_event(title="Aleppo falls", places=["Aleppo"])
    make_event(title="Talks in Astana", places=["Astana"])
    response = editor_client.get(
        url("timeline", timeline), {"entity": "aleppo"}, **htmx("review-results")
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="review-results"')
    assert "Aleppo falls" in body and "Talks in Astana" not in body
    assert 'id="review-counts" class="counts" hx-swap-oob="true"' in body
    assert "<html" not in body


def test_the_next_page_comes_as_a_chunk_to_append(editor_client, timeline, make_event):
    for day in range(1, 53):
        make_event(datetime.date(2016, 1, 1) + datetime.timedelta(days=day), title=f"Day {day}")
    response = editor_client.get(url("timeline", timeline), {"page": "2"}, **htmx("more-events-1"))
    body = response.content.decode()
    assert "Day 51" in body and "Day 52" in body and "Day 50" not in body
    assert 'id="review-results"' not in body
    assert "<h2" not in body  # still February 2016: no heading repeated


def query_count(client, address):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


def test_the_first_page_costs_the_same_queries_whatever_the_number_of_events(
    editor_client, timeline, make_event, article, django_assert_max_num_queries
):
    address = url("timeline", timeline)
    make_event(title="Only one")
    few = query_count(editor_client, address)
    reuters = ArticleFactory(timeline=timeline, source="Reuters", extraction_state="done")
    for day in range(120):
        event = make_event(datetime.date(2015, 1, 1) + datetime.timedelta(days=day))
        MentionFactory(event=event, article=reuters)
    many = query_count(editor_client, address)
    assert many == few
    with django_assert_max_num_queries(10):
        editor_client.get(address)


# Actions --------------------------------------------------------------------------------


def test_approve_without_javascript_redirects_back_with_a_message(editor_client, timeline, event):
    back = url("timeline", timeline) + "?status=proposed"
    response = editor_client.post(
        url("event_approve", timeline, event.pk), {"version": 1, "next": back}, follow=True
    )
    assert response.redirect_chain[-1][0] == f"{back}#event-{event.pk}"
    assert "Approved “Ceasefire signed”." in response.content.decode()
    assert reload(event).status == Event.Status.APPROVED


def test_a_next_address_on_another_site_is_ignored(editor_client, timeline, event):
    response = editor_client.post(
        url("event_reject", timeline, event.pk), {"version": 1, "next": "https://evil.example/"}
    )
    assert response["Location"] == f"{url('timeline', timeline)}#event-{event.pk}"


def test_approve_with_htmx_returns_the_card_and_counts_out_of_band(editor_client, timeline, event):
    response = editor_client.post(
        url("event_approve", timeline, event.pk), {"version": 1}, **htmx(f"event-{event.pk}")
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith(f'<article id="event-{event.pk}" class="card status-approved"')
    assert re.search(r"<strong>1</strong> approved", body)
    assert 'hx-swap-oob="innerHTML">Approved “Ceasefire signed”.' in body


def test_a_stale_approve_is_refused_with_the_current_card(editor_client, timeline, event, editor):
    event.title, event.version = "Changed meanwhile", 2
    event.save()
    response = editor_client.post(
        url("event_approve", timeline, event.pk), {"version": 1}, **htmx(f"event-{event.pk}")
    )
    body = response.content.decode()
    assert response.status_code == 409
    assert "This event changed since you opened it" in body
    assert "Changed meanwhile" in body
    assert reload(event).status == Event.Status.PROPOSED


def test_a_missing_event_is_a_404(editor_client, timeline):
    assert (
        editor_client.post(url("event_approve", timeline, 999999), {"version": 1}).status_code
        == 404
    )
    assert editor_client.get(url("event", timeline, 999999)).status_code == 404
    assert editor_client.get(url("event_edit", timeline, 999999)).status_code == 404


def test_an_event_is_only_reached_through_its_own_timeline(editor_client, event):
    elsewhere = TimelineFactory(slug="elsewhere")
    assert (
        editor_client.post(url("event_approve", elsewhere, event.pk), {"version": 1}).status_code
        == 404
    )
    assert reload(event).status == Event.Status.PROPOSED


def edit_data(**changes):
    return {
        "version": "1",
        "title": "Ceasefire signed",
        "summary": "Something happened.",
        "date_text": "30 December 2016",
        "granularity": "",
        "modality": "occurred",
        **changes,
    }


def test_edit_saves_the_typed_date(editor_client, timeline, event):
    response = editor_client.post(
        url("event_edit", timeline, event.pk),
        edit_data(title="Ceasefire brokered", date_text="early 2011", is_approximate="on"),
        **htmx(f"event-{event.pk}"),
    )
    assert response.status_code == 200
    assert "c. early 2011" in response.content.decode()
    stored = reload(event)
    assert (stored.title, stored.date_value, stored.date_mod, stored.is_approximate) == (
        "Ceasefire brokered",
        "2011",
        "START",
        True,
    )


def test_an_unparseable_date_is_refused_and_nothing_is_saved(editor_client, timeline, event):
    response = editor_client.post(
        url("event_edit", timeline, event.pk),
        edit_data(title="New title", date_text="the day after the talks"),
        **htmx(f"event-{event.pk}"),
    )
    body = response.content.decode()
    assert response.status_code == 422
    assert "is not a date we can read" in body
    assert 'aria-invalid="true"' in body
    stored = reload(event)
    assert (stored.title, stored.version) == ("Ceasefire signed", 1)


def test_saving_a_stale_version_shows_both_values_and_overwrites_nothing(
    editor_client, timeline, event
):
    event.title, event.version = "The other editor's title", 2
    event.save()
    response = editor_client.post(
        url("event_edit", timeline, event.pk),
        edit_data(title="My title"),
        **htmx(f"event-{event.pk}"),
    )
    body = response.content.decode()
    assert response.status_code == 409
    assert "Not saved." in body
    assert "My title" in body and "The other editor&#x27;s title" in body
    assert 'name="version" value="2"' in body  # saving again overwrites knowingly
    assert reload(event).title == "The other editor's title"


def test_a_stale_save_names_who_changed_the_event_last_and_when(
    editor_client, timeline, event, editor, second_editor
):
    reword_as(second_editor, timeline, event, "Their wording")
    when = reload(event).history.latest("history_date").history_date
    response = editor_client.post(
        url("event_edit", timeline, event.pk),
        edit_data(title="My wording"),
        **htmx(f"event-{event.pk}"),
    )
    body = response.content.decode()
    assert response.status_code == 409
    assert "Someone else" not in body
    assert (
        "This event changed since you opened it: you read version 1, and it is now at "
        f"version 2, last changed by second-editor on {when:%-d %b %Y %H:%M:%S}." in body
    )


def test_the_conflict_table_shows_the_status_the_editor_saw_is_kept(
    editor_client, timeline, event, second_editor
):
    from timeline.services.review import event_approve

    event_approve(timeline=timeline, event_id=event.pk, user=second_editor, version=1)
    response = editor_client.post(
        url("event_edit", timeline, event.pk),
        edit_data(title="My wording"),
        **htmx(f"event-{event.pk}"),
    )
    body = response.content.decode()
    assert response.status_code == 409
    row = re.search(r'<th scope="row">Status</th><td>([^<]*)</td><td>([^<]*)</td>', body)
    assert row.groups() == ("proposed, as you saw it: not changed by this form", "approved")
    # Saving again knowingly keeps the colleague's approval.
    editor_client.post(
        url("event_edit", timeline, event.pk), edit_data(title="My wording", version="2")
    )
    assert (reload(event).title, reload(event).status) == ("My wording", Event.Status.APPROVED)


def test_a_stale_save_after_my_own_change_in_another_tab_says_it_was_me(
    editor_client, timeline, event, editor
):
    editor_client.post(url("event_edit", timeline, event.pk), edit_data(title="First tab"))
    response = editor_client.post(
        url("event_edit", timeline, event.pk),
        edit_data(title="Second tab"),
        **htmx(f"event-{event.pk}"),
    )
    body = response.content.decode()
    assert response.status_code == 409
    assert "last changed by you (in another tab or window) on " in body
    assert reload(event).title == "First tab"


def test_saving_an_event_merged_meanwhile_links_to_the_event_it_joined(
    editor_client, timeline, event, make_event, editor
):
    from timeline.services.merging import merge_events

    kept = make_event(title="The event that stayed")
    merge_events(into=kept, others=[event], by=editor)
    response = editor_client.post(
        url("event_edit", timeline, event.pk),
        edit_data(title="Too late"),
        **htmx(f"event-{event.pk}"),
    )
    body = response.content.decode()
    assert response.status_code == 409
    link = reverse("review:event", args=[timeline.slug, kept.pk])
    assert f'merged into <a href="{link}">“The event that stayed”</a>' in body
    assert reload(event).title == "Ceasefire signed"


def test_a_summary_longer_than_two_thousand_characters_is_refused(editor_client, timeline, event):
    response = editor_client.post(
        url("event_edit", timeline, event.pk),
        edit_data(summary="x" * 2001),
        **htmx(f"event-{event.pk}"),
    )
    assert response.status_code == 422
    assert "Ensure this value has at most 2000 characters" in response.content.decode()
    assert reload(event).version == 1


def test_the_edit_page_works_without_javascript(editor_client, timeline, event):
    page = editor_client.get(url("event_edit", timeline, event.pk)).content.decode()
    assert "<html" in page and "Will read: <strong>30 December 2016</strong>" in page
    assert (
        "hx-post" not in page.split("data-edit-form")[0].rsplit("<form", 1)[1]
    )  # a page of its own
    preview = editor_client.post(
        url("event_edit", timeline, event.pk), edit_data(date_text="Q1 2017", preview="1")
    )
    assert "Will read: <strong>Q1 2017</strong>" in preview.content.decode()
    assert reload(event).date_value == "2016-12-30"
    saved = editor_client.post(
        url("event_edit", timeline, event.pk), edit_data(date_text="Q1 2017")
    )
    assert saved.status_code == 302
    assert reload(event).date_value == "2017-Q1"


def test_the_date_preview_says_how_a_date_will_read_or_why_not(editor_client, timeline):
    address = url("date_preview", timeline)
    good = editor_client.get(address, {"date_text": "Dec 2016", "is_approximate": "on"}, **HTMX)
    assert "Will read: <strong>c. December 2016</strong>" in good.content.decode()
    bad = editor_client.get(address, {"date_text": "0000-00-00"}, **HTMX)
    assert bad.status_code == 200
    assert "is not a date we can read" in bad.content.decode()


def test_bulk_approve_returns_every_changed_card_out_of_band(editor_client, timeline, make_event):
    first, second = make_event(title="First"), make_event(title="Second")
    response = editor_client.post(
        url("events_bulk", timeline),
        {"action": "approve", "event_ids": [first.pk, second.pk]},
        **htmx("bulk-form"),
    )
    body = response.content.decode()
    assert body.count('class="card status-approved"') == 2
    assert body.count('hx-swap-oob="true"') >= 3  # two cards and the counts
    assert "2 events approved." in body
    assert reload(first).status == reload(second).status == Event.Status.APPROVED


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"action": "approve"}, "Select at least one event first."),
        ({"action": "approve", "event_ids": ["1; DROP TABLE"]}, "is not an event"),
        ({"action": "delete", "event_ids": ["1"]}, "Choose Approve or Reject."),
    ],
)
def test_bad_bulk_requests_are_refused_clearly(editor_client, timeline, event, data, message):
    response = editor_client.post(url("events_bulk", timeline), data, **htmx("bulk-form"))
    assert response.status_code == 422
    assert message in response.content.decode()
    assert reload(event).status == Event.Status.PROPOSED


def test_revert_from_the_event_page_restores_and_rerenders_the_panel(
    editor_client, timeline, event, editor
):
    editor_client.post(url("event_edit", timeline, event.pk), edit_data(title="Wrong"))
    change = reload(event).history.first()
    response = editor_client.post(
        url("event_revert", timeline, event.pk, change.history_id),
        {"version": 2},
        **htmx("event-page"),
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<section id="event-page"')
    assert reload(event).title == "Ceasefire signed"
    assert "reverted the change of" in body


def test_the_history_names_the_editor_once_in_who_not_again_in_what(
    editor_client, timeline, event, make_event, editor
):
    from timeline.services.merging import merge_events

    other = make_event(title="Another report")
    merge_events(into=event, others=[other], by=editor)
    # A record written before: its reason repeated the editor; the page says it once.
    legacy = reload(other).history.first()
    legacy.history_change_reason = f"merged into #{event.pk} by {editor.username}"
    legacy.save()
    for shown, merged_text in ((event, f"merged #{other.pk} into this"), (other, "merged into")):
        body = editor_client.get(url("event", timeline, shown.pk)).content.decode()
        row = re.search(r"<td>([^<]*)</td>\s*<td>(merged[^<]*)</td>", body)
        assert row.group(1) == editor.username
        assert row.group(2).startswith(merged_text)
        assert f"by {editor.username}" not in row.group(2)


def test_a_revert_without_a_version_is_refused(editor_client, timeline, event):
    history_id = event.history.first().history_id
    response = editor_client.post(
        url("event_revert", timeline, event.pk, history_id), {}, **htmx("event-page")
    )
    assert response.status_code == 422


def test_the_event_page_shows_every_mention_and_the_history(editor_client, timeline, event, editor):
    editor_client.post(url("event_approve", timeline, event.pk), {"version": 1})
    page = editor_client.get(url("event", timeline, event.pk)).content.decode()
    assert "<mark>December 30</mark>" in page
    assert "at characters 140–151" in page
    assert editor.username in page
    assert "approved" in page
    assert "Revert" in page


def test_reextract_queues_the_article_and_starts_the_live_poll(editor_client, timeline, article):
    response = editor_client.post(
        url("article_reextract", timeline, article.pk), **htmx("review-results")
    )
    body = response.content.decode()
    assert 'id="live" class="live" hx-swap-oob="true"' in body
    assert "every 2s" in body
    assert Article.objects.get(pk=article.pk).extraction_state == "queued"


def test_reextract_refuses_an_article_being_read_and_keeps_it_running(
    editor_client, timeline, article
):
    article.extraction_state = "running"
    article.save()
    response = editor_client.post(
        url("article_reextract", timeline, article.pk), **htmx("review-results")
    )
    assert response.status_code == 409
    assert "running" in response.content.decode()
    assert Article.objects.get(pk=article.pk).extraction_state == "running"


def test_reextract_of_another_timelines_article_is_not_found(editor_client, timeline):
    elsewhere = ArticleFactory(timeline=TimelineFactory())
    response = editor_client.post(url("article_reextract", timeline, elsewhere.pk))
    assert response.status_code == 404


def test_the_live_poll_brings_new_events_then_stops_when_all_is_read(
    editor_client, timeline, event, article
):
    article.extraction_state = "running"
    article.save()
    live = url("timeline_live", timeline)
    nothing_yet = editor_client.get(live, {"after": event.pk}, **htmx("live"))
    assert nothing_yet.status_code == 200
    assert "every 2s" in nothing_yet.content.decode()

    from tests.factories import EventFactory

    found = EventFactory(timeline=timeline, title="Found while polling")
    article.extraction_state = "done"
    article.save()
    final = editor_client.get(live, {"after": event.pk}, **htmx("live"))
    body = final.content.decode()
    assert final.status_code == 286  # htmx stops polling
    assert "Found while polling" in body
    assert 'hx-swap-oob="beforeend"' in body
    assert "every 2s" not in body
    assert f"event-{found.pk}" in body


def test_the_live_poll_accepts_a_bad_after_parameter(editor_client, timeline):
    response = editor_client.get(url("timeline_live", timeline), {"after": "-1'"}, **htmx("live"))
    assert response.status_code == 286


def test_polling_the_sources_of_an_event_reextraction_removed_stops_politely(
    editor_client, timeline
):
    response = editor_client.get(url("event", timeline, 999999), **htmx("event-sources"))
    assert response.status_code == 286
    assert "it was removed" in response.content.decode()


def test_polling_the_sources_stops_once_every_article_is_read(
    editor_client, timeline, event, article
):
    article.extraction_state = "running"
    article.save()
    waiting = editor_client.get(url("event", timeline, event.pk), **htmx("event-sources"))
    assert waiting.status_code == 200
    assert "every 2s" in waiting.content.decode()
    article.extraction_state = "done"
    article.save()
    done = editor_client.get(url("event", timeline, event.pk), **htmx("event-sources"))
    assert done.status_code == 286
    assert "every 2s" not in done.content.decode()


def test_a_source_links_to_its_article_page(editor_client, timeline, event, article):
    page = editor_client.get(url("timeline", timeline)).content.decode()
    article_page = reverse("articles:article_detail", args=[timeline.slug, article.pk])
    assert f'<a href="{article_page}#mention-{event.mentions.get().pk}">AFP</a>' in page


def test_the_source_filter_offers_every_article_and_keeps_the_choice(
    editor_client, timeline, event, article
):
    ArticleFactory(timeline=timeline, title="A <b>bold</b> headline", source="Reuters")
    page = editor_client.get(url("timeline", timeline), {"article": article.pk}).content.decode()
    assert (
        f'<option value="{article.pk}" selected>AFP, 23 Jan 2017: Astana talks open '
        f"(#{article.pk})</option>" in page
    )
    assert "A &lt;b&gt;bold&lt;/b&gt; headline" in page


def test_an_out_of_range_event_id_is_a_404_not_a_500(editor_client, timeline):
    huge = 10**30
    assert editor_client.get(url("event", timeline, huge)).status_code == 404
    assert (
        editor_client.post(url("event_approve", timeline, huge), {"version": 1}).status_code == 404
    )
    history = url("event_revert", timeline, 1, huge)
    assert editor_client.post(history, {"version": 1}).status_code == 404


def test_bulk_on_events_a_colleague_changed_since_is_refused_with_nothing_changed(
    editor_client, timeline, make_event
):
    mine, theirs = make_event(title="Mine"), make_event(title="Theirs")
    read = {f"version_{mine.pk}": mine.version, f"version_{theirs.pk}": theirs.version}
    # a colleague approves "Theirs" after this editor's page was drawn
    editor_client.post(url("event_approve", timeline, theirs.pk), {"version": theirs.version})
    assert reload(theirs).status == Event.Status.APPROVED
    response = editor_client.post(
        url("events_bulk", timeline),
        {"action": "reject", "event_ids": [mine.pk, theirs.pk], **read},
        **htmx("bulk-form"),
    )
    assert response.status_code == 409
    assert "1 of the selected events changed since you opened the page" in (
        response.content.decode()
    )
    assert reload(theirs).status == Event.Status.APPROVED
    assert reload(mine).status == Event.Status.PROPOSED


def test_an_htmx_action_after_the_session_ended_is_a_403_not_the_login_page(
    client, timeline, event
):
    response = client.post(url("event_approve", timeline, event.pk), **htmx(f"event-{event.pk}"))
    assert response.status_code == 403
    assert reload(event).status == Event.Status.PROPOSED
    # a plain request still goes to the login page
    assert client.get(url("timeline", timeline)).status_code == 302


def test_editor_pages_are_never_cached_so_back_shows_the_review_as_it_is(editor_client, timeline):
    response = editor_client.get(url("timeline", timeline))
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("odd", ["²", "①", "٣"])
def test_digits_that_are_not_0_to_9_are_refused_not_an_error(editor_client, timeline, event, odd):
    assert editor_client.get(url("timeline", timeline), {"page": odd}).status_code == 200
    assert editor_client.get(url("draft", timeline), {"dates": odd}).status_code == 200
    response = editor_client.post(url("event_approve", timeline, event.pk), {"version": odd})
    assert response.status_code < 500


def test_sources_link_to_the_mention_in_the_article_page(editor_client, timeline, event):
    mention = event.mentions.get()
    article_page = reverse("articles:article_detail", args=[timeline.slug, mention.article_id])
    card = editor_client.get(url("timeline", timeline)).content.decode()
    detail = editor_client.get(url("event", timeline, event.pk)).content.decode()
    assert f'href="{article_page}#mention-{mention.pk}"' in card
    assert f'href="{article_page}#mention-{mention.pk}">in the article' in detail
    # (the article page's anchors: tests/articles/test_views.py)


def test_a_form_whose_csrf_token_expired_says_so_not_that_the_session_ended(
    editor, timeline, event
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(url("event_approve", timeline, event.pk), {"version": 1}, **HTMX)
    body = response.content.decode()
    assert response.status_code == 403
    assert "data-csrf-failure" in body and "This form has expired" in body
    assert reload(event).status == Event.Status.PROPOSED


def test_an_htmx_action_with_neither_session_nor_csrf_cookie_says_the_session_ended(
    timeline, event
):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url("event_approve", timeline, event.pk), {"version": 1}, **HTMX)
    assert response.status_code == 403
    assert response.content.decode() == "You are no longer signed in as an editor."
    assert reload(event).status == Event.Status.PROPOSED


def test_the_summary_box_has_no_maxlength_so_a_long_paste_is_refused_not_cut(
    editor_client, timeline, event
):
    page = editor_client.get(url("event_edit", timeline, event.pk)).content.decode()
    summary_box = re.search(r"<textarea[^>]*name=\"summary\"[^>]*>", page).group(0)
    assert "maxlength" not in summary_box


def test_favicon_ico_leads_to_the_sites_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")

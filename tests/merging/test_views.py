"""The merge views: the dialog, a card's duplicates, unmerge and the draft, with bad input."""

import datetime
import itertools
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory, TimelineFactory
from tests.helpers import reload
from timeline.models import Event, MergeSuggestion
from timeline.services.merging import merge_events

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": "http://testserver/editor/"}
DAY = datetime.date(2016, 12, 30)


def url(name, timeline, *args):
    return reverse(f"review:{name}", args=[timeline.slug, *args])


@pytest.fixture
def pair(make_event):
    first = make_event(DAY, title="Turkey and Russia broker ceasefire")
    second = make_event(DAY, title="Ceasefire deal signed")
    return first, second


def merge_data(events, into, title_from=None, date_from=None, **extra):
    data = {
        "event_ids": [event.pk for event in events],
        "into": into.pk,
        "title_from": (title_from or into).pk,
        "date_from": (date_from or into).pk,
        **{f"version_{event.pk}": event.version for event in events},
    }
    data.update(extra)
    return data


# The dialog ----------------------------------------------------------------------------


def test_the_merge_dialog_lists_the_selection_with_sensible_defaults(editor_client, timeline, pair):
    first, second = pair
    Event.objects.filter(pk=second.pk).update(support=3)
    response = editor_client.get(
        url("events_merge", timeline), {"event_ids": [first.pk, second.pk]}, **HTMX
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="merge-dialog"' in body and "<html" not in body
    # The better supported event stays by default.
    assert re.search(rf'name="into" value="{second.pk}"[^>]*checked', body)
    assert "Turkey and Russia broker ceasefire" in body and "Ceasefire deal signed" in body
    # Each row counts the articles that report that event itself, not its support (3).
    assert body.count("· 1 article</span>") == 2


def test_merge_from_the_selection_bar_goes_to_the_merge_page_with_the_ids_only(
    editor_client, timeline, pair
):
    first, second = pair
    response = editor_client.post(
        url("events_bulk", timeline),
        {"action": "merge", "event_ids": [first.pk, second.pk], "csrfmiddlewaretoken": "x"},
    )
    assert response.status_code == 302
    assert response["Location"] == (
        f"{url('events_merge', timeline)}?event_ids={first.pk}&event_ids={second.pk}"
    )


def test_the_merge_page_works_without_javascript(editor_client, timeline, pair):
    first, second = pair
    back = url("timeline", timeline) + "?status=proposed"
    page = editor_client.get(
        url("events_merge", timeline), {"event_ids": [first.pk, second.pk], "next": back}
    )
    assert page.status_code == 200 and "<html" in page.content.decode()
    response = editor_client.post(
        url("events_merge", timeline),
        merge_data(pair, into=first, next=back),
        follow=True,
    )
    assert response.redirect_chain[-1][0] == f"{back}#event-{first.pk}"
    assert "Merged 1 event into “Turkey and Russia broker ceasefire”." in response.content.decode()
    assert reload(second).merged_into_id == first.pk


def test_a_merge_with_htmx_swaps_the_cards_counts_and_closes_the_dialog(
    editor_client, timeline, pair
):
    first, second = pair
    response = editor_client.post(
        url("events_merge", timeline),
        merge_data(pair, into=first, title_from=second),
        **HTMX,
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert f'id="event-{first.pk}"' in body and f'id="event-{second.pk}"' in body
    assert 'id="review-counts"' in body and "1</strong> proposed" in body
    assert '<div id="merge-dialog-slot" hx-swap-oob="true"></div>' in body
    assert f'"timeline:focus": "event-{first.pk}"' in response["HX-Trigger-After-Settle"]
    assert reload(first).title == "Ceasefire deal signed"
    # the merged-away card stays to say where it went, but can no longer be selected
    assert f'value="{second.pk}" form="bulk-form" data-select disabled>' in body


def test_a_typed_title_names_the_merged_event_and_is_in_its_history(
    editor_client, timeline, pair, editor
):
    first, second = pair
    dialog = editor_client.get(
        url("events_merge", timeline), {"event_ids": [first.pk, second.pk]}, **HTMX
    ).content.decode()
    assert 'name="new_title"' in dialog and 'maxlength="200"' in dialog
    response = editor_client.post(
        url("events_merge", timeline),
        merge_data(
            pair, into=first, title_from=second, new_title="  Russia and Turkey broker a truce "
        ),
        **HTMX,
    )
    assert response.status_code == 200
    kept = reload(first)
    assert kept.title == "Russia and Turkey broker a truce"
    assert kept.summary == second.summary  # the summary still comes from the chosen event
    record = kept.history.first()
    assert (record.title, record.history_user) == ("Russia and Turkey broker a truce", editor)
    page = editor_client.get(url("event", timeline, first.pk)).content.decode()
    assert "<ins>Russia and Turkey broker a truce</ins>" in page


def test_an_empty_typed_title_keeps_the_chosen_one(editor_client, timeline, pair):
    first, second = pair
    editor_client.post(
        url("events_merge", timeline),
        merge_data(pair, into=first, title_from=second, new_title="   "),
        **HTMX,
    )
    assert reload(first).title == "Ceasefire deal signed"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("x" * 201, "New title: Ensure this value has at most 200 characters (it has 201)."),
        ("Truce\x00", "New title: Null characters are not allowed."),
    ],
)
def test_a_bad_typed_title_is_refused_and_nothing_is_merged(
    editor_client, timeline, pair, typed, message
):
    first, second = pair
    response = editor_client.post(
        url("events_merge", timeline), merge_data(pair, into=first, new_title=typed), **HTMX
    )
    body = response.content.decode()
    assert response.status_code == 422
    assert message in body
    assert 'aria-invalid="true"' in body
    assert (reload(first).version, reload(second).status) == (1, Event.Status.PROPOSED)


def test_merging_an_event_into_itself_is_refused_with_a_message(editor_client, timeline, pair):
    first, _ = pair
    response = editor_client.post(
        url("events_merge", timeline), merge_data([first], into=first), **HTMX
    )
    assert response.status_code == 422
    assert "cannot be merged into itself" in response.content.decode()
    assert reload(first).version == 1


def test_merging_a_missing_event_is_refused_with_a_message(editor_client, timeline, pair):
    first, second = pair
    data = merge_data(pair, into=first)
    data["event_ids"].append(999999)
    response = editor_client.post(url("events_merge", timeline), data, **HTMX)
    assert response.status_code == 422
    assert "#999999" in response.content.decode()
    assert reload(second).status == Event.Status.PROPOSED


def test_merging_an_event_of_another_timeline_is_refused(editor_client, timeline, pair):
    first, _ = pair
    stranger = EventFactory(timeline=TimelineFactory(slug="elsewhere"), title="Stranger")
    response = editor_client.post(
        url("events_merge", timeline), merge_data([first, stranger], into=first), **HTMX
    )
    assert response.status_code == 422
    assert f"#{stranger.pk}" in response.content.decode()
    assert reload(stranger).status == Event.Status.PROPOSED


def test_a_stale_version_is_refused_and_the_dialog_shows_why(editor_client, timeline, pair):
    first, second = pair
    data = merge_data(pair, into=first)
    data[f"version_{second.pk}"] = 0
    response = editor_client.post(url("events_merge", timeline), data, **HTMX)
    assert response.status_code == 409
    assert "changed since you opened it" in response.content.decode()
    assert reload(second).status == Event.Status.PROPOSED


def test_an_already_merged_event_is_refused(editor_client, timeline, pair, make_event, editor):
    first, second = pair
    third = make_event(DAY, title="Third report")
    merge_events(into=first, others=[second], by=editor)
    response = editor_client.post(
        url("events_merge", timeline), merge_data([third, reload(second)], into=third), **HTMX
    )
    assert response.status_code == 422
    assert "already merged" in response.content.decode()


def test_a_choice_outside_the_selection_is_refused(editor_client, timeline, pair, make_event):
    first, _ = pair
    outsider = make_event(DAY, title="Outsider")
    data = merge_data(pair, into=first, date_from=outsider)
    response = editor_client.post(url("events_merge", timeline), data, **HTMX)
    assert response.status_code == 422
    assert "Choose one of the events being merged" in response.content.decode()


def test_an_unreadable_selection_is_refused(editor_client, timeline):
    response = editor_client.get(url("events_merge", timeline), {"event_ids": ["x"]}, **HTMX)
    assert response.status_code == 422
    assert "cannot be read" in response.content.decode()


# A card's duplicates -------------------------------------------------------------------


def test_a_card_shows_its_possible_duplicates_with_score_and_reasons(
    editor_client, timeline, pair, make_suggestion
):
    first, second = pair
    make_suggestion(first, second, score=0.91, reasons=["same day", "shared words: ceasefire"])
    body = editor_client.get(url("timeline", timeline)).content.decode()
    assert body.count("Possible duplicate") == 2  # on both cards
    assert "Score 0.91: same day; shared words: ceasefire" in body
    assert "Merge into this event" in body and "Not the same" in body


def test_a_card_shows_its_five_strongest_duplicates_and_merges_them_all(
    editor_client, timeline, make_event, make_suggestion
):
    event = make_event(DAY, title="Resolution adopted")
    others = [make_event(DAY, title=f"Report {n}") for n in range(8)]
    for number, other in enumerate(others):
        make_suggestion(event, other, score=0.9 - number / 100)
    body = editor_client.get(url("timeline", timeline)).content.decode()
    card = body[body.index(f'id="event-{event.pk}-duplicates"') :].split("</section>")[0]
    assert card.count('data-action="accept-duplicate"') == 5
    assert "Report 4" in card and "Report 5" not in card
    assert "3 more, less likely" in card
    assert card.count("event_ids=") == 2 * 9  # the merge link (and its htmx twin) take all


def test_a_suggested_event_counts_its_own_articles_as_its_card_does(
    editor_client, timeline, make_event, make_suggestion
):
    from timeline.services.support import events_refresh_support

    event = make_event(DAY, title="Resolution adopted")
    suggested = make_event(DAY, title="Council votes")
    echoes = [make_event(DAY, title=f"Echo {n}") for n in range(2)]
    make_suggestion(event, suggested)
    for echo in echoes:
        make_suggestion(suggested, echo)
    events_refresh_support(event_ids=[event.pk, suggested.pk])
    assert reload(suggested).support == 4  # its own article, and its three duplicates'
    body = editor_client.get(url("timeline", timeline)).content.decode()
    box = body[body.index(f'id="event-{event.pk}-duplicates"') :].split("</section>")[0]
    entry = box[box.index("Council votes") :].split("</p>")[0]
    assert '<span class="support">1 article (4 with likely duplicates)</span>' in entry
    own_card = body[body.index(f'id="event-{suggested.pk}"') :].split("</article>")[0]
    assert '<span class="support">1 article (4 with likely duplicates)</span>' in own_card


def test_the_timeline_page_costs_one_query_more_with_suggestions_whatever_their_number(
    editor_client, timeline, make_event, make_suggestion, django_assert_max_num_queries
):
    events = [make_event(DAY, title=f"Report {n}") for n in range(12)]
    for first, second in itertools.pairwise(events):
        make_suggestion(first, second)
    with django_assert_max_num_queries(11):
        editor_client.get(url("timeline", timeline))


def test_accepting_a_suggestion_merges_into_the_cards_event(
    editor_client, timeline, pair, make_suggestion
):
    first, second = pair
    suggestion = make_suggestion(first, second)
    response = editor_client.post(
        url("suggestion_accept", timeline, suggestion.pk),
        {"into": second.pk, f"version_{first.pk}": 1, f"version_{second.pk}": 1},
        **HTMX,
    )
    assert response.status_code == 200
    assert reload(first).merged_into_id == second.pk
    assert "Merged into “Ceasefire deal signed”." in response.content.decode()


def test_accepting_without_javascript_redirects_back(
    editor_client, timeline, pair, make_suggestion
):
    first, second = pair
    suggestion = make_suggestion(first, second)
    back = url("timeline", timeline)
    response = editor_client.post(
        url("suggestion_accept", timeline, suggestion.pk), {"into": first.pk, "next": back}
    )
    assert response.status_code == 302 and response["Location"] == f"{back}#event-{first.pk}"
    assert reload(second).merged_into_id == first.pk


def test_accepting_into_a_third_event_is_refused(
    editor_client, timeline, pair, make_suggestion, make_event
):
    first, second = pair
    third = make_event(DAY, title="Third")
    suggestion = make_suggestion(first, second)
    response = editor_client.post(
        url("suggestion_accept", timeline, suggestion.pk), {"into": third.pk}, **HTMX
    )
    assert response.status_code == 422
    assert "one of them" in response.content.decode()


def test_accepting_twice_is_refused_with_a_message(editor_client, timeline, pair, make_suggestion):
    suggestion = make_suggestion(*pair)
    editor_client.post(url("suggestion_accept", timeline, suggestion.pk), **HTMX)
    response = editor_client.post(url("suggestion_accept", timeline, suggestion.pk), **HTMX)
    assert response.status_code == 409
    assert "already accepted" in response.content.decode()


def test_dismissing_a_suggestion_removes_the_cluster(
    editor_client, timeline, pair, make_suggestion
):
    first, second = pair
    suggestion = make_suggestion(first, second)
    response = editor_client.post(url("suggestion_dismiss", timeline, suggestion.pk), **HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Possible duplicate" not in body and f'id="event-{first.pk}"' in body
    suggestion.refresh_from_db()
    assert suggestion.status == MergeSuggestion.Status.DISMISSED


def test_a_suggestion_of_another_timeline_is_a_404(editor_client, timeline, pair, make_suggestion):
    suggestion = make_suggestion(*pair)
    elsewhere = TimelineFactory(slug="elsewhere")
    assert (
        editor_client.post(url("suggestion_dismiss", elsewhere, suggestion.pk)).status_code == 404
    )
    assert editor_client.post(url("suggestion_accept", timeline, 987654)).status_code == 404


# Unmerge -------------------------------------------------------------------------------


def test_the_event_page_offers_unmerge_and_it_swaps_the_panel(
    editor_client, timeline, pair, editor
):
    first, second = pair
    merge_events(into=first, others=[second], by=editor)
    page = editor_client.get(url("event", timeline, first.pk)).content.decode()
    assert "Unmerge 1 event" in page
    response = editor_client.post(
        url("event_unmerge", timeline, first.pk),
        {"version": reload(first).version},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="event-page",
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="event-page"' in body
    # the mentions went back to their own event: the sources are drawn again, out of band
    assert '<section id="event-sources"' in body and 'hx-swap-oob="true"' in body
    assert reload(second).status == Event.Status.PROPOSED


def test_a_merged_events_page_offers_to_unmerge_it(editor_client, timeline, pair, editor):
    first, second = pair
    merge_events(into=first, others=[second], by=editor)
    page = editor_client.get(url("event", timeline, second.pk)).content.decode()
    assert "Unmerge this event" in page
    response = editor_client.post(url("event_unmerge", timeline, second.pk), follow=True)
    assert "Unmerged “Ceasefire deal signed”" in response.content.decode()
    assert reload(second).merged_into_id is None


def test_unmerging_nothing_or_a_stale_page_is_refused(editor_client, timeline, pair, editor):
    first, second = pair
    response = editor_client.post(
        url("event_unmerge", timeline, first.pk),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="event-page",
    )
    assert response.status_code == 409
    assert "nothing to unmerge" in response.content.decode()
    merge_events(into=first, others=[second], by=editor)
    response = editor_client.post(
        url("event_unmerge", timeline, first.pk),
        {"version": 1},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="event-page",
    )
    assert response.status_code == 409
    assert reload(second).status == Event.Status.MERGED


def test_the_event_page_offers_to_unmerge_one_event_at_a_time_or_all(
    editor_client, timeline, pair, make_event, editor
):
    first, second = pair
    third = make_event(DAY, title="Truce holds")
    merge_events(into=first, others=[second, third], by=editor)
    page = editor_client.get(url("event", timeline, first.pk)).content.decode()
    assert "Unmerge all 2 events" in page
    assert page.count('data-action="unmerge-one"') == 2
    kept = reload(first)
    response = editor_client.post(
        url("event_unmerge", timeline, first.pk),
        {"only": third.pk, "version": kept.version, f"version_{third.pk}": reload(third).version},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="event-page",
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Unmerged “Truce holds”" in body
    assert "Unmerge 1 event" in body and 'data-action="unmerge-one"' not in body
    assert reload(third).merged_into_id is None
    assert reload(second).merged_into_id == first.pk


@pytest.mark.parametrize("only", ["abc", "1x", ["1", "2"]])
def test_an_unreadable_unmerge_of_one_is_refused(editor_client, timeline, pair, editor, only):
    first, second = pair
    merge_events(into=first, others=[second], by=editor)
    response = editor_client.post(
        url("event_unmerge", timeline, first.pk),
        {"only": only, "version": reload(first).version},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="event-page",
    )
    assert response.status_code == 422
    assert "cannot be read" in response.content.decode()
    assert reload(second).merged_into_id == first.pk


def test_unmerging_one_from_a_stale_page_is_refused(editor_client, timeline, pair, editor):
    first, second = pair
    merge_events(into=first, others=[second], by=editor)
    response = editor_client.post(
        url("event_unmerge", timeline, first.pk),
        {"only": second.pk, "version": reload(first).version, f"version_{second.pk}": 1},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="event-page",
    )
    assert response.status_code == 409
    assert "changed since you opened it" in response.content.decode()
    assert reload(second).merged_into_id == first.pk


def test_unmerging_an_event_of_another_timeline_is_a_404(editor_client, pair):
    elsewhere = TimelineFactory(slug="elsewhere")
    assert editor_client.post(url("event_unmerge", elsewhere, pair[0].pk)).status_code == 404


# The draft -----------------------------------------------------------------------------


def test_the_draft_lists_the_best_supported_days_in_date_order(editor_client, timeline, make_event):
    make_event(datetime.date(2017, 1, 23), title="Talks open", support=3)
    make_event(datetime.date(2016, 12, 30), title="Ceasefire", support=2)
    make_event(datetime.date(2016, 12, 30), title="Minor ceasefire note", support=1)
    make_event(datetime.date(2017, 1, 24), title="Statement", support=1)
    response = editor_client.get(url("draft", timeline), {"dates": "2"})
    body = response.content.decode()
    assert response.status_code == 200
    assert body.index("Ceasefire") < body.index("Talks open")
    assert "Minor ceasefire note" not in body and "Statement" not in body


def test_the_draft_reports_a_bad_number_of_dates(editor_client, timeline):
    body = editor_client.get(url("draft", timeline), {"dates": "lots", "from": "soon"}).content
    assert "between 1 and 366" in body.decode() and "is not a date" in body.decode()


def test_the_review_page_links_to_the_draft(editor_client, timeline):
    assert url("draft", timeline) in editor_client.get(url("timeline", timeline)).content.decode()

"""An event's duplicates are suggested again when an editor changes its date or wording."""

import datetime

import pytest
from django.db.models import Q
from django.urls import reverse

from tests.helpers import reload
from timeline.dateinput import parse_date_input
from timeline.models import Event, MergeSuggestion
from timeline.services.merging import (
    duplicates_after_change,
    event_suggest_duplicates,
    suggestion_dismiss,
)
from timeline.services.review import event_edit, event_revert_change

pytestmark = pytest.mark.django_db
DAY = datetime.date(2011, 3, 19)
ELSEWHERE = datetime.date(2011, 5, 2)
TITLE = "NATO launches air strikes on Tripoli"


@pytest.fixture
def same_day(make_event):
    """Three reports (three articles) of the strikes of 19 March."""
    return [
        make_event(DAY, title=TITLE, summary="NATO warplanes struck Tripoli.", actors=["NATO"])
        for _ in range(3)
    ]


@pytest.fixture
def misdated(make_event):
    """A fourth report, its date misread by the engine."""
    return make_event(
        ELSEWHERE, title=TITLE, summary="NATO warplanes struck Tripoli.", actors=["NATO"]
    )


def open_partners(event):
    pairs = MergeSuggestion.objects.filter(status="open").filter(
        Q(event_a_id=event.pk) | Q(event_b_id=event.pk)
    )
    return {pk for pair in pairs.values_list("event_a_id", "event_b_id") for pk in pair} - {
        event.pk
    }


def suggesting(callbacks):
    """The on-commit callbacks that suggest duplicates again (the cache has its own)."""
    return [c for c in callbacks if getattr(c, "func", None) is duplicates_after_change]


def edit_date(event, text, editor, timeline, version=None):
    current = reload(event)
    return event_edit(
        timeline=timeline,
        event_id=event.pk,
        version=version or current.version,
        user=editor,
        title=current.title,
        summary=current.summary,
        date=parse_date_input(text),
        modality=current.modality,
    )


def test_an_event_corrected_to_the_day_is_suggested_with_its_duplicates(
    same_day, misdated, editor, timeline, django_capture_on_commit_callbacks
):
    assert open_partners(misdated) == set()
    with django_capture_on_commit_callbacks(execute=True):
        edit_date(misdated, "19 March 2011", editor, timeline)
    assert open_partners(misdated) == {event.pk for event in same_day}
    # Each brings its article into the other's support, as after an extraction.
    assert reload(misdated).support == 4
    assert all(reload(event).support >= 2 for event in same_day)


def test_a_new_title_is_compared_again(
    make_event, editor, timeline, django_capture_on_commit_callbacks
):
    strikes = make_event(DAY, title=TITLE, summary="NATO warplanes struck Tripoli.")
    garbled = make_event(DAY, title="Says thursday", summary="")
    assert event_suggest_duplicates(event_id=garbled.pk) == []
    with django_capture_on_commit_callbacks(execute=True):
        event_edit(
            timeline=timeline,
            event_id=garbled.pk,
            version=1,
            user=editor,
            title=TITLE,
            summary="NATO warplanes struck Tripoli.",
            date=None,
            modality=garbled.modality,
        )
    assert open_partners(garbled) == {strikes.pk}


def test_a_pair_dismissed_as_not_the_same_is_not_suggested_again(
    same_day, misdated, editor, timeline, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        edit_date(misdated, "19 March 2011", editor, timeline)
    low, high = sorted((misdated.pk, same_day[0].pk))
    suggestion = MergeSuggestion.objects.get(event_a_id=low, event_b_id=high)
    suggestion_dismiss(suggestion=suggestion, by=editor)
    with django_capture_on_commit_callbacks(execute=True):
        edit_date(misdated, "2 May 2011", editor, timeline)
        edit_date(misdated, "19 March 2011", editor, timeline)
    assert open_partners(misdated) == {same_day[1].pk, same_day[2].pk}
    suggestion.refresh_from_db()
    assert suggestion.status == MergeSuggestion.Status.DISMISSED


def test_a_date_moved_away_withdraws_the_suggestions_it_no_longer_matches(
    same_day, misdated, editor, timeline, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        edit_date(misdated, "19 March 2011", editor, timeline)
    assert len(open_partners(misdated)) == 3
    with django_capture_on_commit_callbacks(execute=True):
        edit_date(misdated, "2 May 2011", editor, timeline)
    assert open_partners(misdated) == set()
    assert reload(misdated).support == 1
    assert reload(same_day[0]).support == 1


def test_reverting_a_date_suggests_again(
    same_day, misdated, editor, timeline, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        edit_date(misdated, "2 May 2011", editor, timeline)  # (no change: records nothing)
        edit_date(misdated, "19 March 2011", editor, timeline)
        edit_date(misdated, "1 June 2011", editor, timeline)
    assert open_partners(misdated) == set()
    last = reload(misdated).history.order_by("-history_date", "-history_id").first()
    with django_capture_on_commit_callbacks(execute=True):
        event_revert_change(
            timeline=timeline,
            event_id=misdated.pk,
            history_id=last.history_id,
            version=reload(misdated).version,
            user=editor,
        )
    assert reload(misdated).date_start == DAY
    assert open_partners(misdated) == {event.pk for event in same_day}


def test_the_suggestions_wait_for_the_change_to_be_committed(
    same_day, misdated, editor, timeline, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        edit_date(misdated, "19 March 2011", editor, timeline)
    assert open_partners(misdated) == set()
    assert len(suggesting(callbacks)) == 1


def test_an_approval_alone_does_not_compare_again(
    same_day, misdated, editor, timeline, django_capture_on_commit_callbacks
):
    from timeline.services.review import event_approve

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        event_approve(timeline=timeline, event_id=misdated.pk, user=editor)
    assert suggesting(callbacks) == []


def test_a_rejected_or_merged_event_is_left_alone(same_day, misdated):
    Event.objects.filter(pk=misdated.pk).update(
        status=Event.Status.REJECTED, date_start=DAY, date_end=DAY, date_value=DAY.isoformat()
    )
    assert event_suggest_duplicates(event_id=misdated.pk) == []
    assert event_suggest_duplicates(event_id=987654) == []
    assert open_partners(misdated) == set()


def test_a_failure_never_fails_the_edit_and_is_retried_by_a_task(
    same_day, misdated, editor, timeline, django_capture_on_commit_callbacks, monkeypatch
):
    from timeline import tasks
    from timeline.services import merging

    sent = []

    def broken(**kwargs):
        raise RuntimeError("the finder broke")

    monkeypatch.setattr(merging, "event_suggest_duplicates", broken)
    monkeypatch.setattr(tasks.suggest_event_duplicates, "delay", sent.append)
    with django_capture_on_commit_callbacks(execute=True):
        edited = edit_date(misdated, "19 March 2011", editor, timeline)
    assert reload(misdated).date_start == DAY and edited.version == 2
    assert sent == [misdated.pk]


@pytest.mark.django_db(transaction=True)
def test_a_saved_edit_shows_the_new_duplicates_on_its_card_and_theirs(
    editor_client, same_day, misdated, timeline
):
    response = editor_client.post(
        reverse("review:event_edit", args=[timeline.slug, misdated.pk]),
        {
            "version": "1",
            "title": TITLE,
            "summary": "NATO warplanes struck Tripoli.",
            "date_text": "19 March 2011",
            "granularity": "",
            "modality": "occurred",
        },
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET=f"event-{misdated.pk}",
    )
    body = response.content.decode()
    assert response.status_code == 200
    card = body.split(f'id="event-{misdated.pk}"', 1)[1].split("</article>", 1)[0]
    assert "Possible duplicates" in card
    # The three others' cards come out of band, each now showing the corrected event.
    for event in same_day:
        assert f'<article id="event-{event.pk}"' in body
        theirs = body.split(f'<article id="event-{event.pk}"', 1)[1].split("</article>", 1)[0]
        assert f"events/{misdated.pk}/" in theirs

import datetime

import pytest

from tests.factories import EventFactory, TimelineFactory
from tests.helpers import reload
from timeline.dateinput import parse_date_input
from timeline.models import Event
from timeline.services.review import (
    ReviewRefused,
    StaleSelection,
    StaleVersion,
    event_approve,
    event_edit,
    event_reject,
    event_restore,
    event_revert_change,
    events_set_status,
)

pytestmark = pytest.mark.django_db
Status = Event.Status


def edit(event, editor, *, version=None, **changes):
    fields = {
        "title": event.title,
        "summary": event.summary,
        "date": None,
        "modality": event.modality,
        **changes,
    }
    return event_edit(
        timeline=event.timeline,
        event_id=event.pk,
        version=event.version if version is None else version,
        user=editor,
        **fields,
    )


def test_approve_records_who_approved_and_bumps_the_version(event, editor):
    approved = event_approve(timeline=event.timeline, event_id=event.pk, user=editor, version=1)
    stored = reload(approved)
    assert stored.status == Status.APPROVED
    assert stored.approved_by == editor
    assert stored.approved_at is not None
    assert stored.edited_at is not None
    assert stored.version == 2
    latest = stored.history.first()
    assert latest.history_user == editor
    assert latest.history_change_reason == "approved"


def test_approving_a_stale_version_is_refused_and_changes_nothing(event, editor):
    edit(event, editor, title="Ceasefire agreed")
    with pytest.raises(StaleVersion) as refusal:
        event_approve(timeline=event.timeline, event_id=event.pk, user=editor, version=1)
    assert refusal.value.current.title == "Ceasefire agreed"
    assert reload(event).status == Status.PROPOSED


def test_approving_twice_is_harmless(event, editor):
    event_approve(timeline=event.timeline, event_id=event.pk, user=editor, version=1)
    again = event_approve(timeline=event.timeline, event_id=event.pk, user=editor, version=1)
    assert again.version == 2
    assert event.history.count() == 2  # created, approved


def test_reject_then_restore_clear_the_approval(event, editor):
    event_approve(timeline=event.timeline, event_id=event.pk, user=editor)
    event_reject(timeline=event.timeline, event_id=event.pk, user=editor)
    rejected = reload(event)
    assert (rejected.status, rejected.approved_by, rejected.approved_at) == (
        Status.REJECTED,
        None,
        None,
    )
    event_restore(timeline=event.timeline, event_id=event.pk, user=editor)
    assert reload(event).status == Status.PROPOSED
    assert reload(event).version == 4


def test_a_merged_event_cannot_be_approved(make_event, editor):
    canonical = make_event(title="Canonical")
    merged = make_event(title="Duplicate", status=Status.MERGED, merged_into=canonical)
    with pytest.raises(ReviewRefused, match="merged"):
        event_approve(timeline=merged.timeline, event_id=merged.pk, user=editor)


def test_an_event_of_another_timeline_is_not_found(event, editor):
    elsewhere = TimelineFactory(slug="elsewhere")
    with pytest.raises(Event.DoesNotExist):
        event_approve(timeline=elsewhere, event_id=event.pk, user=editor)


def test_bulk_approve_changes_the_proposed_and_reports_the_rest(make_event, editor, timeline):
    proposed = make_event(title="Proposed")
    already = make_event(title="Already", status=Status.APPROVED)
    canonical = make_event(title="Canonical")
    merged = make_event(title="Merged", status=Status.MERGED, merged_into=canonical)
    result = events_set_status(
        timeline=timeline,
        event_ids=[proposed.pk, already.pk, merged.pk, 999_999],
        status=Status.APPROVED,
        user=editor,
    )
    assert [event.pk for event in result.changed] == [proposed.pk]
    assert [event.pk for event in result.unchanged] == [already.pk]
    assert [event.pk for event in result.refused] == [merged.pk]
    assert result.missing == [999_999]
    assert reload(proposed).approved_by == editor
    assert reload(merged).status == Status.MERGED


def test_bulk_reject_never_touches_another_timelines_events(make_event, editor, timeline):
    mine = make_event()
    foreign = EventFactory(timeline=TimelineFactory(slug="foreign"))
    result = events_set_status(
        timeline=timeline, event_ids=[mine.pk, foreign.pk], status=Status.REJECTED, user=editor
    )
    assert result.missing == [foreign.pk]
    assert reload(foreign).status == Status.PROPOSED


def test_edit_saves_wording_and_date_and_marks_the_event_edited(event, editor):
    saved = edit(
        event,
        editor,
        title="  Russia and Turkey broker a ceasefire ",
        summary="The basis of the Astana talks.",
        date=parse_date_input("c. Dec 2016"),
    )
    stored = reload(saved)
    assert stored.title == "Russia and Turkey broker a ceasefire"
    assert (stored.date_value, stored.granularity, stored.is_approximate) == (
        "2016-12",
        "month",
        True,
    )
    assert (stored.date_start, stored.date_end) == (
        datetime.date(2016, 12, 1),
        datetime.date(2016, 12, 31),
    )
    assert stored.version == 2
    assert stored.edited_at is not None
    assert stored.history.first().history_change_reason == "edited title, summary, date"


def test_an_edit_with_a_stale_version_is_refused_with_the_current_values(event, editor):
    edit(event, editor, title="First editor's title")
    with pytest.raises(StaleVersion) as refusal:
        edit(event, editor, version=1, title="Second editor's title")
    assert refusal.value.current.title == "First editor's title"
    assert refusal.value.read_version == 1
    assert reload(event).title == "First editor's title"


def test_saving_unchanged_values_records_nothing(event, editor):
    edit(event, editor)
    assert reload(event).version == 1
    assert event.history.count() == 1


def test_revert_puts_back_the_values_a_change_replaced(event, editor, second_editor):
    edit(event, editor, title="Wrong title", date=parse_date_input("2011"))
    change = reload(event).history.first()
    reverted = event_revert_change(
        timeline=event.timeline,
        event_id=event.pk,
        history_id=change.history_id,
        version=2,
        user=second_editor,
    )
    stored = reload(reverted)
    assert stored.title == "Ceasefire signed"
    assert (stored.date_value, stored.date_start, stored.granularity) == (
        "2016-12-30",
        datetime.date(2016, 12, 30),
        "day",
    )
    assert stored.version == 3
    assert stored.history.first().history_user == second_editor
    # Named to the second, as the history lists it: two changes of one minute stay apart.
    assert stored.history.first().history_change_reason == (
        f"reverted the change of {change.history_date:%-d %b %Y %H:%M:%S}"
    )


def test_reverting_an_old_change_keeps_the_later_ones(event, editor):
    edit(event, editor, title="Second title")
    first_change = reload(event).history.first()
    edit(reload(event), editor, summary="A later summary.")
    event_revert_change(
        timeline=event.timeline,
        event_id=event.pk,
        history_id=first_change.history_id,
        version=3,
        user=editor,
    )
    stored = reload(event)
    assert (stored.title, stored.summary) == ("Ceasefire signed", "A later summary.")


def test_reverting_an_approval_withdraws_it(event, editor):
    event_approve(timeline=event.timeline, event_id=event.pk, user=editor)
    approval = reload(event).history.first()
    event_revert_change(
        timeline=event.timeline,
        event_id=event.pk,
        history_id=approval.history_id,
        version=2,
        user=editor,
    )
    stored = reload(event)
    assert (stored.status, stored.approved_by) == (Status.PROPOSED, None)


def test_a_revert_with_a_stale_version_is_refused(event, editor):
    edit(event, editor, title="Changed")
    change = reload(event).history.first()
    with pytest.raises(StaleVersion):
        event_revert_change(
            timeline=event.timeline,
            event_id=event.pk,
            history_id=change.history_id,
            version=1,
            user=editor,
        )


def test_the_creation_record_cannot_be_reverted(event, editor):
    creation = event.history.last()
    with pytest.raises(ReviewRefused, match="nothing an editor can revert"):
        event_revert_change(
            timeline=event.timeline,
            event_id=event.pk,
            history_id=creation.history_id,
            version=1,
            user=editor,
        )


def test_another_events_history_record_is_not_found(make_event, editor):
    first, second = make_event(title="First"), make_event(title="Second")
    with pytest.raises(Event.history.model.DoesNotExist):
        event_revert_change(
            timeline=first.timeline,
            event_id=first.pk,
            history_id=second.history.first().history_id,
            version=1,
            user=editor,
        )


def test_bulk_refuses_the_whole_selection_when_one_moved_on_since_it_was_read(
    make_event, editor, timeline
):
    read, moved = make_event(title="Read"), make_event(title="Moved on")
    read_version = moved.version
    events_set_status(timeline=timeline, event_ids=[moved.pk], status=Status.APPROVED, user=editor)
    with pytest.raises(StaleSelection) as refusal:
        events_set_status(
            timeline=timeline,
            event_ids=[read.pk, moved.pk],
            status=Status.REJECTED,
            user=editor,
            versions={read.pk: read.version, moved.pk: read_version},
        )
    assert "“Moved on”" in refusal.value.message and "nothing was changed" in refusal.value.message
    # a colleague's approval stands, and nothing of the selection was half-done
    assert reload(moved).status == Status.APPROVED
    assert reload(read).status == Status.PROPOSED

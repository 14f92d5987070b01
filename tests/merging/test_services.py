"""Merging, unmerging and deciding suggestions: the services, their refusals and history."""

import datetime

import pytest

from tests.factories import ArticleFactory, MentionFactory, TimelineFactory
from tests.helpers import reload
from timeline.models import Event, Granularity, Mention, MergeSuggestion
from timeline.services.merging import (
    MergeRefused,
    StaleMerge,
    merge_events,
    suggestion_accept,
    suggestion_dismiss,
    unmerge_event,
)
from timeline.services.review import event_approve
from timeline.services.support import events_refresh_support

pytestmark = pytest.mark.django_db
Status = Event.Status
DAY = datetime.date(2016, 12, 30)


@pytest.fixture
def trio(make_event):
    """Three reports of the Dec 30 ceasefire, one of them dated only to the month."""
    day = make_event(DAY, title="Turkey and Russia broker ceasefire")
    month = make_event(
        DAY,
        title="Truce brokered in December",
        date_value="2016-12",
        date_start=datetime.date(2016, 12, 1),
        date_end=datetime.date(2016, 12, 31),
        granularity=Granularity.MONTH,
    )
    other_day = make_event(DAY, title="Ceasefire deal signed", summary="Signed in Ankara.")
    return day, month, other_day


def mentions_of(event):
    return set(Mention.objects.filter(event=event).values_list("pk", flat=True))


# Merge ---------------------------------------------------------------------------------


def test_merge_moves_every_mention_to_the_event_that_stays(trio, editor):
    day, month, other_day = trio
    all_mentions = mentions_of(day) | mentions_of(month) | mentions_of(other_day)
    kept = merge_events(into=month, others=[day, other_day], by=editor)
    assert mentions_of(kept) == all_mentions
    for merged in (day, other_day):
        merged = reload(merged)
        assert merged.status == Status.MERGED
        assert merged.merged_into_id == month.pk
        assert mentions_of(merged) == set()


def test_merge_keeps_every_source_article_in_the_support(trio, editor):
    day, month, other_day = trio
    kept = merge_events(into=day, others=[month, other_day], by=editor)
    assert reload(kept).support == 3


def test_merge_keeps_the_most_precise_compatible_date_by_default(trio, editor):
    day, month, _ = trio
    kept = merge_events(into=month, others=[day], by=editor)
    kept = reload(kept)
    assert (kept.date_value, kept.granularity, kept.date_start, kept.date_end) == (
        "2016-12-30",
        "day",
        DAY,
        DAY,
    )
    assert kept.title == "Truce brokered in December"


def test_merge_takes_the_chosen_title_summary_and_date(trio, editor):
    day, month, other_day = trio
    kept = merge_events(
        into=day,
        others=[month, other_day],
        by=editor,
        title="  Russia and Turkey broker a nationwide ceasefire ",
        summary="The basis of the Astana talks.",
        date_from=month,
    )
    kept = reload(kept)
    assert kept.title == "Russia and Turkey broker a nationwide ceasefire"
    assert kept.summary == "The basis of the Astana talks."
    assert kept.date_value == "2016-12"


def test_an_incompatible_date_is_not_taken_without_asking(make_event, editor):
    talks = make_event(datetime.date(2017, 1, 23), title="Talks open")
    truce = make_event(DAY, title="Truce")
    kept = reload(merge_events(into=talks, others=[truce], by=editor))
    assert kept.date_start == datetime.date(2017, 1, 23)


def test_history_records_who_merged_what(trio, editor):
    day, month, _ = trio
    merge_events(into=day, others=[month], by=editor)
    merged_record = reload(month).history.first()
    assert merged_record.history_user == editor
    assert merged_record.history_change_reason == f"merged into #{day.pk}"
    kept_record = reload(day).history.first()
    assert kept_record.history_change_reason == f"merged #{month.pk} into this"
    assert kept_record.history_user == editor
    assert reload(day).version == 2 and reload(month).version == 2


def test_merge_bumps_updated_at_for_the_public_cache(trio, editor):
    day, month, _ = trio
    before = reload(day).updated_at
    merge_events(into=day, others=[month], by=editor)
    assert reload(day).updated_at > before


def test_merging_an_event_into_itself_is_refused(trio, editor):
    day, _, _ = trio
    with pytest.raises(MergeRefused, match="into itself"):
        merge_events(into=day, others=[day], by=editor)


def test_merging_without_another_event_is_refused(trio, editor):
    with pytest.raises(MergeRefused, match="at least one other"):
        merge_events(into=trio[0], others=[], by=editor)


def test_merging_events_of_different_timelines_is_refused(trio, editor):
    elsewhere = TimelineFactory(slug="elsewhere")
    stranger = Event.objects.create(
        timeline=elsewhere,
        title="Stranger",
        date_value="2016-12-30",
        date_start=DAY,
        date_end=DAY,
        granularity="day",
    )
    with pytest.raises(MergeRefused, match="different timelines"):
        merge_events(into=trio[0], others=[stranger], by=editor)
    assert reload(stranger).status == Status.PROPOSED


def test_merging_into_a_merged_event_is_refused(trio, editor):
    day, month, other_day = trio
    merge_events(into=day, others=[month], by=editor)
    with pytest.raises(MergeRefused, match="merge into that one instead"):
        merge_events(into=reload(month), others=[other_day], by=editor)


def test_merging_an_already_merged_event_is_refused(trio, editor):
    day, month, other_day = trio
    merge_events(into=day, others=[month], by=editor)
    with pytest.raises(MergeRefused, match="already merged"):
        merge_events(into=other_day, others=[reload(month)], by=editor)


def test_merging_a_deleted_event_is_refused_and_changes_nothing(trio, editor):
    day, month, other_day = trio
    gone_pk = other_day.pk
    other_day.delete()
    with pytest.raises(MergeRefused, match=f"#{gone_pk}"):
        merge_events(into=day, others=[month, Event(pk=gone_pk)], by=editor)
    assert reload(month).status == Status.PROPOSED


def test_a_stale_version_is_refused(trio, editor):
    day, month, _ = trio
    with pytest.raises(StaleMerge, match="changed since you opened it"):
        merge_events(into=day, others=[month], by=editor, versions={month.pk: 7})
    assert reload(month).status == Status.PROPOSED


def test_a_date_from_outside_the_merge_is_refused(trio, editor):
    day, month, other_day = trio
    with pytest.raises(MergeRefused, match="date must come from"):
        merge_events(into=day, others=[month], by=editor, date_from=other_day)


def test_merging_an_event_that_had_others_merged_into_it_keeps_the_chain(trio, editor):
    day, month, other_day = trio
    merge_events(into=month, others=[other_day], by=editor)
    merge_events(into=day, others=[reload(month)], by=editor)
    assert mentions_of(reload(other_day)) == set()
    assert len(mentions_of(reload(day))) == 3
    assert reload(other_day).merged_into_id == month.pk


# Unmerge -------------------------------------------------------------------------------


def test_unmerge_restores_each_event_with_its_own_mentions(trio, editor):
    day, month, other_day = trio
    own = {event.pk: mentions_of(event) for event in trio}
    merge_events(into=day, others=[month, other_day], by=editor)
    restored = unmerge_event(event=reload(day), by=editor)
    assert {event.pk for event in restored} == {month.pk, other_day.pk}
    for event in trio:
        event = reload(event)
        assert event.status == Status.PROPOSED
        assert event.merged_into_id is None
        assert mentions_of(event) == own[event.pk]
        assert event.support == 1


def test_unmerge_gives_back_the_status_from_before_the_merge(trio, editor):
    day, month, _ = trio
    event_approve(timeline=month.timeline, event_id=month.pk, user=editor)
    merge_events(into=day, others=[reload(month)], by=editor)
    unmerge_event(event=reload(day), by=editor)
    month = reload(month)
    assert month.status == Status.APPROVED
    assert month.approved_by == editor


def test_unmerging_one_merged_event_leaves_the_others_merged(trio, editor):
    day, month, other_day = trio
    own = mentions_of(month)
    merge_events(into=day, others=[month, other_day], by=editor)
    assert unmerge_event(event=reload(month), by=editor) == [reload(month)]
    assert mentions_of(reload(month)) == own
    assert reload(other_day).merged_into_id == day.pk
    assert len(mentions_of(reload(day))) == 2


def test_unmerging_one_of_several_from_the_event_that_stayed(trio, editor):
    day, month, other_day = trio
    own = mentions_of(other_day)
    merge_events(into=day, others=[month, other_day], by=editor)
    kept = reload(day)
    restored = unmerge_event(
        event=kept,
        by=editor,
        version=kept.version,
        only=other_day.pk,
        versions={other_day.pk: reload(other_day).version},
    )
    assert restored == [reload(other_day)]
    assert reload(other_day).status == Status.PROPOSED
    assert mentions_of(reload(other_day)) == own
    assert reload(month).merged_into_id == day.pk
    assert len(mentions_of(reload(day))) == 2
    assert reload(day).history.first().history_change_reason == f"unmerged #{other_day.pk}"
    pair = MergeSuggestion.objects.get(event_a_id=day.pk, event_b_id=other_day.pk)
    assert pair.status == MergeSuggestion.Status.DISMISSED


def test_unmerging_one_is_refused_when_stale_or_not_merged_into_this_event(trio, editor):
    day, month, other_day = trio
    merge_events(into=day, others=[month], by=editor)
    kept = reload(day)
    with pytest.raises(StaleMerge):
        unmerge_event(event=kept, by=editor, version=kept.version - 1, only=month.pk)
    with pytest.raises(StaleMerge):
        unmerge_event(
            event=kept, by=editor, version=kept.version, only=month.pk, versions={month.pk: 1}
        )
    with pytest.raises(MergeRefused, match="no longer merged into this one"):
        unmerge_event(event=kept, by=editor, only=other_day.pk)
    assert reload(month).merged_into_id == day.pk
    assert reload(day).version == kept.version


def test_unmerge_through_a_chain_sends_mentions_to_the_nearest_live_event(trio, editor):
    day, month, other_day = trio
    merge_events(into=month, others=[other_day], by=editor)
    merge_events(into=day, others=[reload(month)], by=editor)
    unmerge_event(event=reload(day), by=editor)
    # The month event stands again, and the event merged into it comes back with it.
    assert reload(month).status == Status.PROPOSED
    assert reload(other_day).merged_into_id == month.pk
    assert len(mentions_of(reload(month))) == 2
    assert len(mentions_of(reload(day))) == 1


def test_unmerged_pairs_are_never_suggested_again(trio, editor):
    day, month, _ = trio
    merge_events(into=day, others=[month], by=editor)
    unmerge_event(event=reload(day), by=editor)
    suggestion = MergeSuggestion.objects.get(event_a=day, event_b=month)
    assert suggestion.status == MergeSuggestion.Status.DISMISSED
    assert suggestion.decided_by == editor


def test_unmerge_records_who_did_it(trio, editor):
    day, month, _ = trio
    merge_events(into=day, others=[month], by=editor)
    unmerge_event(event=reload(day), by=editor)
    record = reload(month).history.first()
    assert record.history_change_reason == f"unmerged from #{day.pk}"
    assert record.history_user == editor


def test_unmerging_an_event_with_nothing_merged_is_refused(trio, editor):
    with pytest.raises(MergeRefused, match="nothing to unmerge"):
        unmerge_event(event=trio[0], by=editor)


def test_unmerging_with_a_stale_version_is_refused(trio, editor):
    day, month, _ = trio
    merge_events(into=day, others=[month], by=editor)
    with pytest.raises(StaleMerge):
        unmerge_event(event=reload(day), by=editor, version=1)


# Suggestions ---------------------------------------------------------------------------


def test_accepting_a_suggestion_merges_the_pair(trio, editor, make_suggestion):
    day, month, _ = trio
    suggestion = make_suggestion(day, month)
    kept = suggestion_accept(suggestion=suggestion, by=editor, into=month)
    assert kept.pk == month.pk
    assert reload(day).merged_into_id == month.pk
    suggestion.refresh_from_db()
    assert suggestion.status == MergeSuggestion.Status.ACCEPTED
    assert suggestion.decided_by == editor


def test_an_accepted_suggestion_cannot_be_accepted_or_dismissed_again(
    trio, editor, make_suggestion
):
    day, month, _ = trio
    suggestion = make_suggestion(day, month)
    suggestion_accept(suggestion=suggestion, by=editor)
    with pytest.raises(MergeRefused, match="already accepted"):
        suggestion_accept(suggestion=suggestion, by=editor)
    with pytest.raises(MergeRefused, match="unmerge them instead"):
        suggestion_dismiss(suggestion=suggestion, by=editor)


def test_accepting_into_an_event_outside_the_pair_is_refused(trio, editor, make_suggestion):
    day, month, other_day = trio
    with pytest.raises(MergeRefused, match="one of them"):
        suggestion_accept(suggestion=make_suggestion(day, month), by=editor, into=other_day)


def test_dismissing_closes_the_pair_and_its_support(trio, editor, make_suggestion):
    day, month, _ = trio
    suggestion = make_suggestion(day, month)
    events_refresh_support(event_ids={day.pk})
    assert reload(day).support == 2
    suggestion_dismiss(suggestion=suggestion, by=editor)
    suggestion.refresh_from_db()
    assert suggestion.status == MergeSuggestion.Status.DISMISSED
    assert reload(day).support == reload(month).support == 1
    # Dismissing twice is harmless.
    suggestion_dismiss(suggestion=suggestion, by=editor)


def test_support_counts_open_duplicates_until_an_editor_decides(trio, make_suggestion):
    day, month, other_day = trio
    make_suggestion(day, month)
    make_suggestion(day, other_day)
    events_refresh_support(event_ids={day.pk})
    assert reload(day).support == 3
    assert reload(month).support == 2
    assert reload(other_day).support == 2


def test_a_merged_events_open_suggestions_follow_it(trio, editor, make_suggestion, make_event):
    day, month, _ = trio
    outsider = make_event(DAY, title="Another report")
    make_suggestion(month, outsider, score=0.6)
    make_suggestion(day, month)
    merge_events(into=day, others=[month], by=editor)
    moved = MergeSuggestion.objects.get(status=MergeSuggestion.Status.OPEN)
    assert {moved.event_a_id, moved.event_b_id} == {day.pk, outsider.pk}
    assert reload(outsider).support == 3  # its own article, the day's and the month's


def test_support_of_articles_cited_twice_counts_them_once(trio, make_suggestion):
    day, month, _ = trio
    shared = ArticleFactory(timeline=day.timeline)
    MentionFactory(event=day, article=shared)
    MentionFactory(event=month, article=shared)
    make_suggestion(day, month)
    events_refresh_support(event_ids={day.pk})
    assert reload(day).support == 3

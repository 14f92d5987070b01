"""Two editors merging overlapping sets at the same moment, on PostgreSQL."""

import threading

import pytest
from django.db import connection

from tests import services
from tests.factories import ArticleFactory
from tests.helpers import reload
from timeline.models import Event, Mention
from timeline.services.merging import MergeRefused, merge_events

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ROUNDS = 8
# Enough mentions that each merge takes a while: both editors read before either commits.
MENTIONS_PER_EVENT = 300


def run_together(*jobs):
    """Run the jobs in threads (each with its own database connection), released at once."""
    barrier = threading.Barrier(len(jobs))
    outcomes = [None] * len(jobs)

    def run(index, job):
        try:
            barrier.wait()
            outcomes[index] = job()
        except MergeRefused as refusal:
            outcomes[index] = refusal
        except Exception as error:  # a deadlock or anything else fails the test below
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcomes


def add_mentions(*events):
    for event in events:
        article = ArticleFactory(timeline=event.timeline)
        Mention.objects.bulk_create(
            Mention(
                event=event,
                origin_event=event,
                article=article,
                sentence="Talks began on Monday.",
                sentence_start=n * 30,
                sentence_end=n * 30 + 22,
                timex_start=n * 30 + 14,
                timex_end=n * 30 + 20,
                timex_text="Monday",
                timex_type="DATE",
                timex_value="2017-01-23",
                extractor_version="test",
            )
            for n in range(MENTIONS_PER_EVENT)
        )


def test_overlapping_merges_at_once_never_lose_or_duplicate_a_mention(
    make_event, editor, second_editor
):
    services.require_postgres()
    for _ in range(ROUNDS):
        first, second, third = (make_event(title=f"Report {n}") for n in range(3))
        add_mentions(first, second, third)
        mentions = set(
            Mention.objects.filter(event__in=[first, second, third]).values_list("pk", flat=True)
        )
        # One editor merges the second report into the first while another merges the
        # first into the third: the first event is in both sets.
        outcomes = run_together(
            lambda first=first, second=second: merge_events(into=first, others=[second], by=editor),
            lambda first=first, third=third: merge_events(
                into=third, others=[first], by=second_editor
            ),
        )
        assert not any(
            isinstance(outcome, Exception) and not isinstance(outcome, MergeRefused)
            for outcome in outcomes
        ), outcomes
        assert any(isinstance(outcome, Event) for outcome in outcomes)

        after = Mention.objects.filter(pk__in=mentions)
        assert after.count() == len(mentions)  # none lost, none duplicated
        for mention in after.select_related("event"):
            assert mention.event.status != Event.Status.MERGED, (outcomes, mention.event)
        for event in (first, second, third):
            event = reload(event)
            if event.status == Event.Status.MERGED:
                assert reload(event.merged_into).timeline_id == event.timeline_id

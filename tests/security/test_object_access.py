"""Object access: an id from another timeline, in a URL or a form, reaches nothing.

Editors may work on every timeline (there is one Editors group), but every URL names its
timeline, and an event, article, suggestion or history record of another timeline under
that name must be a 404 (or a refusal) that changes nothing: never an action across
timelines. The walk covers every editor route with an id in its path, so a new one is
checked as soon as it is added.
"""

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse

from articles.models import Article
from tests.factories import ArticleFactory, EventFactory, MentionFactory, TimelineFactory
from tests.test_url_access import editor_routes
from timeline.models import Event, Mention, MergeSuggestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def theirs(db):
    """Another timeline's event (with its change history), article and suggestion."""
    timeline = TimelineFactory(name="Libya", slug="libya")
    article = ArticleFactory(timeline=timeline, extraction_state="done")
    event = EventFactory(timeline=timeline, title="Their event")
    event.title = "Their event, edited"
    event.version = 2
    event.save()
    other = EventFactory(timeline=timeline, title="Their other event")
    MentionFactory(event=event, article=article)
    MentionFactory(event=other, article=article)
    suggestion = MergeSuggestion.objects.create(
        timeline=timeline, event_a=event, event_b=other, score=0.9
    )
    return {
        "timeline": timeline,
        "event_id": event.pk,
        "article_id": article.pk,
        "suggestion_id": suggestion.pk,
        "history_id": event.history.order_by("history_id").first().history_id,
        "events": [event, other],
    }


def snapshot(timeline) -> dict:
    """Everything an action could change on a timeline."""
    return {
        "events": [model_to_dict(e) for e in Event.objects.filter(timeline=timeline)],
        "articles": [
            model_to_dict(a, exclude=["original_file"])
            for a in Article.objects.filter(timeline=timeline)
        ],
        "suggestions": [
            model_to_dict(s) for s in MergeSuggestion.objects.filter(timeline=timeline)
        ],
        "mentions": sorted(
            Mention.objects.filter(event__timeline=timeline).values_list("pk", "event_id")
        ),
        "history": Event.history.filter(timeline=timeline).count(),
    }


def routes_with_ids():
    for name, pattern in editor_routes():
        arguments = set(pattern.pattern.converters)
        if arguments - {"slug"}:
            yield name, arguments


def test_the_walk_finds_every_kind_of_id():
    arguments = set().union(*(arguments for _, arguments in routes_with_ids()))
    assert arguments == {"slug", "event_id", "article_id", "suggestion_id", "history_id"}


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_id_from_another_timeline_is_a_404_on_every_editor_route(
    editor_client, timeline, theirs, method
):
    before = snapshot(theirs["timeline"])
    for name, arguments in routes_with_ids():
        kwargs = {argument: theirs[argument] for argument in arguments - {"slug"}}
        url = reverse(name, kwargs={"slug": timeline.slug, **kwargs})
        data = {"version": "2", "published_on": "2017-01-23", "title": "Hijacked", "into": "1"}
        response = getattr(editor_client, method)(url, data)
        # 405: the route takes only the other method, and does nothing.
        assert response.status_code in (404, 405), (name, method, response.status_code)
    assert snapshot(theirs["timeline"]) == before


def test_the_same_ids_under_their_own_timeline_are_found(editor_client, theirs):
    """The 404s above come from the timeline check, not from ids that exist nowhere."""
    slug = theirs["timeline"].slug
    for name in ("review:event", "review:event_edit", "articles:article_detail"):
        pattern = dict(editor_routes())[name]
        arguments = set(pattern.pattern.converters) - {"slug"}
        kwargs = {"slug": slug, **{argument: theirs[argument] for argument in arguments}}
        assert editor_client.get(reverse(name, kwargs=kwargs)).status_code == 200, name


def test_a_history_record_of_another_event_cannot_be_reverted(editor_client, timeline, theirs):
    mine = EventFactory(timeline=timeline)
    before = snapshot(theirs["timeline"])
    url = reverse("review:event_revert", args=[timeline.slug, mine.pk, theirs["history_id"]])
    response = editor_client.post(url, {"version": str(mine.version)})
    assert response.status_code == 404
    assert snapshot(theirs["timeline"]) == before
    assert Event.objects.get(pk=mine.pk).version == mine.version


def test_bulk_actions_with_another_timelines_event_ids_change_none_of_them(
    editor_client, timeline, theirs
):
    before = snapshot(theirs["timeline"])
    ids = [str(event.pk) for event in theirs["events"]]
    response = editor_client.post(
        reverse("review:events_bulk", args=[timeline.slug]),
        {"action": "approve", "event_ids": ids},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert "2 no longer exist" in response.content.decode()
    assert snapshot(theirs["timeline"]) == before


def test_merging_another_timelines_events_is_refused(editor_client, timeline, theirs):
    before = snapshot(theirs["timeline"])
    mine = EventFactory(timeline=timeline)
    first, second = theirs["events"]
    response = editor_client.post(
        reverse("review:events_merge", args=[timeline.slug]),
        {
            "event_ids": [mine.pk, first.pk, second.pk],
            "into": mine.pk,
            "title_from": mine.pk,
            "date_from": mine.pk,
        },
    )
    assert response.status_code == 422
    assert "Not on this timeline" in response.content.decode()
    assert snapshot(theirs["timeline"]) == before
    assert Event.objects.get(pk=mine.pk).status == Event.Status.PROPOSED


def test_a_suggestion_cannot_be_accepted_into_another_timelines_event(
    editor_client, timeline, theirs
):
    mine_first, mine_second = EventFactory(timeline=timeline), EventFactory(timeline=timeline)
    suggestion = MergeSuggestion.objects.create(
        timeline=timeline, event_a=mine_first, event_b=mine_second, score=0.9
    )
    before = snapshot(theirs["timeline"])
    response = editor_client.post(
        reverse("review:suggestion_accept", args=[timeline.slug, suggestion.pk]),
        {"into": theirs["event_id"]},
    )
    assert response.status_code in (302, 422)
    assert snapshot(theirs["timeline"]) == before
    assert set(
        Event.objects.filter(pk__in=[mine_first.pk, mine_second.pk]).values_list(
            "status", flat=True
        )
    ) == {Event.Status.PROPOSED}

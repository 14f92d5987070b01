"""Editors create timelines: a name, a description, public or not; the address from the name."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from tests.factories import TimelineFactory
from timeline.models import Timeline
from timeline.roles import EDITORS_GROUP
from timeline.services.timelines import slug_for, timeline_create

pytestmark = pytest.mark.django_db
NEW = reverse("review:timeline_create")


# The address -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Libya: the 2011 war", "libya-the-2011-war"),
        ("  El Niño 2015–16 ", "el-nino-2015-16"),
        ("Сирия", "timeline"),  # no letter slugify keeps
        ("!!!", "timeline"),
        ("word " * 60, ("word-" * 20)[:-1]),  # cut to the column's 100 characters
    ],
)
def test_the_slug_is_derived_from_the_name(name, slug):
    assert slug_for(name) == slug
    assert len(slug_for(name)) <= 100


def test_a_taken_slug_gets_the_next_number(editor):
    TimelineFactory(name="Libya", slug="libya")
    TimelineFactory(name="Libya again", slug="libya-2")
    created = timeline_create(name="Libya", by=editor)
    assert created.slug == "libya-3"
    long_name = "a" * 100
    first = timeline_create(name=long_name, by=editor)
    second = timeline_create(name=long_name, by=editor)
    assert (len(first.slug), second.slug) == (100, "a" * 98 + "-2")


def test_a_slug_taken_at_the_same_moment_is_retried(editor, monkeypatch):
    from timeline.services import timelines

    TimelineFactory(name="Libya", slug="libya")
    real = timelines.slug_for
    calls = []

    def blind(name, taken=frozenset()):
        calls.append(set(taken))
        # The first attempt does not see "libya" (another editor's, committed meanwhile).
        return real(name, set() if len(calls) == 1 else taken)

    monkeypatch.setattr(timelines, "slug_for", blind)
    created = timeline_create(name="Libya", by=editor)
    assert created.slug == "libya-2"
    assert Timeline.objects.filter(name="Libya").count() == 2


def test_creation_is_recorded_with_who_did_it(editor):
    created = timeline_create(name=" Syria ", description=" The war. ", is_public=True, by=editor)
    assert (created.name, created.description, created.is_public) == ("Syria", "The war.", True)
    assert created.history.get().history_user == editor


# The page ----------------------------------------------------------------------------------


def test_editors_find_new_timeline_on_their_list(editor_client):
    page = editor_client.get(reverse("review:timeline_list")).content.decode()
    assert f'href="{NEW}"' in page and "New timeline" in page


def test_a_new_timeline_leads_to_its_articles_page_to_upload(editor_client, editor):
    form = editor_client.get(NEW).content.decode()
    assert 'name="name"' in form and 'name="description"' in form and 'name="is_public"' in form
    response = editor_client.post(
        NEW, {"name": "Libya: the 2011 war", "description": "From the uprising on."}
    )
    created = Timeline.objects.get(slug="libya-the-2011-war")
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:article_list", args=[created.slug])
    assert (created.name, created.description, created.is_public) == (
        "Libya: the 2011 war",
        "From the uprising on.",
        False,
    )
    page = editor_client.get(response["Location"]).content.decode()
    assert "Created “Libya: the 2011 war” (not public, at /timelines/libya-the-2011-war/)" in page


def test_a_public_timeline_is_on_the_public_site(editor_client, client):
    editor_client.post(NEW, {"name": "Syria", "is_public": "on"})
    assert Timeline.objects.get(slug="syria").is_public
    assert client.get(reverse("public:timeline_detail", args=["syria"])).status_code == 200


def test_the_same_name_twice_gets_two_addresses(editor_client):
    editor_client.post(NEW, {"name": "Libya"})
    editor_client.post(NEW, {"name": "Libya"})
    assert sorted(Timeline.objects.values_list("slug", flat=True)) == ["libya", "libya-2"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": ""}, "Give the timeline a name."),
        ({"name": "   "}, "Give the timeline a name."),
        ({"name": "x" * 201}, "at most 200 characters"),
        ({"name": "Libya", "description": "x" * 2001}, "at most 2000 characters"),
    ],
)
def test_a_bad_timeline_is_refused_clearly_and_nothing_is_saved(editor_client, data, message):
    response = editor_client.post(NEW, data)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Timeline.objects.exists()


def test_without_the_permission_an_editor_cannot_create_one(editor_client, editor):
    group = Group.objects.get(name=EDITORS_GROUP)
    group.permissions.remove(Permission.objects.get(codename="add_timeline"))
    page = editor_client.get(reverse("review:timeline_list")).content.decode()
    assert "New timeline" not in page
    assert editor_client.get(NEW).status_code == 403
    response = editor_client.post(NEW, {"name": "Libya"})
    assert response.status_code == 403
    assert "may not create timelines" in response.content.decode()
    assert not Timeline.objects.exists()


def test_non_editors_are_sent_to_login(client, reader):
    client.force_login(reader)
    response = client.post(NEW, {"name": "Libya"})
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert not Timeline.objects.exists()


# The permission ----------------------------------------------------------------------------


def test_the_editors_group_may_add_timelines_but_not_delete_them():
    codenames = set(
        Group.objects.get(name=EDITORS_GROUP).permissions.values_list("codename", flat=True)
    )
    assert "add_timeline" in codenames
    assert not any(codename.startswith("delete_") for codename in codenames)


def test_an_existing_editors_group_gets_the_permission_on_the_next_migrate():
    """No data migration: the group is completed after every `migrate`, even one with
    nothing to apply, so a database whose group predates the permission gets it."""
    group = Group.objects.get(name=EDITORS_GROUP)
    group.permissions.remove(Permission.objects.get(codename="add_timeline"))
    call_command("migrate", verbosity=0, interactive=False)
    assert group.permissions.filter(codename="add_timeline").exists()

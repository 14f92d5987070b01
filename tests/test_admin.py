import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import ArticleFactory, MentionFactory, UserFactory

pytestmark = pytest.mark.django_db

OUR_APPS = {"timeline", "articles"}


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))
    return client


def test_every_registered_model_has_a_working_changelist_and_add_page(staff_client):
    mention = MentionFactory()
    ArticleFactory(timeline=mention.event.timeline)
    ours = [model for model in admin.site._registry if model._meta.app_label in OUR_APPS]
    assert len(ours) == 5
    for model in ours:
        info = (model._meta.app_label, model._meta.model_name)
        changelist = staff_client.get(reverse("admin:{}_{}_changelist".format(*info)))
        assert changelist.status_code == 200, info
        assert staff_client.get(reverse("admin:{}_{}_add".format(*info))).status_code == 200, info


def test_event_and_article_pages_show_their_mentions(staff_client):
    mention = MentionFactory(timex_text="December 30")
    event_page = staff_client.get(reverse("admin:timeline_event_change", args=[mention.event_id]))
    article_page = staff_client.get(
        reverse("admin:articles_article_change", args=[mention.article_id])
    )
    assert "December 30" in event_page.content.decode()
    assert "December 30" in article_page.content.decode()


def test_event_changelist_query_count_does_not_grow_with_rows(
    staff_client, django_assert_max_num_queries
):
    for _ in range(30):
        MentionFactory()
    with django_assert_max_num_queries(12):
        staff_client.get(reverse("admin:timeline_event_changelist"))

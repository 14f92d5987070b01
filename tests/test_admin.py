import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Article
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


def test_a_staff_change_moves_the_version_on_and_marks_the_event_edited(rf):
    from timeline.admin import EventAdmin
    from timeline.models import Event

    event = MentionFactory().event
    read = event.version
    event.title = "Changed by staff"
    request = rf.post("/")
    request.user = UserFactory(username="staff", is_staff=True)
    EventAdmin(Event, admin.site).save_model(request, event, form=None, change=True)
    event.refresh_from_db()
    assert event.version == read + 1 and event.edited_at is not None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"date_value": "not a date"}, "date_value"),
        ({"date_value": "2011-13-45"}, "date_value"),
        ({"date_mod": "NONSENSE"}, "date_mod"),
    ],
)
def test_the_admin_refuses_dates_no_reader_could_read(changes, field):
    from django.core.exceptions import ValidationError

    event = MentionFactory().event
    for name, value in changes.items():
        setattr(event, name, value)
    with pytest.raises(ValidationError) as refused:
        event.full_clean()
    assert field in refused.value.message_dict


def test_the_admin_refuses_a_merge_into_itself_or_into_another_timeline():
    from django.core.exceptions import ValidationError

    from tests.factories import EventFactory

    event = MentionFactory().event
    event.status, event.merged_into = "merged", event
    with pytest.raises(ValidationError) as itself:
        event.full_clean()
    assert "merged_into" in itself.value.message_dict
    event.merged_into = EventFactory()  # on a timeline of its own
    with pytest.raises(ValidationError) as elsewhere:
        event.full_clean()
    assert "one of its timeline" in str(elsewhere.value)


def test_a_mentions_article_cannot_be_changed_under_its_offsets(staff_client):
    mention = MentionFactory()
    page = staff_client.get(reverse("admin:timeline_mention_change", args=[mention.pk]))
    assert 'name="article"' not in page.content.decode()


def test_deleting_an_article_warns_of_approved_events_it_alone_cites(staff_client):
    mention = MentionFactory(event__status="approved", event__title="Only here")
    also = MentionFactory(event__status="approved", event__title="Cited twice")
    MentionFactory(event=also.event, article=mention.article)
    url = reverse("admin:articles_article_delete", args=[mention.article_id])
    page = staff_client.get(url).content.decode()
    assert "1 approved public event cites only this article (“Only here”)" in page
    assert "Cited twice" not in page.split("cites only this article")[1].split("</li>")[0]


def test_deleting_articles_in_bulk_warns_on_the_confirmation_page(staff_client):
    first = MentionFactory(event__status="approved", event__title="Only in the first")
    second = MentionFactory(event__status="approved", event__title="In both")
    MentionFactory(event=second.event, article=first.article)
    changelist = reverse("admin:articles_article_changelist")
    chosen = {"action": "delete_selected", "_selected_action": [first.article_id]}
    page = staff_client.post(changelist, chosen).content.decode()
    assert "1 approved public event cites only this article (“Only in the first”)" in page
    chosen["_selected_action"].append(second.article_id)
    page = staff_client.post(changelist, chosen).content.decode()
    assert "2 approved public events cite only these articles" in page
    assert "Are you sure" in page  # Django's own confirmation, nothing deleted yet
    staff_client.post(changelist, {**chosen, "post": "yes"})
    assert not Article.objects.filter(pk__in=chosen["_selected_action"]).exists()


def test_the_admin_refuses_a_merge_that_goes_round_in_a_circle():
    from django.core.exceptions import ValidationError

    from tests.factories import EventFactory

    first = MentionFactory().event
    second = EventFactory(timeline=first.timeline, status="merged", merged_into=first)
    first.status, first.merged_into = "merged", second
    with pytest.raises(ValidationError) as circle:
        first.full_clean()
    assert "circle" in str(circle.value)


def test_a_mention_must_quote_its_article_where_its_offsets_say():
    from django.core.exceptions import ValidationError

    mention = MentionFactory(article__body="Talks opened: Monday.")  # "Monday" at 14-20
    mention.full_clean()  # as extracted
    mention.article = ArticleFactory(timeline=mention.event.timeline, body="Another text.")
    with pytest.raises(ValidationError) as moved:
        mention.full_clean()
    assert "stays with the text" in str(moved.value)


def test_a_staff_change_of_the_date_value_moves_the_range_with_it(rf):
    from django import forms

    from timeline.admin import EventAdmin
    from timeline.models import Event

    event = MentionFactory().event
    event.date_value = "2015-06"

    class Changed(forms.Form):
        changed_data = ["date_value"]

    request = rf.post("/")
    request.user = UserFactory(username="staff2", is_staff=True)
    EventAdmin(Event, admin.site).save_model(request, event, form=Changed(), change=True)
    event.refresh_from_db()
    assert (event.date_start.isoformat(), event.date_end.isoformat(), event.granularity) == (
        "2015-06-01",
        "2015-06-30",
        "month",
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("address", "every_backend"),
    [
        ("/admin/timeline/event/abc/history/", True),  # an id that is not a number
        ("/admin/timeline/event/{event}/history/1.5/", True),  # nor a history id
        ("/admin/articles/article/?created_at__year=0", True),  # the date drill-down's year 0
        ("/admin/timeline/event/?approved_at__year=99999999999999999999", True),
        # Out of SQLite's integer range (PostgreSQL finds nothing), a NUL byte PostgreSQL
        # cannot store (SQLite can): each fails on one backend, and neither may give a 500.
        ("/admin/articles/article/?timeline=99999999999999999999", False),
        ("/admin/articles/article/99999999999999999999/delete/", False),
        ("/admin/timeline/event/?title=%00", False),
    ],
)
def test_a_malformed_admin_address_gets_a_400_that_says_so(client, address, every_backend):
    client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))
    event = MentionFactory().event
    response = client.get(address.format(event=event.pk))
    if every_backend or response.status_code == 400:
        assert response.status_code == 400
        assert "holds a value that does not fit the field it names" in response.content.decode()
    else:
        assert response.status_code in (200, 302)


def test_a_failing_admin_save_is_not_hidden_as_a_bad_address(staff_client):
    from config.middleware import AdminBadAddressMiddleware

    request = staff_client.get("/admin/").wsgi_request
    request.method = "POST"
    middleware = AdminBadAddressMiddleware(lambda request: None)
    assert middleware.process_exception(request, ValueError()) is None

"""Every review action through the page in Chromium, with and without a mouse."""

import datetime
import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from articles.models import Article
from tests.factories import EventFactory
from tests.helpers import assert_no_full_reload, card, open_timeline, reload, reword_as
from timeline.models import Event
from timeline.services.review import event_approve, event_edit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Status = Event.Status


def test_approve_reject_and_restore_swap_only_the_card(editor_page, live_server, timeline, event):
    page = editor_page
    open_timeline(page, live_server, timeline)
    counts = page.locator("#review-counts")
    expect(counts).to_contain_text("1 proposed")

    card(page, event).get_by_role("button", name="Approve").click()
    expect(card(page, event)).to_have_class(re.compile("status-approved"))
    expect(counts).to_contain_text("1 approved")
    expect(page.locator("#review-status")).to_have_text("Approved “Ceasefire signed”.")

    card(page, event).get_by_role("button", name="Reject").click()
    expect(card(page, event)).to_have_class(re.compile("status-rejected"))
    expect(counts).to_contain_text("1 rejected")

    card(page, event).get_by_role("button", name="Back to proposed").click()
    expect(card(page, event)).to_have_class(re.compile("status-proposed"))
    expect(counts).to_contain_text("1 proposed")
    assert_no_full_reload(page)
    assert reload(event).version == 4


def test_edit_in_place_with_a_live_date_preview(editor_page, live_server, timeline, event):
    page = editor_page
    open_timeline(page, live_server, timeline)
    card(page, event).get_by_role("link", name="Edit").click()
    form = page.locator(f"form#event-{event.pk}")
    expect(form.get_by_label("Title")).to_be_focused()
    form.get_by_label("Title").fill("Russia and Turkey broker a ceasefire")
    date = form.get_by_label("Date", exact=True)
    date.fill("")
    date.press_sequentially("early 2011")
    expect(form.locator("output")).to_contain_text("Will read: early 2011")
    form.get_by_label("Approximate").check()
    expect(form.locator("output")).to_contain_text("Will read: c. early 2011")
    date.fill("the week after")
    date.press("End")  # a keyup, as typing makes
    expect(form.locator("output")).to_contain_text("depends on when it is said")
    date.fill("Dec 2016")
    date.press("End")
    expect(form.locator("output")).to_contain_text("Will read: c. December 2016")
    form.get_by_role("button", name="Save").click()

    expect(card(page, event).locator(".date-badge")).to_have_text("c. December 2016")
    expect(card(page, event)).to_contain_text("Russia and Turkey broker a ceasefire")
    expect(card(page, event)).to_be_focused()
    assert_no_full_reload(page)
    stored = reload(event)
    assert (stored.date_value, stored.is_approximate, stored.version) == ("2016-12", True, 2)


def test_an_unreadable_date_keeps_the_form_open_with_the_error(
    editor_page, live_server, timeline, event
):
    page = editor_page
    open_timeline(page, live_server, timeline)
    card(page, event).get_by_role("link", name="Edit").click()
    form = page.locator(f"form#event-{event.pk}")
    form.get_by_label("Date", exact=True).fill("sometime soon")
    form.get_by_role("button", name="Save").click()
    expect(form.locator(".field-error")).to_contain_text("is not a date we can read")
    expect(form.get_by_label("Date", exact=True)).to_be_focused()
    form.get_by_role("link", name="Cancel").click()
    expect(card(page, event).locator(".date-badge")).to_have_text("30 December 2016")
    assert reload(event).version == 1


def test_a_stale_save_shows_both_values_then_saves_knowingly(
    editor_page, live_server, timeline, event, second_editor
):
    page = editor_page
    open_timeline(page, live_server, timeline)
    card(page, event).get_by_role("link", name="Edit").click()
    form = page.locator(f"form#event-{event.pk}")
    form.get_by_label("Title").fill("My wording")
    # Meanwhile a second editor saves the same event.
    reword_as(second_editor, timeline, event, "Their wording")
    form.get_by_role("button", name="Save").click()
    conflict = form.locator(".conflict")
    expect(conflict).to_contain_text("Not saved.")
    expect(conflict).to_contain_text("My wording")
    expect(conflict).to_contain_text("Their wording")
    assert reload(event).title == "Their wording"

    form.get_by_role("button", name="Save").click()
    expect(card(page, event)).to_contain_text("My wording")
    assert reload(event).title == "My wording"


def test_bulk_approve_and_reject_a_selection(editor_page, live_server, timeline, make_event):
    first = make_event(datetime.date(2016, 12, 1), title="First")
    second = make_event(datetime.date(2016, 12, 2), title="Second")
    third = make_event(datetime.date(2016, 12, 3), title="Third")
    page = editor_page
    open_timeline(page, live_server, timeline)
    bar = page.locator("#bulk-form")
    expect(bar).to_be_hidden()

    page.get_by_label("Select “First”").check()
    page.get_by_label("Select “Third”").check()
    expect(bar).to_be_visible()
    expect(bar).to_contain_text("2 selected")
    bar.get_by_role("button", name="Approve selected").click()
    expect(card(page, first)).to_have_class(re.compile("status-approved"))
    expect(card(page, third)).to_have_class(re.compile("status-approved"))
    expect(card(page, second)).to_have_class(re.compile("status-proposed"))
    expect(page.locator("#review-counts")).to_contain_text("2 approved")
    expect(bar).to_be_hidden()

    page.get_by_label("Select “Second”").check()
    bar.get_by_role("button", name="Reject selected").click()
    expect(card(page, second)).to_have_class(re.compile("status-rejected"))
    assert_no_full_reload(page)
    assert reload(second).status == Status.REJECTED


def test_select_all_shown_then_reject_them_at_once(editor_page, live_server, timeline, make_event):
    noise = [make_event(datetime.date(2016, 12, day), title=f"Noise {day}") for day in (1, 2, 3)]
    page = editor_page
    open_timeline(page, live_server, timeline)
    page.get_by_role("button", name="Select all shown").click()
    bar = page.locator("#bulk-form")
    expect(bar).to_contain_text("3 selected")
    bar.get_by_role("button", name="Reject selected").click()
    for event in noise:
        expect(card(page, event)).to_have_class(re.compile("status-rejected"))
    assert {reload(event).status for event in noise} == {Status.REJECTED}


def test_a_stale_selection_is_refused_visibly_and_stays_selected(
    editor_page, live_server, timeline, make_event, second_editor
):
    first = make_event(datetime.date(2016, 12, 1), title="First")
    second = make_event(datetime.date(2016, 12, 2), title="Second")
    page = editor_page
    open_timeline(page, live_server, timeline)
    page.get_by_label("Select “First”").check()
    page.get_by_label("Select “Second”").check()
    # a colleague approves "Second" after this page was drawn
    event_approve(timeline=timeline, event_id=second.pk, user=second_editor)
    page.locator("#bulk-form").get_by_role("button", name="Reject selected").click()
    alert = page.locator("#review-alert")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("1 of the selected events changed since you opened the page")
    expect(page.locator("#bulk-form")).to_contain_text("2 selected")
    assert reload(first).status == Event.Status.PROPOSED
    assert reload(second).status == Event.Status.APPROVED


def test_an_action_after_the_session_ended_says_so_on_the_page(
    editor_page, live_server, timeline, make_event
):
    first = make_event(datetime.date(2016, 12, 1), title="First")
    page = editor_page
    open_timeline(page, live_server, timeline)
    # Signed out elsewhere: the session goes, the page's CSRF cookie stays (clearing it too
    # is the other case, a page too old to send: tests/review/test_views.py).
    page.context.clear_cookies(name=settings.SESSION_COOKIE_NAME)
    card(page, first).get_by_role("button", name=re.compile("^Approve")).click()
    expect(page.locator("#review-alert")).to_contain_text("no longer signed in")
    expect(card(page, first)).to_have_class(re.compile("status-proposed"))
    assert reload(first).status == Event.Status.PROPOSED


def test_the_keyboard_moves_acts_selects_and_explains(
    editor_page, live_server, timeline, make_event
):
    first = make_event(datetime.date(2016, 12, 1), title="First")
    second = make_event(datetime.date(2016, 12, 2), title="Second")
    page = editor_page
    open_timeline(page, live_server, timeline)

    page.keyboard.press("j")
    expect(card(page, first)).to_be_focused()
    page.keyboard.press("j")
    expect(card(page, second)).to_be_focused()
    page.keyboard.press("k")
    expect(card(page, first)).to_be_focused()

    page.keyboard.press("a")
    expect(card(page, first)).to_have_class(re.compile("status-approved"))
    expect(card(page, first)).to_be_focused()
    page.keyboard.press("j")
    page.keyboard.press("r")
    expect(card(page, second)).to_have_class(re.compile("status-rejected"))

    page.keyboard.press("x")
    expect(page.get_by_label("Select “Second”")).to_be_checked()
    expect(page.locator("#bulk-form")).to_contain_text("1 selected")

    page.keyboard.press("e")
    title = page.locator(f"form#event-{second.pk}").get_by_label("Title")
    expect(title).to_be_focused()
    title.press("j")  # typing in a field is typing, not a shortcut
    expect(title).to_have_value("Secondj")
    expect(title).to_be_focused()
    page.locator(f"form#event-{second.pk}").get_by_role("link", name="Cancel").click()
    expect(card(page, second)).to_be_focused()

    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("approve the event")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert reload(first).status == Status.APPROVED
    assert reload(second).status == Status.REJECTED


def test_filters_swap_the_list_and_keep_the_address(editor_page, live_server, timeline, make_event):
    make_event(title="Aleppo falls", places=["Aleppo"])
    make_event(title="Talks in Astana", places=["Astana"])
    page = editor_page
    open_timeline(page, live_server, timeline)
    page.get_by_label("Actor or place").fill("aleppo")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("#event-list")).not_to_contain_text("Talks in Astana")
    expect(page.locator("#event-list")).to_contain_text("Aleppo falls")
    expect(page).to_have_url(re.compile(r"entity=aleppo"))
    assert_no_full_reload(page)


def test_revert_a_change_from_the_event_page(editor_page, live_server, timeline, event, editor):
    event_edit(
        timeline=timeline,
        event_id=event.pk,
        version=1,
        user=editor,
        title="A wrong title",
        summary=event.summary,
        date=None,
        modality=event.modality,
    )
    page = editor_page
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/events/{event.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("A wrong title")
    history = page.locator("table.history")
    expect(history).to_contain_text("edited title")
    history.get_by_role("button", name=re.compile("Revert")).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ceasefire signed")
    expect(history).to_contain_text("reverted the change of")
    assert reload(event).title == "Ceasefire signed"
    assert reload(event).version == 3


def test_reextract_shows_the_article_queued_then_read(
    editor_page, live_server, timeline, event, article, editor, celery_worker
):
    # Approved, so reading the article again keeps the event whatever the engine finds.
    event_approve(timeline=timeline, event_id=event.pk, user=editor)
    page = editor_page
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/events/{event.pk}/")
    sources = page.locator("#event-sources")
    sources.get_by_role("button", name=re.compile("Re-extract")).click()
    expect(page.locator("#review-status")).to_contain_text("is queued to be read again")
    # The real worker reads it; the section polls until the article is done, then stops.
    expect(sources.locator(".pill")).to_have_text(re.compile("done|failed"), timeout=30_000)
    expect(sources).not_to_have_attribute("hx-trigger", re.compile("every"))
    assert Article.objects.get(pk=article.pk).extraction_state in ("done", "failed")


def test_new_events_appear_while_an_article_is_read(
    editor_page, live_server, timeline, event, article
):
    article.extraction_state = Article.ExtractionState.RUNNING
    article.save()
    page = editor_page
    open_timeline(page, live_server, timeline)
    expect(page.locator("#live")).to_contain_text("Reading 1 article")
    expect(page.locator("#new-events")).to_be_hidden()

    # What the pipeline does when the article is read: its events, then the article done.
    found = EventFactory(timeline=timeline, title="Peace talks open in Astana")
    article.extraction_state = Article.ExtractionState.DONE
    article.save()

    new_events = page.locator("#new-events")
    expect(new_events).to_be_visible(timeout=10_000)
    expect(card(page, found)).to_contain_text("Peace talks open in Astana")
    expect(page.locator("#review-counts")).to_contain_text("2 proposed")
    expect(page.locator("#live")).to_be_empty()
    expect(page.locator("#live")).not_to_have_attribute("hx-trigger", re.compile("every"))
    card(page, found).get_by_role("button", name="Approve").click()
    expect(card(page, found)).to_have_class(re.compile("status-approved"))
    assert_no_full_reload(page)


def test_an_event_the_live_poll_brought_is_not_shown_twice_when_more_load(
    editor_page, live_server, timeline, make_event, article
):
    for day in range(1, 52):  # one more than a page
        make_event(datetime.date(2016, 1, 1) + datetime.timedelta(days=day), title=f"Day {day}")
    article.extraction_state = Article.ExtractionState.RUNNING
    article.save()
    page = editor_page
    open_timeline(page, live_server, timeline)
    late = EventFactory(
        timeline=timeline,
        title="Read while the editor was looking",
        date_start=datetime.date(2017, 6, 1),
        date_end=datetime.date(2017, 6, 1),
        date_value="2017-06-01",
    )
    article.extraction_state = Article.ExtractionState.DONE
    article.save()
    expect(card(page, late)).to_be_visible(timeout=10_000)

    page.get_by_role("link", name=re.compile("next events", re.IGNORECASE)).click()
    expect(page.get_by_text("Day 51", exact=True)).to_be_visible()
    expect(card(page, late)).to_have_count(1)


def test_actions_work_without_javascript(browser, live_server, timeline, event, editor):
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(editor)
    context = browser.new_context(java_script_enabled=False)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/")
    card(page, event).get_by_role("button", name="Approve").click()
    expect(page.locator(".messages")).to_contain_text("Approved “Ceasefire signed”.")
    card(page, event).get_by_role("link", name="Edit").click()
    page.get_by_label("Date", exact=True).fill("Q1 2017")
    page.get_by_role("button", name="Preview the date").click()
    expect(page.locator("output")).to_contain_text("Will read: Q1 2017")
    page.get_by_role("button", name="Save").click()
    expect(card(page, event).locator(".date-badge")).to_have_text("Q1 2017")
    page.get_by_label("Select “Ceasefire signed”").check()
    page.get_by_role("button", name="Reject selected").click()
    expect(page.locator(".messages")).to_contain_text("1 event rejected.")
    context.close()
    assert reload(event).status == Status.REJECTED


def test_review_pages_have_no_serious_accessibility_violation(
    editor_page, live_server, timeline, event, make_event
):
    from tests.a11y import serious_violations

    make_event(datetime.date(2017, 1, 23), title="Talks open", status=Status.APPROVED)
    page = editor_page
    open_timeline(page, live_server, timeline)
    assert serious_violations(page) == []
    card(page, event).get_by_role("link", name="Edit").click()
    expect(page.locator(f"form#event-{event.pk}")).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Select “Talks open”").check()
    page.keyboard.press("?")
    assert serious_violations(page) == []
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/events/{event.pk}/")
    assert serious_violations(page) == []


def test_a_double_click_on_approve_selected_reports_the_approval_not_an_empty_selection(
    editor_page, live_server, timeline, make_event
):
    first = make_event(datetime.date(2016, 12, 1), title="First")
    second = make_event(datetime.date(2016, 12, 2), title="Second")
    page = editor_page
    open_timeline(page, live_server, timeline)
    page.get_by_label("Select “First”").check()
    page.get_by_label("Select “Second”").check()
    page.locator("#bulk-form").get_by_role("button", name="Approve selected").dblclick()
    expect(card(page, first)).to_have_class(re.compile("status-approved"))
    expect(card(page, second)).to_have_class(re.compile("status-approved"))
    expect(page.locator("#review-status")).to_contain_text("2 events approved")
    page.wait_for_timeout(300)  # the second click's request, if one were sent, is back
    alert = page.locator("#review-alert")
    expect(alert).to_contain_text("2 events approved")
    expect(alert).not_to_contain_text("Select at least one")


def test_escape_cancels_an_edit_and_leaving_with_typed_changes_asks_first(
    editor_page, live_server, timeline, event
):
    page = editor_page
    open_timeline(page, live_server, timeline)
    card(page, event).get_by_role("link", name="Edit").click()
    form = page.locator(f"form#event-{event.pk}")
    form.get_by_label("Title").fill("A title typed but not saved")
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    page.evaluate("window.location.reload()")  # dismissed: the page and the typing stay
    expect(form.get_by_label("Title")).to_have_value("A title typed but not saved")
    assert asked == ["beforeunload"]
    form.get_by_label("Title").press("Escape")
    expect(card(page, event).locator(".card-title")).to_have_text("Ceasefire signed")
    assert reload(event).title == "Ceasefire signed"


def test_the_edit_page_of_its_own_saves_back_to_the_timeline(
    editor_page, live_server, timeline, event
):
    page = editor_page
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/events/{event.pk}/edit/")
    page.get_by_label("Title").fill("Russia and Turkey broker a ceasefire")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile(rf"/editor/timelines/{timeline.slug}/#event-{event.pk}$"))
    expect(page.locator(".messages")).to_contain_text(
        "Saved “Russia and Turkey broker a ceasefire”."
    )
    assert reload(event).title == "Russia and Turkey broker a ceasefire"


def test_long_unbroken_words_and_the_merge_dialog_fit_a_phone(
    editor_page, live_server, timeline, make_event
):
    url = "https://example.org/" + "a" * 180
    make_event(datetime.date(2016, 12, 1), title=url, summary=url * 2)
    make_event(datetime.date(2016, 12, 2), title="Second")
    page = editor_page
    page.set_viewport_size({"width": 320, "height": 800})
    open_timeline(page, live_server, timeline)
    width = "document.documentElement.scrollWidth"
    assert page.evaluate(width) <= 320
    page.get_by_role("button", name="Select all shown").click()
    page.locator("[data-bulk-merge]").click()
    dialog = page.locator("dialog[open]")
    expect(dialog).to_be_visible()
    date_choice = dialog.locator("input[name=date_from]").first
    box = date_choice.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 320
    page.goto(
        f"{live_server.url}/editor/timelines/{timeline.slug}/events/{Event.objects.get(title=url).pk}/"
    )
    assert page.evaluate(width) <= 320


def test_an_action_whose_csrf_cookie_is_gone_says_to_reload_not_to_sign_in(
    editor_page, live_server, timeline, make_event
):
    first = make_event(datetime.date(2016, 12, 1), title="First")
    page = editor_page
    open_timeline(page, live_server, timeline)
    kept = [c for c in page.context.cookies() if c["name"] != "csrftoken"]
    page.context.clear_cookies()
    page.context.add_cookies(kept)
    card(page, first).get_by_role("button", name=re.compile("^Approve")).click()
    expect(page.locator("#review-alert")).to_contain_text("too old to send that")
    assert reload(first).status == Event.Status.PROPOSED


def test_an_editor_creates_a_timeline_then_lands_on_its_articles_page(
    editor_page, live_server, timeline
):
    from tests.a11y import serious_violations
    from timeline.models import Timeline

    page = editor_page
    page.goto(f"{live_server.url}/editor/")
    page.get_by_role("link", name="New timeline").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New timeline")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Create and add articles").click()
    expect(page.get_by_role("alert")).to_contain_text("Give the timeline a name.")
    expect(page.get_by_label("Name")).to_have_attribute("aria-invalid", "true")
    assert serious_violations(page) == []
    page.get_by_label("Name").fill("Libya: the 2011 war")
    page.get_by_label("Description").fill("From the uprising to the fall of Sirte.")
    page.get_by_label("Public").check()
    page.get_by_role("button", name="Create and add articles").click()
    expect(page).to_have_url(f"{live_server.url}/editor/timelines/libya-the-2011-war/articles/")
    expect(page.locator(".messages")).to_contain_text("Created “Libya: the 2011 war” (public")
    expect(page.get_by_role("heading", name="Upload files")).to_be_visible()
    assert Timeline.objects.get(slug="libya-the-2011-war").is_public


def test_a_selection_result_and_an_error_are_seen_where_the_editor_is(
    editor_page, live_server, timeline, make_event
):
    events = [
        make_event(datetime.date(2016, 12, day), title=f"Event {day}") for day in range(1, 25)
    ]
    page = editor_page
    page.set_viewport_size({"width": 1280, "height": 600})
    open_timeline(page, live_server, timeline)
    last = card(page, events[-1])
    last.scroll_into_view_if_needed()
    page.get_by_label("Select “Event 24”").check()
    page.locator("#bulk-form").get_by_role("button", name="Approve selected").click()
    alert = page.locator("#review-alert")
    expect(alert).to_contain_text("1 event approved")
    expect(alert).to_be_in_viewport()
    kept = [c for c in page.context.cookies() if c["name"] != "csrftoken"]
    page.context.clear_cookies()
    page.context.add_cookies(kept)
    card(page, events[-2]).get_by_role("button", name=re.compile("^Approve")).click()
    expect(alert).to_contain_text("too old to send that")
    expect(alert).to_be_in_viewport()


def test_ctrl_click_on_edit_opens_the_editor_in_a_new_tab(
    editor_page, live_server, timeline, event
):
    page = editor_page
    open_timeline(page, live_server, timeline)
    with page.context.expect_page() as opened:
        card(page, event).get_by_role("link", name="Edit").click(modifiers=["Control"])
    tab = opened.value
    tab.wait_for_load_state()
    assert f"/events/{event.pk}/edit/" in tab.url
    expect(tab.get_by_role("heading", level=1)).to_contain_text("Edit an event")
    expect(page.locator(f"form#event-{event.pk}")).to_have_count(0)  # no inline editor here

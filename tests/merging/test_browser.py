"""Every merge action through the page in Chromium, and the page's accessibility with a
suggestion cluster and the merge dialog open."""

import datetime
import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from tests.helpers import assert_no_full_reload, card, open_timeline, reload
from timeline.models import Event, MergeSuggestion
from timeline.services.merging import merge_events

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DAY = datetime.date(2016, 12, 30)
Status = Event.Status


@pytest.fixture
def reports(make_event):
    ceasefire = make_event(DAY, title="Turkey and Russia broker ceasefire")
    signed = make_event(DAY, title="Ceasefire deal signed")
    talks = make_event(datetime.date(2017, 1, 23), title="Talks open in Astana")
    return ceasefire, signed, talks


def test_select_press_m_choose_title_and_date_then_merge(
    editor_page, live_server, timeline, reports
):
    ceasefire, signed, talks = reports
    page = editor_page
    open_timeline(page, live_server, timeline)
    page.get_by_label("Select “Turkey and Russia broker ceasefire”").check()
    page.get_by_label("Select “Ceasefire deal signed”").check()
    page.locator("main").click(position={"x": 5, "y": 5})  # the focus leaves the checkbox
    page.keyboard.press("m")

    dialog = page.get_by_role("dialog", name="Merge 2 events")
    expect(dialog).to_be_visible()
    dialog.get_by_label("“Turkey and Russia broker ceasefire” stays").check()
    dialog.get_by_label("Ceasefire deal signed", exact=True).check()
    dialog.get_by_role("button", name="Merge").click()

    expect(dialog).to_be_hidden()
    expect(card(page, ceasefire)).to_contain_text("Ceasefire deal signed")
    expect(card(page, ceasefire)).to_contain_text("2 articles")
    expect(card(page, ceasefire)).to_be_focused()
    expect(card(page, signed)).to_contain_text("Merged into")
    expect(page.locator("#review-counts")).to_contain_text("2 proposed")
    expect(page.locator("#review-status")).to_have_text(
        "Merged 1 event into “Ceasefire deal signed”."
    )
    expect(page.locator("#bulk-form")).to_be_hidden()
    assert_no_full_reload(page)
    assert reload(signed).merged_into_id == ceasefire.pk
    assert reload(talks).status == Status.PROPOSED


def test_m_right_after_ticking_the_boxes_with_the_mouse_opens_the_merge_dialog(
    editor_page, live_server, timeline, reports
):
    page = editor_page
    open_timeline(page, live_server, timeline)
    page.get_by_label("Select “Turkey and Russia broker ceasefire”").click()
    page.get_by_label("Select “Ceasefire deal signed”").click()
    expect(page.get_by_label("Select “Ceasefire deal signed”")).to_be_focused()
    page.keyboard.press("m")  # a focused checkbox is not typing in a field
    expect(page.get_by_role("dialog", name="Merge 2 events")).to_be_visible()


def test_keys_work_on_a_focused_checkbox_but_not_in_a_text_field(
    editor_page, live_server, timeline, reports
):
    ceasefire, signed, _ = reports
    page = editor_page
    open_timeline(page, live_server, timeline)
    box = page.get_by_label("Select “Turkey and Russia broker ceasefire”")
    box.click()
    page.keyboard.press("x")  # on the focused box's card: unselects it
    expect(box).not_to_be_checked()
    page.keyboard.press("a")
    expect(card(page, ceasefire)).to_have_class(re.compile("status-approved"))
    search = page.get_by_label("Search title and summary")
    search.fill("")
    search.press("m")
    expect(search).to_have_value("m")
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert reload(signed).status == Status.PROPOSED


def test_type_a_new_title_for_the_merged_event(editor_page, live_server, timeline, reports):
    ceasefire, signed, _ = reports
    page = editor_page
    open_timeline(page, live_server, timeline)
    page.get_by_label("Select “Turkey and Russia broker ceasefire”").click()
    page.get_by_label("Select “Ceasefire deal signed”").click()
    page.keyboard.press("m")
    dialog = page.get_by_role("dialog", name="Merge 2 events")
    title = dialog.get_by_label("Or type a new title")
    title.fill("x" * 201)  # the box takes 200: a longer paste is cut, never refused unseen
    expect(title).to_have_value("x" * 200)
    title.fill("Russia and Turkey broker a nationwide truce")
    title.press("m")  # typing in the dialog's field is typing
    expect(title).to_have_value("Russia and Turkey broker a nationwide trucem")
    title.press("Backspace")
    dialog.get_by_role("button", name="Merge").click()
    expect(dialog).to_be_hidden()
    kept = card(page, ceasefire)
    expect(kept.locator(".card-title")).to_have_text("Russia and Turkey broker a nationwide truce")
    expect(card(page, signed)).to_contain_text("Merged into")
    assert reload(ceasefire).title == "Russia and Turkey broker a nationwide truce"


def test_a_refused_merge_keeps_the_dialog_open_with_the_reason(
    editor_page, live_server, timeline, reports, second_editor
):
    ceasefire, signed, _ = reports
    page = editor_page
    open_timeline(page, live_server, timeline)
    page.get_by_label("Select “Turkey and Russia broker ceasefire”").check()
    page.get_by_label("Select “Ceasefire deal signed”").check()
    page.get_by_role("button", name="Merge…").click()
    dialog = page.get_by_role("dialog", name="Merge 2 events")
    expect(dialog).to_be_visible()
    # Meanwhile another editor merges one of them elsewhere.
    merge_events(into=signed, others=[ceasefire], by=second_editor)
    dialog.get_by_role("button", name="Merge").click()
    expect(page.get_by_role("dialog")).to_contain_text("is already merged")
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("link", name="Cancel").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert_no_full_reload(page)


def test_accept_a_suggested_duplicate_from_its_cluster(
    editor_page, live_server, timeline, reports, make_suggestion
):
    ceasefire, signed, _ = reports
    make_suggestion(ceasefire, signed, score=0.91, reasons=["same day", "shared words: ceasefire"])
    page = editor_page
    open_timeline(page, live_server, timeline)
    cluster = card(page, ceasefire).get_by_role("region", name="Possible duplicate")
    expect(cluster).to_contain_text("Score 0.91: same day; shared words: ceasefire")
    cluster.get_by_role("button", name=re.compile("^Merge into this event")).click()
    expect(card(page, signed)).to_contain_text("Merged into")
    expect(card(page, ceasefire).locator(".duplicates")).to_have_count(0)
    expect(card(page, ceasefire)).to_be_focused()
    expect(page.locator("#review-counts")).to_contain_text("2 proposed")
    assert_no_full_reload(page)
    assert reload(signed).merged_into_id == ceasefire.pk


def test_dismiss_a_suggested_duplicate(
    editor_page, live_server, timeline, reports, make_suggestion
):
    ceasefire, signed, _ = reports
    suggestion = make_suggestion(ceasefire, signed)
    page = editor_page
    open_timeline(page, live_server, timeline)
    expect(page.locator(".duplicates")).to_have_count(2)
    card(page, signed).get_by_role("button", name=re.compile("^Not the same")).click()
    expect(page.locator(".duplicates")).to_have_count(0)
    expect(page.locator("#review-status")).to_contain_text("Marked as not the same")
    # the button went with the swap: a keyboard user is left on the card, not the page start
    expect(card(page, signed)).to_be_focused()
    assert_no_full_reload(page)
    suggestion.refresh_from_db()
    assert suggestion.status == MergeSuggestion.Status.DISMISSED


def test_edit_a_cluster_before_merging_it(
    editor_page, live_server, timeline, reports, make_suggestion
):
    ceasefire, signed, talks = reports
    make_suggestion(ceasefire, signed)
    page = editor_page
    open_timeline(page, live_server, timeline)
    card(page, ceasefire).get_by_role("link", name=re.compile("^Choose the title and date")).click()
    dialog = page.get_by_role("dialog", name="Merge 2 events")
    dialog.get_by_label("“Ceasefire deal signed” stays").check()
    dialog.get_by_role("button", name="Merge").click()
    expect(card(page, ceasefire)).to_contain_text("Merged into")
    assert reload(ceasefire).merged_into_id == signed.pk
    assert reload(talks).status == Status.PROPOSED


def test_an_event_corrected_to_the_day_shows_its_duplicates_at_once(
    editor_page, live_server, timeline, make_event
):
    title = "NATO launches air strikes on Tripoli"
    day = datetime.date(2011, 3, 19)
    same_day = [make_event(day, title=title, summary="NATO warplanes struck Tripoli.")]
    same_day.append(make_event(day, title=title, summary="NATO warplanes struck Tripoli."))
    misdated = make_event(
        datetime.date(2011, 5, 2), title=title, summary="NATO warplanes struck Tripoli."
    )
    page = editor_page
    open_timeline(page, live_server, timeline)
    expect(page.locator(".duplicates")).to_have_count(0)
    # An editor is open on one of the same-day reports, with a typed change unsaved.
    card(page, same_day[0]).get_by_role("link", name="Edit").click()
    typing = page.locator(f"form#event-{same_day[0].pk}").get_by_label("Title")
    typing.fill("NATO strikes Tripoli (checking)")

    card(page, misdated).get_by_role("link", name="Edit").click()
    form = page.locator(f"form#event-{misdated.pk}")
    form.get_by_label("Date", exact=True).fill("19 March 2011")
    form.get_by_role("button", name="Save").click()

    cluster = card(page, misdated).get_by_role("region", name="Possible duplicates")
    expect(cluster).to_contain_text("same day")
    expect(cluster.get_by_role("link", name=title)).to_have_count(2)
    # The other report's card shows the corrected event too; the open editor was left alone.
    expect(card(page, same_day[1]).locator(".duplicates")).to_contain_text("same day")
    expect(typing).to_have_value("NATO strikes Tripoli (checking)")
    assert_no_full_reload(page)


def test_unmerge_from_the_event_page(editor_page, live_server, timeline, reports, editor):
    ceasefire, signed, _ = reports
    merge_events(into=ceasefire, others=[signed], by=editor)
    page = editor_page
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/events/{ceasefire.pk}/")
    page.evaluate("window.reviewPageMark = true")
    expect(page.locator("#event-page")).to_contain_text("Merged into this one")
    page.get_by_role("button", name="Unmerge 1 event").click()
    expect(page.locator("#review-status")).to_contain_text("Unmerged “Ceasefire deal signed”")
    expect(page.locator("#event-page")).not_to_contain_text("Merged into this one")
    assert_no_full_reload(page)
    assert reload(signed).status == Status.PROPOSED


def test_unmerge_one_of_three_from_the_event_page(
    editor_page, live_server, timeline, reports, make_event, editor
):
    ceasefire, signed, _ = reports
    truce = make_event(DAY, title="Truce holds")
    merge_events(into=ceasefire, others=[signed, truce], by=editor)
    page = editor_page
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/events/{ceasefire.pk}/")
    expect(page.get_by_role("button", name="Unmerge all 2 events")).to_be_visible()
    page.get_by_role("button", name="Unmerge “Truce holds” only").click()
    expect(page.locator("#review-status")).to_contain_text("Unmerged “Truce holds”")
    expect(page.get_by_role("button", name="Unmerge 1 event")).to_be_visible()
    expect(page.locator("#event-sources")).not_to_contain_text("Source of Truce holds")
    assert reload(truce).merged_into_id is None
    assert reload(signed).merged_into_id == ceasefire.pk


def test_merge_and_unmerge_work_without_javascript(browser, live_server, timeline, reports, editor):
    ceasefire, signed, _ = reports
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
    page.get_by_label("Select “Turkey and Russia broker ceasefire”").check()
    page.get_by_label("Select “Ceasefire deal signed”").check()
    page.get_by_role("button", name="Merge…").click()
    expect(page.get_by_role("heading", name=re.compile("Merge events of"))).to_be_visible()
    assert "csrfmiddlewaretoken" not in page.url  # the selection travels, the token does not
    page.get_by_role("button", name="Merge").click()
    expect(page.locator(".messages")).to_contain_text("Merged 1 event into")
    assert reload(signed).merged_into_id == ceasefire.pk

    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/events/{ceasefire.pk}/")
    page.get_by_role("button", name="Unmerge 1 event").click()
    expect(page.locator(".messages")).to_contain_text("Unmerged")
    context.close()
    assert reload(signed).status == Status.PROPOSED


def test_merge_ui_has_no_serious_accessibility_violation(
    editor_page, live_server, timeline, reports, make_suggestion, editor
):
    from tests.a11y import serious_violations

    ceasefire, signed, _ = reports
    make_suggestion(ceasefire, signed, reasons=["same day", "shared words: ceasefire"])
    page = editor_page
    open_timeline(page, live_server, timeline)
    expect(page.locator(".duplicates").first).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Select “Talks open in Astana”").check()
    page.get_by_label("Select “Ceasefire deal signed”").check()
    page.get_by_role("button", name="Merge…").click()
    expect(page.get_by_role("dialog", name="Merge 2 events")).to_be_visible()
    assert serious_violations(page) == []
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/draft/")
    assert serious_violations(page) == []
    merge_events(into=ceasefire, others=[signed], by=editor)
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/events/{ceasefire.pk}/")
    assert serious_violations(page) == []

"""The public page in a real Chromium: what a reader sees, searches and reaches by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.a11y import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_sees_the_timeline_with_dates_sources_and_the_overview(
    live_server, browser_page, small_timeline
):
    page = browser_page
    page.goto(f"{live_server.url}/timelines/syria-astana/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Syria: the Astana process")
    ceasefire = page.locator(f"#event-{small_timeline.ceasefire.pk}")
    expect(ceasefire.get_by_role("heading")).to_have_text(
        "Turkey and Russia broker a nationwide ceasefire"
    )
    expect(ceasefire.locator("time").first).to_have_text("30 December 2016")
    expect(
        ceasefire.get_by_role("link", name="Turkey and Russia broker Syria ceasefire")
    ).to_be_visible()
    expect(page.locator(f"#event-{small_timeline.geneva.pk} .planned")).to_have_text("(planned)")
    expect(page.get_by_role("link", name="December 2016: 2 events")).to_be_visible()
    assert serious_violations(page) == []


def test_search_narrows_the_list_in_place_and_the_address_keeps_it(
    live_server, browser_page, small_timeline
):
    page = browser_page
    page.goto(f"{live_server.url}/timelines/syria-astana/")
    page.wait_for_load_state("load")  # htmx has wired the form
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_label("Search events").fill("geneva")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("status")).to_contain_text("1 event matches “geneva”.")
    expect(page.locator(".timeline-event")).to_have_count(1)
    expect(page).to_have_url(re.compile(r"\?q=geneva"))
    assert page.evaluate("window.stillTheSamePage") is True  # swapped, not reloaded
    # The same address, loaded afresh, shows the same results without any script.
    page.reload()
    expect(page.locator(".timeline-event")).to_have_count(1)
    assert serious_violations(page) == []


def test_a_keyboard_reader_reaches_a_month_from_the_overview(
    live_server, browser_page, small_timeline
):
    page = browser_page
    page.goto(f"{live_server.url}/timelines/syria-astana/")
    bar = page.get_by_role("link", name="January 2017: 1 event")
    bar.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#month-2017-01$"))


def test_event_permalink_page_is_accessible(live_server, browser_page, small_timeline):
    page = browser_page
    page.goto(f"{live_server.url}{small_timeline.ceasefire.get_absolute_url()}")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Turkey and Russia broker a nationwide ceasefire"
    )
    expect(page.get_by_role("heading", name="Sources")).to_be_visible()
    assert serious_violations(page) == []


def test_results_follow_the_search_box_as_the_reader_types(
    live_server, browser_page, small_timeline
):
    page = browser_page
    page.goto(f"{live_server.url}/timelines/syria-astana/")
    page.wait_for_load_state("load")
    page.get_by_label("Search events").fill("uprising")
    expect(page.get_by_role("status")).to_contain_text("1 event matches “uprising”.")
    page.get_by_label("Year", exact=True).select_option("2016")
    expect(page.get_by_role("status")).to_contain_text("0 events match “uprising” in 2016.")


@pytest.mark.parametrize("width", [320, 1920])
def test_a_long_unbroken_title_wraps_on_the_timeline_and_its_permalink(
    live_server, browser_page, small_timeline, width
):
    long_word = "https://example.org/" + "a" * 180
    event = small_timeline.ceasefire
    event.title, event.summary = long_word, long_word * 3
    event.save()
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    for address in ("/timelines/syria-astana/", f"/timelines/syria-astana/events/{event.pk}/"):
        page.goto(f"{live_server.url}{address}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width

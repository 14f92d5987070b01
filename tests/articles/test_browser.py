"""An editor uploads in a real browser, with a real worker reading what was saved."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from tests.a11y import serious_violations
from tests.articles import files
from tests.factories import EditorFactory

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_uploading_two_files_one_bad_shows_both_outcomes_and_the_state_goes_live(
    live_server, browser_page, timeline, celery_worker
):
    page = browser_page
    log_in(page, live_server, EditorFactory())
    page.goto(live_server.url + reverse("articles:article_list", args=[timeline.slug]))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Articles of {timeline.name}")

    page.get_by_label("Files").set_input_files(
        [
            {"name": "port.txt", "mimeType": "text/plain", "buffer": files.text_story().encode()},
            {"name": "photo.png", "mimeType": "image/png", "buffer": files.PNG},
        ]
    )
    expect(page.locator("[data-chosen] li")).to_have_count(2)
    page.get_by_role("button", name="Upload").click()

    outcomes = page.locator(".outcomes li")
    expect(outcomes).to_have_count(2)
    expect(outcomes.filter(has_text="port.txt")).to_contain_text(
        "imported as Rebels take the port town"
    )
    expect(outcomes.filter(has_text="photo.png")).to_contain_text(
        "rejected: “.png” is not a format we read"
    )
    # The worker reads the article; the row's pill follows without a reload.
    row = page.locator("#article-rows tr", has_text="Rebels take the port town")
    expect(row.locator(".pill")).to_have_text(re.compile(r"done, \d+ events?"), timeout=30_000)
    expect(page.locator("#article-rows")).not_to_have_attribute("hx-trigger", re.compile("."))
    assert serious_violations(page) == []

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

    page.get_by_label("Title").fill("Talks resume")
    page.get_by_label("Text").fill("GENEVA (AFP) – Talks resumed on Tuesday.")
    page.get_by_role("button", name="Save the text").click()
    expect(page.locator(".outcomes li")).to_have_count(1)
    expect(page.locator(".outcomes li")).to_contain_text("imported as Talks resume")
    # Saved: the box is emptied for the next text.
    expect(page.get_by_label("Text")).to_have_value("")


def test_the_article_page_highlights_mentions_and_sets_a_missing_date_in_place(
    live_server, browser_page, timeline
):
    from tests.factories import ArticleFactory, EventFactory, MentionFactory

    body = "Talks began on Monday.\n\nThe ceasefire was signed on December 30."
    article = ArticleFactory(
        timeline=timeline, body=body, published_on=None, published_on_origin=""
    )
    start = body.index("December 30")
    MentionFactory(
        event=EventFactory(timeline=timeline, title="Ceasefire signed"),
        article=article,
        sentence_start=body.index("The"),
        sentence_end=len(body),
        timex_start=start,
        timex_end=start + len("December 30"),
        timex_text="December 30",
    )
    page = browser_page
    log_in(page, live_server, EditorFactory())
    page.goto(
        live_server.url + reverse("articles:article_detail", args=[timeline.slug, article.pk])
    )
    expect(page.locator("mark.timex")).to_have_text("December 30")
    assert serious_violations(page) == []

    # A reload would clear this: it proves the form was swapped in place by htmx.
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_label("Published on").fill("2017-01-23")
    page.get_by_role("button", name="Set the date").click()
    expect(page.locator("#article-facts")).to_contain_text("23 January 2017")
    assert page.evaluate("window.stillTheSamePage === true")
    expect(page.get_by_role("button", name="Set the date")).to_have_count(0)
    expect(page.locator("#article-state .pill")).to_have_text("queued")

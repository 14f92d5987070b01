import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_logs_in_and_sees_the_timeline_page(live_server, browser_page, timeline):
    from tests.factories import EditorFactory

    EditorFactory(username="aridi")
    page = browser_page
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/")
    expect(page).to_have_url(
        f"{live_server.url}/accounts/login/?next=/editor/timelines/{timeline.slug}/"
    )
    page.get_by_label("Username").fill("aridi")
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(timeline.name)


def test_anonymous_visitor_is_sent_to_the_login_page(live_server, browser_page):
    browser_page.goto(f"{live_server.url}/editor/")
    expect(browser_page.get_by_role("heading", name="Editor login")).to_be_visible()


def test_login_page_has_no_serious_accessibility_violation(live_server, browser_page):
    from tests.a11y import serious_violations

    browser_page.goto(f"{live_server.url}/accounts/login/")
    assert serious_violations(browser_page) == []

"""Small helpers tests share (fixtures live in conftest.py)."""

from timeline.models import Event


def reload(event: Event) -> Event:
    """The event as the database has it now."""
    return Event.objects.get(pk=event.pk)


def open_timeline(page, live_server, timeline) -> None:
    """Open the editor timeline and mark the window: the mark survives htmx swaps and is gone
    after a full page load (see assert_no_full_reload)."""
    page.goto(f"{live_server.url}/editor/timelines/{timeline.slug}/")
    page.evaluate("window.reviewPageMark = true")


def assert_no_full_reload(page) -> None:
    assert page.evaluate("window.reviewPageMark === true")


def card(page, event):
    return page.locator(f"article#event-{event.pk}")

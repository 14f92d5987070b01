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


def reword_as(user, timeline, event: Event, title: str) -> Event:
    """A colleague saves a new title for ``event`` (the version the test read), through the
    review service, as their page would."""
    from timeline.services.review import event_edit

    return event_edit(
        timeline=timeline,
        event_id=event.pk,
        version=event.version,
        user=user,
        title=title,
        summary=event.summary,
        date=None,
        modality=event.modality,
    )

"""iCalendar (RFC 5545): each approved event as an all-day event covering its date range."""

import datetime as dt
from urllib.parse import urlsplit

import icalendar

from timeline.selectors.public import PublicEvent, PublicTimeline

CONTENT_TYPE = "text/calendar; charset=utf-8"
PRODUCT_ID = "-//Timelines//Timeline export 1//EN"


def _description(event: PublicEvent, *, base_url: str) -> str:
    lines = [event.display_date + (" (planned)" if event.is_planned else "")]
    if event.summary:
        lines += ["", event.summary]
    if event.sources:
        lines += ["", "Sources:" if len(event.sources) > 1 else "Source:"]
        lines += [
            f"- {source.citation} {source.url}".rstrip() if source.url else f"- {source.citation}"
            for source in event.sources
        ]
    lines += ["", base_url + event.path]
    return "\n".join(lines)


def calendar_event(event: PublicEvent, *, base_url: str) -> icalendar.Event:
    entry = icalendar.Event()
    entry.add("uid", f"event-{event.id}@{urlsplit(base_url).hostname}")
    # Without a METHOD, DTSTAMP is when the information was last revised (RFC 5545 3.8.7.2).
    entry.add("dtstamp", event.updated_at.astimezone(dt.UTC))
    entry.add("dtstart", event.date_start)
    # An all-day DTEND is exclusive: the day after the last day the event covers.
    entry.add("dtend", event.date_end + dt.timedelta(days=1))
    entry.add("summary", event.title)
    entry.add("description", _description(event, base_url=base_url))
    entry.add("url", base_url + event.path)
    entry.add("status", "TENTATIVE" if event.is_planned else "CONFIRMED")
    # Past news fills no one's diary: subscribers' free/busy time stays free.
    entry.add("transp", "TRANSPARENT")
    return entry


def build_ical(*, timeline: PublicTimeline, events: list[PublicEvent], base_url: str) -> str:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", timeline.name)
    if timeline.description:
        calendar.add("x-wr-caldesc", timeline.description)
    for event in events:
        calendar.add_component(calendar_event(event, base_url=base_url))
    return calendar.to_ical().decode("utf-8")

"""Knight Lab's TimelineJS 3 JSON, so a timeline can be embedded with their player.

Dates are TimelineJS date objects at the event's precision; a range (a week, a quarter, a
decade) gets an end_date; a date TimelineJS cannot word itself ("c. December 2016", "early
2011", "week of 16 January 2017", planned events) gets a display_date. Sources are credited in
a credit line of the slide text: TimelineJS shows media.credit only beside a media URL, and
a news article URL is no media it can display.
"""

import json

from django.utils.html import format_html, format_html_join

from timeline.models import Granularity
from timeline.selectors.public import PublicEvent, PublicTimeline, long_date

CONTENT_TYPE = "application/json"

# The finest field of a TimelineJS date object that the granularity fills.
_PRECISION = {
    Granularity.DAY: "day",
    Granularity.WEEK: "day",
    Granularity.MONTH: "month",
    Granularity.QUARTER: "month",
    Granularity.SEASON: "month",
}
# Granularities whose date TimelineJS words correctly from the date object alone.
_SELF_WORDED = (Granularity.DAY, Granularity.MONTH, Granularity.YEAR)


def _date_object(day, precision: str) -> dict:
    date = {"year": day.year}
    if precision in ("month", "day"):
        date["month"] = day.month
    if precision == "day":
        date["day"] = day.day
    return date


def _credit(event: PublicEvent) -> str:
    if not event.sources:
        return ""
    cited = format_html_join(
        "; ",
        "{}",
        (
            (
                format_html(
                    '<a href="{}">{}</a>{}',
                    source.url,
                    source.title,
                    _outlet_and_day(source),
                )
                if source.url
                else format_html("{}{}", source.title, _outlet_and_day(source)),
            )
            for source in event.sources
        ),
    )
    label = "Source" if len(event.sources) == 1 else "Sources"
    return format_html('<p class="tl-credit">{}: {}</p>', label, cited)


def _outlet_and_day(source) -> str:
    details = [source.outlet, long_date(source.published_on) if source.published_on else ""]
    details = [detail for detail in details if detail]
    return f" ({', '.join(details)})" if details else ""


def slide(event: PublicEvent, *, base_url: str) -> dict:
    precision = _PRECISION.get(event.granularity, "year")
    start = _date_object(event.date_start, precision)
    end = _date_object(event.date_end, precision)
    text = format_html("<p>{}</p>", event.summary) if event.summary else ""
    text += _credit(event)
    text += format_html('<p><a href="{}">Permalink</a></p>', base_url + event.path)
    result = {"unique_id": f"event-{event.id}", "start_date": start}
    if end != start:
        result["end_date"] = end
    needs_wording = (
        event.is_approximate
        or event.date_mod
        or event.is_planned
        or event.granularity not in _SELF_WORDED
    )
    if needs_wording:
        display = event.display_date
        result["display_date"] = f"{display} (planned)" if event.is_planned else display
    result["text"] = {"headline": str(format_html("{}", event.title)), "text": str(text)}
    return result


def build_timelinejs(*, timeline: PublicTimeline, events: list[PublicEvent], base_url: str) -> str:
    document = {
        "title": {
            "text": {
                "headline": str(format_html("{}", timeline.name)),
                "text": str(format_html("<p>{}</p>", timeline.description))
                if timeline.description
                else "",
            }
        },
        "events": [slide(event, base_url=base_url) for event in events],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

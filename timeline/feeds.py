"""The Atom feed of a public timeline's newly approved events (django.contrib.syndication)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join

from timeline.selectors.public import (
    PublicEvent,
    PublicTimeline,
    public_timeline_get,
    recently_approved_events,
)

FEED_LENGTH = 50


class TimelineFeed(Feed):
    feed_type = Atom1Feed
    author_name = "Timelines"

    def get_object(self, request, slug: str) -> PublicTimeline:
        # The view has usually loaded it already, for the ETag.
        timeline = getattr(request, "_public_timeline", None) or public_timeline_get(slug=slug)
        if timeline is None:
            raise Http404("No public timeline here.")
        return timeline

    def title(self, timeline: PublicTimeline) -> str:
        return f"{timeline.name}: newly approved events"

    def subtitle(self, timeline: PublicTimeline) -> str:
        return timeline.description

    def link(self, timeline: PublicTimeline) -> str:
        return timeline.path

    def items(self, timeline: PublicTimeline) -> list[PublicEvent]:
        return recently_approved_events(timeline=timeline, limit=FEED_LENGTH)

    def item_title(self, event: PublicEvent) -> str:
        # Atom titles are text: the feed generator escapes them, so no escaping here.
        planned = " (planned)" if event.is_planned else ""
        return f"{event.display_date}{planned}: {event.title}"

    def item_description(self, event: PublicEvent) -> str:
        html = format_html(
            "<p>{}{}</p>", event.display_date, " (planned)" if event.is_planned else ""
        )
        if event.summary:
            html += format_html("<p>{}</p>", event.summary)
        if event.sources:
            html += format_html(
                "<p>{}:</p><ul>{}</ul>",
                "Sources" if len(event.sources) > 1 else "Source",
                format_html_join(
                    "",
                    "<li>{}</li>",
                    (
                        (
                            format_html('<a href="{}">{}</a>', source.url, source.citation)
                            if source.url
                            else source.citation,
                        )
                        for source in event.sources
                    ),
                ),
            )
        return str(html)

    def item_link(self, event: PublicEvent) -> str:
        return event.path

    def item_pubdate(self, event: PublicEvent):
        return event.approved_at or event.updated_at

    def item_updateddate(self, event: PublicEvent):
        return event.updated_at

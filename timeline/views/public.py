"""Pages and exports readers see: public timelines and their approved events only.

Every response is conditional (ETag, and Last-Modified for exports) on the timeline's
content version, read in two cheap queries; the expensive parts (the event list, the
exports) are cached under that version, so approving, editing or merging an event, which
saves it and moves the version, invalidates them without any explicit purge.

Views take GET and HEAD (`require_safe`): link checkers and feed readers ask with HEAD.
"""

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.core.cache import cache, caches
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.safestring import mark_safe
from django.views.decorators.http import condition, require_safe

from timeline.exports.csv_export import CONTENT_TYPE as CSV_TYPE
from timeline.exports.csv_export import build_csv
from timeline.exports.ical import CONTENT_TYPE as ICAL_TYPE
from timeline.exports.ical import build_ical
from timeline.exports.json_export import CONTENT_TYPE as JSON_TYPE
from timeline.exports.json_export import build_json
from timeline.exports.timelinejs import build_timelinejs
from timeline.feeds import TimelineFeed
from timeline.forms import is_number
from timeline.roles import is_editor
from timeline.selectors.public import (
    Overview,
    PublicTimeline,
    merged_event_successor,
    public_event_count,
    public_event_get,
    public_events,
    public_timeline_cards,
    public_timeline_get,
    timeline_overview,
)

# Bump when the markup of a cached fragment or export changes, so a deploy never serves
# fragments rendered by the previous templates from a shared (Redis) cache.
CACHE_GENERATION = "2"
CACHE_SECONDS = 24 * 60 * 60
# Up to this many events a timeline is one page; past it, a year at a time.
WHOLE_TIMELINE_LIMIT = 500
SEARCH_LIMIT = 200
QUERY_MAX_LENGTH = 200
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
TEMPLATE = "timeline/public/timeline_detail.html"


def _timeline(request, slug: str) -> PublicTimeline:
    """The public timeline with its version, read once per request (ETag, then the view)."""
    loaded = getattr(request, "_public_timeline", None)
    if loaded is None or loaded.slug != slug:
        loaded = public_timeline_get(slug=slug)
        if loaded is None:
            raise Http404("No public timeline here.")
        request._public_timeline = loaded
    return loaded


def _partial_request(request) -> bool:
    # A history restore asks for the whole page, not the swapped piece.
    return bool(request.htmx) and not request.htmx.history_restore_request


def _page_etag(request, slug: str, **kwargs) -> str:
    """The version, and everything besides it that changes the HTML for this visitor.

    A signed-in visitor's header names them and carries their CSRF token (base.html), so
    their tag varies with both: a reader who logs in never gets an anonymous page back as
    "not modified". Anonymous readers all get the same page.
    """
    timeline = _timeline(request, slug)
    user = request.user
    if user.is_authenticated:
        # The secret the page's token is made from: created now on a first visit (and then
        # set as the cookie), so the second visit already matches.
        get_token(request)
        viewer = f"user:{user.pk}:{is_editor(user)}:{request.META.get('CSRF_COOKIE', '')}"
    else:
        viewer = "anonymous"
    parts = (
        CACHE_GENERATION,
        timeline.version,
        viewer,
        "partial" if _partial_request(request) else "page",
    )
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def _export_etag(request, slug: str) -> str:
    return f"{CACHE_GENERATION}-{_timeline(request, slug).version}"


def _last_modified(request, slug: str) -> dt.datetime:
    return _timeline(request, slug).last_modified


def _cached(key: str, build: Callable):
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_SECONDS)
    return value


def _revalidate(response: HttpResponse, request) -> HttpResponse:
    """The browser keeps the page but asks every time; a 304 makes asking cheap.

    A signed-in visitor's page carries their CSRF token (base.html), which no shared cache
    may hand to someone else: private. Anonymous pages and the exports carry nothing
    personal and may be kept by shared caches (Vary: Cookie keeps the two apart).
    """
    signed_in = request.user.is_authenticated
    patch_cache_control(
        response, no_cache=True, **({"private": True} if signed_in else {"public": True})
    )
    return response


@require_safe
def timeline_list(request):
    context = {
        "timelines": public_timeline_cards(),
        "canonical_url": request.build_absolute_uri(request.path),
    }
    response = render(request, "timeline/public/timeline_list.html", context)
    return _revalidate(response, request)


@dataclass(frozen=True)
class Listing:
    """Which approved events the timeline page lists, and why."""

    year: int | None
    query: str
    chosen_year: bool  # the reader asked for this year, rather than getting the default
    notice: str = ""

    @property
    def whole_timeline(self) -> bool:
        return self.year is None and not self.query


def _listing(params, overview: Overview) -> Listing:
    # (control characters are no search: PostgreSQL refuses a NUL in a query outright)
    query = " ".join(_CONTROLS.sub(" ", params.get("q", "")).split())[:QUERY_MAX_LENGTH]
    raw_year = params.get("year", "").strip()
    notice = ""
    year = None
    if raw_year:
        if is_number(raw_year) and int(raw_year) in overview.years:
            year = int(raw_year)
        else:
            notice = f"No approved events in “{raw_year[:12]}”"
    chosen = year is not None
    if year is None and not query and overview.total > WHOLE_TIMELINE_LIMIT:
        # Too many for one page: the year the timeline is most about (the latest of equals),
        # not a year of a few plans or of background
        year = max(overview.years, key=lambda known: (overview.years[known], known))
    if notice:
        notice += (
            f": showing {year} instead." if year is not None else ": showing every year instead."
        )
    return Listing(year=year, query=query, chosen_year=chosen, notice=notice)


def _events_html(timeline: PublicTimeline, stamp: str, listing: Listing) -> str:
    """The listed events as HTML; a plain listing (no search) is cached under the version."""
    if listing.query:
        events = public_events(
            timeline=timeline, year=listing.year, query=listing.query, limit=SEARCH_LIMIT
        )
        return render_to_string(f"{TEMPLATE}#listing", {"events": events}).strip()
    return _cached(
        f"{stamp}:listing:{listing.year or 'all'}",
        lambda: render_to_string(
            f"{TEMPLATE}#listing",
            {"events": public_events(timeline=timeline, year=listing.year)},
        ).strip(),
    )


def _chart_html(stamp: str, overview: Overview, *, in_page: bool) -> str:
    return _cached(
        f"{stamp}:chart:{in_page}",
        lambda: render_to_string(
            f"{TEMPLATE}#chart", {"overview": overview, "in_page": in_page}
        ).strip(),
    )


@require_safe
@condition(etag_func=_page_etag)
def timeline_detail(request, slug: str):
    timeline = _timeline(request, slug)
    stamp = f"public:{CACHE_GENERATION}:{timeline.id}:{timeline.version}"
    overview = _cached(f"{stamp}:overview", lambda: timeline_overview(timeline=timeline))
    listing = _listing(request.GET, overview)
    if _whole_page_cacheable(request, listing):
        # Anonymous readers of a plain listing all get the same bytes: serve them whole.
        key = f"{stamp}:page:{listing.year}:{listing.chosen_year}:{request.get_host()}"
        content = caches["process"].get(key)
        if content is None:
            content = _cached(
                key, lambda: _timeline_page(request, timeline, stamp, overview, listing).content
            )
            caches["process"].set(key, content, CACHE_SECONDS)
        response = HttpResponse(content)
    else:
        response = _timeline_page(request, timeline, stamp, overview, listing)
    patch_vary_headers(response, ["HX-Request"])
    return _revalidate(response, request)


def _whole_page_cacheable(request, listing: Listing) -> bool:
    return (
        not request.user.is_authenticated
        and not _partial_request(request)
        and not listing.query
        and not listing.notice
        # A pending message ("You are logged out") is for this visitor's eyes only.
        and not len(messages.get_messages(request))
    )


def _year_words(overview: Overview, year: int | None) -> str:
    """How the listing's sentence names the chosen year: "2011", or "the 1970s"."""
    if not year:
        return ""
    label = overview.year_label(year)
    return label if label == str(year) else f"the {label}"


def _timeline_page(
    request, timeline: PublicTimeline, stamp: str, overview: Overview, listing: Listing
) -> HttpResponse:
    if listing.query:
        matches = public_event_count(timeline=timeline, year=listing.year, query=listing.query)
    else:
        matches = overview.years[listing.year] if listing.year else overview.total
    context = {
        "timeline": timeline,
        "overview": overview,
        "listing": listing,
        "matches": matches,
        # "the 1970s" when that year holds only events of the decade it starts
        "year_label": _year_words(overview, listing.year),
        "search_limit": SEARCH_LIMIT,
        "whole_timeline_limit": WHOLE_TIMELINE_LIMIT,
        "canonical_url": request.build_absolute_uri(
            timeline.path + (f"?year={listing.year}" if listing.chosen_year else "")
        ),
    }
    # The HTML pieces come from our own templates (escaped there), kept as HTML in the cache.
    if _partial_request(request):
        context["events_html"] = mark_safe(_events_html(timeline, stamp, listing))  # noqa: S308
        return render(request, f"{TEMPLATE}#htmx-results", context)

    def body() -> str:
        context["events_html"] = mark_safe(_events_html(timeline, stamp, listing))  # noqa: S308
        context["chart_html"] = mark_safe(  # noqa: S308
            _chart_html(stamp, overview, in_page=listing.whole_timeline)
        )
        return render_to_string(f"{TEMPLATE}#body", context)

    # Below the site header the page is the same for every visitor: a plain listing
    # (no search, no notice) is cached whole, so a request renders little but the header.
    if listing.query or listing.notice:
        body_html = body()
    else:
        body_html = _cached(f"{stamp}:body:{listing.year}:{listing.chosen_year}", body)
    context["body_html"] = mark_safe(body_html)  # noqa: S308
    return render(request, TEMPLATE, context)


@require_safe
@condition(etag_func=_page_etag)
def event_detail(request, slug: str, event_id: int):
    timeline = _timeline(request, slug)
    event = public_event_get(timeline=timeline, event_id=event_id)
    if event is None:
        successor = merged_event_successor(timeline=timeline, event_id=event_id)
        if successor is None:
            raise Http404("No approved event here.")
        # Temporary (302): an editor can undo a merge, and browsers keep a 301 for good.
        return HttpResponseRedirect(successor)
    context = {
        "timeline": timeline,
        "event": event,
        "canonical_url": request.build_absolute_uri(event.path),
    }
    return _revalidate(render(request, "timeline/public/event_detail.html", context), request)


def _export_view(*, kind: str, build: Callable, content_type: str, suffix: str, attachment=False):
    @require_safe
    @condition(etag_func=_export_etag, last_modified_func=_last_modified)
    def view(request, slug: str):
        timeline = _timeline(request, slug)
        base_url = f"{request.scheme}://{request.get_host()}"
        body = _cached(
            f"public:{CACHE_GENERATION}:{timeline.id}:{timeline.version}:{kind}:{base_url}",
            lambda: build(
                timeline=timeline, events=public_events(timeline=timeline), base_url=base_url
            ),
        )
        response = HttpResponse(body, content_type=content_type)
        disposition = "attachment" if attachment else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{timeline.slug}{suffix}"'
        # Public data, no credentials: pages elsewhere (a TimelineJS embed) may fetch it.
        response["Access-Control-Allow-Origin"] = "*"
        patch_cache_control(response, public=True, no_cache=True)
        return response

    view.__name__ = f"export_{kind}"
    return view


export_json = _export_view(kind="json", build=build_json, content_type=JSON_TYPE, suffix=".json")
export_timelinejs = _export_view(
    kind="timelinejs", build=build_timelinejs, content_type=JSON_TYPE, suffix=".timelinejs.json"
)
export_csv = _export_view(
    kind="csv", build=build_csv, content_type=CSV_TYPE, suffix=".csv", attachment=True
)
export_ical = _export_view(kind="ical", build=build_ical, content_type=ICAL_TYPE, suffix=".ics")
timeline_feed = TimelineFeed()


@require_safe
@condition(etag_func=_export_etag, last_modified_func=_last_modified)
def feed(request, slug: str):
    response = timeline_feed(request, slug=slug)
    # The framework stamps the newest entry; the timeline's own stamp (which also moves
    # when an event is withdrawn) is the one conditional requests are checked against.
    del response["Last-Modified"]
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, no_cache=True)
    return response

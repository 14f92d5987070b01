"""Pages editors work in: their timelines, the events under review, one event and its history.

Every action is a plain form POST that redirects back when JavaScript is off; with htmx the
same view answers with only what changed (the card, the counts out of band, a sentence for
the live region). Which piece a request wants is read from its hx-target.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseStopPolling

from articles.models import Article
from articles.services import ArticleBusy, article_requeue
from timeline.dateinput import DateInputError, parse_date_input
from timeline.forms import (
    BulkActionForm,
    EventEditForm,
    ReviewFilterForm,
    TimelineCreateForm,
    is_number,
    page_number,
    stored_typed_date,
)
from timeline.models import Event, Timeline
from timeline.navigation import return_url
from timeline.roles import editor_required
from timeline.selectors import review as selectors
from timeline.selectors.merging import suggestion_partners
from timeline.services import review as services
from timeline.services.timelines import timeline_create as create_timeline

TIMELINE_TEMPLATE = "timeline/review/timeline.html"
EVENT_TEMPLATE = "timeline/review/event_detail.html"
EDIT_TEMPLATE = "timeline/review/event_edit.html"
EVENT_PAGE_TARGET = "event-page"
EVENT_SOURCES_TARGET = "event-sources"
POLL_SECONDS = 2


def _timeline(slug: str) -> Timeline:
    return get_object_or_404(Timeline, slug=slug)


def _page_url(request: HttpRequest) -> str:
    """The page the editor is on: where a form without JavaScript comes back to."""
    if request.htmx and request.htmx.current_url_abs_path:
        return request.htmx.current_url_abs_path
    if request.method == "POST":
        return return_url(request, request.path)
    return request.get_full_path()


def _int_param(raw: str | None) -> int | None:
    if raw is None or not is_number(raw) or len(raw) > 18:
        return None
    return int(raw)


# The timeline ---------------------------------------------------------------------------


@require_GET
@editor_required
def timeline_list(request):
    return render(
        request,
        "timeline/review/timeline_list.html",
        {"timelines": selectors.timelines_with_counts()},
    )


@require_http_methods(["GET", "POST"])
@editor_required
def timeline_create(request):
    """A new timeline, then its articles page to upload to."""
    template = "timeline/review/timeline_create.html"
    if not request.user.has_perm("timeline.add_timeline"):
        return render(request, template, {"not_allowed": True}, status=403)
    if request.method == "GET":
        return render(request, template, {"form": TimelineCreateForm()})
    form = TimelineCreateForm(request.POST)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=422)
    timeline = create_timeline(**form.cleaned_data, by=request.user)
    messages.success(
        request,
        f"Created “{timeline.name}” ({'public' if timeline.is_public else 'not public'}, "
        f"at /timelines/{timeline.slug}/): add its articles.",
    )
    return redirect("articles:article_list", slug=timeline.slug)


@require_GET
@editor_required
def timeline_review(request, slug: str):
    """The timeline under review: filters, counts, a page of event cards, live updates."""
    timeline = _timeline(slug)
    articles = list(selectors.filter_articles(timeline=timeline))
    form = ReviewFilterForm(request.GET or None, articles=articles)
    filters = selectors.ReviewFilters()
    if form.is_bound:
        form.is_valid()
        filters = form.filters()  # the valid fields apply; the others are reported
    number, page_notice = page_number(request.GET.get("page"))
    page = selectors.review_page(timeline=timeline, filters=filters, page_number=number)
    notices = form.error_messages() if form.is_bound else []
    if page_notice:
        notices.append(page_notice)
    if page.requested_number:
        notices.append(
            f"There is no page {page.requested_number}: "
            f"{page.pages} page{'s' if page.pages != 1 else ''} of events match. "
            "Showing the last one."
        )
    being_read = sum(article.extraction_state in selectors.WAITING_STATES for article in articles)
    context = {
        "timeline": timeline,
        "form": form,
        "filters": filters,
        "page": page,
        "counts": page.counts,
        "notices": notices,
        "being_read": being_read,
        "latest_event_id": selectors.latest_event_id(timeline=timeline) if being_read else 0,
        "filtered_article": next((a for a in articles if a.pk == filters.article_id), None),
        "return_url": _page_url(request),
        "poll_seconds": POLL_SECONDS,
    }
    if request.htmx and request.htmx.target and request.htmx.target.startswith("more-events"):
        return render(request, f"{TIMELINE_TEMPLATE}#page_chunk", context)
    if request.htmx and request.htmx.target == "review-results":
        return render(request, f"{TIMELINE_TEMPLATE}#results_response", context)
    return render(request, TIMELINE_TEMPLATE, context)


@require_GET
@editor_required
def timeline_live(request, slug: str):
    """Polled while articles are being read: new events, fresh counts; stops when all is read."""
    timeline = _timeline(slug)
    after = _int_param(request.GET.get("after")) or 0
    # Count first, then fetch: an article finishing in between is caught by the next poll.
    being_read = selectors.articles_being_read(timeline=timeline)
    new = selectors.new_events(timeline=timeline, after_id=after)
    context = {
        "timeline": timeline,
        "new_events": new,
        "being_read": being_read,
        "latest_event_id": new[-1].pk if new else after,
        "counts": selectors.review_counts(timeline=timeline),
        "oob": True,
        "return_url": _page_url(request),
        "poll_seconds": POLL_SECONDS,
        "announcement": _new_events_sentence(len(new), being_read),
    }
    still_running = being_read or len(new) >= selectors.PER_PAGE
    response = render(request, f"{TIMELINE_TEMPLATE}#live_response", context)
    if still_running:
        return response
    return HttpResponseStopPolling(response.content)


def _new_events_sentence(count: int, being_read: int) -> str:
    if not count:
        return "" if being_read else "Every article has been read."
    found = f"{count} new event{'s' if count != 1 else ''} found"
    return found + ("." if being_read else "; every article has been read.")


@require_POST
@editor_required
def events_bulk(request, slug: str):
    """Approve or reject the selected events, or take them to the merge page."""
    timeline = _timeline(slug)
    default = reverse("review:timeline", args=[timeline.slug])
    if request.POST.get("action") == "merge":
        # Without JavaScript, Merge… posts the selection here; the merge page is then a GET
        # of the selected ids alone, never of the form's CSRF token.
        query = {"event_ids": request.POST.getlist("event_ids")}
        if request.POST.get("next"):
            query["next"] = request.POST["next"]
        merge_url = reverse("review:events_merge", args=[timeline.slug])
        return redirect(f"{merge_url}?{urlencode(query, doseq=True)}")
    form = BulkActionForm(request.POST)
    if not form.is_valid():
        message = " ".join(form.non_field_errors()) or "Choose Approve or Reject."
        return _refusal(request, timeline, message, default=default, status=422)
    status = (
        Event.Status.APPROVED
        if form.cleaned_data["action"] == "approve"
        else (Event.Status.REJECTED)
    )
    try:
        result = services.events_set_status(
            timeline=timeline,
            event_ids=form.cleaned_data["event_ids"],
            status=status,
            user=request.user,
            versions=form.cleaned_data["versions"],
        )
    except services.ReviewRefused as refusal:
        return _refusal(request, timeline, refusal.message, default=default, status=409)
    message = _bulk_sentence(result, status)
    if not request.htmx:
        messages.success(request, message)
        return redirect(return_url(request, default))
    cards = selectors.event_cards(
        timeline=timeline, event_ids=[event.pk for event in result.changed + result.unchanged]
    )
    return render(
        request,
        f"{TIMELINE_TEMPLATE}#bulk_response",
        {
            "timeline": timeline,
            "cards": cards,
            "counts": selectors.review_counts(timeline=timeline),
            "oob": True,
            "announcement": message,
            "return_url": _page_url(request),
        },
    )


def _bulk_sentence(result: services.BulkResult, status: str) -> str:
    verb = "approved" if status == Event.Status.APPROVED else "rejected"
    parts = [f"{len(result.changed)} event{'s' if len(result.changed) != 1 else ''} {verb}."]
    if result.unchanged:
        parts.append(f"{len(result.unchanged)} already were.")
    if result.refused:
        parts.append(f"{len(result.refused)} merged into others, left alone.")
    if result.missing:
        parts.append(f"{len(result.missing)} no longer exist.")
    return " ".join(parts)


# One event's actions ---------------------------------------------------------------------


def _refusal(
    request: HttpRequest,
    timeline: Timeline,
    message: str,
    *,
    default: str,
    status: int,
    event: Event | None = None,
) -> HttpResponse:
    """Say no clearly: on the card or the event page with htmx, as a message without."""
    if not request.htmx:
        messages.error(request, message)
        url = return_url(request, default)
        return redirect(f"{url}#event-{event.pk}" if event is not None else url)
    if event is not None:
        return _event_changed(request, timeline, event.pk, notice=message, status=status)
    return render(
        request,
        f"{TIMELINE_TEMPLATE}#announce",
        {"announcement": message, "oob": True},
        status=status,
    )


def _event_changed(
    request: HttpRequest,
    timeline: Timeline,
    event_id: int,
    *,
    announcement: str = "",
    notice: str = "",
    status: int = 200,
    also: set[int] = frozenset(),
) -> HttpResponse:
    """The htmx answer to an action: the event page's panel or the card, with fresh counts
    (and, out of band, the cards of the events in ``also``: those whose suggested
    duplicates the action changed)."""
    context = {
        "timeline": timeline,
        "counts": selectors.review_counts(timeline=timeline),
        "oob": True,
        "announcement": announcement or notice,
        "notice": notice,
        "return_url": _page_url(request),
    }
    if request.htmx.target == EVENT_PAGE_TARGET:
        event = selectors.event_for_page(timeline=timeline, event_id=event_id)
        context.update(event=event, history=selectors.event_history(event))
        return render(request, f"{EVENT_TEMPLATE}#panel_response", context, status=status)
    context["event"] = selectors.event_card(timeline=timeline, event_id=event_id)
    others = sorted(set(also) - {event_id})
    context["others"] = selectors.event_cards(timeline=timeline, event_ids=others) if others else []
    return render(request, f"{TIMELINE_TEMPLATE}#card_response", context, status=status)


def _status_action(request, slug: str, event_id: int, status: str, done: str):
    timeline = _timeline(slug)
    default = reverse("review:timeline", args=[timeline.slug])
    raw_version = request.POST.get("version")
    version = _int_param(raw_version)
    if raw_version and version is None:
        # A version that cannot be read must not skip the stale-version check.
        return _refusal(
            request,
            timeline,
            "The form lost its version: reload the page.",
            default=default,
            status=422,
        )
    try:
        event = services.event_set_status(
            timeline=timeline, event_id=event_id, status=status, user=request.user, version=version
        )
    except Event.DoesNotExist as missing:
        raise Http404("No such event on this timeline.") from missing
    except services.ReviewRefused as refusal:
        return _refusal(
            request, timeline, refusal.message, default=default, status=409, event=refusal.event
        )
    announcement = f"{done} “{event.title}”."
    if not request.htmx:
        messages.success(request, announcement)
        return redirect(f"{return_url(request, default)}#event-{event.pk}")
    return _event_changed(request, timeline, event.pk, announcement=announcement)


@require_POST
@editor_required
def event_approve(request, slug: str, event_id: int):
    return _status_action(request, slug, event_id, Event.Status.APPROVED, "Approved")


@require_POST
@editor_required
def event_reject(request, slug: str, event_id: int):
    return _status_action(request, slug, event_id, Event.Status.REJECTED, "Rejected")


@require_POST
@editor_required
def event_restore(request, slug: str, event_id: int):
    return _status_action(request, slug, event_id, Event.Status.PROPOSED, "Restored to proposed")


@require_GET
@editor_required
def event_card(request, slug: str, event_id: int):
    """One card, as the timeline shows it (Cancel in the editor brings it back)."""
    timeline = _timeline(slug)
    try:
        event = selectors.event_card(timeline=timeline, event_id=event_id)
    except Event.DoesNotExist as missing:
        raise Http404("No such event on this timeline.") from missing
    if not request.htmx:
        return redirect(f"{reverse('review:timeline', args=[timeline.slug])}#event-{event.pk}")
    return render(
        request,
        f"{TIMELINE_TEMPLATE}#card",
        {"timeline": timeline, "event": event, "return_url": _page_url(request)},
    )


@require_http_methods(["GET", "POST"])
@editor_required
def event_edit(request, slug: str, event_id: int):
    """The editor for title, summary and date: in place of the card, or a page of its own."""
    timeline = _timeline(slug)
    event = get_object_or_404(Event, timeline=timeline, pk=event_id)
    default = reverse("review:timeline", args=[timeline.slug])
    back = return_url(request, default)
    context = {"timeline": timeline, "event": event, "return_url": back}
    if request.method == "GET":
        context["form"] = _edit_form(timeline, event)
        context["preview"] = stored_typed_date(event, approximate=event.is_approximate)
        return _render_edit(request, context)

    form = _edit_form(timeline, event, data=request.POST)
    context["form"] = form
    if not form.is_valid():
        return _render_edit(request, context, status=422)
    if "preview" in request.POST:
        context["preview"] = form.typed_date
        return _render_edit(request, context)
    data = form.cleaned_data
    # A new date or wording suggests the event's duplicates again (on commit): the cards of
    # the events it was and is now suggested with change too.
    partners = suggestion_partners(event_ids={event.pk})
    try:
        saved = services.event_edit(
            timeline=timeline,
            event_id=event.pk,
            version=data["version"],
            user=request.user,
            title=data["title"],
            summary=data["summary"],
            date=form.typed_date,
            modality=data["modality"],
        )
    except services.StaleVersion as conflict:
        current = conflict.current
        # The editor's values stay in the form, now carrying the current version: saving
        # again overwrites knowingly, after seeing both side by side.
        mine = request.POST.copy()
        mine["version"] = str(current.version)
        context.update(
            event=current,
            form=_edit_form(timeline, current, data=mine),
            conflict=conflict,
            mine=data,
            mine_date=form.typed_date,
            # The form does not edit the status: the one the editor saw, kept by the save.
            seen_status=selectors.status_at_version(current, conflict.read_version),
        )
        context["form"].is_valid()
        return _render_edit(request, context, status=409)
    except services.ReviewRefused as refusal:
        refused = refusal.event
        if refused is not None and refused.status == Event.Status.MERGED:
            # Merged meanwhile: the form says so with a link to the event it joined.
            context["merged_into"] = refused.merged_into
        else:
            form.add_error(None, refusal.message)
        return _render_edit(request, context, status=409)

    announcement = f"Saved “{saved.title}”."
    if not request.htmx:
        messages.success(request, announcement)
        return redirect(f"{back}#event-{saved.pk}")
    partners |= suggestion_partners(event_ids={saved.pk})
    return _event_changed(request, timeline, saved.pk, announcement=announcement, also=partners)


def _edit_form(timeline: Timeline, event: Event, data=None) -> EventEditForm:
    return EventEditForm(
        data,
        event=event,
        auto_id=f"event-{event.pk}-%s",
        preview_url=reverse("review:date_preview", args=[timeline.slug]),
    )


def _render_edit(request, context: dict, status: int = 200) -> HttpResponse:
    if request.htmx:
        return render(request, f"{EDIT_TEMPLATE}#edit_form", context, status=status)
    return render(request, EDIT_TEMPLATE, {**context, "standalone": True}, status=status)


@require_GET
@editor_required
def date_preview(request, slug: str):
    """How a typed date will read, or why it cannot be read: the editor's live preview."""
    _timeline(slug)
    context = {"preview_id": request.GET.get("preview_id", "date-preview")}
    try:
        context["preview"] = parse_date_input(
            request.GET.get("date_text", ""),
            granularity=request.GET.get("granularity", ""),
            approximate=request.GET.get("is_approximate") in ("on", "true", "1"),
        )
    except DateInputError as error:
        context["preview_error"] = error.message
    return render(request, f"{EDIT_TEMPLATE}#date_preview", context)


# One event's page ------------------------------------------------------------------------


@require_GET
@editor_required
def event_detail(request, slug: str, event_id: int):
    """An event's fields, every mention, its sources and its change history."""
    timeline = _timeline(slug)
    polling_sources = bool(request.htmx and request.htmx.target == EVENT_SOURCES_TARGET)
    try:
        event = selectors.event_for_page(timeline=timeline, event_id=event_id)
    except Event.DoesNotExist as missing:
        if polling_sources:
            # Reading its article again dropped an event no editor had touched.
            return HttpResponseStopPolling(
                render(request, f"{EVENT_TEMPLATE}#sources_gone", {"timeline": timeline}).content
            )
        raise Http404("No such event on this timeline.") from missing
    if polling_sources:
        response = render(
            request,
            f"{EVENT_TEMPLATE}#sources",
            {
                "timeline": timeline,
                "event": event,
                "return_url": _page_url(request),
                "poll_seconds": POLL_SECONDS,
            },
        )
        if event.review_sources_waiting:
            return response
        return HttpResponseStopPolling(response.content)
    context = {
        "timeline": timeline,
        "event": event,
        "history": selectors.event_history(event),
        "return_url": request.get_full_path(),
        "poll_seconds": POLL_SECONDS,
    }
    return render(request, EVENT_TEMPLATE, context)


@require_POST
@editor_required
def event_revert(request, slug: str, event_id: int, history_id: int):
    """Undo one recorded change of the event, as a new change."""
    timeline = _timeline(slug)
    default = reverse("review:event", args=[timeline.slug, event_id])
    version = _int_param(request.POST.get("version"))
    if version is None:
        return _refusal(
            request,
            timeline,
            "The form lost its version: reload the page.",
            default=default,
            status=422,
        )
    try:
        event = services.event_revert_change(
            timeline=timeline,
            event_id=event_id,
            history_id=history_id,
            version=version,
            user=request.user,
        )
    except (Event.DoesNotExist, Event.history.model.DoesNotExist) as missing:
        raise Http404("No such change of this event.") from missing
    except services.ReviewRefused as refusal:
        return _refusal(
            request, timeline, refusal.message, default=default, status=409, event=refusal.event
        )
    announcement = f"Reverted: “{event.title}” is at version {event.version}."
    if not request.htmx:
        messages.success(request, announcement)
        return redirect(return_url(request, default))
    return _event_changed(request, timeline, event.pk, announcement=announcement)


@require_POST
@editor_required
def article_reextract(request, slug: str, article_id: int):
    """Read an article again; the page then polls until its events are in."""
    timeline = _timeline(slug)
    default = reverse("review:timeline", args=[timeline.slug])
    article = get_object_or_404(Article.objects.defer("body"), timeline=timeline, pk=article_id)
    try:
        article = article_requeue(article=article)
    except ArticleBusy as busy:
        return _refusal(request, timeline, str(busy), default=default, status=409)
    announcement = f"“{article.title}” is queued to be read again."
    if not request.htmx:
        messages.success(request, announcement)
        return redirect(return_url(request, default))
    event_id = _int_param(request.POST.get("event_id"))
    if request.htmx.target == EVENT_SOURCES_TARGET and event_id:
        try:
            event = selectors.event_for_page(timeline=timeline, event_id=event_id)
        except Event.DoesNotExist as missing:
            raise Http404("No such event on this timeline.") from missing
        return render(
            request,
            f"{EVENT_TEMPLATE}#sources_response",
            {
                "timeline": timeline,
                "event": event,
                "announcement": announcement,
                "oob": True,
                "return_url": _page_url(request),
                "poll_seconds": POLL_SECONDS,
            },
        )
    return render(
        request,
        f"{TIMELINE_TEMPLATE}#reextract_response",
        {
            "timeline": timeline,
            "being_read": selectors.articles_being_read(timeline=timeline),
            "latest_event_id": selectors.latest_event_id(timeline=timeline),
            "announcement": announcement,
            "oob": True,
            "return_url": _page_url(request),
            "poll_seconds": POLL_SECONDS,
        },
    )

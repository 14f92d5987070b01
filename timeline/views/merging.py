"""Merging on the review pages: the merge dialog, a card's possible duplicates, unmerge, and
the draft timeline.

Like every review action these are plain forms that redirect back without JavaScript; with
htmx they answer with the cards that changed (out of band), the counts and a sentence for
the live region.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from timeline.forms import is_number, read_versions
from timeline.models import Event, MergeSuggestion, Timeline
from timeline.navigation import return_url
from timeline.roles import editor_required
from timeline.selectors import merging as merge_selectors
from timeline.selectors import review as review_selectors
from timeline.services import merging as services
from timeline.views.review import POLL_SECONDS

TIMELINE_TEMPLATE = "timeline/review/timeline.html"
EVENT_TEMPLATE = "timeline/review/event_detail.html"
MERGE_TEMPLATE = "timeline/review/merge.html"
DRAFT_TEMPLATE = "timeline/review/draft.html"
MERGE_DIALOG_TARGET = "merge-dialog-slot"
EVENT_PAGE_TARGET = "event-page"
DEFAULT_DRAFT_DATES = 20
MAX_DRAFT_DATES = 366
MAX_SELECTED = 200


def _timeline(slug: str) -> Timeline:
    return get_object_or_404(Timeline, slug=slug)


def _page_url(request: HttpRequest, default: str) -> str:
    if request.htmx and request.htmx.current_url_abs_path:
        return request.htmx.current_url_abs_path
    return return_url(request, default)


def _ids(values: list[str]) -> list[int] | None:
    """Event ids from a form; None when one is not a plausible id."""
    ids = []
    for value in values:
        if not is_number(value) or len(value) > 18:
            return None
        ids.append(int(value))
    return list(dict.fromkeys(ids))


def _say(request: HttpRequest, timeline: Timeline, message: str, status: int) -> HttpResponse:
    """A refusal outside any dialog: announced with htmx, a message and back without."""
    if not request.htmx:
        messages.error(request, message)
        return redirect(return_url(request, reverse("review:timeline", args=[timeline.slug])))
    return render(
        request,
        f"{TIMELINE_TEMPLATE}#announce",
        {"announcement": message, "oob": True},
        status=status,
    )


def _cards_response(
    request: HttpRequest,
    timeline: Timeline,
    event_ids: set[int],
    announcement: str,
    focus: Event | None = None,
) -> HttpResponse:
    """The cards that changed, the counts, the sentence; the dialog closes if it was open."""
    cards = review_selectors.event_cards(timeline=timeline, event_ids=sorted(event_ids))
    response = render(
        request,
        f"{MERGE_TEMPLATE}#cards_response",
        {
            "timeline": timeline,
            "cards": cards,
            "counts": review_selectors.review_counts(timeline=timeline),
            "oob": True,
            "announcement": announcement,
            "return_url": _page_url(request, reverse("review:timeline", args=[timeline.slug])),
        },
    )
    if focus is not None:
        response["HX-Trigger-After-Settle"] = f'{{"timeline:focus": "event-{focus.pk}"}}'
    return response


# The merge dialog ----------------------------------------------------------------------


class MergeForm(forms.Form):
    event_ids = forms.TypedMultipleChoiceField(coerce=int, choices=())
    into = forms.TypedChoiceField(coerce=int, choices=(), label="The event that stays")
    title_from = forms.TypedChoiceField(coerce=int, choices=(), label="Title and summary")
    date_from = forms.TypedChoiceField(coerce=int, choices=(), label="Date")
    # Validated as the event editor's title is (EventEditForm); empty keeps the chosen one's.
    new_title = forms.CharField(
        label="New title",
        max_length=Event._meta.get_field("title").max_length,
        required=False,
    )

    def __init__(self, *args, event_ids: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(pk, pk) for pk in event_ids]
        for name in ("event_ids", "into", "title_from", "date_from"):
            self.fields[name].choices = choices
        self.fields["event_ids"].error_messages["invalid_choice"] = "Choose events to merge."
        for name in ("into", "title_from", "date_from"):
            self.fields[name].error_messages["invalid_choice"] = (
                "Choose one of the events being merged."
            )
            self.fields[name].error_messages["required"] = "Choose one of the events."


def _render_merge(request, context: dict, status: int = 200) -> HttpResponse:
    template = f"{MERGE_TEMPLATE}#dialog" if request.htmx else MERGE_TEMPLATE
    return render(request, template, context, status=status)


@require_http_methods(["GET", "POST"])
@editor_required
def events_merge(request, slug: str):
    """Choose which event stays, its title and its date, then merge the others into it."""
    timeline = _timeline(slug)
    default = reverse("review:timeline", args=[timeline.slug])
    data = request.POST if request.method == "POST" else request.GET
    event_ids = _ids(data.getlist("event_ids"))
    if event_ids is None or len(event_ids) > MAX_SELECTED:
        return _say(request, timeline, "That selection cannot be read: reload the page.", 422)
    choice = merge_selectors.merge_choice(timeline=timeline, event_ids=event_ids)
    context = {
        "timeline": timeline,
        "choice": choice,
        "return_url": _page_url(request, default),
        "errors": _choice_problems(choice, event_ids),
    }
    if request.method == "GET":
        return _render_merge(request, context, status=422 if context["errors"] else 200)

    form = MergeForm(request.POST, event_ids=event_ids)
    context["new_title"] = request.POST.get("new_title", "")
    if context["errors"] or not form.is_valid():
        if not context["errors"]:
            context["errors"] = sorted(
                {
                    f"{form.fields[name].label}: {error}" if name == "new_title" else error
                    for name, errors in form.errors.items()
                    for error in errors
                }
            )
            context["new_title_invalid"] = "new_title" in form.errors
        return _render_merge(request, context, status=422)
    events = {event.pk: event for event in choice.events}
    into = events[form.cleaned_data["into"]]
    wording = events[form.cleaned_data["title_from"]]
    others = [event for pk, event in events.items() if pk != into.pk]
    try:
        kept = services.merge_events(
            into=into,
            others=others,
            by=request.user,
            title=form.cleaned_data["new_title"] or wording.title,
            summary=wording.summary,
            date_from=events[form.cleaned_data["date_from"]],
            versions=read_versions(request.POST),
        )
    except services.MergeRefused as refusal:
        context["errors"] = [refusal.message]
        context["choice"] = merge_selectors.merge_choice(timeline=timeline, event_ids=event_ids)
        return _render_merge(request, context, status=409)
    announcement = (
        f"Merged {len(others)} event{'s' if len(others) != 1 else ''} into “{kept.title}”."
    )
    if not request.htmx:
        messages.success(request, announcement)
        return redirect(f"{return_url(request, default)}#event-{kept.pk}")
    changed = {kept.pk, *events} | merge_selectors.suggestion_partners(event_ids={kept.pk})
    return _cards_response(request, timeline, changed, announcement, focus=kept)


def _choice_problems(choice: merge_selectors.MergeChoice, event_ids: list[int]) -> list[str]:
    problems = []
    if len(event_ids) == 1 and not choice.missing:
        problems.append("An event cannot be merged into itself: select at least two events.")
    elif len(event_ids) < 2:
        problems.append("Select at least two events to merge.")
    if choice.missing:
        listed = ", ".join(f"#{pk}" for pk in choice.missing)
        problems.append(f"Not on this timeline (or no longer there): event {listed}.")
    for event in choice.merged:
        problems.append(
            f"“{event.title}” is already merged into event #{event.merged_into_id}: "
            "select that one instead."
        )
    return problems


# A card's possible duplicates ----------------------------------------------------------


def _suggestion(timeline: Timeline, suggestion_id: int) -> MergeSuggestion:
    try:
        return merge_selectors.suggestion_get(timeline=timeline, suggestion_id=suggestion_id)
    except MergeSuggestion.DoesNotExist as missing:
        raise Http404("No such suggestion on this timeline.") from missing


@require_POST
@editor_required
def suggestion_accept(request, slug: str, suggestion_id: int):
    """Merge a suggested duplicate into the event whose card shows it."""
    timeline = _timeline(slug)
    suggestion = _suggestion(timeline, suggestion_id)
    pair = {suggestion.event_a_id: suggestion.event_a, suggestion.event_b_id: suggestion.event_b}
    into_ids = _ids(request.POST.getlist("into"))
    if into_ids is None or len(into_ids) > 1 or (into_ids and into_ids[0] not in pair):
        return _say(request, timeline, "Merge the suggested events into one of them.", 422)
    into = pair[into_ids[0]] if into_ids else None
    before = merge_selectors.suggestion_partners(event_ids=pair)
    try:
        kept = services.suggestion_accept(
            suggestion=suggestion, by=request.user, into=into, versions=read_versions(request.POST)
        )
    except services.MergeRefused as refusal:
        return _say(request, timeline, refusal.message, 409)
    announcement = f"Merged into “{kept.title}”."
    if not request.htmx:
        messages.success(request, announcement)
        default = reverse("review:timeline", args=[timeline.slug])
        return redirect(f"{return_url(request, default)}#event-{kept.pk}")
    return _cards_response(request, timeline, set(pair) | before, announcement, focus=kept)


@require_POST
@editor_required
def suggestion_dismiss(request, slug: str, suggestion_id: int):
    """Not the same event: the pair is never suggested again."""
    timeline = _timeline(slug)
    suggestion = _suggestion(timeline, suggestion_id)
    pair = {suggestion.event_a_id, suggestion.event_b_id}
    before = merge_selectors.suggestion_partners(event_ids=pair)
    try:
        services.suggestion_dismiss(suggestion=suggestion, by=request.user)
    except services.MergeRefused as refusal:
        return _say(request, timeline, refusal.message, 409)
    first, second = suggestion.event_a.title, suggestion.event_b.title
    announcement = f"Marked as not the same: “{first}” and “{second}”."
    if not request.htmx:
        messages.success(request, announcement)
        return redirect(return_url(request, reverse("review:timeline", args=[timeline.slug])))
    return _cards_response(request, timeline, pair | before, announcement)


# Unmerge, from the event page ----------------------------------------------------------


@require_POST
@editor_required
def event_unmerge(request, slug: str, event_id: int):
    """Give the events merged into this one (or this merged event) their own mentions back."""
    timeline = _timeline(slug)
    event = get_object_or_404(Event, timeline=timeline, pk=event_id)
    page = reverse("review:event", args=[timeline.slug, event.pk])
    raw_version = request.POST.get("version", "")
    version = int(raw_version) if is_number(raw_version) and len(raw_version) < 10 else None
    # "Unmerge" beside one of the events merged into this one: that one alone.
    only = _ids(request.POST.getlist("only"))
    if only is None or len(only) > 1:
        return _panel(
            request,
            timeline,
            event.pk,
            page,
            notice="That unmerge cannot be read: reload the page.",
            status=422,
        )
    try:
        restored = services.unmerge_event(
            event=event,
            by=request.user,
            version=version,
            only=only[0] if only else None,
            versions=read_versions(request.POST),
        )
    except services.MergeRefused as refusal:
        return _panel(request, timeline, event.pk, page, notice=refusal.message, status=409)
    titles = ", ".join(f"“{restored_event.title}”" for restored_event in restored)
    announcement = f"Unmerged {titles}: each has its own mentions again."
    if not request.htmx:
        messages.success(request, announcement)
        return redirect(page)
    return _panel(request, timeline, event.pk, page, announcement=announcement)


def _panel(
    request: HttpRequest,
    timeline: Timeline,
    event_id: int,
    page: str,
    *,
    announcement: str = "",
    notice: str = "",
    status: int = 200,
) -> HttpResponse:
    if not request.htmx:
        if notice:
            messages.error(request, notice)
        return redirect(page)
    event = review_selectors.event_for_page(timeline=timeline, event_id=event_id)
    context = {
        "timeline": timeline,
        "event": event,
        "history": review_selectors.event_history(event),
        "announcement": announcement or notice,
        "notice": notice,
        "oob": True,
        "return_url": page,
        "poll_seconds": POLL_SECONDS,
    }
    return render(request, f"{EVENT_TEMPLATE}#panel_sources_response", context, status=status)


# The draft timeline --------------------------------------------------------------------


def _draft_dates(raw: str | None) -> tuple[int, str]:
    if not raw:
        return DEFAULT_DRAFT_DATES, ""
    if not is_number(raw) or not 1 <= int(raw) <= MAX_DRAFT_DATES:
        return DEFAULT_DRAFT_DATES, (
            f"The number of dates must be between 1 and {MAX_DRAFT_DATES}: "
            f"showing {DEFAULT_DRAFT_DATES}."
        )
    return int(raw), ""


def _day(raw: str | None) -> tuple[dt.date | None, str]:
    if not raw:
        return None, ""
    try:
        return dt.date.fromisoformat(raw), ""
    except ValueError:
        return None, f"“{raw}” is not a date like 2011-03-19: ignored."


@require_GET
@editor_required
def draft(request, slug: str):
    """The best supported days, one event each: a timeline to start from."""
    timeline = _timeline(slug)
    dates, dates_notice = _draft_dates(request.GET.get("dates"))
    date_from, from_notice = _day(request.GET.get("from"))
    date_to, to_notice = _day(request.GET.get("to"))
    entries = merge_selectors.draft_timeline(
        timeline=timeline, dates=dates, date_from=date_from, date_to=date_to
    )
    context = {
        "timeline": timeline,
        "entries": entries,
        "dates": dates,
        "date_from": date_from,
        "date_to": date_to,
        "notices": [notice for notice in (dates_notice, from_notice, to_notice) if notice],
    }
    return render(request, DRAFT_TEMPLATE, context)

"""Forms of the editorial review pages: the timeline's filters, the event editor, bulk actions."""

from __future__ import annotations

from django import forms

from timeline.dateinput import DateInputError, TypedDate, parse_date_input
from timeline.extraction.dates import format_value
from timeline.models import Event, Granularity, Timeline
from timeline.selectors.review import REVIEW_STATUSES, ReviewFilters

MAX_PAGE_DIGITS = 9
MAX_BULK_SELECTION = 500


class ReviewFilterForm(forms.Form):
    """The GET form beside the timeline. A bad value is reported and left out, never a 500."""

    status = forms.MultipleChoiceField(
        choices=[(status.value, status.label) for status in REVIEW_STATUSES],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    date_from = forms.CharField(label="From", max_length=80, required=False)
    date_to = forms.CharField(label="To", max_length=80, required=False)
    # From = To = 19 March 2011 with this ticked: that day's events, not also March and 2011.
    within = forms.BooleanField(label="Only dates inside From–To", required=False)
    article = forms.ChoiceField(label="Source article", required=False)
    entity = forms.CharField(label="Actor or place", max_length=100, required=False)
    q = forms.CharField(label="Search title and summary", max_length=200, required=False)
    sort = forms.ChoiceField(
        choices=[("date", "date"), ("support", "support")], required=False, initial="date"
    )

    def __init__(self, *args, articles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["article"].choices = [("", "any")] + [
            (str(article.pk), _article_label(article)) for article in articles
        ]
        self.fields["date_from"].widget.attrs["placeholder"] = "e.g. 2016"
        self.fields["date_to"].widget.attrs["placeholder"] = "e.g. March 2017"

    def clean_date_from(self):
        return _filter_date(self.cleaned_data["date_from"], "From")

    def clean_date_to(self):
        return _filter_date(self.cleaned_data["date_to"], "To")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start.start > end.end:
            self.add_error("date_to", "“To” comes before “From”.")
        return cleaned

    def filters(self) -> ReviewFilters:
        """What the valid fields ask for; call after is_valid()."""
        data = self.cleaned_data
        date_from, date_to = data.get("date_from"), data.get("date_to")
        return ReviewFilters(
            statuses=tuple(data.get("status") or ()),
            date_from=date_from.start if date_from else None,
            date_to=date_to.end if date_to else None,
            within=bool(data.get("within")),
            article_id=int(data["article"]) if data.get("article") else None,
            entity=(data.get("entity") or "").strip(),
            text=(data.get("q") or "").strip(),
            sort=data.get("sort") or "date",
        )

    def error_messages(self) -> list[str]:
        messages = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            for error in errors:
                messages.append(f"{label or name.replace('_', ' ').capitalize()}: {error}")
        return messages


def _article_label(article) -> str:
    """ "AFP, 23 Jan 2017: Astana talks open (#12)": two articles of a day whose titles begin
    alike stay apart by their number, which is also the one in the article's address."""
    published = article.published_on.strftime("%-d %b %Y") if article.published_on else "undated"
    source = article.source or "unknown source"
    title = article.title if len(article.title) <= 60 else f"{article.title[:59].rstrip()}…"
    return f"{source}, {published}: {title} (#{article.pk})"


def _filter_date(text: str, label: str) -> TypedDate | None:
    if not text.strip():
        return None
    try:
        return parse_date_input(text)
    except DateInputError as error:
        raise forms.ValidationError(error.message) from error


def is_number(raw: str) -> bool:
    """Whether ``raw`` is written in the digits 0-9 alone: "²" and "①" pass str.isdigit()
    but int() refuses them."""
    return raw.isascii() and raw.isdigit()


def page_number(raw: str | None) -> tuple[int, str]:
    """The page asked for and, when it made no sense, the reason it was replaced by page 1."""
    if not raw:
        return 1, ""
    raw = raw.strip()
    if not is_number(raw) or len(raw) > MAX_PAGE_DIGITS:
        if is_number(raw):
            return 10**MAX_PAGE_DIGITS, ""  # past the end: the selector shows the last page
        return 1, f"“{raw[:20]}” is not a page number: showing the first page."
    number = int(raw)
    if number < 1:
        return 1, "Pages are numbered from 1: showing the first page."
    return number, ""


class EventEditForm(forms.Form):
    """The event editor. It carries the version the editor read, for the stale-version check."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    title = forms.CharField(max_length=200)
    # A summary is a paragraph or two: a pasted article would flood the page and the exports.
    summary = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000
    )
    date_text = forms.CharField(
        label="Date",
        max_length=80,
        help_text="As you would write it: 30 December 2016, Dec 2016, 2016-12-30, early 2011.",
    )
    granularity = forms.ChoiceField(
        choices=[("", "as typed"), *Granularity.choices],
        required=False,
        help_text="Make the date coarser: a day typed here can be kept as its month.",
    )
    is_approximate = forms.BooleanField(label="Approximate (shown as “c.”)", required=False)
    modality = forms.ChoiceField(label="Occurred or planned", choices=Event.Modality.choices)

    def __init__(self, *args, event: Event, preview_url: str = "", **kwargs):
        self.event = event
        kwargs.setdefault("initial", self.initial_for(event))
        super().__init__(*args, **kwargs)
        # No maxlength on the box: a browser would cut a longer paste silently; the form
        # refuses it with the count instead, and the editor's text stays to shorten.
        self.fields["summary"].widget.attrs.pop("maxlength", None)
        self.typed_date: TypedDate | None = None
        if preview_url and self.auto_id:
            self._wire_preview(preview_url)

    @property
    def preview_id(self) -> str:
        return f"{self['date_text'].auto_id}-preview"

    def _wire_preview(self, preview_url: str) -> None:
        """Ask for a preview as the date is typed or its granularity or "c." change (htmx)."""
        names = ("date_text", "granularity", "is_approximate")
        ids = {name: self[name].auto_id for name in names}
        shared = {
            "hx-get": f"{preview_url}?preview_id={self.preview_id}",
            "hx-target": f"#{self.preview_id}",
            "hx-swap": "outerHTML",
            # The latest question wins: an older preview still on its way is dropped.
            "hx-sync": "closest .date-fields:replace",
        }
        for name in names:
            others = ", ".join(f"#{ids[other]}" for other in names if other != name)
            trigger = "input changed delay:300ms, change" if name == "date_text" else "change"
            self.fields[name].widget.attrs.update(
                shared, **{"hx-trigger": trigger, "hx-include": others}
            )

    @staticmethod
    def initial_for(event: Event) -> dict:
        return {
            "version": event.version,
            "title": event.title,
            "summary": event.summary,
            "date_text": stored_date_text(event),
            "granularity": "",  # "as typed": the select only makes a typed date coarser
            "is_approximate": event.is_approximate,
            "modality": event.modality,
        }

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("date_text")
        if text is None:
            return cleaned
        granularity = cleaned.get("granularity") or ""
        approximate = cleaned.get("is_approximate", False)
        event = self.event
        date_untouched = " ".join(text.split()) == stored_date_text(event)
        if date_untouched and granularity in ("", event.granularity):
            # The date as stored, perhaps with a new "c.": no need to read it back.
            self.typed_date = stored_typed_date(event, approximate=approximate)
            return cleaned
        try:
            self.typed_date = parse_date_input(
                text, granularity=granularity, approximate=approximate
            )
        except DateInputError as error:
            self.add_error("date_text", error.message)
        return cleaned


def stored_date_text(event: Event) -> str:
    """The event's date as the editor types it: the display without the "c." (a checkbox)."""
    return format_value(event.date_value, event.date_mod or None, approximate=False)


def stored_typed_date(event: Event, *, approximate: bool) -> TypedDate:
    return TypedDate(
        value=event.date_value,
        mod=event.date_mod,
        start=event.date_start,
        end=event.date_end,
        granularity=event.granularity,
        is_approximate=approximate,
    )


def read_versions(data) -> dict[int, int]:
    """The versions the editor read, from ``version_<event id>`` fields: an action on events
    that moved on since is refused rather than silently undo a colleague's work."""
    versions = {}
    for key, value in data.items():
        name, _, pk = key.partition("_")
        if name == "version" and is_number(pk) and is_number(value) and len(value) < 10:
            versions[int(pk)] = int(value)
    return versions


class BulkActionForm(forms.Form):
    """A selection of events and what to do with it."""

    action = forms.ChoiceField(choices=[("approve", "Approve"), ("reject", "Reject")])

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)
        self.raw_ids = data.getlist("event_ids") if hasattr(data, "getlist") else []

    def clean(self):
        cleaned = super().clean()
        ids = []
        for raw in self.raw_ids:
            if not is_number(raw) or len(raw) > 18:
                raise forms.ValidationError(f"“{raw[:20]}” is not an event.")
            ids.append(int(raw))
        if not ids:
            raise forms.ValidationError("Select at least one event first.")
        if len(ids) > MAX_BULK_SELECTION:
            raise forms.ValidationError(
                f"Select at most {MAX_BULK_SELECTION} events at a time ({len(ids)} selected)."
            )
        cleaned["event_ids"] = ids
        versions = read_versions(self.data) if hasattr(self.data, "items") else {}
        cleaned["versions"] = {pk: versions[pk] for pk in ids if pk in versions}
        return cleaned


class TimelineCreateForm(forms.Form):
    """A new timeline: its name (its address is derived from it), what it covers, and
    whether readers see it."""

    name = forms.CharField(
        max_length=Timeline._meta.get_field("name").max_length,
        error_messages={"required": "Give the timeline a name."},
        help_text="As readers will see it, e.g. “Libya: the 2011 war”.",
    )
    description = forms.CharField(
        label="Description",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        help_text="What the timeline covers, for editors and readers.",
    )
    is_public = forms.BooleanField(
        label="Public",
        required=False,
        help_text=Timeline._meta.get_field("is_public").help_text,
    )

"""Forms for the article pages: upload, paste, and an editor's publication date."""

from datetime import date

from django import forms
from django.core.validators import URLValidator
from django.utils import timezone

from articles.ingest import ACCEPTED_EXTENSIONS
from articles.ingest.types import is_still_to_come


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files at once. Each file is judged on its own later (empty, too large, the
    wrong format), so one bad file gives one message instead of refusing the whole form."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": _accept_attribute()}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [upload for upload in (data or []) if upload]
        if not files and self.required:
            raise forms.ValidationError("Choose at least one file.", code="required")
        return files


def _accept_attribute() -> str:
    return ",".join(sorted(ACCEPTED_EXTENSIONS))


def not_in_the_future(day: date) -> None:
    """A publication date ahead of today is a typo (2099 for 2019): every relative date of
    the text would be read against it."""
    if is_still_to_come(day, timezone.localdate()):
        raise forms.ValidationError(
            f"{day.day} {day:%B %Y} is still to come: give the day the article was published.",
            code="future",
        )


# A date field's value is always ISO: the browser's date input reads nothing else.
ISO_DATE = "%Y-%m-%d"


class BatchDefaultsForm(forms.Form):
    """What the editor states for every article of the batch."""

    source = forms.CharField(
        max_length=200,
        required=False,
        help_text="Outlet or agency, when the files do not say.",
    )
    published_on = forms.DateField(
        required=False,
        label="Published on",
        widget=forms.DateInput(format=ISO_DATE, attrs={"type": "date"}),
        validators=[not_in_the_future],
        help_text="Leave empty to take each file's own date.",
    )


class UploadForm(BatchDefaultsForm):
    files = MultipleFileField(label="Files")

    field_order = ["files", "source", "published_on"]


class WebAddressField(forms.URLField):
    """Only a web address is kept (articles.ingest.article.safe_url): an ftp:// or
    javascript: address is refused on the form, once, not dropped or reported twice."""

    default_validators = [URLValidator(schemes=["http", "https"])]


class PasteForm(BatchDefaultsForm):
    title = forms.CharField(max_length=300)
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}),
        # The text is cleaned and stored as given: no silent trimming by the form.
        strip=False,
        max_length=2_000_000,
    )
    url = WebAddressField(
        max_length=1000,
        required=False,
        assume_scheme="https",
        label="URL",
        error_messages={"invalid": "Give a web address (http or https)."},
    )

    field_order = ["title", "text", "source", "published_on", "url"]

    def __init__(self, *args, **kwargs):
        # The upload form on the same page has a source and a date too: ids of its own.
        kwargs.setdefault("auto_id", "paste_%s")
        super().__init__(*args, **kwargs)
        self.fields["source"].help_text = "Outlet or agency, when the text does not say."
        self.fields["published_on"].help_text = "Leave empty to take the date the text gives."

    def clean_text(self):
        text = self.cleaned_data["text"]
        if not text.strip():
            raise forms.ValidationError("Paste the article's text.", code="required")
        return text


class PublishedOnForm(forms.Form):
    published_on = forms.DateField(
        label="Published on",
        widget=forms.DateInput(format=ISO_DATE, attrs={"type": "date"}),
        validators=[not_in_the_future],
    )

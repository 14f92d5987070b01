"""Template helpers of the editorial review pages.

Quotes from articles are escaped piece by piece here and only the <mark> around the time
expression is ours: never ``|safe`` on text that came from an article.
"""

import functools

from django import template
from django.template.defaultfilters import pluralize
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from timeline.extraction.dates import format_value

register = template.Library()

QUOTE_CONTEXT_CHARS = 160


@register.simple_tag
def evidence_quote(mention, context_chars: int | None = QUOTE_CONTEXT_CHARS) -> SafeString:
    """The mention's sentence with its time expression in <mark>, trimmed around it with "…".

    ``context_chars=None`` keeps the whole sentence. Offsets that do not fit the sentence
    (a record edited by hand) give the plain sentence rather than a wrong highlight.
    """
    sentence = mention.sentence
    start = mention.timex_start - mention.sentence_start
    end = mention.timex_end - mention.sentence_start
    if not 0 <= start < end <= len(sentence):
        return format_html("{}", _trim(sentence, context_chars))
    before, marked, after = sentence[:start], sentence[start:end], sentence[end:]
    if context_chars is not None:
        if len(before) > context_chars:
            before = "…" + before[-context_chars:].lstrip()
        if len(after) > context_chars:
            after = after[:context_chars].rstrip() + "…"
    return format_html("{}<mark>{}</mark>{}", before, marked, after)


def _trim(text: str, context_chars: int | None) -> str:
    if context_chars is None or len(text) <= 2 * context_chars:
        return text
    return text[: 2 * context_chars].rstrip() + "…"


@register.filter
def date_badge(event) -> str:
    """The date exactly as known: "30 December 2016", "c. December 2016", "planned: 2017"."""
    text = format_value(event.date_value, event.date_mod or None, approximate=event.is_approximate)
    if event.modality == event.Modality.PLANNED:
        return f"planned: {text}"
    return text


def _own_sources(event) -> int | None:
    """The articles that report the event itself: its card's sources (``review_sources``,
    selectors/review.py), else the count the merge selectors annotate (``source_count``)."""
    sources = getattr(event, "review_sources", None)
    if sources is not None:
        return len(sources)
    return getattr(event, "source_count", None)


@register.filter
def support_text(event) -> str:
    """How many articles report the event, its own sources apart from those its possible
    duplicates would add: "1 article (20 with likely duplicates)", "3 articles"."""
    own = _own_sources(event)
    # The pipeline's count, or at least its own sources.
    total = max(event.support, own or 0)
    if own is None:
        return f"{total} article{pluralize(total)}"
    text = f"{own} article{pluralize(own)}"
    return f"{text} ({total} with likely duplicates)" if total > own else text


@register.simple_tag(takes_context=True)
def article_url(context, article, timeline=None) -> str:
    """Where a source link goes: the article page when the articles app has one, else the
    admin page for staff, else nowhere ("")."""
    if timeline is not None and _has_article_page():
        return reverse("articles:article_detail", args=[timeline.slug, article.pk])
    user = context.get("user")
    if user is not None and user.is_staff:
        return reverse("admin:articles_article_change", args=[article.pk])
    return ""


@functools.cache
def _has_article_page() -> bool:
    """Whether the articles app serves an article page (slug, article id). Asked once: a
    failed reverse is slow, and a card page would ask for every source."""
    try:
        reverse("articles:article_detail", args=["timeline", 1])
    except NoReverseMatch:
        return False
    return True


@register.simple_tag
def select_options(bound_field) -> SafeString:
    """A choice field's <option>s, escaped, the chosen one selected: built in one pass."""
    chosen = str(bound_field.value() or "")
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (value, " selected" if str(value) == chosen else "", label)
            for value, label in bound_field.field.choices
        ),
    )


@register.filter
def history_who(record) -> str:
    user = record.history_user
    return user.get_username() if user is not None else "the system"


@register.filter
def history_what(record) -> str:
    reason = record.history_change_reason
    if reason:
        # Records written before the Who column was the one place for it ended "… by alice".
        return reason.removesuffix(f" by {history_who(record)}")
    return {"+": "created", "~": "changed", "-": "deleted"}.get(record.history_type, "changed")

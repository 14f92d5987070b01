"""From a format's text and metadata to a CleanArticle: the cleaning every format shares."""

import re
from urllib.parse import urlsplit

from articles.ingest import layout, wire
from articles.ingest.types import (
    CleanArticle,
    DateFound,
    Metadata,
    RejectedFile,
    is_still_to_come,
)

URL_MAX = 1000


def safe_url(url: str) -> str:
    """Keep only a plain web address: never a javascript: or data: link into an editor's page."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.netloc or len(url) > URL_MAX:
        return ""
    if any(char.isspace() or char in "<>\"'`" for char in url):
        return ""
    return url


def build_article(text: str, *, metadata: Metadata, format: str, label: str) -> CleanArticle:
    """Clean a text into an article: layout, furniture, header, dateline, agency, title."""
    paragraphs = layout.paragraphs(layout.normalise(text))
    paragraphs = wire.drop_furniture(paragraphs)
    paragraphs, fused_headline, stamp_date = wire.strip_crawl_stamp(paragraphs)
    title = _one_line(metadata.title)
    if title and paragraphs and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    elif title and paragraphs and _opens_with_title(paragraphs[0], title):
        # A PDF's headline runs on into its first paragraph when no blank line parts them.
        paragraphs = [paragraphs[0][len(title) :].lstrip(), *paragraphs[1:]]
    before_header = paragraphs
    paragraphs, header, header_date = wire.take_header(paragraphs)
    if not paragraphs:
        # A text that is all header (a one-line note) keeps its line as its body.
        paragraphs = before_header
    paragraphs, reporters = wire.cut_after_credits(paragraphs)
    body = layout.join(paragraphs)
    if not re.search(r"\w", body):
        raise RejectedFile("it has no text")

    dateline = wire.find_dateline(paragraphs)
    if not title:
        title = fused_headline or header.get("title", "") or _derived_title(paragraphs, dateline)

    published = metadata.published
    if published is not None and is_still_to_come(published.value):
        published = None  # a page dated ahead is wrong somewhere: the text may say better
    if published is None:
        text_date = stamp_date or header_date or (dateline.published_on if dateline else None)
        # A date still to come is some other date of the text, not its publication's.
        found = text_date and not is_still_to_come(text_date)
        published = DateFound(text_date, "text") if found else None

    return CleanArticle(
        title=wire.shorten(title, 300),
        body=body,
        source=wire.shorten(
            (dateline.agency if dateline else "") or metadata.source or header.get("source", ""),
            200,
        ),
        url=safe_url(metadata.url),
        byline=wire.shorten(metadata.byline or header.get("byline", "") or reporters, 200),
        dateline=wire.shorten(dateline.text, 200) if dateline else "",
        published=published,
        label=label,
        format=format,
    )


def _opens_with_title(paragraph: str, title: str) -> bool:
    """Whether a paragraph starts with the whole headline (of three words or more, so that a
    one-word title such as "Libya" does not eat the lead's first word), then a new sentence."""
    rest = paragraph[len(title) :]
    return (
        len(title.split()) >= 3
        and paragraph[: len(title)].casefold() == title.casefold()
        and rest[:1] == " "
        and rest.lstrip()[:1].isupper()
    )


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _derived_title(paragraphs: list[str], dateline: wire.Dateline | None) -> str:
    """No headline given: the summary bullets, else the story's lead sentence."""
    first = paragraphs[0]
    if wire.BULLET.search(first) and (dateline is None or dateline.paragraph == 0):
        before_dateline = first.split(dateline.text, 1)[0] if dateline else first
        bullets_title = wire.title_from_bullets(before_dateline)
        if bullets_title:
            return bullets_title
    if dateline is not None:
        lead = paragraphs[dateline.paragraph].split(dateline.text, 1)[-1].strip()
        if lead:
            return wire.lead_sentence(lead)
    return wire.lead_sentence(first)

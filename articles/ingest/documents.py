"""One entry point for every file: its name and bytes in, clean articles (or reasons) out."""

import re
from pathlib import PurePath

from articles.ingest.article import build_article
from articles.ingest.decoding import decode_text
from articles.ingest.feeds import looks_like_feed, read_feed
from articles.ingest.html import html_fragment_text, read_html
from articles.ingest.markdown import read_markdown
from articles.ingest.office import read_docx, read_pdf
from articles.ingest.types import CleanArticle, Metadata, RejectedFile, Rejection

TEXT_EXTENSIONS = {".txt", ".text"}
MARKDOWN_EXTENSIONS = {".md", ".markdown"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
FEED_EXTENSIONS = {".rss", ".atom", ".xml"}
ACCEPTED_EXTENSIONS = (
    TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | FEED_EXTENSIONS | {".docx", ".pdf"}
)


def accepted_extensions_text() -> str:
    return ", ".join(sorted(ACCEPTED_EXTENSIONS))


def read_document(filename: str, data: bytes) -> list[CleanArticle | Rejection]:
    """Read one file into articles. A feed gives one per entry, any other file exactly one.

    Raises RejectedFile, with a reason an editor can act on, when the file is unusable.
    """
    extension = PurePath(filename).suffix.lower()
    if extension not in ACCEPTED_EXTENSIONS:
        named = f"“{extension}”" if extension else "no extension"
        raise RejectedFile(
            f"{named} is not a format we read (accepted: {accepted_extensions_text()})"
        )
    if not data.strip():
        raise RejectedFile("it is empty")
    if extension in FEED_EXTENSIONS:
        if not looks_like_feed(data):
            raise RejectedFile("it is not an RSS or Atom feed")
        return list(read_feed(data, filename=filename))
    return [_read_single(filename, extension, data)]


def _read_single(filename: str, extension: str, data: bytes) -> CleanArticle:
    metadata = Metadata()
    if extension in HTML_EXTENSIONS:
        text, metadata = read_html(data)
        format_name = "html"
    elif extension == ".docx":
        text, metadata = read_docx(data)
        format_name = "docx"
    elif extension == ".pdf":
        if b"%PDF-" not in data[:1024]:
            raise RejectedFile("it is not a PDF document")
        text, metadata = read_pdf(data)
        format_name = "pdf"
    else:
        text, _encoding = decode_text(data)
        if _looks_like_html(text):
            # A saved web page with a .txt name: read it as the page it is.
            text, metadata = read_html(data)
            format_name = "html"
        elif extension not in MARKDOWN_EXTENSIONS and _is_markup(text):
            text = html_fragment_text(text)  # tags and entities go, paragraphs stay
            format_name = "html"
        elif extension in MARKDOWN_EXTENSIONS:
            text, metadata = read_markdown(text)
            format_name = "markdown"
        else:
            format_name = "text"
    return build_article(text, metadata=metadata, format=format_name, label=filename)


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


# Markup copied out of a CMS or a page's source: "<p>GAZA (Reuters) - ...</p><p>...".
_MARKUP_TAG = re.compile(
    r"</?(?:p|div|br|b|i|strong|em|span|a|h[1-6]|li|ul|ol|blockquote|script|style)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
_FRAGMENT_MIN_TAGS = 3


def _is_markup(text: str) -> bool:
    """Text that is an HTML fragment: it opens with a tag and holds a few more (an article
    that quotes one "<b>" is still text)."""
    head = text[:5000]
    return head.lstrip().startswith("<") and len(_MARKUP_TAG.findall(head)) >= _FRAGMENT_MIN_TAGS


def read_text(text: str, *, label: str, title: str = "") -> CleanArticle:
    """Pasted text: cleaned like a .txt file, with the title the editor typed."""
    if "\x00" in text:
        raise RejectedFile("it contains NUL characters")
    if not text.strip():
        raise RejectedFile("it is empty")
    if _is_markup(text):
        text = html_fragment_text(text)  # pasted from a page's source or a CMS
    return build_article(text, metadata=Metadata(title=title), format="paste", label=label)

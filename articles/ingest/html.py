"""HTML pages and fragments to text, through trafilatura (main text, metadata, htmldate).

Only text comes out: scripts, styles, event handlers and links never reach the article.
"""

import re
from datetime import date

import lxml.etree
import lxml.html
from trafilatura import bare_extraction

from articles.ingest.decoding import check_controls, decode_text, describe_binary
from articles.ingest.types import DateFound, Metadata, RejectedFile

DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# Browsers read these labels as Windows-1252 (WHATWG Encoding): so do we, or curly quotes
# declared as Latin-1 would turn into control characters.
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}
# Page furniture and code: never article text.
SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "form", "button", "select", "input", "textarea", "nav", "header", "footer", "aside", "head",
}  # fmt: skip
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "blockquote", "pre", "table", "tr", "figure", "figcaption", "dd", "dt", "dl", "hr",
    "address", "body",
}  # fmt: skip
# htmldate through trafilatura: the original publication date from the page's metadata only,
# never a date guessed from the story's text.
DATE_SEARCH = {"extensive_search": False, "original_date": True}


def decode_html(data: bytes) -> str:
    """Decode a page: its declared charset when the bytes agree with it, else detection."""
    binary = describe_binary(data)
    if binary:
        raise RejectedFile(f"it is {binary}, not HTML")
    declared = DECLARED_CHARSET.search(data[:4096])
    if declared and b"\x00" not in data:
        label = declared.group(1).decode("ascii").lower()
        try:
            return check_controls(data.decode("cp1252" if label in WINDOWS_1252_LABELS else label))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)[0]


# A page built by JavaScript saved before it ran: its only words are the notice.
_NEEDS_SCRIPT = re.compile(
    r"\b(?:enable|turn on|requires?|need)\s+(?:javascript|js)\b"
    r"|\bjavascript is (?:disabled|required)",
    re.IGNORECASE,
)
_SCRIPT_NOTICE_WORDS = 40


def read_html(data: bytes) -> tuple[str, Metadata]:
    """The main text of a page (one paragraph per block) and what its metadata says."""
    page = decode_html(data)
    try:
        document = bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_links=False,
            include_images=False,
            date_extraction_params=DATE_SEARCH,
        )
    except (ValueError, TypeError, lxml.etree.LxmlError) as error:
        raise RejectedFile("its HTML could not be read") from error
    text = "\n\n".join((document.text or "").split("\n")) if document else ""
    if _NEEDS_SCRIPT.search(text) and len(text.split()) < _SCRIPT_NOTICE_WORDS:
        raise RejectedFile(
            "the page shows its text only in a browser that runs its JavaScript: "
            "save the article's text, or print it to PDF, instead"
        )
    if len(text.strip()) < 40:
        # trafilatura leaves out very short pages, or falls back to their navigation: a plain
        # walk of the markup that skips the furniture reads them better.
        text = html_fragment_text(page)
    if not document:
        return text, Metadata()
    published = None
    if document.date:
        try:
            published = DateFound(date.fromisoformat(document.date), "metadata")
        except ValueError:
            published = None
    return text, Metadata(
        title=document.title or "",
        source=document.sitename or "",
        url=document.url or "",
        byline=document.author or "",
        published=published,
    )


def html_fragment_text(html: str) -> str:
    """Text of any HTML, page or fragment (a feed entry's content), one paragraph per block."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    pieces: list[str] = []
    _walk(root, pieces)
    text = "".join(pieces)
    return "\n\n".join(
        " ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()
    )


def _walk(element, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in SKIPPED_TAGS or not tag:
        # Comments, processing instructions and furniture: skip them, keep what follows.
        if element.tail:
            pieces.append(element.tail)
        return
    block = tag.lower() in BLOCK_TAGS
    if block:
        pieces.append("\n\n")
    if tag.lower() == "br":
        pieces.append("\n")
    if element.text:
        pieces.append(element.text)
    for child in element:
        _walk(child, pieces)
    if block:
        pieces.append("\n\n")
    if element.tail:
        pieces.append(element.tail)

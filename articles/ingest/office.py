"""Word (.docx, python-docx) and PDF (pypdf) documents to text and metadata.

Their creation dates are not taken as publication dates: a .docx or PDF is usually made when
someone saved the story, not when it was published.
"""

import io
import re
import zipfile
from collections import Counter

from articles.ingest import layout
from articles.ingest.types import Metadata, RejectedFile

# A .docx is a ZIP: refuse archives that would expand far beyond any article (a zip bomb).
DOCX_MAX_EXPANDED_BYTES = 200 * 1024 * 1024
DOCX_MAX_MEMBERS = 5000
PDF_MAX_PAGES = 2000
SENTENCE_END = (".", "!", "?", "”", '"', "’", ":")
# The author a tool or a fresh install writes into a document, not a reporter's name.
GENERATOR_AUTHORS = {"python-docx", "microsoft office user", "windows user", "administrator"}


def read_docx(data: bytes) -> tuple[str, Metadata]:
    import docx

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise RejectedFile("it is not a Word .docx document (not a valid ZIP package)") from error
    if len(members) > DOCX_MAX_MEMBERS or (
        sum(member.file_size for member in members) > DOCX_MAX_EXPANDED_BYTES
    ):
        raise RejectedFile("it expands to far more than any article: refused as a ZIP bomb")
    if "word/document.xml" not in {member.filename for member in members}:
        raise RejectedFile("it is a ZIP archive, not a Word .docx document")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise RejectedFile("it is a damaged Word document") from error
    text = "\n\n".join(paragraph.text for paragraph in document.paragraphs)
    properties = document.core_properties
    author = properties.author or ""
    byline = "" if author.casefold() in GENERATOR_AUTHORS else author
    return text, Metadata(title=properties.title or "", byline=byline)


def read_pdf(data: bytes) -> tuple[str, Metadata]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise RejectedFile("it is a password-protected PDF")
        if len(reader.pages) > PDF_MAX_PAGES:
            raise RejectedFile(f"it has more than {PDF_MAX_PAGES} pages")
        # Ligatures first: a browser's footer "ﬁle:///..." is then seen as the address it is.
        pages = drop_running_lines(
            [
                (page.extract_text() or "").translate(layout.LIGATURES).splitlines()
                for page in reader.pages
            ]
        )
        info = reader.metadata
    except RejectedFile:
        raise
    except Exception as error:  # pypdf raises many kinds on a damaged or hostile file
        raise RejectedFile("it is not a readable PDF") from error
    text = "\n\n".join(unwrap_lines(lines) for lines in pages)
    if not text.strip():
        raise RejectedFile("the PDF has no text layer (a scanned image?)")
    title = str(info.title or "") if info else ""
    author = str(info.author or "") if info else ""
    return text, Metadata(title=title, byline=author)


# Running headers and footers sit among the first or last lines of a page's text.
EDGE_LINES = 3
_DIGITS = re.compile(r"\d+")
_EDGE_FURNITURE = re.compile(
    # a page number: "7", "Page 2", "2 of 5", "2/5"
    r"(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?"
    # a browser's print stamp: "11/28/26, 8:26 PM Title ..." and "https://... 1/5"
    r"|\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d\d(?:\s*[AP]M)?\b.*"
    r"|(?:https?|file):/{2,3}\S+\s+\d{1,4}/\d{1,4}",
    re.IGNORECASE,
)


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines without its running header and footer: a line among a page's first
    or last few that recurs, digits aside, on two pages or more and on at least half of them
    ("Libya: strikes continue ... 1/5"), a page number, or a browser's print stamp."""

    def edges(lines: list[str]) -> set[int]:
        filled = [index for index, line in enumerate(lines) if line.strip()]
        return set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])

    def shape(line: str) -> str:
        return _DIGITS.sub("#", " ".join(line.split()))

    seen = Counter(shape(lines[i]) for lines in pages for i in edges(lines))
    # On two pages at least, and on half of them: a line seen once is the story's own.
    running = {key for key, count in seen.items() if count >= 2 and count * 2 >= len(pages)}
    cleaned = []
    for lines in pages:
        furniture = {
            i
            for i in edges(lines)
            if shape(lines[i]) in running or _EDGE_FURNITURE.fullmatch(lines[i].strip())
        }
        cleaned.append([line for i, line in enumerate(lines) if i not in furniture])
    return cleaned


def unwrap_lines(lines: list[str]) -> str:
    """A PDF page's lines to paragraphs: a line that ends a sentence well short of the
    page's usual width ends its paragraph; any other line runs on into the next."""
    lines = [line.strip() for line in lines]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = layout.join_wrapped(current, line)
        if line.endswith(SENTENCE_END) and len(line) < width * 0.85:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)

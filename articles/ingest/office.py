"""Word (.docx, python-docx) and PDF (pypdf) documents to text and metadata.

Their creation dates are not taken as publication dates: a .docx or PDF is usually made when
someone saved the story, not when it was published.
"""

import io
import zipfile

from articles.ingest.types import Metadata, RejectedFile

# A .docx is a ZIP: refuse archives that would expand far beyond any article (a zip bomb).
DOCX_MAX_EXPANDED_BYTES = 200 * 1024 * 1024
DOCX_MAX_MEMBERS = 5000
PDF_MAX_PAGES = 2000
SENTENCE_END = (".", "!", "?", "”", '"', "’", ":")


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
    return text, Metadata(title=properties.title or "", byline=properties.author or "")


def read_pdf(data: bytes) -> tuple[str, Metadata]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise RejectedFile("it is a password-protected PDF")
        if len(reader.pages) > PDF_MAX_PAGES:
            raise RejectedFile(f"it has more than {PDF_MAX_PAGES} pages")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except RejectedFile:
        raise
    except Exception as error:  # pypdf raises many kinds on a damaged or hostile file
        raise RejectedFile("it is not a readable PDF") from error
    text = "\n\n".join(unwrap_lines(page.splitlines()) for page in pages)
    if not text.strip():
        raise RejectedFile("the PDF has no text layer (a scanned image?)")
    title = str(info.title or "") if info else ""
    author = str(info.author or "") if info else ""
    return text, Metadata(title=title, byline=author)


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
        if current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}".strip()
        if line.endswith(SENTENCE_END) and len(line) < width * 0.85:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)

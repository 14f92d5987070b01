"""Reading news files into clean articles: plain Python, no Django.

decode → recognise the format → extract text and metadata → clean (layout, page furniture,
header, dateline, agency, title) → CleanArticle. The web upload, the import command and the
feed reader all go through `read_document`; saving is `articles.services`' job.
"""

from articles.ingest.documents import ACCEPTED_EXTENSIONS, read_document
from articles.ingest.reading import FileTooLarge, read_limited
from articles.ingest.types import CleanArticle, DateFound, Metadata, RejectedFile, Rejection

__all__ = [
    "ACCEPTED_EXTENSIONS",
    "CleanArticle",
    "DateFound",
    "FileTooLarge",
    "Metadata",
    "RejectedFile",
    "Rejection",
    "read_document",
    "read_limited",
]

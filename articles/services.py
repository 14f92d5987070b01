"""Creating articles: the one way an article enters the database, whatever door it came in by.

The web upload, the paste box, `import_articles` and `setup_demo` all read files with
`articles.ingest` and save with `article_create`, so every article is cleaned the same way.
"""

import hashlib
import logging
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils.text import get_valid_filename

from articles.ingest import CleanArticle, RejectedFile, Rejection, read_document
from articles.ingest.article import safe_url
from articles.ingest.documents import read_text
from articles.models import Article
from timeline.models import Timeline
from timeline.services.extraction import article_queue_extraction

logger = logging.getLogger(__name__)

State = Article.ExtractionState


class DuplicateArticle(Exception):
    def __init__(self, existing: Article):
        super().__init__(f"The same text is already stored as article {existing.pk}.")
        self.existing = existing


class ArticleBusy(Exception):
    """The article is being extracted right now: it cannot be re-queued until that ends."""


def content_hash(body: str) -> str:
    """SHA-256 of the text with all whitespace runs folded, so re-wrapped copies match."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Given:
    """What an editor states (the form, the command line, a manifest): it wins over the file."""

    title: str = ""
    source: str = ""
    url: str = ""
    published_on: date | None = None


NOTHING_GIVEN = Given()


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file, or one entry of a feed."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"

    label: str
    status: str
    reason: str = ""
    # The new article; for a duplicate, the article that already holds the text.
    article: Article | None = None


def _clip(value: str, field: str) -> str:
    limit = Article._meta.get_field(field).max_length
    return value if len(value) <= limit else value[: limit - 1] + "…"


@transaction.atomic
def article_create(
    *,
    timeline: Timeline,
    title: str,
    body: str,
    source: str = "",
    url: str = "",
    byline: str = "",
    dateline: str = "",
    published_on: date | None = None,
    published_on_origin: str = "",
    created_by: AbstractBaseUser | None = None,
    original_filename: str = "",
    original_content: bytes | None = None,
) -> Article:
    """Save a clean article and queue its extraction; refuse a text the timeline already has.

    The original file, when given, is written first and removed again if the database write
    fails, so a refused or failed save leaves neither a row nor a file behind.
    """
    digest = content_hash(body)
    existing = Article.objects.filter(timeline=timeline, content_hash=digest).first()
    if existing is not None:
        raise DuplicateArticle(existing)
    article = Article(
        timeline=timeline,
        title=_clip(title, "title"),
        body=body,
        source=_clip(source, "source"),
        url=url,
        byline=_clip(byline, "byline"),
        dateline=_clip(dateline, "dateline"),
        published_on=published_on,
        published_on_origin=published_on_origin if published_on else "",
        content_hash=digest,
        created_by=created_by,
        original_filename=_clip(original_filename, "original_filename"),
    )
    stored_name = ""
    if original_content is not None:
        safe_name = get_valid_filename(original_filename or "article") or "article"
        article.original_file.save(safe_name[-100:], ContentFile(original_content), save=False)
        stored_name = article.original_file.name
    try:
        # A savepoint: two uploads of one text racing past the check above meet the unique
        # constraint here, and the loser is told about the winner instead of failing.
        with transaction.atomic():
            article.save()
    except IntegrityError:
        _remove_file(stored_name)
        existing = Article.objects.filter(timeline=timeline, content_hash=digest).first()
        if existing is None:
            raise
        raise DuplicateArticle(existing) from None
    except BaseException:
        _remove_file(stored_name)
        raise
    return article_queue_extraction(article=article)


def _remove_file(name: str) -> None:
    if name:
        try:
            default_storage.delete(name)
        except OSError:
            logger.warning("Could not remove the original %s after a failed save", name)


def article_save_clean(
    *,
    timeline: Timeline,
    clean: CleanArticle,
    given: Given,
    created_by: AbstractBaseUser | None = None,
    original_filename: str = "",
    original_content: bytes | None = None,
) -> Article:
    """Save a cleaned article; what the editor gave wins over what the file said."""
    if given.published_on:
        published_on, origin = given.published_on, Article.DateOrigin.GIVEN
    elif clean.published:
        published_on, origin = clean.published.value, clean.published.origin
    else:
        published_on, origin = None, ""
    return article_create(
        timeline=timeline,
        title=given.title or clean.title,
        body=clean.body,
        source=given.source or clean.source,
        url=safe_url(given.url) or clean.url,
        byline=clean.byline,
        dateline=clean.dateline,
        published_on=published_on,
        published_on_origin=origin,
        created_by=created_by,
        original_filename=original_filename,
        original_content=original_content,
    )


def articles_import_file(
    *,
    timeline: Timeline,
    filename: str,
    data: bytes,
    given: Given = NOTHING_GIVEN,
    created_by: AbstractBaseUser | None = None,
    keep_original: bool = True,
) -> list[ImportOutcome]:
    """Read one file and save what it holds: one outcome per article (a feed has several).

    Each article is saved in its own transaction: a bad entry never stops the good ones.
    """
    try:
        items = read_document(filename, data)
    except RejectedFile as rejected:
        return [ImportOutcome(filename, ImportOutcome.REJECTED, rejected.reason)]
    single = len(items) == 1
    outcomes = []
    for item in items:
        if isinstance(item, Rejection):
            outcomes.append(ImportOutcome(item.label, ImportOutcome.REJECTED, item.reason))
            continue
        outcomes.append(
            _save_outcome(
                timeline=timeline,
                clean=item,
                # A title or URL typed for a batch cannot belong to every entry of a feed.
                given=given
                if single
                else Given(source=given.source, published_on=given.published_on),
                created_by=created_by,
                original_filename=filename,
                original_content=data
                if keep_original and single and item.format != "feed"
                else None,
            )
        )
    return outcomes


def article_import_text(
    *,
    timeline: Timeline,
    text: str,
    given: Given,
    created_by: AbstractBaseUser | None = None,
) -> ImportOutcome:
    """Save pasted text, cleaned like a .txt file."""
    label = given.title or "Pasted text"
    try:
        clean = read_text(text, label=label, title=given.title)
    except RejectedFile as rejected:
        return ImportOutcome(label, ImportOutcome.REJECTED, rejected.reason)
    return _save_outcome(timeline=timeline, clean=clean, given=given, created_by=created_by)


def _save_outcome(*, clean: CleanArticle, **save_arguments) -> ImportOutcome:
    label = clean.label
    try:
        article = article_save_clean(clean=clean, **save_arguments)
    except DuplicateArticle as duplicate:
        return ImportOutcome(
            label,
            ImportOutcome.DUPLICATE,
            "the same text is already stored",
            article=duplicate.existing,
        )
    return ImportOutcome(label, ImportOutcome.IMPORTED, article=article)


@transaction.atomic
def article_requeue(*, article: Article) -> Article:
    """Queue the article's extraction again (after a failure, or to re-run it)."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    if article.extraction_state == State.RUNNING:
        raise ArticleBusy("The extraction of this article is running; wait for it to end.")
    return article_queue_extraction(article=article)


@transaction.atomic
def article_set_published_on(*, article: Article, published_on: date) -> Article:
    """An editor sets or confirms the publication date; a changed date re-runs extraction,
    because every relative date in the text ("on Monday") is resolved against it."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    changed = article.published_on != published_on
    if changed and article.extraction_state == State.RUNNING:
        # Its running extraction resolves dates against the old value and would overwrite
        # a re-queue when it ends: the change has to wait until it has.
        raise ArticleBusy("The extraction of this article is running; set the date when it ends.")
    article.published_on = published_on
    article.published_on_origin = Article.DateOrigin.GIVEN
    article.save(update_fields=["published_on", "published_on_origin", "updated_at"])
    if changed:
        article = article_queue_extraction(article=article)
    return article

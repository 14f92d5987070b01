"""Importing many files from disk, one at a time, for `import_articles` and `bench_import`.

Files are read and saved one by one, so memory stays flat however many there are, and
whatever goes wrong with one file is recorded against it while the rest carry on.
"""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import reset_queries

from articles.ingest import RejectedFile, Rejection, read_limited
from articles.ingest.sources import SourceFile
from articles.services import NOTHING_GIVEN, Given, ImportOutcome, articles_import_file
from timeline.models import Timeline

logger = logging.getLogger(__name__)


@dataclass
class ImportTally:
    imported: int = 0
    duplicates: list[ImportOutcome] = field(default_factory=list)
    rejected: list[ImportOutcome] = field(default_factory=list)

    def add(self, outcome: ImportOutcome) -> None:
        if outcome.status == ImportOutcome.IMPORTED:
            self.imported += 1
        elif outcome.status == ImportOutcome.DUPLICATE:
            self.duplicates.append(outcome)
        else:
            self.rejected.append(outcome)

    @property
    def total(self) -> int:
        return self.imported + len(self.duplicates) + len(self.rejected)


def import_files(
    *,
    timeline: Timeline,
    sources: Iterable[SourceFile | Rejection],
    defaults: Given = NOTHING_GIVEN,
    created_by: AbstractBaseUser | None = None,
    keep_originals: bool = True,
    after_each: Callable[[list[ImportOutcome]], None] | None = None,
) -> ImportTally:
    """Import every source in turn. A manifest's own fields win over the defaults."""
    tally = ImportTally()
    limit = settings.ARTICLE_MAX_UPLOAD_BYTES
    for source in sources:
        if isinstance(source, Rejection):
            outcomes = [ImportOutcome(source.label, ImportOutcome.REJECTED, source.reason)]
        else:
            outcomes = _import_one(
                timeline=timeline,
                source=source,
                given=Given(
                    title=source.title,
                    source=source.source or defaults.source,
                    url=source.url,
                    published_on=source.published_on or defaults.published_on,
                ),
                created_by=created_by,
                keep_original=keep_originals,
                limit=limit,
            )
        for outcome in outcomes:
            tally.add(outcome)
        if after_each:
            after_each(outcomes)
        # With DEBUG on, Django keeps every query of the process: forget them, or a long
        # import's memory would grow with each file.
        reset_queries()
    return tally


def _import_one(*, source: SourceFile, limit: int, **import_arguments) -> list[ImportOutcome]:
    try:
        with source.path.open("rb") as stream:
            data = read_limited(stream, limit)
    except RejectedFile as rejected:
        return [ImportOutcome(source.label, ImportOutcome.REJECTED, rejected.reason)]
    except OSError as error:
        return [ImportOutcome(source.label, ImportOutcome.REJECTED, f"cannot be read: {error}")]
    try:
        outcomes = articles_import_file(filename=source.path.name, data=data, **import_arguments)
    except Exception as error:
        # A bug met on one file must not stop a thousand others: record it and go on.
        logger.exception("Importing %s failed", source.label)
        return [ImportOutcome(source.label, ImportOutcome.REJECTED, f"unexpected error: {error}")]
    # Report files by the path the user gave, entries of a feed by their own label.
    return [
        outcome if outcome.label != source.path.name else _relabel(outcome, source.label)
        for outcome in outcomes
    ]


def _relabel(outcome: ImportOutcome, label: str) -> ImportOutcome:
    return ImportOutcome(label, outcome.status, outcome.reason, outcome.article)

"""Import article files, folders (recursively) and manifests into a timeline."""

import resource
import time
from argparse import ArgumentTypeError
from datetime import date
from itertools import chain

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify
from tqdm import tqdm

from articles.importing import ImportTally, import_files
from articles.ingest.sources import iter_manifest, iter_paths
from articles.ingest.types import is_still_to_come
from articles.services import Given, ImportOutcome
from timeline.models import Timeline

# Duplicates need no action: a re-run of a big import lists a few, not thousands.
DUPLICATES_SHOWN = 20


def iso_date(value: str) -> date:
    """--published: an argparse type, so a bad value is a usage error, not a traceback."""
    try:
        day = date.fromisoformat(value)
    except ValueError as error:
        raise ArgumentTypeError(f"{value!r} is not a YYYY-MM-DD date") from error
    if is_still_to_come(day):
        raise ArgumentTypeError(f"{value} is still to come: give the day it was published")
    return day


class Command(BaseCommand):
    help = (
        "Import news articles: files and folders (recursive) of .txt, .md, .html, .docx, .pdf "
        "and RSS/Atom feeds, and/or a JSONL or CSV manifest. Prints a summary of what was "
        "imported, what was already there, and what was rejected and why."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files or folders to import.")
        parser.add_argument(
            "--manifest",
            action="append",
            default=[],
            help="A .jsonl or .csv file: one record per article with `file` (relative to the "
            "manifest) and optional `title`, `published`, `source`, `url`. May be repeated.",
        )
        parser.add_argument("--timeline", help="The timeline's slug (needed if there are several).")
        parser.add_argument(
            "--create-timeline",
            metavar="NAME",
            help="Create the timeline named by --timeline with this name if it does not exist.",
        )
        parser.add_argument("--source", default="", help="Source for articles that name none.")
        parser.add_argument(
            "--published",
            type=iso_date,
            help="Publication date (YYYY-MM-DD) for every article without its own in a manifest.",
        )
        parser.add_argument(
            "--no-originals",
            action="store_true",
            help="Do not keep a copy of each original file.",
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, paths, manifest, **options):
        if not paths and not manifest:
            raise CommandError("Give at least one file, folder or --manifest.")
        timeline = self._timeline(options["timeline"], options["create_timeline"])
        # Only the list of names is gathered up front (for the progress bar's total); each
        # file's bytes are read when its turn comes.
        sources = list(chain(iter_paths(paths), *(iter_manifest(path) for path in manifest)))
        started = time.perf_counter()
        with tqdm(
            total=len(sources),
            unit="file",
            disable=options["no_progress"] or options["verbosity"] == 0,
            file=self.stderr._out,
        ) as progress:
            tally = import_files(
                timeline=timeline,
                sources=sources,
                defaults=Given(source=options["source"], published_on=options["published"]),
                keep_originals=not options["no_originals"],
                after_each=lambda outcomes: progress.update(1),
            )
        self._summary(tally, timeline, time.perf_counter() - started, options["verbosity"])

    def _timeline(self, slug: str | None, create_name: str | None) -> Timeline:
        if slug:
            timeline = Timeline.objects.filter(slug=slug).first()
            if timeline:
                return timeline
            if create_name:
                return Timeline.objects.create(slug=slugify(slug), name=create_name)
            raise CommandError(
                f"No timeline {slug!r}. Add --create-timeline NAME to create it, or choose "
                f"one of: {', '.join(Timeline.objects.values_list('slug', flat=True)) or 'none'}."
            )
        timelines = list(Timeline.objects.all()[:2])
        if len(timelines) == 1:
            return timelines[0]
        raise CommandError(
            "Name the timeline with --timeline SLUG "
            + ("(there are several)." if timelines else "(and --create-timeline NAME).")
        )

    def _summary(self, tally: ImportTally, timeline: Timeline, seconds: float, verbosity: int):
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rate = tally.imported / seconds if seconds else 0.0
        self.stdout.write(
            self.style.SUCCESS(f"Imported {tally.imported}")
            + f", duplicates {len(tally.duplicates)}, rejected {len(tally.rejected)}"
            + f" into “{timeline.name}” in {seconds:.1f} s ({rate:.1f} articles/s,"
            + f" peak memory {peak_mb:.0f} MB)."
        )
        if verbosity >= 1:
            shown = tally.duplicates if verbosity >= 2 else tally.duplicates[:DUPLICATES_SHOWN]
            for outcome in shown:
                self.stdout.write(f"  duplicate  {outcome.label}: {self._existing(outcome)}")
            if len(shown) < len(tally.duplicates):
                hidden = len(tally.duplicates) - len(shown)
                self.stdout.write(f"  … and {hidden} more duplicates (-v 2 lists them all)")
            for outcome in tally.rejected:
                self.stdout.write(
                    self.style.WARNING(f"  rejected   {outcome.label}: ") + outcome.reason
                )

    def _existing(self, outcome: ImportOutcome) -> str:
        article = outcome.article
        return f"the same text is already article {article.pk} “{article.title}”"

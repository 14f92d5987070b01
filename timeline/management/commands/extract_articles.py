"""Queue (or run here) the extraction of many articles: after an engine upgrade, say."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from tqdm import tqdm

from articles.models import Article
from timeline.extraction import ENGINE_VERSION
from timeline.models import Timeline
from timeline.services.extraction import article_queue_extraction
from timeline.tasks import run_extraction

State = Article.ExtractionState
BATCH = 200


class Command(BaseCommand):
    help = (
        "Queue the extraction of articles for the workers, or run it in this process with "
        "--inline. --pending (the default) takes articles not done, or done by another "
        f"engine version than {ENGINE_VERSION}; --all takes every article."
    )

    def add_arguments(self, parser):
        parser.add_argument("--timeline", metavar="SLUG", help="only this timeline's articles")
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--pending", action="store_true", help="articles still to extract")
        which.add_argument("--all", action="store_true", help="every article")
        parser.add_argument(
            "--inline", action="store_true", help="extract here, with a progress bar"
        )

    def handle(self, *args, timeline=None, pending=False, all=False, inline=False, **options):
        articles = Article.objects.all()
        if timeline:
            found = Timeline.objects.filter(slug=timeline).first()
            if found is None:
                raise CommandError(f"No timeline with the slug {timeline!r}.")
            articles = articles.filter(timeline=found)
        if not all:
            articles = articles.filter(
                ~Q(extraction_state=State.DONE) | ~Q(extractor_version=ENGINE_VERSION)
            )
        article_ids = list(articles.order_by("pk").values_list("pk", flat=True))
        if not article_ids:
            self.stdout.write("Nothing to extract.")
            return
        if inline:
            self._run_inline(article_ids)
        else:
            self._queue(article_ids)

    def _queue(self, article_ids: list[int]) -> None:
        for first in range(0, len(article_ids), BATCH):
            # One transaction per batch: the tasks are sent as each batch commits.
            with transaction.atomic():
                for article in Article.objects.filter(pk__in=article_ids[first : first + BATCH]):
                    article_queue_extraction(article=article)
        self.stdout.write(
            self.style.SUCCESS(f"Queued {len(article_ids)} articles for the workers.")
        )

    def _run_inline(self, article_ids: list[int]) -> None:
        done = failed = events = 0
        for article_id in tqdm(article_ids, desc="Extracting", unit="article"):
            Article.objects.filter(pk=article_id).update(
                extraction_state=State.QUEUED, extraction_error=""
            )
            article = run_extraction(article_id)
            if article is None:
                continue
            if article.extraction_state == State.DONE:
                done += 1
                events += article.event_count
            else:
                failed += 1
                self.stderr.write(f"Article {article_id} failed: {article.extraction_error}")
        self.stdout.write(
            self.style.SUCCESS(f"Extracted {done} articles ({events} events); {failed} failed.")
        )

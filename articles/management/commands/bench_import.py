"""`make bench-import`: import throughput and peak memory for 1,000 generated articles.

Generates wire-like articles (plain text, HTML pages with page furniture, Markdown; a few bad
files among them) in a temporary folder, imports them with the same code as `import_articles`
(originals kept, extraction queued) into a throwaway timeline, and reports articles per second
and peak RSS. Extraction tasks go to a private queue that is deleted afterwards, so no worker
picks them up and the bench leaves nothing behind, in the database or the broker.
"""

import platform
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.importing import import_files
from articles.ingest.sources import iter_paths
from articles.models import Article
from timeline.benchmarking import current_rss_mb, peak_rss_mb
from timeline.models import Timeline

BENCH_QUEUE = "bench-import"
CITIES = ["BEIRUT", "CAIRO", "ASTANA, Kazakhstan", "GENEVA", "TRIPOLI, Libya", "ANKARA"]
AGENCIES = ["Reuters", "AFP", "AP"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
WORDS = (
    "talks ceasefire delegation rebels government officials monitors statement minister "
    "negotiations agreement envoy opposition forces capital border council spokesman "
    "sanctions humanitarian convoy city province offensive withdrawal resolution summit"
).split()


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 24))
    day = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
    when = rng.choice(["on Monday", "last week", f"on {day}", "in 2016", "next month"])
    return f"{' '.join(words).capitalize()} {when}, {rng.choice(['officials', 'a source'])} said."


def article_text(rng: random.Random, number: int) -> tuple[str, str]:
    headline = f"{' '.join(rng.choices(WORDS, k=6)).capitalize()} ({number})"
    lead = f"{rng.choice(CITIES)} ({rng.choice(AGENCIES)}) – {sentence(rng)}"
    paragraphs = [lead] + [
        " ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(6, 14))
    ]
    return headline, "\n\n".join(paragraphs)


def write_corpus(folder: Path, count: int, seed: int = 2017) -> None:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    for number in range(count):
        headline, body = article_text(rng, number)
        kind = number % 20
        if kind == 19 and number % 200 == 199:
            # One bad file in two hundred: binary data with a text name.
            (folder / f"{number:05}.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(2048))
        elif kind < 3:
            paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in body.split("\n\n"))
            page = (
                f"<!doctype html><html><head><meta charset='utf-8'><title>{headline}</title>"
                f"<meta property='article:published_time' content='2017-01-{1 + number % 28:02}'>"
                "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                f"<article><h1>{headline}</h1>{paragraphs}</article>"
                "<div class='share'>Share on Facebook</div><section><h3>Add a comment</h3>"
                "<p>There are no comments yet.</p></section></body></html>"
            )
            (folder / f"{number:05}.html").write_text(page, encoding="utf-8")
        elif kind == 3:
            (folder / f"{number:05}.md").write_text(f"# {headline}\n\n{body}\n", encoding="utf-8")
        else:
            text = f"{headline}\n\n{body}\n\nAdd a comment\n\nSort by\n"
            (folder / f"{number:05}.txt").write_text(text, encoding="utf-8")


@contextmanager
def extraction_routed_to(queue: str) -> Iterator[None]:
    """Send this process's extraction tasks to ``queue`` instead of the workers' queue, and
    back to where they went before on leaving (the command may run inside a longer process,
    such as the test suite)."""
    from config.celery import app

    previous = app.conf.task_routes
    _set_routes(app, {"timeline.tasks.extract_article": {"queue": queue}})
    try:
        yield
    finally:
        _set_routes(app, previous)


def _set_routes(app, routes) -> None:
    app.conf.task_routes = routes
    app.amqp.flush_routes()
    app.amqp.__dict__.pop("router", None)


def delete_queue(queue: str) -> None:
    from config.celery import app

    with app.connection_for_write() as broker:
        bound = app.amqp.queues[queue].bind(broker.default_channel)
        # A fresh channel only deletes the bindings it knows of: declare them first.
        bound.declare()
        bound.purge()
        bound.delete()


# Memory is read after this many articles (imports warmed up), then after all of them.
WARM_UP = 100


class Command(BaseCommand):
    help = "Measure article import throughput and peak memory on generated articles."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--runs", type=int, default=3)

    def handle(self, *args, articles: int, runs: int, **options):
        if articles < 1 or runs < 1:
            raise CommandError("--articles and --runs must be at least 1.")
        with (
            extraction_routed_to(BENCH_QUEUE),
            tempfile.TemporaryDirectory(prefix="bench-import-") as folder,
        ):
            write_corpus(Path(folder), articles)
            size_mb = sum(path.stat().st_size for path in Path(folder).iterdir()) / 1024**2
            self.stdout.write(
                f"{articles} generated files ({size_mb:.1f} MB) on {connection.vendor}, "
                f"broker {settings.CELERY_BROKER_URL.split('://')[0]}; {runs} runs."
            )
            rates, checkpoints = [], []
            try:
                for run in range(1, runs + 1):
                    rate, rss = self._run(Path(folder), run, warm=min(WARM_UP, articles))
                    rates.append(rate)
                    checkpoints.append(rss)
            finally:
                delete_queue(BENCH_QUEUE)
        self._report(rates, checkpoints)

    def _run(self, folder: Path, run: int, warm: int) -> tuple[float, dict[str, float]]:
        timeline = Timeline.objects.create(
            slug=f"bench-import-{uuid.uuid4().hex[:8]}", name=f"Bench import {run}"
        )
        rss = {"before": current_rss_mb()}
        done = 0

        def checkpoint(outcomes):
            nonlocal done
            done += 1
            if done == warm:
                rss["warmed up"] = current_rss_mb()

        try:
            started = time.perf_counter()
            tally = import_files(
                timeline=timeline, sources=iter_paths([folder]), after_each=checkpoint
            )
            seconds = time.perf_counter() - started
            rss["after all"] = current_rss_mb()
            rate = tally.imported / seconds
            self.stdout.write(
                f"run {run}: {tally.imported} imported, {len(tally.rejected)} rejected, "
                f"{len(tally.duplicates)} duplicates in {seconds:.2f} s = {rate:.1f} articles/s; "
                + "RSS "
                + ", ".join(f"{label} {value:.0f} MB" for label, value in rss.items())
            )
        finally:
            self._clean_up(timeline)
        return rate, rss

    def _clean_up(self, timeline: Timeline) -> None:
        timeline_id = timeline.pk
        ids = list(Article.objects.filter(timeline=timeline).values_list("id", flat=True))
        # In batches: deleting a thousand articles at once would load them all, and the
        # next run's memory figures would measure the clean-up instead of the import.
        for start in range(0, len(ids), 200):
            batch = Article.objects.filter(id__in=ids[start : start + 200])
            originals = [name for name in batch.values_list("original_file", flat=True) if name]
            batch.delete()
            for name in originals:
                default_storage.delete(name)
        timeline.delete()
        # simple_history keeps a record of each deleted row: the bench leaves none behind.
        Article.history.filter(id__in=ids).delete()
        Timeline.history.filter(id=timeline_id).delete()

    def _report(self, rates: list[float], checkpoints: list[dict[str, float]]) -> None:
        def median_of(label: str) -> float:
            return statistics.median(rss[label] for rss in checkpoints)

        self.stdout.write(
            self.style.SUCCESS(
                f"median {statistics.median(rates):.1f} articles/s "
                f"(min {min(rates):.1f}, max {max(rates):.1f}); median RSS before a run "
                f"{median_of('before'):.0f} MB, after {WARM_UP} articles (or all) "
                f"{median_of('warmed up'):.0f} MB, after all {median_of('after all'):.0f} MB; "
                f"peak RSS {peak_rss_mb():.0f} MB"
            )
        )
        self.stdout.write(
            f"machine: {platform.machine()}, {platform.python_implementation()} "
            f"{platform.python_version()}, {platform.system()} {platform.release()}"
        )

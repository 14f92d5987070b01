"""The extraction pipeline's figures for docs/benchmarks.md (`make bench-pipeline`).

(a) the engine on a Timeline17 corpus: events per article, date recall against the
    journalists' timeline, articles per second in this process;
(b) throughput: N articles through 1 and 2 real `celery worker` processes (solo pool, one
    process each) on the configured Redis broker and PostgreSQL database;
(c) latency: an article created with an idle worker until its events are in the database,
    median and p95.

Parts (b) and (c) need DATABASE_URL to name PostgreSQL and CELERY_BROKER_URL to name
Redis; use a database and a Redis db of their own (they create and delete a timeline, and
use their own queue, so a running `make run` worker never takes their tasks).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.models import Article
from articles.services import article_create, content_hash
from timeline.extraction.events.corpus import evaluate_corpus, read_corpus
from timeline.models import Event, Mention, Timeline

BENCH_SLUG = "bench-pipeline"
BENCH_QUEUE = "bench-pipeline"


class Command(BaseCommand):
    help = "Measure the extraction pipeline: corpus recall, worker throughput, latency."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", type=Path, required=True, help="a Timeline17 folder")
        parser.add_argument("--articles", type=int, default=1000, help="for the throughput")
        parser.add_argument("--uploads", type=int, default=30, help="for the latency")
        parser.add_argument("--workers", default="1,2", help="worker process counts to time")
        parser.add_argument("--corpus-only", action="store_true", help="only part (a)")

    def handle(self, *args, corpus, articles, uploads, workers, corpus_only, **options):
        if not (corpus / "articles.jsonl").exists():
            raise CommandError(f"No articles.jsonl in {corpus}.")
        self._corpus(corpus)
        if corpus_only:
            return
        if connection.vendor != "postgresql" or not settings.CELERY_BROKER_URL.startswith(
            "redis://"
        ):
            raise CommandError(
                "Throughput and latency need DATABASE_URL=postgres://... and "
                "CELERY_BROKER_URL=redis://... (a bench database and Redis db of their own)."
            )
        from config.celery import app

        app.conf.task_default_queue = BENCH_QUEUE
        texts = [(a.text, a.published) for a in read_corpus(corpus)]
        rates = {}
        for count in [int(n) for n in workers.split(",")]:
            rates[count] = self._throughput(app, texts, articles, count)
        if 1 in rates and len(rates) > 1:
            for count, rate in rates.items():
                if count != 1:
                    self.stdout.write(f"ratio {count} workers / 1 worker: {rate / rates[1]:.2f}")
        self._latency(app, texts, uploads)

    # (a)
    def _corpus(self, corpus: Path) -> None:
        runs = [evaluate_corpus(corpus) for _ in range(3)]
        report = runs[0]
        speed = statistics.median(run["articles_per_second"] for run in runs)
        self.stdout.write(f"## Corpus {corpus.name}: {report['articles']} articles")
        self.stdout.write(f"engine in this process: {speed} articles/s (median of 3 runs)")
        self.stdout.write("| part | articles | events | events/article | recall (day) | (week) |")
        self.stdout.write("| --- | --- | --- | --- | --- | --- |")
        for part in ("all", "studied", "held_out"):
            row = report[part]
            self.stdout.write(
                f"| {part} | {row['articles']} | {row['events']} | "
                f"{row['events_per_article']} | {row['date_recall_day']:.1%} | "
                f"{row['date_recall_week']:.1%} |"
            )

    # (b)
    def _throughput(self, app, texts, count: int, worker_count: int) -> float:
        timeline = self._fresh_timeline()
        article_ids = self._create_articles(timeline, texts, count)
        processes = self._start_workers(app, worker_count)
        try:
            from timeline.tasks import extract_article

            started = time.perf_counter()
            for article_id in article_ids:
                extract_article.apply_async((article_id,), queue=BENCH_QUEUE)
            self._wait_done(article_ids, timeout=60 + count * 2)
            seconds = time.perf_counter() - started
        finally:
            self._stop(processes)
        events = Event.objects.filter(timeline=timeline).count()
        failed = Article.objects.filter(
            timeline=timeline, extraction_state=Article.ExtractionState.FAILED
        ).count()
        self.stdout.write(
            f"throughput, {worker_count} worker process(es): {count} articles in "
            f"{seconds:.1f} s = {count / seconds:.1f} articles/s ({events} events, "
            f"{failed} failed)"
        )
        timeline.delete()
        return count / seconds

    # (c)
    def _latency(self, app, texts, uploads: int) -> None:
        timeline = self._fresh_timeline()
        processes = self._start_workers(app, 1)
        latencies = []
        found = 0
        try:
            for index in range(uploads):
                text, published = texts[index % len(texts)]
                started = time.perf_counter()
                article = article_create(
                    timeline=timeline,
                    title=f"Latency {index}",
                    body=f"{text}\n\n(latency copy {index})",
                    published_on=published,
                    published_on_origin=Article.DateOrigin.GIVEN,
                )
                # Visible: the article is done, so its events are committed with it.
                self._wait_done([article.pk], timeout=60)
                latencies.append(time.perf_counter() - started)
                found += Mention.objects.filter(article=article).values("event").distinct().count()
                time.sleep(0.2)  # the worker is idle again before the next upload
        finally:
            self._stop(processes)
        latencies.sort()
        p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
        self.stdout.write(
            f"latency upload -> events visible, idle worker, {uploads} uploads: median "
            f"{statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
            f"({found} events)"
        )
        timeline.delete()

    def _fresh_timeline(self) -> Timeline:
        Timeline.objects.filter(slug=BENCH_SLUG).delete()
        return Timeline.objects.create(name="Bench: pipeline", slug=BENCH_SLUG)

    def _create_articles(self, timeline, texts, count: int) -> list[int]:
        articles = []
        for index in range(count):
            text, published = texts[index % len(texts)]
            body = f"{text}\n\n(bench copy {index})"
            articles.append(
                Article(
                    timeline=timeline,
                    title=f"Bench {index}",
                    body=body,
                    content_hash=content_hash(body),
                    published_on=published,
                    published_on_origin=Article.DateOrigin.GIVEN,
                )
            )
        created = Article.objects.bulk_create(articles, batch_size=200)
        return [article.pk for article in created]

    def _start_workers(self, app, count: int) -> list[subprocess.Popen]:
        app.control.purge()
        env = {**os.environ, "CELERY_QUEUE": BENCH_QUEUE}
        processes = [
            # The command line is ours, not input: the same interpreter running celery.
            subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "config",
                    "worker",
                    "--pool=solo",
                    "--loglevel=WARNING",
                    "--without-mingle",
                    "--without-gossip",
                    "-Q",
                    BENCH_QUEUE,
                    "-n",
                    f"bench{index}@%h",
                ],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=subprocess.DEVNULL,
            )
            for index in range(count)
        ]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if len(app.control.ping(timeout=0.5) or []) >= count:
                return processes
        self._stop(processes)
        raise CommandError("The bench workers did not start within 60 s.")

    def _wait_done(self, article_ids: list[int], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        waiting = Article.objects.filter(pk__in=article_ids).exclude(
            extraction_state__in=[Article.ExtractionState.DONE, Article.ExtractionState.FAILED]
        )
        while waiting.exists():
            if time.monotonic() > deadline:
                raise CommandError(f"{waiting.count()} articles were not extracted in time.")
            time.sleep(0.05)

    def _stop(self, processes: list[subprocess.Popen]) -> None:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()

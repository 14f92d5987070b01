"""Benchmark the editorial review page with 10,000 events.

    python manage.py bench_review [--events 10000] [--runs 30]

Creates a bench database of its own (PostgreSQL; never the one DATABASE_URL names), seeds a
timeline of proposed events citing 1-3 articles each, then, in a child process on that
database with DEBUG off, drives the real views through Django's test client as a signed-in
editor: the SQL queries of the first page (beside a timeline of 100 events, to show the
count does not grow), and the median server time of the first page, of a deep page, of the
filters, of a live poll and of an approve (htmx, each on a different event). Prints the
"Editorial review page" section of docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from timeline.benchmarking import create_database, machine, production_env, run

BENCH_SLUG = "bench-review"
SMALL_SLUG = "bench-review-small"
SMALL_EVENTS = 100
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/timeline_bench_review"
OUTLETS = ["Agence France-Presse", "Reuters", "Associated Press", "BBC", "Al Jazeera", "DPA"]
WORDS = (
    "talks ceasefire offensive convoy summit envoy truce siege delegation agreement vote "
    "council sanctions border refugees airstrike negotiations monitors corridor evacuation"
).split()
PLACES = ["Aleppo", "Astana", "Geneva", "Damascus", "Idlib", "Ankara", "Moscow", "Homs"]
ACTORS = ["Russia", "Turkey", "Iran", "United Nations", "Syrian government", "rebels"]


class Command(BaseCommand):
    help = "SQL queries and median server times of the editorial review page at 10,000 events."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=10_000)
        parser.add_argument("--runs", type=int, default=30)
        parser.add_argument(
            "--database-url",
            default=os.environ.get("BENCH_REVIEW_DATABASE_URL", DEFAULT_DATABASE_URL),
        )
        parser.add_argument("--phase", choices=["seed", "measure"], help="internal")

    def handle(self, *args, **options):
        if options["phase"] == "seed":
            return self._seed(options["events"])
        if options["phase"] == "measure":
            return self._measure(options["runs"])
        return self._bench(options)

    # -- run from the developer's shell ------------------------------------------------

    def _bench(self, options) -> None:
        database_url = options["database_url"]
        create_database(database_url)
        workdir = Path(tempfile.mkdtemp(prefix="bench-review-"))
        env = production_env(
            database_url=database_url,
            workdir=workdir,
            allowed_hosts="testserver",
            cache_url="locmemcache://bench-review",
        )
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        try:
            self._step("migrating the bench database")
            run([*manage, "migrate", "--noinput", "-v0"], env)
            run([*manage, "collectstatic", "--noinput", "-v0"], env)
            self._step(f"seeding {options['events']:,} proposed events")
            run(
                [*manage, "bench_review", "--phase", "seed", "--events", str(options["events"])],
                env,
            )
            self._step(f"measuring, {options['runs']} runs each")
            figures = json.loads(
                run(
                    [*manage, "bench_review", "--phase", "measure", "--runs", str(options["runs"])],
                    env,
                )
            )
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        self.stdout.write(_report(options, figures))

    def _step(self, text: str) -> None:
        self.stderr.write(f"bench_review: {text}")

    # -- in the child process, on the bench database -------------------------------------

    def _seed(self, count: int) -> None:
        from django.db import connection

        from timeline.models import Event

        for slug, wanted in ((BENCH_SLUG, count), (SMALL_SLUG, SMALL_EVENTS)):
            if Event.objects.filter(timeline__slug=slug).count() != wanted:
                _seed_timeline(slug, wanted)
        with connection.cursor() as cursor:
            for table in ("timeline_event", "timeline_mention", "articles_article"):
                cursor.execute(f"VACUUM ANALYZE {table}")

    def _measure(self, runs: int) -> None:
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext
        from django.urls import reverse

        from timeline.models import Event, Timeline
        from timeline.roles import EDITORS_GROUP

        editor = get_user_model().objects.create_user(f"bench-editor-{secrets.token_hex(4)}")
        editor.groups.add(Group.objects.get_or_create(name=EDITORS_GROUP)[0])
        client = Client()
        client.force_login(editor)
        htmx = {"HTTP_HX_REQUEST": "true", "secure": True}

        def queries(url: str) -> int:
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, secure=True)
            assert response.status_code == 200, (url, response.status_code)
            return len(captured)

        def median_ms(request) -> float:
            request()  # warm: templates compiled, connection open
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                response = request()
                times.append(time.perf_counter() - started)
                assert response.status_code in (200, 286), response.status_code
            return round(statistics.median(times) * 1000, 1)

        def paired_medians_ms(first, second) -> tuple[float, float]:
            """Alternate the two requests, so a busy machine slows both alike."""
            first(), second()
            times = ([], [])
            for _ in range(runs):
                for request, kept in ((first, times[0]), (second, times[1])):
                    started = time.perf_counter()
                    assert request().status_code == 200
                    kept.append(time.perf_counter() - started)
            return tuple(round(statistics.median(kept) * 1000, 1) for kept in times)

        big = reverse("review:timeline", args=[BENCH_SLUG])
        small = reverse("review:timeline", args=[SMALL_SLUG])
        timeline = Timeline.objects.get(slug=BENCH_SLUG)
        total = Event.objects.filter(timeline=timeline).count()
        results = {
            "events": total,
            "small_events": Event.objects.filter(timeline__slug=SMALL_SLUG).count(),
            "queries_big": queries(big),
            "queries_small": queries(small),
            "last_page_ms": median_ms(lambda: client.get(f"{big}?page=200", secure=True)),
            "filtered_ms": median_ms(
                lambda: client.get(
                    f"{big}?status=proposed&entity=aleppo&q=ceasefire&date_from=2005",
                    HTTP_HX_TARGET="review-results",
                    **htmx,
                )
            ),
            "support_sort_ms": median_ms(lambda: client.get(f"{big}?sort=support", secure=True)),
            "live_poll_ms": median_ms(
                lambda: client.get(
                    reverse("review:timeline_live", args=[BENCH_SLUG]) + "?after=0",
                    HTTP_HX_TARGET="live",
                    **htmx,
                )
            ),
        }
        results["first_page_ms"], results["small_first_page_ms"] = paired_medians_ms(
            lambda: client.get(big, secure=True), lambda: client.get(small, secure=True)
        )
        proposed = iter(
            Event.objects.filter(timeline=timeline, status="proposed")
            .order_by("date_start")
            .values_list("pk", "version")[: runs + 1]
        )

        def approve():
            event_id, version = next(proposed)
            return client.post(
                reverse("review:event_approve", args=[BENCH_SLUG, event_id]),
                {"version": version},
                HTTP_HX_TARGET=f"event-{event_id}",
                **htmx,
            )

        event_id, version = (
            Event.objects.filter(timeline=timeline, status="proposed")
            .values_list("pk", "version")
            .last()
        )
        with CaptureQueriesContext(connection) as captured:
            client.post(
                reverse("review:event_approve", args=[BENCH_SLUG, event_id]),
                {"version": version},
                HTTP_HX_TARGET=f"event-{event_id}",
                **htmx,
            )
        results["approve_queries"] = len(captured)
        results["approve_ms"] = median_ms(approve)
        results["load_average"] = os.getloadavg()[1] if hasattr(os, "getloadavg") else None
        self.stdout.write(json.dumps(results))


def _seed_timeline(slug: str, count: int) -> None:
    """A timeline of `count` proposed events over twenty years, each citing 1-3 articles,
    dated at every precision the page shows, with actors and places, from a fixed seed."""
    from django.db import transaction

    from articles.models import Article
    from articles.services import content_hash
    from timeline.extraction.dates import value_range
    from timeline.models import Event, Mention, Timeline

    rng = random.Random(2017)  # noqa: S311 (bench data, not security)
    with transaction.atomic():
        Timeline.objects.filter(slug=slug).delete()
        timeline = Timeline.objects.create(name=f"Bench: {count} events", slug=slug)
        articles = []
        for number in range(max(1, count // 20)):
            body = f"Bench article {slug} {number}: " + " ".join(rng.choices(WORDS, k=40))
            articles.append(
                Article(
                    timeline=timeline,
                    title=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} report {number}",
                    source=rng.choice(OUTLETS),
                    published_on=dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(7300)),
                    body=body,
                    content_hash=content_hash(body),
                    extraction_state="done",
                )
            )
        articles = Article.objects.bulk_create(articles, batch_size=1000)
        events = []
        for number in range(count):
            day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(7300))
            draw = rng.random()
            value = (
                day.isoformat()
                if draw < 0.7
                else f"{day:%Y-%m}"
                if draw < 0.9
                else f"{day.year:04d}"
            )
            covered = value_range(value)
            events.append(
                Event(
                    timeline=timeline,
                    title=f"{' '.join(rng.choices(WORDS, k=rng.randint(3, 8))).capitalize()}"
                    f" ({number})",
                    summary=" ".join(rng.choices(WORDS, k=rng.randint(0, 30))).capitalize(),
                    date_value=value,
                    date_start=covered.start,
                    date_end=covered.end,
                    granularity=covered.granularity,
                    is_approximate=rng.random() < 0.1,
                    actors=rng.sample(ACTORS, k=rng.randint(0, 3)),
                    places=rng.sample(PLACES, k=rng.randint(0, 2)),
                    support=0,
                )
            )
        events = Event.objects.bulk_create(events, batch_size=1000)
        mentions = []
        for event in events:
            cited = rng.sample(articles, k=min(len(articles), rng.randint(1, 3)))
            event.support = len(cited)
            for article in cited:
                sentence = f"Officials said the {rng.choice(WORDS)} happened on that day."
                mentions.append(
                    Mention(
                        event=event,
                        origin_event=event,
                        article=article,
                        sentence=sentence,
                        sentence_start=0,
                        sentence_end=len(sentence),
                        timex_start=len(sentence) - 13,
                        timex_end=len(sentence) - 1,
                        timex_text="on that day",
                        timex_type="DATE",
                        timex_value=event.date_value,
                        confidence=rng.random(),
                        extractor_version="bench",
                    )
                )
        Mention.objects.bulk_create(mentions, batch_size=2000)
        Event.objects.bulk_update(events, ["support"], batch_size=2000)


def _report(options, figures: dict) -> str:
    runs = options["runs"]
    ratio = figures["first_page_ms"] / figures["small_first_page_ms"]
    load = figures.get("load_average")
    load_note = f" Load average (5 min) at the end: {load:.1f}." if load is not None else ""
    return f"""## Editorial review page (`make bench-review`)

`python manage.py bench_review --events {options["events"]} --runs {runs}` on {machine()}:
a bench database of its own, a timeline of {figures["events"]:,} proposed events (1-3 articles
each), production settings (DEBUG off), the real views through Django's test client as a
signed-in editor. Server time is the median of {runs} requests after one warm-up, in-process
(no network); the two first pages are timed alternately, so the ratio is fair on a busy
machine.{load_note}

| measure | value |
| --- | --- |
| SQL queries, first page, {figures["small_events"]} events | {figures["queries_small"]} |
| SQL queries, first page, {figures["events"]:,} events | {figures["queries_big"]} |
| first page, {figures["small_events"]} events, median | {figures["small_first_page_ms"]} ms |
| first page (50 cards, counts, filters), {figures["events"]:,} events, median | \
{figures["first_page_ms"]} ms |
| ratio, first page at {figures["events"]:,} / at {figures["small_events"]} events | {ratio:.2f} |
| page 200 (the last), median | {figures["last_page_ms"]} ms |
| filtered (status, actor/place, text, date; htmx), median | {figures["filtered_ms"]} ms |
| sorted by support, median | {figures["support_sort_ms"]} ms |
| live poll (counts, new events), median | {figures["live_poll_ms"]} ms |
| approve (htmx: card and counts), median | {figures["approve_ms"]} ms |
| SQL queries of an approve | {figures["approve_queries"]} |
"""

"""Benchmark the public timeline page against a static file of the same size.

    python manage.py bench_public [--events 10000] [--duration 10] [--connections 8]

Seeds a timeline of approved events in a bench database of its own (PostgreSQL), runs
gunicorn with the production settings (DEBUG off, WhiteNoise), copies the public page's
exact bytes into STATIC_ROOT so the same gunicorn serves them as a static file, and loads
both under the same bounded load on loopback: wrk when installed (`apt-get install wrk`),
else a Python load generator with the same fixed connections and duration. Prints the
medians and the ratio as the "Public page" section of docs/benchmarks.md.
"""

import datetime as dt
import http.client
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from timeline.benchmarking import Gunicorn, create_database, http_get, machine, production_env, run

BENCH_SLUG = "bench-public"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/timeline_bench_public"
DEFAULT_CACHE_URL = "redis://127.0.0.1:6379/4"
OUTLETS = ["Agence France-Presse", "Reuters", "Associated Press", "BBC", "Al Jazeera", "DPA"]
WORDS = (
    "talks ceasefire offensive convoy summit envoy truce siege delegation agreement vote "
    "council sanctions border refugees airstrike negotiations monitors corridor evacuation"
).split()


class Command(BaseCommand):
    help = "Requests per second of the public page with many events vs a same-size static file."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=10_000)
        parser.add_argument("--duration", type=int, default=10, help="seconds per load run")
        parser.add_argument("--connections", type=int, default=8)
        parser.add_argument("--threads", type=int, default=2, help="wrk threads")
        # The production guidance (README): two sync workers per core.
        parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
        parser.add_argument("--rounds", type=int, default=3)
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument(
            "--database-url",
            default=os.environ.get("BENCH_PUBLIC_DATABASE_URL", DEFAULT_DATABASE_URL),
        )
        parser.add_argument(
            "--cache-url", default=os.environ.get("BENCH_PUBLIC_CACHE_URL", DEFAULT_CACHE_URL)
        )
        parser.add_argument("--phase", choices=["seed", "render"], help=""" internal """)

    def handle(self, *args, **options):
        if options["phase"] == "seed":
            return self._seed(options["events"])
        if options["phase"] == "render":
            return self._render()
        return self._bench(options)

    # -- the bench, run from the developer's shell ---------------------------------------

    def _bench(self, options) -> None:
        database_url = options["database_url"]
        create_database(database_url)
        workdir = Path(tempfile.mkdtemp(prefix="bench-public-"))
        env = production_env(
            database_url=database_url,
            workdir=workdir,
            allowed_hosts="127.0.0.1",
            cache_url=options["cache_url"],
        )
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        self._step("migrating the bench database")
        run([*manage, "migrate", "--noinput", "-v0"], env)
        self._step(f"seeding {options['events']:,} approved events")
        run([*manage, "bench_public", "--phase", "seed", "--events", str(options["events"])], env)
        run([*manage, "collectstatic", "--noinput", "-v0"], env)
        self._step("rendering without any cache")
        rendering = json.loads(run([*manage, "bench_public", "--phase", "render"], env))

        base = f"http://127.0.0.1:{options['port']}"
        page_url = f"{base}/timelines/{BENCH_SLUG}/"
        static_url = f"{base}/static/bench/public-page-same-size.html"
        server = Gunicorn(env, options["port"], options["workers"])
        try:
            server.start()
            page = http_get(page_url)
            # The page's own bytes, served as a file: same size, same content.
            static_file = Path(env["STATIC_ROOT"]) / "bench" / "public-page-same-size.html"
            static_file.parent.mkdir(parents=True, exist_ok=True)
            static_file.write_bytes(page)
            server.restart()  # WhiteNoise indexes STATIC_ROOT when it starts
            if http_get(static_url) != page:
                raise CommandError("The static copy does not match the page.")

            for _ in range(10 * options["workers"]):
                http_get(page_url)
            cold = _cold_requests(page_url, options["cache_url"])
            for _ in range(10 * options["workers"]):
                http_get(page_url)
            # A returning reader: the CSRF cookie the first visit set, and the page's tag.
            revalidation = _revalidation_headers(page_url)

            load = _load_tool(options)
            runs = {"page": [], "static": [], "not_modified": []}
            for round_number in range(options["rounds"]):
                self._step(f"round {round_number + 1} of {options['rounds']}")
                runs["page"].append(load(page_url))
                runs["static"].append(load(static_url))
                runs["not_modified"].append(load(page_url, revalidation))
        finally:
            server.stop()
            shutil.rmtree(workdir, ignore_errors=True)

        self.stdout.write(
            _report(options, page_size=len(page), rendering=rendering, cold=cold, runs=runs)
        )

    def _step(self, text: str) -> None:
        self.stderr.write(f"bench_public: {text}")

    # -- phases run in a child process, on the bench database ---------------------------

    def _seed(self, count: int) -> None:
        from django.db import connection

        from timeline.models import Event

        existing = Event.objects.filter(timeline__slug=BENCH_SLUG, status="approved").count()
        if existing != count:
            _seed_timeline(count)
        # As autovacuum would have by then: planner statistics and the visibility map.
        with connection.cursor() as cursor:
            for table in ("timeline_event", "timeline_mention", "articles_article"):
                cursor.execute(f"VACUUM ANALYZE {table}")

    def _render(self) -> None:
        """Time the reads and the rendering of the whole list and of one year, uncached."""
        from django.template.loader import render_to_string

        from timeline.selectors.public import (
            public_events,
            public_timeline_get,
            timeline_overview,
        )
        from timeline.views.public import TEMPLATE

        timeline = public_timeline_get(slug=BENCH_SLUG)
        latest_year = max(timeline_overview(timeline=timeline).years)
        results = {}
        for name, year in (("whole", None), ("year", latest_year)):
            loads, renders = [], []
            for _ in range(3):
                started = time.perf_counter()
                events = public_events(timeline=timeline, year=year)
                loaded = time.perf_counter()
                html = render_to_string(f"{TEMPLATE}#listing", {"events": events})
                renders.append(time.perf_counter() - loaded)
                loads.append(loaded - started)
            results[name] = {
                "events": len(events),
                "bytes": len(html.encode()),
                "load_s": statistics.median(loads),
                "render_s": statistics.median(renders),
            }
        results["year"]["year"] = latest_year
        self.stdout.write(json.dumps(results))


def _seed_timeline(count: int) -> None:
    """A public timeline of `count` approved events over twenty years, each citing 1-3 articles.

    Dates come in every precision the product shows (mostly days, some weeks, months,
    quarters, seasons and years, some approximate, a few planned), from a fixed seed.
    """
    from django.db import transaction

    from articles.models import Article
    from articles.services import content_hash
    from timeline.extraction.dates import value_range
    from timeline.models import Event, Mention, Timeline

    rng = random.Random(2017)  # noqa: S311 (bench data, not security)
    with transaction.atomic():
        Timeline.objects.filter(slug=BENCH_SLUG).delete()
        timeline = Timeline.objects.create(
            name="Bench: twenty years of talks",
            slug=BENCH_SLUG,
            description="Generated events for the public page benchmark.",
            is_public=True,
        )
        articles = []
        for number in range(max(1, count // 10)):
            body = f"Bench article {number}: " + " ".join(rng.choices(WORDS, k=40))
            articles.append(
                Article(
                    timeline=timeline,
                    title=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} report {number}",
                    source=rng.choice(OUTLETS),
                    url=f"https://news.example/{number}" if rng.random() < 0.8 else "",
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
            value = _bench_value(day, rng.random())
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
                    modality="planned" if rng.random() < 0.03 else "occurred",
                    status="approved",
                    approved_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
                    + dt.timedelta(minutes=number),
                )
            )
        events = Event.objects.bulk_create(events, batch_size=1000)
        mentions = [
            Mention(
                event=event,
                origin_event=event,
                article=article,
                sentence="Bench sentence.",
                sentence_start=0,
                sentence_end=15,
                timex_start=0,
                timex_end=5,
                timex_text="Bench",
                timex_type="DATE",
                timex_value=event.date_value,
                extractor_version="bench",
            )
            for event in events
            for article in rng.sample(articles, rng.randint(1, 3))
        ]
        Mention.objects.bulk_create(mentions, batch_size=2000)


def _bench_value(day: dt.date, draw: float) -> str:
    if draw < 0.75:
        return day.isoformat()
    if draw < 0.78:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if draw < 0.90:
        return f"{day.year}-{day.month:02d}"
    if draw < 0.93:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if draw < 0.95:
        return f"{day.year}-SU"
    return str(day.year)


# -- processes, requests and load -----------------------------------------------------


def _revalidation_headers(url: str) -> dict[str, str]:
    """The headers a returning anonymous reader sends: the tag of its copy (and a cookie, if
    the page ever set one)."""
    with urllib.request.urlopen(url, timeout=30) as first:  # noqa: S310 (loopback)
        set_cookie = first.headers["Set-Cookie"]
        etag = first.headers["ETag"]
    headers = {"If-None-Match": etag}
    if set_cookie:
        headers["Cookie"] = set_cookie.split(";", 1)[0]
    check = urllib.request.Request(url, headers=headers)  # noqa: S310
    try:
        urllib.request.urlopen(check, timeout=30)  # noqa: S310 (loopback)
    except urllib.error.HTTPError as answer:
        if answer.code == 304:
            return headers
    raise CommandError("The page did not answer 304 Not Modified to a returning reader.")


def _cold_requests(url: str, cache_url: str, repeats: int = 5) -> list[float] | None:
    """Seconds for the page with an empty cache (Redis flushed before each request)."""
    if not cache_url.startswith("redis://"):
        return None
    import redis

    client = redis.Redis.from_url(cache_url)
    timings = []
    for _ in range(repeats):
        client.flushdb()
        started = time.perf_counter()
        http_get(url)
        timings.append(time.perf_counter() - started)
    return timings


def _load_tool(options):
    if shutil.which("wrk"):
        return lambda url, headers=None: _wrk(url, options, headers or {})
    return lambda url, headers=None: _python_load(url, options, headers or {})


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def _wrk(url: str, options, headers: dict[str, str]) -> dict:
    command = [
        "wrk",
        f"-t{options['threads']}",
        f"-c{options['connections']}",
        f"-d{options['duration']}s",
        "--latency",
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    # A 304 counts as success for wrk ("Non-2xx or 3xx"), so only errors fail the run.
    if "Non-2xx" in output or "Socket errors" in output:
        raise CommandError(f"wrk saw errors:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    return {
        "rps": rate,
        "p50_ms": float(p50.group(1)) * _UNITS[p50.group(2)],
        "p99_ms": float(p99.group(1)) * _UNITS[p99.group(2)],
        "tool": "wrk",
    }


def _python_load(url: str, options, headers: dict[str, str]) -> dict:
    """Fixed connections, each a keep-alive client in a loop, for a fixed duration."""
    parts = urlsplit(url)
    deadline = time.monotonic() + options["duration"]
    latencies: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine = []
        while time.monotonic() < deadline:
            started = time.perf_counter()
            connection.request("GET", parts.path, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status not in (200, 304):
                raise RuntimeError(f"{url} answered {response.status}")
            mine.append(time.perf_counter() - started)
        connection.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(options["connections"])]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": latencies[len(latencies) // 2] * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000,
        "tool": "python",
    }


def _report(options, *, page_size: int, rendering: dict, cold, runs: dict) -> str:
    page_rps = statistics.median(run["rps"] for run in runs["page"])
    static_rps = statistics.median(run["rps"] for run in runs["static"])
    page_p50 = statistics.median(run["p50_ms"] for run in runs["page"])
    static_p50 = statistics.median(run["p50_ms"] for run in runs["static"])
    page_p99 = statistics.median(run["p99_ms"] for run in runs["page"])
    static_p99 = statistics.median(run["p99_ms"] for run in runs["static"])
    not_modified_rps = statistics.median(run["rps"] for run in runs["not_modified"])
    not_modified_p50 = statistics.median(run["p50_ms"] for run in runs["not_modified"])
    not_modified_p99 = statistics.median(run["p99_ms"] for run in runs["not_modified"])
    tool = runs["page"][0]["tool"]
    whole, year = rendering["whole"], rendering["year"]
    lines = [
        f"Machine: {machine()}; PostgreSQL and Redis on loopback.",
        f"Load: {tool}, {options['connections']} connections"
        + (f", {options['threads']} threads" if tool == "wrk" else "")
        + f", {options['duration']} s a run, {options['rounds']} rounds alternating page and"
        f" file; gunicorn {options['workers']} sync workers, `config.settings.production`"
        f" (DEBUG off, WhiteNoise), cache `{options['cache_url']}`. Medians of the rounds.",
        "",
        f"The page: `/timelines/{BENCH_SLUG}/` with {options['events']:,} approved events,"
        f" which shows its latest year ({year['year']}: {year['events']:,} events,"
        f" {page_size / 1024:,.0f} KiB).",
        "",
        "| served | requests/s | p50 latency | p99 latency |",
        "| --- | ---: | ---: | ---: |",
        f"| public page (Django, whole page cached) | {page_rps:,.0f} | {page_p50:.1f} ms"
        f" | {page_p99:.1f} ms |",
        f"| static file, same bytes (WhiteNoise) | {static_rps:,.0f} | {static_p50:.1f} ms"
        f" | {static_p99:.1f} ms |",
        f"| public page, returning reader (304 Not Modified) | {not_modified_rps:,.0f}"
        f" | {not_modified_p50:.1f} ms | {not_modified_p99:.1f} ms |",
        "",
        f"Ratio page / static file: **{page_rps / static_rps:.2f}**.",
        "",
        "Uncached (after an event is approved, edited or merged):",
        "",
        "| list | events | HTML | read (2 queries) | render |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| one year ({year['year']}) | {year['events']:,} | {year['bytes'] / 1024:,.0f} KiB"
        f" | {year['load_s'] * 1000:,.0f} ms | {year['render_s'] * 1000:,.0f} ms |",
        f"| whole timeline | {whole['events']:,} | {whole['bytes'] / 1024 / 1024:,.1f} MiB"
        f" | {whole['load_s'] * 1000:,.0f} ms | {whole['render_s'] * 1000:,.0f} ms |",
    ]
    if cold:
        lines += [
            "",
            f"First request for the page after the cache is emptied: median"
            f" {statistics.median(cold) * 1000:,.0f} ms over {len(cold)} requests.",
        ]
    return "\n".join(lines) + "\n"

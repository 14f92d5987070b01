"""Benchmark duplicate suggestions on synthetic timelines of 1,000, 10,000 and 100,000 events.

    python manage.py bench_suggestions [--sizes 1000 10000 100000] [--runs 3] [--no-database]

Two measures, each size in a child process of its own (so its peak memory is its own):

1. *Whole timeline*: every candidate pair of the timeline found and scored in one pass
   (``timeline.duplicates.find_duplicates``, pure Python, one core): wall and CPU time, peak
   resident memory, pairs compared, suggestions. Median of ``--runs``.
2. *One new article*: on PostgreSQL (a bench database of its own, never DATABASE_URL's), the
   service that runs after each extraction (``article_suggest_duplicates``): median time for
   20 new articles of 8 events each against the seeded timeline.

The synthetic timelines keep the density of a busy news topic (``--per-day``, 15 events a
day, so a bigger timeline spans a longer period): happenings reported 1 to 6 times by
different articles in varied words (synonyms, word order, filler), 70 % at day precision,
the rest week, month, year or approximate; 60 actors, 80 places, a 2,000-word vocabulary.
Prints the "Merge suggestions" section of docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from timeline import benchmarking
from timeline.benchmarking import create_database, machine, peak_rss_mb

DEFAULT_SIZES = (1_000, 10_000, 100_000)
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/timeline_bench_merge"
NEW_ARTICLES = 20
EVENTS_PER_ARTICLE = 8
START = dt.date(2005, 1, 1)

ACTIONS = [
    ("capture", "seize", "take"),
    ("sign", "agree", "conclude"),
    ("attack", "strike", "bomb"),
    ("open", "begin", "start"),
    ("meet", "hold talks with", "receive"),
    ("reject", "refuse", "dismiss"),
    ("recognize", "endorse", "back"),
    ("kill", "shoot", "wound"),
    ("resume", "restart", "relaunch"),
    ("announce", "unveil", "declare"),
]
OBJECTS = [
    ("ceasefire", "truce"),
    ("talks", "negotiations"),
    ("oil port", "oil terminal"),
    ("convoy", "column"),
    ("sanctions", "embargo"),
    ("airport", "airfield"),
    ("peace plan", "roadmap"),
    ("election", "vote"),
    ("refinery", "plant"),
    ("border crossing", "frontier post"),
]
ACTORS = [
    "Russia",
    "Turkey",
    "Iran",
    "France",
    "Britain",
    "Germany",
    "Italy",
    "Egypt",
    "Qatar",
    "Algeria",
    "Tunisia",
    "Sudan",
    "Chad",
    "Niger",
    "Jordan",
    "Lebanon",
    "Israel",
    "China",
    "India",
    "Brazil",
    "Japan",
    "Spain",
    "Greece",
    "Malta",
    "Kuwait",
    "Oman",
    "Yemen",
    "Morocco",
    "Nigeria",
    "Kenya",
    "United Nations",
    "NATO",
    "European Union",
    "African Union",
    "Arab League",
    "rebels",
    "government",
    "military",
    "opposition",
    "civilians",
    "militia",
    "delegation",
    "Ahmed Karim",
    "Sara Lund",
    "Omar Haddad",
    "Lena Vogel",
    "Yusuf Demir",
    "Ana Costa",
    "Ivan Petrov",
    "Maya Cohen",
    "Karim Nasser",
    "Julia Marek",
    "Hassan Ali",
    "Nora Blum",
    "Tariq Aziz",
    "Elena Ruiz",
    "Samir Khoury",
    "Paul Martin",
    "Leila Amari",
    "Victor Hale",
]
PLACES = [
    f"{prefix}{suffix}"
    for prefix in (
        "Al ",
        "Bir ",
        "Ras ",
        "Wadi ",
        "Jebel ",
        "Sidi ",
        "Tell ",
        "Ain ",
        "Bab ",
        "Kafr ",
    )
    for suffix in ("Amra", "Hawa", "Lanuf", "Zawra", "Kabir", "Sultan", "Nasr", "Tamim")
]
GRANULARITIES = [("day", 0.70), ("week", 0.08), ("month", 0.12), ("year", 0.06), ("approx", 0.04)]


class Command(BaseCommand):
    help = "Time and peak memory of duplicate suggestions at 1,000, 10,000 and 100,000 events."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
        parser.add_argument("--runs", type=int, default=3)
        parser.add_argument("--per-day", type=float, default=15.0)
        parser.add_argument("--no-database", action="store_true", help="skip the second measure")
        parser.add_argument(
            "--database-url",
            default=os.environ.get("BENCH_MERGE_DATABASE_URL", DEFAULT_DATABASE_URL),
        )
        parser.add_argument("--phase", choices=["whole", "article"], help="internal")
        parser.add_argument("--size", type=int, help="internal")
        parser.add_argument("--seed", type=int, default=1, help="internal")

    def handle(self, *args, **options):
        if options["phase"] == "whole":
            return self._whole(options["size"], options["per_day"], options["seed"])
        if options["phase"] == "article":
            return self._article(options["size"], options["per_day"])
        return self._bench(options)

    # -- the developer's shell: one child process per measure -----------------------------

    def _bench(self, options) -> None:
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "bench_suggestions"]
        per_day = ["--per-day", str(options["per_day"])]
        load_before = os.getloadavg()
        whole = {}
        for size in options["sizes"]:
            runs = []
            for run in range(options["runs"]):
                self.stderr.write(
                    f"bench_suggestions: whole timeline, {size:,} events, run {run + 1}"
                )
                output = last_line(
                    [
                        *manage,
                        "--phase",
                        "whole",
                        "--size",
                        str(size),
                        *per_day,
                        "--seed",
                        str(run + 1),
                    ],
                    os.environ,
                )
                runs.append(json.loads(output))
            whole[size] = runs
        article = {}
        if not options["no_database"]:
            url = options["database_url"]
            create_database(url)
            env = {
                **os.environ,
                "DATABASE_URL": url,
                "CELERY_BROKER_URL": "memory://",
                "LOG_LEVEL": "WARNING",
            }
            last_line(
                [
                    sys.executable,
                    str(Path(settings.BASE_DIR) / "manage.py"),
                    "migrate",
                    "--noinput",
                    "-v0",
                ],
                env,
            )
            for size in options["sizes"]:
                self.stderr.write(f"bench_suggestions: one new article, {size:,} events")
                article[size] = json.loads(
                    last_line([*manage, "--phase", "article", "--size", str(size), *per_day], env)
                )
        load_after = os.getloadavg()
        self.stdout.write(_report(options, whole, article, load_before, load_after))

    # -- child: the whole timeline, pure Python --------------------------------------------

    def _whole(self, size: int, per_day: float, seed: int) -> None:
        from timeline.duplicates import find_duplicates
        from timeline.duplicates.blocking import candidate_pairs
        from timeline.duplicates.records import prepare

        records = synthetic_records(size, per_day, seed)
        baseline = peak_rss_mb()
        started, cpu_started = time.perf_counter(), time.process_time()
        found = find_duplicates(records)
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
        peak = peak_rss_mb()
        # Counted apart, after the timing: how many pairs blocking let through.
        compared = sum(1 for _ in candidate_pairs([prepare(record) for record in records]))
        self.stdout.write(
            json.dumps(
                {
                    "events": size,
                    "seconds": round(seconds, 2),
                    "cpu_seconds": round(cpu_seconds, 2),
                    "peak_rss_mb": round(peak, 1),
                    "rss_before_mb": round(baseline, 1),
                    "pairs_compared": compared,
                    "suggestions": len(found),
                }
            )
        )

    # -- child: one new article on PostgreSQL -----------------------------------------------

    def _article(self, size: int, per_day: float) -> None:
        from django.db import connection

        from timeline.models import Timeline
        from timeline.services.merging import article_suggest_duplicates

        slug = f"bench-suggestions-{size}"
        Timeline.objects.filter(slug=slug).delete()
        timeline = Timeline.objects.create(name=f"Bench {size}", slug=slug)
        records = synthetic_records(size, per_day, seed=1)
        _store(timeline, records, articles=max(size // 6, 1))
        with connection.cursor() as cursor:
            for table in ("timeline_event", "timeline_mention", "timeline_mergesuggestion"):
                cursor.execute(f"VACUUM ANALYZE {table}")
        rng = random.Random(99)  # noqa: S311 (reproducible bench data, not a secret)
        new_articles = []
        for number in range(NEW_ARTICLES):
            # Each new article reports happenings already on the timeline (in new words).
            sample = rng.sample(records, EVENTS_PER_ARTICLE)
            reworded = [
                _reword(record, rng, size + number * EVENTS_PER_ARTICLE + index + 1)
                for index, record in enumerate(sample)
            ]
            new_articles.append(
                _store(timeline, reworded, articles=1, first_title=f"new {number}")[0]
            )
        times, created = [], 0
        article_suggest_duplicates(article_id=new_articles[0])  # warm: connection, caches
        for article_id in new_articles[1:]:
            started = time.perf_counter()
            created += len(article_suggest_duplicates(article_id=article_id))
            times.append(time.perf_counter() - started)
        Timeline.objects.filter(pk=timeline.pk).delete()
        self.stdout.write(
            json.dumps(
                {
                    "events": size,
                    "median_ms": round(statistics.median(times) * 1000, 1),
                    "max_ms": round(max(times) * 1000, 1),
                    "articles": len(times),
                    "suggestions_per_article": round(created / len(times), 1),
                }
            )
        )


# Synthetic timelines -------------------------------------------------------------------


def synthetic_records(size: int, per_day: float, seed: int):
    """``size`` events reporting fewer happenings, some several times, in varied words."""
    from timeline.duplicates import EventRecord

    rng = random.Random(seed)  # noqa: S311 (reproducible bench data, not a secret)
    days = max(int(size / per_day), 30)
    vocabulary = [_word(rng) for _ in range(2000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like filler words
    records = []
    article = 0
    while len(records) < size:
        day = START + dt.timedelta(days=min(int(rng.random() ** 0.7 * days), days - 1))
        action, thing = rng.choice(ACTIONS), rng.choice(OBJECTS)
        actors = rng.sample(ACTORS, rng.randint(1, 3))
        place = rng.choice(PLACES)
        for _ in range(min(1 + int(rng.expovariate(0.6)), 6)):
            article += 1
            verb, noun = rng.choice(action), rng.choice(thing)
            subject = " and ".join(actors[: rng.randint(1, len(actors))])
            title = f"{subject} {verb} {noun} near {place}"
            filler = " ".join(rng.choices(vocabulary, weights, k=rng.randint(8, 20)))
            start, end, granularity, approximate = _date(day, rng)
            records.append(
                EventRecord(
                    id=len(records) + 1,
                    start=start,
                    end=end,
                    granularity=granularity,
                    approximate=approximate,
                    title=title,
                    summary=f"{title}, {filler}.",
                    actors=tuple(actors),
                    places=(place,),
                    articles=frozenset({article}),
                )
            )
            if len(records) >= size:
                break
    return records


def _word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))


def _date(day: dt.date, rng: random.Random):
    roll, kind = rng.random(), "day"
    for name, share in GRANULARITIES:
        if roll < share:
            kind = name
            break
        roll -= share
    if kind == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6), "week", False
    if kind == "month":
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1), "month", False
    if kind == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31), "year", False
    return day, day, "day", kind == "approx"


def _reword(record, rng: random.Random, new_id: int):
    from dataclasses import replace

    words = record.title.split()
    words.pop(rng.randrange(len(words)))
    title = " ".join(words) + " on the day"
    return replace(record, id=new_id, title=title, summary=f"{title}, officials said.")


def _store(timeline, records, *, articles: int, first_title: str = "bench") -> list[int]:
    """Insert the records as events with one mention each, spread over ``articles``."""
    from articles.models import Article
    from timeline.models import Event, Mention

    made = Article.objects.bulk_create(
        Article(
            timeline=timeline,
            title=f"{first_title} {number}",
            body="Bench article.",
            content_hash=f"{timeline.slug}-{first_title}-{number}",
            extraction_state=Article.ExtractionState.DONE,
        )
        for number in range(articles)
    )
    events = Event.objects.bulk_create(
        (
            Event(
                timeline=timeline,
                title=record.title[:200],
                summary=record.summary,
                date_value=record.start.isoformat(),
                date_start=record.start,
                date_end=record.end,
                granularity=record.granularity,
                is_approximate=record.approximate,
                actors=list(record.actors),
                places=list(record.places),
                support=1,
            )
            for record in records
        ),
        batch_size=2000,
    )
    Mention.objects.bulk_create(
        (
            Mention(
                event=event,
                origin_event=event,
                article=made[index % len(made)],
                sentence=event.title,
                sentence_start=0,
                sentence_end=max(len(event.title), 1),
                timex_start=0,
                timex_end=1,
                timex_text="x",
                timex_type="DATE",
                timex_value=event.date_value,
                extractor_version="bench",
            )
            for index, event in enumerate(events)
        ),
        batch_size=2000,
    )
    return [article.pk for article in made]


# Helpers --------------------------------------------------------------------------------


def _report(options, whole, article, load_before, load_after) -> str:
    lines = [
        "## Merge suggestions (`make bench-merge`)",
        "",
        f"`manage.py bench_suggestions` ({machine()}; load average {load_before[0]:.1f} before, "
        f"{load_after[0]:.1f} after). Synthetic timelines at {options['per_day']:g} events a day "
        "(see the command's docstring for how they are made).",
        "",
        f"Whole timeline, every candidate pair found and scored in one pass, one core "
        f"(median of {options['runs']} runs, each in its own process):",
        "",
        "| events | days spanned | wall time | CPU time | time per 1,000 events | peak RSS "
        "(process) | pairs compared | suggestions |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for size, runs in whole.items():
        seconds = statistics.median(run["seconds"] for run in runs)
        cpu = statistics.median(run["cpu_seconds"] for run in runs)
        peak = statistics.median(run["peak_rss_mb"] for run in runs)
        before = statistics.median(run["rss_before_mb"] for run in runs)
        pairs = statistics.median(run["pairs_compared"] for run in runs)
        found = statistics.median(run["suggestions"] for run in runs)
        days = max(int(size / options["per_day"]), 30)
        lines.append(
            f"| {size:,} | {days:,} | {seconds:.2f} s | {cpu:.2f} s | "
            f"{seconds / size * 1000:.3f} s | {peak:.0f} MB ({peak - before:+.0f} MB over the "
            f"records) | {pairs:,.0f} | {found:,.0f} |"
        )
    if article:
        lines += [
            "",
            f"One new article ({EVENTS_PER_ARTICLE} events reporting happenings already on the "
            f"timeline) after its extraction, `article_suggest_duplicates` on PostgreSQL, median "
            f"of {NEW_ARTICLES - 1} articles:",
            "",
            "| events on the timeline | median | slowest | new suggestions per article |",
            "| --- | --- | --- | --- |",
        ]
        for size, figures in article.items():
            lines.append(
                f"| {size:,} | {figures['median_ms']} ms | {figures['max_ms']} ms | "
                f"{figures['suggestions_per_article']} |"
            )
    lines += [
        "",
        "Command: `DATABASE_URL=postgres://… make bench-merge` (the second measure uses its own "
        f"database, `{DEFAULT_DATABASE_URL.rsplit('/', 1)[1]}`, or `--database-url`).",
    ]
    return "\n".join(lines) + "\n"


def last_line(command: list[str], env) -> str:
    """A phase's result: the last line it printed."""
    lines = benchmarking.run(command, env).strip().splitlines()
    return lines[-1] if lines else ""

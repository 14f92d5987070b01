"""Editors under load: simulated editors approving, editing and merging against gunicorn.

    python manage.py bench_editors [--editors 20] [--duration 60] [--events 3000]

Seeds a timeline of proposed events in a bench PostgreSQL database of its own, starts
gunicorn with the production settings (DEBUG off, a throwaway SECRET_KEY, the SSL redirect
off on loopback), and runs the editors as threads, each signed in through the login form
with its own session and CSRF token. In a closed loop, with no pause between actions, each
editor does what the review page's buttons do, with htmx's headers:

- approve: read an event's card (for its version), approve it with that version;
- edit: open the editor in place, save a new title with the version the form carries;
- merge: open the merge dialog for two neighbouring events, merge them with their versions;
- look: reload the timeline page now and then.

A 409 (someone changed the event since it was read) and a 422 (the event was merged into
another meanwhile) are editors meeting each other: counted apart, not as errors. Any 5xx,
and any other status than the action allows, is an error. Prints p50 and p95 per step and
overall, as the "Editors under load" section of docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from timeline.benchmarking import Gunicorn, create_database, machine, production_env, run

BENCH_SLUG = "bench-editors"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/timeline_bench_editors"
WORDS = (
    "talks ceasefire offensive convoy summit envoy truce siege delegation agreement vote "
    "council sanctions border refugees airstrike negotiations monitors corridor evacuation"
).split()
# How often each action comes up: editors mostly approve, often fix wording, merge less.
ACTIONS = {"approve": 5, "edit": 3, "merge": 2, "look": 1}
# What each request may answer besides success: the editors' own collisions.
COLLISIONS = {"approve": {409}, "edit save": {409}, "merge dialog": {422}, "merge": {409, 422}}


class Command(BaseCommand):
    help = "Latency of approving, editing and merging with N editors at once (gunicorn)."

    def add_arguments(self, parser):
        parser.add_argument("--editors", type=int, default=20)
        parser.add_argument("--duration", type=int, default=60, help="seconds of load")
        parser.add_argument("--events", type=int, default=3000)
        # The production guidance (README): two sync workers per core.
        parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
        parser.add_argument("--port", type=int, default=8766)
        parser.add_argument("--seed", type=int, default=2017, help="the editors' choices")
        parser.add_argument(
            "--database-url",
            default=os.environ.get("BENCH_EDITORS_DATABASE_URL", DEFAULT_DATABASE_URL),
        )
        parser.add_argument("--phase", choices=["seed"], help=""" internal """)

    def handle(self, *args, **options):
        if options["phase"] == "seed":
            return self._seed(options["events"], options["editors"])
        return self._bench(options)

    # -- the bench, run from the developer's shell ---------------------------------------

    def _bench(self, options) -> None:
        database_url = options["database_url"]
        create_database(database_url)
        workdir = Path(tempfile.mkdtemp(prefix="bench-editors-"))
        password = secrets.token_urlsafe(16)
        env = production_env(
            database_url=database_url,
            workdir=workdir,
            allowed_hosts="127.0.0.1",
            cache_url="locmemcache://bench-editors",
            BENCH_EDITORS_PASSWORD=password,
        )
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        self._step("migrating the bench database")
        run([*manage, "migrate", "--noinput", "-v0"], env)
        self._step(f"seeding {options['events']:,} proposed events, {options['editors']} editors")
        seeded = json.loads(
            run(
                [
                    *manage,
                    "bench_editors",
                    "--phase",
                    "seed",
                    "--events",
                    str(options["events"]),
                    "--editors",
                    str(options["editors"]),
                ],
                env,
            )
        )
        run([*manage, "collectstatic", "--noinput", "-v0"], env)

        server = Gunicorn(env, options["port"], options["workers"])
        load_before = os.getloadavg()[0]
        try:
            server.start()
            self._step(f"{options['editors']} editors for {options['duration']} s")
            results = run_editors(
                base=f"http://127.0.0.1:{options['port']}",
                usernames=seeded["usernames"],
                password=password,
                event_ids=seeded["event_ids"],
                duration=options["duration"],
                seed=options["seed"],
            )
        finally:
            server.stop()
            shutil.rmtree(workdir, ignore_errors=True)
        self.stdout.write(report(options, results, load_before=load_before))
        if results.errors:
            raise CommandError(f"{sum(results.errors.values())} errors: {dict(results.errors)}")

    def _step(self, text: str) -> None:
        self.stderr.write(f"bench_editors: {text}")

    # -- the seed, run in a child process on the bench database --------------------------

    def _seed(self, count: int, editors: int) -> None:
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.db import connection, transaction

        from timeline.roles import EDITORS_GROUP

        password = os.environ["BENCH_EDITORS_PASSWORD"]
        with transaction.atomic():
            event_ids = _seed_timeline(count)
            group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
            usernames = []
            for number in range(1, editors + 1):
                user, _ = get_user_model().objects.get_or_create(
                    username=f"bench-editor-{number:02d}"
                )
                user.set_password(password)
                user.save()
                user.groups.add(group)
                usernames.append(user.username)
        with connection.cursor() as cursor:
            for table in ("timeline_event", "timeline_mention", "articles_article"):
                cursor.execute(f"VACUUM ANALYZE {table}")
        self.stdout.write(json.dumps({"usernames": usernames, "event_ids": event_ids}))


def _seed_timeline(count: int) -> list[int]:
    """A fresh timeline of ``count`` proposed day events over two years, one article each
    ten, every event with one mention; the same from run to run."""
    from articles.models import Article
    from articles.services import content_hash
    from timeline.models import Event, Mention, Timeline

    rng = random.Random(2017)  # noqa: S311 (bench data, not security)
    previous = Event.objects.filter(timeline__slug=BENCH_SLUG)
    # The last run merged events: Event.merged_into protects an event merged into, so the
    # merged ones go first, those nothing was merged into before the others.
    while merged := list(
        previous.filter(merged_into__isnull=False, merged_events__isnull=True).values_list(
            "pk", flat=True
        )
    ):
        Event.objects.filter(pk__in=merged).delete()
    Timeline.objects.filter(slug=BENCH_SLUG).delete()
    timeline = Timeline.objects.create(
        name="Bench: editors under load", slug=BENCH_SLUG, is_public=True
    )
    articles = []
    for number in range(max(1, count // 10)):
        body = f"Bench article {number}: " + " ".join(rng.choices(WORDS, k=40))
        articles.append(
            Article(
                timeline=timeline,
                title=f"Report {number}",
                source="Bench wire",
                published_on=dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(730)),
                body=body,
                content_hash=content_hash(body),
                extraction_state="done",
            )
        )
    articles = Article.objects.bulk_create(articles, batch_size=1000)
    events = []
    for number in range(count):
        day = dt.date(2016, 1, 1) + dt.timedelta(days=number * 730 // count)
        events.append(
            Event(
                timeline=timeline,
                title=f"{' '.join(rng.choices(WORDS, k=5)).capitalize()} ({number})",
                summary=" ".join(rng.choices(WORDS, k=12)).capitalize() + ".",
                date_value=day.isoformat(),
                date_start=day,
                date_end=day,
                granularity="day",
                actors=["Russia", "Turkey"] if number % 2 else ["United Nations"],
                places=["Astana"],
                support=1,
            )
        )
    events = Event.objects.bulk_create(events, batch_size=1000)
    Mention.objects.bulk_create(
        [
            Mention(
                event=event,
                origin_event=event,
                article=articles[number % len(articles)],
                sentence="Bench sentence on the day.",
                sentence_start=0,
                sentence_end=26,
                timex_start=19,
                timex_end=26,
                timex_text="the day",
                timex_type="DATE",
                timex_value=event.date_value,
                extractor_version="bench",
            )
            for number, event in enumerate(events)
        ],
        batch_size=2000,
    )
    return [event.pk for event in events]


# -- the simulated editors -------------------------------------------------------------


@dataclass
class Results:
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    collisions: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    actions: Counter = field(default_factory=Counter)
    elapsed: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, other: Results) -> None:
        with self.lock:
            for step, values in other.timings.items():
                self.timings[step].extend(values)
            self.collisions.update(other.collisions)
            self.errors.update(other.errors)
            self.actions.update(other.actions)


class FormFields(HTMLParser):
    """The values a browser would submit: inputs, textareas, selected options."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        name = names.get("name")
        if tag == "input" and name and names.get("type") not in ("checkbox", "radio", "submit"):
            self.values[name] = names.get("value") or ""
        elif tag == "input" and name and "checked" in names:
            self.values[name] = names.get("value") or "on"
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = ""
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in names:
            self.values[self._select] = names.get("value") or ""

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def form_fields(html: str) -> dict[str, str]:
    parser = FormFields()
    parser.feed(html)
    return parser.values


class Unexpected(Exception):
    """A response the action does not allow: stops the action, counted as an error."""


class SimulatedEditor:
    """One editor with a browser's session: cookies, the CSRF token, htmx's headers."""

    def __init__(self, base: str, username: str, password: str, rng: random.Random):
        self.host, self.port = base.removeprefix("http://").split(":")
        self.username, self.password, self.rng = username, password, rng
        self.cookies: dict[str, str] = {}
        self.results = Results()
        self.connection = http.client.HTTPConnection(self.host, int(self.port), timeout=60)

    def request(self, step: str, method: str, path: str, data=None, htmx=True, allowed=(200,)):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if htmx:
            headers.update({"HX-Request": "true", "HX-Current-URL": f"/editor/{BENCH_SLUG}"})
        body = None
        if method == "POST":
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode(data or {}, doseq=True)
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            # The server closed a kept-alive connection: open a new one, ask once more.
            self.connection.close()
            self.connection = http.client.HTTPConnection(self.host, int(self.port), timeout=60)
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        seconds = time.perf_counter() - started
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        status = response.status
        if status in allowed:
            self.results.timings[step].append(seconds)
            return status, content.decode("utf-8", errors="replace")
        if status in COLLISIONS.get(step, ()):
            self.results.timings[step].append(seconds)
            self.results.collisions[f"{step} {status}"] += 1
            return status, content.decode("utf-8", errors="replace")
        self.results.errors[f"{step} {status}"] += 1
        raise Unexpected(f"{self.username} {step}: {method} {path} answered {status}")

    def log_in(self) -> None:
        _, page = self.request("login page", "GET", "/accounts/login/", htmx=False)
        token = form_fields(page)["csrfmiddlewaretoken"]
        self.request(
            "login",
            "POST",
            "/accounts/login/",
            {"username": self.username, "password": self.password, "csrfmiddlewaretoken": token},
            htmx=False,
            allowed=(302,),
        )
        if "sessionid" not in self.cookies:
            raise CommandError(f"{self.username} could not sign in")

    def approve(self, event_id: int) -> None:
        _, card = self.request("card", "GET", f"{self.timeline}/events/{event_id}/card/")
        version = form_fields(card).get("version", "")
        self.request(
            "approve", "POST", f"{self.timeline}/events/{event_id}/approve/", {"version": version}
        )

    def edit(self, event_id: int) -> None:
        _, form = self.request("edit form", "GET", f"{self.timeline}/events/{event_id}/edit/")
        fields = form_fields(form)
        if "title" not in fields:
            return
        words = " ".join(self.rng.choices(WORDS, k=4))
        fields["title"] = f"{words.capitalize()}, says {self.username}"[:200]
        self.request("edit save", "POST", f"{self.timeline}/events/{event_id}/edit/", fields)

    def merge(self, event_id: int) -> None:
        pair = urlencode({"event_ids": [event_id, event_id + 1]}, doseq=True)
        status, dialog = self.request("merge dialog", "GET", f"{self.timeline}/merge/?{pair}")
        if status != 200:
            return  # one of them was merged already: the dialog said so
        fields = form_fields(dialog)
        data = {
            "event_ids": [event_id, event_id + 1],
            "into": event_id,
            "title_from": event_id,
            "date_from": event_id,
            **{name: value for name, value in fields.items() if name.startswith("version_")},
        }
        self.request("merge", "POST", f"{self.timeline}/merge/", data)

    def look(self) -> None:
        self.request("timeline page", "GET", f"{self.timeline}/", htmx=False)

    @property
    def timeline(self) -> str:
        return f"/editor/timelines/{BENCH_SLUG}"

    def work(self, event_ids: list[int], deadline: float) -> None:
        names, weights = list(ACTIONS), list(ACTIONS.values())
        while time.monotonic() < deadline:
            action = self.rng.choices(names, weights)[0]
            event_id = self.rng.choice(event_ids[:-1])
            try:
                if action == "look":
                    self.look()
                else:
                    getattr(self, action)(event_id)
            except Unexpected:
                pass  # counted; the editor goes on with the next action
            self.results.actions[action] += 1
        self.connection.close()


def run_editors(*, base, usernames, password, event_ids, duration, seed) -> Results:
    editors = [
        SimulatedEditor(base, username, password, random.Random(seed + number))  # noqa: S311
        for number, username in enumerate(usernames)
    ]
    for editor in editors:
        editor.log_in()
    results = Results()
    deadline = time.monotonic() + duration
    threads = [
        threading.Thread(target=editor.work, args=(event_ids, deadline)) for editor in editors
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.elapsed = time.monotonic() - started
    for editor in editors:
        results.add(editor.results)
    for step in ("login page", "login"):
        results.timings.pop(step, None)  # before the load: not part of it
    return results


def _percentiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        value = values[0] * 1000 if values else 0.0
        return value, value
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return statistics.median(values) * 1000, cuts[94] * 1000


def report(options, results: Results, *, load_before: float) -> str:
    everything = [value for values in results.timings.values() for value in values]
    total = len(everything)
    lines = [
        f"Machine: {machine()} (it was {load_before:.1f} when the load began); PostgreSQL on"
        " loopback, the load generator on the same cores.",
        f"Load: {options['editors']} editors, each its own session and CSRF token, for"
        f" {options['duration']} s with no pause between actions (approve {ACTIONS['approve']}"
        f" : edit {ACTIONS['edit']} : merge {ACTIONS['merge']} : reload the page"
        f" {ACTIONS['look']}), on a timeline of {options['events']:,} proposed events;"
        f" gunicorn {options['workers']} sync workers, `config.settings.production` (DEBUG off).",
        "",
        "| request | count | p50 | p95 | collisions (409/422) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for step in sorted(results.timings):
        values = results.timings[step]
        p50, p95 = _percentiles(values)
        clashes = sum(n for name, n in results.collisions.items() if name.rsplit(" ", 1)[0] == step)
        lines.append(f"| {step} | {len(values):,} | {p50:.0f} ms | {p95:.0f} ms | {clashes:,} |")
    p50, p95 = _percentiles(everything)
    lines += [
        f"| **all requests** | **{total:,}** | **{p50:.0f} ms** | **{p95:.0f} ms** |"
        f" {sum(results.collisions.values()):,} |",
        "",
        f"Actions completed: {sum(results.actions.values()):,}"
        f" ({', '.join(f'{name} {count:,}' for name, count in sorted(results.actions.items()))});"
        f" {total / results.elapsed:,.0f} requests/s overall.",
        f"Errors (5xx, or a status the action does not allow): **{sum(results.errors.values())}**"
        + (f" ({dict(results.errors)})" if results.errors else "")
        + ".",
        "Collisions, by request and status: "
        + (", ".join(f"{name}: {n}" for name, n in sorted(results.collisions.items())) or "none")
        + ".",
        "",
        f"Command: `python manage.py bench_editors --editors {options['editors']}"
        f" --duration {options['duration']} --events {options['events']}` (`make bench-load`).",
    ]
    return "\n".join(lines) + "\n"

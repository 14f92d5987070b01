"""Print a timeline's draft: its best supported days, one event each, as JSON lines.

    python manage.py draft_timeline SLUG --dates N [--from DAY] [--to DAY]
    python manage.py draft_timeline libya \
        --gold ../shared/corpus/t17-LibyaWar_reuters/gold_dates.json

With ``--gold`` (a news-tls ``gold_dates.json``: its ``dates``), N defaults to the number of
gold dates, the days are limited to the gold timeline's span as news-tls does, and the date
precision, recall and F1 against the gold days are written to stderr.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline.duplicates.draft import date_f1
from timeline.models import Timeline
from timeline.selectors.merging import draft_timeline


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"{value!r} is not a date like 2011-03-19.") from error


class Command(BaseCommand):
    help = "Print the draft timeline (the N best supported days) as one JSON line per date."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="the timeline's slug")
        parser.add_argument("--dates", type=int, metavar="N", help="how many dates (default 20)")
        parser.add_argument("--from", dest="date_from", type=_day, metavar="DAY")
        parser.add_argument("--to", dest="date_to", type=_day, metavar="DAY")
        parser.add_argument(
            "--gold", type=Path, metavar="FILE", help="score against a gold_dates.json"
        )

    def handle(self, *args, slug, dates=None, date_from=None, date_to=None, gold=None, **options):
        timeline = Timeline.objects.filter(slug=slug).first()
        if timeline is None:
            raise CommandError(f"No timeline with the slug {slug!r}.")
        gold_days = self._gold(gold) if gold else None
        if gold_days:
            dates = dates or len(gold_days)
            date_from = date_from or min(gold_days)
            date_to = date_to or max(gold_days)
        dates = dates or 20
        if dates < 1:
            raise CommandError("--dates must be at least 1.")
        entries = draft_timeline(
            timeline=timeline, dates=dates, date_from=date_from, date_to=date_to
        )
        for entry in entries:
            line = {
                "date": entry.day.isoformat(),
                "title": entry.event.title,
                "summary": entry.event.summary,
                "support": entry.support,
                "event": entry.event.pk,
            }
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        if gold_days:
            scores = date_f1([entry.day for entry in entries], gold_days)
            self.stderr.write(
                f"Date F1 against {gold} ({len(gold_days)} gold dates, {len(entries)} drafted): "
                f"precision {scores.precision:.3f}, recall {scores.recall:.3f}, "
                f"F1 {scores.f1:.3f} ({scores.shared} shared)"
            )

    def _gold(self, path: Path) -> set[dt.date]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return {dt.date.fromisoformat(day) for day in data["dates"]}
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise CommandError(f"Cannot read gold dates from {path}: {error}") from error

"""Measure the engine on a dated news corpus with a gold timeline (Timeline17's layout).

A corpus folder holds ``articles.jsonl`` ({"id", "published", "file"} lines) and
``gold_dates.json`` ({"dates": [...]}). Date recall is the share of gold dates that at
least one extracted event covers: an event of day granularity on that day ("strict"), or
any event whose range is at most a week and contains it ("week"). Year- and month-long
events are not counted: "2011" would cover every date of the Libyan war.

Articles whose id is divisible by ``HELD_OUT_EVERY`` are the held-out check: the rules were
studied on the others, and the figures are reported for both parts.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .engine import extract_events

HELD_OUT_EVERY = 5


@dataclass(frozen=True)
class CorpusArticle:
    id: str
    published: dt.date | None
    text: str

    @property
    def held_out(self) -> bool:
        return self.id.isdigit() and int(self.id) % HELD_OUT_EVERY == 0


def read_corpus(folder: Path) -> Iterator[CorpusArticle]:
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        published = record.get("published")
        yield CorpusArticle(
            id=str(record["id"]),
            published=dt.date.fromisoformat(published) if published else None,
            text=(folder / record["file"]).read_text(encoding="utf-8"),
        )


def gold_dates(folder: Path) -> list[dt.date]:
    data = json.loads((folder / "gold_dates.json").read_text(encoding="utf-8"))
    return [dt.date.fromisoformat(day) for day in data["dates"]]


def evaluate_corpus(folder: Path) -> dict[str, object]:
    """Events per article, date recall (all, studied, held out) and in-process speed."""
    articles = list(read_corpus(folder))
    gold = gold_dates(folder)
    parts = {"all": [], "studied": [], "held_out": []}
    started = time.perf_counter()
    for article in articles:
        events = extract_events(article.text, article.published).events
        part = "held_out" if article.held_out else "studied"
        parts["all"].append(events)
        parts[part].append(events)
    seconds = time.perf_counter() - started
    report: dict[str, object] = {
        "articles": len(articles),
        "gold_dates": len(gold),
        "seconds": round(seconds, 2),
        "articles_per_second": round(len(articles) / seconds, 1) if seconds else None,
    }
    for name, per_article in parts.items():
        events = [event for article_events in per_article for event in article_events]
        strict = {e.start for e in events if e.granularity == "day"}
        week = [(e.start, e.end) for e in events if (e.end - e.start).days < 7]
        report[name] = {
            "articles": len(per_article),
            "events": len(events),
            "events_per_article": round(len(events) / len(per_article), 2) if per_article else 0,
            "date_recall_day": _share(sum(day in strict for day in gold), len(gold)),
            "date_recall_week": _share(
                sum(any(start <= day <= end for start, end in week) for day in gold), len(gold)
            ),
        }
    return report


def _share(count: int, total: int) -> float:
    return round(count / total, 3) if total else 0.0

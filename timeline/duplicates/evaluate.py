"""Precision and recall of duplicate suggestions on pairs labelled by hand.

A labelled file has one JSON object per line: ``{"n", "stratum", "same", "first",
"second"}``, ``first``/``second`` being event records (as ``EventRecord`` fields, dates in
ISO form). Pairs were sampled per stratum of a first score; a strata file gives how many
candidate pairs each stratum held, so the figures can be weighted back to the whole
population of candidate pairs (``weighted``) as well as read on the sample itself.

    python -m timeline.duplicates evaluate tests/data/merging/libya_pairs.jsonl \
        --strata tests/data/merging/libya_strata.json

A groups file (``reports_figures``) names reports and, for each happening, the events of
those reports that tell it (by report and the text of one of their time expressions): the
reports are extracted with the event engine as they stand, their duplicates suggested, and
the suggestions compared with the pairs of events of one group from different reports.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .blocking import comparable
from .records import EventRecord, prepare
from .scoring import TEXT_MEASURES, Scoring, Vocabulary, score_pair


@dataclass(frozen=True)
class LabelledPair:
    number: int
    stratum: str
    same: bool
    first: EventRecord
    second: EventRecord


@dataclass(frozen=True)
class Figures:
    precision: float
    recall: float
    true_positives: float
    predicted: float
    positives: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def record_from_json(data: dict) -> EventRecord:
    return EventRecord(
        id=data["id"],
        start=dt.date.fromisoformat(data["start"]),
        end=dt.date.fromisoformat(data["end"]),
        granularity=data["granularity"],
        approximate=data.get("approximate", False),
        title=data.get("title", ""),
        summary=data.get("summary", ""),
        actors=tuple(data.get("actors", ())),
        places=tuple(data.get("places", ())),
        articles=frozenset(data.get("articles", ())),
        modality=data.get("modality", "occurred"),
    )


def load_pairs(path: Path) -> list[LabelledPair]:
    pairs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                data = json.loads(line)
                pairs.append(
                    LabelledPair(
                        number=data["n"],
                        stratum=data.get("stratum", "all"),
                        same=bool(data["same"]),
                        first=record_from_json(data["first"]),
                        second=record_from_json(data["second"]),
                    )
                )
    return pairs


def predictions(
    pairs: Iterable[LabelledPair], scoring: Scoring
) -> list[tuple[LabelledPair, float]]:
    """Each pair with its score (0.0 when blocking would not compare it or the dates cannot
    match).

    Word rarity is counted over every distinct event of the labelled pairs, a sample of the
    timeline they come from.
    """
    pairs = list(pairs)
    prepared = {}
    for pair in pairs:
        for record in (pair.first, pair.second):
            if record.id not in prepared:
                prepared[record.id] = prepare(record)
    vocabulary = Vocabulary.of(prepared.values())
    scored = []
    for pair in pairs:
        first, second = prepared[pair.first.id], prepared[pair.second.id]
        if not comparable(first, second):
            scored.append((pair, 0.0))
            continue
        match = score_pair(first, second, scoring, vocabulary)
        scored.append((pair, match.score if match is not None else 0.0))
    return scored


def figures(
    scored: list[tuple[LabelledPair, float]],
    threshold: float,
    weights: dict[str, float] | None = None,
) -> Figures:
    """Precision and recall at a threshold; ``weights`` per stratum weight each pair by the
    number of candidate pairs it stands for."""
    true_positives = predicted = positives = 0.0
    for pair, score in scored:
        weight = weights.get(pair.stratum, 1.0) if weights else 1.0
        is_predicted = score >= threshold
        positives += weight * pair.same
        predicted += weight * is_predicted
        true_positives += weight * (is_predicted and pair.same)
    return Figures(
        precision=true_positives / predicted if predicted else 0.0,
        recall=true_positives / positives if positives else 0.0,
        true_positives=true_positives,
        predicted=predicted,
        positives=positives,
    )


def stratum_weights(pairs: list[LabelledPair], population: dict[str, int]) -> dict[str, float]:
    sampled = Counter(pair.stratum for pair in pairs)
    return {name: population[name] / count for name, count in sampled.items() if name in population}


def grid(base: Scoring | None = None) -> Iterable[Scoring]:
    """The scorings tried: each word measure with a range of weights and thresholds."""
    base = base or Scoring()
    for measure, date_weight, entity_weight in itertools.product(
        TEXT_MEASURES, (0.2, 0.3, 0.4), (0.0, 0.1, 0.2, 0.3)
    ):
        text_weight = round(1.0 - date_weight - entity_weight, 2)
        for threshold in (x / 100 for x in range(30, 81, 2)):
            yield replace(
                base,
                text_measure=measure,
                date=date_weight,
                entities=entity_weight,
                text=text_weight,
                threshold=threshold,
            )


@dataclass(frozen=True)
class ReportFigures:
    """Suggestions among a few reports' extracted events against their grouped happenings."""

    records: list[EventRecord]
    groups: dict[int, str | None]
    suggested: dict[tuple[int, int], float]
    same: set[tuple[int, int]]

    @property
    def found(self) -> set[tuple[int, int]]:
        return set(self.suggested) & self.same

    @property
    def precision(self) -> float:
        return len(self.found) / len(self.suggested) if self.suggested else 0.0

    @property
    def recall(self) -> float:
        return len(self.found) / len(self.same) if self.same else 0.0


def _extracted_fields(event) -> dict:
    """The fields of an ``EventRecord`` that an extracted event gives (no id, no articles)."""
    return {
        "start": event.start,
        "end": event.end,
        "granularity": event.granularity,
        "approximate": event.approximate,
        "title": event.title,
        "summary": event.summary,
        "actors": tuple(event.actors),
        "places": tuple(event.places),
        "modality": event.modality,
    }


def reports_figures(path: Path, scoring: Scoring | None = None) -> ReportFigures:
    """Extract the reports a groups file names, suggest their duplicates, and compare."""
    from timeline.extraction.events import extract_events

    from . import find_duplicates

    data = json.loads(path.read_text(encoding="utf-8"))
    labels = {
        (file, timex): name for name, items in data["groups"].items() for file, timex in items
    }
    records: list[EventRecord] = []
    groups: dict[int, str | None] = {}
    for number, report in enumerate(data["reports"]):
        text = (path.parent / report["file"]).read_text(encoding="utf-8")
        extraction = extract_events(text, dt.date.fromisoformat(report["dct"]))
        for event in extraction.events:
            record = EventRecord(
                id=len(records) + 1, articles=frozenset({number}), **_extracted_fields(event)
            )
            records.append(record)
            groups[record.id] = next(
                (
                    labels[(report["file"], mention.timex_text)]
                    for mention in event.mentions
                    if (report["file"], mention.timex_text) in labels
                ),
                None,
            )
    suggested = {
        (found.first_id, found.second_id): found.score
        for found in find_duplicates(records, scoring=scoring or Scoring())
    }
    same = {
        (first.id, second.id)
        for first, second in itertools.combinations(records, 2)
        if first.articles != second.articles
        and groups[first.id] is not None
        and groups[first.id] == groups[second.id]
    }
    return ReportFigures(records, groups, suggested, same)


def reextracted(pairs: list[LabelledPair], corpus: Path) -> list[LabelledPair]:
    """The labelled pairs with each event's fields as the event engine reads them now.

    The pairs were labelled on the events of one engine version; a later engine words
    titles and names actors differently. Each event is found again in its article (article
    ``k`` is line ``k`` of the corpus's ``articles.jsonl``, the order they were imported in)
    as the event whose mention is the same sentence with an overlapping date; an event the
    engine no longer proposes keeps no fields (title and summary empty), so the pair cannot
    be suggested and a same-event pair counts as missed. The labels stay: they say whether
    two happenings are one, whatever the words.
    """
    from timeline.extraction.events import extract_events

    lines = (corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    manifest = [json.loads(line) for line in lines if line.strip()]
    cache: dict[int, list] = {}

    def events_of(article: int) -> list:
        if article not in cache:
            entry = manifest[article - 1]
            text = (corpus / entry["file"]).read_text(encoding="utf-8")
            cache[article] = extract_events(text, dt.date.fromisoformat(entry["published"])).events
        return cache[article]

    def again(record: EventRecord) -> EventRecord:
        (article,) = tuple(record.articles)[:1] or (None,)
        head = " ".join(record.summary.split())[:60].rstrip(" …")
        for event in events_of(article) if article else ():
            sentences = (" ".join(m.sentence.split()) for m in event.mentions)
            overlaps = event.start <= record.end and record.start <= event.end
            if overlaps and any(head in sentence for sentence in sentences):
                return replace(record, **_extracted_fields(event))
        return replace(record, title="", summary="", actors=(), places=())

    found: dict[int, EventRecord] = {}
    result = []
    for pair in pairs:
        for record in (pair.first, pair.second):
            if record.id not in found:
                found[record.id] = again(record)
        result.append(replace(pair, first=found[pair.first.id], second=found[pair.second.id]))
    return result


def synthetic_figures(size: int = 10_000, scoring: Scoring | None = None, seed: int = 1) -> Figures:
    """Precision and recall on the bench's synthetic timeline, whose answers are known.

    ``manage.py bench_suggestions`` builds a dense, formulaic timeline (15 events a day, every
    title "<actors> <verb> <object> near <place>" from ten pairs of synonyms): the reports of
    one happening are generated one after the other with the same actors and place, which
    groups them back. A word measure that leans on titles alone fails here first.
    """
    from timeline.management.commands.bench_suggestions import synthetic_records

    from . import find_duplicates

    records = synthetic_records(size, 15.0, seed)
    happening: dict[int, int] = {}
    previous = None
    for record in records:
        key = (record.actors, record.places)
        if key != previous:
            previous = key
            happening[record.id] = record.id
        else:
            happening[record.id] = happening[record.id - 1]
    sizes = Counter(happening.values())
    positives = sum(count * (count - 1) // 2 for count in sizes.values())
    found = find_duplicates(records, scoring=scoring or Scoring())
    right = sum(happening[pair.first_id] == happening[pair.second_id] for pair in found)
    return Figures(
        precision=right / len(found) if found else 0.0,
        recall=right / positives if positives else 0.0,
        true_positives=right,
        predicted=len(found),
        positives=positives,
    )

"""Score the engine against events an editor listed by hand (docs/events.md, "Evaluation").

A gold folder holds, for each article, ``NAME.json`` beside its text ``NAME.txt``::

    {"article": "NAME.txt", "dct": "2011-08-26",
     "events": [{"value": "2011-08-23", "modality": "occurred", "must": true,
                 "title": "Rebels overrun Gaddafi's compound", "also": ["2011-08-24"]}]}

``must`` events are the ones an editor would certainly list (recall counts them); the others
are acceptable (a system event matching one is not a false alarm, missing one costs nothing).
``also`` lists other values an editor would accept for an ambiguous date ("overnight").

A system event matches a gold event when their date ranges overlap and their titles share
content words (two, or all of a gold title shorter than that); each gold event takes at most
one system event, the best-matching first, so a duplicate of a found event is a false alarm.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..dates import value_range
from .types import ExtractedEvent

_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or but as into over after before about "
    "against amid near its his her their our this that these those it he she they we is are "
    "was were be been has have had will would could may might can to not no new says said "
    "say tells told s".split()
)
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)?")
_TOP_K = (1, 3, 5)


def content_words(title: str) -> set[str]:
    """Lower-cased content words, lightly stemmed so "recognizes"/"recognize" compare."""
    words = set()
    for word in _WORD.findall(title.lower().replace("'s", "").replace("’s", "")):
        if word in _STOPWORDS:
            continue
        words.add(_stem(word))
    return words


def _stem(word: str) -> str:
    if word.isdigit() or len(word) <= 3:
        return word
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return (word[: -len(suffix)] + replacement).rstrip("e")
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word.rstrip("e")


@dataclass(frozen=True)
class GoldEvent:
    title: str
    values: tuple[str, ...]  # the value, then any other acceptable ones
    modality: str
    must: bool

    @property
    def ranges(self) -> list[tuple[dt.date, dt.date, str]]:
        found = []
        for value in self.values:
            date_range = value_range(value)
            if date_range is not None:
                found.append((date_range.start, date_range.end, date_range.granularity))
        return found


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    dct: dt.date | None
    events: tuple[GoldEvent, ...]


def read_gold(folder: Path) -> list[GoldArticle]:
    """Every gold article under ``folder`` (recursively), in name order."""
    articles = []
    for path in sorted(folder.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / data["article"]).read_text(encoding="utf-8")
        dct = dt.date.fromisoformat(data["dct"]) if data.get("dct") else None
        events = tuple(
            GoldEvent(
                title=event["title"],
                values=(event["value"], *event.get("also", ())),
                modality=event["modality"],
                must=bool(event.get("must", True)),
            )
            for event in data["events"]
        )
        articles.append(GoldArticle(str(path.relative_to(folder)), text, dct, events))
    return articles


@dataclass
class Match:
    system: ExtractedEvent
    gold: GoldEvent
    date_exact: bool
    granularity_ok: bool
    modality_ok: bool


@dataclass
class ArticleScore:
    name: str
    system: list[ExtractedEvent]
    gold: tuple[GoldEvent, ...]
    matches: list[Match] = field(default_factory=list)

    @property
    def wrong_dates(self) -> list[ExtractedEvent]:
        """False alarms that name an event of the gold, but on a date it does not allow."""
        return [
            event
            for event in self.false_alarms
            if any(_words_match(_shared_words(event, gold), gold) for gold in self.gold)
        ]

    @property
    def false_alarms(self) -> list[ExtractedEvent]:
        matched = {id(m.system) for m in self.matches}
        return [event for event in self.system if id(event) not in matched]

    @property
    def missed(self) -> list[GoldEvent]:
        matched = {id(m.gold) for m in self.matches}
        return [event for event in self.gold if event.must and id(event) not in matched]


def _overlaps(event: ExtractedEvent, gold: GoldEvent) -> bool:
    return any(start <= event.end and event.start <= end for start, end, _ in gold.ranges)


def _shared_words(event: ExtractedEvent, gold: GoldEvent) -> int:
    return len(content_words(event.title) & content_words(gold.title))


def _words_match(shared: int, gold: GoldEvent) -> bool:
    return shared >= min(2, len(content_words(gold.title))) and shared > 0


def score_article(name: str, system: list[ExtractedEvent], gold: Iterable[GoldEvent]):
    gold = tuple(gold)
    score = ArticleScore(name=name, system=list(system), gold=gold)
    pairs = []
    for i, event in enumerate(score.system):
        for j, expected in enumerate(gold):
            if not _overlaps(event, expected):
                continue
            shared = _shared_words(event, expected)
            if not _words_match(shared, expected):
                continue
            exact = event.value.split("T")[0] in expected.values
            share = shared / max(1, len(content_words(expected.title)))
            pairs.append((share + (0.5 if exact else 0.0) + 0.1 * expected.must, i, j))
    used_system: set[int] = set()
    used_gold: set[int] = set()
    for _weight, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i in used_system or j in used_gold:
            continue
        used_system.add(i)
        used_gold.add(j)
        event, expected = score.system[i], gold[j]
        exact_value = next(
            (v for v in expected.values if v == event.value.split("T")[0]), expected.values[0]
        )
        expected_range = value_range(exact_value)
        score.matches.append(
            Match(
                system=event,
                gold=expected,
                date_exact=event.value.split("T")[0] in expected.values,
                granularity_ok=expected_range is not None
                and expected_range.granularity == event.granularity,
                modality_ok=event.modality == expected.modality,
            )
        )
    return score


_PRONOUN_LEADS = frozenset("he she it they his her its their him them this these".split())
_DANGLING = frozenset(
    "a an the of in on at to for from by with and or but as into over after before about "
    "against amid its his her their is are was were be been has have had will would could "
    "that which who whose what while when if".split()
)


def title_flags(title: str) -> list[str]:
    """Visible headline defects, engine-independent: a rough check that a reader shares."""
    words = title.split()
    flags = []
    if not words:
        return ["empty"]
    if words[0].lower() in _PRONOUN_LEADS:
        flags.append("pronoun subject")
    if words[-1].lower().strip(",.;:") in _DANGLING or words[-1][-1:] in ",;:(":
        flags.append("dangling end")
    if len(words) > 12:
        flags.append("long")
    if len(words) < 3:
        flags.append("fragment")
    return flags


def title_similarity(match: Match) -> float:
    """Content-word F1 of the system title against the editor's: a rough headline check."""
    system, gold = content_words(match.system.title), content_words(match.gold.title)
    shared = len(system & gold)
    if not shared:
        return 0.0
    precision, recall = shared / len(system), shared / len(gold)
    return 2 * precision * recall / (precision + recall)


def _ratio(count: float, total: int) -> float | None:
    return round(count / total, 3) if total else None


def summarise(scores: list[ArticleScore]) -> dict[str, object]:
    """Precision, recall of the must events, F1, attribute accuracy, precision at top k."""
    system = sum(len(s.system) for s in scores)
    matched = sum(len(s.matches) for s in scores)
    must = sum(sum(g.must for g in s.gold) for s in scores)
    must_found = sum(sum(m.gold.must for m in s.matches) for s in scores)
    precision = _ratio(matched, system)
    recall = _ratio(must_found, must)
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision and recall else 0.0
    matches = [m for s in scores for m in s.matches]
    report: dict[str, object] = {
        "articles": len(scores),
        "system_events": system,
        "gold_must": must,
        "gold_all": sum(len(s.gold) for s in scores),
        "matched": matched,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "date_exact": _ratio(sum(m.date_exact for m in matches), len(matches)),
        # Exact dates among matched events and the gold events found on a wrong date.
        "date_exact_all": _ratio(
            sum(m.date_exact for m in matches),
            len(matches) + sum(len(s.wrong_dates) for s in scores),
        ),
        "granularity": _ratio(sum(m.granularity_ok for m in matches), len(matches)),
        "modality": _ratio(sum(m.modality_ok for m in matches), len(matches)),
        "title_word_f1": _ratio(sum(title_similarity(m) for m in matches), len(matches)),
        "title_words": _ratio(sum(len(m.system.title.split()) for m in matches), len(matches)),
        "title_flagged": _ratio(
            sum(bool(title_flags(e.title)) for s in scores for e in s.system), system
        ),
    }
    for k in _TOP_K:
        hits = total = 0
        for score in scores:
            good = {id(m.system) for m in score.matches}
            ranked = sorted(score.system, key=lambda e: -e.confidence)[:k]
            hits += sum(id(e) in good for e in ranked)
            total += len(ranked)
        report[f"precision_at_{k}"] = _ratio(hits, total)
    report["average_precision"] = _average_precision(scores)
    return report


def _average_precision(scores: list[ArticleScore]) -> float | None:
    """Over all articles' events ranked by confidence: does confidence put good events first?"""
    ranked = []
    for score in scores:
        good = {id(m.system) for m in score.matches}
        ranked.extend((-e.confidence, id(e) in good) for e in score.system)
    ranked.sort(key=lambda item: item[0])
    hits = 0
    total = 0.0
    for position, (_confidence, good) in enumerate(ranked, start=1):
        if good:
            hits += 1
            total += hits / position
    return round(total / hits, 3) if hits else None


Extractor = Callable[[str, dt.date | None], object]


def evaluate_gold(folder: Path, extract: Extractor | None = None) -> tuple[dict, list]:
    """(summary, per-article scores) of ``extract`` (the engine by default) on a gold folder."""
    from .engine import extract_events

    extract = extract or extract_events
    scores = []
    for article in read_gold(folder):
        events = extract(article.text, article.dct).events
        scores.append(score_article(article.name, events, article.events))
    return summarise(scores), scores


def format_errors(scores: list[ArticleScore]) -> str:
    """Misses, false alarms and wrong attributes, article by article, for reading."""
    lines = []
    for score in scores:
        wrong = [
            m for m in score.matches if not (m.date_exact and m.granularity_ok and m.modality_ok)
        ]
        if not (score.missed or score.false_alarms or wrong):
            continue
        lines.append(f"== {score.name}")
        for gold in score.missed:
            lines.append(f"  MISSED  {'|'.join(gold.values):<24} {gold.modality:<8} {gold.title}")
        for event in sorted(score.false_alarms, key=lambda e: -e.confidence):
            lines.append(
                f"  FALSE   {event.value:<24} {event.modality:<8} {event.confidence:.2f} "
                f"{event.title}"
            )
        for match in wrong:
            lines.append(
                f"  WRONG   {match.system.value:<24} {match.system.modality:<8} "
                f"{match.system.title}  [gold {'|'.join(match.gold.values)} "
                f"{match.gold.modality}]"
            )
    return "\n".join(lines)

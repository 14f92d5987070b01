"""TempEval-3 style scoring of the tagger on TimeML documents.

Strict match = identical span; relaxed match = any overlap, each gold and each system
annotation used at most once. Type and value F1 = relaxed F1 x the share of relaxed
matches whose attribute is right (as /work/shared/eval/README.md describes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..types import Timex
from .timeml import TimeMLDocument


@dataclass
class Errors:
    """Each entry: (document name, context snippet, gold and/or system annotation)."""

    misses: list[tuple[str, str, Timex]] = field(default_factory=list)
    false_alarms: list[tuple[str, str, Timex]] = field(default_factory=list)
    wrong_values: list[tuple[str, str, Timex, Timex]] = field(default_factory=list)
    wrong_spans: list[tuple[str, str, Timex, Timex]] = field(default_factory=list)


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    right_type: int = 0
    right_value: int = 0
    errors: Errors = field(default_factory=Errors)

    @staticmethod
    def _f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def figures(self) -> dict[str, float]:
        strict_p = self.strict / self.system if self.system else 0.0
        strict_r = self.strict / self.gold if self.gold else 0.0
        relaxed_p = self.relaxed / self.system if self.system else 0.0
        relaxed_r = self.relaxed / self.gold if self.gold else 0.0
        relaxed_f = self._f1(relaxed_p, relaxed_r)
        type_accuracy = self.right_type / self.relaxed if self.relaxed else 0.0
        value_accuracy = self.right_value / self.relaxed if self.relaxed else 0.0
        return {
            "documents_gold": self.gold,
            "strict_precision": strict_p,
            "strict_recall": strict_r,
            "strict_f1": self._f1(strict_p, strict_r),
            "relaxed_precision": relaxed_p,
            "relaxed_recall": relaxed_r,
            "relaxed_f1": relaxed_f,
            "type_accuracy": type_accuracy,
            "value_accuracy": value_accuracy,
            "type_f1": relaxed_f * type_accuracy,
            "value_f1": relaxed_f * value_accuracy,
        }


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def _context(text: str, timex: Timex, width: int = 50) -> str:
    before = text[max(0, timex.start - width) : timex.start]
    after = text[timex.end : timex.end + width]
    return " ".join(f"{before}[{timex.text}]{after}".split())


def score_document(document: TimeMLDocument, system: list[Timex], score: Score) -> None:
    gold = list(document.timexes)
    score.gold += len(gold)
    score.system += len(system)
    used: set[int] = set()
    for g in gold:
        # Prefer the exact span, then the largest overlap, among unused system spans.
        best = None
        for i, s in enumerate(system):
            if i in used or not _overlaps(g, s):
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            key = ((g.start, g.end) == (s.start, s.end), overlap)
            if best is None or key > best[0]:
                best = (key, i)
        if best is None:
            score.errors.misses.append((document.name, _context(document.text, g), g))
            continue
        i = best[1]
        used.add(i)
        s = system[i]
        score.relaxed += 1
        if (g.start, g.end) == (s.start, s.end):
            score.strict += 1
        else:
            score.errors.wrong_spans.append((document.name, _context(document.text, g), g, s))
        if g.type == s.type:
            score.right_type += 1
        if g.value == s.value:
            score.right_value += 1
        else:
            score.errors.wrong_values.append((document.name, _context(document.text, g), g, s))
    for i, s in enumerate(system):
        if i not in used:
            score.errors.false_alarms.append((document.name, _context(document.text, s), s))


def evaluate(
    documents: Iterable[TimeMLDocument],
    tagger: Callable[[str, object], list[Timex]],
) -> Score:
    score = Score()
    for document in documents:
        score_document(document, tagger(document.text, document.dct), score)
    return score


def fold_paths(paths: list, folds: int, fold: int, complement: bool = False) -> list:
    """Document-level folds for cross-validation: the i-th of every K sorted documents.

    Striping the sorted names spreads every source (wire, broadcast, WSJ) over all folds.
    ``complement`` gives the other K-1 folds, the part a rule may be written on.
    """
    return [p for i, p in enumerate(paths) if (i % folds == fold) != complement]


def format_report(name: str, score: Score) -> str:
    f = score.figures()
    return (
        f"{name}: gold {score.gold} system {score.system}\n"
        f"  strict   P {f['strict_precision']:.4f}  R {f['strict_recall']:.4f}"
        f"  F1 {f['strict_f1']:.4f}\n"
        f"  relaxed  P {f['relaxed_precision']:.4f}  R {f['relaxed_recall']:.4f}"
        f"  F1 {f['relaxed_f1']:.4f}\n"
        f"  type F1 {f['type_f1']:.4f}  value F1 {f['value_f1']:.4f}"
        f"  (type accuracy {f['type_accuracy']:.4f}, value accuracy {f['value_accuracy']:.4f})"
    )


def format_errors(score: Score) -> str:
    """One tab-separated line per error: kind, document, annotation(s), context."""
    lines = []
    for doc, context, g in score.errors.misses:
        lines.append(f"MISS\t{doc}\t{g.text!r}\t{g.type}\t{g.value}\t{context}")
    for doc, context, s in score.errors.false_alarms:
        lines.append(f"FALSE\t{doc}\t{s.text!r}\t{s.type}\t{s.value}\t{context}")
    for doc, context, g, s in score.errors.wrong_values:
        lines.append(
            f"VALUE\t{doc}\t{g.text!r}\t{g.type}\t{g.value}\tgot {s.text!r}\t{s.type}\t{s.value}"
            f"\t{context}"
        )
    for doc, context, g, s in score.errors.wrong_spans:
        lines.append(f"SPAN\t{doc}\tgold {g.text!r}\tgot {s.text!r}\t{context}")
    return "\n".join(lines)

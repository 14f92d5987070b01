"""The score of a candidate pair and the reasons an editor reads beside it.

score = DATE x date agreement + TEXT x shared words + ENTITIES x shared actors and places,
each part between 0 and 1. The weights, the word measure and the threshold were chosen by
measuring precision and recall on labelled pairs (docs/merging.md).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .dates import date_match
from .lexicon import is_kind
from .records import Prepared
from .text import dice, jaccard, overlap


@dataclass(frozen=True)
class Scoring:
    """Weights of the three parts, the word measure, and the score a suggestion needs.

    The defaults are the best of ``evaluate.grid()`` on half of the labelled Libya pairs,
    read again with the current engine, among the scorings at least 0.85 precise there and
    0.8 precise on the bench's synthetic timeline (docs/merging.md gives the figures on the
    other half).
    """

    date: float = 0.2
    text: float = 0.7
    entities: float = 0.1
    threshold: float = 0.40
    text_measure: str = "text_dice"


@dataclass(frozen=True)
class Match:
    score: float
    reasons: tuple[str, ...]
    date: float
    text: float
    entities: float


@dataclass
class Vocabulary:
    """How many of the compared events use each word: a word most of them share (the
    story's protagonist, "war") says little; a rare one (a name, a sum) says a lot."""

    events: int = 0
    frequencies: Counter = field(default_factory=Counter)
    _weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, items: Iterable[Prepared]) -> Vocabulary:
        vocabulary = cls()
        for item in items:
            vocabulary.events += 1
            vocabulary.frequencies.update(item.text_keys)
        return vocabulary

    def weight(self, word: str) -> float:
        known = self._weights.get(word)
        if known is None:
            frequency = max(self.frequencies.get(word, 0), 1)
            known = self._weights[word] = math.log(1 + self.events / frequency)
        return known

    def total(self, words: frozenset[str]) -> float:
        weights = self._weights
        total = 0.0
        for word in words:
            known = weights.get(word)
            total += known if known is not None else self.weight(word)
        return total

    def text_total(self, item: Prepared) -> float:
        """The weight of all of an item's words, computed once per item."""
        if item.text_weight is None:
            item.text_weight = self.total(item.text_keys)
        return item.text_weight


def _title_jaccard(first: Prepared, second: Prepared, vocabulary: Vocabulary) -> float:
    return jaccard(first.title_keys, second.title_keys)


def _text_dice(first: Prepared, second: Prepared, vocabulary: Vocabulary) -> float:
    return dice(first.text_keys, second.text_keys)


def _text_jaccard(first: Prepared, second: Prepared, vocabulary: Vocabulary) -> float:
    return jaccard(first.text_keys, second.text_keys)


def _title_in_text(first: Prepared, second: Prepared, vocabulary: Vocabulary) -> float:
    """The better of each title against the other's whole text (titles are short)."""
    return max(
        overlap(first.title_keys, second.text_keys), overlap(second.title_keys, first.text_keys)
    )


def _weighted_dice(first: Prepared, second: Prepared, vocabulary: Vocabulary) -> float:
    """Dice's coefficient with each word weighted by its rarity among the compared events."""
    total = vocabulary.text_total(first) + vocabulary.text_total(second)
    if not total:
        return 0.0
    return 2 * vocabulary.total(first.text_keys & second.text_keys) / total


def _title_weighted_dice(first: Prepared, second: Prepared, vocabulary: Vocabulary) -> float:
    """Weighted Dice where a title's words count twice: the title is the event's gist, the
    summary a whole sentence around it."""

    def total(item: Prepared, words: frozenset[str]) -> float:
        return vocabulary.total(words) + vocabulary.total(words & item.title_keys)

    shared = first.text_keys & second.text_keys
    whole = total(first, first.text_keys) + total(second, second.text_keys)
    if not whole:
        return 0.0
    return (total(first, shared) + total(second, shared)) / whole


def _weighted_dice_or_titles(first: Prepared, second: Prepared, vocabulary: Vocabulary) -> float:
    """The better of the weighted Dice of the whole texts and of the titles alone: a long
    source sentence says more than the event ("The talks had been billed as the first time
    ... since the conflict erupted in 2011"), and its words can drown two titles that say
    the same ("Conflict erupts", "War starts" share the kinds start and war)."""
    whole = _weighted_dice(first, second, vocabulary)
    title_total = vocabulary.total(first.title_keys) + vocabulary.total(second.title_keys)
    if not title_total:
        return whole
    titles = 2 * vocabulary.total(first.title_keys & second.title_keys) / title_total
    return max(whole, titles)


def _weighted_dice_and_titles(first: Prepared, second: Prepared, vocabulary: Vocabulary) -> float:
    """The mean of the weighted Dice of the whole texts and of the titles alone."""
    whole = _weighted_dice(first, second, vocabulary)
    title_total = vocabulary.total(first.title_keys) + vocabulary.total(second.title_keys)
    if not title_total:
        return whole
    titles = 2 * vocabulary.total(first.title_keys & second.title_keys) / title_total
    return (whole + titles) / 2


TEXT_MEASURES: dict[str, Callable[[Prepared, Prepared, Vocabulary], float]] = {
    "weighted_dice_and_titles": _weighted_dice_and_titles,
    "weighted_dice_or_titles": _weighted_dice_or_titles,
    "title_jaccard": _title_jaccard,
    "text_dice": _text_dice,
    "text_jaccard": _text_jaccard,
    "title_in_text": _title_in_text,
    "weighted_dice": _weighted_dice,
    "title_weighted_dice": _title_weighted_dice,
}


def entity_overlap(first: Prepared, second: Prepared) -> tuple[float, list[str]]:
    """Weighted shared actors and places over the smaller side's, and their names."""
    if not first.entities or not second.entities:
        return 0.0, []
    shared = [key for key in first.entities if key in second.entities]
    if not shared:
        return 0.0, []
    weight = sum(first.entities[key][1] for key in shared)
    smaller = min(first.entity_weight, second.entity_weight)
    names = [first.entities[key][0] for key in shared]
    return min(1.0, weight / smaller) if smaller else 0.0, names


def score_pair(
    first: Prepared,
    second: Prepared,
    scoring: Scoring,
    vocabulary: Vocabulary | None = None,
    *,
    at_least: float = 0.0,
) -> Match | None:
    """The pair's score and reasons, or None when their dates cannot be the same or the
    score cannot reach ``at_least``.

    ``vocabulary``: word frequencies among the events compared together (by default just
    these two, which weights every word alike). The words are compared first: when even a
    perfect date and actors could not lift them to ``at_least``, the rest is not computed
    (a quarter of the blocked pairs of the bench's synthetic timelines end there).
    """
    vocabulary = vocabulary or Vocabulary.of((first, second))
    text = TEXT_MEASURES[scoring.text_measure](first, second, vocabulary)
    if round(scoring.date + scoring.text * text + scoring.entities, 4) < at_least:
        return None
    agreement = date_match(first.span, second.span)
    if agreement is None:
        return None
    entities, entity_names = entity_overlap(first, second)
    score = round(
        scoring.date * agreement.strength + scoring.text * text + scoring.entities * entities, 4
    )
    if score < at_least:
        return None
    reasons = [agreement.reason]
    if entity_names:
        reasons.append("shared actors and places: " + ", ".join(sorted(entity_names)[:4]))
    entity_words = {name.lower() for name in entity_names}
    shared = first.text_keys & second.text_keys
    kinds = sorted(key[1:] for key in shared if is_kind(key))
    words = sorted(
        (key for key in shared - entity_words if not is_kind(key)),
        key=lambda word: (-vocabulary.weight(word), word),
    )
    if words:
        reasons.append("shared words: " + ", ".join(words[:5]))
    if kinds:
        reasons.append("same kind of happening: " + ", ".join(kinds[:3]))
    return Match(score, tuple(reasons), agreement.strength, text, entities)

"""Pronouns in titles resolved to the named actor they stand for, when only one fits.

"He told reporters on Monday ..." titles "He says ..."; the reader wants the name. The
antecedent is looked for in the sentence before the pronoun and in the sentence before it
(wire copy often makes every sentence its own paragraph, so "the same paragraph" would be
the pronoun's own sentence alone): "he"/"she" take a person's name, "they" a group
("rebels"). "It" is left alone: it stands for a plane or a plan as often as for a company,
and a company's name cannot be told from a person's without a list; except right after a
saying, where news English makes it the speaker ("NATO said it conducted 111 sorties",
"the company said it sold the unit", "Obama said he spoke to ..."; `_speaker`). When more than one
candidate of the right kind is in that window the pronoun stays: a wrong name is worse than
a pronoun, and the event's confidence is lowered instead.
"""

from __future__ import annotations

import re

from .entities import TITLE_WORDS, find_entities
from .gazetteer import lookup
from .lexicon import COMMON_WORDS
from .morphology import analyse

_COMPANY_ENDINGS = frozenset(
    "inc inc. corp corp. co co. ltd ltd. plc ag sa spa nv group company corporation bank "
    "airlines airways agency fund council committee ministry court party alliance union "
    "association organisation organization institute authority department service board "
    "commission office cross crescent programme program federation network".split()
)
# Pronoun -> (kinds of antecedent it can take, case form used in the title).
_PRONOUNS = {
    "he": ("person",),
    "she": ("person",),
    "him": ("person",),
    "his": ("person",),
    "they": ("group",),
    "them": ("group",),
    "their": ("group",),
}
_POSSESSIVE = frozenset({"his", "its", "their"})
_TITLE_WORD = re.compile(r"\S+")
# How far back an antecedent is looked for: a pronoun's name is a sentence or two away.
WINDOW_CHARS = 600


def _first_word(text: str, word: str, start: int, end: int) -> int | None:
    """Offset of the first whole-word ``word`` in text[start:end], any case."""
    match = re.compile(rf"\b{word}\b", re.IGNORECASE).search(text, start, min(end, start + 2000))
    return match.start() if match else None


def _kind(name: str) -> str | None:
    entry = lookup().get(name.lower())
    if entry is not None:
        kind = entry[1]
        kinds = {"city": None, "country": "country", "org": "org", "seat": "org", "group": "group"}
        return kinds.get(kind)
    words = name.split()
    if words[-1].lower() in _COMPANY_ENDINGS:
        return "org"
    if any(w.lower() in TITLE_WORDS for w in words) or name.isupper():
        return None
    if len(words) == 1 and (analyse(name) or name.lower() in COMMON_WORDS):
        return None  # "Asked", "Meanwhile": a capital at a sentence's start, not a name
    return "person"  # a name the lists do not know: "Ali Tarhouni", "Tarhouni"


def antecedent(text: str, start: int, end: int, pronoun: str) -> str | None:
    """The one named actor of ``text[start:end]`` that ``pronoun`` can stand for, or None."""
    kinds = _PRONOUNS.get(pronoun.lower())
    if kinds is None or end <= start:
        return None
    actors, _places = find_entities(text, start, end)
    fitting = [actor for actor in actors if _kind(actor) in kinds]
    if pronoun.lower() in ("they", "them", "their"):
        # A bare group word ("rebels") only: "the government" is singular in headlines.
        fitting = [actor for actor in fitting if actor.endswith("s")]
    # "Ali Tarhouni" and "Tarhouni" are one person: group by the last word.
    people: dict[str, str] = {}
    for actor in fitting:
        last = actor.split()[-1].lower()
        if len(actor) > len(people.get(last, "")):
            people[last] = actor
    if len(people) != 1:
        return None
    return next(iter(people.values()))


# "NATO said it conducted ...", "Rebels said on Monday they had ...": a pronoun that opens
# the reported clause right after the saying stands for the one who said it.
_SAID_PRONOUN = re.compile(
    r"\b(?:said|says|told\s+(?:Reuters|reporters|journalists|[A-Z]\w+)|added|announced|"
    r"confirmed|stated)\s+(?:(?:late\s+)?on\s+\w+\s+|in\s+a\s+statement\s+(?:on\s+\w+\s+)?)?"
    r"(?:that\s+)?(?P<pronoun>it|he|she|they)\b"
)
_THE_NOUN_BEFORE = re.compile(r"\b[Tt]he\s+([a-z]+)\s+$")
_SPEAKER_KINDS = {
    "it": ("org", "country"),
    "he": ("person",),
    "she": ("person",),
    "they": ("group",),
}


def _speaker(text: str, sentence_start: int, sentence_end: int, pronoun: str) -> str | None:
    """The speaker a pronoun right after "said" stands for, named just before the verb."""
    for match in _SAID_PRONOUN.finditer(text, sentence_start, sentence_end):
        if match.group("pronoun").lower() != pronoun:
            continue
        before = max(sentence_start, match.start() - 40)
        actors, _places = find_entities(text, before, match.start())
        if not actors:
            # "The company said it ...", "the rebels said they ...": the noun itself.
            noun = _THE_NOUN_BEFORE.search(text, before, match.start())
            if noun is None or pronoun not in ("it", "they"):
                return None
            plural = noun.group(1).endswith("s") and not noun.group(1).endswith("ss")
            return noun.group(1) if plural == (pronoun == "they") else None
        actor = actors[-1]
        if _kind(actor) not in _SPEAKER_KINDS[pronoun]:
            return None
        if pronoun == "they" and not actor.endswith("s"):
            return None
        return actor
    return None


def resolve_title(title: str, text: str, window_start: int, sentence_start: int, sentence_end: int):
    """``title`` with its pronouns named where the antecedent is clear; the count resolved.

    A pronoun's window runs from ``window_start`` (the previous sentence) to its first
    occurrence in the sentence ``text[sentence_start:sentence_end]``.
    """
    words = _TITLE_WORD.findall(title)
    resolved = 0
    for index, word in enumerate(words):
        lower = word.lower()
        subject = index == 0 or words[index - 1].lower() in ("says", "say")
        if index == 0 and lower in _SPEAKER_KINDS:
            speaker = _speaker(text, sentence_start, sentence_end, lower)
            if speaker is not None and speaker.lower() not in title.lower():
                words[index] = speaker[:1].upper() + speaker[1:]
                resolved += 1
                continue
        if lower not in _PRONOUNS or not subject:
            continue  # deeper in a title a pronoun mostly means its own subject: leave it
        occurrence = _first_word(text, lower, sentence_start, sentence_end)
        end = occurrence if occurrence is not None else sentence_start
        name = antecedent(text, max(window_start, end - WINDOW_CHARS), end, lower)
        if name is None or name.lower() in title.lower():
            continue  # "Hague says he ...": the pronoun is the subject already named
        if lower in _POSSESSIVE:
            name = f"{name}'s"
        if index == 0 and name[:1].islower():
            name = name[:1].upper() + name[1:]
        words[index] = name
        resolved += 1
    if not resolved:
        return title, 0
    return " ".join(words), resolved

"""Actors and places named in a clause, normalised to keys that compare across articles."""

from __future__ import annotations

import re

from .gazetteer import CASE_SENSITIVE, form_lengths, lookup

_WORD = re.compile(r"[A-Za-z0-9][\w.'’\-]*[\w]|[A-Za-z0-9]")
_PLACE_PREPOSITIONS = frozenset(
    "in at into across near inside from to toward towards outside throughout around over "
    "through within off".split()
)
TITLE_WORDS = frozenset(
    "president prime minister foreign defence defense interior finance oil justice "
    "information secretary general gen gen. col col. colonel lt lt. captain capt capt. "
    "major maj sergeant chancellor king queen prince princess sheikh emir sultan ayatollah "
    "pope envoy ambassador spokesman spokeswoman spokesperson leader chief commander "
    "mr mr. mrs mrs. ms ms. dr dr. sir lord senator sen. rep. representative governor "
    "mayor deputy vice acting former late state u.s. un u.n. brother son daughter wife "
    "chairman chairwoman director minister mp cardinal archbishop bishop judge justice "
    "admiral adm. brigadier marshal field premier crown".split()
)
_NOT_NAMES = frozenset(
    "the a an this that these those it he she they we i you his her their its our but and "
    "or so yet if as when while after before since until in on at by for with from to of "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
    "there here what who which why how where also however meanwhile although though "
    "despite following according some many most all both several no one two three four "
    "five six seven eight nine ten first second third last next earlier later update full "
    "article reporting editing writing additional".split()
)
_NAME_PARTICLES = frozenset("al al- el el- bin ibn de du van von der la le abu bint".split())


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def find_entities(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[str]]:
    """(actors, places) named in ``text[start:end]``, canonical, in order of appearance."""
    end = len(text) if end is None else end
    words = [(m.group(0).rstrip("."), m.start()) for m in _WORD.finditer(text, start, end)]
    words = [(_strip_possessive(_strip_compound(word)), at) for word, at in words]
    table = lookup()
    actors: list[str] = []
    places: list[str] = []
    index = 0
    while index < len(words):
        taken = _match_gazetteer(words, index, table)
        if taken:
            length, key, kind = taken
            previous = {w.lower() for w, _ in words[max(0, index - 3) : index]}
            if kind == "city" or (kind == "country" and previous & _PLACE_PREPOSITIONS):
                _add(places, key)
            else:
                _add(actors, key)
            index += length
            continue
        name_length = _name_length(words, index)
        if name_length:
            name = clean_name(" ".join(word for word, _ in words[index : index + name_length]))
            if name.lower() not in TITLE_WORDS:
                _add(actors, name)
            index += name_length
            continue
        index += 1
    return actors, places


def _strip_compound(word: str) -> str:
    """ "UN-hosted" -> "UN", "Western-backed" -> "Western": the name inside a compound."""
    head, dash, tail = word.partition("-")
    if dash and tail.islower() and head[:1].isupper() and head.lower() not in _NAME_PARTICLES:
        return head
    return word


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def _match_gazetteer(words, index, table):
    for length in form_lengths().get(words[index][0].lower(), ()):
        if index + length > len(words):
            continue
        phrase_words = [word for word, _ in words[index : index + length]]
        phrase = " ".join(phrase_words)
        entry = table.get(phrase.lower())
        if entry is None:
            continue
        key, kind = entry
        if phrase.lower() in CASE_SENSITIVE and not phrase.isupper() and phrase != key:
            continue
        if kind != "group" and not _is_capitalised(phrase_words[0]):
            continue
        if (
            kind == "group"
            and _is_capitalised(phrase)
            and (
                index > 0
                or (index + length < len(words) and _is_capitalised(words[index + length][0]))
            )
        ):
            # "Forces" inside a name ("Syrian Democratic Forces"), "President" before one.
            continue
        return length, key, kind
    return None


def _name_length(words, index) -> int:
    """How many words from ``index`` make a capitalised name not in the gazetteer."""
    length = 0
    while index + length < len(words):
        word = words[index + length][0]
        lower = word.lower()
        if (
            (_is_capitalised(word) and lower not in _NOT_NAMES and not word.isdigit())
            or (length and lower in _NAME_PARTICLES)
            or (length and lower.startswith(("al-", "el-")))
        ):
            length += 1
        else:
            break
    if length and words[index + length - 1][0].lower() in _NAME_PARTICLES:
        length -= 1
    return length


def _add(found: list[str], key: str) -> None:
    if key not in found:
        found.append(key)


def group_word(word: str) -> bool:
    """A common noun for a side of a story ("rebels", "regime")."""
    entry = lookup().get(word.lower())
    return entry is not None and entry[1] == "group"


def clean_name(name: str) -> str:
    """A name without the titles in front: 'President Bashar al-Assad' -> 'Bashar al-Assad'."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)

"""Actors and places named in a clause, normalised to keys that compare across articles."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import CASE_SENSITIVE, capitals, city_countries, form_lengths, lookup, seats
from .lexicon import AUXILIARIES, EVENT_NOUNS
from .morphology import GERUND, analyse

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
NOT_NAMES = frozenset(
    "the a an this that these those it he she they we i you his her their its our but and "
    "or so yet if as when while after before since until in on at by for with from to of "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
    "there here what who which why how where also however meanwhile although though "
    "despite following according some many most all both several no one two three four "
    "five six seven eight nine ten first second third last next earlier later update full "
    "article reporting editing writing additional jan feb mar apr jun jul aug sep sept oct "
    "nov dec mon tue tues wed thu thurs fri sat sun".split()
)
_NAME_PARTICLES = frozenset("al al- el el- bin ibn de du van von der la le abu bint".split())


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def find_entities(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[str]]:
    """(actors, places) named in ``text[start:end]``, canonical, in order of appearance."""
    end = len(text) if end is None else end
    raw = [(m.group(0).rstrip("."), m.start()) for m in _WORD.finditer(text, start, end)]
    possessive = [_strip_possessive(word) != word for word, _ in raw]
    words = [(_strip_possessive(_strip_compound(word)), at) for word, at in raw]
    table = lookup()
    actors: list[str] = []
    places: list[str] = []
    index = 0
    last_country: tuple[int, str] | None = None  # (word index after it, key)
    while index < len(words):
        taken = _match_gazetteer(words, index, table)
        if taken:
            length, key, kind = taken
            previous = {w.lower() for w, _ in words[max(0, index - 3) : index]}
            located = bool(previous & _PLACE_PREPOSITIONS)
            agent = not located and _acts(words, possessive, index, length)
            if kind == "seat":
                # "the Kremlin said": the government of its country; "at the White House":
                # the building.
                _add(places, key) if located else _add(actors, seats()[key.lower()])
            elif kind == "city" and key in capitals() and agent:
                _add(actors, capitals()[key])  # "Moscow and Ankara brokered": metonymy
            elif kind == "city" or (kind == "country" and located):
                _add(places, key)
            elif kind == "group" and key in STATE_GROUPS and _follows(last_country, index):
                # "the Syrian government", "Libya's army": that country's.
                _add(actors, f"{last_country[1]} {key}")
            else:
                _add(actors, key)
            if kind == "country" or (kind == "city" and key in capitals() and agent):
                last_country = (index + length, capitals().get(key, key))
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


# Verbs a city's name does not act by: it is the place things happen to ("Tripoli fell").
_PLACE_VERBS = frozenset(
    "fall be remain stay lie sit see witness suffer shake burn wake sleep go come get "
    "experience calm erupt rock return celebrate mourn brace".split()
)
_LISTED = frozenset({"and", "or", ","})


def _follows(last_country: tuple[int, str] | None, index: int) -> bool:
    return last_country is not None and last_country[0] == index


def _acts(words, possessive, index: int, length: int) -> bool:
    """A capital stands for its government: the agent of a passive ("by Moscow"), a
    possessive ("Ankara's decision"), or the subject of a verb of doing, alone or listed
    ("Moscow and Ankara brokered a ceasefire", "Washington said")."""
    back = index - 1
    while (
        back >= 0
        and back > index - 8
        and (words[back][0].lower() in _LISTED or words[back][0][:1].isupper())
    ):
        back -= 1
    if back >= 0 and words[back][0].lower() == "by":
        return True  # "brokered by Moscow and Ankara"
    if possessive[index + length - 1]:
        return True
    position = index + length
    while position < len(words) and position < index + length + 8:
        word = words[position][0]
        if word.lower() in _LISTED or (word[:1].isupper() and word.lower() not in NOT_NAMES):
            position += 1
            continue
        break
    if position >= len(words):
        return False
    following = words[position][0]
    if following[:1].isupper() or following.lower() in AUXILIARIES:
        return False  # "Moscow was hit", "Tripoli Airport"
    reading = analyse(following)
    if reading is None or reading[1] == GERUND or reading[0] in _PLACE_VERBS:
        return False
    return not (reading[1] == "third" and following.lower() in EVENT_NOUNS)  # "Moscow talks"


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
            (_is_capitalised(word) and lower not in NOT_NAMES and not word.isdigit())
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


# Sides of a story that belong to one state: bare, they are the story's country's.
STATE_GROUPS = frozenset({"government", "military", "police", "parliament"})
HOME_MIN_MENTIONS = 3


def home_country(named: Iterable[list[str]]) -> str | None:
    """The country a story is about, from the actors and places of its clauses: the one
    named in at least three of them and in twice as many as any other country. "The regime"
    is then that country's government."""
    counts: dict[str, int] = {}
    table = lookup()
    for names in named:
        countries = set()
        for name in names:
            entry = table.get(name.lower())
            if entry is not None and entry[1] == "country":
                countries.add(entry[0])
            elif name in city_countries():
                countries.add(city_countries()[name])
            elif " " in name and name.rsplit(" ", 1)[1] in STATE_GROUPS:
                countries.add(name.rsplit(" ", 1)[0])
        for country in countries:
            counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < HOME_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def with_home_country(names: list[str], home: str | None) -> list[str]:
    """Bare state groups named as the home country's ("government" -> "Syria government")."""
    if home is None:
        return names
    found: list[str] = []
    for name in names:
        _add(found, f"{home} {name}" if name in STATE_GROUPS else name)
    return found


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

"""Words that can show two reports describe the same happening, and how much they share.

Titles and summaries are folded to *content keys*: lower case, function words, reporting
verbs and calendar words dropped (two reports of one event share those with every other
report), verbs to their base form with the event engine's morphology ("struck" -> strike,
"began" -> begin) and plural nouns to the singular, so "Rebels captured Brega" and "rebel
fighters capture Brega" share rebel, capture, brega.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extraction.events.gazetteer import capitals, lookup, seats
from timeline.extraction.events.morphology import analyse

from .lexicon import kinds_of

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

STOP_WORDS = frozenset(
    """
    a about above across after again against ago all almost along already also although
    am among an and another any are around as at away back be became because been before
    being below between both but by can could did do does doing done down during each
    earlier either else even ever every few for from further had has have having he her
    here hers him his how however i if in including inside instead into is it its itself
    just last late later least less like made make many may me might more most much must
    my near nearly new next no nor not now of off on once one only onto or other our out
    over own past per perhaps same several she should since so some still such than that
    the their them then there these they this those though through throughout to too
    toward towards under until up upon us very via was we well were what when where
    whether which while who whom whose why will with within without would yet you your
    mr mrs ms dr
    say says said saying tell tells told report reports reported according add added
    adding state stated statement statements announce announced claim claimed spokesman
    spokeswoman spokesperson official officials source sources news agency reuters afp
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
    tomorrow morning afternoon evening night week weeks weekend month months year years
    day days hour hours time times date
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    first second third two three four five six seven eight nine ten dozen hundred
    hundreds thousand thousands million
    """.split()
)
# Suffixes that do not make a plural ("crisis", "process", "Brussels" keep their s).
_SINGULAR_KEEP = ("ss", "us", "is", "os", "ws")


@lru_cache(maxsize=65536)
def content_key(word: str) -> str:
    """One word's key: a known name's canonical form (the event engine's gazetteer:
    "russian" -> russia, "regime" -> government), the base form of a verb, the singular of
    a regular plural."""
    known = lookup().get(word)
    if known is not None:
        return known[0].lower()
    analysed = analyse(word)
    if analysed is not None:
        return analysed[0]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(_SINGULAR_KEEP):
        return word[:-1]
    return word


@lru_cache(maxsize=16384)
def content_keys(text: str) -> frozenset[str]:
    """The text's content keys (see the module's docstring); numbers are kept; a capital or
    a seat of government adds its country ("Moscow" -> moscow, russia); a word that names a
    kind of happening adds the kind ("erupt" -> ~start, "truce" -> ~ceasefire: ``lexicon``).

    Cached: a worker compares the same events again for each new article that dates them.
    """
    keys = set()
    kinds = kinds_of()
    for match in _WORD.finditer(text.lower()):
        word = match.group().replace("’", "'")
        word = word.removesuffix("'s")
        if len(word) < 2 or word in STOP_WORDS:
            continue
        key = content_key(word)
        if key in STOP_WORDS:
            continue
        keys.add(key)
        country = _country_of_seat(key)
        if country is not None:
            keys.add(country)
        kind = kinds.get(key)
        if kind is not None:
            keys.add(kind)
    return frozenset(keys)


def _country_of_seat(key: str) -> str | None:
    """ "moscow" -> russia, "kremlin" -> russia: the country a capital may stand for."""
    return _seat_countries().get(key)


@lru_cache(maxsize=1)
def _seat_countries() -> dict[str, str]:
    """Capitals, then seats of government, lower case, to their country (one lookup)."""
    countries = {name.lower(): country.lower() for name, country in capitals().items()}
    for seat, country in seats().items():
        countries.setdefault(seat, country.lower())
    return countries


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared)


def overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """Shared keys over the smaller set: a short title inside a long sentence counts fully."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def dice(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))

"""Verb forms: which words are verbs, their base form, and the headline's present tense."""

from __future__ import annotations

from functools import cache, lru_cache

from .lexicon import IRREGULAR_VERBS, NOT_VERBS_ED, REGULAR_VERBS

BASE, THIRD, PAST, PARTICIPLE, GERUND = "base", "third", "past", "participle", "gerund"
_VOWELS = "aeiou"


def third_person(base: str) -> str:
    """'fight' -> 'fights', 'carry' -> 'carries', 'push' -> 'pushes', 'be' -> 'is'."""
    if base == "be":
        return "is"
    if base == "have":
        return "has"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _regular_past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    if _doubles(base):
        return base + base[-1] + "ed"
    return base + "ed"


def _gerund(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    if _doubles(base):
        return base + base[-1] + "ing"
    return base + "ing"


def _doubles(base: str) -> bool:
    """Short stressed CVC verbs double their last consonant: 'stop' -> 'stopped'."""
    return (
        len(base) <= 4
        and len(base) >= 3
        and base[-1] not in _VOWELS + "wxy"
        and base[-2] in _VOWELS
        and base[-3] not in _VOWELS
    )


@cache
def verb_forms() -> dict[str, tuple[str, str]]:
    """Every known inflected form -> (base, form name)."""
    forms: dict[str, tuple[str, str]] = {}

    def add(form: str, base: str, name: str) -> None:
        forms.setdefault(form, (base, name))

    for entry in IRREGULAR_VERBS.split("|"):
        base, past, participle = entry.split()
        add(past, base, PAST)
        add(participle, base, PARTICIPLE)
        add(base, base, BASE)
        add(third_person(base), base, THIRD)
        add(_gerund(base), base, GERUND)
    for base in REGULAR_VERBS.split():
        add(base, base, BASE)
        add(third_person(base), base, THIRD)
        add(_regular_past(base), base, PAST)
        add(_gerund(base), base, GERUND)
    for form, base in {"is": "be", "are": "be", "am": "be", "were": "be", "has": "have"}.items():
        forms[form] = (base, PAST if form == "were" else THIRD)
    return forms


# "re-offered", "co-founded": a hyphenated prefix keeps the verb's form.
_VERB_PREFIXES = ("re-", "co-", "pre-", "counter-", "over-", "out-", "under-")


@cache
def _participles() -> frozenset[str]:
    """Every form that can be a past participle ("taken", "hit", "captured")."""
    found = {entry.split()[2] for entry in IRREGULAR_VERBS.split("|")}
    found.update(_regular_past(base) for base in REGULAR_VERBS.split())
    return frozenset(found)


def may_be_participle(word: str) -> bool:
    """ "captured", "taken", "hit" can be participles; "began", "took" cannot."""
    lower = word.lower()
    if lower in _participles():
        return True
    reading = analyse(lower)
    if reading is None or reading[1] not in (PAST, PARTICIPLE):
        return False
    if "-" in lower:
        return may_be_participle(lower.split("-", 1)[1])
    return lower not in verb_forms()  # an unknown -ed word: a regular verb


@lru_cache(maxsize=65536)
def analyse(word: str) -> tuple[str, str] | None:
    """(base, form) for a verb form, guessing unknown '-ed' words as regular pasts."""
    lower = word.lower()
    if lower in NOT_VERBS_ED:
        return None
    known = verb_forms().get(lower)
    if known is not None:
        return known
    prefix = next((p for p in _VERB_PREFIXES if lower.startswith(p)), None)
    if prefix is not None and len(lower) > len(prefix) + 2:
        inner = analyse(lower[len(prefix) :])
        return (prefix + inner[0], inner[1]) if inner is not None else None
    if (
        len(lower) > 4
        and lower.endswith("ed")
        and lower not in NOT_VERBS_ED
        and "-" not in lower
        and lower.isalpha()
    ):
        return guess_base(lower), PAST
    return None


_NEEDS_E = (
    "ur",
    "at",
    "iz",
    "is",
    "us",
    "ag",
    "dg",
    "rg",
    "ut",
    "iv",
    "ov",
    "c",
    "v",
    "id",
    "ud",
    "lin",
    "ad",
    "bl",
    "pl",
    "gl",
    "tl",
    "dl",
    "kl",
    "cl",
    "fl",
    "zl",
    "rs",
    "ns",
    "ps",
    "ys",
    "uat",
    "ot",
    "ir",
    "as",
    "yz",
    "ik",
    "os",
    "ng",
    "ac",
    "ab",
    "um",
    "om",
)


def guess_base(past: str) -> str:
    """The base of an unknown regular past: 'recaptured' -> 'recapture', 'stopped' -> 'stop'."""
    stem = past[:-2]
    if past.endswith("eed"):
        return past[:-1]
    if past.endswith("ied"):
        return past[:-3] + "y"
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    # A stem that cannot end an English word without an 'e' ('captur', 'rais', 'forc').
    if stem.endswith(_NEEDS_E) and not stem.endswith(
        ("oad", "ead", "eat", "oat", "ain", "our", "air", "oor", "eir")
    ):  # ('toured', 'chaired', 'floored': 'tour', 'chair', 'floor')
        return stem + "e"
    if stem.endswith(("ee", "oe", "ye")):
        return stem
    if stem.endswith("e"):
        return stem
    return stem


def headline_form(base: str, plural_subject: bool) -> str:
    """The verb in headline English: present tense, agreeing with the subject."""
    if plural_subject:
        return "are" if base == "be" else base
    return third_person(base)

"""Words with offsets, and the rough part of speech a clause reader needs for each."""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import (
    AUXILIARIES,
    DETERMINERS,
    EVENT_NOUNS,
    MODALS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
)
from .morphology import BASE, GERUND, PARTICIPLE, PAST, THIRD, analyse

# "U.N." and "a.m." keep their last period: a title must not end on "U.N".
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[-'’.&]\w+)*|--|[^\w\s]"
)
_QUOTES = frozenset("\"“”‘’'«»")
_DASHES = frozenset({"–", "—", "--", "-"})
_BE_HAVE = frozenset("is are was were be been being am has have had".split())
_ADJECTIVE_ENDINGS = ("ed", "al", "ic", "ive", "ous", "ary", "ese", "ian", "ish", "ful", "less")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ian", "i")
_BASE_LICENSORS = MODALS | frozenset(
    "to do does did not n't n’t never also still and or 'll ’ll".split()
)


class Token(NamedTuple):
    """A word or mark with its offsets; a tuple because an article makes thousands."""

    text: str
    start: int
    end: int
    lower: str  # text.lower(), read thousands of times per article

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "country’s" -> "country"."""
        lower = self.lower
        for suffix in ("'s", "’s"):
            if lower.endswith(suffix) and len(lower) > 2:
                return lower[:-2]
        return lower

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_possessive(self) -> bool:
        return self.lower.endswith(("'s", "’s")) and len(self.text) > 2

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_quote(self) -> bool:
        return self.text in _QUOTES

    @property
    def is_dash(self) -> bool:
        return self.text in _DASHES


class Tokens(list):
    """A sentence's tokens, remembering each one's verb reading: clause finding asks often."""

    __slots__ = ("readings",)

    def __init__(self, tokens=()) -> None:
        super().__init__(tokens)
        self.readings: dict[int, tuple[str, str] | None] = {}


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return Tokens(
        Token(word, m.start(), m.end(), word.lower())
        for m in _TOKEN.finditer(text, start, end)
        if (word := m.group(0))
    )


def verb_reading(tokens: list[Token], index: int) -> tuple[str, str] | None:
    """(base, form) if the token reads as a verb here, else None (see ``_verb_reading``)."""
    readings = getattr(tokens, "readings", None)
    if readings is None:
        return _verb_reading(tokens, index)
    if index not in readings:
        readings[index] = _verb_reading(tokens, index)
    return readings[index]


def _verb_reading(tokens: list[Token], index: int) -> tuple[str, str] | None:
    """(base, form) if the token reads as a verb here, else None.

    A word after a determiner or a possessive is a noun ("the talks", "its victory"); an
    -s form of a word that is also an event noun ("strikes", "talks") is a verb only
    after a pronoun or a name; an -ed word between a determiner and a noun is an adjective
    ("the armed uprising").
    """
    token = tokens[index]
    if not token.is_word or token.is_possessive:
        return None
    reading = analyse(token.text)
    if reading is None:
        return None
    if token.is_capitalised and index > 0 and token.lower not in AUXILIARIES:
        # Capitalised mid-sentence: a name ("Homs", "Said"), not a verb.
        return None
    previous = tokens[index - 1] if index > 0 else None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    base, form = reading
    if previous is not None and (
        previous.lower in DETERMINERS - {"that", "all", "both"} or previous.is_possessive
    ):
        return None
    if form in (THIRD, BASE) and previous is not None and previous.lower in _BE_HAVE:
        return None  # "were bombs", "have talks": a noun after a copula
    if form == THIRD and previous is not None and (_adjective(previous) or previous.text.isdigit()):
        return None  # "armed forces", "two strikes": a plural noun
    if form == THIRD and token.lower in EVENT_NOUNS and not _names_a_subject(previous):
        return None
    if (
        form == THIRD
        and token.lower in EVENT_NOUNS
        and following is not None
        and following.bare in EVENT_NOUNS
        and not following.is_capitalised
    ):
        return None  # "a Security Council sanctions resolution": a compound noun
    if (
        form == THIRD
        and previous is not None
        and previous.lower in ("all", "both")
        and (index < 2 or tokens[index - 2].lower not in SUBJECT_PRONOUNS)
    ):
        return None  # "all demands", "both sides": a quantifier and a plural noun
    if form == THIRD and following is not None and following.is_word:
        after = analyse(following.text)
        if (
            after is not None
            and after[1] in (PAST, BASE)
            and following.lower not in AUXILIARIES
            and not following.is_capitalised
        ):
            return None  # "security forces fired", "NTC forces say": a noun before its verb
    # A bare base form is a verb after "to", a modal or "do", or as a plural present
    # after a plural subject ("Rebel groups say"); else it is a noun ("government report").
    if form == BASE and not _licenses_base(previous, tokens, index):
        return None
    if form in (PAST, PARTICIPLE) and token.lower.endswith("ed") and following is not None:
        # Skip an adverb: "a highly anticipated address".
        modifier = (
            tokens[index - 2]
            if previous and previous.lower.endswith("ly") and index > 1
            else previous
        )
        before_is_modifier = modifier is not None and (
            modifier.lower in DETERMINERS or modifier.is_possessive
        )
        if before_is_modifier and modifier.lower == "that" and relative_that(tokens, index - 1):
            before_is_modifier = False  # "nations that rallied support": a relative clause
        modifies = following.text == "," or (
            following.is_word and following.lower not in PREPOSITIONS
        )
        if not before_is_modifier and modifies:
            before_is_modifier = _right_after_a_verb(tokens, index)
        if before_is_modifier and modifies:
            return None
    if form == GERUND and previous is not None and previous.lower in DETERMINERS:
        return None
    return base, form


_PARTICLES = frozenset({"up", "out", "off", "down"})


def _right_after_a_verb(tokens: list[Token], index: int) -> bool:
    """ "put up scattered resistance", "faced increased pressure": an -ed word straight after
    a lexical verb (and its particle) modifies the noun after it."""
    before = index - 1
    if before > 0 and tokens[before].lower in _PARTICLES:
        before -= 1
    if before < 0 or tokens[before].lower in AUXILIARIES:
        return False
    reading = verb_reading(tokens, before)
    return bool(reading) and reading[1] != GERUND


def relative_that(tokens: list[Token], index: int) -> bool:
    """ "nations that ...": "that" after a noun opens a relative clause; after a verb
    ("said that armed groups"), a preposition or a determiner it does not."""
    if index < 1:
        return False
    before = tokens[index - 1]
    return (
        before.is_word
        and before.lower not in PREPOSITIONS
        and before.lower not in DETERMINERS
        and before.lower not in AUXILIARIES
        and verb_reading(tokens, index - 1) is None
    )


def _adjective(token: Token) -> bool:
    """ "armed", "Syrian", "Chinese": a modifier, so the -s word after it is a noun. A
    capitalised word is one only as a demonym ("Portugal holds" is a name and a verb)."""
    if not token.lower.endswith(_ADJECTIVE_ENDINGS):
        return False
    return not token.is_capitalised or token.lower.endswith(_DEMONYM_ENDINGS)


def _names_a_subject(previous: Token | None) -> bool:
    return previous is not None and (
        previous.lower in SUBJECT_PRONOUNS or (previous.is_capitalised and previous.start > 0)
    )


def _licenses_base(previous: Token | None, tokens: list[Token], index: int) -> bool:
    if previous is None:
        return False
    if previous.is_word and any(t.lower == "and" for t in tokens[max(0, index - 6) : index]):
        return True  # a coordinated subject: "Sarkozy and Britain's David Cameron land"
    if previous.lower in _BASE_LICENSORS or previous.lower in SUBJECT_PRONOUNS:
        return True
    return (
        previous.lower.endswith(("ly", "s"))
        and previous.is_word
        and previous.lower not in PREPOSITIONS
        and not previous.is_possessive
    )


def is_auxiliary(token: Token) -> bool:
    return token.lower in AUXILIARIES


def is_modal(token: Token) -> bool:
    return token.lower in MODALS


def is_pronoun(token: Token) -> bool:
    return token.lower in PRONOUNS

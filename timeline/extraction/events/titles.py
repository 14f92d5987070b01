"""Headline-like titles made only of the clause's own words.

Headline English: subject, verb in the present ("Syrian rebels begin peace talks"), the
future as "to" ("Rebels to sign statement"), the passive without its auxiliary ("Nine
civilians killed"), a passive with an agent turned active ("deal brokered by Turkey and
Russia" -> "Turkey and Russia broker deal"), no articles, no date, at most a dozen words.
"""

from __future__ import annotations

from .clauses import VerbGroup
from .gazetteer import lookup
from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    BE_CHAIN_ADJECTIVES,
    BE_FORMS,
    COMMON_WORDS,
    CONJUNCTIONS,
    CONNECTIVES,
    DETERMINERS,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVES,
    SUBORDINATORS,
)
from .morphology import BASE, analyse, headline_form, may_be_participle
from .tokens import Token, verb_reading

MAX_TITLE_WORDS = 12
# Words that open a clause or a participial tail a long title can do without.
_TAIL_OPENERS = frozenset(
    "but while which who whose where when because although though as after before even "
    "including discussing saying calling adding citing".split()
)
_SKIPPED_ADVERBS = frozenset(
    "also still already just reportedly allegedly apparently finally initially recently "
    "previously currently briefly eventually immediately effectively then now however "
    "meanwhile instead maybe perhaps probably possibly officially separately subsequently "
    "ultimately originally notably even".split()
)
_PLANNING_PARTICIPLES = frozenset(
    "expected set due scheduled slated poised planned likely about going".split()
)
# A title does not end on these; "out", "up", "down", "off" end phrasal verbs ("break out").
_LOOSE_END = (PREPOSITIONS - {"out", "up", "down", "off"}) | CONJUNCTIONS | DETERMINERS
_LOOSE_END = _LOOSE_END | RELATIVES | SUBORDINATORS | AUXILIARIES | {"to", "'s", "even"}


def _words(tokens: list[Token]) -> list[str]:
    return [token.text for token in tokens]


def strip_edges(tokens: list[Token]) -> list[Token]:
    """Drop leading connectives, subordinators and punctuation, trailing punctuation."""
    items = list(tokens)
    while items and (
        not items[0].is_word
        or items[0].lower in CONNECTIVES | SUBORDINATORS | RELATIVES | _SKIPPED_ADVERBS
    ):
        items.pop(0)
    while items and not items[-1].is_word:
        items.pop()
    return items


def drop_intro_phrase(tokens: list[Token]) -> list[Token]:
    """ "In Astana, the rebels ..." -> "the rebels ...": an opening adjunct up to its comma;
    "Built in ..., overthrown by ..., the site" -> "the site": opening participial phrases."""
    if tokens and (tokens[0].lower in PREPOSITIONS or tokens[0].lower in SUBORDINATORS):
        for index, token in enumerate(tokens[:12]):
            if token.text == ",":
                return tokens[index + 1 :]
    while tokens and _opens_participle(tokens[0]):
        comma = next((i for i, t in enumerate(tokens[:30]) if t.text == ","), None)
        if comma is None or comma + 1 >= len(tokens):
            break
        tokens = tokens[comma + 1 :]
    return tokens


def _opens_participle(token: Token) -> bool:
    reading = analyse(token.text)
    return bool(reading) and (reading[1] == "gerund" or may_be_participle(token.text))


# Prepositions that end a subject's head noun: "one of his sons", "troops from Chad".
_HEAD_ENDERS = frozenset(
    "of from in at on with for near to loyal inside outside against over by about across".split()
)


_QUANTIFIERS = frozenset("most some all many half none rest majority part dozens hundreds".split())


def is_plural(subject: list[Token]) -> bool:
    words = [t for t in subject if t.is_word]
    if not words:
        return False
    # The head is the last word before a preposition: "one of his sons" -> "one".
    head = words[-1]
    head_end = len(words)
    for index, token in enumerate(words):
        if token.lower in _HEAD_ENDERS and index > 0:
            head, head_end = words[index - 1], index
            break
    if any(t.lower == "and" for t in words[:head_end]):
        return True  # "Britain and France", not "a conference of governments and groups"
    if head.lower in _QUANTIFIERS and head is not words[-1]:
        head = words[-1]  # "most of Libya's oilfields": the noun after "of" agrees
    lower = head.bare
    if lower in ("they", "we", "you", "i", "people", "police", "both", "several", "many"):
        return True
    if lower.endswith("men") and lower not in ("men", "women") and len(lower) > 5:
        return True  # "militiamen", "gunmen", "policemen"
    if lower in ("men", "women", "children", "staff", "personnel", "troops"):
        return True
    known = lookup().get(lower)
    if known is not None and known[1] != "group":
        return False  # "Reuters", "Damascus", "United States": one name
    if head.is_capitalised and head is not words[0] and not lower.endswith("ans"):
        return False
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s"))


_PERSONAL_PRONOUNS = frozenset("i you he she it we they".split())


def verb_phrase(
    tokens: list[Token],
    group: VerbGroup,
    plural: bool,
    *,
    reported: bool = False,
    subject: list[Token] | None = None,
) -> list[str]:
    """The verb group in headline form; ``reported`` speech keeps "would" (a condition), and
    "will" after a pronoun ("says he will resign": "says he to resign" is no English)."""
    head = tokens[group.head]
    negation = ["not"] if group.negated else []
    future = ["not", "to"] if negation else ["to"]  # "Rebels not to sign deal"
    if reported and subject and len(subject) == 1 and subject[0].lower in _PERSONAL_PRONOUNS:
        future = ["will", *negation]
    # Only "to" and its verbs: "due [on Tuesday] to travel" -> "due to travel".
    chain = [
        tokens[i].text
        for i in range(group.head + 1, group.end)
        if tokens[i].lower == "to" or tokens[i - 1].lower == "to"
    ]
    if head.lower in BE_CHAIN_ADJECTIVES and head.lower != tokens[group.start].lower:
        # "are likely to slow" -> "likely to slow"; "will be able to" -> "to be able to".
        if group.modal in ("will", "shall", "'ll", "’ll") or (group.modal and not reported):
            return [*future, "be", head.text, *chain]
        if group.modal:
            return [group.modal, *negation, "be", head.text, *chain]
        return [*negation, head.text, *chain]
    if group.modal == "would" and reported:
        if group.passive:
            return ["would", *negation, "be", head.text, *chain]
        return ["would", *negation, group.base, *chain]
    # "will be forced to come back": a passive whose chain made the group active
    be_participle = any(
        tokens[i].lower in BE_FORMS for i in range(group.start, group.head)
    ) and may_be_participle(head.text)
    if group.modal in ("will", "would", "shall", "'ll", "’ll"):
        if group.passive or be_participle:
            return [*future, "be", head.text, *chain]
        return [*future, group.base, *chain]
    if group.modal:
        words = [group.modal]
        if group.negated:
            words.append("not")
        return [*words, group.base if not group.passive else f"be {head.text}", *chain]
    passive_chain = chain[:1] == ["to"] and (
        head.lower in _PLANNING_PARTICIPLES
        or (
            any(tokens[i].lower in BE_FORMS for i in range(group.start, group.head))
            and may_be_participle(head.text)
        )
    )
    if group.passive or passive_chain:
        # "were allowed to visit" -> "allowed to visit"
        return [head.text, *chain]
    if group.head > 0 and tokens[group.head - 1].lower == "to":
        return [group.base, *chain]  # an infinitive stays one: "likely to accept"
    if group.is_copula:
        return ["are" if plural else "is"]  # its negation, if any, follows it in the text
    if group.negated:
        auxiliary = "do" if plural else "does"
        return [auxiliary, "not", group.base, *chain]
    return [headline_form(group.base, plural), *chain]


def clean(tokens: list[Token], removed: set[int], first_index: int) -> list[Token]:
    """Tokens minus the removed ones (the date and its preposition), articles and fillers."""
    kept: list[Token] = []
    inside_aside = False
    for offset, token in enumerate(tokens):
        if first_index + offset in removed:
            continue
        # A short aside, "(NTC)", "(0400 GMT)", is not a headline's: dropped whole.
        if token.text == "(" and any(t.text == ")" for t in tokens[offset + 1 : offset + 6]):
            inside_aside = True
        if inside_aside:
            inside_aside = token.text != ")"
            continue
        if token.lower in ARTICLES or token.lower in _SKIPPED_ADVERBS:
            continue
        if token.is_quote:
            continue
        kept.append(token)
    return kept


_APPOSITION_OPENERS = frozenset("who which whose whom the a an his her its their".split())


def cut_apposition(subject: list[Token]) -> list[Token]:
    """ "Abdel Fattah Younes, Gaddafi's former interior minister who defected, ..." ->
    "Abdel Fattah Younes": a name's apposition or relative clause is not the headline's
    subject. A list ("Britain, France and Italy") is kept whole."""
    for index, token in enumerate(subject):
        if token.text != "," or index == 0 or index + 1 >= len(subject):
            continue
        following = subject[index + 1]
        if following.lower in _APPOSITION_OPENERS or following.is_possessive:
            return subject[:index]
        if following.text.isdigit() and len(following.text) <= 3:
            return subject[:index]  # "Rotich, 49, was arrested": an age
        if not following.is_capitalised and _opens_participle(following):
            return subject[:index]  # "Rebel forces, backed by NATO air strikes, ..."
        return subject
    for index, token in enumerate(subject):
        if index > 0 and token.lower in ("who", "which", "whose"):
            return subject[:index]
        if index > 0 and _describes_noun_before(subject, index):
            return subject[:index]  # "A man detained on Monday [was released]"
    return subject


def _describes_noun_before(subject: list[Token], index: int) -> bool:
    """A lower-case participle after a noun inside a subject: a reduced relative."""
    token, previous = subject[index], subject[index - 1]
    if token.is_capitalised or not token.lower.endswith(("ed", "en", "ing")):
        return False
    reading = analyse(token.text)
    if not reading:
        return False
    gerund = reading[1] == "gerund" and index + 1 < len(subject)  # "powers meeting in Paris"
    participle = reading[1] in ("past", "participle") and may_be_participle(token.text)
    if not (gerund or participle):
        return False
    return (
        previous.is_word
        and previous.lower not in DETERMINERS
        and previous.lower not in CONJUNCTIONS
        and previous.lower not in PREPOSITIONS
        and not previous.is_possessive
        and not previous.lower.endswith("ly")
        and not previous.text[:1].isdigit()
        and previous.lower not in NUMBER_WORDS
        and previous.lower not in ("some", "about", "nearly", "around")
        and analyse(previous.text) is None
    )


def cut_object(tokens: list[Token]) -> list[Token]:
    """The object ends at the first comma, relative pronoun or subordinate clause; not at
    a comma between two adjectives ("put up scattered, last-ditch resistance")."""
    tokens = [
        token
        for index, token in enumerate(tokens)
        if not (token.text == "," and _between_adjectives(tokens, index))
    ]
    for index, token in enumerate(tokens):
        if token.text in ",;:.!?" or token.is_dash or token.text in "()":
            return tokens[:index]
        if index > 0 and token.lower in ("which", "who", "because", "while", "although", "but"):
            return tokens[:index]
    return tokens


_ADJECTIVE_SUFFIXES = ("al", "ive", "ous", "ful", "ic", "ent", "ant", "less", "ary")


def _between_adjectives(tokens: list[Token], comma: int) -> bool:
    """ "scattered, last-ditch resistance": a participle or adjective, a comma, then more
    modifiers of one noun (no verb, no conjunction, no name)."""
    if comma == 0 or comma + 2 >= len(tokens):
        return False
    before, after = tokens[comma - 1], tokens[comma + 1]
    modifier = (
        (before.lower.endswith("ed") and may_be_participle(before.text))
        or before.lower.endswith(_ADJECTIVE_SUFFIXES)
    ) and not before.is_capitalised
    if not modifier or tokens[comma - 2 if comma > 1 else 0].lower in ("is", "was", "are", "were"):
        return False
    if not after.is_word or after.is_capitalised or after.lower in COMMON_WORDS:
        return False
    following = tokens[comma + 2]
    return following.is_word and not following.is_capitalised and analyse(after.text) is None


# "set up", "cut off": a particle ends its verb, it does not open a phrase to cut.
_PARTICLES = frozenset({"up", "out", "off", "down"})

# A headline's core is subject, verb and object: it keeps at least these many words.
_CORE_WORDS = 5


def _shorten(words: list[str], limit: int, keep: int = _CORE_WORDS) -> list[str]:
    """A title over ``limit`` words loses its tail a phrase at a time: what follows a comma
    or a clause word ("Gaddafi renews ceasefire call in talks with Zuma but gives ..."),
    then its last prepositional phrase, until it fits; only then is it cut at the limit."""
    words = list(words)
    while len(words) > limit:
        cut = next(
            (
                i
                for i in range(max(keep, 2), len(words))
                if words[i] in (",", ";") or words[i].lower() in _TAIL_OPENERS
            ),
            None,
        )
        if cut is None:
            cut = next(
                (
                    i
                    for i in range(len(words) - 1, max(keep, 2) - 1, -1)
                    if words[i].lower() in PREPOSITIONS - _PARTICLES
                ),
                None,
            )
        if cut is None:
            return words[:limit]
        words = words[:cut]
        if len(words) > keep + 1 and words[-2].lower() == "and":
            words = words[:-2]  # "waits to see him and ask [for money]": no half pair
    return words


def assemble(words: list[str], limit: int = MAX_TITLE_WORDS, keep: int = _CORE_WORDS) -> str:
    """Words to a title: possessives and punctuation glued, capital first, trimmed length;
    the first ``keep`` words (subject, verb, the object's first word) are never cut."""
    words = [w for w in words if w]
    while words and words[0].lower() in CONJUNCTIONS | CONNECTIVES:
        words.pop(0)
        keep -= 1
    words = _shorten(words, limit, keep)
    while words and (
        words[-1].lower() in _LOOSE_END
        or not words[-1][:1].isalnum()
        or (len(words) > 3 and words[-1].endswith(("'s", "’s")))  # "leave Gaddafi's"
    ):
        words.pop()
    text = ""
    for word in words:
        glued = word[:1] in ",.;:!?)" or word in ("'s", "’s", "n't", "n’t")
        if (text and glued) or text.endswith(("(", "$")):
            text += word
        else:
            text = f"{text} {word}" if text else word
    return text[:1].upper() + text[1:]


def base_of(token: Token) -> str:
    reading = analyse(token.text)
    return reading[0] if reading else token.lower


def agent_after(
    tokens: list[Token], index: int, end: int, removed: frozenset[int] | set[int] = frozenset()
) -> tuple[list[Token], int] | None:
    """The agent of a passive: "by Turkey and Russia" -> (Turkey and Russia, index after).
    It ends before a date (``removed``) or a finite verb: "attacked by rebels Tuesday is"."""
    if index >= end or tokens[index].lower != "by":
        return None
    stop = index + 1
    while (
        stop < end
        and tokens[stop].is_word
        and (tokens[stop].lower not in PREPOSITIONS or tokens[stop].lower == "of")
        and stop not in removed
    ):
        if tokens[stop].lower in RELATIVES | SUBORDINATORS | AUXILIARIES:
            break
        if stop > index + 1 and tokens[stop].lower in _SKIPPED_ADVERBS:
            break  # "by the council just a few days before": the agent ends
        if stop > index + 1 and _surely_past(tokens, stop):
            break
        stop += 1
    agent = tokens[index + 1 : stop]
    return (agent, stop) if agent else None


def _surely_past(tokens: list[Token], index: int) -> bool:
    """A past that is no participle ("began", "went"): a finite verb, even inside an agent
    ("rebel forces" has a plural that reads like a verb, so a present is not enough)."""
    reading = verb_reading(tokens, index)
    return bool(reading and reading[1] == "past" and not may_be_participle(tokens[index].text))


def is_base_verb(token: Token) -> bool:
    reading = analyse(token.text)
    return bool(reading and reading[1] == BASE)


_PRONOUN_LEADS = frozenset("he she it they this that there his her its their".split())


def title_penalty(title: str) -> float:
    """How much a title's visible defects lower its event's confidence: an unresolved
    pronoun subject, a dangling last word, a fragment, a title past the length limit.
    These go with misread clauses, so they rank an event below the clean ones."""
    words = title.split()
    if not words:
        return 0.5
    penalty = 0.0
    if words[0].lower() in _PRONOUN_LEADS:
        penalty += 0.15
    if words[-1].lower() in _LOOSE_END or words[-1].lower() in ("is", "are", "was", "were"):
        penalty += 0.1
    if len(words) < 3:
        penalty += 0.15
    if len(words) > 12:
        penalty += 0.05
    return penalty

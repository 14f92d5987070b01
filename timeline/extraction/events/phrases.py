"""Noun phrases and predicates around a verb group: what a headline needs beyond the clause.

- The noun phrase just before a word ("the cratered remains of *a house* bombed by ...").
- An apposition's anchor: in "Nasrdin Mohammed, an army sergeant detained ...", the name.
- A reduced relative: a bare participle that describes the noun before it ("a NATO campaign
  launched in March", "an army sergeant detained on March 15") rather than being the
  clause's finite verb ("rebels captured Brega"): it heads a passive headline.
- Coordinated predicates: "air strikes killed four staff and wounded 10 others" shares
  one subject between two verbs; "tanks fired on rebel positions and warplanes hit an oil
  hub" is two clauses, the first the news.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clauses import VerbGroup, adverbial_gerund, verb_group_in
from .entities import NOT_NAMES
from .lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    REPORTING_LEMMAS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from .morphology import PARTICIPLE, PAST, analyse, may_be_participle
from .tokens import Token, verb_reading

_NP_OPENERS = frozenset("the a an its their his her our this these those".split())
_NP_STOPS = PREPOSITIONS | CONJUNCTIONS | RELATIVES | SUBORDINATORS | AUXILIARIES
NOUN_PHRASE_WORDS = 6


def noun_phrase_start(tokens: list[Token], end: int, floor: int = 0) -> int | None:
    """Where the noun phrase ending just before ``end`` starts (its determiner included),
    or None when the word before ``end`` cannot end a noun phrase."""
    index = end - 1
    start = None
    while index >= floor and end - index <= NOUN_PHRASE_WORDS:
        token = tokens[index]
        if not token.is_word or token.lower in _NP_STOPS or token.lower in PRONOUNS:
            break
        if token.lower in _NP_OPENERS:
            return index
        if verb_reading(tokens, index) and not token.is_possessive:
            break
        start = index
        index -= 1
    return start


def apposition_anchor(tokens: list[Token], phrase_start: int) -> tuple[int, int] | None:
    """The name an apposition describes: "Nasrdin Mohammed, an army sergeant" -> the span of
    "Nasrdin Mohammed" when the phrase at ``phrase_start`` follows a name and a comma."""
    comma = phrase_start - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    index = comma - 1
    while index >= 0 and tokens[index].is_capitalised and tokens[index].is_word:
        index -= 1
    first = index + 1
    if first == comma:
        return None
    if first == 0 and analyse(tokens[0].text):
        return None  # a sentence-initial verb, not a name
    if any(token.lower in NOT_NAMES for token in tokens[first:comma]):
        return None  # "In March, ...", "on Wednesday, a move ...": a date, not a name
    return first, comma


_PARTICLES = frozenset("up out off down back away over".split())


def _object_follows(tokens: list[Token], index: int, end: int, removed: set[int]) -> bool:
    """A determiner, noun or name right after a verb: its object ("captured Brega", "freed
    up billions")."""
    while index < end and index in removed:
        index += 1
    if index < end - 1 and tokens[index].lower in _PARTICLES and index + 1 not in removed:
        index += 1
    if index >= end:
        return False
    token = tokens[index]
    if not token.is_word or token.lower in PREPOSITIONS or token.lower in CONJUNCTIONS:
        return False
    return not verb_reading(tokens, index)


def finite_before(tokens: list[Token], start: int, end: int) -> VerbGroup | None:
    """A verb group in tokens[start:end] that is surely finite: with an auxiliary, a present,
    a past that is no participle ("began"), or a past after its subject ("nations that
    rallied"); not "of expanded investment", not a gerund."""
    position = start
    while position < end:
        group = verb_group_in(tokens, position, end)
        if group is None:
            return None
        head = tokens[group.head]
        reading = analyse(head.text)
        if group.start != group.head or (reading and reading[1] == "third"):
            return group
        if reading and reading[1] in (PAST, PARTICIPLE) and not may_be_participle(head.text):
            return group
        if reading and reading[1] == PAST and group.head > start:
            before = tokens[group.head - 1]
            if before.lower in RELATIVES or before.lower in SUBJECT_PRONOUNS:
                return group
            if (
                before.is_word
                and before.lower not in PREPOSITIONS
                and before.lower not in _NP_OPENERS
                and _object_follows(tokens, group.end, end, set())
            ):
                return group  # "militiamen killed three guards": a past with its object
        position = group.end
    return None


def reduced_relative(
    tokens: list[Token], start: int, end: int, group: VerbGroup, removed: set[int]
) -> int | None:
    """The start of the noun phrase a bare participle describes, when the participle is a
    reduced relative ("a NATO campaign launched in March hailed ...") and not the clause's
    own verb ("rebels advanced in March"); else None.

    A bare past with no object after it is a reduced relative when its noun phrase is an
    apposition (", an army sergeant detained"), follows a comma itself ("the text, adopted
    on Saturday"), sits after the clause's own verb ("rallied support for a campaign
    launched in March"), or comes before it ("a man detained on Monday was freed").
    """
    if group.start != group.head or group.main != group.head:
        return None
    if not may_be_participle(tokens[group.head].text) or group.head <= start:
        return None
    if tokens[group.head].lower in AUXILIARIES:
        return None
    if _object_follows(tokens, group.end, end, removed):
        return None
    phrase_end = group.head - 1 if tokens[group.head - 1].text == "," else group.head
    phrase = noun_phrase_start(tokens, phrase_end, start)
    if phrase is None or any(index in removed for index in range(phrase, phrase_end)):
        return None  # "announced in January met": a date is no noun a participle describes
    if phrase_end < group.head:
        return phrase  # "the text, adopted on Saturday, ..."
    if phrase == start:
        # The whole subject: a reduced relative only if a finite verb follows in the clause.
        after = finite_before(tokens, group.end, end)
        if after is None or after.start in removed or tokens[after.start - 1].lower in CONJUNCTIONS:
            return None  # "rebels advanced on Monday and took Brega": coordinated verbs
        return phrase
    if apposition_anchor(tokens, phrase) is not None or finite_before(tokens, start, phrase):
        return phrase
    return None


_PREDICATE_SKIP = frozenset("still already again also now once briefly reportedly".split())


def copula_title(
    tokens: list[Token], subject: list[Token], group: VerbGroup, end: int, removed: set[int]
) -> tuple[list[str], int]:
    """A headline for "X was Y": a state a headline states without "be" ("Port calm",
    "Parliament building on fire", "Forces loyal to Gaddafi near Benghazi"), a happening
    "there was" names ("Explosion near embassy"); a description ("X is the seat of ...",
    "the blood of martyrs is fuel") is no event: no words.
    """
    predicate = [
        t
        for offset, t in enumerate(tokens[group.end : end], start=group.end)
        if offset not in removed and t.lower not in _PREDICATE_SKIP and not t.is_quote
    ]
    predicate = [t for t in _until_break(predicate) if t.lower not in ("a", "an", "the")]
    if not predicate or group.negated:
        return [], 0
    words = [t.text for t in subject if t.is_word or t.text in ("$", "%")]
    if [w.lower() for w in words] == ["there"]:
        # "There were clashes in the capital": the clashes are the event.
        return [t.text for t in predicate], 2
    if not words:
        return [], 0
    first = predicate[0]
    if first.lower in PREPOSITIONS and first.lower not in ("of", "to", "about", "like", "than"):
        return words + [t.text for t in predicate], 2  # "on fire", "near Benghazi"
    # "part of a resolution", "home to": a noun, so a description, not a state.
    single = len(predicate) == 1 or predicate[1].lower in PREPOSITIONS - {"of", "to"}
    adjective = first.is_word and not first.is_capitalised and first.lower not in _NP_STOPS
    plural_noun = first.lower.endswith("s") and not first.lower.endswith(("ss", "ous"))
    if single and adjective and not plural_noun:
        return words + [t.text for t in predicate], 1  # "calm", "closed to shipping"
    return [], 0


def _until_break(tokens: list[Token]) -> list[Token]:
    for index, token in enumerate(tokens):
        if token.text in ",;:.!?()" or token.is_dash:
            return tokens[:index]
        if index and (token.lower in RELATIVES or token.lower in SUBORDINATORS):
            return tokens[:index]
    return tokens


@dataclass(frozen=True, slots=True)
class Subject:
    """Where a verb group's subject is, and a first verb it shares it with.

    ``first_verb``: "militiamen killed three guards and wounded five others" -> "killed"
    (``first_end`` is the "and" that ends its object); with ``first_clause_only`` the two
    verbs have their own subjects ("tanks shelled the town and snipers fired") and the
    headline is the first clause's.
    """

    start: int
    end: int
    first_verb: VerbGroup | None = None
    first_end: int = 0
    first_clause_only: bool = False


_COORDINATORS = frozenset({"and", "but", "or", "yet"})
# Nouns whose clause follows them: "the news [that] the company had been sold".
_CONTENT_NOUNS = frozenset(
    "news report reports claim claims fact word announcement confirmation rumours rumors "
    "allegation allegations warning warnings assurance assurances".split()
)
# Verbs whose object may be a clause with its own subject and verb.
_CLAUSE_TAKING = REPORTING_LEMMAS | frozenset(
    "think believe hope fear know feel expect suggest show mean argue deny doubt ensure find "
    "realise realize see hear learn warn announce agree decide estimate predict say".split()
)
_OPENERS = RELATIVES | frozenset({"where", "when", "whom"})
SUBJECT_WORDS = 8
PREVIOUS_CLAUSE_WORDS = 80


def read_subject(
    tokens: list[Token],
    start: int,
    group: VerbGroup,
    starts: list[int] | None = None,
    removed: set[int] | frozenset[int] = frozenset(),
) -> Subject:
    """The subject of ``group`` in the clause starting at ``start``, read past what a
    clause reader merged into it: a relative clause before the main verb ("envoys from
    nations that backed a boycott met"), a complement clause ("hailed the news the company
    had been sold"), a coordinated verb ("killed three and wounded five"), a subject left
    out after "but" ("He has not been seen since January, but made a speech")."""
    first_word = start
    while first_word < group.start and (
        not tokens[first_word].is_word
        or tokens[first_word].lower in CONJUNCTIONS
        or tokens[first_word].lower in _SUBJECTLESS_ADVERBS
    ):
        first_word += 1
    opener = tokens[start].lower if start < len(tokens) else ""
    coordinated = _coordination(tokens, first_word, group)
    if coordinated is not None:
        return coordinated
    if adverbial_gerund(tokens, group):
        # "the rebels have struggled since taking control in February": their subject.
        main = _last_verb(tokens, first_word, group.start - 1)
        if main is not None and main.start > first_word:
            phrase = noun_phrase_start(tokens, main.start, first_word)
            if phrase is None and tokens[main.start - 1].lower in SUBJECT_PRONOUNS:
                phrase = main.start - 1
            if phrase is not None:
                return Subject(phrase, main.start)
    earlier = _last_finite(tokens, first_word, group.start)
    if earlier is None:
        participial = group.start == group.head and tokens[group.head].lower.endswith("ing")
        elided = opener in _COORDINATORS or (participial and start > 0)
        if elided and first_word == group.start and starts:
            # "..., but made a speech", "... -- even making a show of defiance"
            shared = _previous_subject(tokens, start, starts)
            if shared is not None:
                return shared
        return Subject(start, group.start)
    if opener in _OPENERS and earlier.start > start:
        between = [t for t in tokens[earlier.end : group.start] if t.is_word]
        # A bare past after a noun may be a participle describing it ("a campaign
        # launched in March"); after a date or a past that is no participle, it is the
        # main verb.
        bare = group.start == group.head and tokens[group.head].lower not in AUXILIARIES
        main = bare and (
            not may_be_participle(tokens[group.head].text) or group.start - 1 in removed
        )
        # "the engineers who cleared the road are expected to leave": an auxiliary after
        # the relative's own object is the main clause's (unless the relative's verb takes
        # a clause: "officials who said the talks were over")
        between_tokens = tokens[earlier.end : group.start]
        main = main or (
            tokens[group.start].lower in AUXILIARIES
            and earlier.base not in _CLAUSE_TAKING
            and between_tokens
            and not between_tokens[-1].is_capitalised  # ("hailed the news Gaddafi had been")
            and between_tokens[-1].lower not in SUBJECT_PRONOUNS
            and not any(t.text == "," or t.lower in _CONTENT_NOUNS for t in between_tokens)
        )
        if not between or main:
            # "Envoys from nations that backed a boycott met on Monday": the main verb.
            first = _phrase_before(tokens, start)
            if first is not None:
                return Subject(first, _skip_back_commas(tokens, start))
    if group.start == group.head and may_be_participle(tokens[group.head].text):
        return Subject(start, group.start)  # perhaps a reduced relative: decided later
    phrase = noun_phrase_start(tokens, group.start, earlier.end)
    if phrase is not None and tokens[phrase - 1].lower not in PREPOSITIONS:
        # "hailed the news the company had been sold": a clause inside the object.
        return Subject(_name_start(tokens, phrase, group.start), group.start)
    return Subject(start, group.start)


def _coordination(tokens: list[Token], first_word: int, group: VerbGroup) -> Subject | None:
    """ "killed three guards and wounded five others" (one subject, two verbs) or "tanks
    fired on the town and snipers shot at residents" (two clauses): the first verb."""
    conjunction = next(
        (
            index
            for index in range(group.start - 1, first_word, -1)
            if tokens[index].lower in _COORDINATORS
        ),
        None,
    )
    if conjunction is None:
        return None
    earlier = _last_verb(tokens, first_word, conjunction)
    if earlier is None or earlier.start <= first_word or tokens[earlier.start - 1].text == ",":
        return None  # "A ceasefire, negotiated by Russia and Turkey, followed": an aside
    if any(t.lower == "by" for t in tokens[earlier.end : conjunction]):
        return None  # "backed by Russian air power and militias": a list of agents
    first_end = _skip_back_commas(tokens, conjunction)
    if conjunction == group.start - 1 or (
        conjunction == group.start - 2 and tokens[group.start - 1].lower in _SOFT_WORDS
    ):
        return Subject(first_word, earlier.start, earlier, first_end)
    second_subject = tokens[conjunction + 1 : group.start]
    if (
        not second_subject
        or any(not t.is_word for t in second_subject)
        or any(verb_reading(tokens, index) for index in range(conjunction + 1, group.start))
    ):
        return None
    return Subject(first_word, earlier.start, earlier, first_end, first_clause_only=True)


def _last_verb(tokens: list[Token], start: int, end: int) -> VerbGroup | None:
    """The last verb group (not a gerund) in tokens[start:end]."""
    found = None
    position = start
    while position < end:
        group = verb_group_in(tokens, position, end)
        if group is None:
            break
        if group.end > end:
            break
        reading = analyse(tokens[group.head].text)
        if not (group.start == group.head and reading and reading[1] == "gerund"):
            found = group
        position = group.end
    return found


_SOFT_WORDS = frozenset("also then later still".split())
_SUBJECTLESS_ADVERBS = frozenset("even also then later still just again".split())


def _skip_back_commas(tokens: list[Token], index: int) -> int:
    while index > 0 and tokens[index - 1].text == ",":
        index -= 1
    return index


def _last_finite(tokens: list[Token], start: int, end: int) -> VerbGroup | None:
    found = None
    position = start
    while position < end:
        group = finite_before(tokens, position, end)
        if group is None:
            return found
        found = group
        position = group.end
    return found


def _phrase_before(tokens: list[Token], index: int) -> int | None:
    """Where the words before a relative clause start: "Envoys from nations" before "that"."""
    index = _skip_back_commas(tokens, index) - 1
    first = None
    while index >= 0 and len(tokens) and index >= 0:
        token = tokens[index]
        if not token.is_word or token.lower in AUXILIARIES or token.lower in CONJUNCTIONS:
            break
        if verb_reading(tokens, index) and not token.is_possessive:
            break
        first = index
        index -= 1
        if first is not None and index >= 0 and first - index > SUBJECT_WORDS:
            break
    return first


def _name_start(tokens: list[Token], phrase: int, end: int) -> int:
    """ "the news Gaddafi": a name after a common noun starts its own noun phrase."""
    for index in range(phrase + 1, end):
        previous = tokens[index - 1]
        starts_name = tokens[index].is_capitalised and not previous.is_capitalised
        if starts_name and previous.lower not in _NP_OPENERS:
            return index
    return phrase


def _previous_subject(tokens: list[Token], start: int, starts: list[int]) -> Subject | None:
    """ "He has not been seen since January, but made a speech": the subject before "but",
    the noun phrase before the last verb of the clause before."""
    previous = max((s for s in starts if s < start), default=None)
    if previous is None:
        return None
    previous = max(previous, start - PREVIOUS_CLAUSE_WORDS)  # a run-on "sentence" stays linear
    group = _last_verb(tokens, previous, start)
    if group is None or group.start <= previous:
        return None
    phrase = noun_phrase_start(tokens, group.start, previous)
    if phrase is None and tokens[group.start - 1].lower in SUBJECT_PRONOUNS:
        phrase = group.start - 1  # "He has not been seen ..., but made"
    if phrase is None:
        return None
    return Subject(phrase, group.start)

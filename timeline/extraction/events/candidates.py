"""One sentence's event candidates: each dated clause, anchored clause or narrative clause."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from ..dates import DateRange, value_range
from ..types import Timex
from .clauses import VerbGroup, clause_starts, main_verb_group, verb_group_in, verb_group_near
from .coreference import resolve_title
from .corrections import scheduled_present
from .dating import bare_weekday, next_weekday_on_or_after, shift
from .entities import TITLE_WORDS, find_entities, group_word
from .junk import is_market_move, is_negated
from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    COMMON_WORDS,
    CONJUNCTIONS,
    EVENT_NOUN_FAMILIES,
    EVENT_NOUNS,
    NUMBER_WORDS,
    PLANNED_CUES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    SUBORDINATORS,
)
from .morphology import PARTICIPLE, PAST, analyse, headline_form, may_be_participle
from .phrases import (
    apposition_anchor,
    copula_title,
    noun_phrase_start,
    read_subject,
    reduced_relative,
)
from .text import Sentence
from .titles import (
    agent_after,
    assemble,
    clean,
    cut_apposition,
    cut_object,
    drop_intro_phrase,
    is_base_verb,
    is_plural,
    strip_edges,
    verb_phrase,
)
from .tokens import Token, tokenize, verb_reading
from .types import EventMention

SUMMARY_CHARS = 300
CLAUSE_WINDOW = 40
# Prepositions that attach a date to its clause; they go when the date goes.
_DATE_PREPOSITIONS = frozenset("on in at during by from of for this last next late early".split())
# "the rest of 2011", "the end of March": a part of the date, removed with it.
_DATE_PARTS = frozenset("rest end start beginning middle remainder course half part".split())
# A date after these bounds a state rather than dating an event: "the worst since 2011".
_BOUNDING = frozenset({"since", "until", "till", "through", "throughout"})
# "Brent October crude": a month that names a futures contract.
_CONTRACT_WORDS = frozenset("crude futures contract contracts delivery options expiry".split())
_NARRATIVE_OPENERS = frozenset({"as", "while", "when"})
_PLANNED = re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in PLANNED_CUES) + r")\b")


@dataclass(slots=True)
class Candidate:
    title: str
    summary: str
    value: str
    mod: str | None
    start: dt.date
    end: dt.date
    granularity: str
    approximate: bool
    modality: str
    actors: list[str]
    places: list[str]
    confidence: float
    mention: EventMention
    dating: str
    title_quality: int
    verb: str | None
    nouns: set[str] = field(default_factory=set)
    sentence_start: int = 0
    chronology: bool = False  # a chronology entry or its continuation
    verb_at: int | None = None  # where its verb group starts, for one event per verb


def _summary(text: str, sentence: Sentence) -> str:
    """The source sentence's news, as written: a factbox line without its leading dash; a
    sentence too long for a card ends at its last clause break (else word) that fits."""
    content = " ".join(text[sentence.content_start : sentence.content_end].split())
    content = content.lstrip("-–— ")
    if len(content) <= SUMMARY_CHARS:
        return content
    head = content[: SUMMARY_CHARS - 1]
    clause_break = max(head.rfind(", "), head.rfind("; "), head.rfind(" -- "))
    if clause_break >= SUMMARY_CHARS // 2:
        return head[:clause_break].rstrip(" ,;-") + " …"
    return head.rsplit(" ", 1)[0] + " …"


def _token_span(tokens: list[Token], start: int, end: int) -> range:
    """The tokens overlapping text[start:end] (tokens are in order: a binary search)."""
    first = bisect.bisect_right(tokens, start, key=lambda t: t.end)
    stop = bisect.bisect_left(tokens, end, key=lambda t: t.start)
    return range(first, stop) if first < stop else range(0)


def _removed_with_date(tokens: list[Token], span: range) -> set[int]:
    """The date's tokens, the preposition that attaches it ("for the rest of 2011"), and
    commas left dangling."""
    removed = set(span)
    before = span.start - 1
    if before >= 2 and tokens[before].lower == "of" and tokens[before - 1].lower in _DATE_PARTS:
        before -= 2 if tokens[before - 2].lower in ("the", "a") else 1
        removed.update(range(before + 1, span.start))
    while before >= 0 and tokens[before].lower in _DATE_PREPOSITIONS:
        removed.add(before)
        before -= 1
    if before >= 0 and tokens[before].text == ",":
        after = span.stop
        if after < len(tokens) and tokens[after].text == ",":
            removed.add(after)
    return removed


def _position(tokens: list[Token], token: Token) -> int:
    """The index of ``token`` in the sentence's tokens (ordered by offset)."""
    return bisect.bisect_left(tokens, token.start, key=lambda t: t.start)


def _clause_of(starts: list[int], length: int, first: int, last: int) -> tuple[int, int]:
    """The clause around tokens first..last, at most ``CLAUSE_WINDOW`` tokens either side:
    a verb further away does not govern the date, and a run-on "sentence" of thousands of
    words stays linear to read."""
    before = bisect.bisect_right(starts, first)
    start = starts[before - 1] if before else 0
    after = bisect.bisect_right(starts, last)
    end = starts[after] if after < len(starts) else length
    return max(start, first - CLAUSE_WINDOW), min(end, last + 1 + CLAUSE_WINDOW)


def _families(words) -> set[str]:
    found = set()
    for word in words:
        for family in EVENT_NOUN_FAMILIES:
            if word in family:
                found.add(min(family))
        if word in EVENT_NOUNS:
            found.add(word)
    return found


def _event_noun_after(tokens: list[Token], span: range, limit: int) -> int | None:
    """ "the December 30 agreement", "Monday's talks": the event noun the date modifies."""
    if span.stop > len(tokens):
        return None
    index = span.stop
    for _ in range(3):
        if index >= limit:
            return None
        token = tokens[index]
        if token.bare in EVENT_NOUNS and not verb_reading(tokens, index):
            return index
        if not token.is_word or token.lower in PREPOSITIONS or verb_reading(tokens, index):
            return None
        index += 1
    return None


_MANNER_PREPOSITIONS = frozenset({"in", "during", "at", "with", "through", "by", "amid"})
_LABEL_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "next"})


def _dated_aside(tokens: list[Token], starts, span: range, clause_start: int, clause_end: int):
    """(opening comma, main verb group) when the date sits in an aside between a subject and
    its verb: "The Cabinet, at its sitting of 18 November, approved ...", "The council,
    meeting on Monday, rejected ..."; else None."""
    open_comma = next(
        (
            i
            for i in range(span.start - 1, max(clause_start, span.start - 9) - 1, -1)
            if tokens[i].text == ","
        ),
        None,
    )
    if open_comma is None or open_comma <= clause_start or open_comma + 1 >= span.start + 1:
        return None
    opener = tokens[open_comma + 1]
    reading = verb_reading(tokens, open_comma + 1)
    if opener.lower not in PREPOSITIONS and not (reading and reading[1] == "gerund"):
        return None
    if any(not t.is_word for t in tokens[clause_start:open_comma]):
        return None  # the subject is one phrase, no clause of its own
    close_comma = next(
        (i for i in range(span.stop, min(clause_end, span.stop + 12)) if tokens[i].text == ","),
        None,
    )
    if close_comma is None or close_comma + 1 >= len(tokens):
        return None
    # (", said ..." may start a clause of its own: the verb's clause runs to the next start)
    clause_end = min((s for s in starts if s > close_comma + 1), default=len(tokens))
    group = verb_group_in(tokens, close_comma + 1, clause_end)
    if (
        group is None
        or group.start != close_comma + 1
        or (group.tense == "present" and group.start == group.head)
    ):
        return None
    return open_comma, group, clause_end


def _aside_title(tokens, starts, clause_start: int, aside, removed) -> tuple[str, int] | None:
    """The title of the verb a dated aside precedes, with the subject before the aside."""
    open_comma, group, clause_end = aside
    subject = cut_apposition(
        strip_edges(clean(tokens[clause_start:open_comma], removed, clause_start))
    )
    if not subject:
        return None
    if group.is_reporting:
        aside_tokens = set(range(open_comma, group.start))
        title, quality = _statement_title(
            tokens, starts, clause_start, clause_end, group, removed | aside_tokens
        )
    else:
        obj = cut_object(clean(tokens[group.end : clause_end], removed, group.end))
        words = [t.text for t in subject] + verb_phrase(tokens, group, is_plural(subject))
        title = assemble([*words, *(t.text for t in obj)], keep=len(words) + 1)
        quality = 3 if obj else 2
    return (title, quality) if title else None


_STATISTIC_NOUNS = frozenset(
    "average averages total totals norm mean median record level levels figure rate".split()
)


def _main_clause_after_fronted_date(tokens, starts, clause_start: int, clause_end: int):
    """ "In early October, after the rains began, a worker photographed ...": a fronted date
    with no verb of its own dates the main clause after the subordinate one."""
    if clause_end >= len(tokens) or tokens[clause_end].lower not in SUBORDINATORS:
        return None
    if verb_group_in(tokens, clause_start, clause_end) is not None:
        return None
    comma = next(
        (i for i in range(clause_end, min(len(tokens), clause_end + 25)) if tokens[i].text == ","),
        None,
    )
    if comma is None or comma + 1 >= len(tokens):
        return None
    end = min((s for s in starts if s > comma + 1), default=len(tokens))
    return comma + 1, end


def _labels_a_later_thing(tokens: list[Token], span: range, timex: Timex, dct) -> bool:
    """ "requests for the 2012 budget", "funds from the fiscal 2012 spending bill", "won the
    right to host the 2022 World Cup" (written in 2011): a later year naming a thing, not
    the day of the clause's happening. (A year-label on an event noun, "the 2012
    elections", is the event's own date and is read before this.)"""
    if dct is None or not (
        timex.value.isdigit() and len(timex.value) == 4 and int(timex.value) > dct.year
    ):
        return False
    before = span.start - 1
    if before >= 0 and tokens[before].lower == "fiscal":
        before -= 1
    if before < 0 or not (
        tokens[before].lower in _LABEL_DETERMINERS or tokens[before].lower.endswith("'s")
    ):
        return False
    after = span.stop
    return (
        after < len(tokens)
        and tokens[after].is_word
        and tokens[after].lower not in PREPOSITIONS
        and tokens[after].lower not in ("and", "or", "but", "was", "is", "will")
    )


def _in_manner_phrase(tokens: list[Token], span: range) -> bool:
    """The dated noun phrase hangs on "in/at/during" (not "ahead of", "before", "after")."""
    index = span.start - 1
    while index >= 0 and tokens[index].lower in ("a", "an", "the", "its", "their", "his", "her"):
        index -= 1
    return index >= 0 and tokens[index].lower in _MANNER_PREPOSITIONS


def _interrupting_relative(tokens: list[Token], starts, start: int) -> int | None:
    """Where the relative clause starts that the clause at ``start`` resumes after:
    "The inquiry, which opened on Monday, [heard ...]"."""
    if not starts or start < 2 or tokens[start - 1].text != ",":
        return None
    if tokens[start].lower not in AUXILIARIES and not verb_reading(tokens, start):
        return None  # (a clause of its own: ", although polls will go ahead")
    relatives = [s for s in starts if s < start and tokens[s].lower in ("who", "which")]
    return relatives[-1] if relatives else None


_OF_PHRASE = frozenset({"of", "into", "for", "on", "in", "at", "from"})


def _antecedent(tokens: list[Token], clause_start: int, with_phrase: bool = False) -> list[Token]:
    """The noun phrase a relative clause hangs on: "a final statement" before "that"; with
    its prepositional phrase, "the inquiry into the collapse" before ", which"."""
    index = clause_start - 1
    while index >= 0 and tokens[index].text == ",":
        index -= 1
    links = _OF_PHRASE if with_phrase else frozenset()
    if with_phrase and clause_start < len(tokens) and tokens[clause_start].lower == "which":
        links = links | {"with", "between", "against"}  # "talks with the rebels, which"
    phrase: list[Token] = []
    while index >= 0 and len(phrase) < 8:
        token = tokens[index]
        if (
            token.lower in links
            and phrase
            and not any(t.is_capitalised for t in phrase)  # ("the request of Boehner, who")
            and index > 0
            and tokens[index - 1].is_word
            and not verb_reading(tokens, index - 1)
            and tokens[index - 1].lower not in PREPOSITIONS | AUXILIARIES | ARTICLES
        ):
            phrase.insert(0, token)  # "the oversupply of [gas], which": on to the head
            index -= 1
            continue
        if not token.is_word or verb_reading(tokens, index) or token.lower in PREPOSITIONS:
            break
        phrase.insert(0, token)
        if token.lower in ("the", "a", "an"):
            if (
                index > 0
                and tokens[index - 1].lower in links
                and not any(t.is_capitalised for t in phrase)
            ):
                index -= 1  # "the inquiry into [the collapse], which": the phrase's head
                continue
            break
        index -= 1
    if phrase:
        # "Milad Abu Aisha, a 60-year-old pensioner who joined": the pensioner is named.
        anchor = apposition_anchor(tokens, _position(tokens, phrase[0]))
        if anchor is not None:
            return list(tokens[anchor[0] : anchor[1]])
    return phrase


def _noun_phrase_before(tokens: list[Token], noun: int) -> list[Token]:
    phrase = [tokens[noun]]
    index = noun - 1
    while index >= 0 and len(phrase) < 4:
        token = tokens[index]
        if not token.is_word or token.lower in PREPOSITIONS or verb_reading(tokens, index):
            break
        if token.lower in ("the", "a", "an", "its", "their", "his", "her", "what", "that"):
            break
        phrase.insert(0, token)
        index -= 1
    return phrase


def _verbal_title(
    tokens,
    start,
    end,
    group: VerbGroup,
    removed: set[int],
    *,
    reported: bool = False,
    starts: list[int] | None = None,
) -> tuple[str, int]:
    place = read_subject(tokens, start, group, starts, removed)
    subject = clean(tokens[place.start : place.end], removed, place.start)
    while subject and (not subject[0].is_word or subject[0].lower in CONJUNCTIONS):
        subject = subject[1:]  # "But as the talks ...": the connective, then the adjunct
    subject = cut_apposition(strip_edges(drop_intro_phrase(subject)))
    if subject and subject[0].lower in PREPOSITIONS and not _approximate_number(subject):
        subject = []  # "In an interview published by ...": a phrase, not a subject
    interrupted = _interrupting_relative(tokens, starts, start)
    if interrupted is not None:
        # "The inquiry into the collapse, which opened on Monday, heard on Tuesday ...":
        # the subject is what the relative clause described.
        subject = clean(_antecedent(tokens, interrupted, with_phrase=True), removed, 0)
    if not subject or all(t.lower in ("which", "who", "that") for t in subject):
        # Not the date ("said on Thursday Younes had been recalled"), unless the date is
        # what the clause is about ("fiscal year 2012, which begins October 1").
        # (", which opened on Monday": the whole phrase before the comma, "the inquiry into
        # the collapse")
        appended = start > 0 and tokens[start - 1].text == "," and tokens[start].lower == "which"
        antecedent = _antecedent(tokens, start, with_phrase=appended)
        first = _position(tokens, antecedent[0]) if antecedent else 0
        subject = clean(antecedent, removed, first)
        if not subject and tokens[start].lower in ("which", "who", "that"):
            subject = clean(antecedent, set(), 0)
    if interrupted is None and _fronted_participle(tokens, start, group):
        # "Opened in 1972, the airport was closed ...": the airport opened in 1972.
        subject = _main_subject_after(tokens, group.end, end, removed)
        if subject:
            words = [t.text for t in subject] + [tokens[group.head].lower]
            words += [t.text for t in cut_object(_until_finite(tokens, group.end, end, removed))]
            return assemble(words), 2
    if place.first_verb is not None:
        return _coordinated_title(tokens, subject, place, group, end, removed)
    if group.is_copula and not reported:
        words, quality = copula_title(tokens, subject, group, end, removed)
        return assemble(words), quality
    rest = clean(tokens[group.end : end], removed, group.end)
    if (
        rest
        and rest[0].text == ","
        and group.end in removed
        and tokens[group.end].lower not in PREPOSITIONS
        and len(rest) > 1
        and tokens[_position(tokens, rest[0]) + 1].lower in ("a", "an", "the", "as")
        and not any(
            (reading := verb_reading(tokens, _position(tokens, t)))
            and reading[1] in (PAST, "third")
            for t in rest[1:]
        )
    ):
        rest = rest[1:]  # "declared Friday, 27 November, a day of mourning": the date's comma
    if group.base in ("see", "witness"):
        for index, token in enumerate(rest[:8]):
            if index and is_base_verb(token):
                new_subject = rest[:index]
                words = [t.text for t in new_subject]
                words.append(headline_form(analyse(token.text)[0], is_plural(new_subject)))
                words += [t.text for t in cut_object(rest[index + 1 :])]
                return assemble(words), 3
    agent = None
    head_form = analyse(tokens[group.head].text)
    reduced = (
        group.start == group.head
        and head_form
        and head_form[1] in (PAST, PARTICIPLE)
        and may_be_participle(tokens[group.head].text)
    )
    if group.passive or reduced:
        agent = agent_after(tokens, group.end, end, removed)
    if reduced and agent is None and place.start == start:
        described = reduced_relative(tokens, start, end, group, removed)
        if described is not None:
            # "a NATO campaign launched in March hailed ...": the participle describes
            # the noun before it, a passive headline ("NATO campaign launched").
            words = [t.text for t in _described_noun(tokens, described, group.head)]
            words.append(tokens[group.head].text)
            words += [t.text for t in cut_object(_until_finite(tokens, group.end, end, removed))]
            return assemble(words), 2
    if agent is not None:
        agent_tokens, after_agent = agent
        agent_tokens = clean(agent_tokens, set(), 0)
        words = [t.text for t in agent_tokens]
        words.append(headline_form(group.base, is_plural(agent_tokens)))
        if reduced:
            # "the remains of a house bombed by U.S. warplanes": the house was bombed.
            patient_end = group.head - 1 if tokens[group.head - 1].text == "," else group.head
            described = noun_phrase_start(tokens, patient_end, start)
            if described is not None:
                subject = clean(_described_noun(tokens, described, patient_end), removed, 0)
        # The passive's subject is the active's object: "he was seized" -> "seize him".
        words += [_OBJECT_CASE.get(t.lower, t.text) for t in subject]
        keep = len(words)
        words += [t.text for t in cut_object(_until_finite(tokens, after_agent, end, removed))]
        return assemble(words, keep=keep), 3
    obj = _before_dated_conjunct(tokens, cut_object(rest), removed, end)
    if tokens[start].lower in ("who", "which", "that"):
        # "leaders who called the strike in January hailed the news": the relative
        # clause ends where the main clause's verb begins.
        obj = _until_finite_token(tokens, obj)
    has_own_subject = any(
        t.is_word and t.lower not in ("that", "which", "whom") for t in tokens[start : group.start]
    )
    if (
        not obj
        and has_own_subject
        and not group.passive
        and place.start == start
        and tokens[start].lower in ("that", "which", "whom")
    ):
        # An object relative: "a final statement that the rebels were expected to sign".
        obj = clean(_antecedent(tokens, start), set(), 0)
    words = [t.text for t in subject]
    plural = is_plural(subject)
    if _participle_after_passive(tokens, group):
        words.append(tokens[group.head].text)  # "was arrested ... and charged ...": charged
    else:
        words += verb_phrase(tokens, group, plural, reported=reported, subject=subject)
    keep = len(words) + 1
    if group.tense == "past":
        words += _coordinated_verbs(tokens, obj, plural, passive=group.passive)
    else:
        words += [t.text for t in obj]
    quality = 3 if subject and obj else 2 if subject or obj else 1
    return assemble(words, keep=keep), quality


def _approximate_number(phrase: list[Token]) -> bool:
    """ "around 100 insurgents", "about a dozen", "over 50 people": a number, not a phrase."""
    return (
        len(phrase) > 2
        and phrase[0].lower in ("around", "about", "over", "some", "nearly", "almost", "under")
        and (
            phrase[1].text.replace(",", "").isdigit()
            or phrase[1].lower in NUMBER_WORDS
            or phrase[1].lower == "a"
        )
    )


def _before_dated_conjunct(tokens: list[Token], obj: list[Token], removed, end: int) -> list[Token]:
    """The object up to "and" + a verb whose own conjunct has a date of its own: "captured
    the town on Monday and celebrated on Tuesday" titles Monday's capture alone."""
    for offset, token in enumerate(obj):
        if token.lower != "and" or offset + 1 >= len(obj):
            continue
        # its verb right after "and", or after a subject of its own ("and snipers fired")
        for following in obj[offset + 1 : offset + 5]:
            index = _position(tokens, following)
            reading = verb_reading(tokens, index)
            if (reading and reading[1] == PAST) or following.lower in AUXILIARIES:
                # (a past or an auxiliary: "and rocket bombardment", "and government
                # forces" are nouns)
                if any(i in removed for i in range(index, end)):
                    return obj[:offset]
                break
    return obj


def _participle_after_passive(tokens: list[Token], group: VerbGroup) -> bool:
    """A bare participle coordinated with a passive: "was arrested on Monday and charged"."""
    if group.start != group.head or group.start < 3 or tokens[group.start - 1].lower != "and":
        return False
    if not may_be_participle(tokens[group.head].text):
        return False
    for index in range(group.start - 2, max(-1, group.start - 10), -1):
        if tokens[index].lower in BE_FORMS and index + 1 < group.start - 1:
            following = tokens[index + 1]
            return may_be_participle(following.text) and bool(analyse(following.text))
    return False


def _until_finite_token(tokens: list[Token], obj: list[Token]) -> list[Token]:
    for offset, token in enumerate(obj):
        if offset == 0 or token.lower in ("and", "or"):
            continue
        index = _position(tokens, token)
        reading = verb_reading(tokens, index)
        finite = token.lower in AUXILIARIES or (reading and reading[1] in (PAST, "third"))
        if finite and obj[offset - 1].lower not in ("and", "or", "but"):
            return obj[:offset]
    return obj


def _coordinated_verbs(
    tokens: list[Token], obj: list[Token], plural: bool, passive: bool = False
) -> list[str]:
    """An object's coordinated verb in headline form: "resigned and left the country" ->
    "resigns and leaves country"; after a passive it stays one ("was arrested and charged
    with ..." -> "arrested and charged with")."""
    words = []
    for offset, token in enumerate(obj):
        if passive:
            words.append(token.text)
            continue
        if offset and obj[offset - 1].lower in ("and", "but") and not token.is_capitalised:
            reading = verb_reading(tokens, _position(tokens, token))
            if reading and reading[1] in (PAST, "third"):
                words.append(headline_form(reading[0], plural))
                continue
        words.append(token.text)
    return words


def _coordinated_title(tokens, subject, place, group: VerbGroup, end, removed) -> tuple[str, int]:
    """ "Militiamen killed three guards and wounded five others" -> both verbs in headline
    form; "tanks shelled the town and snipers fired ..." -> the first clause."""
    plural = is_plural(subject)
    first = place.first_verb
    if first.passive and group.start == group.head and may_be_participle(tokens[group.head].text):
        second = [tokens[group.head].text]  # "was arrested ... and charged": passive too
    else:
        second = verb_phrase(tokens, group, plural)
    rest = [t.text for t in cut_object(clean(tokens[group.end : end], removed, group.end))]
    ahead = group.tense == "future" or group.modal is not None
    if ahead != (first.tense == "future" or first.modal is not None):
        # "said it had set up a camp ... and would open a second camp on Monday": a plan
        # beside a fact, two events; the date is the plan's.
        words = [t.text for t in subject] + second
        return assemble([*words, *rest], keep=len(words) + 1), 3 if subject else 2
    if any(index in removed for index in range(first.end, place.first_end)):
        # "was arrested on November 17 and charged three days later with ...": the first
        # verb has its own date; this one's title is its own (with its own subject when it
        # has one: "fought troops on Wednesday and eight people had been killed").
        if place.first_clause_only:
            subject = strip_edges(
                clean(tokens[place.first_end : group.start], removed, place.first_end)
            )
            if not subject:
                return "", 0
            second = verb_phrase(tokens, group, is_plural(subject))
        words = [t.text for t in subject] + second
        return assemble([*words, *rest], keep=len(words) + 1), 3 if subject else 2
    words = [t.text for t in subject]
    words += verb_phrase(tokens, first, plural)
    keep = len(words) + 1
    first_object = clean(tokens[first.end : place.first_end], removed, first.end)
    words += [t.text for t in cut_object(first_object)]
    if not place.first_clause_only:
        words.append("and")
        words += second
        words += rest
    return assemble(words, keep=keep), 3 if subject else 2


def _fronted_participle(tokens: list[Token], start: int, group: VerbGroup) -> bool:
    """A clause that opens on a bare participle: "Opened in 1972, ...", "Built in ...,"."""
    first = start
    while first < group.start and not tokens[first].is_word:
        first += 1
    if group.start != group.head or not may_be_participle(tokens[group.head].text):
        return False
    # "Opened in 1972 and expanded in the 1990s, ...": coordinated participles.
    if first != group.start and (
        not _may_open_participle(tokens[first])
        or any(t.text == "," for t in tokens[first : group.start])
    ):
        return False
    return any(t.text == "," for t in tokens[group.end : group.end + 30])


def _main_subject_after(tokens: list[Token], index: int, end: int, removed) -> list[Token]:
    """The subject of the main clause after fronted participial phrases, up to its verb."""
    limit = min(len(tokens), index + 60)
    commas = [i for i in range(index, limit) if tokens[i].text == ","]
    for comma in commas:
        following = comma + 1
        if following >= limit or _may_open_participle(tokens[following]):
            continue
        main = verb_group_in(tokens, following, limit)
        if main is None or main.start == following:
            return []
        return clean(tokens[following : main.start], removed, following)
    return []


def _may_open_participle(token: Token) -> bool:
    reading = analyse(token.text)
    return bool(reading and (reading[1] == "gerund" or may_be_participle(token.text)))


def _described_noun(tokens: list[Token], phrase_start: int, phrase_end: int) -> list[Token]:
    """The noun phrase a participle describes, or the name its apposition stands for."""
    anchor = apposition_anchor(tokens, phrase_start)
    if anchor is not None:
        return clean(tokens[anchor[0] : anchor[1]], set(), 0)
    if phrase_end > phrase_start and tokens[phrase_end - 1].text == ",":
        phrase_end -= 1
    return clean(tokens[phrase_start:phrase_end], set(), 0)


def _until_finite(tokens: list[Token], start: int, end: int, removed: set[int]) -> list[Token]:
    """A reduced relative's own words: up to the clause's finite verb or a coordinated one."""
    stop = start
    while stop < end:
        token = tokens[stop]
        if stop not in removed and token.lower in AUXILIARIES:
            break
        coordinator = token.lower in ("and", "or", "but") and stop + 1 < end
        if stop not in removed and coordinator and verb_reading(tokens, stop + 1):
            break
        if stop > start and stop not in removed and verb_reading(tokens, stop):
            reading = verb_reading(tokens, stop)
            if reading[1] in (PAST, "third"):
                break
        stop += 1
    return clean(tokens[start:stop], removed, start)


def _speaker(tokens: list[Token]) -> list[Token]:
    """ "British Foreign Secretary William Hague" -> "William Hague"; "the head of Saudi
    state oil company Saudi Aramco" -> "Saudi Aramco"; a short description stays."""
    last_title = max((i for i, t in enumerate(tokens) if t.lower in TITLE_WORDS), default=None)
    if last_title is not None and last_title + 1 < len(tokens):
        named = tokens[last_title + 1 :]
        if named[-1].lower in _ORGANISATION_ENDINGS:
            # "a source in the National Oil Corporation": "Oil" is part of the name.
            first = last_title
            while first > 0 and tokens[first - 1].is_capitalised:
                first -= 1
            if tokens[first].is_capitalised:
                return tokens[first:]
        if named[0].is_capitalised:
            return named
    if len(tokens) > SPEAKER_WORDS:
        name_start = len(tokens)
        while name_start > 0 and tokens[name_start - 1].is_capitalised:
            name_start -= 1
        if name_start < len(tokens) and name_start > 0:
            return tokens[name_start:]
    return tokens


SPEAKER_WORDS = 4
_ORGANISATION_ENDINGS = frozenset(
    "corporation company corp inc ltd plc agency council ministry committee commission "
    "bank fund organisation organization association union party office".split()
)


def _statement_title(tokens, starts, start, end, group: VerbGroup, removed) -> tuple[str, int]:
    """ "X said on Monday that Y": the statement, "X says Y"."""
    speaker = strip_edges(clean(tokens[start : group.start], removed, start))
    lead: list[Token] = []
    if "," in [t.text for t in speaker]:
        # "In one incident, he said", "Asked if more attacks were planned, he added"; or
        # "All demands have been met, the head of the company said": what came before.
        last_comma = max(i for i, t in enumerate(speaker) if t.text == ",")
        lead, speaker = speaker[:last_comma], strip_edges(speaker[last_comma + 1 :])
    content = _reported_content(tokens, starts, start, end, group)
    if not any(t.is_word for t in content) and lead:
        first = _position(tokens, lead[0])
        if verb_group_in(tokens, first, _position(tokens, lead[-1]) + 1) is not None:
            content = lead
    if not speaker:
        object_tokens = strip_edges(clean(tokens[group.end : end], removed, group.end))
        speaker = [t for t in object_tokens if t.lower not in PREPOSITIONS][:4]
    speaker = _speaker(speaker)
    words = [t.text for t in speaker] + ["say" if is_plural(speaker) else "says"]
    keep = len(words) + 3  # the reported clause's subject and verb at least
    content = strip_edges(content)
    content_title = ""
    if content:
        first = _position(tokens, content[0])
        last = _position(tokens, content[-1]) + 1
        group = verb_group_in(tokens, first, last)
        if group is not None and not group.is_reporting:
            content_title, _quality = _verbal_title(
                tokens, first, last, group, removed, reported=True, starts=starts
            )
    if content_title:
        lead = content_title.split()[0]
        # (the lead may be a subject read before the content: "said on Thursday Younes had")
        lead_token = next(
            (t for t in [*content, *reversed(tokens[start:first])] if t.text == lead), content[0]
        )
        if not (lead.isupper() or lead in _PROPER_LEADS or _looks_proper(tokens, lead_token)):
            content_title = content_title[:1].lower() + content_title[1:]
        words += content_title.split()
    else:
        first = _position(tokens, content[0]) if content else 0
        reported = [t.text for t in cut_object(clean(content, removed, first))]
        if reported and not _looks_proper(tokens, content[0]) and not reported[0].isupper():
            reported[0] = reported[0][:1].lower() + reported[0][1:]
        words += reported
    return assemble(words, STATEMENT_TITLE_WORDS, keep), 2 if speaker and content_title else 1


def _reported_content(tokens: list[Token], starts: list[int], start: int, end: int, group):
    """What the speaker said: the words before a trailing attribution ("Y, X said on
    Monday, as ..."), else the clause after the reporting verb, read past an opening adjunct
    ("says after talks with the minister, the sides remain far apart")."""
    before = start - 1
    while before >= 0 and tokens[before].is_quote:
        before -= 1
    if (
        before > 0
        and tokens[before].text == ","
        and any(t.is_word for t in tokens[:before])
        and group.start - start <= 6
        and tokens[start].lower not in SUBORDINATORS | CONJUNCTIONS
        and verb_group_in(tokens, group.end, end) is None
    ):
        return tokens[max(0, before - 2 * CLAUSE_WINDOW) : before]
    inside = [t for t in tokens[group.end : end] if t.is_word]
    if len(inside) >= 3:
        # The complement in the reporting clause itself ("says after talks with the
        # minister, the sides remain far apart"): past an opening adjunct, if any.
        first = group.end
        if tokens[first].lower in PREPOSITIONS | SUBORDINATORS:
            comma = next((i for i in range(first, end) if tokens[i].text == ","), None)
            if comma is not None and comma + 1 < end:
                first = comma + 1
        if verb_group_in(tokens, first, end) is not None:
            return tokens[first:end]
    next_start = min((s for s in starts if s > end), default=len(tokens))
    if not any(t.is_word for t in tokens[end:next_start]):
        return tokens[max(0, start - 2 * CLAUSE_WINDOW) : start]
    if (
        tokens[end].lower in PREPOSITIONS | SUBORDINATORS
        and next_start < len(tokens)
        and tokens[next_start - 1].text == ","
    ):
        next_start = min((s for s in starts if s > next_start), default=len(tokens))
    return tokens[end:next_start]


_PROPER_LEADS = frozenset({"I"})
_OBJECT_CASE = {"he": "him", "she": "her", "they": "them", "i": "me", "we": "us"}
STATEMENT_TITLE_WORDS = 13  # the speaker and "says" before a headline


def _looks_proper(tokens: list[Token], token: Token) -> bool:
    """A capital that is not just the sentence's first letter: a name."""
    if not token.is_capitalised:
        return False
    index = _position(tokens, token)
    if index > 0 and tokens[index - 1].text not in "\"“‘'(":
        return True
    # Sentence-initial: a name unless it is a common word ("The", "Talks", "Rebels").
    lower = token.bare
    return not (
        lower in COMMON_WORDS
        or lower in EVENT_NOUNS
        or analyse(lower)
        or group_word(lower)
        or lower.endswith(("ing", "ly"))
    )


def _event_noun_before(tokens: list[Token], span: range, removed: set[int]) -> int | None:
    """ "ahead of a meeting of NATO ministers on Thursday", "part of a Security Council
    sanctions resolution on February 26": where a dated noun phrase inside a phrase starts
    (its modifiers included)."""
    index = min(removed) - 1
    for _ in range(6):
        if index < 1:
            return None
        token = tokens[index]
        if not token.is_word or verb_reading(tokens, index) or token.lower in AUXILIARIES:
            return None  # (a verb between: "the collapse will commence on 23 November")
        if token.bare in EVENT_NOUNS:
            before = index - 1
            while before >= 0 and (
                tokens[before].lower in ("the", "a", "an")
                or (
                    tokens[before].is_word
                    and not verb_reading(tokens, before)
                    and tokens[before].lower not in PREPOSITIONS
                    and before > index - 5
                )
            ):
                before -= 1
            if before >= 0 and tokens[before].lower in PREPOSITIONS:
                if _verb_takes_phrase(tokens, before):
                    return None  # "was continuing with its campaign of air strikes"
                first = before + 1
                while first < index and tokens[first].lower in ("the", "a", "an"):
                    first += 1
                return first
            return None
        index -= 1
    return None


def _dated_subject_noun(tokens, span: range, removed: set[int], clause_start: int) -> int | None:
    """Where a dated event noun that opens its clause starts ("The Gaddafi government's
    downfall in August ..."): no verb before it, a verb after its date."""
    noun = min(removed) - 1
    if noun < clause_start or tokens[noun].bare not in EVENT_NOUNS or verb_reading(tokens, noun):
        return None
    first = noun_phrase_start(tokens, noun + 1, clause_start)
    if first is None or verb_group_in(tokens, clause_start, first) is not None:
        return None
    if any(t.is_word for t in tokens[clause_start:first] if t.lower not in ("but", "and")):
        return None
    if verb_group_in(tokens, span.stop, min(len(tokens), span.stop + 12)) is None:
        return None
    while first < noun and tokens[first].lower in ("the", "a", "an"):
        first += 1
    return first


# "ahead of", "part of", "because of": the dated noun phrase is not the verb's own.
_OF_HEADS = frozenset("ahead part because instead outside out eve run".split())


def _verb_takes_phrase(tokens: list[Token], preposition: int) -> bool:
    """An "of" phrase that completes a noun of the clause's verb ("continued its campaign of
    air strikes on Monday") belongs to that verb; "ahead of a meeting" does not."""
    if tokens[preposition].lower != "of" or preposition == 0:
        return False
    if tokens[preposition - 1].lower in _OF_HEADS:
        return False
    group = verb_group_in(tokens, 0, preposition)
    return group is not None and not group.is_copula and not group.is_reporting


def _nominal_title(tokens: list[Token], noun: int, span: range) -> tuple[str, int, tuple[int, int]]:
    """A date on an event noun: find a description of that noun with its agent, if any."""
    families = _families([tokens[noun].bare])
    for index, token in enumerate(tokens):
        if index == noun or not (_families([token.bare]) & families):
            continue
        following = index + 1
        if following < len(tokens):
            reading = analyse(tokens[following].text)
            if reading and reading[1] in (PAST, PARTICIPLE):
                agent = agent_after(tokens, following + 1, len(tokens))
                if agent:
                    agent_tokens = clean(agent[0], set(), 0)
                    phrase = _noun_phrase_before(tokens, index)
                    words = [t.text for t in agent_tokens]
                    words.append(headline_form(reading[0], is_plural(agent_tokens)))
                    words += [t.text for t in phrase]
                    described = (phrase[0].start, agent[0][-1].end)
                    return assemble(words), 2, described
    modifiers = [t.text for t in tokens[span.stop : noun + 1] if t.is_word]
    return assemble(modifiers), 0, (tokens[span.start].start, tokens[noun].end)


# Modals of possibility read as past when the whole date is over: "explosions could be heard
# on Friday", "he may have been killed on Monday" (a Sunday story) are things that happened;
# "Libya could become a democracy" this year, or "later this week", are not over.
_POSSIBILITY_MODALS = ("could", "may", "might")


def _modality(tokens, start, group: VerbGroup | None, date_range: DateRange, dct) -> str:
    if group is not None:
        if group.modal in _POSSIBILITY_MODALS and dct is not None and date_range.end < dct:
            return "occurred"
        if group.modal in ("will", "would", "shall", "could", "may", "might", "'ll", "’ll"):
            return "planned"
        # (the month "May" is no modal: "agreed in May to set up a fund")
        left = " ".join(t.lower for t in tokens[start : group.end] if t.text != "May")
        if _PLANNED.search(left):
            return "planned"
    if dct is not None and date_range.start > dct:
        return "planned"
    return "occurred"


def _confidence(*, dating, quality, granularity, approximate, inferred, reporting) -> float:
    score = 0.55 + 0.1 * quality
    if granularity == "day":
        score += 0.05
    if approximate:
        score -= 0.1
    if dating == "anchored":
        score -= 0.1
    if dating == "narrative":
        score -= 0.2
    if inferred:
        score -= 0.1
    if reporting:
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 3)


_PERSONAL = frozenset({"i", "we", "you", "me", "us"})
_ANAPHORIC = frozenset({"he", "she", "they", "it", "this", "that", "there"})


def _subject_adjustment(title: str) -> float | None:
    """None to drop a first-person event (a quote's anecdote); a penalty for a pronoun."""
    first = title.split(" ", 1)[0].lower()
    if first in _PERSONAL:
        return None
    return -0.15 if first in _ANAPHORIC else 0.0


def _candidate(
    *,
    title: str,
    quality: int,
    value: str,
    mod: str | None,
    date_range: DateRange,
    approximate: bool,
    modality: str,
    dating: str,
    inferred: bool,
    reporting: bool,
    entities: tuple[list[str], list[str]],
    mention: EventMention,
    verb: str | None,
    nouns: set[str],
    sentence: Sentence,
    verb_at: int | None = None,
) -> Candidate:
    """A candidate dated by ``date_range``, its confidence from how it was dated and titled."""
    actors, places = entities
    return Candidate(
        title=title,
        summary="",
        value=value,
        mod=mod,
        start=date_range.start,
        end=date_range.end,
        granularity=date_range.granularity,
        approximate=approximate,
        modality=modality,
        actors=actors,
        places=places,
        confidence=_confidence(
            dating=dating,
            quality=quality,
            granularity=date_range.granularity,
            approximate=approximate,
            inferred=inferred,
            reporting=reporting,
        ),
        mention=mention,
        dating=dating,
        title_quality=quality,
        verb=verb,
        nouns=nouns,
        sentence_start=sentence.start,
        verb_at=verb_at,
    )


def _mention(text, sentence, start, end, timex_type, value) -> EventMention:
    return EventMention(
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        sentence=sentence.text,
        timex_start=start,
        timex_end=end,
        timex_text=text[start:end],
        timex_type=timex_type,
        timex_value=value,
    )


def _keep(candidate: Candidate) -> bool:
    first = candidate.title.split(" ", 1)[0].lower()
    if first in AUXILIARIES:
        return False  # "Was another day of ...": a description, no one doing anything
    return _subject_adjustment(candidate.title) is not None


def candidates_in_sentence(
    text: str,
    sentence: Sentence,
    timexes: list[Timex],
    dct: dt.date | None,
    inferred: bool,
    window_start: int | None = None,
) -> list[Candidate]:
    """The sentence's candidates; ``window_start`` is where a pronoun's antecedent may be
    looked for (the previous sentence's news)."""
    if not timexes and not _may_open_narrative(text, sentence):
        return []  # most sentences: nothing to date, so no need to read their clauses
    tokens = tokenize(text, sentence.content_start, sentence.content_end)
    if not tokens:
        return []
    starts = clause_starts(tokens)
    summary = _summary(text, sentence)
    found: list[Candidate] = []
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and value_range(t.value)]
    # No title keeps a date, the one that dates it or another ("Nikkei slips on Monday").
    all_dates: set[int] = set()
    for timex in dated:
        all_dates |= _removed_with_date(tokens, _token_span(tokens, timex.start, timex.end))
    for timex in timexes:
        span = _token_span(tokens, timex.start, timex.end)
        if not span:
            continue
        if timex.type == "DURATION":
            candidate = _anchored(text, sentence, tokens, starts, timex, span, dated, dct, inferred)
        else:
            candidate = _dated(
                text, sentence, tokens, starts, timex, span, dct, inferred, all_dates
            )
        if candidate is not None:
            _name_pronouns(candidate, text, sentence, window_start)
        if candidate is not None and _keep(candidate):
            candidate.summary = summary
            found.append(candidate)
    if not found and not dated and dct is not None:
        candidate = _narrative(text, sentence, tokens, starts, dct, inferred)
        if candidate is not None:
            _name_pronouns(candidate, text, sentence, window_start)
            candidate.summary = summary
            found.append(candidate)
    return _one_per_verb(found)


def _one_per_verb(found: list[Candidate]) -> list[Candidate]:
    """Two dates on one verb ("approved a budget on Wednesday for the rest of 2011", "meet
    on Friday and Saturday") make one event: the most precise date, the first if equal."""
    best: dict[int, int] = {}  # verb position -> index in kept
    kept: list[Candidate] = []
    for candidate in found:
        if candidate.verb_at is None:
            kept.append(candidate)
            continue
        at = best.get(candidate.verb_at)
        if at is None:
            best[candidate.verb_at] = len(kept)
            kept.append(candidate)
        elif (candidate.end - candidate.start) < (kept[at].end - kept[at].start):
            kept[at] = candidate
    return kept


def _name_pronouns(candidate: Candidate, text: str, sentence: Sentence, window_start) -> None:
    start = sentence.content_start if window_start is None else window_start
    title, resolved = resolve_title(
        candidate.title, text, start, sentence.content_start, sentence.content_end
    )
    if resolved:
        candidate.title = title


_NARRATIVE_START = re.compile(r"\W*(?:(?:but|and|just|even)\s+)?(?:as|while|when)\b", re.IGNORECASE)


def _may_open_narrative(text: str, sentence: Sentence) -> bool:
    return bool(_NARRATIVE_START.match(text, sentence.content_start, sentence.content_end))


_CHRONOLOGY_FILLER = frozenset({"\\", "/", ",", "-", "and"})


def chronology_dash(tokens: list[Token], span: range) -> int | None:
    """Where a chronology line's date ends in its dash: "June 27 - The ICC issues ...",
    "-- Aug 21 - ...", "...: Feb 15/16, 2011 - A riot ..." (a second day or the year may
    follow the date), else None."""
    if span.start > 0 and not (
        tokens[span.start - 1].text in (":", "--") or tokens[span.start - 1].is_dash
    ):
        return None
    index = span.stop
    while index < min(len(tokens) - 1, span.stop + 7):
        token = tokens[index]
        if (token.is_dash or token.text == ":") and index + 1 < len(tokens):
            return index if tokens[index + 1].is_word or tokens[index + 1].is_quote else None
        if not (token.text in _CHRONOLOGY_FILLER or token.text.isdigit()):
            return None
        index += 1
    return None


def _entry_title(tokens, starts, start, end, removed) -> tuple[str, int, VerbGroup | None]:
    """A chronology entry's title: its clause in headline form, else its own words (an
    entry is written as a headline already: "Forces loyal to Gaddafi near Benghazi")."""
    while start < end and (tokens[start].is_dash or not tokens[start].is_word):
        start += 1
    if start >= end:
        return "", 0, None
    group = main_verb_group(tokens, start, end)
    if group is not None and not is_negated(group):
        if group.is_reporting:
            title, quality = _statement_title(tokens, starts, start, end, group, removed)
        else:
            title, quality = _verbal_title(tokens, start, end, group, removed, starts=starts)
        if quality >= 2:
            return title, quality, group
    words = [t for t in cut_object(clean(tokens[start:end], removed, start))]
    words = [t.text for t in words if t.lower not in BE_FORMS]
    return assemble(words), 1, None


def continuation(
    text: str, sentence: Sentence, entry: Candidate, dct, inferred, *, marked: bool = False
) -> Candidate | None:
    """A dateless line after a chronology entry ("-- Rebels reach Green Square.") happened
    on the entry's date: titled like an entry, its first clause standing as the evidence."""
    tokens = tokenize(text, sentence.content_start, sentence.content_end)
    if not tokens:
        return None
    starts = clause_starts(tokens)
    start = 0
    while start < len(tokens) and not tokens[start].is_word:
        start += 1
    clause_end = min((s for s in starts if s > start), default=len(tokens))
    title, quality, group = _entry_title(tokens, starts, start, clause_end, set())
    finite = group is not None and not (
        group.start == group.head and tokens[group.head].lower.endswith("ing")
    )
    if not title or len(title.split()) < 2 or ((quality < 2 or not finite) and not marked):
        return None  # an unmarked line needs a finite clause of its own to be an event
    date_range = value_range(entry.value)
    scene = _mention(
        text, sentence, tokens[start].start, tokens[clause_end - 1].end, "DATE", entry.value
    )
    timex = Timex(
        start=scene.timex_start,
        end=scene.timex_end,
        text=scene.timex_text,
        type="DATE",
        value=entry.value,
        mod=entry.mod,
    )
    candidate = _finish(
        text,
        sentence,
        tokens,
        timex,
        date_range,
        title,
        quality,
        group,
        start,
        clause_end,
        dct,
        inferred,
        reporting=group is not None and group.is_reporting,
    )
    candidate.dating = "chronology"
    candidate.chronology = True
    candidate.summary = _summary(text, sentence)
    return candidate


def _dated(
    text, sentence, tokens, starts, timex: Timex, span, dct, inferred, all_dates=frozenset()
) -> Candidate | None:
    if timex.type not in ("DATE", "TIME"):
        return None
    date_range = value_range(timex.value)
    if date_range is None:
        return None
    quantified = span.start >= 2 and tokens[span.start - 1].lower == "of"
    if quantified and tokens[span.start - 2].lower in ("most", "much", "all"):
        return None  # "for most of this year": a stretch a state lasted, not a date
    for back in range(span.start - 1, max(-1, span.start - 7), -1):
        # "since independence from Britain in 1971": still a bound, a few words back.
        if tokens[back].lower in _BOUNDING:
            return None
        if not tokens[back].is_word or verb_reading(tokens, back):
            break
    if span.stop < len(tokens) and tokens[span.stop].lower in _CONTRACT_WORDS:
        return None
    clause_start, clause_end = _clause_of(starts, len(tokens), span.start, span.stop - 1)
    if (
        span.stop < len(tokens)
        and tokens[span.stop].lower in _STATISTIC_NOUNS
        and span.start > 0
        and tokens[span.start - 1].lower in ("the", "its", "a")
    ):
        return None  # "three times the November average": a month naming a figure
    main = None
    if span.start - clause_start <= 2:  # the date opens its clause: "In early October, ..."
        main = _main_clause_after_fronted_date(tokens, starts, clause_start, clause_end)
    if main is not None:
        clause_start, clause_end = main
    dash = chronology_dash(tokens, span)
    if dash is not None:
        # A chronology line, "June 27 - The ICC issues arrest warrants ...": the date heads
        # the clause after the dash.
        # Its subject may carry a relative clause: the entry runs to the sentence's end.
        clause_start, clause_end = dash + 1, min(len(tokens), dash + 1 + 2 * CLAUSE_WINDOW)
    removed = _removed_with_date(tokens, span)
    aside = _dated_aside(tokens, starts, span, clause_start, clause_end) if dash is None else None
    aside_title = (
        _aside_title(tokens, starts, clause_start, aside, removed | all_dates) if aside else None
    )
    if aside_title is not None:
        # "The board, at its meeting on March 12, approved the merger": the aside dates the
        # verb after it, whose subject is before it.
        _open_comma, group, clause_end = aside
        title, quality = aside_title
        reporting, verb, entity_span = group.is_reporting, group.main_base, None
        nouns = _families(t.bare for t in tokens[clause_start:clause_end])
    else:
        noun = _event_noun_after(tokens, span, clause_end) if dash is None else None
        if noun is None and dash is None and _labels_a_later_thing(tokens, span, timex, dct):
            return None
        if dash is not None:
            title, quality, group = _entry_title(tokens, starts, dash + 1, clause_end, all_dates)
            if not title:
                return None
            candidate = _finish(
                text,
                sentence,
                tokens,
                timex,
                date_range,
                title,
                quality,
                group,
                clause_start,
                clause_end,
                dct,
                inferred,
                reporting=group is not None and group.is_reporting,
            )
            candidate.chronology = True
            return candidate
        if (
            noun is not None
            and _in_manner_phrase(tokens, span)
            and _nominal_title(tokens, noun, span)[1] < 2
        ):
            # "seized power in a 1969 military coup": the coup is how the clause's event
            # happened, so the clause titles it, the dated noun staying in the title.
            near = verb_group_near(tokens, clause_start, clause_end, span)
            if near is not None and near.end <= span.start and not near.is_reporting:
                noun, removed = None, set(span)
        group = None
        reporting = False
        verb = None
        entity_span = None
        if noun is not None:
            title, quality, entity_span = _nominal_title(tokens, noun, span)
            nouns = _families([tokens[noun].bare])
        elif (noun := _dated_subject_noun(tokens, span, removed, clause_start)) is not None:
            # "The government's downfall in August and now his death will ...": the subject
            # is the dated happening, the clause's verb says what it means.
            phrase = clean(tokens[noun : min(removed)], set(), 0)
            title, quality = assemble([t.text for t in phrase]), 1
            nouns = _families(t.bare for t in phrase)
            entity_span = (tokens[noun].start, tokens[min(removed) - 1].end)
        elif (noun := _event_noun_before(tokens, span, removed)) is not None:
            phrase = [
                t.text for t in tokens[noun : min(removed)] if t.lower not in ("the", "a", "an")
            ]
            title, quality = assemble(phrase), 1
            nouns = _families([tokens[noun].bare])
            entity_span = (tokens[noun].start, tokens[min(removed) - 1].end)
        else:
            group = verb_group_near(tokens, clause_start, clause_end, span)
            if group is None or is_negated(group):
                return None
            removed = removed | all_dates
            if group.is_reporting:
                reporting = True
                title, quality = _statement_title(
                    tokens, starts, clause_start, clause_end, group, removed
                )
            else:
                subject = drop_intro_phrase(tokens[clause_start : group.start])
                if is_market_move(subject, group, tokens[group.end : clause_end]):
                    return None
                title, quality = _verbal_title(
                    tokens, clause_start, clause_end, group, removed, starts=starts
                )
            verb = group.main_base
            nouns = _families(t.bare for t in tokens[clause_start:clause_end])
    if not title:
        return None
    gerund = group is not None and tokens[group.head].lower.endswith("ing")
    if group is not None and group.tense == "present" and not (group.modal or reporting or gerund):
        ahead = scheduled_present(timex, date_range.start, dct)
        if ahead is not None:
            timex, date_range = dataclasses.replace(timex, value=ahead), value_range(ahead)
    return _finish(
        text,
        sentence,
        tokens,
        timex,
        date_range,
        title,
        quality,
        group,
        clause_start,
        clause_end,
        dct,
        inferred,
        reporting=reporting,
        verb=verb,
        nouns=nouns,
        entity_span=entity_span,
    )


def _finish(
    text,
    sentence,
    tokens,
    timex,
    date_range: DateRange,
    title,
    quality,
    group,
    clause_start,
    clause_end,
    dct,
    inferred,
    *,
    reporting,
    verb=None,
    nouns=None,
    entity_span=None,
) -> Candidate:
    """The candidate for a titled clause dated by ``timex``: modality, entities, confidence."""
    if group is not None and verb is None:
        verb = group.main_base
    if nouns is None:
        nouns = _families(t.bare for t in tokens[clause_start:clause_end])
    value, mod = timex.value.split("T", 1)[0], timex.mod
    modality = _modality(tokens, clause_start, group, date_range, dct)
    weekday = bare_weekday(timex.text)
    if modality == "planned" and weekday is not None and dct and date_range.start < dct:
        # The tagger read "expected to sign Tuesday" as last Tuesday; the clause says next.
        day = next_weekday_on_or_after(dct, weekday)
        value, date_range = day.isoformat(), value_range(day.isoformat())
    approximate = mod in ("APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER")
    if mod == "APPROX" and re.search(r"T\d\d", timex.value):
        approximate = False  # "at about 11:40 p.m.": the hour is about, the day is not
    span_start, span_end = entity_span or (tokens[clause_start].start, tokens[clause_end - 1].end)
    return _candidate(
        title=title,
        quality=quality,
        value=value,
        mod=mod,
        date_range=date_range,
        approximate=approximate,
        modality=modality,
        dating="timex",
        inferred=inferred,
        reporting=reporting,
        entities=find_entities(text, span_start, span_end),
        mention=_mention(text, sentence, timex.start, timex.end, timex.type, timex.value),
        verb=verb,
        nouns=nouns,
        sentence=sentence,
        verb_at=tokens[group.start].start if group is not None else None,
    )


def _anchored(
    text, sentence, tokens, starts, timex, span, dated, dct, inferred
) -> Candidate | None:
    """ "a month after the regime recaptured Aleppo": date the recapture from the anchor."""
    link = span.stop
    if link >= len(tokens) or tokens[link].lower not in ("after", "before"):
        return None
    direction = -1 if tokens[link].lower == "after" else 1
    sub_end = min((s for s in starts if s > link + 1), default=len(tokens))
    anchor_timex = next((t for t in dated if t.end <= tokens[span.start].start), None)
    anchor_timex = anchor_timex or next(
        (t for t in dated if t.start >= tokens[sub_end - 1].end), None
    )
    if anchor_timex is not None:
        anchor = value_range(anchor_timex.value).start
    elif dct is not None:
        anchor = dct
    else:
        return None
    shifted = shift(anchor, timex.value, direction)
    if shifted is None:
        return None
    value, _granularity = shifted
    date_range = value_range(value)
    if date_range is None:
        return None
    group = verb_group_in(tokens, link + 1, sub_end)
    if group is None or group.is_reporting:
        return None
    if tokens[group.start - 1].lower in ("and", "but"):
        return None  # "two weeks before the disaster and found ...": a noun, then the main verb
    title, quality = _verbal_title(tokens, link + 1, sub_end, group, set(), starts=starts)
    if not title:
        return None
    approximate = (
        not (timex.value.endswith("D") and anchor_timex is not None) or timex.mod == "APPROX"
    )
    return _candidate(
        title=title,
        quality=quality,
        value=value,
        mod=None,
        date_range=date_range,
        approximate=approximate,
        modality="planned" if dct is not None and date_range.start > dct else "occurred",
        dating="anchored",
        inferred=inferred,
        reporting=False,
        entities=find_entities(text, tokens[link + 1].start, tokens[sub_end - 1].end),
        mention=_mention(text, sentence, timex.start, timex.end, timex.type, timex.value),
        verb=group.main_base,
        nouns=_families(t.bare for t in tokens[link + 1 : sub_end]),
        sentence=sentence,
    )


def _narrative(text, sentence, tokens, starts, dct, inferred) -> Candidate | None:
    """ "As the sides headed to Astana, three air strikes killed nine civilians": the "as"
    clause sets the scene at the story's present, and the main clause inherits it."""
    opener = 0
    if tokens[opener].lower in ("but", "and", "just", "even"):
        opener += 1
    if opener >= len(tokens) or tokens[opener].lower not in _NARRATIVE_OPENERS:
        return None
    comma = next(
        (i for i in range(opener + 1, min(len(tokens), opener + 16)) if tokens[i].text == ","), None
    )
    if comma is None:
        return None
    scene = verb_group_in(tokens, opener + 1, comma)
    if scene is None or (
        scene.tense not in ("past",) and not tokens[scene.start].lower.endswith("ing")
    ):
        return None
    main_end = min((s for s in starts if s > comma + 1), default=len(tokens))
    group = verb_group_in(tokens, comma + 1, main_end)
    if group is None or group.is_reporting or group.tense != "past" or group.base in ("be", "have"):
        return None
    title, quality = _verbal_title(tokens, comma + 1, main_end, group, set(), starts=starts)
    if not title or quality < 2:
        return None
    value = dct.isoformat()
    date_range = value_range(value)
    scene_start, scene_end = tokens[opener].start, tokens[comma - 1].end
    return _candidate(
        title=title,
        quality=quality,
        value=value,
        mod=None,
        date_range=date_range,
        approximate=True,
        modality="occurred",
        dating="narrative",
        inferred=inferred,
        reporting=False,
        entities=find_entities(text, tokens[comma + 1].start, tokens[main_end - 1].end),
        mention=_mention(text, sentence, scene_start, scene_end, "DATE", value),
        verb=group.main_base,
        nouns=_families(t.bare for t in tokens[comma + 1 : main_end]),
        sentence=sentence,
    )


def lede(text: str, sentence: Sentence, dct: dt.date, inferred: bool) -> Candidate | None:
    """The story's first sentence, after its dateline, reports the day's news even when it
    names no day ("Britain and France spearheaded a drive at the United Nations ..."): its
    first past-tense clause (or its attribution, "..., the minister said") is dated at the
    DCT, approximately. A present or a modal lede is analysis, not an event."""
    tokens = tokenize(text, sentence.content_start, sentence.content_end)
    if not tokens:
        return None
    starts = clause_starts(tokens)
    bounds = list(zip(starts, [*starts[1:], len(tokens)], strict=True))
    for start, end in bounds:
        if tokens[start].lower in SUBORDINATORS | RELATIVES:
            continue
        group = verb_group_in(tokens, start, end)
        if group is None:
            continue
        if group.modal or is_negated(group) or group.tense not in ("past", "perfect"):
            return None
        if not _named_subject(tokens, start, group):
            return None  # "Walking down a Tripoli street, ...", "She came ...": a feature
        if group.is_reporting:
            title, quality = _statement_title(tokens, starts, start, end, group, set())
        else:
            subject = drop_intro_phrase(tokens[start : group.start])
            if is_market_move(subject, group, tokens[group.end : end]) or group.base in (
                "be",
                "have",
            ):
                return None
            title, quality = _verbal_title(tokens, start, end, group, set(), starts=starts)
        if not title or quality < 2:
            return None
        value = dct.isoformat()
        timex = Timex(
            start=tokens[start].start,
            end=tokens[end - 1].end,
            text=text[tokens[start].start : tokens[end - 1].end],
            type="DATE",
            value=value,
        )
        candidate = _finish(
            text,
            sentence,
            tokens,
            timex,
            value_range(value),
            title,
            quality,
            group,
            start,
            end,
            dct,
            inferred,
            reporting=group.is_reporting,
        )
        candidate.approximate = True
        candidate.dating = "lede"
        candidate.confidence = round(max(0.05, candidate.confidence - 0.15), 3)
        candidate.summary = _summary(text, sentence)
        return candidate
    return None


def _named_subject(tokens: list[Token], start: int, group: VerbGroup) -> bool:
    """A subject that names who acted: not a pronoun, a participle or a stretch of time
    ("Six months of civil war have left ...")."""
    subject = cut_apposition(strip_edges(drop_intro_phrase(tokens[start : group.start])))
    words = [t for t in subject if t.is_word and t.lower not in ARTICLES]
    if group.is_reporting and not words:
        return True  # "..., said the minister": the speaker follows the verb
    if not words or words[0].lower in PRONOUNS or analyse(words[0].text):
        return False
    return not any(t.bare in _TIME_UNITS for t in words)


_TIME_UNITS = frozenset("day days week weeks month months year years decade decades".split())

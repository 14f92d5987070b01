"""Clauses inside a sentence, and the verb group that governs each.

A sentence is cut where a new clause starts: at semicolons, dashes and quotation marks, at
", but" and ", which", at a subordinator or relative pronoun followed by a finite verb
("since the conflict erupted", "that the rebels were expected to sign"), after a reporting
verb ("said on Monday [that] ..."), and before a trailing attribution (", a monitoring
group said"). The time expression then belongs to the clause that contains it, and that
clause's first verb group is the verb it dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..temporal.vocabulary import MONTHS, WEEKDAYS
from .lexicon import (
    AUXILIARIES,
    BE_CHAIN_ADJECTIVES,
    BE_FORMS,
    CATENATIVE_VERBS,
    COMMON_WORDS,
    HAVE_FORMS,
    MODALS,
    NEGATIONS,
    NUMBER_WORDS,
    PREPOSITIONS,
    RELATIVES,
    REPORTING_LEMMAS,
    SUBORDINATORS,
)
from .morphology import BASE, GERUND, PARTICIPLE, PAST, analyse
from .tokens import Token, relative_that, verb_reading

_SOFT_ADVERBS = frozenset(
    "also still already just reportedly allegedly apparently finally initially recently "
    "previously currently briefly eventually immediately effectively largely not n't n’t "
    "never jointly formally officially quickly even ever only now".split()
)
# After a comma these open a new clause even without a finite verb in sight.
_COMMA_OPENERS = frozenset(
    "but while which who whose where whereas although though because saying referring "
    "adding citing according scoring leaving killing including".split()
)
# A reported clause starts with its subject: "said on Monday its forces had seized ...".
_COMPLEMENT_OPENERS = frozenset(
    "the a an its his her their our this these those he she they it we i there".split()
)
_NOT_SUBORDINATE = {("as", "well"), ("as", "part"), ("as", "many"), ("as", "much")}


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """A verb with its auxiliaries: "were expected to sign", "has come to fill"."""

    start: int  # token indices, end exclusive
    end: int
    head: int  # the first lexical verb (the one whose base names the event)
    base: str  # its base form
    main: int  # the last lexical verb in a catenative chain ("sign" in "expected to sign")
    main_base: str
    tense: str  # past, present, future, perfect
    passive: bool
    negated: bool
    modal: str | None

    @property
    def is_copula(self) -> bool:
        """ "The port was calm", "there were clashes": "be" with no verb after it."""
        return self.base == "be" and self.main == self.head

    @property
    def is_reporting(self) -> bool:
        """A verb of saying that reports: "claimed to be close" is a claim, titled as is."""
        return self.base in REPORTING_LEMMAS and self.main == self.head


def finite_verb_within(tokens: list[Token], start: int, limit: int) -> int | None:
    """Index of the first verb group start in tokens[start:limit], stopping at punctuation."""
    for index in range(start, min(limit, len(tokens))):
        token = tokens[index]
        if token.is_quote:
            continue
        if not token.is_word:
            return None
        if token.lower in AUXILIARIES:
            return index
        reading = verb_reading(tokens, index)
        if reading and reading[1] in (PAST, "third") and index > start:
            return index
        # A plural subject's present: "Rebel groups say".
        if (
            reading
            and reading[1] == BASE
            and index > start
            and tokens[index - 1].lower != "to"
            and tokens[index - 1].is_word
            and tokens[index - 1].lower not in PREPOSITIONS
        ):
            return index
    return None


def clause_starts(tokens: list[Token]) -> list[int]:
    """Token indices where a clause starts (always includes 0)."""
    starts = {0}
    relative_open = False  # ", which opened on Monday," is inside a clause it interrupts
    for index, token in enumerate(tokens):
        lower = token.lower
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text in "()" and _short_parenthesis(tokens, index):
            continue  # "(NTC)", "(0400 GMT)": an aside inside the clause
        if (
            relative_open
            and token.text == ","
            and following is not None
            and _finite_right_after(tokens, index + 1, auxiliary=True)
        ):
            # "The inquiry, which opened on Monday, heard ...": the main clause goes on.
            starts.add(index + 1)
            relative_open = False
            continue
        if lower in ("who", "which") and index > 0 and tokens[index - 1].text == ",":
            relative_open = True
        elif token.text in ".;:" or token.is_dash:
            relative_open = False
        if (
            token.text in (";", ":")
            or token.is_dash
            or token.text in "()"
            or (token.is_quote and _quote_is_speech(tokens, index))
        ):
            starts.add(index + 1)
        elif token.text == "," and following is not None:
            if following.lower in _COMMA_OPENERS or _attribution_follows(tokens, index + 1):
                starts.add(index + 1)
            elif following.lower in ("and", "or") and (
                finite_verb_within(tokens, index + 2, index + 10) is not None
            ):
                # ", and British troops were held ...": a second main clause.
                starts.add(index + 1)
        elif lower == "but" and index > 0:
            starts.add(index)
        elif lower in SUBORDINATORS or lower in RELATIVES:
            if following is not None and (lower, following.lower) in _NOT_SUBORDINATE:
                continue
            if lower == "that" and index > 0 and tokens[index - 1].lower in PREPOSITIONS:
                continue  # "the loss of that oil": a determiner, not a clause
            reported = lower == "that" and index > 0 and _reporting_before(tokens, index)
            if reported or finite_verb_within(tokens, index + 1, index + 9) is not None:
                starts.add(index)
            elif (
                lower in ("who", "which") or (lower == "that" and relative_that(tokens, index))
            ) and _finite_right_after(tokens, index + 1):
                starts.add(index)  # "a pensioner who joined friends": the relative's subject
        if _is_reporting_verb(tokens, index):
            after = _reporting_complement_start(tokens, index)
            if after is not None:
                starts.add(after)
    return sorted(start for start in starts if start < len(tokens))


def _finite_right_after(tokens: list[Token], index: int, auxiliary: bool = False) -> bool:
    """A past or present verb straight after a relative pronoun: "who joined", "which says"
    (or, with ``auxiliary``, an auxiliary: "was charged")."""
    if index >= len(tokens):
        return False
    if auxiliary and tokens[index].lower in AUXILIARIES:
        return True
    reading = verb_reading(tokens, index)
    return bool(reading and reading[1] in (PAST, "third"))


def _short_parenthesis(tokens: list[Token], index: int) -> bool:
    if tokens[index].text == "(":
        return any(t.text == ")" for t in tokens[index + 1 : index + 6])
    return any(t.text == "(" for t in tokens[max(0, index - 5) : index])


def _quote_is_speech(tokens: list[Token], index: int) -> bool:
    """A quotation mark that opens or closes speech, not scare quotes ("brotherly leader")."""
    if index == 0 or index == len(tokens) - 1:
        return True
    previous, following = tokens[index - 1], tokens[index + 1]
    return (
        previous.text in ",.:;!?"
        or following.text in ",.:;!?"
        or _is_reporting_verb(tokens, index - 1)
    )


@cache
def _may_report(word: str) -> bool:
    reading = analyse(word)
    return reading is not None and reading[0] in REPORTING_LEMMAS


def _is_reporting_verb(tokens: list[Token], index: int) -> bool:
    if not _may_report(tokens[index].lower):
        return False
    reading = verb_reading(tokens, index)
    return bool(reading and reading[0] in REPORTING_LEMMAS and reading[1] != GERUND)


def _reporting_before(tokens: list[Token], index: int) -> bool:
    if index > 1 and tokens[index - 1].lower == "and":
        # "said it had ordered ..., and that its audit would ...": a second reported clause
        return any(
            _is_reporting_verb(tokens, back) for back in range(max(0, index - 40), index - 1)
        )
    for back in range(index - 1, max(-1, index - 5), -1):
        if _is_reporting_verb(tokens, back):
            return True
        if tokens[back].text in ",;":
            return False
    return False


def _reporting_complement_start(tokens: list[Token], index: int) -> int | None:
    """Where the reported content starts after "said" / "told Reuters on Monday"."""
    position = index + 1
    if _to_verb(tokens, index, len(tokens), open_class=False):
        return None  # "claimed to be close to capturing": an infinitive, not a report
    if analyse(tokens[index].text)[0] == "tell":
        while position < len(tokens) and (
            tokens[position].is_capitalised
            or tokens[position].lower in ("reporters", "journalists", "him", "her", "them", "us")
        ):
            position += 1
    # Adjuncts of the saying stay with it: "said on Monday", "said in a statement".
    while position < len(tokens) and tokens[position].lower in PREPOSITIONS | {","}:
        stop = position + 1
        day = _day_end(tokens, stop)
        if day is not None:
            # "said on Thursday Islamist militants could ...": the day ends the adjunct.
            position = day
            continue
        while (
            stop < len(tokens)
            and tokens[stop].is_word
            and tokens[stop].lower not in RELATIVES | _COMPLEMENT_OPENERS
        ):
            if verb_reading(tokens, stop) and stop > position + 1:
                break
            stop += 1
            if stop - position > 5:
                break
        if stop == position + 1:
            break
        position = stop
    if position < len(tokens) and tokens[position].lower == "that":
        return position
    if position < len(tokens) and tokens[position].is_word and position > index + 1:
        return position
    if position == index + 1 and position < len(tokens) and tokens[position].is_word:
        return position
    return None


_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())


def _day_end(tokens: list[Token], index: int) -> int | None:
    """The index after a day named right there: "Thursday", "Thursday night", "March 3",
    "March 3, 2011", "3 March"; else None."""
    if index >= len(tokens):
        return None
    word = tokens[index].lower.rstrip(".")
    if word in WEEKDAYS:
        end = index + 1
        if end < len(tokens) and tokens[end].lower in _PARTS_OF_DAY:
            end += 1
        return end
    if word in MONTHS and tokens[index].is_capitalised:
        end = index + 1
        if end < len(tokens) and tokens[end].text.isdigit() and len(tokens[end].text) <= 2:
            end += 1
            if (
                end + 1 < len(tokens)
                and tokens[end].text == ","
                and tokens[end + 1].text.isdigit()
                and len(tokens[end + 1].text) == 4
            ):
                end += 2
            return end
        return None
    if (
        tokens[index].text.isdigit()
        and len(tokens[index].text) <= 2
        and index + 1 < len(tokens)
        and tokens[index + 1].lower.rstrip(".") in MONTHS
    ):
        return index + 2
    return None


def _attribution_follows(tokens: list[Token], index: int) -> bool:
    """ ", a monitoring group said." / ", he told AFP on Monday, ..." closes a clause."""
    for position in range(index, min(len(tokens), index + 12)):
        if _is_reporting_verb(tokens, position):
            rest = tokens[position + 1 :]
            words_before_stop = 0
            for token in rest:
                if token.text in ",.;":
                    return words_before_stop <= 6
                words_before_stop += 1
            return words_before_stop <= 6
        if tokens[position].text in ",;":
            return False
    return False


def clause_around(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Token bounds [start, end) of the clause holding tokens first..last."""
    starts = clause_starts(tokens)
    start = max((s for s in starts if s <= first), default=0)
    end = min((s for s in starts if s > last), default=len(tokens))
    return start, end


def verb_group_near(tokens: list[Token], start: int, end: int, target: range) -> VerbGroup | None:
    """The verb group governing tokens ``target``: the nearest one before it, else after."""
    around = verb_group_in(tokens, start, end)
    if around is not None and around.start < target.start < around.end:
        return around  # the date inside a chain: "was due on Tuesday to travel"
    groups: list[VerbGroup] = []
    position = start
    while position < target.start:
        group = verb_group_in(tokens, position, target.start)
        if group is None:
            break
        groups.append(group)
        position = group.end
    # A bare present ("ISIS targets", "Gaddafi forces") is often a noun: prefer a sure verb;
    # so is a gerund after "since", "after", "before" ("since taking control in February").
    sure = [
        g
        for g in groups
        if g.tense != "present" or g.start != g.head or adverbial_gerund(tokens, g)
    ]
    before = (sure or groups or [None])[-1]
    if before is not None:
        if before.end > target.start:
            return verb_group_in(tokens, start, end, skip=target)
        return before
    after: list[VerbGroup] = []
    position = max(target.stop, start)  # (a fronted date dates the clause given)
    while position < end and len(after) < 4:
        group = verb_group_in(tokens, position, end)
        if group is None:
            break
        after.append(group)
        position = group.end
    sure = [g for g in after if g.tense != "present" or g.start != g.head]
    return (sure or after or [None])[0] or verb_group_in(tokens, start, end, skip=target)


_GERUND_OPENERS = frozenset("since after before upon while when by without".split())


def adverbial_gerund(tokens: list[Token], group: VerbGroup) -> bool:
    """ "since taking control", "after seizing power": a gerund clause whose subject is the
    main clause's, dated on its own."""
    return (
        group.start == group.head
        and group.start > 0
        and tokens[group.head].lower.endswith("ing")
        and tokens[group.start - 1].lower in _GERUND_OPENERS
    )


def main_verb_group(tokens: list[Token], start: int, end: int) -> VerbGroup | None:
    """The first verb group outside relative clauses and appositions: in "Younes, the
    minister who defected in February, is killed", "is killed"."""
    index = start
    while index < end:
        group = verb_group_in(tokens, index, end)
        if group is None:
            return None
        relative = next(
            (
                i
                for i in range(max(index, start + 1), group.start + 1)
                if tokens[i].lower in ("who", "which", "whose", "whom")
            ),
            None,
        )
        if relative is None:
            return group
        comma = next((i for i in range(relative + 1, end) if tokens[i].text == ","), None)
        if comma is None:
            return None
        index = comma + 1
    return None


def verb_group_in(
    tokens: list[Token], start: int, end: int, *, skip: range = range(0)
) -> VerbGroup | None:
    """The first verb group in tokens[start:end], ignoring the tokens in ``skip``."""
    index = start
    while index < end:
        if index in skip:
            index += 1
            continue
        token = tokens[index]
        if token.lower in AUXILIARIES or (
            verb_reading(tokens, index) and verb_reading(tokens, index)[1] != GERUND
        ):
            group = _read_group(tokens, index, end)
            if group is not None:
                return group
        index += 1
    # A participial clause: "referring to ...", "scoring its biggest victory".
    for index in range(start, end):
        reading = verb_reading(tokens, index)
        if reading and reading[1] == GERUND and index not in skip:
            return _read_group(tokens, index, end)
    return None


# What may stand between a chain's verbs: "due [on Tuesday] to travel".
_DATE_WORDS = frozenset(
    "on in at this next last early late mid the of monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _base_like(token: Token) -> bool:
    """A word that can only be a verb's base form here: lower case, not a closed class."""
    lower = token.lower
    return (
        lower.isalpha()
        and not token.is_capitalised
        and lower not in COMMON_WORDS
        and lower not in NUMBER_WORDS
        and not lower.endswith(("ly", "ing", "ed"))
    )


def _to_verb(
    tokens: list[Token], index: int, end: int, *, skip_date: bool = False, open_class: bool = True
) -> bool:
    """tokens[index] is followed by "to" and a verb's base form ("expected to sign"), with
    ``skip_date`` perhaps a short date between ("due on Tuesday to travel")."""
    if skip_date:
        position = index + 1
        while (
            position < min(end, index + 5)
            and tokens[position].lower != "to"
            and (tokens[position].lower in _DATE_WORDS or tokens[position].text.isdigit())
        ):
            position += 1
        index = position - 1
    if index + 2 >= end or tokens[index + 1].lower != "to":
        return False
    following = tokens[index + 2]
    reading = analyse(following.text)
    if reading is not None:
        # ("to quit", "to set", "to cut": a past that is its own base form)
        return reading[1] == BASE or reading[0] == following.lower
    return open_class and _base_like(following)


def _read_group(tokens: list[Token], index: int, end: int) -> VerbGroup | None:
    start = index
    modal: str | None = None
    negated = False
    saw_be = saw_have = False
    last_be = None
    head = None
    head_reading: tuple[str, str] = ("", BASE)
    position = index
    while position < end:
        token = tokens[position]
        lower = token.lower
        if lower in MODALS:
            modal = modal or lower
        elif lower in BE_FORMS:
            saw_be = True
            last_be = position
        elif lower in HAVE_FORMS:
            saw_have = True
        elif lower in ("do", "does", "did"):
            pass
        elif (
            lower == "so"
            and (saw_be or saw_have or modal)
            and position + 1 < end
            and tokens[position + 1].lower == "far"
        ):
            position += 2  # "had so far ordered"
            continue
        elif (
            lower == "on"
            and (saw_be or saw_have or modal)
            and (day := _day_end(tokens, position + 1)) is not None
            and day < end
        ):
            position = day  # "had on Monday struck": the day inside the group
            continue
        elif (
            lower in NEGATIONS
            or lower in _SOFT_ADVERBS
            or (
                lower.endswith("ly")
                and position > start
                and (lower not in BE_CHAIN_ADJECTIVES or not saw_be)  # "will now likely end"
                and analyse(token.text) is None  # ("will fly", "would apply": verbs)
            )
        ):
            negated = negated or lower in NEGATIONS
        else:
            reading = verb_reading(tokens, position) or (
                analyse(token.text) if (saw_be or saw_have or modal) and token.is_word else None
            )
            if reading is not None and (saw_be or saw_have) and reading[1] in ("third", BASE):
                reading = None  # "were bombs": a noun after a copula
            if reading is None and modal and not (saw_be or saw_have) and _base_like(token):
                reading = (lower, BASE)  # "would require": after a modal, a verb we lack
            if (
                reading is None
                and saw_be
                and lower in BE_CHAIN_ADJECTIVES
                and _to_verb(tokens, position, end, skip_date=True)
            ):
                reading = (lower, PARTICIPLE)  # "are likely to slow", "was due to travel"
            if reading is None:
                break
            head, head_reading = position, reading
            break
        position += 1
    if head is None and last_be is not None and tokens[last_be].is_word:
        # A copula: "the port was calm", "there were clashes", "is to visit" (a chain).
        head = last_be
        head_reading = ("be", PAST if tokens[last_be].lower in ("was", "were") else "third")
    if head is None:
        return None
    base, form = head_reading
    passive = saw_be and form in (PAST, PARTICIPLE) and base not in ("be", "have")
    group_end = head + 1
    main, main_base = head, base
    # Catenative chains: "expected to sign", "set to resume", "has come to fill".
    # A verb the lexicon lacks after "to" only where the head takes an infinitive: "vowed to
    # retaliate", not "hailed to determine" (purpose) or "sentenced to six months".
    catenative = base in CATENATIVE_VERBS or tokens[head].lower in BE_CHAIN_ADJECTIVES
    while _to_verb(
        tokens, group_end - 1, end, skip_date=group_end - 1 == head, open_class=catenative
    ):
        while tokens[group_end].lower != "to":
            group_end += 1  # a date inside the chain ("due on Tuesday to travel")
        following = tokens[group_end + 1]
        main, main_base = group_end + 1, (analyse(following.text) or (following.lower, BASE))[0]
        group_end += 2
    if main != head:
        passive = False  # "were expected to sign": the chain is active
    if modal in ("will", "shall", "'ll", "’ll"):
        tense = "future"
    elif saw_have:
        tense = "perfect"
    elif form == PAST or tokens[start].lower in ("was", "were", "did"):
        tense = "past"
    elif form == PARTICIPLE and start == head:
        tense = "past"  # a bare participle ("overthrown by Gaddafi") reports a past happening
    else:
        tense = "present"
    return VerbGroup(
        start=start,
        end=group_end,
        head=head,
        base=base,
        main=main,
        main_base=main_base,
        tense=tense,
        passive=passive,
        negated=negated,
        modal=modal,
    )

"""From an article's text to the dated events an editor reviews.

For each sentence's news content (datelines, credits and captions left out):

1. every time expression that names a fixed stretch of calendar (not a bare duration, a
   set, or "recent months") is placed in its clause, and the clause's verb group is the
   event it dates; a time expression that modifies an event noun ("the December 30
   agreement", "Monday's talks") dates that noun instead (``candidates``);
2. "N units after/before <clause>" dates that clause from the rest of the sentence or the
   DCT (event-anchored); a sentence opening on "As/While/When <clause>," with no date of
   its own inherits the DCT, approximately (narrative);
3. candidates with the same date that name the same happening merge into one event with
   several mentions (``merge``).

Reporting verbs: in "X said on Tuesday that Y", "on Tuesday" dates the saying; the event
is the statement ("X says Y"), not Y, whose own date the sentence does not give.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..dates import value_range
from ..temporal.tagger import annotate
from ..types import Timex
from .candidates import Candidate, candidates_in_sentence, continuation, lede
from .corrections import correct_timexes
from .dating import infer_dct
from .entities import home_country, with_home_country
from .merge import merge_candidates
from .text import split_sentences
from .titles import title_penalty
from .types import EventExtraction, ExtractedEvent

EVENTS_VERSION = "1.2.3"


def extract_events(text: str, dct: dt.date | None) -> EventExtraction:
    """The events ``text`` reports, resolved against ``dct`` (inferred from the text if None)."""
    from .. import ENGINE_VERSION

    if isinstance(dct, dt.datetime):
        dct = dct.date()
    inferred = False
    if dct is None and text:
        dct = infer_dct(text)
        inferred = dct is not None
    if not isinstance(text, str) or not text.strip():
        return EventExtraction(
            events=[], dct=dct, dct_inferred=inferred, engine_version=ENGINE_VERSION
        )
    timexes = correct_timexes(text, annotate(text, dct))
    # Each sentence finds its time expressions by a binary search, not a scan of them all:
    # a text of thousands of dated sentences stays linear.
    by_start = sorted(range(len(timexes)), key=lambda index: timexes[index].start)
    starts = [timexes[index].start for index in by_start]
    found: list[Candidate] = []
    previous_start = None
    read_lede = False
    read: list[tuple[object, list[Timex], list[Candidate]]] = []
    entry_day = None  # the day of a live blog entry's time stamp, for its first sentence
    for sentence in split_sentences(text):
        if not sentence.has_content:
            previous_start = None  # furniture between: a pronoun does not reach across it
            read.append((sentence, [], []))
            continue
        inside = _timexes_inside(sentence, timexes, by_start, starts)
        stamp = _entry_stamp(text, sentence, inside)
        if stamp is not None:
            entry_day = stamp
            read.append((sentence, inside, []))
            continue
        window_start = sentence.content_start if previous_start is None else previous_start
        if _quoted_here_and_now(text, sentence, inside):
            read.append((sentence, inside, []))
            previous_start = sentence.content_start
            continue
        here = candidates_in_sentence(text, sentence, inside, dct, inferred, window_start)
        if not here and not read_lede and dct is not None and _is_lede(sentence, inside):
            found_lede = lede(text, sentence, dct, inferred)
            here = [found_lede] if found_lede is not None else []
        if not here and entry_day is not None and not _dated_inside(inside):
            # "11:45 / President Wambui has declared the flood a national disaster": the
            # entry's first sentence happened on the day of its stamp.
            entry = lede(text, sentence, entry_day, inferred)
            if entry is not None:
                entry.approximate, entry.dating = False, "entry"
                here = [entry]
        entry_day = None
        read_lede = read_lede or sentence.content_start > sentence.start
        found.extend(here)
        read.append((sentence, inside, here))
        previous_start = sentence.content_start
    found.extend(_continuations(text, read, dct, inferred))
    for candidate in found:
        candidate.confidence = _confidence(candidate)
    home = home_country(candidate.actors + candidate.places for candidate in found)
    events = [
        _to_event(group, home) for group in merge_candidates(found) if _worth_proposing(group)
    ]
    events.sort(key=lambda e: (e.start, e.end, e.mentions[0].timex_start))
    return EventExtraction(
        events=events, dct=dct, dct_inferred=inferred, engine_version=ENGINE_VERSION
    )


_STORY_PART_OF_DAY = re.compile(r"the\s+(?:morning|afternoon|evening|night)", re.I)


def _quoted_here_and_now(text: str, sentence, inside: list[Timex]) -> bool:
    """A sentence of a quotation whose only time is "the morning", "the night" ("When the
    morning came there was nothing left of our village."): a witness's story, not a dated
    happening. (A quote's "today" is often the news: "He was arrested today in Sirte.")"""
    words = text[sentence.content_start : sentence.content_end].lstrip()
    if not inside or not words or words[0] not in QUOTES:
        return False
    return all(_STORY_PART_OF_DAY.fullmatch(t.text) for t in inside)


def _entry_stamp(text: str, sentence, inside: list[Timex]) -> dt.date | None:
    """The day of a live blog entry's time stamp, when the sentence is only that stamp."""
    if len(inside) != 1 or inside[0].type != "TIME":
        return None
    stamp = inside[0]
    if text[sentence.content_start : sentence.content_end].strip(" .\n") != stamp.text:
        return None
    date_range = value_range(stamp.value)
    return date_range.start if date_range is not None and date_range.granularity == "day" else None


def _dated_inside(inside: list[Timex]) -> bool:
    return any(t.type in ("DATE", "TIME") and value_range(t.value) for t in inside)


def _is_lede(sentence, inside: list[Timex]) -> bool:
    """The sentence its dateline opens, when it names no day of its own."""
    return sentence.content_start > sentence.start and not any(
        t.type in ("DATE", "TIME") and value_range(t.value) for t in inside
    )


# A factbox has several dated lines; two dated lines with a dash are not a chronology yet.
CHRONOLOGY_MIN_ENTRIES = 3
CONTINUATION_MAX_LINES = 3
QUOTES = "\"“”‘’'«»"


def _continuations(text, read, dct, inferred) -> list[Candidate]:
    """Lines of a chronology that carry no date continue the entry above them."""
    entries = sum(any(c.chronology for c in here) for _sentence, _inside, here in read)
    if entries < CHRONOLOGY_MIN_ENTRIES:
        return []
    found: list[Candidate] = []
    entry: Candidate | None = None
    lines = 0
    for sentence, inside, here in read:
        if not sentence.has_content:
            continue
        dated_entry = next((c for c in here if c.chronology), None)
        if dated_entry is not None:
            entry, lines = dated_entry, 0
            continue
        if entry is None or any(
            t.type in ("DATE", "TIME") and value_range(t.value) for t in inside
        ):
            entry = None
            continue
        content = text[sentence.content_start : sentence.content_end].lstrip()
        if content[:1] in QUOTES:
            continue  # a quotation inside the entry, not another happening
        marked = content.startswith(("--", "–", "—"))
        if not marked:
            lines += 1  # "-- Rebels reach Green Square": a marked line always continues
        if lines > CONTINUATION_MAX_LINES:
            entry = None
            continue
        candidate = continuation(text, sentence, entry, dct, inferred, marked=marked)
        if candidate is not None:
            found.append(candidate)
    return found


# What the way an event was dated says about it: a factbox line is one an editor already
# chose; an inherited or computed date is less sure than one the sentence states.
_DATING_ADJUSTMENT = {"chronology": 0.05, "lede": -0.05, "anchored": 0.0, "narrative": 0.0}


def _confidence(candidate: Candidate) -> float:
    score = candidate.confidence - title_penalty(candidate.title)
    score += _DATING_ADJUSTMENT.get(candidate.dating, 0.0)
    return round(max(0.05, min(0.95, score)), 3)


def _timexes_inside(sentence, timexes: list[Timex], by_start: list[int], starts: list[int]):
    """The time expressions within the sentence's content, in the order ``timexes`` has."""
    first = bisect.bisect_left(starts, sentence.content_start)
    last = bisect.bisect_left(starts, sentence.content_end, lo=first)
    found = sorted(
        index
        for index in by_start[first:last]
        if sentence.contains(timexes[index].start, timexes[index].end)
    )
    return [timexes[index] for index in found]


def _worth_proposing(group: list[Candidate]) -> bool:
    """A lone dated noun ("War", "Airstrike") tells an editor nothing: not proposed."""
    return any(c.verb is not None or len(c.title.split()) > 1 for c in group)


def _to_event(group: list[Candidate], home: str | None = None) -> ExtractedEvent:
    best = max(group, key=lambda c: (c.title_quality, c.confidence, -c.mention.timex_start))
    support_bonus = min(0.1, 0.05 * (len(group) - 1))
    actors: list[str] = []
    places: list[str] = []
    for candidate in sorted(group, key=lambda c: c.mention.timex_start):
        actors.extend(a for a in candidate.actors if a not in actors)
        places.extend(p for p in candidate.places if p not in places)
    actors = with_home_country(actors, home)
    mentions = sorted({c.mention for c in group}, key=lambda m: (m.timex_start, m.timex_end))
    return ExtractedEvent(
        title=best.title,
        summary=best.summary,
        value=best.value,
        mod=best.mod,
        start=best.start,
        end=best.end,
        granularity=best.granularity,
        approximate=best.approximate,
        modality=best.modality,
        actors=actors,
        places=places,
        confidence=round(min(0.99, best.confidence + support_bonus), 3),
        mentions=mentions,
        dating=best.dating,
    )

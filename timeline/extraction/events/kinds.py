"""Kinds of happening: the words two reports may use for the same one.

"War starts" and "conflict erupts" share no word, yet say the same; "Moscow and Ankara
broker a ceasefire" and "the truce comes into force" are one ceasefire. Each class below
gathers the words (verbs in their base form, nouns in the singular) that name one kind of
happening. The duplicate finder (``timeline.duplicates.text``) gives a text that uses any of
them the class's key (``KIND_PREFIX`` + its name) beside its words; the engine merges two
clauses of one article on one date whose verbs are of one kind (``merge``). The
classes are small and closed on purpose: a general kind ("happen", "do") would link
everything, and a word that is often something else ("take", "fire", "open") is left out.
"""

from __future__ import annotations

from functools import cache

KIND_PREFIX = "~"

EVENT_KINDS = {
    "start": "begin start erupt outbreak onset beginning launch",
    "war": "war conflict uprising revolt rebellion revolution insurgency",
    "attack": (
        "attack strike airstrike bomb bombing bombard bombardment shell shelling raid "
        "assault pound offensive ambush blast explosion"
    ),
    "death": "kill killing die dead death slay massacre casualty toll",
    "talks": "meet meeting talk negotiate negotiation summit conference session",
    "agreement": "sign agree agreement deal accord treaty pact memorandum",
    "ceasefire": "ceasefire truce armistice cessation",
    "capture": (
        "capture seize seizure recapture retake overrun storm occupy fall conquer liberate takeover"
    ),
    "resignation": "resign resignation quit abdicate",
    "election": "elect election vote poll ballot referendum reelect re-elect",
    "protest": "protest protester demonstration demonstrator rally march riot unrest",
    "sanctions": "sanction embargo freeze blacklist",
    "recognition": "recognise recognize recognition",
    "defection": "defect defection desert defector",
    "arrest": "arrest detain detention jail imprison custody",
    "withdrawal": "withdraw withdrawal retreat pullout evacuate evacuation",
    "statement": "statement declaration communique",
    "resumption": "resume resumption restart reopen",
    "end": "end conclude finish",
    "invasion": "invade invasion incursion",
    "verdict": "sentence verdict convict conviction acquit acquittal ruling",
    "visit": "visit trip tour",
}


@cache
def kinds_of() -> dict[str, str]:
    """A content key -> the key of its kind of happening."""
    found: dict[str, str] = {}
    for kind, words in EVENT_KINDS.items():
        for word in words.split():
            found.setdefault(word, KIND_PREFIX + kind)
    return found


def is_kind(key: str) -> bool:
    return key.startswith(KIND_PREFIX)

"""One event mentioned twice in an article becomes one event with two mentions.

Two candidates are the same event when they have the same date and modality and either
one of them is only a dated noun ("ahead of Monday's talks") whose kind the other's clause
names ("began peace talks on Monday"), or both clauses have the same verb and share an
actor or place, or verbs of one kind of happening (``kinds``: "shelled" / "pounded") and
share a name that is not just a side of the story. Distinct happenings on the same day
stay apart.
"""

from __future__ import annotations

from .candidates import Candidate
from .gazetteer import lookup
from .kinds import kinds_of

MERGE_WINDOW = 200
_SIDES = frozenset(name for name, kind in lookup().values() if kind == "group")


def _same_event(first: Candidate, second: Candidate) -> bool:
    if first.value != second.value or first.modality != second.modality:
        return False
    if first.mention.timex_start == second.mention.timex_start:
        return True
    weak = first.verb is None or second.verb is None
    if weak:
        return bool(first.nouns & second.nouns)
    if first.verb != second.verb and not _same_kind(first.verb, second.verb):
        return False
    shared = set(first.actors + first.places) & set(second.actors + second.places)
    if first.verb != second.verb:
        # "tanks shelled Misrata" / "artillery pounded Misrata": one kind of verb, and
        # a name (not only a side of the story) in common.
        return any(name not in _SIDES for name in shared)
    return bool(shared)


def _same_kind(first: str | None, second: str | None) -> bool:
    kinds = kinds_of()
    return (
        first is not None and kinds.get(first) is not None and kinds.get(first) == kinds.get(second)
    )


def merge_candidates(candidates: list[Candidate]) -> list[list[Candidate]]:
    parent = list(range(len(candidates)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    # Only candidates with the same date can merge: compare within each date, and within a
    # date only with the latest ``MERGE_WINDOW`` (an article repeats an event nearby; a text
    # of thousands of same-day clauses stays linear).
    by_date: dict[tuple[str, str], list[int]] = {}
    for index, candidate in enumerate(candidates):
        block = by_date.setdefault((candidate.value, candidate.modality), [])
        for other in block[-MERGE_WINDOW:]:
            if _same_event(candidates[other], candidate):
                parent[root(index)] = root(other)
        block.append(index)
    groups: dict[int, list[Candidate]] = {}
    for index, candidate in enumerate(candidates):
        groups.setdefault(root(index), []).append(candidate)
    return list(groups.values())

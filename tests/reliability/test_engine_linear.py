"""The event engine stays linear on pathological text.

Work is measured, not time: the number of Python function calls the engine makes (counted
by cProfile) on a text and on the same text four times longer. A linear engine makes about
four times the calls; a quadratic one sixteen. The tagger's own pathological cases are in
tests/extraction/test_temporal_robustness.py; these are the texts that reach the event
engine's per-sentence and per-candidate work.
"""

import cProfile
import datetime as dt
import pstats

import pytest

from timeline.extraction import extract_events

DCT = dt.date(2017, 1, 23)
SMALL, LARGE = 250, 1000
# Four times the input; allow for fixed costs and a logarithmic factor, not for a square.
MAX_RATIO = 6.0

PATHOLOGICAL = {
    "run-on-line-of-dated-clauses": lambda n: "Rebels took the town on Monday and " * n,
    "dated-sentences-all-on-one-day": lambda n: "On 3 March 2011 talks began. " * n,
    "distinct-dated-sentences": lambda n: "".join(
        f"Rebels seized town {i} on {1 + i % 28} March {1990 + i % 30}. " for i in range(n)
    ),
    "dates-between-commas": lambda n: "On 3 March 2011, " * n,
    "one-sentence-of-verbs": lambda n: "The army shelled the town and " * n + "on Monday.",
    "paragraphs-of-datelines": lambda n: "TRIPOLI (Reuters) - Talks began on Monday.\n\n" * n,
    "nested-parentheses": lambda n: "(" * n + "talks began on Monday" + ")" * n + ".",
    "digits-and-dashes": lambda n: "2011-03-03 - 12:30 - " * n,
}


def calls(text: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    extract_events(text, DCT)
    profile.disable()
    return pstats.Stats(profile).total_calls


@pytest.mark.parametrize("make", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_four_times_the_text_costs_about_four_times_the_work(make):
    small, large = calls(make(SMALL)), calls(make(LARGE))
    assert large <= MAX_RATIO * small, f"{large / small:.1f} times the work for 4 times the text"


def test_the_measure_tells_quadratic_from_linear():
    def same(first: str, second: str) -> bool:
        return first == second

    def quadratic(text: str) -> None:
        words = text.split()
        for first in words:
            for second in words:
                same(first, second)

    def count(text: str) -> int:
        profile = cProfile.Profile()
        profile.enable()
        quadratic(text)
        for word in text.split():
            str.upper(word)
        profile.disable()
        return pstats.Stats(profile).total_calls

    small, large = count("a " * 100), count("a " * 400)
    assert large > MAX_RATIO * small

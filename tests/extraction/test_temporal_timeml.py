"""The TimeML reader and the TempEval-3 scorer."""

import datetime as dt
from pathlib import Path

import pytest

from timeline.extraction import Timex
from timeline.extraction.temporal.evaluate import Score, score_document
from timeline.extraction.temporal.timeml import find_timeml_files, parse_timeml, read_timeml

DOCUMENT = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>
<TEXT>In <TIMEX3 tid="t1" type="DURATION" value="P1D">the last 24 hours</TIMEX3>, AT&amp;T
<EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>.</TEXT>
</TimeML>"""


def test_plain_text_drops_tags_and_unescapes_entities():
    document = parse_timeml(DOCUMENT, "x.tml")
    assert document.text == "In the last 24 hours, AT&T\nfell now."
    assert document.dct == dt.date(1998, 1, 8)


def test_gold_offsets_index_the_plain_text():
    document = parse_timeml(DOCUMENT)
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text
    assert [(t.text, t.value) for t in document.timexes] == [
        ("the last 24 hours", "P1D"),
        ("now", "PRESENT_REF"),
    ]


def test_scoring_strict_relaxed_and_value():
    document = parse_timeml(DOCUMENT)
    now = document.text.index("now")
    system = [
        Timex(7, 20, "last 24 hours", "DURATION", "PT24H"),  # overlap only, wrong value
        Timex(now, now + 3, "now", "DATE", "PRESENT_REF"),  # exact
        Timex(0, 2, "In", "DATE", "2000"),  # false alarm
    ]
    score = Score()
    score_document(document, system, score)
    figures = score.figures()
    assert (score.strict, score.relaxed, score.right_value) == (1, 2, 1)
    assert figures["strict_precision"] == 1 / 3 and figures["strict_recall"] == 1 / 2
    assert figures["relaxed_f1"] == 2 * (2 / 3) * 1 / (2 / 3 + 1)
    assert figures["value_f1"] == figures["relaxed_f1"] * 0.5
    assert len(score.errors.false_alarms) == 1 and len(score.errors.wrong_values) == 1


READINGS = Path(__file__).resolve().parents[1] / "data" / "temporal"


def _read_and_check(directory: Path) -> tuple[int, int]:
    """(documents, expressions) of a TimeML folder; every gold span slices its text."""
    documents = [read_timeml(path) for path in find_timeml_files(directory)]
    for document in documents:
        assert document.dct is not None
        for timex in document.timexes:
            assert document.text[timex.start : timex.end] == timex.text
    return len(documents), sum(len(d.timexes) for d in documents)


@pytest.mark.parametrize(
    ("reading", "split", "expected"),
    [
        ("reuters", "dev", (32, 467)),
        ("reuters", "heldout", (16, 223)),
        ("invented", "dev", (40, 809)),
        ("invented", "heldout", (16, 341)),
        ("invented", "final", (24, 489)),
        ("invented", "final2", (24, 512)),
        ("invented", "final3", (24, 645)),
        ("invented", "final4", (24, 494)),
    ],
)
def test_the_independent_readings_parse_and_every_gold_span_slices_its_text(
    reading, split, expected
):
    assert _read_and_check(READINGS / reading / split) == expected

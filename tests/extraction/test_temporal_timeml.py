"""The TimeML reader and the TempEval-3 scorer."""

import datetime as dt
from pathlib import Path

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


def test_the_reuters_reading_parses_and_every_gold_span_slices_its_text():
    root = Path(__file__).resolve().parents[1] / "data" / "temporal" / "reuters"
    counts = {}
    for split in ("dev", "heldout"):
        documents = [read_timeml(path) for path in find_timeml_files(root / split)]
        counts[split] = (len(documents), sum(len(d.timexes) for d in documents))
        for document in documents:
            assert document.dct is not None
            for timex in document.timexes:
                assert document.text[timex.start : timex.end] == timex.text
    assert counts == {"dev": (32, 467), "heldout": (16, 223)}


def test_the_invented_articles_parse_and_every_gold_span_slices_its_text():
    root = Path(__file__).resolve().parents[1] / "data" / "temporal" / "invented"
    counts = {}
    for split in ("dev", "heldout"):
        documents = [read_timeml(path) for path in find_timeml_files(root / split)]
        counts[split] = (len(documents), sum(len(d.timexes) for d in documents))
        for document in documents:
            assert document.dct is not None
            for timex in document.timexes:
                assert document.text[timex.start : timex.end] == timex.text
    assert counts == {"dev": (40, 809), "heldout": (16, 341)}

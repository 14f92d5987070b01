"""The command line: annotate files, --jsonl, evaluate and --errors, bench wiring."""

import io
import json

import pytest

from timeline.extraction.__main__ import build_parser, main

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-01-23">20170123</TIMEX3></DCT>
<TEXT>
Talks opened <TIMEX3 tid="t1" type="DATE" value="2017-01-23">Monday</TIMEX3> &amp; will end
<TIMEX3 tid="t2" type="DATE" value="2017-01-24">Tuesday</TIMEX3>, a
<TIMEX3 tid="t3" type="DURATION" value="P1M">month</TIMEX3> after the truce of
<TIMEX3 tid="t4" type="DATE" value="2016-12-30">December 30</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_annotate_file_writes_one_json_line_per_file(tmp_path, capsys):
    first = tmp_path / "a.txt"
    first.write_text("The truce of December 30 held until Monday.", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("No dates here.", encoding="utf-8")
    assert main(["annotate", "--dct", "2017-01-23", str(first), str(second)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["file"] for line in lines] == [str(first), str(second)]
    assert lines[0]["dct"] == "2017-01-23"
    timexes = lines[0]["timexes"]
    assert [(t["text"], t["type"], t["value"]) for t in timexes] == [
        ("December 30", "DATE", "2016-12-30"),
        ("Monday", "DATE", "2017-01-23"),
    ]
    assert set(timexes[0]) >= {"start", "end", "text", "type", "value", "mod"}
    assert lines[1]["timexes"] == []


def test_annotate_jsonl_keeps_order_and_ids(monkeypatch, capsys):
    records = [
        {"id": "x", "text": "He left three days ago.", "dct": "2017-01-23"},
        {"id": 7, "text": "Now.", "dct": None},
        {"id": "z", "text": "next month", "dct": "2017-01-23"},
    ]
    stdin = io.StringIO("\n".join(json.dumps(r) for r in records) + "\n")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["annotate", "--jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["x", 7, "z"]
    assert lines[0]["timexes"][0]["value"] == "2017-01-20"
    assert lines[1]["timexes"][0]["value"] == "PRESENT_REF"
    assert lines[2]["timexes"][0]["value"] == "2017-02"


def test_jsonl_offsets_index_the_text_as_given(monkeypatch, capsys):
    text = "Çà — “Monday’s” talks"
    monkeypatch.setattr(
        "sys.stdin", io.StringIO(json.dumps({"id": 1, "text": text, "dct": "2017-01-23"}))
    )
    main(["annotate", "--jsonl"])
    timex = json.loads(capsys.readouterr().out)["timexes"][0]
    assert text[timex["start"] : timex["end"]] == "Monday"


def test_annotate_without_input_is_an_error(capsys):
    assert main(["annotate"]) == 2


def test_evaluate_scores_a_timeml_directory(tmp_path, capsys):
    (tmp_path / "doc.tml").write_text(TIMEML, encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "strict" in out and "value F1" in out
    assert "F1 1.0000" in out


def test_evaluate_errors_lists_misses_and_false_alarms(tmp_path, capsys):
    broken = TIMEML.replace('value="2017-01-24"', 'value="2017-01-31"').replace(
        "</TEXT>", "It was quiet yesterday and in the future.</TEXT>"
    )
    broken = broken.replace(
        "quiet yesterday",
        'quiet <TIMEX3 tid="t9" type="DATE" value="2017-01-22">yesterday</TIMEX3>',
    )
    broken = broken.replace(
        "Talks opened", 'Talks <TIMEX3 tid="t8" type="SET" value="P1W">weekly</TIMEX3> opened'
    )
    (tmp_path / "doc.tml").write_text(broken, encoding="utf-8")
    assert main(["evaluate", str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "VALUE\tdoc.tml\t'Tuesday'" in out
    assert "FALSE\tdoc.tml\t'the future'" in out
    assert "MISS\tdoc.tml\t'weekly'" in out


def test_evaluate_empty_directory_is_an_error(tmp_path):
    assert main(["evaluate", str(tmp_path)]) == 2


def test_bad_dct_is_rejected():
    with pytest.raises(SystemExit):
        build_parser().parse_args(["annotate", "--dct", "23/01/2017", "x.txt"])


def test_bench_subcommand_runs_small(capsys):
    assert main(["bench", "--docs", "3", "--memory-docs", "3"]) == 0
    assert "docs_per_second" in capsys.readouterr().out


def test_bench_times_real_texts_dated_by_file_name(tmp_path, capsys):
    (tmp_path / "2017-01-23_afp.txt").write_text("Talks began on Monday.", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("They met last week.", encoding="utf-8")
    assert main(["bench", "--docs", "2", "--memory-docs", "2", "--texts", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "text_documents: 2" in out
    assert "text_docs_per_cpu_second_median" in out


def test_bench_with_no_texts_says_so(tmp_path, capsys):
    assert main(["bench", "--docs", "2", "--memory-docs", "2", "--texts", str(tmp_path)]) == 2
    assert "no .txt files" in capsys.readouterr().err


def test_jsonl_bad_line_keeps_alignment(monkeypatch, capsys):
    stdin = io.StringIO('{"id": 1, "text": "now", "dct": null}\nnot json\n{"id": 3, "text": "x"}\n')
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["annotate", "--jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == [1, None, 3]
    assert lines[1]["error"] == "not a JSON object"


def test_evaluate_folds_split_documents_by_sorted_name(tmp_path, capsys):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.tml").write_text(TIMEML, encoding="utf-8")
    assert main(["evaluate", str(tmp_path), "--folds", "3", "--fold", "1"]) == 0
    assert "[fold 1 of 3] (1 documents)" in capsys.readouterr().out
    assert main(["evaluate", str(tmp_path), "--folds", "3", "--fold", "1", "--other-folds"]) == 0
    assert "[all folds but 1 of 3] (2 documents)" in capsys.readouterr().out


def test_evaluate_folds_need_a_fold_in_range(tmp_path):
    (tmp_path / "doc.tml").write_text(TIMEML, encoding="utf-8")
    assert main(["evaluate", str(tmp_path), "--folds", "3"]) == 2
    assert main(["evaluate", str(tmp_path), "--folds", "3", "--fold", "3"]) == 2


def test_crossval_prints_each_fold_and_the_change(tmp_path, capsys):
    from timeline.extraction.temporal.crossval import main as crossval

    for name in ("a", "b"):
        (tmp_path / f"{name}.tml").write_text(TIMEML, encoding="utf-8")
    saved = tmp_path / "before.json"
    assert crossval([str(tmp_path), "--folds", "2", "--save", str(saved)]) == 0
    assert "fold 1" in capsys.readouterr().out
    assert crossval([str(tmp_path), "--folds", "2", "--against", str(saved)]) == 0
    assert "(+0.0000)" in capsys.readouterr().out

"""`python -m timeline.extraction events`: one JSON line per event, every field."""

import io
import json
import sys

from timeline.extraction.__main__ import main


def test_events_prints_one_json_line_per_event_with_every_field(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Rebels captured Brega on Monday. Talks will resume next month.")

    assert main(["events", "--dct", "2011-03-02", str(story)]) == 0

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["value"] for line in lines] == ["2011-02-28", "2011-04"]
    first = lines[0]
    assert first["file"] == str(story)
    assert first["dct"] == "2011-03-02"
    assert first["title"] == "Rebels capture Brega"
    assert first["places"] == ["Brega"]
    assert first["actors"] == ["rebels"]
    assert first["granularity"] == "day"
    assert first["modality"] == "occurred"
    assert lines[1]["modality"] == "planned"
    assert first["mentions"][0]["timex_text"] == "Monday"
    assert {"summary", "confidence", "approximate", "start", "end", "engine_version"} <= set(first)


def test_events_reads_jsonl_documents_from_stdin(monkeypatch, capsys):
    documents = [
        {"id": "a", "text": "Rebels captured Brega on Monday.", "dct": "2011-03-02"},
        {"id": "b", "text": "Nothing happened.", "dct": "2011-03-02"},
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(json.dumps(d) for d in documents)))

    assert main(["events", "--jsonl"]) == 0

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["a"]


def test_events_without_input_is_refused(capsys):
    assert main(["events"]) == 2
    assert "FILE" in capsys.readouterr().err

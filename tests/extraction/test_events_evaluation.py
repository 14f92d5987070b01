"""The gold-event scorer (``events-eval``): matching, duplicates, attributes, the command."""

import datetime as dt
import json

from timeline.extraction.__main__ import main
from timeline.extraction.dates import value_range
from timeline.extraction.events import ExtractedEvent
from timeline.extraction.events.evaluation import (
    GoldEvent,
    content_words,
    score_article,
    summarise,
    title_flags,
)


def event(title, value, modality="occurred", confidence=0.7):
    date_range = value_range(value)
    return ExtractedEvent(
        title=title,
        summary=title,
        value=value,
        mod=None,
        start=date_range.start,
        end=date_range.end,
        granularity=date_range.granularity,
        approximate=False,
        modality=modality,
        actors=[],
        places=[],
        confidence=confidence,
    )


def gold(title, value, modality="occurred", must=True, also=()):
    return GoldEvent(title=title, values=(value, *also), modality=modality, must=must)


def test_content_words_ignore_function_words_and_inflection():
    assert content_words("The rebels captured Brega's port") == content_words(
        "Rebel captures Brega port"
    )


def test_an_event_matches_when_dates_overlap_and_titles_share_words():
    score = score_article(
        "a",
        [event("Rebels capture oil port of Brega", "2011-03")],
        [gold("Rebels capture Brega", "2011-03-01")],
    )
    assert len(score.matches) == 1
    match = score.matches[0]
    assert match.date_exact is False
    assert match.granularity_ok is False
    assert match.modality_ok is True


def test_a_wrong_date_is_a_false_alarm_and_a_miss():
    system = [event("Rebels capture Brega", "2011-03-02")]
    score = score_article("a", system, [gold("Rebels capture Brega", "2011-03-01")])
    assert score.matches == []
    assert [e.title for e in score.wrong_dates] == ["Rebels capture Brega"]
    assert [g.title for g in score.missed] == ["Rebels capture Brega"]


def test_a_second_mention_of_a_found_event_is_a_false_alarm():
    system = [
        event("Rebels capture Brega", "2011-03-01"),
        event("Rebels capture town of Brega", "2011-03-01", confidence=0.5),
    ]
    score = score_article("a", system, [gold("Rebels capture Brega", "2011-03-01")])
    assert len(score.matches) == 1
    assert [e.title for e in score.false_alarms] == ["Rebels capture town of Brega"]


def test_an_optional_gold_event_excuses_a_system_event_without_counting_for_recall():
    system = [event("Oil prices jump to $120", "2011-02-24")]
    golds = [
        gold("Oil prices jump", "2011-02-24", must=False),
        gold("Rebels take Brega", "2011-03-01"),
    ]
    summary = summarise([score_article("a", system, golds)])
    assert (summary["precision"], summary["recall"], summary["f1"]) == (1.0, 0.0, 0.0)


def test_an_accepted_alternative_value_is_an_exact_date():
    score = score_article(
        "a",
        [event("Jets strike bunker in Sirte", "2011-08-26")],
        [gold("Jets strike bunker", "2011-08-25", also=("2011-08-26",))],
    )
    assert score.matches[0].date_exact is True


def test_precision_at_k_ranks_by_confidence():
    system = [
        event("Thomson Reuters rights reserved", "2013", confidence=0.9),
        event("Rebels capture Brega", "2011-03-01", confidence=0.8),
    ]
    summary = summarise([score_article("a", system, [gold("Rebels capture Brega", "2011-03-01")])])
    assert summary["precision_at_1"] == 0.0
    assert summary["precision_at_3"] == 0.5


def test_title_flags_name_visible_headline_defects():
    assert title_flags("He says") == ["pronoun subject", "fragment"]
    assert title_flags("Western nations meet rebels in Abu Dhabi discussing what") == [
        "dangling end"
    ]
    assert title_flags("Rebels capture Brega") == []


def test_events_eval_prints_the_scores_of_a_gold_folder(tmp_path, capsys):
    (tmp_path / "story.txt").write_text("Rebels captured Brega on Monday.")
    (tmp_path / "story.json").write_text(
        json.dumps(
            {
                "article": "story.txt",
                "dct": dt.date(2011, 3, 2).isoformat(),
                "events": [
                    {"value": "2011-02-28", "modality": "occurred", "title": "Rebels take Brega"}
                ],
            }
        )
    )

    assert main(["events-eval", str(tmp_path), "--json"]) == 0

    summary = json.loads(capsys.readouterr().out)
    assert (summary["precision"], summary["recall"], summary["date_exact"]) == (1.0, 1.0, 1.0)


def test_events_eval_refuses_a_folder_without_gold(tmp_path, capsys):
    assert main(["events-eval", str(tmp_path)]) == 2
    assert "no gold" in capsys.readouterr().err


def test_the_engine_keeps_its_quality_on_the_development_articles():
    """A floor under the figures of docs/events.md: a rule that breaks others shows here."""
    from pathlib import Path

    from timeline.extraction.events.evaluation import evaluate_gold

    summary, _scores = evaluate_gold(Path(__file__).parent.parent / "data/events/gold/dev")
    assert summary["precision"] >= 0.85
    assert summary["recall"] >= 0.95
    assert summary["date_exact"] >= 0.95
    assert summary["modality"] >= 0.95
    assert summary["title_flagged"] <= 0.15

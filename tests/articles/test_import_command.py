"""`manage.py import_articles`: folders, manifests, feeds, a thousand files with bad ones."""

import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from tests.articles import files

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    from io import StringIO

    output = StringIO()
    call_command("import_articles", *args, "--no-progress", stdout=output, stderr=StringIO())
    return output.getvalue()


def test_a_folder_is_imported_recursively_with_a_summary(tmp_path, timeline):
    (tmp_path / "wires" / "march").mkdir(parents=True)
    (tmp_path / "wires" / "port.txt").write_text(files.text_story(), encoding="utf-8")
    (tmp_path / "wires" / "march" / "story.docx").write_bytes(
        files.make_docx(["CAIRO (AP) — Talks began on Monday."], title="Talks begin")
    )
    (tmp_path / "wires" / "march" / "copy.txt").write_text(files.text_story(), encoding="utf-8")
    (tmp_path / "wires" / "march" / "photo.png").write_bytes(files.PNG)
    (tmp_path / "wires" / ".hidden.txt").write_text("editor's scratch notes")
    output = run(str(tmp_path / "wires"), "--timeline", timeline.slug)
    assert "Imported 2, duplicates 1, rejected 1" in output
    assert "photo.png: “.png” is not a format we read" in output
    assert "copy.txt: the same text is already article" in output
    assert Article.objects.filter(timeline=timeline).count() == 2


def test_the_command_line_source_and_date_apply_to_every_file(tmp_path, timeline):
    (tmp_path / "a.txt").write_text("Talks began on Monday.")
    run(str(tmp_path / "a.txt"), "--source", "Desk", "--published", "2017-01-23")
    article = Article.objects.get()
    assert (article.source, article.published_on, article.published_on_origin) == (
        "Desk",
        date(2017, 1, 23),
        "given",
    )


def test_a_jsonl_manifest_like_the_corpus_imports_in_one_command(tmp_path, timeline):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_text(
        "RABAT | Sun Feb 20, 2011 6:47 pm EST RABAT (Reuters) - A son of Libyan leader "
        "Muammar Gaddafi promised reforms on Sunday.",
        encoding="utf-8",
    )
    (tmp_path / "articles" / "two.txt").write_text("Protests spread to the capital on Monday.")
    records = [
        {"id": "1", "published": "2011-02-20", "title": None, "file": "articles/one.txt"},
        {
            "id": "2",
            "published": "2011-02-21",
            "title": "Protests spread",
            "file": "articles/two.txt",
        },
        {"id": "3", "published": "2011-02-22", "title": None, "file": "articles/missing.txt"},
        # 3 April or 4 March: refused (an unambiguous "22/02/2011" would be read)
        {"id": "4", "published": "03/04/2011", "title": None, "file": "articles/two.txt"},
    ]
    manifest = tmp_path / "articles.jsonl"
    manifest.write_text("\n".join(json.dumps(record) for record in records) + "\nnot json\n")
    output = run("--manifest", str(manifest), "--source", "Reuters")
    assert "Imported 2, duplicates 0, rejected 3" in output
    assert "missing.txt: cannot be read" in output
    assert "published “03/04/2011” is not a date that reads one way" in output
    assert "articles.jsonl, line 5: not valid JSON" in output
    one = Article.objects.get(original_filename="one.txt")
    assert one.title == "A son of Libyan leader Muammar Gaddafi promised reforms on Sunday."
    assert one.published_on == date(2011, 2, 20)
    assert one.source == "Reuters"
    assert Article.objects.get(original_filename="two.txt").title == "Protests spread"


def test_a_csv_manifest_imports_too(tmp_path, timeline):
    (tmp_path / "story.txt").write_text("Talks began on Monday in Astana.")
    manifest = tmp_path / "articles.csv"
    manifest.write_text(
        "file,title,published,source,url\n"
        "story.txt,Talks begin,2017-01-23,AFP wire,https://example.org/talks\n"
    )
    run("--manifest", str(manifest))
    article = Article.objects.get()
    assert (article.title, article.published_on, article.source, article.url) == (
        "Talks begin",
        date(2017, 1, 23),
        "AFP wire",
        "https://example.org/talks",
    )


def test_a_feed_file_gives_one_article_per_entry(tmp_path, timeline):
    (tmp_path / "wire.rss").write_text(files.RSS, encoding="utf-8")
    output = run(str(tmp_path / "wire.rss"))
    assert "Imported 2, duplicates 0, rejected 1" in output
    assert "wire.rss, entry 3 “Empty entry”: it has no text" in output


def test_a_thousand_files_with_a_few_bad_ones_all_get_an_outcome(tmp_path, timeline):
    folder = tmp_path / "batch"
    folder.mkdir()
    for number in range(995):
        (folder / f"story-{number:04}.txt").write_text(
            f"Story {number}: talks resumed on day {number} of the process, officials said."
        )
    (folder / "image.txt").write_bytes(files.PNG)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(b"\x00\x01\x02\x03" * 50)
    (folder / "latin.txt").write_bytes(
        "Négociations à Astana lundi.".encode("latin-1") + b"\xff\xfe"
    )
    (folder / "archive.zip").write_bytes(files.make_zip())
    output = run(str(folder), "--no-originals")
    assert "Imported 996, duplicates 0, rejected 4" in output
    for name in ("image.txt", "empty.txt", "binary.html", "archive.zip"):
        assert f"{name}: " in output
    assert Article.objects.count() == 996


def test_an_unknown_timeline_is_an_error_unless_asked_to_create_it(tmp_path, timeline):
    (tmp_path / "a.txt").write_text("Talks began on Monday.")
    with pytest.raises(CommandError, match="No timeline 'libya'"):
        run(str(tmp_path / "a.txt"), "--timeline", "libya")
    run(str(tmp_path / "a.txt"), "--timeline", "libya", "--create-timeline", "Libya war")
    assert Article.objects.get().timeline.name == "Libya war"


@pytest.mark.parametrize(
    ("given", "said"), [("yesterday", "not a YYYY-MM-DD date"), ("2099-01-01", "still to come")]
)
def test_a_bad_date_on_the_command_line_is_a_usage_error(tmp_path, timeline, given, said):
    # A usage error (argparse's message and exit status 2), not a traceback.
    with pytest.raises(CommandError, match=said):
        run(str(tmp_path), "--published", given)
    assert not Article.objects.exists()


def test_a_spreadsheet_csv_in_windows_1252_with_semicolons_imports(tmp_path, timeline):
    (tmp_path / "story.txt").write_text("Talks began on Monday in Astana.")
    manifest = tmp_path / "articles.csv"
    manifest.write_bytes(
        "file;title;published\nstory.txt;Débat à Genève;23/01/2017\n".encode("cp1252")
    )
    run("--manifest", str(manifest))
    article = Article.objects.get()
    assert (article.title, article.published_on) == ("Débat à Genève", date(2017, 1, 23))


def test_a_manifest_date_still_to_come_refuses_that_record_only(tmp_path, timeline):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(f"Talks began on Monday, said {name}.")
    manifest = tmp_path / "articles.jsonl"
    manifest.write_text(
        '{"file": "one.txt", "published": "2099-04-25"}\n'
        '{"file": "two.txt", "published": "2011-04-25"}\n'
    )
    output = run("--manifest", str(manifest))
    assert "“2099-04-25” is still to come" in output
    assert Article.objects.get().original_filename == "two.txt"

"""Reading files into clean articles: formats, encodings, news conventions, bad input.

Plain Python: no database, no Django.
"""

import io
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.ingest import FileTooLarge, RejectedFile, Rejection, read_document, read_limited
from articles.ingest.documents import read_text
from tests.articles import files


def read_one(name: str, data: bytes):
    [article] = read_document(name, data)
    return article


def rejection_reason(name: str, data: bytes) -> str:
    with pytest.raises(RejectedFile) as rejected:
        read_document(name, data)
    return rejected.value.reason


# Encodings -------------------------------------------------------------------------------

STORY = "“Talks” began in Astana – on Monday, said Ségolène’s aide.\n\nRebels stayed away."


@pytest.mark.parametrize(
    "encoded",
    [
        STORY.encode("utf-8"),
        b"\xef\xbb\xbf" + STORY.encode("utf-8"),
        STORY.encode("utf-16"),  # with its byte-order mark
        STORY.encode("utf-16-le"),  # without one
        STORY.encode("utf-16-be"),
        STORY.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-16-be", "windows-1252"],
)
def test_every_encoding_decodes_to_the_same_text_with_its_typography(encoded):
    article = read_one("story.txt", encoded)
    assert "“Talks” began in Astana – on Monday, said Ségolène’s aide." in article.body
    assert "\ufeff" not in article.body


def test_latin_1_decodes_accented_letters():
    text = "Les négociations ont commencé à Astana lundi. Garçon, élève, déjà vu."
    article = read_one("story.txt", text.encode("latin-1"))
    assert "Les négociations ont commencé à Astana lundi." in article.body


def test_invalid_utf8_is_refused_with_the_position_of_the_bad_byte():
    data = "Talks began “today”.".encode() + b"\xff\xfe" + " more naïve text".encode()
    reason = rejection_reason("broken.txt", data)
    assert "not valid UTF-8" in reason and "0xFF" in reason


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (files.PNG, "PNG image"),
        (files.EXE, "Windows executable"),
        (files.ELF, "Linux executable"),
        (files.make_zip(), "ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    ],
    ids=["png", "exe", "elf", "zip", "jpeg"],
)
def test_binary_files_are_refused_and_named(data, named):
    assert named in rejection_reason("article.txt", data)


def test_nul_bytes_in_a_text_file_are_refused():
    assert "NUL" in rejection_reason("story.txt", b"Talks began\x00 on Monday.\x00\x00 More text.")


def test_a_few_stray_control_characters_are_dropped():
    article = read_one("story.txt", b"Talks began\x07 on Monday in Astana.\x1b")
    assert article.body == "Talks began on Monday in Astana."


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  "], ids=["empty", "whitespace"])
def test_empty_files_are_refused(data):
    assert rejection_reason("empty.txt", data) == "it is empty"


def test_unknown_extensions_are_refused_naming_the_accepted_ones():
    reason = rejection_reason("photo.jpeg", b"whatever")
    assert "“.jpeg” is not a format we read" in reason
    assert ".docx" in reason and ".html" in reason


def test_size_limit_is_enforced_while_reading_not_after():
    class CountingStream(io.BytesIO):
        read_bytes = 0

        def read(self, size=-1):
            chunk = super().read(size)
            self.read_bytes += len(chunk)
            return chunk

    stream = CountingStream(b"x" * 10_000_000)
    with pytest.raises(FileTooLarge):
        read_limited(stream, 1_000_000)
    assert stream.read_bytes < 1_200_000


# Plain text and news conventions ---------------------------------------------------------


def test_plain_text_takes_title_dateline_and_agency_and_drops_the_comment_widget():
    article = read_one("afp.txt", files.AFP_STORY.encode())
    assert article.title == "Syria peace talks off to rocky start"
    assert article.dateline == "ASTANA, Kazakhstan (3rd UPDATE) –"
    assert article.source == "Agence France-Presse"
    assert article.body.startswith("ASTANA, Kazakhstan (3rd UPDATE) – Syrian rebels")
    for widget in ("Add a comment", "Sort by", "no comments yet"):
        assert widget not in article.body
    assert article.body.endswith("building confidence on the ground.")


def test_the_demo_story_is_cleaned_like_any_upload():
    from pathlib import Path

    demo = Path(__file__).resolve().parents[2] / "articles/demo/afp-astana-talks-2017-01-23.txt"
    article = read_one(demo.name, demo.read_bytes())
    assert article.title == "Syria peace talks off to rocky start"
    assert article.source == "Agence France-Presse"
    assert article.dateline == "ASTANA, Kazakhstan (3rd UPDATE) –"
    assert "Add a comment" not in article.body
    assert "December 30 agreement" in article.body


def test_crawl_timestamp_gives_the_date_and_the_headline_fused_before_it():
    text = (
        "An unrelated promo line from the site.\n\n"
        "Full Article Rebels take port town LONDON | Mon Mar 21, 2011 10:22 am EDT "
        "LONDON (Reuters) - Rebels took the port town on Monday.\n\n"
        "Fighting went on for two days."
    )
    article = read_one("crawl.txt", text.encode())
    assert article.title == "Rebels take port town"
    assert article.published.value == date(2011, 3, 21)
    assert article.published.origin == "text"
    assert article.source == "Reuters"
    assert article.dateline == "LONDON (Reuters) -"
    assert article.body.startswith("LONDON (Reuters) - Rebels took")
    assert "promo" not in article.body


def test_without_a_headline_the_title_is_the_lead_sentence_after_the_dateline():
    text = (
        "RABAT | Sun Feb 20, 2011 6:47 pm EST RABAT (Reuters) - A son of Libyan leader Muammar "
        "Gaddafi promised a program of reforms on Sunday after bloody protests against his "
        "father's rule reached the capital.\n\nHe said the congress would meet on Monday."
    )
    article = read_one("lead.txt", text.encode())
    assert article.title.startswith("A son of Libyan leader Muammar Gaddafi promised")
    assert len(article.title) <= 120 and article.title.endswith("…")


def test_credits_end_the_story_and_name_the_reporter():
    text = (
        "CAIRO (Reuters) - Talks began on Monday in the capital, officials said.\n\n"
        "They are expected to last a week.\n\n"
        "(Reporting by Jane Roe; Editing by John Doe) An advertisement the crawler kept\n\n"
        "A reader's comment glued after the story."
    )
    article = read_one("credits.txt", text.encode())
    assert article.body.endswith("(Reporting by Jane Roe; Editing by John Doe)")
    assert article.byline == "Jane Roe"


def test_a_comment_section_late_in_the_text_is_cut_off():
    story = "\n\n".join(
        f"Paragraph {number} of the story, long enough to count." for number in range(8)
    )
    text = f"{story}\n\nComments (2)\n\nThis is a reader's rant about something else entirely."
    article = read_one("comments.txt", text.encode())
    assert "rant" not in article.body
    assert article.body.endswith("Paragraph 7 of the story, long enough to count.")


def test_share_buttons_are_dropped_but_prose_mentioning_them_is_kept():
    text = "Share on Facebook\n\nTweet\n\nThe minister said she would share the report on Monday."
    article = read_one("share.txt", text.encode())
    assert article.body == "The minister said she would share the report on Monday."


def test_byline_and_date_lines_in_the_header_are_read_and_taken_out_of_the_body():
    text = (
        "Ceasefire holds in Aleppo\n\nBy Jane Roe\n\n23 January 2017\n\n"
        "ALEPPO, Syria — The ceasefire held overnight."
    )
    article = read_one("header.txt", text.encode())
    assert article.title == "Ceasefire holds in Aleppo"
    assert article.byline == "Jane Roe"
    assert article.published.value == date(2017, 1, 23)
    assert article.body == "ALEPPO, Syria — The ceasefire held overnight."
    assert article.dateline == "ALEPPO, Syria —"


@pytest.mark.parametrize(
    ("date_line", "published", "byline"),
    [
        ("Published: Mar. 19, 2011 at 6:05 p.m. ET", date(2011, 3, 19), ""),
        ("Posted on March 19th, 2011 by Staff", date(2011, 3, 19), "Staff"),
        ("19/03/2011", date(2011, 3, 19), ""),
        ("19.03.2011", date(2011, 3, 19), ""),
        ("By Staff Reporter — February 13, 2011", date(2011, 2, 13), "Staff Reporter"),
        # March 4 or April 3: no date is better than a wrong one
        ("03/04/2011", None, ""),
    ],
)
def test_date_lines_as_sites_write_them(date_line, published, byline):
    text = f"Strikes hit air defences\n\n{date_line}\n\nATHENS (Reuters) - Strikes began."
    article = read_one("athens.txt", text.encode())
    assert article.title == "Strikes hit air defences"
    assert (article.published.value if article.published else None) == published
    assert article.byline == byline
    if published:
        assert article.body == "ATHENS (Reuters) - Strikes began."


def test_a_press_release_letterhead_gives_way_to_its_date_and_headline():
    text = (
        "REPUBLIC OF KENYA\n\nMINISTRY OF INTERIOR\n\nPRESS RELEASE\n\n18 November 2026\n\n"
        "GOVERNMENT APPROVES RELIEF FUND\n\nThe Cabinet approved the fund on Wednesday."
    )
    article = read_one("release.txt", text.encode())
    assert article.published.value == date(2026, 11, 18)
    assert article.title == "GOVERNMENT APPROVES RELIEF FUND"
    assert article.body == "The Cabinet approved the fund on Wednesday."


def test_an_updated_line_after_the_headline_keeps_the_headline():
    text = (
        "Strikes hit air defences\n\nUpdated 6:05 PM EST, Sat March 19, 2011\n\n"
        "VIENNA (Reuters) - Western forces launched strikes on Saturday."
    )
    article = read_one("vienna.txt", text.encode())
    assert article.title == "Strikes hit air defences"
    assert article.published.value == date(2011, 3, 19)
    assert article.body.startswith("VIENNA (Reuters) - Western forces")


def test_a_lead_that_ends_on_a_weekday_and_its_date_is_no_crawl_stamp():
    text = (
        "Tunisian police clash with protesters\n\n"
        "TUNIS (Reuters) - Tunisian police fired tear gas at protesters in the capital on "
        "Sunday, Feb. 27, 2011.\n\nThe interior ministry said 88 people were arrested."
    )
    article = read_one("tunis.txt", text.encode())
    assert article.title == "Tunisian police clash with protesters"
    assert article.body.startswith("TUNIS (Reuters) - Tunisian police fired tear gas")
    assert article.body.endswith("88 people were arrested.")


def test_a_photo_credit_before_a_crawl_stamp_is_no_headline():
    text = (
        "Credit: Reuters/Libyan TV via Reuters TV THE HAGUE | Mon May 16, 2011 7:33 am EDT "
        "THE HAGUE (Reuters) - The prosecutor requested arrest warrants on Monday."
    )
    article = read_one("hague.txt", text.encode())
    assert article.title == "The prosecutor requested arrest warrants on Monday."
    assert "Credit" not in article.body


def test_summary_bullets_give_the_title_when_there_is_no_headline():
    text = (
        "* Rebels say engaged in fierce battle for oil port * Hope for good news by morning "
        "CAIRO, April 15 (Reuters) - Libyan rebels are engaged in a fierce battle.\n\nMore text."
    )
    article = read_one("bullets.txt", text.encode())
    assert article.title == "Rebels say engaged in fierce battle for oil port"
    assert article.dateline == "CAIRO, April 15 (Reuters) -"


def test_hard_wrapped_text_is_joined_into_paragraphs():
    text = (
        "The talks opened in Astana on Monday with both delegations in the same\n"
        "room, although the rebels refused to negotiate face to face with the\n"
        "government side during the first session.\n\n"
        "A second paragraph."
    )
    article = read_one("wrapped.txt", text.encode())
    assert article.body.split("\n\n")[0].endswith(
        "face to face with the government side during the first session."
    )


def test_backslash_escapes_left_by_exports_are_undone():
    article = read_one(
        "escaped.txt", rb"VIENNA\/MILAN (Reuters) - Shares fell \*sharply\* on Monday."
    )
    assert article.body == "VIENNA/MILAN (Reuters) - Shares fell *sharply* on Monday."


def test_markdown_marks_are_removed_and_the_heading_is_the_title():
    text = (
        "# Talks open in *Astana*\n\n"
        "ASTANA (AP) — Talks **opened** on [Monday](https://example.org/monday).\n\n"
        "- Rebels stayed away\n- Monitors arrived\n"
    )
    article = read_one("story.md", text.encode())
    assert article.title == "Talks open in Astana"
    assert article.source == "Associated Press"
    assert "Talks opened on Monday." in article.body
    assert "Rebels stayed away" in article.body
    assert "*" not in article.body and "](" not in article.body


# HTML ------------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head>
<meta charset="utf-8"><title>Talks open in Astana | Example News</title>
<meta property="og:title" content="Talks open in Astana">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2017-01-23T10:00:00Z">
<link rel="canonical" href="https://news.example.org/astana">
<script>document.write('tracking')</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World news section</a></nav>
<article><h1>Talks open in Astana</h1>
<p onclick="steal()">ASTANA, Kazakhstan (AFP) – Syrian rebels began peace talks on Monday,
January 23, in the capital.</p>
<p>Rebels refused to negotiate face to face.
<a href="javascript:alert(1)">Read the statement</a>.</p>
<p><img src="x" onerror="alert(2)">The talks will resume on Tuesday, officials said.</p>
</article>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<section class="comments"><h3>Add a comment</h3><p>Sort by</p>
<p>There are no comments yet.</p></section>
<footer>Copyright Example News</footer></body></html>"""


def test_html_main_text_and_metadata_through_trafilatura():
    article = read_one("page.html", PAGE.encode())
    assert article.title == "Talks open in Astana"
    assert article.byline == "Jane Roe"
    assert article.url == "https://news.example.org/astana"
    assert article.published.value == date(2017, 1, 23)
    assert article.published.origin == "metadata"
    # The dateline names the agency: it wins over the site that republished the story.
    assert article.source == "Agence France-Presse"
    assert article.body.startswith("ASTANA, Kazakhstan (AFP) – Syrian rebels began")
    for furniture in (
        "Home",
        "World news section",
        "Share on Facebook",
        "Add a comment",
        "Copyright",
    ):
        assert furniture not in article.body


def test_html_scripts_event_handlers_and_javascript_links_never_reach_the_text():
    article = read_one("page.html", PAGE.encode())
    for code in ("tracking", "steal()", "javascript:", "alert(", "onerror", "<"):
        assert code not in article.body


def test_html_with_a_javascript_canonical_link_keeps_no_url():
    page = PAGE.replace("https://news.example.org/astana", "javascript:alert(1)")
    assert read_one("page.html", page.encode()).url == ""


def test_malformed_html_is_read():
    page = (
        b"<html><body><p>Unclosed <b>bold <p>Rebels took the town on 3 March 2011."
        b"<div><p>Fighting went on</table></span>"
    )
    article = read_one("broken.htm", page)
    assert "Rebels took the town on 3 March 2011." in article.body


def test_html_declared_as_latin_1_reads_windows_1252_quotes():
    page = (
        '<html><head><meta charset="iso-8859-1"></head><body><p>“Talks” began – in Astana '
        "on Monday, the ministry said in a statement.</p></body></html>"
    )
    article = read_one("page.html", page.encode("cp1252"))
    assert "“Talks” began – in Astana" in article.body


def test_html_page_with_no_text_is_refused():
    page = b"<html><body><script>alert(1)</script><nav>Home</nav></body></html>"
    assert rejection_reason("empty.html", page) == "it has no text"


def test_a_saved_web_page_with_a_txt_name_is_read_as_html():
    article = read_one("saved.txt", PAGE.encode())
    assert article.title == "Talks open in Astana"
    assert "<p" not in article.body


# Word and PDF ----------------------------------------------------------------------------


def test_docx_paragraphs_and_core_properties():
    data = files.make_docx(
        ["CAIRO (AP) — Talks began on Monday.", "They will resume on Tuesday."],
        title="Talks begin in Cairo",
        author="Jane Roe",
    )
    article = read_one("story.docx", data)
    assert article.title == "Talks begin in Cairo"
    assert article.byline == "Jane Roe"
    assert article.body == "CAIRO (AP) — Talks began on Monday.\n\nThey will resume on Tuesday."
    assert article.published is None


def test_a_zip_named_docx_is_refused():
    assert "not a Word .docx document" in rejection_reason("fake.docx", files.make_zip())


def test_pdf_text_is_extracted_and_unwrapped():
    data = files.make_pdf(
        [
            "TRIPOLI (Reuters) - Rebels entered the capital on Sunday with little sign of",
            "resistance from forces loyal to the government, witnesses said.",
            "Fighting continued near the port.",
        ],
        title="Rebels enter Tripoli",
    )
    article = read_one("story.pdf", data)
    assert article.title == "Rebels enter Tripoli"
    assert article.source == "Reuters"
    assert "little sign of resistance from forces" in article.body


def test_a_pdf_printed_from_a_browser_loses_its_running_header_and_footer():
    header = "3/20/11, 7:55 PM Libya: coalition air strikes continue"
    story = [
        ["TRIPOLI (Reuters) - Western powers pressed ahead on Sunday with air attacks.", "1"],
        ["The Arab League chief questioned the bombardment on Sunday.", "2"],
        ["Gaddafi's forces announced a ceasefire from 9 p.m. this evening."],
    ]
    pages = [
        [*lines, header, f"https://example.org/libya-strikes.html {number}/3"]
        for number, lines in enumerate(story, start=1)
    ]
    article = read_one("print.pdf", files.make_pdf([], pages=pages))
    assert "7:55 PM" not in article.body and "example.org" not in article.body
    assert "air attacks" in article.body and "ceasefire" in article.body
    assert "bombardment on Sunday. 2" not in article.body  # a bare page number
    assert article.published is None  # the print stamp is not the publication date


def test_a_two_page_pdf_keeps_the_story_lines_at_its_page_edges():
    pages = [
        [
            "Rebels fight for oil town",
            "BREGA (Reuters) - Rebels fought for the oil town on Sunday, witnesses said.",
            "Government forces shelled the port from the west, a rebel said.",
            "3/20/11, 7:55 PM Rebels fight for oil town",
            "file:///home/desk/brega.html 1/2",
        ],
        [
            "In Sirte, residents said the streets were empty on Sunday evening.",
            "NATO said its aircraft flew 40 missions.",
            "3/20/11, 7:55 PM Rebels fight for oil town",
            "file:///home/desk/brega.html 2/2",
        ],
    ]
    body = read_one("brega.pdf", files.make_pdf([], pages=pages)).body
    assert "shelled the port from the west" in body  # the last story line of page 1
    assert "In Sirte, residents said" in body  # the first of page 2
    assert "7:55 PM" not in body and "file:" not in body and "brega.html" not in body


def test_a_one_page_print_loses_the_browser_stamp_and_a_pdf_headline_leaves_the_lead():
    data = files.make_pdf(
        [
            "Syria: Assad lifts emergency law",
            "DAMASCUS, April 21 (Reuters) - Syrian President Bashar al-Assad signed a",
            "decree on Thursday lifting the state of emergency, state news agency SANA said.",
            "file:///home/desk/syria.html 1/1",
        ],
        title="Syria: Assad lifts emergency law",
    )
    article = read_one("syria.pdf", data)
    assert article.body.startswith("DAMASCUS, April 21 (Reuters) - Syrian President")
    assert "file:" not in article.body


def test_typesetting_ligatures_and_names_hyphenated_across_a_line_are_mended():
    text = (
        "BEIRUT (Reuters) - The ofﬁcial inquiry into the killing of Rafik al-\n"
        "Hariri named four suspects on Thursday, the tribunal's ﬁrst charges\n"
        "since its creation in 2009, and the court said that the govern-\n"
        "ment had been informed of the names by the prosecutor's office.\n"
    )
    body = read_one("hariri.txt", text.encode()).body
    assert "official inquiry" in body and "first charges" in body
    assert "Rafik al-Hariri named" in body and "government had been" in body


def test_a_date_in_the_text_still_to_come_is_not_taken_as_the_publication_date():
    text = "Strikes hit air defences\n\nMarch 19, 2091\n\nATHENS (Reuters) - Strikes began."
    assert read_one("athens.txt", text.encode()).published is None
    text = text.replace("2091", "2011")
    assert read_one("athens.txt", text.encode()).published.value == date(2011, 3, 19)


def test_markdown_front_matter_gives_title_date_byline_and_leaves_the_body():
    text = (
        '---\ntitle: "Sudan: south votes for independence"\ndate: 2011-02-07\n'
        "author: Africa desk\nurl: https://example.org/sudan\n---\n\n"
        "KHARTOUM, Feb 7 (Reuters) - Southern Sudan voted to secede, results showed on Monday.\n"
    )
    article = read_one("sudan.md", text.encode())
    assert article.title == "Sudan: south votes for independence"
    assert article.published.value == date(2011, 2, 7)
    assert article.published.origin == "metadata"
    assert (article.byline, article.url) == ("Africa desk", "https://example.org/sudan")
    assert article.body.startswith("KHARTOUM, Feb 7 (Reuters) - Southern Sudan")


@pytest.mark.parametrize(
    "block",
    [
        "title: [unclosed\n",  # not YAML: the block stays text, nothing is taken from it
        "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\ntitle: [*b, *b, *b, *b]\n",  # aliases
        "date: 2099-01-01\n",  # a date still to come is no publication date
        "!!python/object/apply:os.system [echo hi]\n",  # the safe loader refuses objects
    ],
)
def test_odd_front_matter_never_breaks_the_import(block):
    text = f"---\n{block}---\n\nCAIRO (Reuters) - Protesters filled the square on Friday.\n"
    article = read_one("odd.md", text.encode())
    assert "Protesters filled the square" in article.body
    assert article.published is None
    assert len(article.title) < 200


def test_html_markup_saved_as_text_or_pasted_is_read_as_html():
    fragment = (
        "<p>GAZA, Jan 14 (Reuters) - Militants fired rockets on Friday, the army said.</p>\n"
        "<script>alert(1)</script><p>Israel <b>responded</b> with air&nbsp;strikes.</p>"
    )
    for article in (read_one("gaza.txt", fragment.encode()), read_text(fragment, label="box")):
        assert article.body == (
            "GAZA, Jan 14 (Reuters) - Militants fired rockets on Friday, the army said.\n\n"
            "Israel responded with air strikes."
        )
        assert article.dateline == "GAZA, Jan 14 (Reuters) -"


def test_a_story_that_quotes_a_tag_stays_text():
    text = "The site's editors wrote <b> around the headline, he said, by mistake.\n"
    assert "<b>" in read_one("quote.txt", text.encode()).body


def test_a_page_that_needs_javascript_to_show_its_text_is_refused_with_the_reason():
    page = (
        b"<html><head><title>Loading...</title></head><body><div id='root'></div>"
        b"<noscript>You need to enable JavaScript to run this app.</noscript></body></html>"
    )
    assert "runs its JavaScript" in rejection_reason("app.html", page)


def test_a_word_documents_generator_is_no_byline():
    paragraphs = ["MANAMA (Reuters) - Bahrain declared a state of emergency on Tuesday."]
    assert read_one("a.docx", files.make_docx(paragraphs, author="python-docx")).byline == ""
    assert read_one("b.docx", files.make_docx(paragraphs, author="Jane Roe")).byline == "Jane Roe"


def test_a_text_file_named_pdf_is_refused():
    assert rejection_reason("story.pdf", b"Just some text.") == "it is not a PDF document"


# Feeds -----------------------------------------------------------------------------------


def test_rss_gives_one_article_per_entry_with_its_title_link_and_date():
    first, second, empty = read_document("wire.rss", files.RSS.encode())
    assert first.title == "Talks open in Astana"
    assert first.url == "https://wire.example.org/astana"
    assert first.published.value == date(2017, 1, 23) and first.published.origin == "feed"
    assert first.source == "Agence France-Presse"
    assert "Rebels refused to meet face to face." in first.body
    assert "alert" not in first.body
    assert second.title == "Ceasefire holds"
    assert second.source == "Example Wire: World"
    assert second.published.value == date(2016, 12, 31)
    assert isinstance(empty, Rejection)
    assert empty.label == "wire.rss, entry 3 “Empty entry”"
    assert empty.reason == "it has no text"


def test_atom_entries_are_read_too():
    [entry] = read_document("feed.atom", files.ATOM.encode())
    assert entry.title == "Second day of talks"
    assert entry.url == "https://atom.example.org/day-two"
    assert entry.published.value == date(2017, 1, 24)
    assert entry.body == "Talks resumed on Tuesday in Astana."


def test_xml_that_is_not_a_feed_is_refused():
    assert rejection_reason("data.xml", b"<?xml version='1.0'?><catalog><book/></catalog>") == (
        "it is not an RSS or Atom feed"
    )


def test_a_one_line_note_keeps_its_line_as_title_and_body():
    article = read_one("note.txt", "Négociations à Astana lundi".encode("latin-1"))
    assert article.title == "Négociations à Astana lundi"
    assert article.body == "Négociations à Astana lundi"


ANY_FILE = st.one_of(
    st.binary(max_size=1500),
    st.text(max_size=1500).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.text(alphabet="<>/=\"' apbodyhtmlscript.,\n–“”\x00ABC", max_size=400).map(str.encode),
)


@settings(max_examples=150, deadline=None)
@given(extension=st.sampled_from([".txt", ".md", ".html", ".rss", ".docx", ".pdf"]), data=ANY_FILE)
def test_any_bytes_give_clean_articles_or_a_reason_never_a_crash(extension, data):
    try:
        items = read_document(f"file{extension}", data)
    except RejectedFile as rejected:
        assert rejected.reason
        return
    for item in items:
        if isinstance(item, Rejection):
            assert item.reason
        else:
            assert item.title and re.search(r"\w", item.body) and "\x00" not in item.body

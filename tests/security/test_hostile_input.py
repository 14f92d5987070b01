"""A corpus of hostile uploads, form posts and query strings against the real views.

Every case is one request an editor's browser (or anyone's, for the public pages) could
send. Each is either refused with a clear message, leaving every row as it was, or stored
safely, and then shown escaped on every page that shows it: the editor's timeline, the
article pages, the event page, the public timeline and event page. Never a 500.

The file generators of the ingestion tests (tests/articles/files.py) are reused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import reverse

from articles.models import Article
from tests.articles import files
from tests.factories import ArticleFactory, EventFactory, MentionFactory
from timeline.models import Event, Mention, MergeSuggestion

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("pwned")</script>'
RTL_AND_ZERO_WIDTH = "Talks\u202e\u200b\u200d\ufeff resume\u2066 in Astana\u2069"
SQL = "Robert'); DROP TABLE articles_article;--"
HUGE = str(10**30)
STORY = files.text_story()
HOSTILE_HTML = (
    f"<html><head><title>Talks {SCRIPT}</title></head><body><article><h1>Talks open</h1>"
    f"<p>ASTANA (AFP) – Talks opened on Monday, January 23, 2017. {SCRIPT}</p>"
    '<p><a href="javascript:alert(1)">More</a> <img src=x onerror="alert(1)"></p>'
    "<p>Rebels refused to meet face to face, officials said.</p></article></body></html>"
).encode()
CANONICAL_HTML = (
    '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body>'
    "<p>ASTANA (AFP) – Talks opened on Monday in the capital, officials said.</p></body></html>"
).encode()


@dataclass(frozen=True)
class Sent:
    method: str
    url: str
    data: dict = field(default_factory=dict)
    htmx: bool = False
    public: bool = False


@dataclass(frozen=True)
class Case:
    """One hostile request and what it must come to.

    ``refused``: words the answer must say, with no row changed. ``stores``: how many new
    articles it may create. ``edits``: it may change the event it targets.
    """

    id: str
    send: Callable[[dict], Sent]
    refused: str = ""
    statuses: tuple[int, ...] = (200,)
    stores: int = 0
    edits: bool = False


def upload(*named: tuple[str, bytes], **fields) -> Callable[[dict], Sent]:
    def send(ctx):
        data = {"files": [SimpleUploadedFile(name, content) for name, content in named]}
        return Sent("post", reverse("articles:article_upload", args=[ctx["slug"]]), data | fields)

    return send


def paste(text=STORY, title="Pasted", **fields) -> Callable[[dict], Sent]:
    def send(ctx):
        data = {"title": title, "text": text, **fields}
        return Sent("post", reverse("articles:article_paste", args=[ctx["slug"]]), data)

    return send


def edit(**changes) -> Callable[[dict], Sent]:
    """The event editor's form as the page fills it, with some fields replaced."""

    def send(ctx):
        data = {
            "version": "1",
            "title": "Ceasefire signed",
            "summary": "",
            "date_text": "30 December 2016",
            "granularity": "",
            "modality": "occurred",
            **changes,
        }
        url = reverse("review:event_edit", args=[ctx["slug"], ctx["approved"]])
        return Sent("post", url, data, htmx="htmx" in changes)

    return send


def get(name: str, *, public=False, args=(), **params) -> Callable[[dict], Sent]:
    def send(ctx):
        url = reverse(name, args=[ctx["slug"], *(ctx.get(a, a) for a in args)])
        return Sent("get", url, params, public=public)

    return send


def post(name: str, *, args=(), htmx=False, **data) -> Callable[[dict], Sent]:
    def send(ctx):
        values = {key: [ctx.get(v, v) for v in value] if isinstance(value, list) else value
                  for key, value in data.items()}  # fmt: skip
        url = reverse(name, args=[ctx["slug"], *(ctx.get(a, a) for a in args)])
        return Sent("post", url, values, htmx=htmx)

    return send


def nested_html(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "Talks began on Monday." + "</div>" * depth).encode()


CASES = [
    # Uploads: sizes, binaries, archives, broken text -------------------------------------
    Case(
        "upload-over-the-size-limit",
        upload(("big.txt", b"a" * (5 * 1024 * 1024 + 1))),
        refused="larger than",
    ),
    Case("upload-png-named-txt", upload(("photo.txt", files.PNG)), refused="PNG image"),
    Case("upload-elf-binary-named-html", upload(("page.html", files.ELF)), refused="executable"),
    Case("upload-windows-program", upload(("setup.exe", files.EXE)), refused="not a format"),
    Case("upload-zip-archive", upload(("articles.zip", files.make_zip())), refused="not a format"),
    Case("upload-zip-named-docx", upload(("story.docx", files.make_zip())), refused="Word"),
    Case("upload-text-named-pdf", upload(("story.pdf", STORY.encode())), refused="PDF"),
    Case("upload-empty-file", upload(("empty.txt", b"")), refused="empty"),
    Case(
        "upload-nul-bytes", upload(("nul.txt", b"Talks began\x00 on Monday." * 20)), refused="NUL"
    ),
    Case(
        "upload-invalid-utf8",
        upload(("bad.txt", "Talks “began”".encode() + b"\xff\xfe" + " naïve text".encode())),
        refused="not valid UTF-8",
    ),
    # Bytes no UTF-8 text has, and no valid UTF-8 beside them: read in a guessed legacy encoding.
    Case(
        "upload-stray-high-bytes",
        upload(("old.txt", b"Talks \xff\xfe\xc3\x28 began \x80.")),
        stores=1,
    ),
    Case("upload-no-file", upload(), refused="Choose at least one file"),
    Case(
        "upload-date-year-99999",
        upload(("a.txt", STORY.encode()), published_on="99999-01-01"),
        refused="Enter a valid date",
    ),
    Case(
        "upload-date-all-zeros",
        upload(("a.txt", STORY.encode()), published_on="0000-00-00"),
        refused="Enter a valid date",
    ),
    Case(
        "upload-source-10k-characters",
        upload(("a.txt", STORY.encode()), source="x" * 10_000),
        refused="at most 200 characters",
    ),
    Case(
        "upload-deeply-nested-html",
        upload(("nested.html", nested_html(5000))),
        refused="it has no text",
    ),
    Case(
        "upload-one-megabyte-single-line",
        upload(("line.txt", ("Talks began on Monday and " * 40_000).encode())),
        stores=1,
    ),
    Case("upload-script-in-html", upload(("story.html", HOSTILE_HTML)), stores=1),
    Case("upload-javascript-canonical-link", upload(("page.html", CANONICAL_HTML)), stores=1),
    Case(
        "upload-script-in-markdown",
        upload(("story.md", f"# Talks {SCRIPT}\n\n{STORY}".encode())),
        stores=1,
    ),
    Case("upload-feed-with-scripts", upload(("wire.rss", files.RSS.encode())), stores=2),
    Case(
        "upload-rtl-and-zero-width-text",
        upload(("rtl.txt", f"{RTL_AND_ZERO_WIDTH}\n\n{STORY}".encode())),
        stores=1,
    ),
    Case(
        "upload-sql-in-name-and-text",
        upload((f"{SQL}.txt", f"{SQL}\n\n{STORY}".encode())),
        stores=1,
    ),
    Case(
        "upload-path-traversal-name",
        upload(("../../../../etc/passwd.txt", STORY.encode())),
        stores=1,
    ),
    Case("upload-thousand-character-name", upload(("n" * 1000 + ".txt", STORY.encode())), stores=1),
    # The paste box -------------------------------------------------------------------------
    Case("paste-script-in-title-and-text", paste(f"{SCRIPT}\n\n{STORY}", title=SCRIPT), stores=1),
    Case("paste-javascript-url", paste(url="javascript:alert(1)"), refused="Give a web address"),
    Case("paste-title-10k-characters", paste(title="t" * 10_000), refused="at most 300 characters"),
    Case("paste-only-whitespace", paste("   \n\t  \n"), refused="Paste the article"),
    Case(
        "paste-over-two-million-characters",
        paste("a" * 2_000_001),
        refused="at most 2000000 characters",
    ),
    Case("paste-nul-bytes", paste("Talks\x00began on Monday."), refused="Null characters"),
    Case("paste-rtl-and-zero-width-title", paste(title=RTL_AND_ZERO_WIDTH), stores=1),
    Case("paste-sql-like-text", paste(f"{SQL} {STORY}", title=SQL), stores=1),
    Case("paste-february-30", paste(published_on="2017-02-30"), refused="Enter a valid date"),
    Case("paste-one-megabyte-single-line", paste("Talks began on Monday and " * 40_000), stores=1),
    # The event editor: dates, titles, versions ----------------------------------------------
    Case(
        "edit-date-year-99999",
        edit(date_text="99999"),
        statuses=(422,),
        refused="Years run from 1 to 9999",
    ),
    Case(
        "edit-date-all-zeros",
        edit(date_text="0000-00-00"),
        statuses=(422,),
        refused="is not a date",
    ),
    Case(
        "edit-date-february-31",
        edit(date_text="31 February 2017"),
        statuses=(422,),
        refused="is not a date",
    ),
    Case(
        "edit-date-10k-characters",
        edit(date_text="1" * 10_000),
        statuses=(422,),
        refused="at most 80 characters",
    ),
    Case("edit-date-script", edit(date_text=SCRIPT), statuses=(422,), refused="not a date"),
    Case("edit-date-year-zero", edit(date_text="0000"), statuses=(422,), refused="not a date"),
    Case("edit-title-script", edit(title=SCRIPT, summary=SCRIPT), statuses=(302,), edits=True),
    Case(
        "edit-title-rtl-and-zero-width", edit(title=RTL_AND_ZERO_WIDTH), statuses=(302,), edits=True
    ),
    Case("edit-summary-sql", edit(summary=SQL), statuses=(302,), edits=True),
    Case("edit-title-empty", edit(title=""), statuses=(422,), refused="This field is required"),
    Case(
        "edit-title-201-characters",
        edit(title="t" * 201),
        statuses=(422,),
        refused="at most 200 characters",
    ),
    Case("edit-version-negative", edit(version="-1"), statuses=(422,), refused="lost the version"),
    Case(
        "edit-version-huge", edit(version=HUGE, title="Changed"), statuses=(409,), refused="changed"
    ),
    Case(
        "edit-version-not-a-number",
        edit(version="abc"),
        statuses=(422,),
        refused="lost the version",
    ),
    Case(
        "edit-granularity-unknown",
        edit(granularity="fortnight"),
        statuses=(422,),
        refused="Select a valid choice",
    ),
    Case(
        "edit-modality-unknown",
        edit(modality="maybe"),
        statuses=(422,),
        refused="Select a valid choice",
    ),
    Case(
        "date-preview-year-99999",
        get("review:date_preview", date_text="99999"),
        refused="Years run from 1 to 9999",
    ),
    Case(
        "date-preview-100k-characters",
        get("review:date_preview", date_text="9" * 100_000),
        refused="too long",
    ),
    Case(
        "date-preview-granularity-unknown",
        get("review:date_preview", date_text="2016", granularity="../../etc"),
        refused="is not a granularity",
    ),
    Case(
        "article-date-year-99999",
        post("articles:article_set_date", args=["article"], published_on="99999-12-31"),
        statuses=(400,),
        refused="Enter a valid date",
    ),
    Case(
        "article-date-all-zeros",
        post("articles:article_set_date", args=["article"], published_on="0000-00-00"),
        statuses=(400,),
        refused="Enter a valid date",
    ),
    # Query parameters ------------------------------------------------------------------------
    Case("review-page-negative", get("review:timeline", page="-1"), refused="is not a page number"),
    Case("review-page-huge", get("review:timeline", page=HUGE), refused="There is no page"),
    Case(
        "review-page-words", get("review:timeline", page="1 OR 1=1"), refused="is not a page number"
    ),
    Case(
        "review-from-year-99999",
        get("review:timeline", date_from="99999"),
        refused="Years run from 1 to 9999",
    ),
    Case(
        "review-to-all-zeros", get("review:timeline", date_to="0000-00-00"), refused="is not a date"
    ),
    Case(
        "review-article-negative",
        get("review:timeline", article="-5"),
        refused="Select a valid choice",
    ),
    Case("review-sort-sql", get("review:timeline", sort=SQL), refused="Select a valid choice"),
    Case(
        "review-search-10k-characters",
        get("review:timeline", q="q" * 10_000),
        refused="at most 200 characters",
    ),
    Case(
        "review-status-unknown",
        get("review:timeline", status="deleted"),
        refused="Select a valid choice",
    ),
    Case("review-live-after-huge", get("review:timeline_live", after=HUGE), statuses=(200, 286)),
    Case(
        "review-live-after-negative", get("review:timeline_live", after="-1"), statuses=(200, 286)
    ),
    Case("articles-page-negative", get("articles:article_list", page="-1")),
    Case("articles-page-huge", get("articles:article_list", page=HUGE)),
    Case("draft-dates-negative", get("review:draft", dates="-5"), refused="between 1 and 366"),
    Case("draft-dates-huge", get("review:draft", dates=HUGE), refused="between 1 and 366"),
    Case(
        "draft-from-all-zeros",
        get("review:draft", **{"from": "0000-00-00"}),
        refused="is not a date like",
    ),
    Case(
        "public-year-99999",
        get("public:timeline_detail", public=True, year="99999"),
        refused="No approved events in",
    ),
    Case(
        "public-year-negative",
        get("public:timeline_detail", public=True, year="-1"),
        refused="No approved events in",
    ),
    Case("public-search-script", get("public:timeline_detail", public=True, q=SCRIPT)),
    Case(
        "public-event-id-huge",
        get("public:event_detail", public=True, args=[HUGE]),
        statuses=(404,),
    ),
    Case("review-event-id-huge", get("review:event", args=[HUGE]), statuses=(404,)),
    Case("article-id-huge", get("articles:article_detail", args=[HUGE]), statuses=(404,)),
    Case("export-year-99999", get("public:export_json", public=True, year="99999")),
    # Merges and bulk actions with bad ids ---------------------------------------------------
    Case(
        "merge-ids-not-numbers",
        post("review:events_merge", event_ids=["abc", "1 OR 1=1"]),
        statuses=(302,),
        refused="cannot be read",
    ),
    Case(
        "merge-ids-huge",
        post("review:events_merge", event_ids=[HUGE, "approved"]),
        statuses=(302,),
        refused="cannot be read",
    ),
    Case(
        "merge-ids-negative",
        post("review:events_merge", event_ids=["-1", "approved"]),
        statuses=(302,),
        refused="cannot be read",
    ),
    Case(
        "merge-into-outside-the-selection",
        post(
            "review:events_merge",
            event_ids=["approved", "proposed"],
            into="999999",
            title_from="approved",
            date_from="approved",
        ),
        statuses=(422,),
        refused="Choose one of the events being merged",
    ),
    Case(
        "merge-too-many-ids",
        post("review:events_merge", event_ids=[str(n) for n in range(300)]),
        statuses=(302,),
        refused="cannot be read",
    ),
    Case(
        "merge-into-itself",
        post(
            "review:events_merge",
            event_ids=["approved", "approved"],
            into="approved",
            title_from="approved",
            date_from="approved",
        ),
        statuses=(422,),
        refused="cannot be merged into itself",
    ),
    Case(
        "suggestion-accept-into-not-a-number",
        post("review:suggestion_accept", args=["suggestion"], into="abc"),
        statuses=(302,),
        refused="into one of them",
    ),
    Case(
        "bulk-ids-sql",
        post("review:events_bulk", action="approve", event_ids=["1; DROP"]),
        statuses=(302,),
        refused="is not an event",
    ),
    Case(
        "bulk-action-unknown",
        post("review:events_bulk", action="delete", event_ids=["approved"]),
        statuses=(302,),
        refused="Choose Approve or Reject",
    ),
    Case(
        "bulk-too-many-ids",
        post("review:events_bulk", action="reject", event_ids=[str(n) for n in range(1, 700)]),
        statuses=(302,),
        refused="at most 500",
    ),
    Case(
        "revert-version-not-a-number",
        post("review:event_revert", args=["approved", "history"], version="abc"),
        statuses=(302,),
        refused="lost its version",
    ),
    Case(
        "approve-version-huge",
        post("review:event_approve", args=["proposed"], version=HUGE),
        statuses=(302,),
        refused="lost its version",
    ),
    Case(
        "approve-version-words",
        post("review:event_approve", args=["proposed"], version="v2"),
        statuses=(302,),
        refused="lost its version",
    ),
]


def snapshot() -> dict:
    """Every row a request could change, by kind."""
    return {
        "articles": sorted(
            tuple(sorted(model_to_dict(a, exclude=["original_file"]).items()))
            for a in Article.objects.all()
        ),
        "events": sorted(tuple(sorted(model_to_dict(e).items())) for e in Event.objects.all()),
        "mentions": Mention.objects.count(),
        "suggestions": sorted(MergeSuggestion.objects.values_list("pk", "status")),
        "event_history": Event.history.count(),
    }


@pytest.fixture
def ctx(timeline):
    article = ArticleFactory(timeline=timeline, extraction_state="done", title="Talks open")
    approved = EventFactory(timeline=timeline, title="Ceasefire signed", status="approved",
                            date_value="2016-12-30", date_start=dt.date(2016, 12, 30),
                            date_end=dt.date(2016, 12, 30))  # fmt: skip
    proposed = EventFactory(timeline=timeline, title="Talks open")
    MentionFactory(event=approved, article=article)
    MentionFactory(event=proposed, article=article)
    suggestion = MergeSuggestion.objects.create(
        timeline=timeline, event_a=approved, event_b=proposed, score=0.8
    )
    return {
        "slug": timeline.slug,
        "timeline": timeline,
        "article": article.pk,
        "approved": approved.pk,
        "proposed": proposed.pk,
        "suggestion": suggestion.pk,
        "history": approved.history.first().history_id,
    }


def shown_text(response, client: Client) -> str:
    """What the person sees: the page, or the page a redirect leads to with its message."""
    if response.status_code == 302:
        return client.get(response["Location"]).content.decode()
    return response.content.decode(errors="replace")


def unescaped_markup(html: str) -> list[str]:
    problems = []
    if "<script>alert" in html:
        problems.append("a stored <script> shown as markup")
    if re.search(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE):
        problems.append("a javascript: address in a link")
    if re.search(r"<[a-z]+[^>]*\sonerror\s*=", html, re.IGNORECASE):
        problems.append("an event handler attribute")
    return problems


def pages_showing_everything(ctx) -> list[str]:
    """Every page that shows stored text: the editor's and the public's."""
    slug = ctx["slug"]
    urls = [
        reverse("review:timeline", args=[slug]),
        reverse("review:event", args=[slug, ctx["approved"]]),
        reverse("review:event_edit", args=[slug, ctx["approved"]]),
        reverse("articles:article_list", args=[slug]),
        reverse("public:timeline_detail", args=[slug]),
        reverse("public:event_detail", args=[slug, ctx["approved"]]),
    ]
    urls += [
        reverse("articles:article_detail", args=[slug, pk])
        for pk in Article.objects.filter(timeline=ctx["timeline"]).values_list("pk", flat=True)
    ]
    return urls


def test_the_corpus_is_large_and_every_case_is_named_once():
    assert len(CASES) >= 50
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_input_is_refused_clearly_or_stored_and_shown_escaped(
    case, ctx, editor_client, client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    sent = case.send(ctx)
    who = client if sent.public else editor_client
    before = snapshot()

    headers = {"HX-Request": "true"} if sent.htmx else {}
    response = getattr(who, sent.method)(sent.url, sent.data, headers=headers)

    assert response.status_code < 500
    assert response.status_code in case.statuses, response.content.decode()[:2000]
    shown = shown_text(response, who)
    assert unescaped_markup(shown) == []
    after = snapshot()
    if case.refused:
        assert case.refused in shown, shown[:3000]
        assert after == before
    if case.stores:
        assert len(after["articles"]) == len(before["articles"]) + case.stores
    elif not case.edits:
        assert after == before
    if case.stores or case.edits:
        for url in pages_showing_everything(ctx):
            page = editor_client.get(url)
            assert page.status_code == 200, url
            assert unescaped_markup(page.content.decode()) == [], url

"""The article pages: upload, paste, the live list, one article, its date, its original."""

import re
from datetime import date

import pytest
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.test import Client, RequestFactory
from django.urls import reverse

from articles.models import Article
from articles.uploads import ArticleSizeLimitHandler, OversizedUpload
from tests.articles import files
from tests.factories import ArticleFactory, EventFactory, MentionFactory

pytestmark = pytest.mark.django_db

State = Article.ExtractionState


def list_url(timeline) -> str:
    return reverse("articles:article_list", args=[timeline.slug])


def detail_url(article) -> str:
    return reverse("articles:article_detail", args=[article.timeline.slug, article.pk])


# Upload ----------------------------------------------------------------------------------


def test_each_uploaded_file_gets_its_own_outcome(upload):
    response = upload(
        ("port.txt", files.text_story().encode()),
        ("photo.txt", files.PNG),
        ("notes.exe", b"MZ"),
        ("empty.md", b""),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "port.txt" in page and "imported" in page
    assert "photo.txt" in page and "it is a PNG image, not text" in page
    assert "notes.exe" in page and "“.exe” is not a format we read" in page
    assert "empty.md" in page and "it is empty" in page
    assert list(Article.objects.values_list("title", flat=True)) == ["Rebels take the port town"]


def test_upload_form_fields_apply_to_every_file(upload):
    upload(
        ("a.txt", b"Talks began on Monday."),
        ("b.txt", b"Talks ended on Friday."),
        source="Our desk",
        published_on="2017-01-23",
    )
    assert set(Article.objects.values_list("source", "published_on", "published_on_origin")) == {
        ("Our desk", date(2017, 1, 23), "given")
    }


def test_a_file_over_the_limit_is_refused_and_the_others_are_saved(upload, settings):
    settings.ARTICLE_MAX_UPLOAD_BYTES = 2000
    response = upload(("huge.txt", b"word " * 2000), ("small.txt", b"Talks began on Monday."))
    page = response.content.decode()
    assert "huge.txt" in page and "larger than the 1.95 KB limit" in page
    assert Article.objects.count() == 1


def test_the_size_limit_stops_the_upload_while_it_streams_in():
    """Past the limit, no later handler receives another byte of the file."""
    limit = 100_000
    factory = RequestFactory()
    request = factory.post(
        "/upload/", {"files": [_file("big.txt", b"x" * 3_000_000), _file("ok.txt", b"fine")]}
    )
    recorder = RecordingHandler(request)
    request.upload_handlers = [ArticleSizeLimitHandler(request, limit=limit), recorder]
    uploads = request.FILES.getlist("files")
    assert isinstance(uploads[0], OversizedUpload)
    assert recorder.bytes_seen["big.txt"] <= limit
    assert uploads[1].read() == b"fine"


class RecordingHandler(MemoryFileUploadHandler):
    def __init__(self, request=None):
        super().__init__(request)
        self.bytes_seen: dict[str, int] = {}

    def handle_raw_input(self, *args, **kwargs):
        super().handle_raw_input(*args, **kwargs)
        self.activated = True

    def receive_data_chunk(self, raw_data, start):
        self.bytes_seen[self.file_name] = self.bytes_seen.get(self.file_name, 0) + len(raw_data)
        return super().receive_data_chunk(raw_data, start)


def _file(name, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content)


def test_uploading_the_same_text_again_points_to_the_existing_article(upload):
    upload(("first.txt", files.text_story().encode()))
    existing = Article.objects.get()
    page = upload(("again.txt", files.text_story().encode())).content.decode()
    assert "already stored" in page
    assert detail_url(existing) in page
    assert Article.objects.count() == 1


def test_upload_without_files_says_so(upload):
    response = upload()
    assert "Choose at least one file." in response.content.decode()
    assert Article.objects.count() == 0


def test_htmx_upload_returns_the_outcomes_and_the_rows_out_of_band(upload):
    response = upload(("port.txt", files.text_story().encode()), htmx=True)
    fragment = response.content.decode()
    assert '<div id="import-result"' in fragment
    assert 'id="article-rows" hx-swap-oob="true"' in fragment
    assert 'hx-trigger="every 2s"' in fragment  # the new article is pending: the rows poll
    assert "<html" not in fragment


def test_upload_is_refused_without_the_csrf_token(editor, timeline):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(
        reverse("articles:article_upload", args=[timeline.slug]),
        {"files": [_file("a.txt", b"Talks began on Monday.")]},
    )
    assert response.status_code == 403
    assert Article.objects.count() == 0


def test_readers_cannot_upload(client, reader, timeline):
    client.force_login(reader)
    response = client.post(
        reverse("articles:article_upload", args=[timeline.slug]),
        {"files": [_file("a.txt", b"Talks began on Monday.")]},
    )
    assert response.status_code == 302
    assert Article.objects.count() == 0


# Paste -----------------------------------------------------------------------------------


def paste(client, timeline, htmx=False, **fields):
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(
        reverse("articles:article_paste", args=[timeline.slug]), fields, headers=headers
    )


def test_pasted_text_is_saved_with_its_title(editor_client, timeline):
    response = paste(
        editor_client,
        timeline,
        htmx=True,
        title="Talks open",
        text="ASTANA (AFP) – Talks opened on Monday.",
        url="https://example.org/talks",
    )
    article = Article.objects.get()
    assert article.title == "Talks open"
    assert article.source == "Agence France-Presse"
    assert article.url == "https://example.org/talks"
    assert "article-pasted" in response.headers["HX-Trigger"]


@pytest.mark.parametrize("htmx", [True, False])
def test_the_result_of_a_paste_speaks_of_the_pasted_text(editor_client, timeline, htmx):
    body = paste(
        editor_client, timeline, htmx=htmx, title="Talks open", text="Talks opened on Monday."
    ).content.decode()
    assert "<h3>What became of the pasted text</h3>" in body
    assert "What became of each file" not in body
    again = paste(
        editor_client, timeline, htmx=htmx, title="Again", text="Talks opened on Monday."
    ).content.decode()
    assert "<h3>What became of the pasted text</h3>" in again and "already stored" in again


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   ", "Paste the article&#x27;s text."),
        ("Talks\x00 began", "Null characters are not allowed."),
    ],
    ids=["blank", "nul"],
)
def test_bad_pasted_text_gets_a_clear_message(editor_client, timeline, text, message):
    response = paste(editor_client, timeline, title="Talks", text=text)
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_a_pasted_address_that_is_not_a_web_address_is_refused_not_dropped(editor_client, timeline):
    response = paste(
        editor_client, timeline, title="Talks", text="Talks opened.", url="ftp://example.com/x"
    )
    assert response.content.decode().count("Give a web address (http or https).") == 1
    assert Article.objects.count() == 0


def test_a_publication_date_still_to_come_is_refused_as_a_typo(editor_client, timeline):
    response = paste(
        editor_client,
        timeline,
        title="Talks",
        text="Talks opened on Monday.",
        published_on="2099-01-01",
    )
    assert "1 January 2099 is still to come" in response.content.decode()
    assert Article.objects.count() == 0


# The list and its polling ----------------------------------------------------------------


def test_the_list_polls_while_an_article_is_pending(editor_client, timeline):
    ArticleFactory(timeline=timeline, extraction_state=State.QUEUED)
    response = editor_client.get(list_url(timeline), headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert 'hx-trigger="every 2s"' in response.content.decode()


def test_the_list_stops_polling_when_nothing_is_pending(editor_client, timeline):
    ArticleFactory(timeline=timeline, extraction_state=State.DONE, event_count=7)
    ArticleFactory(
        timeline=timeline, extraction_state=State.FAILED, extraction_error="tagger crashed"
    )
    response = editor_client.get(list_url(timeline), headers={"HX-Request": "true"})
    fragment = response.content.decode()
    assert response.status_code == 286
    assert "hx-trigger" not in fragment
    assert "done, 7 events" in fragment
    assert "failed: tagger crashed" in fragment and "retry" in fragment


def test_the_list_says_which_articles_need_a_date(editor_client, timeline):
    article = ArticleFactory(timeline=timeline, published_on=None, published_on_origin="")
    page = editor_client.get(list_url(timeline)).content.decode()
    assert "needs a date" in page
    assert detail_url(article) + "#date" in page


def test_retry_queues_a_failed_article_and_turns_polling_back_on(editor_client, timeline):
    article = ArticleFactory(timeline=timeline, extraction_state=State.FAILED)
    response = editor_client.post(
        reverse("articles:article_requeue", args=[timeline.slug, article.pk]),
        headers={"HX-Request": "true"},
    )
    article.refresh_from_db()
    assert article.extraction_state == State.QUEUED
    assert 'hx-trigger="every 2s"' in response.content.decode()


def test_retry_without_javascript_comes_back_to_the_list(editor_client, timeline):
    article = ArticleFactory(timeline=timeline, extraction_state=State.FAILED)
    response = editor_client.post(
        reverse("articles:article_requeue", args=[timeline.slug, article.pk]),
        {"next": "https://evil.example.org/"},
    )
    assert response.status_code == 302
    assert response["Location"] == list_url(timeline)


def test_article_text_and_titles_are_escaped_everywhere(editor_client, timeline, upload):
    hostile = (
        "<script>alert('title')</script>\n\n"
        "Rebels <img src=x onerror=alert(1)> took the town on Monday."
    )
    upload(("hostile.txt", hostile.encode()))
    article = Article.objects.get()
    for url in (list_url(timeline), detail_url(article)):
        page = editor_client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page


# One article -----------------------------------------------------------------------------


def test_the_article_page_highlights_each_mention_and_links_its_event(editor_client, timeline):
    body = "Talks began on Monday.\n\nThe ceasefire was signed on December 30."
    article = ArticleFactory(timeline=timeline, body=body)
    event = EventFactory(timeline=timeline, title="Ceasefire signed")
    start = body.index("December 30")
    mention = MentionFactory(
        event=event,
        article=article,
        sentence=body[body.index("The") :],
        sentence_start=body.index("The"),
        sentence_end=len(body),
        timex_start=start,
        timex_end=start + len("December 30"),
        timex_text="December 30",
    )
    page = editor_client.get(detail_url(article)).content.decode()
    assert f'<mark class="timex" id="mention-{mention.pk}">' in page
    assert ">December 30</a></mark>" in page
    assert "Ceasefire signed" in page


def test_the_article_page_highlights_the_sentence_a_source_link_names(editor_client, timeline):
    mention = MentionFactory(event__timeline=timeline)
    page = editor_client.get(detail_url(mention.article), {"mention": mention.pk}).content.decode()
    assert '<span class="in-sentence">' in page
    assert 'class="timex in-sentence"' in page


def test_an_article_without_a_date_offers_to_set_it_and_setting_it_requeues(
    editor_client, timeline
):
    article = ArticleFactory(
        timeline=timeline, published_on=None, published_on_origin="", extraction_state=State.DONE
    )
    page = editor_client.get(detail_url(article)).content.decode()
    assert "Set the publication date" in page
    response = editor_client.post(
        reverse("articles:article_set_date", args=[timeline.slug, article.pk]),
        {"published_on": "2017-01-23"},
        headers={"HX-Request": "true"},
    )
    article.refresh_from_db()
    assert article.published_on == date(2017, 1, 23)
    assert article.published_on_origin == Article.DateOrigin.GIVEN
    assert article.extraction_state == State.QUEUED
    assert '<div id="article-facts"' in response.content.decode()


def test_an_inferred_date_asks_the_editor_to_confirm_it(editor_client, timeline):
    article = ArticleFactory(
        timeline=timeline,
        published_on=date(2017, 2, 23),
        published_on_origin=Article.DateOrigin.INFERRED,
    )
    page = editor_client.get(detail_url(article)).content.decode()
    assert "Confirm the publication date" in page
    # the browser's date input reads ISO only: any other format shows an empty field
    assert 'type="date"' in page and 'value="2017-02-23"' in page


def test_the_upload_and_paste_forms_have_ids_of_their_own(editor_client, timeline):
    page = editor_client.get(list_url(timeline)).content.decode()
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert 'for="paste_source"' in page and 'id="paste_source"' in page


def test_a_bad_date_is_refused_with_a_message(editor_client, timeline):
    article = ArticleFactory(timeline=timeline, published_on=None, published_on_origin="")
    response = editor_client.post(
        reverse("articles:article_set_date", args=[timeline.slug, article.pk]),
        {"published_on": "30 Februaryish"},
    )
    assert response.status_code == 400
    assert "Enter a valid date." in response.content.decode()
    article.refresh_from_db()
    assert article.published_on is None


def test_the_original_file_downloads_as_an_attachment_never_rendered(editor_client, upload):
    page = "<html><body><p>Talks began on Monday in Astana, officials said.</p></body></html>"
    upload(("page.html", page.encode()))
    article = Article.objects.get()
    response = editor_client.get(
        reverse("articles:article_original", args=[article.timeline.slug, article.pk])
    )
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith('attachment; filename="page.html"')
    assert b"".join(response.streaming_content) == page.encode()


def test_an_article_without_an_original_has_no_download(editor_client, timeline):
    article = ArticleFactory(timeline=timeline)
    response = editor_client.get(
        reverse("articles:article_original", args=[timeline.slug, article.pk])
    )
    assert response.status_code == 404


def test_the_article_page_follows_its_extraction_until_it_ends(editor_client, timeline):
    article = ArticleFactory(timeline=timeline, extraction_state=State.RUNNING)
    poll = {"HX-Request": "true", "HX-Target": "article-state"}
    running = editor_client.get(detail_url(article), headers=poll)
    assert running.status_code == 200
    assert 'hx-trigger="every 2s"' in running.content.decode()
    Article.objects.filter(pk=article.pk).update(extraction_state=State.DONE, event_count=3)
    done = editor_client.get(detail_url(article), headers=poll)
    assert done.status_code == 286
    assert "done, 3 events" in done.content.decode()
    assert "show the highlights" in done.content.decode()


def test_the_admin_shows_the_original_as_a_download_and_the_body_read_only(client, upload):
    from tests.factories import UserFactory

    upload(("story.txt", b"Talks began on Monday in Astana."))
    article = Article.objects.get()
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    original = reverse("articles:article_original", args=[article.timeline.slug, article.pk])
    assert f'<a href="{original}">story.txt</a>' in page
    assert 'name="body"' not in page


def test_an_article_added_in_the_admin_is_hashed_and_refused_twice(client, timeline):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    form = {
        "timeline": timeline.pk,
        "title": "Talks",
        "body": "Talks began on Monday.",
        "language": "en",
        "extraction_state": "queued",
        "mentions-TOTAL_FORMS": "0",
        "mentions-INITIAL_FORMS": "0",
    }
    add_url = reverse("admin:articles_article_add")
    assert client.post(add_url, form).status_code == 302
    again = client.post(add_url, {**form, "body": "Talks  began\non Monday."})
    assert "The same text is already stored" in again.content.decode()
    assert Article.objects.get().content_hash


# Every description a field points to is on the page ----------------------------------


def _missing_descriptions(html: str) -> set[str]:
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    named = re.findall(r'aria-(?:describedby|labelledby)="([^"]+)"', html)
    return {name for names in named for name in names.split()} - ids


def test_every_field_description_and_error_is_on_the_page(editor_client, timeline):
    article = ArticleFactory(timeline=timeline, published_on=None)
    slug = timeline.slug
    pages = [
        editor_client.get(list_url(timeline)),
        editor_client.get(detail_url(article)),
        # Refused, without htmx: the whole page again, each field pointing at its error.
        editor_client.post(reverse("articles:article_upload", args=[slug]), {"published_on": "x"}),
        editor_client.post(reverse("articles:article_paste", args=[slug]), {"published_on": "x"}),
        editor_client.post(
            reverse("articles:article_set_date", args=[slug, article.pk]), {"published_on": "x"}
        ),
    ]
    assert all(page.status_code in (200, 400) for page in pages)
    assert "aria-describedby" in pages[0].content.decode()
    for page in pages:
        assert not _missing_descriptions(page.content.decode()), page.request["PATH_INFO"]

"""A strict Content-Security-Policy holds on every page: nothing inline, nothing evaluated.

The policy (django-csp) forbids inline scripts and styles and `eval`; these tests check that
every page sends it and that no page needs an exception: no inline `<script>`, no `style`
attribute, no `on...` handler and no htmx feature that evaluates code (`hx-on`, `js:`
values), neither in the templates nor in the HTML the pages render. A browser test then
loads the pages in Chromium and listens for the policy's own violation reports.
"""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests import services
from tests.factories import ArticleFactory, EditorFactory, EventFactory, MentionFactory
from timeline.models import MergeSuggestion

TEMPLATE_FOLDERS = [Path(settings.BASE_DIR) / "templates"]
OUR_SCRIPTS = [
    path
    for path in (Path(settings.BASE_DIR) / "static" / "js").glob("*.js")
    if path.name != "htmx.min.js"
]


class InlineCode(HTMLParser):
    """Collects everything in a page that a strict policy would block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._script_without_source = False

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "script" and "src" not in names:
            self._script_without_source = True
        for name, value in attrs:
            if name == "style":
                self.found.append(f"<{tag} style=...>")
            elif name.startswith("on") or name.startswith(("hx-on", "data-hx-on")):
                self.found.append(f"<{tag} {name}=...>")
            elif (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=javascript:...>")
            elif name in ("hx-vals", "hx-headers") and (value or "").lstrip().startswith("js:"):
                self.found.append(f"<{tag} {name}=js:...>")
        if tag == "style":
            self.found.append("<style> element")

    def handle_data(self, data):
        if self._script_without_source and data.strip():
            self.found.append(f"inline <script>: {data.strip()[:60]}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_without_source = False


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def test_the_checker_finds_what_the_policy_blocks():
    html = (
        '<script>alert(1)</script><p style="color:red" onclick="x()">'
        '<a href="javascript:x()">a</a><button hx-on:click="x()">b</button>'
        "<div hx-vals='js:{a: 1}'></div><style>p{}</style><script src=\"/a.js\"></script>"
    )
    assert len(inline_code(html)) == 7


def test_no_template_has_inline_code():
    found = []
    for folder in TEMPLATE_FOLDERS:
        for template in folder.rglob("*.html"):
            found += [f"{template.name}: {item}" for item in inline_code(template.read_text())]
    assert found == []


def test_our_scripts_never_evaluate_strings():
    for script in OUR_SCRIPTS:
        source = script.read_text()
        for forbidden in ("eval(", "new Function", "setTimeout('", 'setTimeout("', "innerHTML ="):
            assert forbidden not in source, (script.name, forbidden)


@pytest.fixture
def pages(db, timeline):
    """Every kind of page: the editor's timeline, an event, an article, the merge dialog, the
    draft, the public timeline and event, the login page and the admin."""
    article = ArticleFactory(timeline=timeline, extraction_state="done")
    first = EventFactory(timeline=timeline, status="approved")
    second = EventFactory(timeline=timeline)
    MentionFactory(event=first, article=article)
    MentionFactory(event=second, article=article)
    MergeSuggestion.objects.create(timeline=timeline, event_a=first, event_b=second, score=0.9)
    merge = reverse("review:events_merge", args=[timeline.slug])
    return {
        "editor": [
            reverse("review:timeline_list"),
            reverse("review:timeline", args=[timeline.slug]),
            reverse("review:event", args=[timeline.slug, first.pk]),
            reverse("review:event_edit", args=[timeline.slug, first.pk]),
            f"{merge}?event_ids={first.pk}&event_ids={second.pk}",
            reverse("review:draft", args=[timeline.slug]),
            reverse("articles:article_list", args=[timeline.slug]),
            reverse("articles:article_detail", args=[timeline.slug, article.pk]),
            reverse("admin:index"),
            reverse("admin:timeline_event_change", args=[first.pk]),
        ],
        "public": [
            reverse("public:timeline_list"),
            timeline.get_absolute_url(),
            first.get_absolute_url(),
            reverse("login"),
        ],
    }


def signed_in_staff_editor() -> Client:
    client = Client()
    client.force_login(EditorFactory(is_staff=True, is_superuser=True))
    return client


def test_every_page_sends_the_strict_policy_and_renders_no_inline_code(client, pages):
    staff = signed_in_staff_editor()
    for kind, urls in pages.items():
        for url in urls:
            response = (staff if kind == "editor" else client).get(url)
            assert response.status_code == 200, url
            policy = response["Content-Security-Policy"]
            assert "script-src 'self'" in policy and "style-src 'self'" in policy, url
            assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, url
            assert inline_code(response.content.decode()) == [], url


def test_htmx_is_configured_for_the_policy(client, timeline):
    page = client.get(timeline.get_absolute_url()).content.decode()
    assert '"allowEval": false' in page
    assert '"includeIndicatorStyles": false' in page
    assert '"selfRequestsOnly": true' in page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_chromium_reports_no_policy_violation_on_any_page(browser_page, live_server, pages):
    services.require_chromium()
    staff = signed_in_staff_editor()
    browser_page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": staff.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    violations = []
    browser_page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    for url in [*pages["editor"], *pages["public"]]:
        browser_page.goto(live_server.url + url)
        browser_page.wait_for_load_state("load")
    assert violations == []

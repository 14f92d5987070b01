import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import Article
from timeline.models import Timeline
from timeline.roles import is_editor

pytestmark = pytest.mark.django_db


def test_setup_demo_creates_accounts_a_public_timeline_and_the_afp_story(capsys):
    call_command("setup_demo", password="demo-pass-123")
    output = capsys.readouterr().out
    editor = get_user_model().objects.get(username="editor")
    admin = get_user_model().objects.get(username="admin")
    assert is_editor(editor) and not editor.is_staff
    assert admin.is_superuser
    timeline = Timeline.objects.get(slug="syria-astana")
    assert timeline.is_public
    article = Article.objects.get(timeline=timeline)
    assert article.title == "Syria peace talks off to rocky start"
    assert str(article.published_on) == "2017-01-23"
    assert article.extraction_state == Article.ExtractionState.QUEUED
    for url in ("/editor/timelines/syria-astana/", "/admin/", "/timelines/syria-astana/"):
        assert url in output
    assert "demo-pass-123" in output


def test_setup_demo_twice_stores_nothing_twice():
    call_command("setup_demo", password="demo-pass-123")
    call_command("setup_demo", password="demo-pass-123")
    assert Article.objects.count() == 1
    assert Timeline.objects.count() == 1

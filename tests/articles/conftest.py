import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Originals go to a folder of the test's own, so a test can count what was stored."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def stored_files(media_root):
    def listing() -> list:
        return sorted(path for path in media_root.rglob("*") if path.is_file())

    return listing


@pytest.fixture
def upload(editor_client, timeline):
    """POST files (name, bytes) to the upload page, as the form does."""

    def post(*named_files, htmx: bool = False, **fields):
        data = {"files": [SimpleUploadedFile(name, content) for name, content in named_files]}
        data.update(fields)
        headers = {"HX-Request": "true"} if htmx else {}
        return editor_client.post(
            reverse("articles:article_upload", args=[timeline.slug]), data, headers=headers
        )

    return post

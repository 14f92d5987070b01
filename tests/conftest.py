import os

import pytest
from celery.contrib.testing.worker import start_worker

from tests import services
from tests.factories import EditorFactory, TimelineFactory, UserFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made from
# that thread (fixtures, assertions) are safe here because nothing else runs in the loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a rolled-back test sends no save signals, so
    what it cached (a public timeline's version, say) would otherwise outlive its rows."""
    from django.core.cache import caches

    for alias in ("default", "process"):
        caches[alias].clear()
    yield
    for alias in ("default", "process"):
        caches[alias].clear()


@pytest.fixture
def editor(db):
    return EditorFactory()


@pytest.fixture
def second_editor(db):
    """Another editor, for two people working on the same events."""
    return EditorFactory(username="second-editor")


@pytest.fixture
def reader(db):
    """A signed-in user who is not an editor."""
    return UserFactory()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def timeline(db):
    return TimelineFactory(name="Syria: the Astana process", slug="syria-astana")


@pytest.fixture
def celery_worker(transactional_db):
    """A real Celery worker, in a thread, consuming from the configured broker."""
    from config.celery import app

    app.control.purge()
    with start_worker(app, pool="solo", concurrency=1, perform_ping_check=False) as worker:
        yield worker


# pytest-playwright: Debian's Chromium, without the network calls a closed network refuses.
@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    services.require_chromium()
    return {
        **browser_type_launch_args,
        "executable_path": services.CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def browser_page(page):
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def editor_page(browser_page, live_server, editor):
    """A browser signed in as the editor, through a real session cookie."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(editor)
    browser_page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return browser_page

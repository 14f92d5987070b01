"""Which real services this run has, and what a test does when one is missing.

Locally a missing PostgreSQL, Redis or Chromium skips the tests that need it. CI sets
TIMELINE_REQUIRE_SERVICES=1, and then a missing service fails the test instead: a test
that should have run is never silently skipped there.
"""

import os
import shutil
import socket
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.db import connection

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def services_required() -> bool:
    return os.environ.get("TIMELINE_REQUIRE_SERVICES", "") not in ("", "0", "false")


def missing(reason: str) -> None:
    if services_required():
        pytest.fail(f"{reason} (TIMELINE_REQUIRE_SERVICES is set, so this is a failure)")
    pytest.skip(reason)


def reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def require_redis_broker() -> str:
    url = settings.CELERY_BROKER_URL
    if not url.startswith("redis://"):
        missing("CELERY_BROKER_URL does not name a Redis broker")
    if not reachable(url):
        missing(f"Redis is not reachable at {url}")
    return url


def require_postgres() -> None:
    if connection.vendor != "postgresql":
        missing("DATABASE_URL does not name a PostgreSQL database")


def require_chromium() -> str:
    if not shutil.which(CHROMIUM):
        missing(f"no Chromium at {CHROMIUM}")
    return CHROMIUM

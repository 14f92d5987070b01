"""Production settings: a real SECRET_KEY is required, and every secure flag is set.

Each case loads `config.settings.production` in a fresh Python process with the environment
a deployment would give it, so nothing of the test settings leaks in.
"""

import json
import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "ALLOWED_HOSTS": "timeline.example.org",
    "DATABASE_URL": "sqlite:///unused.sqlite3",
}
SHOWN = (
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "X_FRAME_OPTIONS",
)
READ_SETTINGS = f"""
import json, django
from django.conf import settings
django.setup()
print(json.dumps({{name: getattr(settings, name) for name in {SHOWN!r}}}))
"""


def run_python(code: str, tmp_path, **env: str) -> subprocess.CompletedProcess:
    # What a deployment has: a path, and the variables its settings read. Nothing of the
    # test run (DJANGO_ALLOW_ASYNC_UNSAFE, a developer's DEBUG) comes along.
    environment = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"}
    environment.update(PRODUCTION, TIMELINE_DATA_DIR=str(tmp_path), **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize(
    "secret_key",
    [None, "", "insecure-embedded-default-key-do-not-deploy"],
    ids=["missing", "empty", "the-embedded-default"],
)
def test_production_refuses_to_start_without_a_real_secret_key(tmp_path, secret_key):
    env = {} if secret_key is None else {"SECRET_KEY": secret_key}
    done = run_python(READ_SETTINGS, tmp_path, **env)
    assert done.returncode != 0
    assert "ImproperlyConfigured: Set SECRET_KEY" in done.stderr


def test_production_sets_secure_cookies_hsts_and_the_ssl_redirect(tmp_path):
    done = run_python(READ_SETTINGS, tmp_path, SECRET_KEY=secrets.token_hex(32))
    assert done.returncode == 0, done.stderr
    values = json.loads(done.stdout.strip().splitlines()[-1])
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["X_FRAME_OPTIONS"] == "DENY"


def test_the_deployment_checks_pass_with_production_settings(tmp_path):
    done = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        tmp_path,
        SECRET_KEY=secrets.token_hex(32),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_the_deployment_checks_catch_a_weak_key(tmp_path):
    """The check above can fail: a short key is reported (security.W009)."""
    done = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        tmp_path,
        SECRET_KEY="short",
    )
    assert done.returncode != 0
    assert "security.W009" in done.stdout + done.stderr

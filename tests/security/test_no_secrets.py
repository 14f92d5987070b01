"""No secret is committed: every tracked file is scanned for keys, tokens and passwords.

Settings read secrets from the environment (config/env.py); the only key in the repository
is the embedded default, named `insecure-...` so that production settings refuse it.
"""

import re
import shutil
import subprocess

import pytest
from django.conf import settings

from tests import services

# Written so that this file does not match itself: a quantifier where the literal would be.
SECRET_PATTERNS = {
    "a private key": re.compile(r"-{5}BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-{5}"),
    "an AWS access key": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "a GitHub token": re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_\w{22,})"),
    "a Slack token": re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    "a live or test API key": re.compile(r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    "a password in a URL": re.compile(r"\b[a-z][a-z0-9+.-]{1,15}://[^/\s:@'\"]+:[^/\s@'\"*]{3,}@"),
    "a SECRET_KEY written out": re.compile(
        r"SECRET_KEY\s*[=:]\s*['\"](?!insecure-)[^'\"\s]{16,}['\"]"
    ),
}


def secrets_in(text: str) -> list[str]:
    return [name for name, pattern in SECRET_PATTERNS.items() if pattern.search(text)]


def tracked_files() -> list[str]:
    git = shutil.which("git")
    if git is None:
        services.missing("git is not installed: the tracked files cannot be listed")
    listed = subprocess.run(
        [git, "ls-files", "-z"], cwd=settings.BASE_DIR, capture_output=True, check=False
    )
    if listed.returncode:
        services.missing(f"not a git checkout: {listed.stderr.decode(errors='replace')}")
    return [name for name in listed.stdout.decode().split("\0") if name]


@pytest.mark.parametrize(
    "sample, found",
    [
        # Samples are put together at run time, so that this file holds none of them.
        ("-----BEGIN RSA " + "PRIVATE KEY-----\nMIIE", "a private key"),
        ("-----BEGIN OPENSSH " + "PRIVATE KEY-----", "a private key"),
        ("aws_access_key_id = AKIA" + "Q" * 16, "an AWS access key"),
        ("token: ghp_" + "a1" * 18, "a GitHub token"),
        ("DATABASE_URL=postgres://timeline:" + "hunter22@db:5432/x", "a password in a URL"),
        ("SECRET_KEY = '" + "k3y" * 10 + "'", "a SECRET_KEY written out"),
    ],
)
def test_the_scan_recognises_each_kind_of_secret(sample, found):
    assert secrets_in(sample) == [found]


@pytest.mark.parametrize(
    "harmless",
    [
        'SECRET_KEY = env.str("SECRET_KEY", default="insecure-embedded-default-key-do-not-deploy")',
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/timeline",
        "transport: redis://:**@127.0.0.1:6379/0",
        "export SECRET_KEY=$(openssl rand -hex 32)",
    ],
)
def test_the_scan_leaves_configuration_without_secrets_alone(harmless):
    assert secrets_in(harmless) == []


def test_no_tracked_file_holds_a_secret():
    found = []
    for name in tracked_files():
        path = settings.BASE_DIR / name
        if not path.is_file():
            continue  # deleted in the working tree, not yet committed
        text = path.read_bytes().decode("utf-8", errors="replace")
        found += [f"{name}: {kind}" for kind in secrets_in(text)]
    assert found == []

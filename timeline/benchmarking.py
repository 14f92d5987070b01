"""What the `make bench` commands share: a database of their own, child processes, gunicorn,
memory readings and a line describing the machine every figure depends on."""

import os
import platform
import resource
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import CommandError


def create_database(url: str) -> None:
    """Create the PostgreSQL database the URL names, unless it exists (benches measure on
    PostgreSQL only)."""
    import psycopg

    if not url.startswith("postgres"):
        raise CommandError("The bench runs on PostgreSQL: pass --database-url postgres://...")

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def production_env(
    *, database_url: str, workdir: Path, allowed_hosts: str, cache_url: str, **extra: str
) -> dict[str, str]:
    """The environment of a bench's child processes: the production settings on the bench's
    own database, a throwaway secret, plain HTTP on loopback, tasks kept in memory."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_hex(32),
        "SECURE_SSL_REDIRECT": "False",
        "ALLOWED_HOSTS": allowed_hosts,
        "DATABASE_URL": database_url,
        "CACHE_URL": cache_url,
        "STATIC_ROOT": str(workdir / "static"),
        "TIMELINE_DATA_DIR": str(workdir / "data"),
        "CELERY_BROKER_URL": "memory://",
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def run(command: list[str], env: dict) -> str:
    """Run a child process (a management command on the bench database); its output."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode:
        raise CommandError(f"{' '.join(command[1:])} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def peak_rss_mb() -> float:
    # Linux reports ru_maxrss in kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident memory now (Linux), to show it stays flat through a run; else the peak."""
    try:
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_rss_mb()
    return resident_pages * resource.getpagesize() / 1024**2


def machine() -> str:
    """Cores, processor, memory, Python, and how busy the machine was: a shared machine's
    figures depend on it."""
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, IndexError, ValueError):
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()},"
        f" load average {os.getloadavg()[0]:.1f} at the end"
    )


def http_get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
        return response.read()


class Gunicorn:
    """gunicorn serving the project on loopback, with the environment given."""

    def __init__(self, env: dict, port: int, workers: int):
        self.command = [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ]
        self.env, self.port, self.process = env, port, None

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603
            self.command, env=self.env, cwd=settings.BASE_DIR, stdout=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                http_get(f"http://127.0.0.1:{self.port}/")
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise CommandError("gunicorn did not answer within 30 seconds")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def restart(self) -> None:
        self.stop()
        self.start()

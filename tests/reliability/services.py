"""Throwaway Redis servers, PostgreSQL clusters and Celery worker processes for fault tests.

The machine's shared PostgreSQL (5432) and Redis (6379) are never stopped: every fault is
injected into a server this module started on a free port of its own, under a temporary
folder, and stops again. A missing binary skips the test locally and fails it in CI
(`tests.services.missing`).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from django.conf import settings

from tests import services

BASE_DIR = Path(settings.BASE_DIR)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, timeout: float, what: str, interval: float = 0.1):
    """Poll ``condition`` until it returns something truthy; fail saying ``what`` did not happen."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:.0f} s")
        time.sleep(interval)


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class RedisServer:
    """A redis-server on a free port, without persistence: stopping it loses nothing we keep."""

    def __init__(self, workdir: Path):
        binary = shutil.which("redis-server")
        if binary is None:
            services.missing("redis-server is not installed")
        self.binary = binary
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        log = open(self.workdir / f"redis-{self.port}.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for(lambda: _listening(self.port), 10, f"redis-server on port {self.port}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


def _postgres_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


class PostgresCluster:
    """A PostgreSQL cluster of our own (initdb) on a free port, with trust authentication.

    PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user,
    in a folder of its own under the system's temporary folder (pytest's are root's only).
    """

    def __init__(self):
        self.initdb = _postgres_binary("initdb")
        self.pg_ctl = _postgres_binary("pg_ctl")
        if self.initdb is None or self.pg_ctl is None:
            services.missing("PostgreSQL's initdb and pg_ctl are not installed")
        self.run_as: list[str] = []
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                runuser = None
            if runuser is None:
                services.missing("running as root, without runuser and a postgres user to run as")
            self.run_as = [runuser, "-u", "postgres", "--"]
        self.port = free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix=f"reliability-postgres-{self.port}-"))
        self.data = self.workdir / "data"

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *command: str) -> None:
        done = subprocess.run([*self.run_as, *command], capture_output=True, text=True, check=False)
        if done.returncode:
            raise AssertionError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")

    def create(self) -> None:
        if self.run_as:
            shutil.chown(self.workdir, "postgres", "postgres")
        self._run(self.initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.start()

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.workdir} -c fsync=off"
        self._run(
            self.pg_ctl,
            "-D",
            str(self.data),
            "-l",
            str(self.workdir / "log"),
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self) -> None:
        # "fast": connected sessions are cut off, as a database restart does to a worker.
        self._run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(AssertionError):
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.workdir, ignore_errors=True)


def database_url_of(settings_dict: dict) -> str:
    """The URL of a Django database, for a child process: the test database included."""
    user = quote(settings_dict.get("USER") or "")
    password = settings_dict.get("PASSWORD") or ""
    credentials = f"{user}:{quote(password)}@" if password else f"{user}@" if user else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{credentials}{host}:{port}/{settings_dict['NAME']}"


class WorkerProcess:
    """`celery -A config worker` as a child process in its own session (killable as a group).

    Its output goes to a log file that failures quote.
    """

    def __init__(self, workdir: Path, env: dict[str, str], *, pool: str = "solo", beat=False):
        self.workdir = workdir
        self.env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.base", **env}
        self.pool = pool
        self.beat = beat
        self.process: subprocess.Popen | None = None
        self.log_path = workdir / "worker.log"
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            f"--pool={self.pool}",
            "--concurrency=1",
            "--loglevel=INFO",
            "--without-mingle",
            "--without-gossip",
            "--hostname",
            f"fault{self.starts}@%h",
        ]
        if self.beat:
            command += ["--beat", "--schedule", str(self.workdir / "celerybeat-schedule")]
        log = open(self.log_path, "ab")  # noqa: SIM115
        log.write(f"\n===== worker start {self.starts} =====\n".encode())
        log.flush()
        self.process = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self) -> None:
        """SIGKILL to the worker and every process it started, like a machine losing power."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None

    def output(self) -> str:
        """Everything the worker processes logged."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log(self) -> str:
        """The end of the log, to quote in a failure."""
        return self.output()[-6000:]

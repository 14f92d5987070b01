"""The one place that reads the process environment (django-environ)."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

# Where the embedded default keeps its state: the SQLite file, the filesystem broker's
# folders, uploaded originals and celery beat's schedule. Ignored by git.
DATA_DIR = Path(env.str("TIMELINE_DATA_DIR", default=str(BASE_DIR / "var"))).resolve()

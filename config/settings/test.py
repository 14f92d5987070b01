"""Settings for the test suite: the environment's database and broker, faster hashing."""

from .base import *  # noqa: F403
from .base import CELERY_BROKER_TRANSPORT_OPTIONS, CELERY_BROKER_URL, DATA_DIR, DATABASES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = DATA_DIR / "test-media"

# Close connections after each request and task: a test database with open connections from
# worker threads cannot be dropped at the end of the run.
DATABASES["default"]["CONN_MAX_AGE"] = 0

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: a worker *process* in the tests must open the same database.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

if CELERY_BROKER_URL.startswith("filesystem://"):
    # Never publish test tasks into the folders a `make run` worker is consuming.
    TEST_BROKER_DIR = DATA_DIR / "test-broker"
    for folder in ("queue", "control"):
        (TEST_BROKER_DIR / folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        **CELERY_BROKER_TRANSPORT_OPTIONS,
        "data_folder_in": str(TEST_BROKER_DIR / "queue"),
        "data_folder_out": str(TEST_BROKER_DIR / "queue"),
        "control_folder": str(TEST_BROKER_DIR / "control"),
    }

"""Settings for the test suite: the real settings, with a fast password hasher and tasks
run in-process (a test about the worker starts a real one itself)."""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production-" + "x" * 20)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CELERY_TASK_ALWAYS_EAGER = True
# Tests run scheduled publishing themselves, never as a side effect of a request.
WAYMARK_PUBLISH_SCHEDULED_IN_PROCESS = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve front-end assets straight from site/static, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Parallel runs (pytest-xdist, `make test`): each worker process has its own database
# (pytest-django adds _gw0, _gw1 to the name) and its own cache key prefix, and a test
# empties only its own worker's keys (tests/conftest.py), never the whole Redis database.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if XDIST_WORKER and "KEY_PREFIX" in CACHES["default"]:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = f"{CACHES['default']['KEY_PREFIX']}-{XDIST_WORKER}"  # noqa: F405

# On PostgreSQL the suite's own connections do not wait for each commit to reach the disk
# (synchronous_commit=off): a test database is thrown away, so durability buys it nothing,
# and creating it (every migration commits) and emptying it after a browser test get quicker.
# Reading and locking behave exactly as in production. Real web and worker processes that a
# test starts use the production settings.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = f"{_options.get('options', '')} -c synchronous_commit=off".strip()

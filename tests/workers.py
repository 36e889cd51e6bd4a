"""What a test with a real Celery worker needs: a committed database (the worker reads it from
its own thread and connection) and Redis. Use `pytestmark = NEEDS_A_WORKER` and the
`celery_app` fixture from tests/conftest.py."""

import os

import pytest

NEEDS_A_WORKER = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs Redis: set REDIS_URL"),
]

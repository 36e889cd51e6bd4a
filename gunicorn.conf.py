"""Gunicorn settings for Waymark's web nodes: `gunicorn config.wsgi -c gunicorn.conf.py`.

Sync workers, because with them a request that runs past `timeout` is stopped: the worker
stops reporting in while it is busy, and the master process ends it and starts a fresh one.
A threaded worker keeps reporting in from another thread, so a runaway request there is
never stopped. Each setting can be changed from the environment (see README.md).
"""

import os

bind = os.environ.get("WAYMARK_WEB_BIND", "0.0.0.0:8000")
# Gunicorn's own rule for sync workers: two a core and one more, so that while one waits on the
# database another has the core (five on a two-core node).
DEFAULT_WORKERS = 2 * (os.cpu_count() or 1) + 1
workers = int(os.environ.get("WAYMARK_WEB_WORKERS", DEFAULT_WORKERS))
worker_class = "sync"
timeout = int(os.environ.get("WAYMARK_WEB_TIMEOUT_SECONDS", "30"))
graceful_timeout = 10
# A fresh process now and then gives back memory a large request took.
max_requests = 1000
max_requests_jitter = 100

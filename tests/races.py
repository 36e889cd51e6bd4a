"""Doing the same thing from several threads at once, each with its own database connection
(PostgreSQL only: SQLite has one writer)."""

import threading
import time

from django.db import connection, connections, transaction
from django.test import Client


def all_at_once(go, arguments, *, ready=None):
    """For each argument, in a thread of its own: `ready(argument)` first (signing a client
    in, say), then, once every thread is ready, `go()` on what it returned (the argument
    itself without `ready`). Returns what the `go` calls returned, in the order they finished."""
    barrier = threading.Barrier(len(arguments))
    results = []
    lock = threading.Lock()

    def run(argument):
        try:
            prepared = ready(argument) if ready else argument
            barrier.wait()
            result = go(prepared)
            with lock:
                results.append(result)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(argument,)) for argument in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def signed_in(user):
    """A test client signed in as `user` (made in the thread that will use it)."""
    client = Client()
    client.force_login(user)
    return client


def post_in_parallel(user, url, data_for, count):
    """POST `data_for(n)` to `url` from `count` threads released together, signed in as `user`.
    Returns [(status, location, body)] in the order they finished."""

    def send(prepared):
        n, client = prepared
        response = client.post(url, data_for(n))
        return response.status_code, response.get("Location", ""), response.content.decode()

    return all_at_once(send, list(range(count)), ready=lambda n: (n, signed_in(user)))


def second_waits_for_first(first, second, *, ready=None, timeout=20):
    """Two requests at once, in a fixed order: `first` runs in a transaction that stays open
    until `second`, started after it, is waiting for one of its locks; only then does the
    first commit, and the second finish. So the second has read nothing the first wrote, as
    when two people press the button at the same moment, however busy the machine is.
    `ready` prepares each argument in its own thread (signing a client in, say).
    Returns (what first returned, what second returned). PostgreSQL only."""
    shared = {}
    first_done, second_started, release = threading.Event(), threading.Event(), threading.Event()

    def run_first():
        try:
            prepared = ready("first") if ready else None
            with transaction.atomic():
                shared["first"] = first(prepared)
                first_done.set()
                release.wait(timeout)
        finally:
            first_done.set()
            connections.close_all()

    def run_second():
        try:
            prepared = ready("second") if ready else None
            first_done.wait(timeout)
            connection.ensure_connection()
            shared["pid"] = connection.connection.info.backend_pid
            second_started.set()
            shared["second"] = second(prepared)
        finally:
            second_started.set()
            connections.close_all()

    threads = [threading.Thread(target=run_first), threading.Thread(target=run_second)]
    for thread in threads:
        thread.start()
    waited = second_started.wait(timeout) and _waits_for_a_lock(shared.get("pid"), timeout)
    release.set()
    for thread in threads:
        thread.join()
    assert waited, "The second request never waited for the first: nothing in the database made them take turns."
    return shared.get("first"), shared.get("second")


def _waits_for_a_lock(pid, timeout):
    """Whether the backend `pid` is seen waiting for a lock within `timeout` seconds."""
    if pid is None:
        return False
    deadline = time.monotonic() + timeout
    with connections["default"].cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [pid])
            row = cursor.fetchone()
            if row and row[0] == "Lock":
                return True
            time.sleep(0.02)
    return False

"""Doing the same thing from several threads at once, each with its own database connection
(PostgreSQL only: SQLite has one writer)."""

import threading

from django.db import connections
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

"""Firing the same request from several threads at once, each with its own client and its
own database connection (PostgreSQL only: SQLite has one writer)."""

import threading

from django.db import connections
from django.test import Client


def post_in_parallel(user, url, data_for, count):
    """POST `data_for(n)` to `url` from `count` threads released together, signed in as `user`.
    Returns [(status, location, body)] in the order they finished."""
    barrier = threading.Barrier(count)
    results = []
    lock = threading.Lock()

    def send(n):
        try:
            client = Client()
            client.force_login(user)
            barrier.wait()
            response = client.post(url, data_for(n))
            with lock:
                results.append((response.status_code, response.get("Location", ""), response.content.decode()))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results

"""A tiny WSGI app for test_runaway_requests: /spin keeps the CPU busy for ever; / answers."""

import os


def application(environ, start_response):
    if environ["PATH_INFO"] == "/spin":
        while True:
            pass
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [f"ok {os.getpid()}".encode()]

"""A local SMTP server for the reminder benchmark: it accepts every message and counts the
connections opened to it and the messages sent over them."""

import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

from bench.server import free_port


class _Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.connections = 0
        self.messages = 0

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages += 1
        return "250 Message accepted"


class _CountingController(Controller):
    def factory(self):
        # aiosmtpd makes one SMTP protocol object for each connection.
        with self.handler.lock:
            self.handler.connections += 1
        return SMTP(self.handler, **self.SMTP_kwargs)


class SmtpSink:
    """`with SmtpSink() as smtp:` then send to 127.0.0.1:smtp.port; read smtp.counts()."""

    def __enter__(self):
        self.counter = _Counter()
        self.port = free_port()
        self.controller = _CountingController(self.counter, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        self.reset()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    def reset(self):
        with self.counter.lock:
            self.counter.connections = self.counter.messages = 0

    def counts(self):
        with self.counter.lock:
            return {"connections": self.counter.connections, "messages": self.counter.messages}

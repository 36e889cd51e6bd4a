"""A real SMTP server on a free local port (aiosmtpd) that can be told to start refusing
part-way, for tests of what happens when the mail server fails."""

import socket
import threading
from email import message_from_bytes

from aiosmtpd.controller import Controller


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Handler:
    def __init__(self):
        self.lock = threading.Lock()
        self.accepted = []  # (recipients, subject) of every message accepted
        self.connections = set()  # the client address of each connection a message came over
        self.accept_only = None  # accept this many more, then refuse with `refusal`
        self.refusal = "451 4.3.0 Please try again later"
        self.refuse_for_good = set()  # addresses answered with 550

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_for_good:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.accept_only is not None:
                if self.accept_only <= 0:
                    return self.refusal
                self.accept_only -= 1
            subject = message_from_bytes(envelope.content)["Subject"]
            self.connections.add(session.peer)
            self.accepted.append((tuple(sorted(envelope.rcpt_tos)), subject))
        return "250 Message accepted"


class SmtpServer:
    def __init__(self):
        self.handler = _Handler()
        self.port = _free_port()
        self.controller = None

    def start(self):
        # A stopped controller cannot start again; a new one listens on the same port.
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        self.controller.stop()

    def fail_after(self, count, refusal="451 4.3.0 Please try again later"):
        with self.handler.lock:
            self.handler.accept_only = count
            self.handler.refusal = refusal

    def recover(self):
        with self.handler.lock:
            self.handler.accept_only = None

    @property
    def accepted(self):
        with self.handler.lock:
            return list(self.handler.accepted)

    @property
    def connections(self):
        """How many connections messages were accepted over."""
        with self.handler.lock:
            return len(self.handler.connections)

    def recipients(self):
        """Every address a message was accepted for, once per message."""
        return sorted(address for recipients, _subject in self.accepted for address in recipients)

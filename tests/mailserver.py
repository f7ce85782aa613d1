"""A real SMTP server on 127.0.0.1 for the tests (aiosmtpd), recording every
message it accepts, and told to fail in a given way at the n-th message."""

import asyncio
import email
import email.policy
import socket
import threading

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Recorder:
    """aiosmtpd's handler: keeps what it accepts; `fail_at` and `how` make it misbehave once."""

    def __init__(self, *, fail_at: int | None = None, how: str = "", delay: float = 0, unknown: str = ""):
        self.fail_at, self.how = fail_at, how
        self.unknown = unknown  # an address it answers "no such user" for
        self.delay = delay
        self.attempts = 0
        self.received: list[bytes] = []
        self._lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == self.unknown:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            self.attempts += 1
            attempt = self.attempts
        if self.delay:
            await asyncio.sleep(self.delay)
        if attempt == self.fail_at:
            if self.how == "drop":
                server.transport.close()
                return "421 4.3.2 Closing"
            if self.how == "refuse":
                return "451 4.3.0 Mailbox busy, try again later"
            if self.how == "reject":
                return "554 5.7.1 Message rejected"
        with self._lock:
            self.received.append(envelope.content)
        return "250 2.0.0 OK"

    def messages(self) -> list[email.message.EmailMessage]:
        with self._lock:
            raw = list(self.received)
        return [email.message_from_bytes(content, policy=email.policy.default) for content in raw]


class MailServer:
    def __init__(self, **failure):
        self.recorder = Recorder(**failure)
        self.port = free_port()
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    def messages(self):
        return self.recorder.messages()

    def settings(self) -> dict:
        """What Django needs to send here."""
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_USE_TLS": False,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_TIMEOUT": 10,
        }

    def env(self) -> dict:
        """The same, for a `manage.py` started in another process."""
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.port),
            "EMAIL_USE_TLS": "0",
            "EMAIL_TIMEOUT": "10",
        }

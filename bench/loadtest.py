"""Load test: many people composing their declines at once, against two web
servers sharing one PostgreSQL and one Redis, as two machines behind a load
balancer would.

    make loadtest                      # 50 clients for 30 s
    LOAD_CLIENTS=10 LOAD_SECONDS=5 make loadtest

It creates a throw-away PostgreSQL database, seeds one user per client (each
with an offer at the compose step and a draft), starts two gunicorn instances
on 127.0.0.1 (two ports, REDIS_URL at 127.0.0.1:6379), and has every client
loop through a mixed workload for a bounded time — dashboard, compose page,
live preview, save draft — sending each request to the other instance than
the last, so a session, a CSRF token and a draft's version all cross between
them. Then it reports requests per second, p50/p99 latency, the answers that
were not 2xx/3xx, and checks that every draft's last acknowledged save is what
the database holds. Last, two limits must hold across both instances: wrong
passwords spread over both lock the account (django-axes, in the database),
and the live preview's limit counts both (declines/throttle.py, in Redis).
It exits non-zero on any error, lost write or limit that did not hold.
Traffic only goes to 127.0.0.1.
"""

import http.client
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from server import start_gunicorn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The preview limit is read from the app itself, which needs Django set up to import.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
import django  # noqa: E402

django.setup()
from declines.throttle import PREVIEWS_PER_MINUTE  # noqa: E402

CLIENTS = int(os.environ.get("LOAD_CLIENTS", "50"))
SECONDS = float(os.environ.get("LOAD_SECONDS", "30"))
PORT = int(os.environ.get("LOAD_PORT", "8765"))
PORTS = [PORT, PORT + 1]
WORKERS = int(os.environ.get("LOAD_WORKERS", "3"))  # per instance
PG = os.environ.get("LOAD_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("LOAD_REDIS", "redis://127.0.0.1:6379/0")
DATABASE = f"declines_load_{os.getpid()}"
ENV = {
    **os.environ,
    "DATABASE_URL": f"{PG}/{DATABASE}",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "DEBUG": "0",
    "USE_HTTPS": "0",
    "ALLOWED_HOSTS": "127.0.0.1",
    "DJANGO_SETTINGS_MODULE": "declines.settings",
    "LOG_LEVEL": "WARNING",
    "REDIS_URL": REDIS,
    # Its own keys in a Redis that other things may share.
    "CACHE_KEY_PREFIX": DATABASE,
    "AXES_FAILURE_LIMIT": "5",
}


def manage(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


SEED = """
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from declines.services.accounts import user_create
from declines.services.drafts import draft_create
from declines.models import EmailTemplate, Offer
template = EmailTemplate.objects.builtin().get(slug="decline-another-offer-warm")
for n in range({clients} + 1):  # the last one is for the limits, after the load
    user = user_create(username=f"load{{n}}", email=f"load{{n}}@example.com", password="x" * 12)
    offer = Offer.objects.create(owner=user, company=f"Company {{n}}", role="Engineer", contact_name="Priya Lee",
                                 reason="another_offer", flow_step=4)
    draft = draft_create(offer=offer, template=template, user=user)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    print(user.pk, offer.pk, draft.pk, draft.version, session.session_key)
"""

CHECK = """
from declines.models import Draft
for draft in Draft.objects.order_by("pk"):
    print(draft.pk, draft.version, draft.body.splitlines()[-1] if draft.body else "")
"""


class Client(threading.Thread):
    """One person at work; each request goes to the other instance than the last."""

    def __init__(self, offer: int, draft: int, version: int, session: str, deadline: float, first: int = 0):
        super().__init__(daemon=True)
        self.offer, self.draft, self.version, self.deadline = offer, draft, version, deadline
        self.cookies = {"sessionid": session}
        self.timings: list[float] = []
        self.statuses: Counter = Counter()
        self.by_instance: Counter = Counter()
        self.saved_marker = None  # the last save the server acknowledged
        self.body = ""
        self.subject = ""
        self.turn = first
        self.connections = {port: http.client.HTTPConnection("127.0.0.1", port, timeout=60) for port in PORTS}

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        port = PORTS[self.turn % len(PORTS)]
        self.turn += 1
        self.by_instance[port] += 1
        # One host name for both, as behind a load balancer: the CSRF check compares Referer with Host.
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Host": f"127.0.0.1:{PORT}"}
        body = None
        if form is not None:
            form = {**form, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Referer"] = f"http://127.0.0.1:{PORT}/"
        started = time.perf_counter()
        connection = self.connections[port]
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            status = response.status
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            self.connections[port] = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            status, text = 599, str(error)
        self.timings.append(time.perf_counter() - started)
        self.statuses[status] += 1
        return status, text

    def run(self):
        compose = f"/offers/{self.offer}/decline/4/"
        status, page = self.request("GET", compose)
        self.subject = _field(page, "subject")
        self.body = _textarea(page, "body")
        n = 0
        # Every client finishes at least one round, however busy the machine: the
        # test is that each save lands and none is lost, not how many fit in the time.
        while n == 0 or time.monotonic() < self.deadline:
            n += 1
            self.request("GET", "/")
            self.request("GET", compose)
            marker = f"Saved by client {self.draft}, edit {n}."
            body = f"{self.body}\n\n{marker}"
            self.request("POST", f"/drafts/{self.draft}/preview/", {"subject": self.subject, "body": body})
            status, _ = self.request(
                "POST",
                compose,
                {"subject": self.subject, "body": body, "base_version": self.version, "action": "save"},
            )
            if status == 302:
                self.version += 1
                self.saved_marker = marker
        self.close()

    def close(self):
        for connection in self.connections.values():
            connection.close()


def _field(page: str, name: str) -> str:
    match = re.search(rf'name="{name}"[^>]*value="([^"]*)"', page) or re.search(
        rf'value="([^"]*)"[^>]*name="{name}"', page
    )
    return _unescape(match.group(1)) if match else ""


def _textarea(page: str, name: str) -> str:
    match = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', page, re.S)
    return _unescape(match.group(1)).lstrip("\n") if match else ""


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS, socket_connect_timeout=2).ping())
    except redis.exceptions.RedisError:
        return False


def login_lockout_holds(username: str) -> tuple[bool, str]:
    """Wrong passwords spread over both instances lock the account on both, even for the right password."""
    client = Client(0, 0, 0, "", 0)
    client.cookies = {}
    client.request("GET", "/accounts/login/")  # the CSRF cookie
    limit = int(ENV["AXES_FAILURE_LIMIT"])
    failures = [
        client.request("POST", "/accounts/login/", {"username": username, "password": f"wrong {n}"})[0]
        for n in range(limit)
    ]
    # Then the right password, once on each instance.
    right = [client.request("POST", "/accounts/login/", {"username": username, "password": "x" * 12})[0] for _ in PORTS]
    client.close()
    ok = failures[:-1] == [200] * (limit - 1) and failures[-1] == 429 and right == [429, 429]
    return ok, f"{limit} wrong passwords over both: {failures}; then the right one on each: {right}"


def preview_limit_holds(row: list[str]) -> tuple[bool, str]:
    """The live preview's per-user limit counts requests to both instances together (Redis)."""
    _, offer, draft, version, session = row
    for attempt in range(2):  # once more if a minute's window turned over midway
        if attempt or time.time() % 60 > 40:
            # A window of its own: the previews of an attempt that ran over into the next minute count
            # there, and a second attempt in that same minute was refused 20 early.
            time.sleep(60 - time.time() % 60 + 0.1)
        window = int(time.time() // 60)
        client = Client(int(offer), int(draft), int(version), session, 0)
        client.request("GET", f"/offers/{offer}/decline/4/")  # the CSRF cookie
        answers = [
            client.request("POST", f"/drafts/{draft}/preview/", {"subject": "Hello", "body": "Thank you."})[0]
            for _ in range(PREVIEWS_PER_MINUTE + 1)
        ]
        client.close()
        if int(time.time() // 60) == window:
            break
    accepted = answers.count(200)
    ok = answers[:-1] == [200] * PREVIEWS_PER_MINUTE and answers[-1] == 429
    return ok, f"{accepted} previews accepted over both, then {answers[-1]} (limit {PREVIEWS_PER_MINUTE} a minute)"


def main() -> int:
    if not redis_answers():
        sys.exit(f"The load test needs Redis at {REDIS} (LOAD_REDIS): the two instances share their limits there.")
    subprocess.run(["psql", PG, "-qc", f"DROP DATABASE IF EXISTS {DATABASE}"], check=True, capture_output=True)
    subprocess.run(["psql", PG, "-qc", f"CREATE DATABASE {DATABASE}"], check=True, capture_output=True)
    static_root = tempfile.mkdtemp(prefix="declines-static-")
    # The servers' own logs go to a file, so a failing run does not drown the report.
    server_log = open(Path(tempfile.gettempdir()) / f"declines-loadtest-server-{os.getpid()}.log", "w")  # noqa: SIM115
    ENV["STATIC_ROOT"] = static_root
    servers = []
    try:
        manage("migrate", "--noinput")
        manage("load_starter_library")
        manage("collectstatic", "--noinput")
        seeded = manage("shell", "--no-imports", "-c", SEED.format(clients=CLIENTS)).split("\n")
        rows = [line.split() for line in seeded if re.match(r"^\d+ \d+ \d+ \d+ \w+$", line)]
        rows, spare = rows[:-1], rows[-1]
        servers = [start_gunicorn(port=port, workers=WORKERS, env=ENV, log=server_log) for port in PORTS]

        deadline = time.monotonic() + SECONDS
        clients = [Client(int(o), int(d), int(v), s, deadline, first=n) for n, (_, o, d, v, s) in enumerate(rows)]
        started = time.monotonic()
        for client in clients:
            client.start()
        for client in clients:
            client.join(SECONDS + 120)
        elapsed = time.monotonic() - started

        timings = [t for c in clients for t in c.timings]
        statuses = sum((c.statuses for c in clients), Counter())
        by_instance = sum((c.by_instance for c in clients), Counter())
        bad = sum(n for status, n in statuses.items() if not 200 <= status < 400)
        stored = {}
        for line in manage("shell", "--no-imports", "-c", CHECK).splitlines():
            pk, version, last = line.split(" ", 2)
            stored[int(pk)] = (int(version), last)
        lost = [
            c.draft
            for c in clients
            if c.saved_marker and (stored[c.draft][1] != c.saved_marker or stored[c.draft][0] != c.version)
        ]
        saves = sum(1 for c in clients if c.saved_marker)
        lockout_ok, lockout = login_lockout_holds("load0")
        preview_ok, preview = preview_limit_holds(spare)

        print(
            f"Load test: {len(clients)} clients for {SECONDS:.0f} s against 2 gunicorn instances "
            f"({WORKERS} workers each) + PostgreSQL + Redis"
        )
        print(f"  requests           {len(timings)}")
        print(f"  by instance        {', '.join(f':{port} {n}' for port, n in sorted(by_instance.items()))}")
        print(f"  requests/second    {len(timings) / elapsed:.1f}")
        print(f"  latency p50        {statistics.median(timings) * 1000:.1f} ms")
        print(f"  latency p99        {percentile(timings, 0.99) * 1000:.1f} ms")
        print(f"  status counts      {dict(sorted(statuses.items()))}")
        print(f"  not 2xx/3xx        {bad}")
        print(f"  clients that saved {saves}/{len(clients)}; lost writes: {len(lost)}")
        print(f"  log-in lockout     {'holds' if lockout_ok else 'BROKEN'}: {lockout}")
        print(f"  preview limit      {'holds' if preview_ok else 'BROKEN'}: {preview}")
        ok = bad == 0 and not lost and saves == len(clients) and lockout_ok and preview_ok
        print(f"  server log         {server_log.name}")
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        for server in servers:
            server.terminate()
            server.wait(10)
        subprocess.run(["psql", PG, "-qc", f"DROP DATABASE IF EXISTS {DATABASE}"], capture_output=True)
        subprocess.run(["rm", "-rf", static_root])
        server_log.close()


if __name__ == "__main__":
    sys.exit(main())

"""`send_reminders --loop`: a run at the start of every minute, a database that
goes away waited for, and SIGTERM stopping it cleanly."""

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.core import mail
from django.db import OperationalError
from django.utils import timezone

from declines import reminders
from declines.models import Reminder
from tests.factories import FollowUpFactory, OfferFactory, UserFactory

ROOT = Path(__file__).resolve().parent.parent


# Committed for real, as the scheduler works: it closes a broken connection and opens another.
@pytest.mark.django_db(transaction=True)
def test_a_database_that_goes_away_is_retried_with_a_logged_line(monkeypatch, caplog, owner):
    FollowUpFactory(offer=OfferFactory(owner=owner, respond_by=None), due_on=timezone.localdate())
    real_run_once = reminders.run_once
    calls = []
    stop, reported = threading.Event(), []

    def database_restarting_once(**kwargs):
        calls.append(kwargs)
        if len(calls) > 3:
            stop.set()  # never hang the suite
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly\n\tThis probably means…")
        return real_run_once(**kwargs)

    monkeypatch.setattr(reminders, "run_once", database_restarting_once)

    def report(run):
        reported.append(run)
        stop.set()

    with caplog.at_level(logging.WARNING, logger="declines.reminders"):
        reminders.run_forever(site_url="https://declines.example.com", stop=stop, report=report, retry_first=0.01)

    assert [r.message for r in caplog.records] == [
        "The database is unavailable (server closed the connection unexpectedly This probably means…); "
        "trying again in 0.01 s."
    ]
    assert len(calls) == 2 and reported[0].emails_sent == 1
    assert len(mail.outbox) == 1 and Reminder.objects.get().status == Reminder.Status.SENT


@pytest.mark.django_db
def test_the_retries_wait_longer_each_time_up_to_a_minute(monkeypatch):
    stop, waits = threading.Event(), []

    def never(**kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(reminders, "run_once", never)
    monkeypatch.setattr(stop, "wait", lambda seconds: waits.append(seconds) or (len(waits) == 8 and stop.set()))
    reminders.run_forever(site_url="https://declines.example.com", stop=stop, report=lambda run: None)
    assert waits == [5, 10, 20, 40, 60, 60, 60, 60]


@pytest.mark.django_db
def test_a_stop_between_emails_leaves_the_rest_unclaimed_for_the_next_run():
    for n in range(3):
        user = UserFactory(username=f"person{n}")
        FollowUpFactory(offer=OfferFactory(owner=user, respond_by=None), due_on=timezone.localdate())
    stops = iter([False, True])
    run = reminders.run_once(site_url="https://declines.example.com", should_stop=lambda: next(stops))
    assert run.emails_sent == 1 and len(mail.outbox) == 1
    assert Reminder.objects.filter(status="pending", claimed_at__isnull=True, run__isnull=True).count() == 2


def test_the_next_minute_is_how_long_it_sleeps():
    at = timezone.now().replace(second=42, microsecond=500_000)
    assert reminders.seconds_to_next_minute(at) == 17.5


def manage(*args, env, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, **kwargs
    )


SEED = """
import datetime as dt
from django.utils import timezone
from declines.models import FollowUp, Offer
from declines.services.accounts import user_create
user = user_create(username="sam", email="sam@example.com", password="x" * 12)
offer = Offer.objects.create(owner=user, company="Contoso", role="Engineer")
FollowUp.objects.create(offer=offer, owner=user, kind="thank_you", due_on=timezone.localdate())
"""


def test_sigterm_stops_the_scheduler_cleanly(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG", "DATABASE_URL"}},
        "DJANGO_SETTINGS_MODULE": "declines.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'scheduler.sqlite3'}",
        "SECRET_KEY": "scheduler-test-" + "k" * 50,
        "SITE_URL": "https://declines.example.com",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "PYTHONUNBUFFERED": "1",
        "REMINDERS_FROM_HOUR": "0",  # whatever the hour the suite runs at
    }
    assert manage("migrate", "--noinput", env=env).returncode == 0
    assert manage("shell", "--no-imports", "-c", SEED, env=env).returncode == 0

    scheduler = subprocess.Popen(
        [sys.executable, "manage.py", "send_reminders", "--loop"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = scheduler.stdout.readline()
            lines.append(line.rstrip("\n"))
            if line.startswith("Sent 1 reminder email."):
                break
        assert lines[0] == "Sending reminders at the start of every minute; SIGTERM stops."
        assert "Subject: Declines: 1 thing to do" in lines  # the console backend prints the email
        assert lines[-1] == "Sent 1 reminder email."
        scheduler.send_signal(signal.SIGTERM)
        # Generous: on a loaded machine (CI runs the suite twice at once) a process can take seconds to exit.
        out, err = scheduler.communicate(timeout=30)
    finally:
        if scheduler.poll() is None:
            scheduler.kill()
    assert scheduler.returncode == 0, err
    assert out.splitlines() == ["Terminated: stopping once the email in hand is sent.", "Stopped."]
    ran = manage(
        "shell", "--no-imports", "-c", "from declines.models import ReminderRun as R; print(R.objects.count())", env=env
    )
    assert ran.stdout.strip() == "1"

"""Four `send_reminders` processes at once against PostgreSQL and a real SMTP
server: every reminder is received exactly once, and a mail server that drops
the connection midway loses nothing and duplicates nothing.

Slow (they start real processes) and PostgreSQL only (SQLite serialises
writers, so there is no race to lose): CI runs them with DATABASE_URL set.
"""

import datetime as dt
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from declines.models import FollowUp, Offer, Profile, Reminder, ReminderRun
from tests.mailserver import MailServer

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        reason="runs against PostgreSQL (set DATABASE_URL)",
    ),
    pytest.mark.django_db(transaction=True),
]

FOLLOW_UP = re.compile(r"/follow-ups/#follow-up-(\d+)")
OFFER = re.compile(r"/offers/(\d+)/")


def users_with_two_reminders_each(n: int) -> tuple[set[int], set[int]]:
    """`n` users, each with a follow-up due today and an offer due tomorrow: 2n reminders."""
    today = timezone.localdate()
    User = get_user_model()
    users = User.objects.bulk_create(
        [User(username=f"load{i}", email=f"load{i}@example.com", password="!") for i in range(n)]
    )
    Profile.objects.bulk_create([Profile(user=u, full_name=f"Person {i}") for i, u in enumerate(users)])
    offers = Offer.objects.bulk_create(
        [
            Offer(
                owner=u,
                company=f"Company {i}",
                role="Engineer",
                received_on=today,
                respond_by=today + dt.timedelta(days=1),
            )
            for i, u in enumerate(users)
        ]
    )
    rows = [FollowUp(offer=o, owner=o.owner, kind="thank_you", due_on=today) for o in offers]
    follow_ups = FollowUp.objects.bulk_create(rows)
    return {f.pk for f in follow_ups}, {o.pk for o in offers}


def send_reminders(server: MailServer, processes: int) -> list[subprocess.CompletedProcess]:
    """Start `processes` runs at once, each its own `manage.py`, and wait for them all."""
    db = connection.settings_dict
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG"}},
        "DJANGO_SETTINGS_MODULE": "declines.settings",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "SECRET_KEY": "concurrency-test-" + "k" * 50,
        "SITE_URL": "https://declines.example.com",
        "LOG_LEVEL": "ERROR",
        "REMINDERS_FROM_HOUR": "0",  # whatever the hour the suite runs at
        **server.env(),
    }
    started = [
        subprocess.Popen(
            [sys.executable, "manage.py", "send_reminders"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    results = []
    for process in started:
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def received(server: MailServer) -> tuple[Counter, Counter]:
    """How many times each follow-up and each offer deadline arrived."""
    follow_ups, offers = Counter(), Counter()
    for message in server.messages():
        text = message.get_body(("plain",)).get_content()
        follow_ups.update(int(pk) for pk in FOLLOW_UP.findall(text))
        offers.update(int(pk) for pk in OFFER.findall(text))
    return follow_ups, offers


def report(label: str, expected: int, follow_ups: Counter, offers: Counter) -> int:
    got = sum(follow_ups.values()) + sum(offers.values())
    duplicates = sum(n - 1 for n in [*follow_ups.values(), *offers.values()] if n > 1)
    per_run = sorted(ReminderRun.objects.values_list("reminders_sent", flat=True), reverse=True)
    print(f"{label}: {expected} due, {got} received, {duplicates} duplicates; reminders sent by each run: {per_run}")
    return duplicates


def test_four_runs_at_once_send_each_of_500_reminders_exactly_once():
    follow_ups, offers = users_with_two_reminders_each(250)
    # A little time per message, as a real server takes, so that the runs overlap.
    with MailServer(delay=0.02) as server:
        results = send_reminders(server, processes=4)
        got_follow_ups, got_offers = received(server)
        assert len(server.messages()) == 250  # one email per user
    assert [r.returncode for r in results] == [0, 0, 0, 0], [r.stderr for r in results]
    assert report("4 runs at once", 500, got_follow_ups, got_offers) == 0
    assert set(got_follow_ups) == follow_ups and set(got_follow_ups.values()) == {1}
    assert set(got_offers) == offers and set(got_offers.values()) == {1}
    assert Reminder.objects.filter(status=Reminder.Status.SENT).count() == 500
    runs = list(ReminderRun.objects.all())
    assert len(runs) == 4 and sum(r.reminders_sent for r in runs) == 500
    assert sum(1 for r in runs if r.emails_sent) >= 2  # they really ran side by side


def test_a_connection_dropped_at_the_third_email_among_four_runs_loses_and_repeats_nothing():
    follow_ups, offers = users_with_two_reminders_each(50)
    with MailServer(fail_at=3, how="drop", delay=0.01) as server:
        first = send_reminders(server, processes=4)
        failed = [r for r in first if r.returncode]
        assert len(failed) == 1, [r.stderr for r in first]
        lines = failed[0].stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("CommandError: Stopped after ")
        assert lines[0].endswith("the mail server closed the connection. What was not sent stays due for the next run.")
        # The dropped email's reminders were released, then claimed by another
        # run at work or by the next one: never by the run that failed.
        dropped = Reminder.objects.filter(last_error="the mail server closed the connection")
        assert dropped.count() == 2 and len({r.user_id for r in dropped}) == 1

        second = send_reminders(server, processes=1)
        assert second[0].returncode == 0, second[0].stderr
        got_follow_ups, got_offers = received(server)
    assert report("dropped at the 3rd, then a second run", 100, got_follow_ups, got_offers) == 0
    assert set(got_follow_ups) == follow_ups and set(got_follow_ups.values()) == {1}
    assert set(got_offers) == offers and set(got_offers.values()) == {1}
    assert not Reminder.objects.exclude(status=Reminder.Status.SENT).exists()
    failed_run = ReminderRun.objects.exclude(error="").get()
    assert all(r.attempts == 2 and r.run != failed_run for r in dropped)

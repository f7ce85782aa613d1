"""Email each user what is due: open follow-ups due today or overdue, and the
deadlines of offers they have not answered, `Profile.reminder_days_before` days
ahead (or already passed). The work is `declines/reminders.py`'s.

Run it from cron as often as you like, on as many machines as you like, or
once with `--loop` as a long-lived scheduler: each reminder is claimed in the
database before it is sent, so it goes out once. A run that could not send
everything exits non-zero with the reason on one line; what it did not send
goes out on the next run. `--dry-run` prints the emails and records nothing.
"""

import datetime as dt
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from declines import reminders


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# Where `make run` serves: the links of reminders sent on a developer's machine with no SITE_URL.
LOCAL_SITE_URL = "http://127.0.0.1:8000"


class Command(BaseCommand):
    help = "Email each user what is due today or overdue. Each reminder goes out once, however many runs there are."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the emails instead of sending them; record nothing."
        )
        parser.add_argument(
            "--date",
            help="Act as if today were this day (YYYY-MM-DD). Default: today, from REMINDERS_FROM_HOUR (7:00) on.",
        )
        parser.add_argument(
            "--loop",
            action="store_true",
            help="Keep running: send what is due at the start of every minute until stopped (SIGTERM).",
        )

    def handle(self, *args, dry_run=False, date=None, loop=False, **options):
        site_url = settings.SITE_URL
        if not site_url and settings.DEBUG:
            # On a developer's machine: the address `make run` serves, said out loud.
            site_url = LOCAL_SITE_URL
            self.stderr.write(f"SITE_URL is not set: the reminders link to {site_url}, where make run serves.")
        if not site_url:
            raise CommandError(
                "SITE_URL is not set: reminder emails link back to the site, and with no request to take "
                "the address from, send_reminders needs it. Set SITE_URL to the site's public address "
                "(e.g. SITE_URL=http://127.0.0.1:8102 under make run PORT=8102, or https://declines.example.com)."
            )
        today = None
        if date:
            try:
                today = dt.date.fromisoformat(date)
            except ValueError as error:
                raise CommandError(f"--date must look like 2026-03-31, not {date!r}.") from error
        if loop:
            if date or dry_run:
                raise CommandError("--loop runs for real, day after day: leave out --date and --dry-run.")
            return self.loop(site_url)
        if dry_run:
            return self.dry_run(today or reminders.reminders_day(), site_url)

        run = reminders.run_once(site_url=site_url, today=today)
        self.stdout.write(self.summary(run))
        if run.error:
            raise CommandError(run.error)

    def summary(self, run) -> str:
        return f"Sent {plural(run.emails_sent, 'reminder email')}."

    def dry_run(self, today: dt.date, site_url: str) -> None:
        due = reminders.would_send(today=today)
        for user, items in due.items():
            message = reminders.reminder_email(user=user, reminders=items, site_url=site_url, today=today)
            self.stdout.write(f"To: {user.email}\nSubject: {message.subject}\n\n{message.body}\n{'-' * 60}")
        self.stdout.write(self.style.SUCCESS(f"Would send {plural(len(due), 'reminder email')}."))

    def loop(self, site_url: str) -> None:
        stop = threading.Event()

        def on_signal(signum, frame):
            self.stdout.write(f"{signal.strsignal(signum)}: stopping once the email in hand is sent.")
            # Not `stop.set()` here: the handler runs in the main thread, which may be holding the event's own
            # lock (entering or leaving `stop.wait`) and would then wait for itself for ever. A thread sets it
            # as soon as the main thread lets go.
            threading.Thread(target=stop.set, daemon=True).start()

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)

        def report(run):
            line = self.summary(run)
            if run.error:
                self.stderr.write(f"{line} {run.error}")
            elif run.emails_sent:
                self.stdout.write(line)

        self.stdout.write("Sending reminders at the start of every minute; SIGTERM stops.")
        reminders.run_forever(site_url=site_url, stop=stop, report=report)
        self.stdout.write("Stopped.")

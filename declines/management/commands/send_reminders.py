"""Email each user what is due: open follow-ups due today or overdue, and the
deadlines of offers they have not answered, `Profile.reminder_days_before` days
ahead (or already passed).

Run it from cron as often as you like (see README): a follow-up is reminded of
once per due date (`FollowUp.reminded_on`; snoozing it to a later day re-arms
it), and a deadline once per respond-by date (`Offer.deadline_reminded_on`).
Only users with reminders on and an email address get one. `--dry-run` prints
the emails without sending them or recording anything.
"""

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from declines import tracking
from declines.models import FollowUp, Offer, Profile
from declines.services.follow_ups import reminders_record


def due_follow_ups(users, today: dt.date) -> list[FollowUp]:
    """Open follow-ups due by today that were not reminded of since their due date was set."""
    return list(
        FollowUp.objects.filter(owner__in=users, offer__deleted_at__isnull=True, done_at__isnull=True)
        .filter(due_on__lte=today)
        .filter(Q(reminded_on__isnull=True) | Q(reminded_on__lt=F("due_on")))
        .select_related("offer")
        .order_by("due_on", "pk")
    )


def due_deadlines(users, profiles: dict[int, Profile], today: dt.date) -> list[Offer]:
    """Undecided offers whose deadline is within the owner's notice, not reminded of for this deadline yet."""
    furthest = today + dt.timedelta(days=30)  # the most notice a profile can ask for
    candidates = Offer.objects.filter(
        owner__in=users,
        deleted_at__isnull=True,
        status=Offer.Status.CONSIDERING,
        respond_by__isnull=False,
        respond_by__lte=furthest,
    )
    due = []
    for offer in candidates.order_by("respond_by", "pk"):
        notice_from = offer.respond_by - dt.timedelta(days=profiles[offer.owner_id].reminder_days_before)
        already = offer.deadline_reminded_on is not None and offer.deadline_reminded_on >= notice_from
        if today >= notice_from and not already:
            due.append(offer)
    return due


class Command(BaseCommand):
    help = "Email each user what is due today or overdue. Nothing is reminded of twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the emails instead of sending them; record nothing."
        )
        parser.add_argument(
            "--date",
            help="Act as if today were this day (YYYY-MM-DD), to catch up after an outage. Default: today.",
        )

    def handle(self, *args, dry_run=False, date=None, **options):
        today = timezone.localdate()
        if date:
            try:
                today = dt.date.fromisoformat(date)
            except ValueError as error:
                raise CommandError(f"--date must look like 2026-03-31, not {date!r}.") from error

        users = list(
            get_user_model()
            .objects.filter(is_active=True, profile__reminders_enabled=True)
            .exclude(email="")
            .select_related("profile")
            .order_by("pk")
        )
        profiles = {user.pk: user.profile for user in users}
        follow_ups, deadlines = defaultdict(list), defaultdict(list)
        for follow_up in due_follow_ups(users, today):
            follow_ups[follow_up.owner_id].append(follow_up)
        for offer in due_deadlines(users, profiles, today):
            deadlines[offer.owner_id].append(offer)

        sent = 0
        for user in users:
            if not follow_ups[user.pk] and not deadlines[user.pk]:
                continue
            subject, body = self.message(user, follow_ups[user.pk], deadlines[user.pk], today)
            if dry_run:
                self.stdout.write(f"To: {user.email}\nSubject: {subject}\n\n{body}\n{'-' * 60}")
            else:
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
                # Recorded only once the email is away: a failed send is tried again next run.
                reminders_record(follow_ups=follow_ups[user.pk], offers=deadlines[user.pk], on=today)
            sent += 1
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(self.style.SUCCESS(f"{verb} {sent} reminder email{'' if sent == 1 else 's'}."))

    def message(self, user, follow_ups, deadlines, today) -> tuple[str, str]:
        for follow_up in follow_ups:
            follow_up.countdown = tracking.countdown(follow_up.due_on, today)
            follow_up.url = settings.SITE_URL + reverse("follow_ups") + f"#follow-up-{follow_up.pk}"
        for offer in deadlines:
            offer.countdown = tracking.countdown(offer.respond_by, today)
            offer.url = settings.SITE_URL + offer.get_absolute_url()
        count = len(follow_ups) + len(deadlines)
        subject = f"Declines: {count} thing{'' if count == 1 else 's'} to do"
        body = render_to_string(
            "declines/emails/reminder.txt",
            {
                "name": user.profile.display_name,
                "follow_ups": follow_ups,
                "deadlines": deadlines,
                "settings_url": settings.SITE_URL + reverse("account_settings") + "#reminders",
            },
        )
        return subject, body

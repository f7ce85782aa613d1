"""Reminder emails (§9, §11, §12): each due reminder is claimed in the database, then sent once.

Besides follow-ups and deadlines, a coach's comment on a client's draft is
emailed this way: its reminder row is added when the comment is made.

A run (`run_once`) goes like this:

1. `record_due` adds a `Reminder` row for each open follow-up due today or
   overdue, and each deadline of an undecided offer within its owner's notice,
   that has none for that date yet. Unique constraints make two runs adding
   the same row at once harmless.
2. `claim_next` takes one user's due reminders. On PostgreSQL the user's
   profile row is locked with SKIP LOCKED, so that runs working at the same
   time take different users. On every database the claim itself is one
   `UPDATE … WHERE status = 'pending' AND claimed_at IS NULL`, so a row is
   claimed by one run only; SQLite, which runs one writing statement at a
   time, needs nothing more.
3. One email per user goes out, and then its rows are marked sent with the
   email's Message-ID. A mail server that refuses the email gets the rows
   released with its reason, to go out on the next run; a mail server that is
   gone stops the run, and what it had not claimed stays due.

A claim left behind by a run that died is taken over after `CLAIM_LEASE`.
The one gap no mail system closes: a run killed after the mail server took an
email and before its rows were marked sent; that email may go out once more.
"""

import contextlib
import datetime as dt
import logging
import os
import smtplib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.utils import format_datetime, make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import DatabaseError, InterfaceError, OperationalError, close_old_connections, connection, transaction
from django.db.models import Exists, F, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from declines import tracking
from declines.models import FollowUp, Offer, Profile, Reminder, ReminderRun

logger = logging.getLogger("declines.reminders")

# A claim older than this was left by a run that died; another run takes it over.
CLAIM_LEASE = dt.timedelta(minutes=10)
# A reminder the mail server refuses outright (5xx) this many times is given up.
GIVE_UP_AFTER = 3
# No run for this long, and Settings and the admin say so: a daily cron line
# may run a little late, a stopped scheduler is noticed the next day.
STALE_AFTER = dt.timedelta(hours=26)
# How far back Settings and the admin show what was sent and what failed.
HEALTH_DAYS = 30
# Runs are kept this long: one a minute under `--loop` is 43,200 rows.
KEEP_RUNS = dt.timedelta(days=30)
# The most notice a profile can ask for before a deadline.
MOST_NOTICE_DAYS = 30

UNSUBSCRIBE_SALT = "declines.reminders.unsubscribe"


# --- What is due ---------------------------------------------------------------------


def reminders_day(now: dt.datetime | None = None) -> dt.date:
    """The day whose reminders are due: today from `REMINDERS_FROM_HOUR`, yesterday before it."""
    local = timezone.localtime(now)
    if local.hour < settings.REMINDERS_FROM_HOUR:
        return local.date() - dt.timedelta(days=1)
    return local.date()


def _wanting_reminders(user: str) -> dict:
    """Filters on the user at the path `user`: an active account with reminders on."""
    return {f"{user}__is_active": True, f"{user}__profile__reminders_enabled": True}


def reaches(user) -> bool:
    """Whether reminders reach `user` at all: the rule of `_wanting_reminders` and of
    `ReminderQuerySet.claimable` (an active account, reminders on, an address), for one user in hand."""
    return user.is_active and bool(user.email) and user.profile.reminders_enabled


def due_follow_ups(*, today: dt.date, excluding):
    """Open follow-ups due by `today` with no reminder in `excluding` for their due date."""
    return (
        FollowUp.objects.filter(done_at__isnull=True, due_on__lte=today, offer__deleted_at__isnull=True)
        .filter(**_wanting_reminders("offer__owner"))
        .exclude(offer__owner__email="")
        .exclude(
            Exists(excluding.filter(kind=Reminder.Kind.FOLLOW_UP, follow_up=OuterRef("pk"), due_on=OuterRef("due_on")))
        )
        .select_related("offer")
        .order_by("due_on", "pk")
    )


def due_deadlines(*, today: dt.date, excluding) -> list[Offer]:
    """Undecided offers whose deadline is within the owner's notice, with no reminder in `excluding` for it."""
    candidates = (
        Offer.objects.filter(
            deleted_at__isnull=True,
            status=Offer.Status.CONSIDERING,
            respond_by__isnull=False,
            respond_by__lte=today + dt.timedelta(days=MOST_NOTICE_DAYS),
        )
        .filter(**_wanting_reminders("owner"))
        .exclude(owner__email="")
        .exclude(
            Exists(excluding.filter(kind=Reminder.Kind.DEADLINE, offer=OuterRef("pk"), due_on=OuterRef("respond_by")))
        )
        .select_related("owner__profile")
        .order_by("respond_by", "pk")
    )
    return [
        offer
        for offer in candidates
        if today >= offer.respond_by - dt.timedelta(days=offer.owner.profile.reminder_days_before)
    ]


def record_due(*, today: dt.date) -> int:
    """Add a reminder row for everything due that has none yet; how many were added."""
    every = Reminder.objects.all()
    rows = [
        Reminder(user_id=f.offer.owner_id, kind=Reminder.Kind.FOLLOW_UP, follow_up=f, due_on=f.due_on)
        for f in due_follow_ups(today=today, excluding=every)
    ] + [
        Reminder(user_id=o.owner_id, kind=Reminder.Kind.DEADLINE, offer=o, due_on=o.respond_by)
        for o in due_deadlines(today=today, excluding=every)
    ]
    # Another run may add the same rows at this moment: the unique constraints
    # keep one of each, and nobody waits on an error.
    return len(Reminder.objects.bulk_create(rows, ignore_conflicts=True))


# --- Claiming ------------------------------------------------------------------------


def claim_next(*, run: ReminderRun, now: dt.datetime) -> list[Reminder] | None:
    """Claim one user's due reminders for `run`.

    The claimed rows; [] when another run claimed them first (look again);
    None when no user has a reminder left to claim.
    """
    stale_before = now - CLAIM_LEASE
    # What this run already tried and released waits for the next run.
    claimable = Reminder.objects.claimable(stale_before=stale_before).exclude(run=run)
    skip_locked = connection.features.has_select_for_update_skip_locked
    # On SQLite, a SELECT and an UPDATE in one transaction can deadlock with
    # another process doing the same; each statement on its own cannot.
    with transaction.atomic() if skip_locked else contextlib.nullcontext():
        users = Profile.objects.filter(Exists(claimable.filter(user_id=OuterRef("user_id")))).order_by("user_id")
        if skip_locked:
            users = users.select_for_update(skip_locked=True, no_key=connection.features.has_select_for_no_key_update)
        user_id = users.values_list("user_id", flat=True).first()
        if user_id is None:
            return None
        ids = list(claimable.filter(user_id=user_id).values_list("pk", flat=True))
        # The claim: the WHERE on the row's own columns is checked again by
        # PostgreSQL against a row another run changed meanwhile, so it can
        # succeed for one run only.
        Reminder.objects.unclaimed(stale_before=stale_before).filter(pk__in=ids).exclude(run=run).update(
            claimed_at=now, run=run, attempts=F("attempts") + 1
        )
    return list(
        Reminder.objects.filter(run=run, claimed_at=now, status=Reminder.Status.PENDING)
        .select_related(
            "user__profile", "follow_up__offer", "offer", "comment__draft__offer", "comment__author__profile"
        )
        .order_by("due_on", "pk")
    )


def _claimed(batch: list[Reminder]):
    first = batch[0]
    return Reminder.objects.filter(
        pk__in=[r.pk for r in batch], run_id=first.run_id, claimed_at=first.claimed_at, status=Reminder.Status.PENDING
    )


def _mark_sent(batch: list[Reminder], *, message_id: str) -> None:
    _claimed(batch).update(status=Reminder.Status.SENT, sent_at=timezone.now(), message_id=message_id)


def _release(batch: list[Reminder], *, reason: str, permanent: bool) -> None:
    """Back to due, with the reason; a reminder refused outright too often is given up."""
    now = timezone.now()
    if permanent:
        _claimed(batch).filter(attempts__gte=GIVE_UP_AFTER).update(
            status=Reminder.Status.FAILED, claimed_at=None, last_error=reason, last_failed_at=now
        )
    _claimed(batch).update(claimed_at=None, last_error=reason, last_failed_at=now)


# --- The email -----------------------------------------------------------------------


def unsubscribe_token(user) -> str:
    """A signed token naming the user, for the one-click unsubscribe link (no log-in needed)."""
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_for_unsubscribe_token(token: str):
    """The user a token names, or None if it was not signed by this site."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk).select_related("profile").first()


def reminder_email(*, user, reminders: list[Reminder], site_url: str, today: dt.date) -> EmailMultiAlternatives:
    """One user's reminders as one email: text and HTML, and the headers a mail client expects."""
    follow_ups, deadlines, comments = [], [], []
    for reminder in reminders:
        if reminder.kind == Reminder.Kind.FOLLOW_UP:
            follow_up = reminder.follow_up
            follow_up.countdown = tracking.countdown(follow_up.due_on, today)
            follow_up.url = site_url + reverse("follow_ups") + f"#follow-up-{follow_up.pk}"
            follow_ups.append(follow_up)
        elif reminder.kind == Reminder.Kind.DEADLINE:
            offer = reminder.offer
            offer.countdown = tracking.countdown(offer.respond_by, today)
            offer.url = site_url + offer.get_absolute_url()
            deadlines.append(offer)
        elif reminder.kind == Reminder.Kind.COMMENT:
            comment = reminder.comment
            comment.url = site_url + comment.draft.get_absolute_url() + "#comments"
            comments.append(comment)
    count = len(follow_ups) + len(deadlines)
    subject = _subject(to_do=count, comments=len(comments))
    # A test can be asked for with reminders off: the email must not say they are on,
    # nor offer to stop them (no one-click link, no List-Unsubscribe).
    reminders_on = reaches(user)
    unsubscribe_url = ""
    if reminders_on:
        unsubscribe_url = site_url + reverse("reminders_unsubscribe", args=[unsubscribe_token(user)])
    context = {
        "subject": subject,
        "name": user.profile.display_name,
        "follow_ups": follow_ups,
        "deadlines": deadlines,
        "comments": comments,
        "is_test": not count and not comments,
        "reminders_on": reminders_on,
        "site_url": site_url,
        "settings_url": site_url + reverse("account_settings") + "#reminders",
        "unsubscribe_url": unsubscribe_url,
    }
    headers = {
        # With its zone: Django's own Date says "-0000", "zone unknown".
        "Date": format_datetime(timezone.now()),
        "Message-ID": make_msgid(domain=urlsplit(site_url).hostname or "declines"),
        "Auto-Submitted": "auto-generated",
    }
    if unsubscribe_url:
        # RFC 8058: a mail client's "Unsubscribe" button posts to the link.
        headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message = EmailMultiAlternatives(
        subject,
        render_to_string("declines/emails/reminder.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
        headers=headers,
    )
    message.attach_alternative(render_to_string("declines/emails/reminder.html", context), "text/html")
    return message


def _subject(*, to_do: int, comments: int) -> str:
    """ "Declines: 2 things to do", "Declines: a comment from your coach", both, or a test."""
    parts = []
    if to_do:
        parts.append(f"{to_do} thing{'' if to_do == 1 else 's'} to do")
    if comments:
        parts.append("a comment from your coach" if comments == 1 else f"{comments} comments from your coach")
    return "Declines: " + (" and ".join(parts) if parts else "a test reminder")


# --- Failures, in one line -------------------------------------------------------------


def _one_line(text, limit: int = 300) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def why_not_sent(error: Exception) -> str:
    """What went wrong with the mail server, for a person to read."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        address, (code, reply) = next(iter(error.recipients.items()))
        return _one_line(f"the mail server refused the address {address}: {code} {_one_line(reply)}")
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return "the mail server closed the connection"
    if isinstance(error, smtplib.SMTPConnectError | smtplib.SMTPHeloError | smtplib.SMTPAuthenticationError):
        return _one_line(f"the mail server would not take emails: {error.smtp_code} {_one_line(error.smtp_error)}")
    if isinstance(error, smtplib.SMTPResponseException):
        return _one_line(f"the mail server refused it: {error.smtp_code} {_one_line(error.smtp_error)}")
    if isinstance(error, OSError):
        where = f"{settings.EMAIL_HOST}:{settings.EMAIL_PORT}"
        return _one_line(f"could not reach the mail server at {where} ({error.strerror or error})")
    return _one_line(f"the email could not be sent ({error})")


def _refused_this_email(error: Exception) -> bool:
    """The server said no to this one email and is still there for the next."""
    return isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused | smtplib.SMTPDataError)


def _refused_for_good(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


# --- A run ---------------------------------------------------------------------------


def run_once(*, site_url: str, today: dt.date | None = None, should_stop: Callable[[], bool] = lambda: False):
    """Send every due reminder this run can claim; the run, recorded, with its counts and any error.

    Before `REMINDERS_FROM_HOUR` a run sends yesterday's reminders, but an
    email read today counts the days from today ("overdue by 5 days"), as the
    app does; a `today` given (the command's --date) stands for both."""
    shown_on = today or timezone.localdate()
    today = today or reminders_day()
    run = ReminderRun.objects.create(host=socket.gethostname()[:255], pid=os.getpid())
    ReminderRun.objects.filter(started_at__lt=run.started_at - KEEP_RUNS).delete()
    backend = None
    first_failure = ""
    try:
        record_due(today=today)
        while not should_stop():
            batch = claim_next(run=run, now=timezone.now())
            if batch is None:
                break
            if not batch:
                continue
            user = batch[0].user
            message = reminder_email(user=user, reminders=batch, site_url=site_url, today=shown_on)
            try:
                if backend is None:
                    backend = get_connection(fail_silently=False)
                    backend.open()
                if backend.send_messages([message]) != 1:
                    raise smtplib.SMTPException("the mail backend did not send it")
            except (smtplib.SMTPException, OSError) as error:
                reason = why_not_sent(error)
                _release(batch, reason=reason, permanent=_refused_for_good(error))
                run.failures += 1
                logger.warning("Reminder email to user %s not sent: %s", user.pk, reason)
                if _refused_this_email(error):
                    first_failure = first_failure or reason
                    continue
                run.error = _one_line(
                    f"Stopped after {run.emails_sent} reminder email{'' if run.emails_sent == 1 else 's'}: "
                    f"{reason}. What was not sent stays due for the next run.",
                    500,
                )
                break
            _mark_sent(batch, message_id=message.extra_headers["Message-ID"])
            run.emails_sent += 1
            run.reminders_sent += len(batch)
        if first_failure and not run.error:
            total = run.emails_sent + run.failures
            run.error = _one_line(
                f"{run.failures} of {total} reminder emails not sent ({first_failure}); "
                "they stay due for the next run.",
                500,
            )
    finally:
        if backend is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                backend.close()
        run.finished_at = timezone.now()
        run.save(update_fields=["finished_at", "emails_sent", "reminders_sent", "failures", "error"])
    return run


def would_send(*, today: dt.date) -> dict:
    """What a run would send now, by user, without recording or claiming anything (`--dry-run`)."""
    finished = Reminder.objects.exclude(status=Reminder.Status.PENDING)
    by_user: dict = {}
    for follow_up in due_follow_ups(today=today, excluding=finished).select_related("offer__owner__profile"):
        owner = follow_up.offer.owner
        by_user.setdefault(owner, []).append(
            Reminder(user=owner, kind=Reminder.Kind.FOLLOW_UP, follow_up=follow_up, due_on=follow_up.due_on)
        )
    for offer in due_deadlines(today=today, excluding=finished):
        by_user.setdefault(offer.owner, []).append(
            Reminder(user=offer.owner, kind=Reminder.Kind.DEADLINE, offer=offer, due_on=offer.respond_by)
        )
    # Comments have their reminder from the moment they are made (`services.coaching.comment_add`).
    waiting = Reminder.objects.claimable(stale_before=timezone.now() - CLAIM_LEASE).filter(kind=Reminder.Kind.COMMENT)
    for reminder in waiting.select_related("user", "comment__draft__offer", "comment__author__profile"):
        by_user.setdefault(reminder.user, []).append(reminder)
    return dict(sorted(by_user.items(), key=lambda item: item[0].pk))


def send_test(*, user, site_url: str) -> Reminder:
    """Email the user a test reminder now, recorded like any other; never tried again if it fails."""
    today = timezone.localdate()
    reminder = Reminder.objects.create(
        user=user, kind=Reminder.Kind.TEST, due_on=today, claimed_at=timezone.now(), attempts=1
    )
    message = reminder_email(user=user, reminders=[reminder], site_url=site_url, today=today)
    try:
        if get_connection(fail_silently=False).send_messages([message]) != 1:
            raise smtplib.SMTPException("the mail backend did not send it")
    except (smtplib.SMTPException, OSError) as error:
        reminder.status, reminder.last_error, reminder.last_failed_at = (
            Reminder.Status.FAILED,
            why_not_sent(error),
            timezone.now(),
        )
    else:
        reminder.status, reminder.sent_at = Reminder.Status.SENT, timezone.now()
        reminder.message_id = message.extra_headers["Message-ID"]
    reminder.claimed_at = None
    reminder.save()
    return reminder


# --- The scheduler -------------------------------------------------------------------


def seconds_to_next_minute(now: dt.datetime | None = None) -> float:
    now = now or timezone.now()
    return 60 - now.second - now.microsecond / 1_000_000


def run_forever(
    *,
    site_url: str,
    stop: threading.Event,
    report: Callable[[ReminderRun], None],
    retry_first: float = 5,
    retry_most: float = 60,
) -> None:
    """Run at the start of every minute until `stop` is set (SIGTERM): the email
    in hand is finished, then it returns. A database that goes away (a restart,
    a failover) is waited for, with a logged line for each retry."""
    retry = retry_first
    while not stop.is_set():
        try:
            close_old_connections()  # as a web request does: a connection past its age is opened anew
            run = run_once(site_url=site_url, should_stop=stop.is_set)
        except (OperationalError, InterfaceError) as error:
            logger.warning("The database is unavailable (%s); trying again in %g s.", _one_line(error, 200), retry)
            with contextlib.suppress(DatabaseError):
                connection.close()
            stop.wait(retry)
            retry = min(retry * 2, retry_most)
            continue
        retry = retry_first
        report(run)
        stop.wait(seconds_to_next_minute())


# --- Health --------------------------------------------------------------------------


@dataclass(frozen=True)
class Email:
    """Reminders that went out in one email, or failed together in one attempt."""

    at: dt.datetime
    reminders: list[Reminder]
    # For one not yet sent: whether the next run would still send any of it
    # (what it is about may since have been done, moved or deleted).
    goes_out: bool = False

    @property
    def first(self) -> Reminder:
        return self.reminders[0]


@dataclass(frozen=True)
class Health:
    last_run: ReminderRun | None
    stale: bool
    sent: list[Email]  # the latest, newest first
    failed: list[Email]
    sent_count: int  # reminders, over the whole period
    failed_count: int


def _by_email(rows, *, at: str, key: Callable[[Reminder], object], going_out=frozenset()) -> list[Email]:
    emails: list[Email] = []
    for row in rows:
        if emails and key(emails[-1].first) == key(row):
            emails[-1].reminders.append(row)
        else:
            emails.append(Email(at=getattr(row, at), reminders=[row]))
    return [replace(email, goes_out=any(r.pk in going_out for r in email.reminders)) for email in emails]


def health(*, user=None, now: dt.datetime | None = None, limit: int = 50) -> Health:
    """When reminders last ran, and what was sent or failed in the last `HEALTH_DAYS`
    (to `user`, or to everyone for the admin), email by email."""
    now = now or timezone.now()
    since = now - dt.timedelta(days=HEALTH_DAYS)
    last_run = ReminderRun.objects.order_by("-started_at").first()
    reminders = Reminder.objects.select_related(
        "follow_up__offer", "offer", "user", "comment__draft__offer", "comment__author__profile"
    )
    if user is not None:
        reminders = reminders.for_user(user)
    sent = reminders.filter(status=Reminder.Status.SENT, sent_at__gte=since)
    failed = reminders.filter(last_failed_at__gte=since)
    latest_failed = list(failed.order_by("-last_failed_at", "user_id", "last_error", "due_on", "pk")[:limit])
    # What a run would still send of them (one may be sending it now), by the rule the run itself uses.
    going_out = set(
        Reminder.objects.wanted()
        .filter(pk__in=[r.pk for r in latest_failed if r.status == Reminder.Status.PENDING])
        .values_list("pk", flat=True)
    )
    return Health(
        last_run=last_run,
        stale=last_run is None or last_run.started_at < now - STALE_AFTER,
        sent=_by_email(
            sent.order_by("-sent_at", "message_id", "due_on", "pk")[:limit],
            at="sent_at",
            key=lambda r: r.message_id or r.pk,
        ),
        failed=_by_email(
            latest_failed,
            at="last_failed_at",
            key=lambda r: (r.user_id, r.last_failed_at, r.last_error),
            going_out=going_out,
        ),
        sent_count=sent.count(),
        failed_count=failed.count(),
    )

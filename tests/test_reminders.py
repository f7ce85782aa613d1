"""`manage.py send_reminders`: what is due, to whom, and never twice (in one process; see
`test_reminder_delivery.py` for a real mail server and runs at the same time)."""

import datetime as dt
import io

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from declines import reminders
from declines.models import Offer, Profile, Reminder, ReminderRun
from tests.factories import FollowUpFactory, OfferFactory, UserFactory

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


def days(n):
    return today() + dt.timedelta(days=n)


def run(*args) -> str:
    out = io.StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def offer(owner):
    # No deadline, so only the follow-ups under test are due.
    return OfferFactory(owner=owner, company="Northwind Analytics", role="Staff Engineer", respond_by=None)


def test_a_due_follow_up_is_emailed_once(owner, offer):
    follow_up = FollowUpFactory(offer=offer, kind="thank_you", due_on=today(), note="Thank Sam.")
    overdue = FollowUpFactory(offer=offer, kind="linkedin", due_on=days(-3))
    assert "Sent 1 reminder email." in run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [owner.email]
    assert message.subject == "Declines: 2 things to do"
    assert "Thank-you note for Northwind Analytics (Staff Engineer): due today" in message.body
    assert "Connect on LinkedIn for Northwind Analytics (Staff Engineer): overdue by 3 days" in message.body
    assert f"{settings.SITE_URL}/follow-ups/#follow-up-{follow_up.pk}" in message.body
    assert "Hello Alex Morgan" in message.body
    sent = Reminder.objects.filter(status=Reminder.Status.SENT)
    assert {(r.follow_up_id, r.due_on) for r in sent} == {(follow_up.pk, today()), (overdue.pk, days(-3))}
    assert {r.message_id for r in sent} == {message.extra_headers["Message-ID"]}

    run()
    assert len(mail.outbox) == 1  # never the same reminder twice
    assert Reminder.objects.count() == 2


def test_what_is_not_due_is_not_emailed(owner, offer, outsider):
    FollowUpFactory(offer=offer, due_on=days(1))
    FollowUpFactory(offer=offer, due_on=days(-1), done_at=timezone.now())
    FollowUpFactory(offer=OfferFactory(owner=owner, deleted_at=timezone.now(), respond_by=None), due_on=today())
    assert "Sent 0 reminder emails." in run()
    assert mail.outbox == []


def test_a_snoozed_follow_up_is_reminded_of_again_when_due_again(owner, offer):
    follow_up = FollowUpFactory(offer=offer, due_on=days(-7))
    run("--date", days(-7).isoformat())
    follow_up.due_on = days(0)  # snoozed a week
    follow_up.save()
    run()
    assert len(mail.outbox) == 2


def test_a_deadline_is_emailed_the_chosen_number_of_days_before(owner):
    profile = Profile.objects.get(user=owner)
    profile.reminder_days_before = 3
    profile.save()
    offer = OfferFactory(owner=owner, company="Contoso", received_on=days(-5), respond_by=days(3))
    OfferFactory(owner=owner, company="Too Early Ltd", received_on=days(-5), respond_by=days(4))
    OfferFactory(
        owner=owner,
        company="Decided Ltd",
        respond_by=days(1),
        status=Offer.Status.DECLINED,
        decided_at=timezone.now(),
    )
    run()
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Contoso (Senior Data Engineer): respond by" in body and "due in 3 days" in body
    assert "Too Early Ltd" not in body and "Decided Ltd" not in body
    assert f"{settings.SITE_URL}{offer.get_absolute_url()}" in body
    assert Reminder.objects.get(offer=offer).due_on == offer.respond_by
    run()
    assert len(mail.outbox) == 1


def test_a_moved_deadline_is_reminded_of_again(owner):
    offer = OfferFactory(owner=owner, received_on=days(-5), respond_by=days(1))
    run()
    offer.respond_by = days(10)
    offer.save()
    run()
    assert len(mail.outbox) == 1
    run("--date", days(9).isoformat())
    assert len(mail.outbox) == 2


def test_a_passed_deadline_of_an_undecided_offer_is_reminded_of_once(owner):
    OfferFactory(owner=owner, company="Late Ltd", received_on=days(-9), respond_by=days(-2))
    run()
    run()
    assert len(mail.outbox) == 1
    assert "overdue by 2 days" in mail.outbox[0].body


def test_no_email_when_reminders_are_off_or_there_is_no_address(owner, outsider):
    FollowUpFactory(offer=OfferFactory(owner=owner, respond_by=None), due_on=today())
    FollowUpFactory(offer=OfferFactory(owner=outsider, respond_by=None), due_on=today())
    Profile.objects.filter(user=owner).update(reminders_enabled=False)
    outsider.email = ""
    outsider.save()
    run()
    assert mail.outbox == []
    assert not Reminder.objects.exists()


def test_each_user_gets_only_their_own(owner, outsider):
    FollowUpFactory(offer=OfferFactory(owner=owner, company="Mine Ltd", respond_by=None), due_on=today())
    FollowUpFactory(offer=OfferFactory(owner=outsider, company="Theirs Ltd", respond_by=None), due_on=today())
    run()
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert "Mine Ltd" in by_address[owner.email] and "Theirs Ltd" not in by_address[owner.email]
    assert "Theirs Ltd" in by_address[outsider.email] and "Mine Ltd" not in by_address[outsider.email]


def test_dry_run_prints_and_neither_sends_nor_records(owner, offer):
    FollowUpFactory(offer=offer, kind="thank_you", due_on=today())
    output = run("--dry-run")
    assert f"To: {owner.email}" in output
    assert "Thank-you note for Northwind Analytics" in output
    assert "Would send 1 reminder email." in output
    assert mail.outbox == []
    assert not Reminder.objects.exists() and not ReminderRun.objects.exists()
    run()
    assert len(mail.outbox) == 1


def test_a_bad_date_is_refused():
    with pytest.raises(CommandError, match="--date must look like"):
        run("--date", "31/12/2026")


def queries_in_one_run() -> int:
    with CaptureQueriesContext(connection) as queries:
        run()
    return len(queries)


def test_a_run_takes_the_same_queries_for_each_email_however_many_reminders_it_lists():
    users = [UserFactory(username=f"person{n}") for n in range(3)]
    FollowUpFactory(offer=OfferFactory(owner=users[0], respond_by=days(1)), due_on=today())
    one = queries_in_one_run()
    for n in range(5):
        FollowUpFactory(offer=OfferFactory(owner=users[0], respond_by=days(1)), due_on=days(-n))
    Reminder.objects.all().delete()
    assert queries_in_one_run() == one  # one email listing eight reminders
    FollowUpFactory(offer=OfferFactory(owner=users[1], respond_by=None), due_on=today())
    Reminder.objects.all().delete()
    two = queries_in_one_run()
    FollowUpFactory(offer=OfferFactory(owner=users[2], respond_by=None), due_on=today())
    Reminder.objects.all().delete()
    three = queries_in_one_run()
    # Lock a user, read the ids, claim, read the rows, mark them sent (+ a savepoint on PostgreSQL).
    assert three - two == two - one <= 7
    assert len(mail.outbox) == 1 + 1 + 2 + 3


# --- Runs and claims -------------------------------------------------------------


def test_each_run_is_recorded_with_what_it_did(owner, offer):
    FollowUpFactory(offer=offer, due_on=today())
    FollowUpFactory(offer=offer, due_on=days(-1))
    run()
    recorded = ReminderRun.objects.get()
    assert recorded.finished_at >= recorded.started_at
    assert recorded.host and recorded.pid
    assert (recorded.emails_sent, recorded.reminders_sent, recorded.failures, recorded.error) == (1, 2, 0, "")
    assert set(Reminder.objects.values_list("run", flat=True)) == {recorded.pk}


def test_a_reminder_another_run_has_claimed_is_left_to_it(owner, offer):
    FollowUpFactory(offer=offer, due_on=today())
    reminders.record_due(today=today())
    other = ReminderRun.objects.create(host="elsewhere")
    Reminder.objects.update(claimed_at=timezone.now(), run=other)
    assert "Sent 0 reminder emails." in run()
    assert mail.outbox == []


def test_a_claim_left_by_a_run_that_died_is_taken_over_after_the_lease(owner, offer):
    FollowUpFactory(offer=offer, due_on=today())
    reminders.record_due(today=today())
    died = ReminderRun.objects.create(host="gone")
    Reminder.objects.update(claimed_at=timezone.now() - reminders.CLAIM_LEASE - dt.timedelta(seconds=1), run=died)
    assert "Sent 1 reminder email." in run()
    reminder = Reminder.objects.get()
    assert reminder.status == Reminder.Status.SENT and reminder.run != died and reminder.attempts == 1


def test_claiming_takes_one_users_reminders_and_never_the_same_twice(owner, outsider):
    FollowUpFactory(offer=OfferFactory(owner=owner, respond_by=None), due_on=today())
    OfferFactory(owner=owner, respond_by=days(1))
    FollowUpFactory(offer=OfferFactory(owner=outsider, respond_by=None), due_on=today())
    reminders.record_due(today=today())
    first, second = ReminderRun.objects.create(), ReminderRun.objects.create()
    now = timezone.now()
    mine = reminders.claim_next(run=first, now=now)
    theirs = reminders.claim_next(run=second, now=now)
    assert {r.user for r in mine} == {owner} and len(mine) == 2
    assert {r.user for r in theirs} == {outsider} and len(theirs) == 1
    assert reminders.claim_next(run=first, now=now) is None


def test_what_was_done_after_it_fell_due_is_not_sent(owner, offer):
    follow_up = FollowUpFactory(offer=offer, due_on=today())
    reminders.record_due(today=today())
    follow_up.done_at = timezone.now()
    follow_up.save()
    assert "Sent 0 reminder emails." in run()
    assert Reminder.objects.get().status == Reminder.Status.PENDING


def test_a_deadline_answered_after_it_fell_due_is_not_sent(owner):
    offer = OfferFactory(owner=owner, received_on=days(-5), respond_by=days(1))
    reminders.record_due(today=today())
    Offer.objects.filter(pk=offer.pk).update(status=Offer.Status.DECLINED, decided_at=timezone.now())
    run()
    assert mail.outbox == []


def test_runs_older_than_a_month_are_forgotten(owner):
    old = ReminderRun.objects.create()
    ReminderRun.objects.filter(pk=old.pk).update(started_at=timezone.now() - dt.timedelta(days=31))
    run()
    assert not ReminderRun.objects.filter(pk=old.pk).exists()
    assert ReminderRun.objects.count() == 1


def test_without_site_url_the_command_says_in_one_line_that_it_must_be_set(settings, owner, offer):
    settings.SITE_URL = ""
    FollowUpFactory(offer=offer, due_on=today())
    with pytest.raises(CommandError) as refused:
        run()
    assert "SITE_URL is not set" in str(refused.value) and "\n" not in str(refused.value)
    assert mail.outbox == [] and not Reminder.objects.exists()


# --- The email -------------------------------------------------------------------


def test_the_email_has_a_text_and_an_html_part_with_working_links(owner, offer):
    follow_up = FollowUpFactory(offer=offer, kind="thank_you", due_on=today())
    run()
    message = mail.outbox[0]
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    link = f'href="{settings.SITE_URL}/follow-ups/#follow-up-{follow_up.pk}"'
    assert link in html and "Thank-you note for Northwind Analytics (Staff Engineer)" in html
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith(settings.SITE_URL + "/reminders/unsubscribe/")
    assert unsubscribe in message.body and unsubscribe in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_unsubscribe_token_names_its_user_and_cannot_be_forged(owner, outsider):
    token = reminders.unsubscribe_token(owner)
    assert reminders.user_for_unsubscribe_token(token) == owner
    forged = token.replace(token.split(":")[0], reminders.unsubscribe_token(outsider).split(":")[0])
    assert reminders.user_for_unsubscribe_token(forged) is None
    assert reminders.user_for_unsubscribe_token("nonsense") is None


# --- Health ----------------------------------------------------------------------


def test_health_is_stale_without_a_run_for_26_hours(owner):
    assert reminders.health(user=owner).stale  # never ran
    recorded = ReminderRun.objects.create()
    assert not reminders.health(user=owner).stale
    ReminderRun.objects.filter(pk=recorded.pk).update(started_at=timezone.now() - dt.timedelta(hours=26, minutes=1))
    assert reminders.health(user=owner).stale
    ReminderRun.objects.filter(pk=recorded.pk).update(started_at=timezone.now() - dt.timedelta(hours=25))
    assert not reminders.health(user=owner).stale


def test_health_shows_only_the_users_own_reminders(owner, outsider):
    FollowUpFactory(offer=OfferFactory(owner=owner, company="Mine Ltd", respond_by=None), due_on=today())
    FollowUpFactory(offer=OfferFactory(owner=outsider, company="Theirs Ltd", respond_by=None), due_on=today())
    run()
    assert [str(r) for email in reminders.health(user=owner).sent for r in email.reminders] == [
        f"Check in for Mine Ltd (Senior Data Engineer), due {today():%-d %B %Y}"
    ]
    assert reminders.health().sent_count == 2


def test_what_falls_due_today_waits_for_the_morning(settings):
    settings.REMINDERS_FROM_HOUR = 7
    day = dt.date(2026, 3, 10)
    at = timezone.make_aware(dt.datetime(2026, 3, 10, 6, 59))
    assert reminders.reminders_day(at) == day - dt.timedelta(days=1)
    assert reminders.reminders_day(at + dt.timedelta(minutes=1)) == day


def test_a_run_before_the_morning_counts_the_days_from_the_day_it_is_read(owner, settings, monkeypatch):
    """Before REMINDERS_FROM_HOUR a run sends yesterday's reminders; its email said
    "overdue by 4 days" of what the app called "overdue by 5 days"."""
    settings.REMINDERS_FROM_HOUR = 7
    early = timezone.make_aware(dt.datetime.combine(today(), dt.time(1, 21)))
    monkeypatch.setattr(timezone, "now", lambda: early)
    offer = OfferFactory(owner=owner, company="Acme", respond_by=None)
    FollowUpFactory(offer=offer, due_on=early.date() - dt.timedelta(days=5))
    reminders.run_once(site_url="http://testserver")
    [message] = mail.outbox
    assert "overdue by 5 days" in message.body

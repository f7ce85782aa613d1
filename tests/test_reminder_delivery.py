"""Reminders through a real SMTP server on 127.0.0.1: the headers a mail client
reads, and a mail server that fails midway losing nothing and duplicating nothing."""

import datetime as dt
import email.utils
import io
import re

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from declines.models import Profile, Reminder, ReminderRun
from tests.factories import FollowUpFactory, OfferFactory, UserFactory
from tests.mailserver import MailServer

pytestmark = pytest.mark.django_db

FOLLOW_UP_LINK = re.compile(r"/follow-ups/#follow-up-(\d+)")


def run() -> tuple[str, str]:
    """Run the command; its output, and the one-line reason it gave for exiting non-zero ('' if none)."""
    out = io.StringIO()
    try:
        call_command("send_reminders", stdout=out)
    except CommandError as error:
        assert error.returncode != 0
        return out.getvalue(), str(error)
    return out.getvalue(), ""


def five_users_with_a_follow_up_due():
    follow_ups = []
    for n in range(5):
        user = UserFactory(username=f"person{n}")
        follow_ups.append(FollowUpFactory(offer=OfferFactory(owner=user, respond_by=None), due_on=timezone.localdate()))
    return follow_ups


def received_follow_ups(server) -> list[int]:
    """The follow-up of every reminder received, once per time it arrived."""
    return [
        int(pk)
        for message in server.messages()
        for pk in FOLLOW_UP_LINK.findall(message.get_body(("plain",)).get_content())
    ]


@pytest.fixture
def failing_server(settings):
    def start(**failure):
        server = MailServer(**failure).__enter__()
        for name, value in server.settings().items():
            setattr(settings, name, value)
        started.append(server)
        return server

    started = []
    yield start
    for server in started:
        server.__exit__(None, None, None)


def test_a_received_reminder_carries_every_header_a_mail_client_reads(owner, mail_server, client):
    follow_up = FollowUpFactory(
        offer=OfferFactory(owner=owner, company="Northwind", respond_by=None), due_on=timezone.localdate()
    )
    before = timezone.now().replace(microsecond=0)
    assert run()[1] == ""
    [message] = mail_server.messages()

    assert message["To"] == owner.email
    assert message["From"] == settings.DEFAULT_FROM_EMAIL
    assert message["Subject"] == "Declines: 1 thing to do"
    sent = email.utils.parsedate_to_datetime(message["Date"])
    assert sent.tzinfo is not None and before - dt.timedelta(seconds=5) <= sent <= timezone.now() + dt.timedelta(
        seconds=5
    )
    assert re.fullmatch(r"<[^@<>\s]+@127\.0\.0\.1>", message["Message-ID"])
    assert Reminder.objects.get().message_id == message["Message-ID"]
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = re.fullmatch(r"<(.+)>", message["List-Unsubscribe"].strip()).group(1)
    assert unsubscribe.startswith(f"{settings.SITE_URL}/reminders/unsubscribe/")

    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    link = f"{settings.SITE_URL}/follow-ups/#follow-up-{follow_up.pk}"
    assert link in text and f'href="{link}"' in html
    assert "Check in for Northwind" in text and "Check in for Northwind" in html
    for url in re.findall(r'href="([^"]+)"', html):
        assert url.startswith(settings.SITE_URL + "/"), url

    # The mail client's one-click POST, with no session and no CSRF token.
    response = client.post(
        unsubscribe.removeprefix(settings.SITE_URL),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Profile.objects.get(user=owner).reminders_enabled


def test_a_server_that_drops_the_connection_at_the_third_email_loses_nothing_and_repeats_nothing(failing_server):
    follow_ups = five_users_with_a_follow_up_due()
    server = failing_server(fail_at=3, how="drop")
    output, reason = run()
    assert "Sent 2 reminder emails." in output
    assert reason == (
        "Stopped after 2 reminder emails: the mail server closed the connection. "
        "What was not sent stays due for the next run."
    )
    assert len(received_follow_ups(server)) == 2
    statuses = dict(Reminder.objects.values_list("follow_up", "status"))
    assert sorted(statuses.values()) == ["pending", "pending", "pending", "sent", "sent"]
    third = Reminder.objects.get(follow_up=follow_ups[2])
    assert (third.status, third.last_error, third.claimed_at) == (
        "pending",
        "the mail server closed the connection",
        None,
    )
    assert ReminderRun.objects.get().failures == 1

    output, reason = run()
    assert reason == "" and "Sent 3 reminder emails." in output
    received = received_follow_ups(server)
    assert sorted(received) == sorted(f.pk for f in follow_ups)  # each exactly once
    assert Reminder.objects.filter(status=Reminder.Status.SENT).count() == 5


def test_a_server_that_refuses_the_third_email_gets_the_rest_and_that_one_next_run(failing_server):
    follow_ups = five_users_with_a_follow_up_due()
    server = failing_server(fail_at=3, how="refuse")
    output, reason = run()
    assert "Sent 4 reminder emails." in output
    assert reason == (
        "1 of 5 reminder emails not sent (the mail server refused it: 451 4.3.0 Mailbox busy, try again later); "
        "they stay due for the next run."
    )
    assert "\n" not in reason
    refused = Reminder.objects.get(status=Reminder.Status.PENDING)
    assert refused.attempts == 1 and refused.last_error.startswith("the mail server refused it: 451")

    assert run()[1] == ""
    assert sorted(received_follow_ups(server)) == sorted(f.pk for f in follow_ups)
    refused.refresh_from_db()
    assert refused.status == Reminder.Status.SENT and refused.attempts == 2 and refused.last_error  # history kept


def test_an_address_refused_outright_is_given_up_after_three_runs(failing_server, owner, outsider):
    FollowUpFactory(offer=OfferFactory(owner=owner, respond_by=None), due_on=timezone.localdate())
    FollowUpFactory(offer=OfferFactory(owner=outsider, respond_by=None), due_on=timezone.localdate())
    server = failing_server(unknown=owner.email)
    for _ in range(3):
        assert "550 5.1.1 No such user here" in run()[1]
    given_up = Reminder.objects.get(user=owner)
    assert (given_up.status, given_up.attempts) == (Reminder.Status.FAILED, 3)
    assert given_up.last_error == f"the mail server refused the address {owner.email}: 550 5.1.1 No such user here"
    assert run() == ("Sent 0 reminder emails.\n", "")
    assert len(server.messages()) == 1  # the outsider's, once


def test_no_mail_server_at_all_is_a_one_line_reason_and_everything_stays_due(settings, owner):
    FollowUpFactory(offer=OfferFactory(owner=owner, respond_by=None), due_on=timezone.localdate())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", MailServer().port  # nobody listens there
    output, reason = run()
    assert reason.startswith("Stopped after 0 reminder emails: could not reach the mail server at 127.0.0.1:")
    assert Reminder.objects.get().status == Reminder.Status.PENDING


def test_the_test_reminder_button_sends_through_the_real_server(owner, owner_client, mail_server):
    response = owner_client.post(reverse("reminder_test"), follow=True)
    assert f"A test reminder is on its way to {owner.email}." in response.content.decode()
    [message] = mail_server.messages()
    assert message["Subject"] == "Declines: a test reminder"
    assert "test reminder you asked for" in message.get_body(("plain",)).get_content()
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    reminder = Reminder.objects.get()
    assert (reminder.kind, reminder.status, reminder.message_id) == ("test", "sent", message["Message-ID"])


def test_settings_says_a_failed_reminder_goes_out_next_run_only_while_it_is_still_due(
    failing_server, owner, owner_client
):
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner, respond_by=None), due_on=timezone.localdate())
    failing_server(fail_at=1, how="refuse")
    assert "not sent" in run()[1]

    def not_delivered() -> str:
        html = owner_client.get(reverse("account_settings")).content.decode()
        start = html.index('aria-label="Emails not delivered"')
        return " ".join(html[start : html.index("</ul>", start)].split())

    assert "It goes out on the next run." in not_delivered()
    # A run that holds it right now is about to send it: still promised.
    Reminder.objects.filter(follow_up=follow_up).update(claimed_at=timezone.now())
    assert "It goes out on the next run." in not_delivered()
    owner_client.post(reverse("follow_up_done", args=[follow_up.pk]))
    # The next run skips it (`ReminderQuerySet.claimable`), so the page must not promise it.
    assert "It goes out on the next run." not in not_delivered()
    assert "Not needed any more: what it was about is done, moved or deleted" in not_delivered()

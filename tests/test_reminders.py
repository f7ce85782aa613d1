"""`manage.py send_reminders`: what is due, to whom, and never twice."""

import datetime as dt
import io

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from declines.models import FollowUp, Offer, Profile
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
    assert set(FollowUp.objects.values_list("reminded_on", flat=True)) == {today()}

    run()
    assert len(mail.outbox) == 1  # never the same reminder twice
    overdue.refresh_from_db()
    assert overdue.reminded_on == today()


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
    offer.refresh_from_db()
    assert offer.deadline_reminded_on == today()
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
    assert not FollowUp.objects.filter(reminded_on__isnull=False).exists()


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
    assert not FollowUp.objects.filter(reminded_on__isnull=False).exists()
    run()
    assert len(mail.outbox) == 1


def test_a_bad_date_is_refused():
    with pytest.raises(CommandError, match="--date must look like"):
        run("--date", "31/12/2026")


def selects_in_one_run() -> int:
    with CaptureQueriesContext(connection) as queries:
        run()
    return sum(1 for query in queries if query["sql"].lstrip().upper().startswith("SELECT"))


def test_finding_what_is_due_takes_the_same_queries_for_one_user_or_many():
    first = UserFactory(username="first")
    FollowUpFactory(offer=OfferFactory(owner=first, respond_by=days(1)), due_on=today())
    one = selects_in_one_run()
    for n in range(5):
        user = UserFactory(username=f"person{n}")
        FollowUpFactory(offer=OfferFactory(owner=user, respond_by=days(1)), due_on=days(-n))
    assert selects_in_one_run() == one == 3
    assert len(mail.outbox) == 6

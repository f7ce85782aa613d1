"""The reminders' health panel in a real browser, after real runs against a
real SMTP server: one that refused an email, then took it, and a test
reminder it rejected. Accessible, and fitting a laptop and a phone."""

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from playwright.sync_api import expect

from declines.models import ReminderRun
from tests.browser.conftest import axe_violations, log_in, no_horizontal_scroll
from tests.factories import FollowUpFactory, OfferFactory, UserFactory
from tests.mailserver import MailServer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Set to a folder to keep screenshots of what the test saw.
SHOTS = os.environ.get("SCREENSHOT_DIR")


def shot(page, name):
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)
        page.locator("#reminders").screenshot(path=str(Path(SHOTS) / f"{name}-panel.png"))


@pytest.fixture
def user():
    user = UserFactory(username="remindee", profile__full_name="Alex Morgan")
    today = timezone.localdate()
    offer = OfferFactory(owner=user, company="Northwind Analytics", role="Staff Engineer", respond_by=None)
    FollowUpFactory(offer=offer, kind="thank_you", due_on=today, note="Thank Sam and Jordan.")
    FollowUpFactory(offer=offer, kind="linkedin", due_on=today - dt.timedelta(days=2))
    OfferFactory(owner=user, company="Contoso", role="Data Engineer", respond_by=today + dt.timedelta(days=1))
    return user


def use(server, settings):
    for name, value in server.settings().items():
        setattr(settings, name, value)


def test_the_health_panel_shows_a_real_run_and_a_failure(page, live_server, settings, user):
    with MailServer(fail_at=1, how="refuse") as refusing:
        use(refusing, settings)
        with pytest.raises(CommandError):
            call_command("send_reminders", stdout=io.StringIO())  # refused: 451
        call_command("send_reminders", stdout=io.StringIO())  # taken the next run
        assert len(refusing.messages()) == 1

    with MailServer(fail_at=1, how="reject") as rejecting:
        use(rejecting, settings)
        log_in(page, live_server, "remindee")
        page.goto(f"{live_server.url}/settings/#reminder-health")
        panel = page.locator("#reminder-health")
        expect(panel.get_by_role("heading", name="How your reminders are doing")).to_be_visible()
        panel.get_by_role("button", name="Send me a test reminder").click()
        # Said in the panel, beside the button, where the page opens.
        expect(panel.get_by_role("alert").filter(has_text="The test reminder could not be sent")).to_contain_text(
            "the mail server refused it: 554 5.7.1 Message rejected"
        )

    panel = page.locator("#reminder-health")
    sent = panel.get_by_role("list", name="Emails sent")
    expect(sent.locator(":scope > li")).to_have_count(1)
    expect(sent).to_contain_text("one email about 3 things")
    expect(sent).to_contain_text("Thank-you note for Northwind Analytics (Staff Engineer)")
    expect(sent).to_contain_text("Your answer to Contoso (Data Engineer)")
    failed = panel.get_by_role("list", name="Emails not delivered").locator(":scope > li")
    expect(failed).to_have_count(2)
    expect(failed.first).to_contain_text("Test reminder")
    expect(failed.first).to_contain_text("Why: the mail server refused it: 554 5.7.1 Message rejected.")
    expect(failed.first).to_contain_text("Not tried again.")
    expect(failed.nth(1)).to_contain_text("one email about 3 things")
    expect(failed.nth(1)).to_contain_text("Why: the mail server refused it: 451 4.3.0 Mailbox busy, try again later.")
    expect(failed.nth(1)).to_contain_text("Sent later,")
    expect(panel.get_by_role("alert").filter(has_text="have not run")).to_have_count(0)  # it ran just now
    assert axe_violations(page) == []
    for width, height in [(1280, 800), (390, 844)]:
        page.set_viewport_size({"width": width, "height": height})
        assert no_horizontal_scroll(page)
        shot(page, f"settings-reminders-{width}")

    ReminderRun.objects.update(started_at=timezone.now() - dt.timedelta(hours=27))
    page.reload()
    expect(page.locator("#reminder-health").get_by_role("alert")).to_contain_text(
        "Reminders have not run for over a day"
    )
    shot(page, "settings-reminders-stale-390")

"""Settings: name and signature, reminders, and deleting the account."""

import datetime as dt
import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from declines import reminders, throttle
from declines.composer import render_markdown
from declines.models import EmailTemplate, FollowUp, Offer, Profile, Reminder, ReminderRun, TemplateRevision
from declines.services.templates import template_create
from tests.factories import DraftFactory, FollowUpFactory, OfferFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def profile_data(**overrides):
    return {
        "form": "profile",
        "profile-full_name": "Alex  Morgan",
        "profile-signature": "Alex\n**Engineer**",
        **overrides,
    }


def reminder_data(**overrides):
    data = {
        "form": "reminders",
        "reminders-email": "alex@example.com",
        "reminders-reminders_enabled": "on",
        "reminders-reminder_days_before": "3",
    }
    return {**data, **overrides}


# --- render_markdown ---------------------------------------------------------------


def test_render_markdown_uses_the_composers_sanitiser():
    html = render_markdown("**Alex**\n[site](https://alex.example) <script>alert(1)</script> ![x](http://x/y.png)")
    assert "<strong>Alex</strong>" in html
    assert 'href="https://alex.example"' in html
    assert "<script" not in html and "<img" not in html


def test_render_markdown_of_nothing_is_empty():
    assert render_markdown("") == ""


# --- The page --------------------------------------------------------------------


def test_the_page_shows_every_section(owner_client):
    body = owner_client.get(reverse("account_settings")).content.decode()
    for heading in ["Your name and signature", "Reminders", "Calendar feed", "Your data", "Delete your account"]:
        assert heading in body
    assert reverse("export_csv") in body and reverse("export_json") in body


def test_save_name_and_signature_and_see_the_signature_rendered(owner_client, owner):
    response = owner_client.post(reverse("account_settings"), profile_data(), follow=True)
    profile = Profile.objects.get(user=owner)
    assert (profile.full_name, profile.signature) == ("Alex Morgan", "Alex\n**Engineer**")
    body = response.content.decode()
    assert "Your name and signature are saved." in body
    assert "<strong>Engineer</strong>" in body


def test_a_signature_that_is_too_long_is_an_error_and_the_text_is_kept(owner_client, owner):
    long = "x" * 2001
    response = owner_client.post(reverse("account_settings"), profile_data(**{"profile-signature": long}))
    assert response.status_code == 200
    assert (
        "Keep the signature to 2,000 characters (it has 2001)."
        in response.context["profile_form"].errors["signature"][0]
    )
    assert long in response.content.decode()
    assert Profile.objects.get(user=owner).signature == ""


@pytest.mark.parametrize(
    ("signature", "message"),
    [
        ("Alex\n{% if user %}Boss{% endif %}", "template logic is not allowed"),
        ("Alex {{ user.password }}", "is not allowed: only plain tag names"),
        ("Alex {{ compnay }}", "Unknown tag {{ compnay }} — did you mean {{ company }}?"),
        ("Alex {{ company", "is missing its closing }}"),
    ],
)
def test_a_signature_is_checked_like_a_template(owner_client, owner, signature, message):
    response = owner_client.post(reverse("account_settings"), profile_data(**{"profile-signature": signature}))
    assert response.status_code == 200
    errors = response.context["profile_form"].errors["signature"]
    assert any(message in error for error in errors), errors
    assert signature in response.content.decode()  # nothing typed is lost
    assert Profile.objects.get(user=owner).signature == ""


def test_a_signature_with_a_known_tag_is_saved(owner_client, owner):
    owner_client.post(reverse("account_settings"), profile_data(**{"profile-signature": "Alex, {{ company }} fan"}))
    assert Profile.objects.get(user=owner).signature == "Alex, {{ company }} fan"


def test_a_signature_with_html_is_shown_inert(owner_client, owner):
    Profile.objects.filter(user=owner).update(signature='<img src=x onerror="alert(1)"> Alex')
    body = owner_client.get(reverse("account_settings")).content.decode()
    preview = body[body.index("signature-preview") :]
    assert "<img" not in preview[: preview.index("</div>")]


def test_save_reminders(owner_client, owner):
    owner_client.post(reverse("account_settings"), reminder_data())
    profile = Profile.objects.get(user=owner)
    owner.refresh_from_db()
    assert (owner.email, profile.reminders_enabled, profile.reminder_days_before) == ("alex@example.com", True, 3)
    owner_client.post(reverse("account_settings"), reminder_data(**{"reminders-reminders_enabled": ""}))
    assert Profile.objects.get(user=owner).reminders_enabled is False


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("reminders-reminder_days_before", "31", "Choose a number of days from 0 to 30."),
        ("reminders-reminder_days_before", "-1", "Choose a number of days from 0 to 30."),
        ("reminders-reminder_days_before", "soon", "Enter a whole number."),
        ("reminders-email", "alex@", "Enter a valid email address."),
        ("reminders-email", "", "Reminders need an email address to go to."),
    ],
)
def test_bad_reminder_settings_are_errors_beside_the_field(owner_client, owner, outsider, field, value, message):
    response = owner_client.post(reverse("account_settings"), reminder_data(**{field: value}))
    assert response.status_code == 200
    name = field.removeprefix("reminders-")
    assert message in response.context["reminder_form"].errors[name][0]
    owner.refresh_from_db()
    assert owner.email == "owner@example.com"
    assert Profile.objects.get(user=owner).reminder_days_before == 1


def test_the_reminder_email_does_not_tell_whether_another_account_uses_it(
    owner_client, owner, outsider, mailoutbox, django_capture_on_commit_callbacks
):
    """It used to say "Another account uses this email" to anyone with an account.
    As at sign-up, the address's earlier owner is told instead."""
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(
            reverse("account_settings"), reminder_data(**{"reminders-email": outsider.email.upper()}), follow=True
        )
    assert "Your reminder settings are saved." in response.content.decode()
    assert "already" not in response.content.decode()
    owner.refresh_from_db()
    assert owner.email == outsider.email
    assert len(mailoutbox) == 1
    notice = mailoutbox[0]
    assert notice.to == [outsider.email]
    assert notice.subject == "Another Declines account now uses your email address"
    assert "set to send its reminders to this email address" in notice.body
    assert f"your username is {outsider.username}" in notice.body
    assert reverse("password_reset") in notice.body


@pytest.mark.parametrize("email", ["OWNER@example.com", "fresh@example.com"])
def test_keeping_ones_own_address_or_a_new_one_tells_nobody(
    owner_client, owner, outsider, mailoutbox, django_capture_on_commit_callbacks, email
):
    with django_capture_on_commit_callbacks(execute=True):
        owner_client.post(reverse("account_settings"), reminder_data(**{"reminders-email": email}))
    owner.refresh_from_db()
    assert owner.email == email.lower()
    assert mailoutbox == []


def test_one_form_with_errors_leaves_the_other_untouched(owner_client):
    response = owner_client.post(reverse("account_settings"), reminder_data(**{"reminders-email": "bad"}))
    assert not response.context["profile_form"].is_bound


def test_settings_need_login(client):
    response = client.get(reverse("account_settings"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    response = client.post(reverse("account_settings"), profile_data())
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_settings_change_only_your_own_profile(outsider_client, owner):
    outsider_client.post(reverse("account_settings"), profile_data(**{"profile-full_name": "Changed"}))
    assert Profile.objects.get(user=owner).full_name == "Alex Morgan"


# --- Delete account ----------------------------------------------------------------


def test_delete_account_removes_everything_and_logs_out(owner_client, owner, outsider):
    offer = OfferFactory(owner=owner)
    DraftFactory(offer=offer)
    FollowUpFactory(offer=offer)
    template_create(owner=owner, name="Mine", kind="decline", tone="", reason="", medium="", subject="", body="x")
    theirs = OfferFactory(owner=outsider)
    response = owner_client.post(reverse("account_delete"), {"password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("dashboard")
    page = response.content.decode()
    assert "Your account and everything in it have been deleted." in page
    assert "are waiting" not in page and "Create an account" in page
    assert not get_user_model().objects.filter(username="owner").exists()
    assert not Offer.objects.filter(owner_id=owner.pk).exists()
    assert not FollowUp.objects.exists()
    assert not EmailTemplate.objects.filter(owner_id=owner.pk).exists()
    assert not TemplateRevision.objects.exists()
    assert not Profile.objects.filter(user_id=owner.pk).exists()
    assert Offer.objects.filter(pk=theirs.pk).exists()
    assert owner_client.get(reverse("follow_ups")).status_code == 302


def test_a_wrong_password_deletes_nothing(owner_client, owner):
    OfferFactory(owner=owner)
    response = owner_client.post(reverse("account_delete"), {"password": "guess"})
    assert response.status_code == 200
    assert response.context["form"].errors["password"] == [
        "That is not your password. Your account has not been deleted."
    ]
    assert get_user_model().objects.filter(pk=owner.pk).exists()
    assert Offer.objects.filter(owner=owner).count() == 1


def test_wrong_passwords_on_account_deletion_lock_it_as_at_log_in(owner_client, client, owner):
    for n in range(settings.AXES_FAILURE_LIMIT):
        owner_client.post(reverse("account_delete"), {"password": f"guess {n}"})
    response = owner_client.post(reverse("account_delete"), {"password": PASSWORD})
    assert response.status_code == 429
    assert get_user_model().objects.filter(pk=owner.pk).exists()
    owner_client.logout()
    assert client.post(reverse("login"), {"username": "owner", "password": PASSWORD}).status_code == 429


def test_delete_account_shows_what_will_go(owner_client):
    body = owner_client.get(reverse("account_delete")).content.decode()
    assert "It cannot be undone." in body
    assert 'type="password"' in body


def test_delete_account_needs_login(client, owner):
    response = client.post(reverse("account_delete"), {"password": PASSWORD})
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert get_user_model().objects.filter(pk=owner.pk).exists()


# --- Reminders' health, the test reminder, unsubscribing ---------------------------


def health_panel(client) -> str:
    body = client.get(reverse("account_settings")).content.decode()
    start = body.index('id="reminder-health"')
    return body[start : body.index("</form>", start)]


def test_the_panel_shows_the_last_run_what_was_sent_and_what_failed(owner_client, owner, outsider):
    today = timezone.localdate()
    FollowUpFactory(offer=OfferFactory(owner=owner, company="Sent Ltd", respond_by=None), due_on=today)
    FollowUpFactory(offer=OfferFactory(owner=outsider, company="Theirs Ltd", respond_by=None), due_on=today)
    call_command("send_reminders", stdout=io.StringIO())
    failed = Reminder.objects.create(
        user=owner,
        kind="test",
        due_on=today,
        status="failed",
        last_error="the mail server refused it: 554 5.7.1 Message rejected",
        last_failed_at=timezone.now(),
    )
    panel = health_panel(owner_client)
    assert "Last run" in panel and "ago)" in panel and "Never" not in panel
    assert f"Check in for Sent Ltd (Senior Data Engineer), due {today:%-d %B %Y}" in panel
    assert "Theirs Ltd" not in panel
    assert "Why: the mail server refused it: 554 5.7.1 Message rejected." in panel
    assert "Not tried again." in panel
    assert "have not run" not in panel
    outsider_panel = health_panel(logged_in(outsider))
    assert (
        "Sent Ltd" not in outsider_panel and "Theirs Ltd" in outsider_panel and failed.last_error not in outsider_panel
    )


def logged_in(user):
    """A second browser, beside the `client` fixture's."""
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_the_panel_warns_when_reminders_have_not_run_for_26_hours(owner_client):
    assert "Reminders have not run on this site yet." in health_panel(owner_client)
    run = ReminderRun.objects.create()
    assert "have not run" not in health_panel(owner_client)
    ReminderRun.objects.filter(pk=run.pk).update(started_at=timezone.now() - dt.timedelta(hours=27))
    assert "Reminders have not run for over a day" in health_panel(owner_client)


def test_send_me_a_test_reminder(owner_client, owner):
    response = owner_client.post(reverse("reminder_test"), follow=True)
    assert response.redirect_chain[-1][0].endswith("#reminder-health")
    assert f"A test reminder is on its way to {owner.email}." in response.content.decode()
    [message] = mail.outbox
    assert message.to == [owner.email] and message.subject == "Declines: a test reminder"
    assert Reminder.objects.get(user=owner).status == Reminder.Status.SENT
    assert "Declines: a test reminder" not in health_panel(owner_client) and "Test reminder" in health_panel(
        owner_client
    )


def test_the_test_reminder_is_throttled(owner_client, owner):
    for _ in range(throttle.TEST_REMINDERS_PER_HOUR):
        owner_client.post(reverse("reminder_test"))
    response = owner_client.post(reverse("reminder_test"), follow=True)
    assert "That is 5 test reminders this hour already." in response.content.decode()
    assert len(mail.outbox) == throttle.TEST_REMINDERS_PER_HOUR


def test_a_test_reminder_needs_an_address(owner_client, owner):
    owner.email = ""
    owner.save()
    response = owner_client.post(reverse("reminder_test"), follow=True)
    assert "Add an email address under Reminders first" in response.content.decode()
    assert mail.outbox == [] and not Reminder.objects.exists()


def test_a_test_reminder_that_cannot_be_sent_says_why(owner_client, settings):
    from tests.mailserver import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    response = owner_client.post(reverse("reminder_test"), follow=True)
    body = response.content.decode()
    assert "The test reminder could not be sent: could not reach the mail server at 127.0.0.1:" in body
    assert Reminder.objects.get().status == Reminder.Status.FAILED


def test_the_test_reminder_is_post_only_and_needs_login(owner_client):
    assert owner_client.get(reverse("reminder_test")).status_code == 405
    response = Client().post(reverse("reminder_test"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert mail.outbox == []


def test_the_unsubscribe_link_asks_first_and_a_post_turns_reminders_off(client, owner):
    url = reverse("reminders_unsubscribe", args=[reminders.unsubscribe_token(owner)])
    page = client.get(url).content.decode()
    assert "Stop the reminder emails Declines sends to owner@example.com?" in page
    assert Profile.objects.get(user=owner).reminders_enabled
    response = client.post(url)
    assert "Reminders are off: no more reminder emails go to owner@example.com." in response.content.decode()
    assert not Profile.objects.get(user=owner).reminders_enabled
    assert "already off" in client.get(url).content.decode()


def test_an_unsubscribe_link_turns_off_only_its_own_user(client, owner, outsider):
    client.post(reverse("reminders_unsubscribe", args=[reminders.unsubscribe_token(outsider)]))
    assert Profile.objects.get(user=owner).reminders_enabled
    assert not Profile.objects.get(user=outsider).reminders_enabled


def test_a_forged_unsubscribe_link_is_404(client, owner):
    token = reminders.unsubscribe_token(owner)
    assert client.post(reverse("reminders_unsubscribe", args=["MQ" + token[2:-1] + "x"])).status_code == 404
    assert client.get(reverse("reminders_unsubscribe", args=["2:abc"])).status_code == 404
    assert Profile.objects.get(user=owner).reminders_enabled


def section(html: str, section_id: str) -> str:
    """The HTML of one section of the Settings page, from its opening tag to the next section's."""
    start = html.index(f'id="{section_id}"')
    end = html.find("<section", start)
    return html[start : end if end != -1 else len(html)]


@pytest.mark.parametrize(
    ("posted", "data", "section_id", "text"),
    [
        ("account_settings", {"form": "reminders", "reminders-reminders_enabled": "on",
                              "reminders-email": "owner@example.com", "reminders-reminder_days_before": "2"},
         "reminders", "Your reminder settings are saved."),
        ("account_settings", {"form": "calendar", "calendar-calendar_alarm": "morning"}, "calendar",
         "Your calendar alerts are saved."),
        ("calendar_token_regenerate", {}, "calendar", "The old one no longer works: update your calendar app."),
        ("reminder_test", {}, "reminder-health", "A test reminder is on its way to"),
    ],
)  # fmt: skip
def test_a_settings_message_shows_in_the_section_the_page_opens_at(owner_client, posted, data, section_id, text):
    """Each save lands on its own section (#calendar…), far down the page: its message is shown
    there, beside the form, not in the banner at the top, out of sight."""
    response = owner_client.post(reverse(posted), data, follow=True)
    url, _ = response.redirect_chain[-1]
    assert url.endswith(f"#{section_id}")
    html = response.content.decode()
    assert text in section(html, section_id)
    banner = html[html.index('id="messages"') : html.index("</div>", html.index('id="messages"'))]
    assert text not in banner
    assert html.count(text) == 1


def test_other_pages_keep_their_messages_at_the_top(owner_client, owner):
    """Only Settings shows messages in its sections; elsewhere they are in the banner at the top."""
    offer = OfferFactory(owner=owner, status="declined", decided_at=timezone.now())
    follow_up = FollowUpFactory(offer=offer, kind="thank_you")
    response = owner_client.post(reverse("follow_up_snooze", args=[follow_up.pk]), {"period": "week", "next": "/"})
    html = owner_client.get(response.url).content.decode()
    start = html.index('<div id="messages"')
    banner = html[start : html.index("</div>\n</div>", start)]
    assert "Snoozed “Thank-you note for" in banner


def test_a_test_reminder_with_reminders_off_says_they_are_off(owner_client, owner):
    Profile.objects.filter(user=owner).update(reminders_enabled=False)
    response = owner_client.post(reverse("reminder_test"), follow=True)
    assert "Your reminders are off: turn them on under Reminders." in response.content.decode()
    [message] = mail.outbox
    html = message.alternatives[0][0]
    for body in (message.body, html):
        text = " ".join(body.split())
        assert "but yours are switched off: turn them on in Settings" in text
        assert "reminders are on" not in text and "so reminders do too" not in text
        assert "You get this email because you asked for a test." in text
        # Off already: nothing to stop, so no one-click link in the email or its headers.
        assert "/reminders/unsubscribe/" not in body and "top them" not in text
    assert "List-Unsubscribe" not in message.extra_headers
    assert "Turn reminders on here: http" in " ".join(message.body.split())


def test_a_test_reminder_with_reminders_on_says_so(owner_client, owner):
    Profile.objects.filter(user=owner).update(reminders_enabled=True)
    owner_client.post(reverse("reminder_test"))
    [message] = mail.outbox
    text = " ".join(message.body.split())
    assert "It reached you, so reminders do too" in text
    assert "You get this email because reminders are on." in text
    assert "Stop them with one click: http" in text and "/reminders/unsubscribe/" in text
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_too_many_reminder_days_is_one_message_beside_the_field(owner_client, owner):
    data = {"form": "reminders", "reminders-reminders_enabled": "on", "reminders-email": "owner@example.com",
            "reminders-reminder_days_before": "99"}  # fmt: skip
    response = owner_client.post(reverse("account_settings"), data)
    assert response.context["reminder_form"].errors["reminder_days_before"] == ["Choose a number of days from 0 to 30."]
    assert 'value="99"' in response.content.decode()
    owner.profile.refresh_from_db()
    assert owner.profile.reminder_days_before != 99


def test_switching_to_anothers_address_over_and_over_tells_them_twice_a_day_at_most(
    owner_client, owner, outsider, mailoutbox, django_capture_on_commit_callbacks
):
    """Each save that set it told the owner again: a way to fill someone's inbox."""
    for _ in range(4):
        with django_capture_on_commit_callbacks(execute=True):
            owner_client.post(reverse("account_settings"), reminder_data(**{"reminders-email": outsider.email}))
            owner_client.post(reverse("account_settings"), reminder_data(**{"reminders-email": "mine@example.com"}))
    assert [message.to for message in mailoutbox] == [[outsider.email]] * throttle.EMAIL_IN_USE_NOTICES_PER_DAY


def test_the_reminder_switch_says_it_stops_a_coachs_comment_emails_too(owner_client):
    """Turning reminders off silently stopped the email a coach's comment sends, too."""
    body = owner_client.get(reverse("account_settings")).content.decode()
    assert "and one when a coach comments on a draft you share" in body
    assert "Turned off, neither is sent." in body

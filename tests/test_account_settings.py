"""Settings: name and signature, reminders, and deleting the account."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from declines.composer import render_markdown
from declines.models import EmailTemplate, FollowUp, Offer, Profile, TemplateRevision
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


def test_the_reminder_email_does_not_tell_whether_another_account_uses_it(owner_client, owner, outsider):
    """It used to say "Another account uses this email" to anyone with an account."""
    response = owner_client.post(reverse("account_settings"), reminder_data(**{"reminders-email": outsider.email}))
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.email == outsider.email


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
    assert response.redirect_chain[-1][0] == reverse("login")
    assert "Your account and everything in it have been deleted." in response.content.decode()
    assert not get_user_model().objects.filter(username="owner").exists()
    assert not Offer.objects.filter(owner_id=owner.pk).exists()
    assert not FollowUp.objects.exists()
    assert not EmailTemplate.objects.filter(owner_id=owner.pk).exists()
    assert not TemplateRevision.objects.exists()
    assert not Profile.objects.filter(user_id=owner.pk).exists()
    assert Offer.objects.filter(pk=theirs.pk).exists()
    assert owner_client.get(reverse("dashboard")).status_code == 302


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

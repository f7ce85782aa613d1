"""Accounts: making one, the profile and reminder settings, the calendar secret, deleting everything."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from declines.models import Profile, new_calendar_token


def profile_for_new_user(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """Every account has a profile from the moment it exists, however it was
    made (sign-up, the admin, createsuperuser), so reading one never writes.
    Connected in `apps.DeclinesConfig.ready`."""
    if created and not raw:
        Profile.objects.get_or_create(user=instance)


@transaction.atomic
def user_create(*, username: str, email: str, password: str, full_name: str = "", site_url: str = ""):
    """A new account, made the same way whether or not another uses `email`.

    Sign-up never says that an address is taken (that would tell anyone who
    has an account); the earlier owners are told by email instead, once the
    new account exists. Their email links to `site_url` (the address the
    sign-up came to), or SITE_URL.
    """
    users = get_user_model().objects
    earlier = list(users.filter(email__iexact=email, is_active=True)) if email else []
    user = users.create_user(username=username, email=email, password=password)
    profile = user.profile
    profile.full_name = full_name
    profile.save(update_fields=["full_name"])
    if earlier:
        site_url = site_url or settings.SITE_URL
        transaction.on_commit(lambda: _tell_earlier_owners(earlier, site_url=site_url))
    return user


def _tell_earlier_owners(owners, *, site_url: str) -> None:
    for owner in owners:
        body = render_to_string(
            "registration/email_in_use.txt",
            {
                "username": owner.get_username(),
                "login_url": site_url + reverse("login"),
                "reset_url": site_url + reverse("password_reset"),
            },
        )
        send_mail("A new Declines account uses your email address", body, settings.DEFAULT_FROM_EMAIL, [owner.email])


@transaction.atomic
def profile_update(*, profile: Profile, full_name: str, signature: str) -> Profile:
    profile.full_name, profile.signature = full_name, signature
    profile.save(update_fields=["full_name", "signature"])
    return profile


@transaction.atomic
def reminders_update(*, profile: Profile, email: str, reminders_enabled: bool, reminder_days_before: int) -> Profile:
    """The reminder preferences and the address they go to (the account's email)."""
    user = profile.user
    user.email = email
    user.save(update_fields=["email"])
    profile.reminders_enabled, profile.reminder_days_before = reminders_enabled, reminder_days_before
    profile.save(update_fields=["reminders_enabled", "reminder_days_before"])
    return profile


@transaction.atomic
def reminders_turn_off(*, profile: Profile) -> Profile:
    """Stop reminder emails (the one-click unsubscribe link); Settings turns them on again."""
    profile.reminders_enabled = False
    profile.save(update_fields=["reminders_enabled"])
    return profile


@transaction.atomic
def calendar_alarm_update(*, profile: Profile, calendar_alarm: str) -> Profile:
    profile.calendar_alarm = calendar_alarm
    profile.save(update_fields=["calendar_alarm"])
    return profile


@transaction.atomic
def calendar_token_regenerate(*, profile: Profile) -> str:
    """A new secret for the calendar feed; the old URL stops working at once."""
    profile.calendar_token = new_calendar_token()
    profile.save(update_fields=["calendar_token"])
    return profile.calendar_token


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the user and everything they own.

    Offers (with their reflections, drafts, follow-ups and contacts), templates
    (with their revisions) and the profile all cascade from the user row; so
    do the user's coachings on either side (§11), and with them everything a
    coach could see. Comments the user made as a coach stay on their clients'
    drafts, from "a former coach" (`DraftComment.author` is set to null).
    """
    user.delete()

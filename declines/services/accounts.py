"""Accounts: making one, the profile and reminder settings, the calendar secret, deleting everything."""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from declines import throttle
from declines.models import Profile, new_calendar_token

logger = logging.getLogger("declines.accounts")


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
    earlier = _other_owners(email)
    user = get_user_model().objects.create_user(username=username, email=email, password=password)
    profile = user.profile
    profile.full_name = full_name
    profile.save(update_fields=["full_name"])
    if earlier:
        site_url = site_url or settings.SITE_URL
        transaction.on_commit(lambda: _tell_earlier_owners(earlier, site_url=site_url))
    return user


def _other_owners(email: str, *, besides=None) -> list:
    """The active accounts, other than `besides`, that already use `email`."""
    if not email:
        return []
    owners = get_user_model().objects.filter(email__iexact=email, is_active=True)
    return list(owners.exclude(pk=besides.pk) if besides is not None else owners)


def _tell_earlier_owners(owners, *, site_url: str, new_account: bool = True) -> None:
    """Email each earlier owner of an address that another account now uses.

    Sent after the change is saved, so a mail server that is down must not
    turn a sign-up or a saved setting into an error page (which would also
    tell the visitor that the address is taken): the failure is logged."""
    subject = (
        "A new Declines account uses your email address"
        if new_account
        else "Another Declines account now uses your email address"
    )
    for owner in owners:
        if not throttle.email_in_use_notice_allowed(owner.email):
            continue  # told already today: a new account or a setting changed over and over tells no more
        body = render_to_string(
            "registration/email_in_use.txt",
            {
                "new_account": new_account,
                "username": owner.get_username(),
                "login_url": site_url + reverse("login"),
                "reset_url": site_url + reverse("password_reset"),
            },
        )
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [owner.email])
        except (OSError, smtplib.SMTPException) as error:
            logger.warning("Could not tell the owner of account %s that their address is in use: %s", owner.pk, error)


@transaction.atomic
def profile_update(*, profile: Profile, full_name: str, signature: str) -> Profile:
    profile.full_name, profile.signature = full_name, signature
    profile.save(update_fields=["full_name", "signature"])
    return profile


@transaction.atomic
def reminders_update(
    *, profile: Profile, email: str, reminders_enabled: bool, reminder_days_before: int, site_url: str = ""
) -> Profile:
    """The reminder preferences and the address they go to (the account's email).

    An address another account already uses is taken as sign-up takes it:
    saved without a word about the other account, whose owner is told."""
    user = profile.user
    if email.lower() != (user.email or "").lower():
        earlier = _other_owners(email, besides=user)
        if earlier:
            site_url = site_url or settings.SITE_URL
            transaction.on_commit(lambda: _tell_earlier_owners(earlier, site_url=site_url, new_account=False))
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

"""Sign up, log in (with throttling), log out and change password."""

import importlib
import re
import socket
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.test import override_settings
from django.urls import reverse

from declines import throttle
from declines.models import Profile
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def signup_data(**overrides):
    data = {
        "username": "newperson",
        "full_name": "Sam Rivera",
        "email": "sam@example.com",
        "password1": "a-long-and-unusual-passphrase",
        "password2": "a-long-and-unusual-passphrase",
    }
    return {**data, **overrides}


def test_sign_up_creates_the_account_and_its_profile_and_logs_in(client):
    response = client.post(reverse("signup"), signup_data(), follow=True)
    user = get_user_model().objects.get(username="newperson")
    assert user.email == "sam@example.com"
    assert Profile.objects.get(user=user).full_name == "Sam Rivera"
    assert response.context["user"] == user
    assert "Your account is ready" in response.content.decode()


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short1!", "This password is too short"),
        ("password123", "This password is too common"),
        ("84625193740", "This password is entirely numeric"),
    ],
)
def test_sign_up_applies_the_password_validators(client, password, message):
    response = client.post(reverse("signup"), signup_data(password1=password, password2=password))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_user_model().objects.filter(username="newperson").exists()
    # What was typed (apart from the password) is shown back.
    assert 'value="Sam Rivera"' in response.content.decode()


def test_sign_up_page_shows_the_form(client):
    response = client.get(reverse("signup"))
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_sign_up_sends_a_logged_in_user_to_the_dashboard(owner_client):
    response = owner_client.get(reverse("signup"))
    assert response.status_code == 302
    assert response.url == reverse("dashboard")


def test_log_in_with_the_right_password(client, owner):
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("dashboard")
    assert client.get(reverse("dashboard")).context["user"] == owner


def test_unknown_user_and_wrong_password_get_the_same_message(client, owner):
    unknown = client.post(reverse("login"), {"username": "nobody", "password": PASSWORD})
    wrong = client.post(reverse("login"), {"username": "owner", "password": "not it at all"})
    assert unknown.status_code == wrong.status_code == 200
    assert unknown.context["form"].errors == wrong.context["form"].errors
    assert "Please enter a correct username and password" in unknown.content.decode()


def test_the_login_throttle_locks_after_the_set_number_of_failures(client, owner):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(reverse("login"), {"username": "owner", "password": "wrong"})
        assert response.status_code == 200
    locked = client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.content.decode()
    # Even the right password is refused while locked.
    again = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert again.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_throttle_is_per_username_and_address(client, owner, outsider):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    # Another username from the same address can still log in.
    response = client.post(reverse("login"), {"username": "outsider", "password": PASSWORD})
    assert response.status_code == 302
    # The same username from another address can too.
    client.logout()
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD}, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302


def test_log_out_needs_a_post_and_ends_the_session(owner_client):
    assert owner_client.get(reverse("logout")).status_code == 405
    response = owner_client.post(reverse("logout"))
    assert response.status_code == 302
    assert owner_client.get(reverse("follow_ups")).status_code == 302
    assert "Log out" not in owner_client.get(reverse("dashboard")).content.decode()


def test_change_password(owner_client, owner):
    response = owner_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "another-fine-passphrase",
            "new_password2": "another-fine-passphrase",
        },
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("another-fine-passphrase")


def test_change_password_refuses_a_weak_one(owner_client, owner):
    response = owner_client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "qwerty", "new_password2": "qwerty"},
    )
    assert response.status_code == 200
    assert "This password is too short" in response.content.decode()
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_change_password_needs_login(client):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


# --- Upgrades keep everyone logged in ---------------------------------------------


def test_a_session_from_before_the_page_cache_went_stays_logged_in(client, owner):
    migration = importlib.import_module("declines.migrations.0005_no_page_cache")
    client.force_login(owner)
    session = client.session
    session[BACKEND_SESSION_KEY] = "declines.auth.ModelBackend"  # as logged in before the upgrade
    session.save()
    assert client.get(reverse("follow_ups")).status_code == 302  # Django would drop it…

    session[BACKEND_SESSION_KEY] = "declines.auth.ModelBackend"
    session.save()
    migration.forwards(apps, None)  # …so the upgrade renames the backend in every session

    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert "Log out" in response.content.decode()


# --- Throttling that fits real deployments (issue 12) ---------------------------------


def test_password_spraying_from_one_address_is_locked(client):
    """48 wrong guesses over 12 accounts, 4 each (under the per-account limit),
    used to lock nothing."""
    users = UserFactory.create_batch(13)
    limited = False
    for user in users[:12]:
        for _ in range(4):
            response = client.post(reverse("login"), {"username": user.username, "password": "Summer2026!"})
            limited = limited or response.status_code == 429
    assert limited
    # Now even the right password of an account never guessed at is refused from here…
    response = client.post(reverse("login"), {"username": users[12].username, "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # …while another address logs in as usual.
    response = client.post(
        reverse("login"), {"username": users[12].username, "password": PASSWORD}, REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == 302


def test_the_address_limit_is_higher_than_the_account_limit(client):
    users = UserFactory.create_batch(2)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(reverse("login"), {"username": users[0].username, "password": "wrong"})
    # A few mistakes on one account from a shared address do not stop others there.
    response = client.post(reverse("login"), {"username": users[1].username, "password": PASSWORD})
    assert response.status_code == 302


def test_the_address_count_survives_a_successful_log_in(client, owner):
    """A sprayer with an account of their own cannot reset the count by logging in to it."""
    users = UserFactory.create_batch(8)
    for user in users:
        for _ in range(3):
            client.post(reverse("login"), {"username": user.username, "password": "wrong"})
    assert client.post(reverse("login"), {"username": "owner", "password": PASSWORD}).status_code == 302
    client.logout()
    for _ in range(settings.LOGIN_FAILURES_PER_ADDRESS - 24):
        client.post(reverse("login"), {"username": users[0].username + "x", "password": "wrong"})
    assert client.post(reverse("login"), {"username": "owner", "password": PASSWORD}).status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_each_client_is_counted_by_its_own_address(client, owner):
    """Behind a proxy every request comes from the proxy's address; five wrong
    guesses by one client used to lock the real user out everywhere."""
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("login"), {"username": "owner", "password": "wrong"}, HTTP_X_FORWARDED_FOR="203.0.113.66", **proxy
        )
    locked = client.post(
        reverse("login"), {"username": "owner", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="203.0.113.66", **proxy
    )
    assert locked.status_code == 429
    # The real user, at another address behind the same proxy, logs in.
    response = client.post(
        reverse("login"), {"username": "owner", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="198.51.100.20", **proxy
    )
    assert response.status_code == 302


def test_without_trusted_proxies_x_forwarded_for_is_ignored(client, owner):
    """Anyone can write X-Forwarded-For: believing it by default would let an
    attacker pick a new address for every guess."""
    assert settings.TRUSTED_PROXY_COUNT == 0
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "owner", "password": "wrong"}, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    response = client.post(
        reverse("login"), {"username": "owner", "password": PASSWORD}, HTTP_X_FORWARDED_FOR="203.0.113.99"
    )
    assert response.status_code == 429


def test_wrong_old_passwords_on_the_password_change_form_lock_it(owner_client, owner):
    """12 wrong old passwords, then the right one, used to change the password."""
    new = {"new_password1": "another-fine-passphrase", "new_password2": "another-fine-passphrase"}
    statuses = [
        owner_client.post(reverse("password_change"), {"old_password": f"guess {n}", **new}).status_code
        for n in range(12)
    ]
    assert statuses[: settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert 429 in statuses
    response = owner_client.post(reverse("password_change"), {"old_password": PASSWORD, **new})
    assert response.status_code == 429
    assert "Too many wrong passwords" in response.content.decode()
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_password_change_failures_count_towards_the_log_in_limit(owner_client, client, owner):
    new = {"new_password1": "another-fine-passphrase", "new_password2": "another-fine-passphrase"}
    for n in range(settings.AXES_FAILURE_LIMIT):
        owner_client.post(reverse("password_change"), {"old_password": f"guess {n}", **new})
    owner_client.logout()
    assert client.post(reverse("login"), {"username": "owner", "password": PASSWORD}).status_code == 429


def test_a_wrong_old_password_is_an_error_beside_the_field(owner_client):
    data = {"old_password": "nope", "new_password1": "another-fine-passphrase", "new_password2": "x"}
    response = owner_client.post(reverse("password_change"), data)
    assert response.status_code == 200
    assert response.context["form"].errors["old_password"] == [
        "Your old password was entered incorrectly. Please enter it again."
    ]


# --- Sign-up tells nobody who has an account, and is throttled -------------------------


def test_sign_up_with_an_email_in_use_looks_like_any_sign_up(
    client, owner, mailoutbox, django_capture_on_commit_callbacks
):
    """It used to say "An account with this email already exists"."""
    with django_capture_on_commit_callbacks(execute=True):
        taken = client.post(reverse("signup"), signup_data(email=owner.email.upper()), follow=True)
    client.logout()
    fresh = client.post(reverse("signup"), signup_data(username="another", email="fresh@example.com"), follow=True)
    assert taken.status_code == fresh.status_code == 200
    assert taken.redirect_chain == fresh.redirect_chain == [(reverse("dashboard"), 302)]
    for response in (taken, fresh):
        assert "Your account is ready" in response.content.decode()
        assert "already" not in response.content.decode()
    assert get_user_model().objects.filter(email__iexact=owner.email).count() == 2
    # The earlier owner hears of it, with a way back into their own account.
    assert len(mailoutbox) == 1
    notice = mailoutbox[0]
    assert notice.to == [owner.email]
    assert "your username is owner" in notice.body
    assert reverse("password_reset") in notice.body


def test_sign_up_with_an_email_in_use_succeeds_when_the_mail_server_is_down(
    client, owner, settings, django_capture_on_commit_callbacks, caplog
):
    """The notice to the earlier owner failing once made sign-up a server error, and so
    told the visitor the address was taken: a fresh address signed up fine."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("signup"), signup_data(email=owner.email), follow=True)
    assert response.redirect_chain == [(reverse("dashboard"), 302)]
    assert "Your account is ready" in response.content.decode()
    assert response.context["user"].username == "newperson"
    assert "Could not tell the owner of account" in caplog.text


def test_sign_up_with_a_new_email_sends_no_notice(client, owner, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("signup"), signup_data())
    assert mailoutbox == []


def test_sign_up_is_throttled_per_address(client):
    for n in range(throttle.SIGNUPS_PER_HOUR):
        response = client.post(reverse("signup"), signup_data(username=f"person{n}", email=f"p{n}@example.com"))
        assert response.status_code == 302
        client.logout()
    response = client.post(reverse("signup"), signup_data(username="onemore", email="more@example.com"))
    assert response.status_code == 429
    assert "Too many sign-ups from your network" in response.content.decode()
    assert 'value="onemore"' in response.content.decode()  # nothing typed is lost
    assert not get_user_model().objects.filter(username="onemore").exists()
    # Another address signs up as usual.
    other = client.post(reverse("signup"), signup_data(username="onemore"), REMOTE_ADDR="198.51.100.8")
    assert other.status_code == 302


# --- Password reset by email ------------------------------------------------------------


def reset_link(message) -> str:
    match = re.search(r"https?://\S+/accounts/password/reset/\S+/\S+/", message.body)
    assert match, message.body
    return match.group()


def test_the_log_in_page_links_to_password_reset(client):
    body = client.get(reverse("login")).content.decode()
    assert f'href="{reverse("password_reset")}"' in body
    assert "Forgotten your password?" in body


def test_password_reset_answers_the_same_whether_or_not_an_account_exists(client, owner, mailoutbox):
    known = client.post(reverse("password_reset"), {"email": owner.email})
    unknown = client.post(reverse("password_reset"), {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == reverse("password_reset_done")
    page = client.get(known.url).content.decode()
    assert "If an account uses the address you typed" in page
    assert [m.to for m in mailoutbox] == [[owner.email]]


@override_settings(SITE_URL="https://declines.example.org")
def test_the_reset_link_points_at_the_site_not_at_the_host_asked_for(client, owner, mailoutbox):
    client.post(reverse("password_reset"), {"email": owner.email})  # Host: testserver
    assert reset_link(mailoutbox[0]).startswith("https://declines.example.org/accounts/password/reset/")


def test_a_reset_link_works_once(client, owner, mailoutbox):
    client.post(reverse("password_reset"), {"email": owner.email})
    link = urlsplit(reset_link(mailoutbox[0])).path
    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    new = {"new_password1": "a-brand-new-passphrase", "new_password2": "a-brand-new-passphrase"}
    done = client.post(form_page.redirect_chain[-1][0], new, follow=True)
    assert "Your new password is set" in done.content.decode()
    owner.refresh_from_db()
    assert owner.check_password("a-brand-new-passphrase")
    # The same link again: refused, and the password stays.
    again = client.get(link, follow=True)
    assert "This link no longer works" in again.content.decode()
    owner.refresh_from_db()
    assert owner.check_password("a-brand-new-passphrase")


def test_the_default_token_generator_refuses_a_token_once_the_password_changed(owner):
    token = default_token_generator.make_token(owner)
    assert default_token_generator.check_token(owner, token)
    owner.set_password("a-brand-new-passphrase")
    owner.save()
    assert not default_token_generator.check_token(owner, token)


def test_password_reset_is_throttled_per_email_whatever_the_address(client, owner, mailoutbox):
    for n in range(throttle.RESETS_PER_HOUR_PER_EMAIL):
        client.post(reverse("password_reset"), {"email": owner.email}, REMOTE_ADDR=f"198.51.100.{n}")
    response = client.post(reverse("password_reset"), {"email": owner.email.upper()}, REMOTE_ADDR="198.51.100.50")
    assert response.status_code == 429
    assert "asked for several times in the last hour" in response.content.decode()
    assert len(mailoutbox) == throttle.RESETS_PER_HOUR_PER_EMAIL
    # The same answer for an address nobody uses: the limit says nothing about accounts.
    for _ in range(throttle.RESETS_PER_HOUR_PER_EMAIL):
        client.post(reverse("password_reset"), {"email": "nobody@example.com"}, REMOTE_ADDR="198.51.100.60")
    unknown = client.post(reverse("password_reset"), {"email": "nobody@example.com"}, REMOTE_ADDR="198.51.100.61")
    assert unknown.status_code == 429
    assert unknown.context["form"].errors == response.context["form"].errors


def test_password_reset_is_throttled_per_address(client, mailoutbox):
    for n in range(throttle.RESETS_PER_HOUR_PER_ADDRESS):
        assert client.post(reverse("password_reset"), {"email": f"p{n}@example.com"}).status_code == 302
    response = client.post(reverse("password_reset"), {"email": "last@example.com"})
    assert response.status_code == 429
    assert "from your network" in response.content.decode()
    assert 'value="last@example.com"' in response.content.decode()


def test_resetting_the_password_lifts_the_lockout_of_its_owner_here(client, owner, mailoutbox):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    client.post(reverse("password_reset"), {"email": owner.email})
    form_page = client.get(urlsplit(reset_link(mailoutbox[0])).path, follow=True)
    new = {"new_password1": "a-brand-new-passphrase", "new_password2": "a-brand-new-passphrase"}
    client.post(form_page.redirect_chain[-1][0], new)
    response = client.post(reverse("login"), {"username": "owner", "password": "a-brand-new-passphrase"})
    assert response.status_code == 302

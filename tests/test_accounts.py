"""Sign up, log in (with throttling), log out and change password."""

import importlib

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.urls import reverse

from declines.models import Profile

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


def test_sign_up_refuses_an_email_already_in_use(client, owner):
    response = client.post(reverse("signup"), signup_data(email=owner.email.upper()))
    assert "An account with this email already exists" in response.content.decode()


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
    assert "Too many failed log-ins" in locked.content.decode()
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
    assert owner_client.get(reverse("dashboard")).status_code == 302


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
    assert client.get(reverse("dashboard")).status_code == 302  # Django would drop it…

    session[BACKEND_SESSION_KEY] = "declines.auth.ModelBackend"
    session.save()
    migration.forwards(apps, None)  # …so the upgrade renames the backend in every session

    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert "Log out" in response.content.decode()

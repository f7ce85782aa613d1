"""Start-up safety: what the settings refuse, and what production values pass."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from declines.settings import env_bool

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, env):
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "USE_HTTPS"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "declines.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_manage("check", env={})
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "Declines will not start: set SECRET_KEY to a long random value (or DEBUG=1 for local development)."
    ]


def test_it_refuses_the_development_key_when_debug_is_off():
    result = run_manage("check", env={"SECRET_KEY": "development-only-not-secret", "DEBUG": "0"})
    assert result.returncode != 0
    assert "set SECRET_KEY" in result.stderr


def test_checking_migrations_needs_no_secret_key():
    result = run_manage("makemigrations", "--check", "--dry-run", env={})
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout


def test_it_starts_without_a_secret_key_in_debug():
    result = run_manage("check", env={"DEBUG": "1"})
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_values_pass_the_deploy_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "SECRET_KEY": "a-real-production-key-" + "x7Qp2" * 12,
            "DEBUG": "0",
            "USE_HTTPS": "1",
            "ALLOWED_HOSTS": "declines.example.com",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_debug_is_off_unless_set():
    code = "from django.conf import settings; print('DEBUG is', settings.DEBUG)"
    result = run_manage("shell", "--no-imports", "-c", code, env={"SECRET_KEY": "k" * 60})
    assert result.returncode == 0, result.stderr
    assert "DEBUG is False" in result.stdout.splitlines()


PRODUCTION = {
    "SECRET_KEY": "a-real-production-key-" + "x7Qp2" * 12,
    "DEBUG": "0",
    "ALLOWED_HOSTS": "declines.example.com",
}
COOKIE_SETTINGS = [
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
]


def production_settings() -> dict:
    code = f"from django.conf import settings; print(repr({{k: getattr(settings, k) for k in {COOKIE_SETTINGS!r}}}))"
    result = run_manage("shell", "--no-imports", "-c", code, env=PRODUCTION)
    assert result.returncode == 0, result.stderr
    import ast

    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db
def test_production_cookies_are_secure_httponly_and_samesite(client, owner):
    """With production values (USE_HTTPS defaults on), log in over HTTPS and read the cookies."""
    from django.test import override_settings
    from django.urls import reverse

    values = production_settings()
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    with override_settings(**{k: v for k, v in values.items() if k.endswith(("SECURE", "HTTPONLY", "SAMESITE"))}):
        page = client.get(reverse("login"), secure=True)
        csrf = page.cookies["csrftoken"]
        assert csrf["secure"] is True
        assert csrf["samesite"] == "Lax"
        response = client.post(
            reverse("login"),
            {"username": "owner", "password": "correct horse battery staple"},
            secure=True,
        )
        session = response.cookies["sessionid"]
        assert session["secure"] is True
        assert session["httponly"] is True
        assert session["samesite"] == "Lax"


def test_a_yes_no_setting_that_is_neither_stops_the_app_with_its_name():
    result = run_manage("check", env={"DEBUG": "ture"})
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Declines will not start: DEBUG='ture' is not a yes/no value (use 1 or 0)."
    ]


@pytest.mark.parametrize("value", ["enabled", "2", "y es"])
def test_env_bool_refuses_other_values_with_the_settings_name(monkeypatch, value):
    monkeypatch.setenv("REMINDERS_ON", value)
    with pytest.raises(SystemExit) as stopped:
        env_bool("REMINDERS_ON")
    assert str(stopped.value) == f"Declines will not start: REMINDERS_ON={value!r} is not a yes/no value (use 1 or 0)."


def test_a_yes_no_setting_reads_yes_when_the_app_starts():
    result = run_manage("check", env={"DEBUG": "yes"})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("value", "meant"),
    [
        ("1", True),
        ("yes", True),
        ("On", True),
        ("TRUE", True),
        (" true ", True),
        ("0", False),
        ("No", False),
        ("off", False),
        ("FALSE", False),
        ("", None),
    ],
)
def test_env_bool_reads_the_usual_spellings(monkeypatch, value, meant):
    monkeypatch.setenv("REMINDERS_ON", value)
    # Unset (empty) falls back to the default, whichever it is.
    assert [env_bool("REMINDERS_ON", default) for default in (False, True)] == (
        [meant, meant] if meant is not None else [False, True]
    )


def test_a_tls_proxy_alone_does_not_make_x_forwarded_for_trusted():
    code = "from django.conf import settings; print('TRUSTED_PROXY_COUNT is', settings.TRUSTED_PROXY_COUNT)"
    result = run_manage("shell", "--no-imports", "-c", code, env={**PRODUCTION, "BEHIND_TLS_PROXY": "1"})
    assert result.returncode == 0, result.stderr
    assert "TRUSTED_PROXY_COUNT is 0" in result.stdout.splitlines()


def test_the_deploy_checks_ask_for_the_proxy_count_behind_a_tls_proxy():
    env = {**PRODUCTION, "USE_HTTPS": "1", "BEHIND_TLS_PROXY": "1"}
    result = run_manage("check", "--deploy", env=env)
    assert "declines.W001" in result.stderr + result.stdout
    assert "TRUSTED_PROXY_COUNT" in result.stderr + result.stdout
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env={**env, "TRUSTED_PROXY_COUNT": "1"})
    assert result.returncode == 0, result.stderr

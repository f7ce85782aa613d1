"""Start-up safety: what the settings refuse, and what production values pass."""

import os
import subprocess
import sys
from pathlib import Path

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

"""Settings for the test suite: the app's own, with a test key and a fast hasher."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-that-is-long-enough-to-pass-checks-0123456789")
# Playwright's sync API runs an event loop in the test thread; the live server's
# database calls are still made synchronously from the Django side.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.setdefault("USE_HTTPS", "0")
os.environ.setdefault("SITE_URL", "http://127.0.0.1:8000")

from declines.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Serve static files from the source folders, as runserver does, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Whatever the hour the suite runs at, today's reminders are due.
REMINDERS_FROM_HOUR = 0
# `make test` runs the browser tests in a process of their own beside the rest: on PostgreSQL that process
# needs a test database of its own (SQLite's is in memory, one per process already), and its live server's
# threads close their connections after each request, so that the database can be dropped at the end.
if os.environ.get("TEST_DATABASE_SUFFIX") and "postgresql" in DATABASES["default"]["ENGINE"]:  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": f"test_{DATABASES['default']['NAME']}_{os.environ['TEST_DATABASE_SUFFIX']}"  # noqa: F405
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405

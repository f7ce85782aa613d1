"""Settings for Declines, read from the environment.

Defaults are safe for a laptop: SQLite in the project folder, email printed to
the console. DEBUG is off unless asked for, and with DEBUG off the app refuses to
start without a real SECRET_KEY. `.env.example` lists every variable.
"""

import os
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """A yes/no setting. A value that is neither is refused, so a typo such as
    DEBUG=ture stops the app instead of quietly meaning "off"."""
    value = os.environ.get(name, "").strip().lower()
    if value == "":
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    sys.exit(f"Declines will not start: {name}={os.environ[name]!r} is not a yes/no value (use 1 or 0).")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

# A key that is only ever good enough for a laptop. With DEBUG off it is refused.
DEVELOPMENT_SECRET_KEY = "development-only-not-secret"
SECRET_KEY = os.environ.get("SECRET_KEY", "").strip() or DEVELOPMENT_SECRET_KEY
# Writing or checking migrations signs nothing and serves nobody, so it may run
# without a key (CI and pre-commit checks call it bare).
KEYLESS_COMMANDS = {"makemigrations"}
_command = sys.argv[1] if len(sys.argv) > 1 and sys.argv[0].endswith("manage.py") else ""
if not DEBUG and SECRET_KEY == DEVELOPMENT_SECRET_KEY and _command not in KEYLESS_COMMANDS:
    # SystemExit with a message prints one line to stderr, not a traceback.
    sys.exit("Declines will not start: set SECRET_KEY to a long random value (or DEBUG=1 for local development).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The site's public address, for links that leave the site: reminder emails,
# the calendar feed, password resets. Unset, a page builds its links from the
# address it was asked for (so `make run PORT=8102` links to :8102), and
# `send_reminders`, which answers no request, refuses to run (with DEBUG on, it
# links to http://127.0.0.1:8000, where `make run` serves, and says so).
SITE_URL = os.environ.get("SITE_URL", "").strip().rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "csp",
    "axes",
    "declines",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages travel compressed (a compose page: 27 KB → 6 KB); static files
    # come precompressed from whitenoise above. Django pads each response
    # against BREACH and masks the CSRF token anew in every page.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "declines.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, so that it sees the outcome of every authentication attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "declines.urls"
WSGI_APPLICATION = "declines.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "declines.context_processors.coaching",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The covering indexes (INCLUDE columns) are for PostgreSQL; SQLite builds
    # them without the extra columns, which is fine for a laptop.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked-out attempt before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# A password-reset link works once (Django's tokens change with the password)
# and for this long; the reset pages and email say "24 hours".
PASSWORD_RESET_TIMEOUT = 24 * 60 * 60
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# Wrong passwords (log-in, password change, account deletion): a username
# tried from one address is locked after AXES_FAILURE_LIMIT failures, and an
# address after LOGIN_FAILURES_PER_ADDRESS failures over any usernames (password
# spraying), each for AXES_COOLOFF_HOURS. Keyed on the pair, one attacker cannot
# lock a user out everywhere. The per-address count is `throttle.LoginFailureHandler`.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
LOGIN_FAILURES_PER_ADDRESS = int(os.environ.get("LOGIN_FAILURES_PER_ADDRESS", "30"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "declines.throttle.LoginFailureHandler"
AXES_CLIENT_IP_CALLABLE = "declines.throttle.client_address"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# How many proxies in front of the app append to X-Forwarded-For. Every
# throttle counts by the address they name; with 0 (the default) the header is
# never believed, as anyone can write it. Set it only when the app cannot be
# reached except through those proxies. BEHIND_TLS_PROXY does not set it.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

LANGUAGE_CODE = "en-gb"
# One date format everywhere, "26 November 2026" (declines/formats/en/formats.py).
FORMAT_MODULE_PATH = ["declines.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed names, so whitenoise can let browsers cache them for a year.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "declines.storage.StaticFilesStorage",
    },
}

# Only the counters of `declines/throttle.py` live in the cache; no page or
# figure is ever cached. With REDIS_URL every web process, on every machine,
# counts in the same Redis; without it each process counts for itself.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # Several sites sharing one Redis keep apart by prefix.
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "declines"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "declines"}}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"
# Forms find their templates as pages do, so that templates/django/forms/bootstrap5.html (a form as Bootstrap 5
# draws it, for the forms on the busiest pages: see forms.BootstrapForm) is found.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Email: printed to the console unless an SMTP server is configured.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# Things due on a day are emailed from this hour (TIME_ZONE) on, not at midnight.
REMINDERS_FROM_HOUR = int(os.environ.get("REMINDERS_FROM_HOUR", "7"))
# Seconds before a mail server that stopped answering counts as gone: a run
# must not hang on it while holding claims.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Declines <declines@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# HTTPS: on by default in production. USE_HTTPS=0 serves plain HTTP (a local
# docker compose); BEHIND_TLS_PROXY=1 trusts the proxy's X-Forwarded-Proto.
USE_HTTPS = env_bool("USE_HTTPS", default=not DEBUG)
if env_bool("BEHIND_TLS_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = USE_HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = USE_HTTPS
CSRF_COOKIE_SECURE = USE_HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000")) if USE_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = USE_HTTPS
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=USE_HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# No inline script or style anywhere: every script is a static file.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF, "https://mail.google.com", "https://outlook.office.com"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}

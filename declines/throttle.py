"""Limits on how often one user or one address may do a costly or risky thing.

- Wrong passwords (log-in, password change, account deletion) are counted by
  django-axes in the database, per username and address and, through
  `LoginFailureHandler`, per address alone: guessing one password each for
  many accounts (password spraying) is limited too.
- Sign-ups, password-reset requests and live previews are counted in a fixed
  window in the default cache: with `REDIS_URL` set every web process shares
  it; without, each process counts for itself, which still bounds what one
  process can be made to do.

The address is `client_address(request)`: the connecting peer, or, behind
`TRUSTED_PROXY_COUNT` proxies, the one they name in X-Forwarded-For.
"""

import hashlib
import ipaddress
import time

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum

# The live preview fires after each pause in typing (400 ms), so a person
# typing flat out sends well under one a second.
PREVIEWS_PER_MINUTE = 60
# Sign-up attempts from one address: a workshop of clients signing up from
# one office network fits; trying usernames by the thousand does not.
SIGNUPS_PER_HOUR = 30
# Password-reset requests: from one address, and for one typed email, so
# that nobody can fill a person's inbox with reset links.
RESETS_PER_HOUR_PER_ADDRESS = 10
RESETS_PER_HOUR_PER_EMAIL = 3
# "Send me a test reminder" sends a real email: enough to try a fix or two.
TEST_REMINDERS_PER_HOUR = 5
# Coach invitations, which may each email an address the user typed.
INVITATIONS_PER_HOUR = 10
# "Another account uses your email address", sent on a sign-up or a change in
# Settings: told once or twice is enough, and nobody can fill an inbox with it.
EMAIL_IN_USE_NOTICES_PER_DAY = 2


def client_address(request) -> str:
    """The address of whoever sent `request`.

    Each trusted proxy appends the address it was connected from to
    X-Forwarded-For, so with N of them the client is the N-th entry from the
    right; anything further left was written by the client and is not
    believed. With no trusted proxy (the default) the header is ignored
    altogether: anyone could write it.
    """
    peer = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_COUNT
    if hops <= 0:
        return peer
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [entry for entry in forwarded if entry]
    if not forwarded:
        return peer
    # Fewer entries than proxies: the leftmost is still one a proxy wrote.
    candidate = forwarded[-min(hops, len(forwarded))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return peer


class LoginFailureHandler(AxesDatabaseHandler):
    """Axes' database handler with a second, higher limit per address alone.

    Axes compares one count with one limit (`AXES_FAILURE_LIMIT`), for the
    pair of username and address. Failures from the address across every
    username are counted here too, and reported in units of that limit, so
    that the count reaches it exactly when the address reaches
    `LOGIN_FAILURES_PER_ADDRESS`. The address is not an axes lockout
    parameter on purpose: axes would then forget all of an address's
    failures at its next successful log-in, and a sprayer with an account of
    their own could reset the count at will.
    """

    def get_failures(self, request, credentials=None) -> int:
        pair = super().get_failures(request, credentials)
        attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
        if settings.AXES_COOLOFF_TIME is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        per_address = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
        # floor(n * L / A) >= L exactly when n >= A.
        scaled = per_address * settings.AXES_FAILURE_LIMIT // max(settings.LOGIN_FAILURES_PER_ADDRESS, 1)
        return max(pair, scaled)


def forget_failures(request, *, username: str) -> None:
    """Forget the wrong passwords typed for `username` from this address."""
    axes_reset(ip=client_address(request), username=username)


def allow(scope: str, who, *, limit: int, seconds: int) -> bool:
    """Count one more `scope` action by `who`; False once over `limit` in the window."""
    window = int(time.time() // seconds)
    key = f"declines:throttle:{scope}:{who}:{window}"
    if cache.add(key, 1, timeout=seconds + 1):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between the two calls
        cache.set(key, 1, timeout=seconds + 1)
        return True


def preview_allowed(user) -> bool:
    return allow("preview", user.pk, limit=PREVIEWS_PER_MINUTE, seconds=60)


def signup_allowed(request) -> bool:
    return allow("signup", client_address(request), limit=SIGNUPS_PER_HOUR, seconds=3600)


def password_reset_problem(request, email: str) -> str | None:
    """Why a password-reset request is refused now, or None to send it.

    Keyed on the email as typed (lower-cased), whether or not an account
    uses it, so the answer never tells whether one does.
    """
    if not allow("reset-address", client_address(request), limit=RESETS_PER_HOUR_PER_ADDRESS, seconds=3600):
        return "Too many password resets have been asked for from your network. Please try again in an hour."
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
    if not allow("reset-email", digest, limit=RESETS_PER_HOUR_PER_EMAIL, seconds=3600):
        return (
            "A reset link for this address has been asked for several times in the last hour. "
            "Please check your inbox (and spam folder) for the links already sent, or try again in an hour."
        )
    return None


def test_reminder_allowed(user) -> bool:
    return allow("test_reminder", user.pk, limit=TEST_REMINDERS_PER_HOUR, seconds=3600)


def email_in_use_notice_allowed(email: str) -> bool:
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
    return allow("email-in-use", digest, limit=EMAIL_IN_USE_NOTICES_PER_DAY, seconds=86400)


def invitation_allowed(user) -> bool:
    return allow("invitation", user.pk, limit=INVITATIONS_PER_HOUR, seconds=3600)

"""Limits on how often one user or one address may do a costly thing.

A fixed window counted in the default cache: with `REDIS_URL` set every web
process shares it; without, each process counts for itself, which still
bounds what one process can be made to do.
"""

import time

from django.core.cache import cache

# The live preview fires after each pause in typing (400 ms), so a person
# typing flat out sends well under one a second.
PREVIEWS_PER_MINUTE = 60
# "Send me a test reminder" sends a real email: enough to try a fix or two.
TEST_REMINDERS_PER_HOUR = 5


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


def test_reminder_allowed(user) -> bool:
    return allow("test_reminder", user.pk, limit=TEST_REMINDERS_PER_HOUR, seconds=3600)

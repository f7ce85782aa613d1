"""Settings for `bench/pages.py`: the app's own settings, with one more URL.

The bench compares every page with a bare Django view served by the same
stack (middleware, session, authentication). That view must never exist in the
app itself, so it lives in `bench/urls.py`, which this module swaps in.

`wrk` sends one user's live previews far faster than anyone types, so the
preview throttle (`declines/throttle.py`, which counts in the default cache)
would soon answer 429: the bench counts nothing, and measures the preview itself.
"""

from declines.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

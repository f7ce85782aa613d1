"""Rendered pages, kept for their user until anything on them changes.

The main pages (dashboard, offer page, the steps of the flow, templates,
follow-ups) are a function of the user's own data, the built-in templates,
the day and the URL, and nothing else. So a page is rendered once and kept
under a key made of exactly those: the user, their data version
(`Profile.data_version`, which every write to what they own moves on in the
same transaction, see `models.data_changed`), the day and the full path. A
reload, Back, or a second look at the same page then costs one indexed query
instead of the page's queries, composing and rendering.

Two things in a page belong to the request rather than to the data:

- the CSRF token, different for each browser: the page is rendered with a
  placeholder where `{% csrf_token %}` and `{{ csrf_token }}` go, and each
  response gets this browser's token put in its place;
- messages ("Draft saved."): a request with a message to show is rendered
  afresh and not kept.

Entries also expire after `PAGE_CACHE_SECONDS`, which bounds what a write
that bypasses `data_changed` altogether could leave stale.
"""

import functools
import hashlib

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.crypto import salted_hmac

from declines.models import Profile, data_key

PAGE_CACHE_SECONDS = 300
CACHE_ALIAS = "pages"


@functools.cache
def _placeholder(secret_key: str) -> bytes:
    # Derived from SECRET_KEY, so every worker sharing a cache agrees on it and
    # no user can type it into a page to have it replaced.
    return salted_hmac("declines.pagecache.csrf", "placeholder", secret=secret_key).hexdigest().encode()


def csrf_placeholder() -> str:
    return _placeholder(settings.SECRET_KEY).decode()


def rendering_for_cache(request) -> dict:
    """Context processor: the CSRF placeholder while a page is rendered to be kept.

    It runs after Django's own `csrf` processor, so its value wins.
    """
    if getattr(request, "_declines_rendering_for_cache", False):
        return {"csrf_token": csrf_placeholder()}
    return {}


def _has_messages(request) -> bool:
    # len() reads the stored messages without marking them shown.
    return len(get_messages(request)) > 0


def _data_version(user) -> int | None:
    """The version as of this request: the profile came with the user
    (`declines.auth.ModelBackend`), so reading it costs no query."""
    try:
        return user.profile.data_version
    except Profile.DoesNotExist:  # an account made with createsuperuser
        return None


def page_key(request, version: int) -> str:
    user = request.user
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    # The profile's id tells apart a profile made anew, whose version starts
    # again at 0; the day, because countdowns and "today" move at midnight.
    day = timezone.localdate().isoformat()
    return f"declines:page:{data_key(user, version)}:{user.profile.pk}:{day}:{path}"


def _with_token(request, content: bytes) -> bytes:
    placeholder = _placeholder(settings.SECRET_KEY)
    if placeholder not in content:
        return content
    return content.replace(placeholder, get_token(request).encode())


def _rebuilt(request, entry: dict) -> HttpResponse:
    response = HttpResponse(_with_token(request, entry["content"]), status=entry["status"])
    for header, value in entry["headers"]:
        response.headers[header] = value
    return response


def per_user(view):
    """Serve the view's GET responses from the page cache while the user's data is unchanged.

    Only a plain, successful page is kept: not a redirect, an error, an htmx
    partial, a response that sets a cookie, or a page showing a message.
    """

    @functools.wraps(view)
    def cached_view(request, *args, **kwargs):
        user = request.user
        if request.method != "GET" or not user.is_authenticated or request.headers.get("HX-Request"):
            return view(request, *args, **kwargs)
        version = _data_version(user)
        if version is None or _has_messages(request):
            return view(request, *args, **kwargs)
        cache = caches[CACHE_ALIAS]
        key = page_key(request, version)
        entry = cache.get(key)
        if entry is not None:
            return _rebuilt(request, entry)

        request._declines_rendering_for_cache = True
        try:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        finally:
            request._declines_rendering_for_cache = False
        if response.streaming:
            return response
        content = response.content
        keep = response.status_code == 200 and not response.cookies and not _has_messages(request)
        if keep:
            entry = {"status": 200, "content": content, "headers": list(response.headers.items())}
            cache.set(key, entry, PAGE_CACHE_SECONDS)
        response.content = _with_token(request, content)
        return response

    return cached_view

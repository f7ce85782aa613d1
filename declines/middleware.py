"""Middleware of our own."""

from django.utils.cache import patch_cache_control


class PrivatePagesMiddleware:
    """Every answer to a logged-in user is `Cache-Control: private, no-store`.

    Such a page shows that user's data: no shared cache may keep it, and the
    browser should not keep it on disk for the next person at the keyboard
    after log-out. A view that says how it may be cached (the calendar feed,
    with its ETag) keeps its own header.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not response.has_header("Cache-Control") and request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response

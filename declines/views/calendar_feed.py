"""The private calendar feed. Calendar apps fetch it without a session, so its
secret token is the credential: a wrong or revoked token is a 404."""

import hashlib

from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.views.decorators.http import require_safe

from declines import ical
from declines.ownership import get_profile_for_calendar_token
from declines.views.account_settings import site_url


@login_not_required
@require_safe
def calendar_feed(request, token):
    profile = get_profile_for_calendar_token(token)
    feed = ical.feed_for(profile.user, site_url=site_url(request))
    # Calendar apps poll again and again; when nothing changed they get a 304
    # and download nothing.
    etag = f'"{hashlib.sha256(feed).hexdigest()[:32]}"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(feed, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="declines.ics"'
    response["ETag"] = etag
    # The URL is a secret: keep it out of search engines and shared caches.
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-cache"
    return response

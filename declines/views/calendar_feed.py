"""The private calendar feed. Calendar apps fetch it without a session, so its
secret token is the credential: a wrong or revoked token is a 404."""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.views.decorators.http import require_safe

from declines import calendar
from declines.ownership import get_profile_for_calendar_token


@login_not_required
@require_safe
def calendar_feed(request, token):
    profile = get_profile_for_calendar_token(token)
    response = HttpResponse(calendar.cached_feed_for(profile), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="declines.ics"'
    # The URL is a secret: keep it out of search engines and shared caches.
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, max-age=300"
    return response

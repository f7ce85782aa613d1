"""What the layout of every page needs beyond Django's own context."""

from functools import cache

from declines.models import Coaching


def coaching(request) -> dict:
    """Whether the menu shows "Clients" (§11): asked of the database only when
    the menu is drawn for a logged-in user, never for a page without one, and
    at most once a request however often the page asks."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"coaches_someone": cache(lambda: Coaching.objects.of_coach(user).exists())}

"""What the layout of every page needs beyond Django's own context."""

from declines.ownership import coaching_roles


def coaching(request) -> dict:
    """Whether the menu shows "Clients" (§11): asked of the database only when
    the menu is drawn for a logged-in user, never for a page without one, and
    with whether the user has a coach, which some pages ask too
    (`ownership.coaching_roles`)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"coaches_someone": lambda: coaching_roles(user).coaches_someone}

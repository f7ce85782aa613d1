"""How Declines loads the user of each request: with their profile, in one query.

Nearly every page needs the profile (the name and signature in composed
emails, the data version that cached pages and figures are keyed on), so
fetching it with the user saves a query on every request.
"""

from django.contrib.auth import backends, get_user_model


class ModelBackend(backends.ModelBackend):
    """Django's ModelBackend, with the profile joined to the user it loads."""

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = user_model._default_manager.select_related("profile").get(pk=user_id)
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

"""The Declines app."""

from django.apps import AppConfig
from django.conf import settings
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, post_save


def unicode_lower(sender, connection, **kwargs):
    """SQLite's LOWER folds A to Z only, so "Łukasz" would never match "łukasz":
    on SQLite it is Python's, as PostgreSQL's already folds every alphabet."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "lower", 1, lambda value: value.lower() if isinstance(value, str) else value, deterministic=True
        )


class DeclinesConfig(AppConfig):
    name = "declines"
    verbose_name = "Declines"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from declines import checks  # noqa: F401 (registers them)
        from declines.services.accounts import profile_for_new_user
        from declines.tallies import rebuild_after_migrate

        post_save.connect(profile_for_new_user, sender=settings.AUTH_USER_MODEL, dispatch_uid="declines_new_profile")
        post_migrate.connect(rebuild_after_migrate, sender=self, dispatch_uid="declines_rebuild_tallies")
        connection_created.connect(unicode_lower, dispatch_uid="declines_unicode_lower")

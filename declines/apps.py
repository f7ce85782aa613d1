"""The Declines app."""

from django.apps import AppConfig


class DeclinesConfig(AppConfig):
    name = "declines"
    verbose_name = "Declines"
    default_auto_field = "django.db.models.BigAutoField"

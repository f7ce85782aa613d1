"""The page cache is gone, and with it the data version it was keyed on and
the auth backend that loaded the profile with the user.

Live sessions name the backend that logged their user in; they are moved back
to Django's, so nobody is logged out by the upgrade (the reverse of 0004).
"""

import importlib

from django.db import migrations

# The same rename as 0004, the other way round.
_rename_backend = importlib.import_module("declines.migrations.0004_sessions_use_declines_backend")._rename_backend

OURS = "declines.auth.ModelBackend"
DJANGOS = "django.contrib.auth.backends.ModelBackend"


def forwards(apps, schema_editor):
    _rename_backend(apps, OURS, DJANGOS)


def backwards(apps, schema_editor):
    _rename_backend(apps, DJANGOS, OURS)


class Migration(migrations.Migration):
    dependencies = [
        ("declines", "0004_sessions_use_declines_backend"),
        ("sessions", "0001_initial"),
    ]

    operations = [
        migrations.RemoveField(model_name="profile", name="data_version"),
        migrations.RunPython(forwards, backwards, elidable=True),
    ]

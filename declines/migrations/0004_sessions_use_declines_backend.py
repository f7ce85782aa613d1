"""Keep everyone logged in across the move to `declines.auth.ModelBackend`.

A session names the backend that logged its user in, and Django drops a
session whose backend is no longer configured: without this, every user
would be logged out by the upgrade, and a form sent from an open tab would
be lost to the log-in page.
"""

from django.contrib.auth import BACKEND_SESSION_KEY
from django.db import migrations
from django.utils import timezone

DJANGOS = "django.contrib.auth.backends.ModelBackend"
OURS = "declines.auth.ModelBackend"


def _rename_backend(apps, old: str, new: str) -> None:
    # The session store of the settings encodes and signs as the app does.
    from django.contrib.sessions.backends.db import SessionStore

    store = SessionStore()
    Session = apps.get_model("sessions", "Session")
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        data = store.decode(session.session_data)  # {} for a session that cannot be read
        if data.get(BACKEND_SESSION_KEY) == old:
            data[BACKEND_SESSION_KEY] = new
            session.session_data = store.encode(data)
            session.save(update_fields=["session_data"])


def forwards(apps, schema_editor):
    _rename_backend(apps, DJANGOS, OURS)


def backwards(apps, schema_editor):
    _rename_backend(apps, OURS, DJANGOS)


class Migration(migrations.Migration):
    dependencies = [
        ("declines", "0003_performance_indexes"),
        ("sessions", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=True)]

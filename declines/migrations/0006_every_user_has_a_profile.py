"""Every account has a profile from now on (one is made with the account), so
pages only ever read it; accounts made before without one get theirs here."""

from django.conf import settings
from django.db import migrations


def forwards(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    Profile = apps.get_model("declines", "Profile")
    missing = User.objects.filter(profile__isnull=True)
    Profile.objects.bulk_create([Profile(user=user) for user in missing.iterator()])


class Migration(migrations.Migration):
    dependencies = [
        ("declines", "0005_no_page_cache"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]

"""The running counts behind the figures of §9, kept by database triggers.

The triggers are installed, and every tally counted, after each `migrate`
(`tallies.rebuild_after_migrate`); migrating back past this one removes them first.
"""

from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


def remove_triggers(apps, schema_editor):
    from declines.tallies import uninstall

    uninstall(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [
        ("declines", "0010_followup_owner"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Tally",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=50)),
                ("count", models.IntegerField(default=0)),
                (
                    "owner",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("owner", "name"), name="tally_unique_name_per_owner")
                ],
            },
        ),
        migrations.RunPython(migrations.RunPython.noop, remove_triggers),
    ]

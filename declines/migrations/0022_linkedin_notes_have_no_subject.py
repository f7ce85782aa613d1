from django.db import migrations


def clear_subjects(apps, schema_editor):
    """A LinkedIn note has no subject (§8); drafts made before carried one the
    app made up ("LinkedIn note for … at …"), shown on the offer's page."""
    Draft = apps.get_model("declines", "Draft")
    Draft.objects.filter(kind="linkedin_note").exclude(subject="").update(subject="")


class Migration(migrations.Migration):
    dependencies = [
        ("declines", "0021_draft_written_for_details"),
    ]

    operations = [
        migrations.RunPython(clear_subjects, migrations.RunPython.noop),
    ]

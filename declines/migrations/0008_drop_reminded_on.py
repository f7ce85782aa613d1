"""The dates that said what was reminded of live on as sent Reminder rows (0007)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('declines', '0007_reminders_claimed_in_the_database'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='followup',
            name='reminded_on',
        ),
        migrations.RemoveField(
            model_name='offer',
            name='deadline_reminded_on',
        ),
    ]

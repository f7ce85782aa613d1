"""Reminders become rows claimed in the database (`declines/reminders.py`).

What the old per-thing dates said was reminded of becomes a sent Reminder,
so the upgrade sends nothing twice; 0008 then drops those dates.
"""

import datetime as dt

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def reminded_becomes_sent(apps, schema_editor):
    FollowUp = apps.get_model("declines", "FollowUp")
    Offer = apps.get_model("declines", "Offer")
    Reminder = apps.get_model("declines", "Reminder")
    rows = []
    # A follow-up was reminded of for its due date when `reminded_on` is that day or later.
    for follow_up in FollowUp.objects.filter(reminded_on__isnull=False, reminded_on__gte=models.F("due_on")).select_related("offer"):
        rows.append(
            Reminder(
                user_id=follow_up.offer.owner_id,
                kind="follow_up",
                follow_up=follow_up,
                due_on=follow_up.due_on,
                status="sent",
                sent_at=_midday(follow_up.reminded_on),
                attempts=1,
            )
        )
    # A deadline was reminded of for its respond-by date when the reminder came
    # within the owner's notice of it (a deadline moved later is due again).
    notice = dict(apps.get_model("declines", "Profile").objects.values_list("user_id", "reminder_days_before"))
    for offer in Offer.objects.filter(deadline_reminded_on__isnull=False, respond_by__isnull=False):
        if offer.deadline_reminded_on >= offer.respond_by - dt.timedelta(days=notice.get(offer.owner_id, 1)):
            rows.append(
                Reminder(
                    user_id=offer.owner_id,
                    kind="deadline",
                    offer=offer,
                    due_on=offer.respond_by,
                    status="sent",
                    sent_at=_midday(offer.deadline_reminded_on),
                    attempts=1,
                )
            )
    Reminder.objects.bulk_create(rows, batch_size=1000)


def _midday(day):
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)


class Migration(migrations.Migration):

    dependencies = [
        ('declines', '0006_every_user_has_a_profile'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Reminder',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('follow_up', 'Follow-up'), ('deadline', 'Offer deadline'), ('test', 'Test reminder')], max_length=20)),
                ('due_on', models.DateField()),
                ('status', models.CharField(choices=[('pending', 'Due'), ('sent', 'Sent'), ('failed', 'Given up')], default='pending', max_length=10)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('claimed_at', models.DateTimeField(blank=True, null=True)),
                ('attempts', models.PositiveSmallIntegerField(default=0)),
                ('sent_at', models.DateTimeField(blank=True, null=True)),
                ('message_id', models.CharField(blank=True, max_length=255)),
                ('last_error', models.CharField(blank=True, max_length=500)),
                ('last_failed_at', models.DateTimeField(blank=True, null=True)),
            ],
        ),
        migrations.CreateModel(
            name='ReminderRun',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('started_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('finished_at', models.DateTimeField(blank=True, null=True)),
                ('host', models.CharField(blank=True, max_length=255)),
                ('pid', models.PositiveIntegerField(blank=True, null=True)),
                ('emails_sent', models.PositiveIntegerField(default=0)),
                ('reminders_sent', models.PositiveIntegerField(default=0)),
                ('failures', models.PositiveIntegerField(default=0, verbose_name='emails not sent')),
                ('error', models.CharField(blank=True, max_length=500)),
            ],
        ),
        migrations.AddField(
            model_name='profile',
            name='calendar_alarm',
            field=models.CharField(choices=[('none', 'No alert'), ('morning', 'On the morning of the day (9:00)'), ('day_before', 'The day before (9:00)')], default='none', max_length=20, verbose_name='calendar alerts'),
        ),
        migrations.AddConstraint(
            model_name='profile',
            constraint=models.CheckConstraint(condition=models.Q(('calendar_alarm__in', ['none', 'morning', 'day_before'])), name='profile_calendar_alarm_valid'),
        ),
        migrations.AddField(
            model_name='reminder',
            name='follow_up',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='reminders', to='declines.followup'),
        ),
        migrations.AddField(
            model_name='reminder',
            name='offer',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='reminders', to='declines.offer'),
        ),
        migrations.AddField(
            model_name='reminder',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reminders', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddIndex(
            model_name='reminderrun',
            index=models.Index(fields=['-started_at'], name='reminderrun_latest_idx'),
        ),
        migrations.AddField(
            model_name='reminder',
            name='run',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='reminders', to='declines.reminderrun'),
        ),
        migrations.AddIndex(
            model_name='reminder',
            index=models.Index(condition=models.Q(('status', 'pending')), fields=['user', 'id'], name='reminder_pending_idx'),
        ),
        migrations.AddConstraint(
            model_name='reminder',
            constraint=models.UniqueConstraint(condition=models.Q(('kind', 'follow_up')), fields=('follow_up', 'due_on'), name='reminder_once_per_follow_up_date'),
        ),
        migrations.AddConstraint(
            model_name='reminder',
            constraint=models.UniqueConstraint(condition=models.Q(('kind', 'deadline')), fields=('offer', 'due_on'), name='reminder_once_per_deadline'),
        ),
        migrations.AddConstraint(
            model_name='reminder',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('follow_up__isnull', False), ('kind', 'follow_up'), ('offer__isnull', True)), models.Q(('follow_up__isnull', True), ('kind', 'deadline'), ('offer__isnull', False)), models.Q(('follow_up__isnull', True), ('kind', 'test'), ('offer__isnull', True)), _connector='OR'), name='reminder_thing_matches_kind'),
        ),
        migrations.AddConstraint(
            model_name='reminder',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('sent_at__isnull', False), ('status', 'sent')), models.Q(models.Q(('status', 'sent'), _negated=True), ('sent_at__isnull', True)), _connector='OR'), name='reminder_sent_at_iff_sent'),
        ),
        migrations.AddConstraint(
            model_name='reminder',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'sent', 'failed'])), name='reminder_status_valid'),
        ),
        migrations.RunPython(reminded_becomes_sent, migrations.RunPython.noop),
    ]

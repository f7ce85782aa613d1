"""Each follow-up names its owner (always its offer's), so that a user's
follow-ups are read from indexes of their own; filled here from the offers."""

from django.conf import settings
from django.db import migrations, models
from django.db.models import OuterRef, Subquery
import django.db.models.deletion


def fill_owner(apps, schema_editor):
    FollowUp = apps.get_model("declines", "FollowUp")
    Offer = apps.get_model("declines", "Offer")
    FollowUp.objects.update(owner_id=Subquery(Offer.objects.filter(pk=OuterRef("offer_id")).values("owner_id")[:1]))


class Migration(migrations.Migration):

    dependencies = [
        ("declines", "0009_offer_contact_honorific"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="followup",
            name="owner",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="follow_ups",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(fill_owner, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="followup",
            name="owner",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="follow_ups",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RemoveIndex(model_name="followup", name="followup_open_due_idx"),
        migrations.AddIndex(
            model_name="followup",
            index=models.Index(
                condition=models.Q(("done_at__isnull", True)),
                fields=["owner", "due_on", "id"],
                name="followup_owner_open_due_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="followup",
            index=models.Index(
                models.F("owner"),
                models.OrderBy(models.F("done_at"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                condition=models.Q(("done_at__isnull", False)),
                name="followup_owner_done_idx",
            ),
        ),
        migrations.RemoveIndex(model_name="offer", name="offer_figures_idx"),
        migrations.AddIndex(
            model_name="offer",
            index=models.Index(
                models.F("owner"),
                models.F("status"),
                models.OrderBy(models.F("respond_by")),
                models.OrderBy(models.F("received_on"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                condition=models.Q(("deleted_at__isnull", True)),
                name="offer_dash_status_idx",
            ),
        ),
    ]

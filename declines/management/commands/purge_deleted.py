"""Remove for good the offers and templates deleted more than `--days` ago
(by default `services.trash.KEPT_FOR`, 30 days, as "Recently deleted" tells the user).

Deleting is soft so that it can be undone (§8); this ends the grace period. An
offer takes its reflection, drafts, follow-ups and contacts with it; a template
its revisions. Built-in templates retired by `load_starter_library` are kept.
Run it daily from cron (see README); `--dry-run` lists what would go.
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from declines.services.offers import deleted_purge, purgeable
from declines.services.trash import KEPT_FOR


class Command(BaseCommand):
    help = "Hard-delete offers and templates that were deleted more than --days ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=KEPT_FOR.days,
            help=f"Keep what was deleted this recently (default {KEPT_FOR.days}).",
        )
        parser.add_argument("--dry-run", action="store_true", help="List what would be removed; remove nothing.")

    def handle(self, *args, days=KEPT_FOR.days, dry_run=False, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        before = timezone.now() - dt.timedelta(days=days)
        if dry_run:
            offers, templates = purgeable(before=before)
            for offer in offers.select_related("owner").order_by("deleted_at", "pk"):
                self.stdout.write(
                    f"Offer {offer.pk}: {offer} (owner {offer.owner}, deleted {offer.deleted_at:%Y-%m-%d})"
                )
            for template in templates.select_related("owner").order_by("deleted_at", "pk"):
                deleted = f"{template.deleted_at:%Y-%m-%d}"
                self.stdout.write(f"Template {template.pk}: {template} (owner {template.owner}, deleted {deleted})")
            self.stdout.write(
                self.style.SUCCESS(f"Would remove {offers.count()} offer(s) and {templates.count()} template(s).")
            )
            return
        offer_count, template_count = deleted_purge(before=before)
        self.stdout.write(self.style.SUCCESS(f"Removed {offer_count} offer(s) and {template_count} template(s)."))

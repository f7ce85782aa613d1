"""Soft delete and undo, the same for offers and templates (§8): a deleted row
leaves every page at once and can be brought back until `purge_deleted`
removes it for good."""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from declines.models import EmailTemplate
from declines.services.templates import free_name

# How long a deleted row can be brought back: `purge_deleted` removes it for
# good after this (its default `--days`), and "Recently deleted" tells the user so.
KEPT_FOR = dt.timedelta(days=30)


@transaction.atomic
def soft_delete(*, row) -> None:
    row.deleted_at = timezone.now()
    row.save(update_fields=["deleted_at", "updated_at"])


@transaction.atomic
def undelete(*, row):
    """Bring the row back; a template whose name was taken meanwhile comes back renamed."""
    fields = ["deleted_at", "updated_at"]
    if isinstance(row, EmailTemplate):
        row.name = free_name(row.owner, row.name)
        fields.append("name")
    row.deleted_at = None
    row.save(update_fields=fields)
    return row

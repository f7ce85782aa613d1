"""Delete and undo, one pair of views for offers and templates (§8).

A deleted row leaves every page at once; the page the user lands on offers
Undo, which brings it back with everything under it.
"""

import dataclasses
from collections.abc import Callable

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from declines.models import EmailTemplate, Offer
from declines.ownership import (
    get_deleted_offer_for_user,
    get_deleted_template_for_user,
    get_offer_for_user,
    get_own_template_for_user,
)
from declines.services.trash import soft_delete, undelete


@dataclasses.dataclass(frozen=True)
class Trashable:
    owned: Callable  # (user, pk) -> the row, or 404
    deleted: Callable  # (user, pk) -> the deleted row, or 404
    queryset: Callable  # (user) -> the user's deleted rows
    listed_at: str  # the page that offers Undo
    undo_url: str
    described: Callable[[object], str]  # what was deleted, in the banner
    restored: Callable[[object], str]  # the message once it is back


TRASHABLE = {
    "offer": Trashable(
        owned=get_offer_for_user,
        deleted=get_deleted_offer_for_user,
        queryset=lambda user: Offer.objects.filter(owner=user).deleted(),
        listed_at="dashboard",
        undo_url="offer_undelete",
        described=lambda offer: f"Deleted the offer from {offer.company}, with its drafts and follow-ups.",
        restored=lambda offer: f"The offer from {offer.company} is back, with everything in it.",
    ),
    "template": Trashable(
        owned=get_own_template_for_user,
        deleted=get_deleted_template_for_user,
        queryset=lambda user: EmailTemplate.objects.filter(owner=user, deleted_at__isnull=False),
        listed_at="template_list",
        undo_url="template_undelete",
        described=lambda template: f"Deleted “{template.name}”.",
        restored=lambda template: f"“{template.name}” is back.",
    ),
}


@require_POST
def delete(request, pk, kind):
    trashable = TRASHABLE[kind]
    row = trashable.owned(request.user, pk)
    soft_delete(row=row)
    return redirect(f"{reverse(trashable.listed_at)}?deleted={row.pk}")


@require_POST
def restore(request, pk, kind):
    trashable = TRASHABLE[kind]
    row = undelete(row=trashable.deleted(request.user, pk))
    messages.success(request, trashable.restored(row))
    return redirect(row)


def just_deleted(request, kind) -> dict | None:
    """What the page's Undo banner needs, for the row named by ?deleted= if the user deleted it."""
    pk = request.GET.get("deleted", "")
    if not pk.isdecimal():
        return None
    trashable = TRASHABLE[kind]
    row = trashable.queryset(request.user).filter(pk=pk).first()
    if row is None:
        return None
    return {"text": trashable.described(row), "url": reverse(trashable.undo_url, args=[row.pk])}

"""Delete and undo, one pair of views for offers and templates (§8), and
"Recently deleted", where both wait until `purge_deleted` removes them.

A deleted row leaves every page at once; the page the user lands on offers
Undo, which brings it back with everything under it. After that page, it is
found under Recently deleted, with the same Restore.
"""

import dataclasses
import datetime as dt
from collections.abc import Callable

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Value
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from declines.models import EmailTemplate, Offer
from declines.ownership import (
    get_deleted_offer_for_user,
    get_deleted_template_for_user,
    get_offer_for_user,
    get_own_template_for_user,
)
from declines.services.trash import KEPT_FOR, soft_delete, undelete
from declines.wording import days, format_date

# Recently deleted, a page at a time: each row is a form of its own.
PAGE_SIZE = 25


@dataclasses.dataclass(frozen=True)
class Trashable:
    owned: Callable  # (user, pk) -> the row, or 404
    deleted: Callable  # (user, pk) -> the deleted row, or 404
    queryset: Callable  # (user) -> the user's deleted rows
    listed_at: str  # the page that offers Undo
    undo_url: str
    described: Callable[[object], str]  # what was deleted, in the banner
    restored: Callable[[object], str]  # the message once it is back
    label: str  # what it is, on Recently deleted
    fields: tuple[str, ...]  # what Recently deleted reads of it
    detail: Callable[[object], str]  # a word more about it there
    restore_label: Callable[[object], str]  # what Undo does, for a screen reader


TRASHABLE = {
    "offer": Trashable(
        owned=get_offer_for_user,
        deleted=get_deleted_offer_for_user,
        queryset=lambda user: Offer.objects.filter(owner=user).deleted(),
        listed_at="dashboard",
        undo_url="offer_undelete",
        described=lambda offer: f"Deleted the offer from {offer.company}, with its drafts and follow-ups.",
        restored=lambda offer: f"The offer from {offer.company} is back, with everything in it.",
        restore_label=lambda offer: f"bring back the offer from {offer.company}",
        label="Offer",
        fields=("company", "role", "status", "deleted_at"),
        detail=lambda offer: offer.get_status_display(),
    ),
    "template": Trashable(
        owned=get_own_template_for_user,
        deleted=get_deleted_template_for_user,
        queryset=lambda user: EmailTemplate.objects.filter(owner=user, deleted_at__isnull=False),
        listed_at="template_list",
        undo_url="template_undelete",
        described=lambda template: f"Deleted “{template.name}”.",
        restored=lambda template: f"“{template.name}” is back.",
        restore_label=lambda template: f"bring back “{template.name}”",
        label="Template",
        fields=("name", "kind", "deleted_at"),
        detail=lambda template: template.get_kind_display(),
    ),
}


@require_POST
def delete(request, pk, kind):
    trashable = TRASHABLE[kind]
    row = trashable.owned(request.user, pk)
    soft_delete(row=row)
    # The page opens at its Undo, which takes focus and is read out (a keyboard user was left at the top).
    return redirect(f"{reverse(trashable.listed_at)}?deleted={row.pk}#undo")


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
    return {
        "text": trashable.described(row),
        "url": reverse(trashable.undo_url, args=[row.pk]),
        "label": f"Undo: {trashable.restore_label(row)}",
        "later_url": reverse("recently_deleted"),
    }


@dataclasses.dataclass(frozen=True)
class Deleted:
    """One row of Recently deleted."""

    label: str
    row: object
    detail: str
    deleted_at: dt.datetime
    removal: str  # when `purge_deleted` removes it for good, in words
    restore_url: str


def removal(deleted_at: dt.datetime, now: dt.datetime) -> str:
    """When a row deleted at `deleted_at` goes for good: "after 12 June 2026 (in 29 days)".

    `purge_deleted` runs nightly and removes what was deleted over `KEPT_FOR`
    ago, so the row is still here on the day it falls due, and gone the next."""
    due = deleted_at + KEPT_FOR
    if due <= now:
        return "at the next clean-up, any time now"
    day = timezone.localdate(due)
    left = (day - timezone.localdate(now)).days
    when = "today" if left == 0 else "tomorrow" if left == 1 else f"in {days(left)}"
    return f"after {format_date(day)} ({when})"


def deleted_rows(user):
    """The user's deleted offers and templates as one list, newest first: (kind, pk, deleted_at)."""
    kinds = [
        trashable.queryset(user).annotate(trashable=Value(kind)).values_list("trashable", "pk", "deleted_at")
        for kind, trashable in TRASHABLE.items()
    ]
    return kinds[0].union(*kinds[1:], all=True).order_by("-deleted_at", "trashable", "-pk")


@require_safe
def recently_deleted(request):
    page = Paginator(deleted_rows(request.user), PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    wanted = {kind: [pk for row_kind, pk, _ in page.object_list if row_kind == kind] for kind in TRASHABLE}
    found = {
        (kind, row.pk): row
        for kind, pks in wanted.items()
        if pks
        for row in TRASHABLE[kind].queryset(request.user).filter(pk__in=pks).only(*TRASHABLE[kind].fields)
    }
    now = timezone.now()
    rows = []
    for kind, pk, _ in page.object_list:
        row = found.get((kind, pk))
        if row is None:
            continue  # restored or purged since the page was counted
        trashable = TRASHABLE[kind]
        rows.append(
            Deleted(
                label=trashable.label,
                row=row,
                detail=trashable.detail(row),
                deleted_at=row.deleted_at,
                removal=removal(row.deleted_at, now),
                restore_url=reverse(trashable.undo_url, args=[pk]),
            )
        )
    return render(
        request,
        "declines/trash/list.html",
        {"page": page, "rows": rows, "kept_for": days(KEPT_FOR.days)},
    )

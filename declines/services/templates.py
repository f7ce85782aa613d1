"""The template library: create, edit with revisions, duplicate, restore a revision."""

import re

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.text import Truncator

from declines.models import EmailTemplate, TemplateRevision
from declines.services import EditConflict

TEMPLATE_FIELDS = ("name", "kind", "tone", "reason", "medium", "subject", "body")


def template_revision_add(*, template: EmailTemplate, note: str = "") -> TemplateRevision:
    """Keep the template as it now stands as its next revision."""
    last = template.revisions.aggregate(last=Max("number"))["last"] or 0
    fields = {field: getattr(template, field) for field in TEMPLATE_FIELDS}
    return TemplateRevision.objects.create(template=template, number=last + 1, note=note, **fields)


@transaction.atomic
def template_create(*, owner, duplicated_from: EmailTemplate | None = None, note: str = "Created.", **fields):
    template = EmailTemplate.objects.create(owner=owner, duplicated_from=duplicated_from, **fields)
    template_revision_add(template=template, note=note)
    return template


@transaction.atomic
def template_update(*, template: EmailTemplate, expected_version: int, note: str = "Edited.", **fields):
    """Save the user's edit, unless someone saved since they opened it.

    The version check and the write are one UPDATE, so two tabs saving at
    the same moment cannot both win.
    """
    changed = EmailTemplate.objects.filter(pk=template.pk, version=expected_version, deleted_at__isnull=True).update(
        version=F("version") + 1, updated_at=timezone.now(), **fields
    )
    if not changed:
        raise EditConflict(EmailTemplate.objects.get(pk=template.pk))
    template.refresh_from_db()
    template_revision_add(template=template, note=note)
    return template


def _taken_names(owner) -> set[str]:
    return set(EmailTemplate.objects.owned_by(owner).values_list("name", flat=True))


def _first_free_copy(base: str, taken: set[str]) -> str:
    """The first of "base (copy)", "base (copy 2)"… not in `taken`, cut to fit the field."""
    field_length = EmailTemplate._meta.get_field("name").max_length
    for n in range(1, 1000):
        suffix = " (copy)" if n == 1 else f" (copy {n})"
        candidate = base[: field_length - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
    raise ValueError("No free name left.")


def free_name(owner, name: str) -> str:
    """`name`, or the first of "name (copy)", "name (copy 2)"… the owner does not use yet."""
    taken = _taken_names(owner)
    return name if name not in taken else _first_free_copy(name, taken)


# " (copy)" or " (copy 7)" at the end of a name.
_COPY_SUFFIX = re.compile(r" \(copy(?: \d+)?\)\Z")


def copy_name(owner, name: str) -> str:
    """The name of a copy: "name (copy)", then "name (copy 2)", "name (copy 3)"…,
    the first the owner does not use. A copy of a copy counts on from the
    original's name, never "name (copy) (copy)"."""
    return _first_free_copy(_COPY_SUFFIX.sub("", name), _taken_names(owner))


@transaction.atomic
def template_duplicate(*, template: EmailTemplate, owner) -> EmailTemplate:
    """The user's own, editable copy of a template (built-in or theirs), named by `copy_name`."""
    fields = {field: getattr(template, field) for field in TEMPLATE_FIELDS}
    # A name can fill its 200 characters; the note that quotes it must still fit its own.
    note = f"Copied from “{Truncator(template.name).chars(120)}”."
    for _ in range(3):
        fields["name"] = copy_name(owner, template.name)
        try:
            # A savepoint: when another tab took the same name a moment ago, try the next one.
            with transaction.atomic():
                return template_create(owner=owner, duplicated_from=template, note=note, **fields)
        except IntegrityError:
            continue
    raise IntegrityError("No free name for the copy.")


@transaction.atomic
def template_restore_revision(*, template: EmailTemplate, revision: TemplateRevision, expected_version: int):
    """Make an old revision the current template, its kind, tone, reason and
    medium with its text; the restore is itself a new revision."""
    fields = {field: getattr(revision, field) for field in TEMPLATE_FIELDS}
    if EmailTemplate.objects.owned_by(template.owner).exclude(pk=template.pk).filter(name=revision.name).exists():
        fields["name"] = template.name
    return template_update(
        template=template, expected_version=expected_version, note=f"Restored revision {revision.number}.", **fields
    )

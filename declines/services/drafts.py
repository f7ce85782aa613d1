"""Drafts: written from a template, saved without losing a word (§8), checklist dismissals."""

import datetime as dt

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from declines import mergetags, wording
from declines.models import Draft, EmailTemplate, FollowUp, Offer, TemplateKind
from declines.services import EditConflict
from declines.services.offers import advance_flow


def _escape_braces(value: str) -> str:
    # A subject is filled without Markdown escaping, so only the tag language's
    # own escapes keep a company called "{{ role }}" literal when composed again.
    return value.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")


@transaction.atomic
def draft_create(
    *, offer: Offer, template: EmailTemplate, user, follow_up: FollowUp | None = None, today: dt.date | None = None
) -> Draft:
    """A new draft from `template`, filled with this offer's values: the decline
    being written (which moves the flow to step 4), an answer to have ready,
    or, with `follow_up`, that follow-up's email or note.

    Filled now, so the user edits the words the recipient will read; any tag
    they type afterwards is filled when the draft is composed. An earlier
    draft is kept, never overwritten.
    """
    values = wording.values_for(offer=offer, user=user, today=today, source=template)
    # For plain text (a subject, a LinkedIn note): values as written, their braces kept from reading as tags.
    plain_values = {name: _escape_braces(value) for name, value in values.items()}
    subject = " ".join(mergetags.fill(template.subject, plain_values, markdown=False).split())
    if template.kind == TemplateKind.LINKEDIN_NOTE:
        subject = ""  # a LinkedIn note has none (§8), whatever a copied template still holds
    draft = Draft.objects.create(
        offer=offer,
        kind=template.kind,
        subject=subject[: Draft._meta.get_field("subject").max_length],
        body=mergetags.fill(template.body, plain_values, markdown=False)
        if template.kind == TemplateKind.LINKEDIN_NOTE
        else mergetags.fill(template.body, values),
        template=template,
        written_for=offer.approach_key() if template.kind == TemplateKind.DECLINE else "",
    )
    if follow_up is not None:
        follow_up.draft = draft
        follow_up.save(update_fields=["draft"])
    elif template.kind == TemplateKind.DECLINE:
        advance_flow(offer, 4)
    return draft


@transaction.atomic
def draft_save(
    *,
    draft: Draft,
    expected_version: int,
    subject: str,
    body: str,
    reach_step: int | None = None,
    written_for: str | None = None,
) -> Draft:
    """Save a draft's text unless it was saved elsewhere since it was opened (§8):
    the version check and the write are one UPDATE, so of two tabs saving at
    once only one wins and the other is shown both texts (EditConflict).
    `reach_step` moves the decline flow on as the draft is saved; `written_for`
    keeps the draft for the approach chosen now (the user kept it after changing it)."""
    kept = {} if written_for is None else {"written_for": written_for}
    changed = Draft.objects.filter(pk=draft.pk, version=expected_version).update(
        subject=subject, body=body, version=F("version") + 1, updated_at=timezone.now(), **kept
    )
    if not changed:
        raise EditConflict(Draft.objects.get(pk=draft.pk))
    draft.refresh_from_db()
    if reach_step:
        advance_flow(draft.offer, reach_step)
    return draft


@transaction.atomic
def draft_rule_dismiss(*, draft: Draft, rule: str, dismissed: bool = True) -> Draft:
    """Dismiss (or restore) one checklist warning for this draft only.

    The row is locked so that dismissing two warnings from two tabs keeps both.
    """
    locked = Draft.objects.select_for_update().get(pk=draft.pk)
    rules = [key for key in locked.dismissed_rules if key != rule]
    if dismissed:
        rules.append(rule)
    locked.dismissed_rules = rules
    locked.save(update_fields=["dismissed_rules", "updated_at"])
    draft.dismissed_rules = rules
    return draft

"""Write paths: every change that touches more than one row goes through here.

Each function is keyword-only and atomic, so a view parses input, calls one
service and renders; it never writes rows itself.
"""

import datetime as dt
from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import F, Max
from django.utils import timezone

from declines import placeholders, tracking
from declines.models import (
    Draft,
    EmailTemplate,
    FollowUp,
    Interaction,
    Offer,
    Profile,
    Reflection,
    TemplateRevision,
    new_calendar_token,
)


class EditConflict(Exception):
    """The row changed since the user opened it; their save was not applied."""

    def __init__(self, current):
        super().__init__("The row changed since it was opened.")
        self.current = current


@transaction.atomic
def user_create(*, username: str, email: str, password: str, full_name: str = ""):
    user = get_user_model().objects.create_user(username=username, email=email, password=password)
    Profile.objects.create(user=user, full_name=full_name)
    return user


def template_revision_add(*, template: EmailTemplate, note: str = "") -> TemplateRevision:
    """Keep the template as it now stands as its next revision."""
    last = template.revisions.aggregate(last=Max("number"))["last"] or 0
    return TemplateRevision.objects.create(
        template=template,
        number=last + 1,
        name=template.name,
        subject=template.subject,
        body=template.body,
        note=note,
    )


TEMPLATE_FIELDS = ("name", "kind", "tone", "reason", "medium", "subject", "body")


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


def _free_name(owner, name: str) -> str:
    """`name`, or the first of "name (copy)", "name (copy 2)"… the owner does not use yet."""
    taken = set(EmailTemplate.objects.owned_by(owner).values_list("name", flat=True))
    if name not in taken:
        return name
    field_length = EmailTemplate._meta.get_field("name").max_length
    for n in range(1, 1000):
        suffix = " (copy)" if n == 1 else f" (copy {n})"
        candidate = name[: field_length - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
    raise ValueError("No free name left.")


@transaction.atomic
def template_duplicate(*, template: EmailTemplate, owner) -> EmailTemplate:
    """The user's own, editable copy of a template (built-in or theirs)."""
    fields = {field: getattr(template, field) for field in TEMPLATE_FIELDS}
    fields["name"] = _free_name(owner, template.name)
    return template_create(owner=owner, duplicated_from=template, note=f"Copied from “{template.name}”.", **fields)


@transaction.atomic
def template_delete(*, template: EmailTemplate) -> None:
    template.deleted_at = timezone.now()
    template.save(update_fields=["deleted_at", "updated_at"])


@transaction.atomic
def template_undelete(*, template: EmailTemplate) -> EmailTemplate:
    """Bring a deleted template back, renamed if its name was taken meanwhile."""
    template.name = _free_name(template.owner, template.name)
    template.deleted_at = None
    template.save(update_fields=["name", "deleted_at", "updated_at"])
    return template


@transaction.atomic
def template_restore_revision(*, template: EmailTemplate, revision: TemplateRevision, expected_version: int):
    """Make an old revision the current text; the restore is itself a new revision."""
    name = revision.name
    if EmailTemplate.objects.owned_by(template.owner).exclude(pk=template.pk).filter(name=name).exists():
        name = template.name
    return template_update(
        template=template,
        expected_version=expected_version,
        note=f"Restored revision {revision.number}.",
        name=name,
        subject=revision.subject,
        body=revision.body,
    )


# --- Tracking: offers, follow-ups, contacts, reminders, the account -----------


@transaction.atomic
def offer_delete(*, offer: Offer) -> None:
    """Soft delete: the offer and all under it leave every page, the feed and the
    reminders, until it is undone or `purge_deleted` removes it for good."""
    offer.deleted_at = timezone.now()
    offer.save(update_fields=["deleted_at", "updated_at"])


@transaction.atomic
def offer_undelete(*, offer: Offer) -> Offer:
    offer.deleted_at = None
    offer.save(update_fields=["deleted_at", "updated_at"])
    return offer


@transaction.atomic
def follow_up_create(*, offer: Offer, kind: str, due_on: dt.date, note: str = "") -> FollowUp:
    return FollowUp.objects.create(offer=offer, kind=kind, due_on=due_on, note=note)


@transaction.atomic
def follow_up_update(*, follow_up: FollowUp, kind: str, due_on: dt.date, note: str) -> FollowUp:
    follow_up.kind, follow_up.due_on, follow_up.note = kind, due_on, note
    follow_up.save(update_fields=["kind", "due_on", "note"])
    return follow_up


@transaction.atomic
def follow_up_done(*, follow_up: FollowUp, at: dt.datetime, sent: bool = False) -> FollowUp:
    """Mark it done; with `sent`, its draft is also recorded as sent at that moment."""
    follow_up.done_at = at
    follow_up.save(update_fields=["done_at"])
    if sent and follow_up.draft_id:
        Draft.objects.filter(pk=follow_up.draft_id, sent_at__isnull=True).update(sent_at=at, updated_at=at)
    return follow_up


@transaction.atomic
def follow_up_reopen(*, follow_up: FollowUp) -> FollowUp:
    follow_up.done_at = None
    follow_up.save(update_fields=["done_at"])
    return follow_up


@transaction.atomic
def follow_up_snooze(*, follow_up: FollowUp, period: str, today: dt.date) -> FollowUp:
    """Move it a week or a month on (see `tracking.snoozed_until`).

    A later due date re-arms the reminder: `send_reminders` reminds of a
    follow-up whose due date comes after the day it last reminded of it.
    """
    follow_up.due_on = tracking.snoozed_until(follow_up.due_on, period, today)
    follow_up.save(update_fields=["due_on"])
    return follow_up


@transaction.atomic
def follow_up_delete(*, follow_up: FollowUp) -> None:
    """Remove the follow-up; a draft written for it stays with the offer."""
    follow_up.delete()


@transaction.atomic
def interaction_log(*, offer: Offer, happened_on: dt.date, channel: str, note: str = "") -> tuple:
    """Record a contact and move the offer's open check-ins out from that day.

    Returns the interaction and the check-ins that moved; the rule is
    `tracking.check_in_moves`.
    """
    interaction = Interaction.objects.create(offer=offer, happened_on=happened_on, channel=channel, note=note)
    check_ins = list(offer.follow_ups.select_for_update().filter(kind=FollowUp.Kind.CHECK_IN))
    decided_on = timezone.localtime(offer.decided_at).date() if offer.decided_at else None
    moves = tracking.check_in_moves(check_ins, contact_on=happened_on, decided_on=decided_on)
    moved = []
    for follow_up in check_ins:
        if follow_up.pk in moves:
            follow_up.due_on = moves[follow_up.pk]
            follow_up.save(update_fields=["due_on"])
            moved.append(follow_up)
    return interaction, sorted(moved, key=lambda f: f.due_on)


@transaction.atomic
def follow_up_draft_create(
    *, follow_up: FollowUp, template: EmailTemplate, user, today: dt.date | None = None
) -> Draft:
    """A new draft of the follow-up from `template`, linked to it.

    Filled now with the offer's values, as the decline draft is
    (`draft_create_from_template`), so the user edits the words the recipient
    will read. A previous draft of the follow-up stays with the offer.
    """
    values = placeholders.values_for(offer=follow_up.offer, user=user, today=today)
    subject_values = {name: _escape_braces(value) for name, value in values.items()}
    subject = " ".join(placeholders.fill(template.subject, subject_values, markdown=False).split())
    draft = Draft.objects.create(
        offer=follow_up.offer,
        kind=template.kind,
        subject=subject[: Draft._meta.get_field("subject").max_length],
        body=placeholders.fill(template.body, values),
        template=template,
    )
    follow_up.draft = draft
    follow_up.save(update_fields=["draft"])
    return draft


@transaction.atomic
def draft_text_update(*, draft: Draft, expected_version: int, subject: str, body: str) -> Draft:
    """Save a draft's text unless it was saved elsewhere since it was opened (§8).

    As with templates, the version check and the write are one UPDATE.
    """
    changed = Draft.objects.filter(pk=draft.pk, version=expected_version).update(
        subject=subject, body=body, version=F("version") + 1, updated_at=timezone.now()
    )
    if not changed:
        raise EditConflict(Draft.objects.get(pk=draft.pk))
    draft.refresh_from_db()
    return draft


@transaction.atomic
def profile_update(*, profile: Profile, full_name: str, signature: str) -> Profile:
    profile.full_name, profile.signature = full_name, signature
    profile.save(update_fields=["full_name", "signature"])
    return profile


@transaction.atomic
def reminders_update(*, profile: Profile, email: str, reminders_enabled: bool, reminder_days_before: int) -> Profile:
    """The reminder preferences and the address they go to (the account's email)."""
    user = profile.user
    user.email = email
    user.save(update_fields=["email"])
    profile.reminders_enabled, profile.reminder_days_before = reminders_enabled, reminder_days_before
    profile.save(update_fields=["reminders_enabled", "reminder_days_before"])
    return profile


@transaction.atomic
def calendar_token_regenerate(*, profile: Profile) -> str:
    """A new secret for the calendar feed; the old URL stops working at once."""
    profile.calendar_token = new_calendar_token()
    profile.save(update_fields=["calendar_token"])
    return profile.calendar_token


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the user and everything they own.

    Offers (with their reflections, drafts, follow-ups and contacts), templates
    (with their revisions) and the profile all cascade from the user row.
    """
    user.delete()


@transaction.atomic
def reminders_record(*, follow_ups: list[FollowUp], offers: list[Offer], on: dt.date) -> None:
    """Remember that these were reminded of on `on`, so no later run repeats them."""
    FollowUp.objects.filter(pk__in=[f.pk for f in follow_ups]).update(reminded_on=on)
    Offer.objects.filter(pk__in=[o.pk for o in offers]).update(deadline_reminded_on=on)


def purgeable(*, before: dt.datetime) -> tuple:
    """Offers and user templates soft-deleted before `before`.

    Built-in templates retired by `load_starter_library` are left alone: the
    library may bring them back, and drafts may still name them.
    """
    offers = Offer.objects.filter(deleted_at__lt=before)
    templates = EmailTemplate.objects.filter(owner__isnull=False, deleted_at__lt=before)
    return offers, templates


@transaction.atomic
def deleted_purge(*, before: dt.datetime) -> tuple[int, int]:
    """Hard-delete what `purgeable` finds; returns how many offers and templates went."""
    offers, templates = purgeable(before=before)
    offer_count, template_count = offers.count(), templates.count()
    offers.delete()
    templates.delete()
    return offer_count, template_count


# --- The guided decline flow (§4) and the follow-up plan (§9) -----------------

FLOW_STEPS = 5


class Decision(models.TextChoices):
    """What the user decides at the end of the reflect step."""

    DECLINE = "decline", "Decline it — write the email"
    THINKING = "thinking", "I'm still thinking — save and come back later"
    ACCEPT = "accept", "Accept the offer after all"


class PlanAlreadySaved(Exception):
    """The offer already has its follow-up plan; saving it again would duplicate it."""


def _reach_step(offer: Offer, step: int) -> None:
    """Raise how far the flow got to `step`, never lower it.

    Going Back must not make the dashboard forget the furthest step, and the
    comparison lives in the UPDATE so two tabs cannot move it backwards.
    """
    step = min(step, FLOW_STEPS)
    Offer.objects.filter(pk=offer.pk, flow_step__lt=step).update(flow_step=step, updated_at=timezone.now())
    offer.flow_step = max(offer.flow_step, step)


@transaction.atomic
def offer_flow_save(*, offer: Offer, fields: Iterable[str], reach_step: int | None = None) -> Offer:
    """Save what one step of the flow edits on the offer (all of it for a new offer)."""
    if offer.pk is None:
        offer.flow_step = max(offer.flow_step, reach_step or 1)
        offer.save()
        return offer
    offer.save(update_fields=[*fields, "updated_at"])
    if reach_step:
        _reach_step(offer, reach_step)
    return offer


@transaction.atomic
def offer_accept(*, offer: Offer, decided_at: dt.datetime) -> Offer:
    """The user takes the offer after all: record the decision; the decline flow ends."""
    offer.status = Offer.Status.ACCEPTED
    offer.decided_at = decided_at
    offer.save(update_fields=["status", "decided_at", "updated_at"])
    return offer


@transaction.atomic
def reflection_save(*, offer: Offer, reflection: Reflection, decision: str | None, now: dt.datetime) -> Reflection:
    """Keep the ratings, then act on the decision (None: saved on the way back)."""
    reflection.offer = offer
    reflection.save()
    if decision == Decision.DECLINE:
        _reach_step(offer, 3)
    elif decision == Decision.ACCEPT:
        offer_accept(offer=offer, decided_at=now)
    return reflection


def _escape_braces(value: str) -> str:
    # A subject is filled without Markdown escaping, so only the tag language's
    # own escapes keep a company called "{{ role }}" literal when composed again.
    return value.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")


@transaction.atomic
def draft_create_from_template(*, offer: Offer, template: EmailTemplate, user, today: dt.date | None = None) -> Draft:
    """A new draft of the decline, the template filled with this offer's values.

    Filled now, so the user edits the words the recipient will read; any tag
    they type afterwards is filled when the draft is composed. An earlier draft
    is kept, never overwritten.
    """
    values = placeholders.values_for(offer=offer, user=user, today=today)
    subject_values = {name: _escape_braces(value) for name, value in values.items()}
    subject = " ".join(placeholders.fill(template.subject, subject_values, markdown=False).split())
    draft = Draft.objects.create(
        offer=offer,
        kind=template.kind,
        subject=subject[: Draft._meta.get_field("subject").max_length],
        body=placeholders.fill(template.body, values),
        template=template,
    )
    _reach_step(offer, 4)
    return draft


@transaction.atomic
def decline_draft_save(
    *, draft: Draft, expected_version: int, subject: str, body: str, reach_step: int | None = None
) -> Draft:
    """Save the decline draft's text (refused with EditConflict from a stale tab)."""
    draft = draft_text_update(draft=draft, expected_version=expected_version, subject=subject, body=body)
    if reach_step:
        _reach_step(draft.offer, reach_step)
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


@transaction.atomic
def offer_decline(*, offer: Offer, draft: Draft, sent_at: dt.datetime) -> Offer:
    """The user sent the decline: the offer is declined and the draft marked sent."""
    if draft.offer_id != offer.pk:
        raise ValueError("The draft belongs to another offer.")
    offer.status = Offer.Status.DECLINED
    offer.decided_at = sent_at
    offer.flow_step = FLOW_STEPS
    offer.save(update_fields=["status", "decided_at", "flow_step", "updated_at"])
    draft.sent_at = sent_at
    draft.save(update_fields=["sent_at", "updated_at"])
    return offer


def follow_up_plan_propose(*, offer: Offer, today: dt.date) -> list[FollowUp]:
    """The plan of §9, unsaved, for the user to adjust: a thank-you within two
    days, LinkedIn within a week, check-ins at 3, 6 and 12 calendar months.

    LinkedIn is always proposed — networking is part of the advice even when
    the email did not mention it — and the note says whether the email did.
    """
    contact = offer.contact_name or "your contact"
    thanks = ", ".join(offer.thank_list()) or contact
    linkedin_note = (
        f"You said you would like to stay in touch on LinkedIn: connect with {contact}, with a short note."
        if "linkedin" in (offer.door_open or [])
        else f"Connect with {contact} on LinkedIn, with a short note."
    )
    plan = [
        FollowUp(
            offer=offer,
            kind=FollowUp.Kind.THANK_YOU,
            due_on=today + dt.timedelta(days=2),
            note=f"Thank {thanks} for their time.",
        ),
        FollowUp(offer=offer, kind=FollowUp.Kind.LINKEDIN, due_on=today + dt.timedelta(days=7), note=linkedin_note),
    ]
    for months in (3, 6, 12):
        plan.append(
            FollowUp(
                offer=offer,
                kind=FollowUp.Kind.CHECK_IN,
                due_on=tracking.add_months(today, months),
                note=f"{months}-month check-in with {contact} at {offer.company}.",
            )
        )
    return plan


@transaction.atomic
def follow_up_plan_save(*, offer: Offer, items: Iterable) -> list[FollowUp]:
    """Create the follow-ups the user kept (anything with kind, due_on and note).

    The offer row is locked and the plan refused if one was saved already, so a
    double submit or a second tab cannot plan everything twice.
    """
    Offer.objects.select_for_update().filter(pk=offer.pk).first()
    if offer.follow_ups.exists():
        raise PlanAlreadySaved()
    rows = [FollowUp(offer=offer, kind=item.kind, due_on=item.due_on, note=item.note) for item in items]
    return FollowUp.objects.bulk_create(rows)

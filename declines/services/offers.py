"""Offers: the steps of the guided flow (§4), the decision, contacts logged, and purging what was deleted."""

import datetime as dt
from collections.abc import Iterable

from django.db import models, transaction
from django.utils import timezone

from declines import tracking
from declines.models import (
    Channel,
    Coaching,
    Draft,
    EmailTemplate,
    FollowUp,
    Interaction,
    Medium,
    Offer,
    Reflection,
    SharedOffer,
)

FLOW_STEPS = 5
# The note on the call the flow's Call step logs, as the offer's timeline shows it.
CALL_NOTE = "Phoned to decline the offer."


class Decision(models.TextChoices):
    """What the user decides at the end of the reflect step."""

    DECLINE = "decline", "Decline it — write the email"
    THINKING = "thinking", "I'm still thinking — save and come back later"
    ACCEPT = "accept", "Accept the offer after all"


def advance_flow(offer: Offer, step: int) -> None:
    """Raise how far the flow got to `step`, never lower it.

    Going Back must not make the dashboard forget the furthest step, and the
    comparison lives in the UPDATE so two tabs cannot move it backwards.
    """
    step = min(step, FLOW_STEPS)
    Offer.objects.filter(pk=offer.pk, flow_step__lt=step).update(flow_step=step, updated_at=timezone.now())
    offer.flow_step = max(offer.flow_step, step)


@transaction.atomic
def offer_flow_save(*, offer: Offer, fields: Iterable[str], reach_step: int | None = None) -> Offer:
    """Save what one step of the flow edits on the offer (all of it for a new
    offer, which the coaches the user shares new offers with see at once)."""
    if offer.pk is None:
        offer.flow_step = max(offer.flow_step, reach_step or 1)
        offer.save()
        coachings = Coaching.objects.of_client(offer.owner_id).filter(share_new_offers=True)
        SharedOffer.objects.bulk_create([SharedOffer(coaching=coaching, offer=offer) for coaching in coachings])
        return offer
    offer.save(update_fields=[*fields, "updated_at"])
    if reach_step:
        advance_flow(offer, reach_step)
    return offer


@transaction.atomic
def offer_start(*, offer: Offer, key: str) -> Offer:
    """A new offer from the flow's first step, kept under the key of the visit that made it
    (`Offer.flow_key`). A deleted offer the same visit made gives the key up: the form sent twice from
    that address still makes one offer."""
    if key:
        Offer.objects.filter(owner=offer.owner, flow_key=key).exclude(deleted_at=None).update(flow_key="")
        offer.flow_key = key
    return offer_flow_save(offer=offer, fields=(), reach_step=2)


def decision_moment(*, day: dt.date, now: dt.datetime) -> dt.datetime:
    """When a decision recorded for `day` was made: now if that is today, else
    that day at the same local time (so "answered N days before the deadline"
    counts from the day the user says)."""
    local = timezone.localtime(now)
    if day == local.date():
        return now
    return timezone.make_aware(dt.datetime.combine(day, local.time().replace(microsecond=0)))


@transaction.atomic
def offer_accept(*, offer: Offer, decided_at: dt.datetime) -> Offer:
    """The user takes the offer after all: record the decision; the decline flow ends."""
    offer.status = Offer.Status.ACCEPTED
    offer.decided_at = decided_at
    offer.save(update_fields=["status", "decided_at", "updated_at"])
    return offer


@transaction.atomic
def reflection_save(
    *, offer: Offer, reflection: Reflection, decision: str | None, now: dt.datetime, decided_on: dt.date | None = None
) -> Reflection:
    """Keep the ratings, then act on the decision (None: saved on the way back);
    an acceptance is recorded on `decided_on` when the user gave an earlier day."""
    reflection.offer = offer
    reflection.save()
    if decision == Decision.DECLINE:
        advance_flow(offer, 3)
    elif decision == Decision.ACCEPT:
        moment = decision_moment(day=decided_on, now=now) if decided_on else now
        offer_accept(offer=offer, decided_at=moment)
    return reflection


@transaction.atomic
def offer_decline(*, offer: Offer, draft: Draft, sent_at: dt.datetime) -> Offer:
    """The user sent the decline: the offer is declined and the draft marked sent.

    With a call first and a written confirmation after, the employer heard the
    decision on the call: the decision is dated that day (at the hour the email
    went), the email the day it went.
    """
    if draft.offer_id != offer.pk:
        raise ValueError("The draft belongs to another offer.")
    offer.status = Offer.Status.DECLINED
    offer.decided_at = sent_at
    if offer.medium == Medium.PHONE_THEN_WRITTEN and offer.called_on:
        sent = timezone.localtime(sent_at)
        if offer.called_on < sent.date():
            offer.decided_at = timezone.make_aware(dt.datetime.combine(offer.called_on, sent.time()))
    offer.flow_step = FLOW_STEPS
    offer.save(update_fields=["status", "decided_at", "flow_step", "updated_at"])
    draft.sent_at = sent_at
    draft.save(update_fields=["sent_at", "updated_at"])
    return offer


class NotUndoable(Exception):
    """The decline cannot be taken back; the message says why, for the user."""


@transaction.atomic
def offer_decline_undo(*, offer: Offer) -> Offer:
    """ "I sent it" clicked by mistake: the offer is undecided again, back at Send,
    and the email marked sent with it a draft not sent. Only before the follow-up
    plan is saved: after that the follow-ups would speak of a decline that did not happen."""
    locked = Offer.objects.select_for_update().get(pk=offer.pk)
    if locked.status != Offer.Status.DECLINED:
        raise NotUndoable("This offer is not marked as declined, so there is nothing to take back.")
    if locked.follow_ups.exists():
        raise NotUndoable("This decline can no longer be taken back: its follow-up plan is saved.")
    # The email "I sent it" marked sent: the decline sent last (the decision may be the call's, days before).
    sent = locked.drafts.declines().filter(sent_at__gte=locked.decided_at).order_by("-sent_at", "-pk").first()
    if sent is not None:
        locked.drafts.filter(pk=sent.pk).update(sent_at=None, updated_at=timezone.now())
    locked.status = Offer.Status.CONSIDERING
    locked.decided_at = None
    locked.flow_step = FLOW_STEPS
    locked.save(update_fields=["status", "decided_at", "flow_step", "updated_at"])
    return locked


@transaction.atomic
def interaction_log(*, offer: Offer, happened_on: dt.date, channel: str, note: str = "") -> tuple:
    """Record a contact and move the offer's open check-ins out from that day.

    Returns the interaction and the check-ins that moved; the rule is
    `tracking.check_in_moves`.
    """
    check_ins = list(offer.follow_ups.select_for_update().filter(kind=FollowUp.Kind.CHECK_IN))
    # The latest contact logged before this one, which the next check-in may already have been timed from
    # (one logged for an earlier day than it then leaves the check-in where that contact put it).
    last_contact_on = (
        Interaction.objects.filter(offer=offer).order_by("-happened_on").values_list("happened_on", flat=True).first()
    )
    interaction = Interaction.objects.create(offer=offer, happened_on=happened_on, channel=channel, note=note)
    decided_on = timezone.localtime(offer.decided_at).date() if offer.decided_at else None
    moves = tracking.check_in_moves(
        check_ins, contact_on=happened_on, decided_on=decided_on, last_contact_on=last_contact_on
    )
    moved = []
    for follow_up in check_ins:
        if follow_up.pk in moves:
            follow_up.due_on = moves[follow_up.pk]
            follow_up.save(update_fields=["due_on"])
            moved.append(follow_up)
    return interaction, sorted(moved, key=lambda f: f.due_on)


@transaction.atomic
def offer_call_made(*, offer: Offer, called_on: dt.date) -> Interaction:
    """ "Phone call first": the user made the call. It is logged (an Interaction,
    which moves open check-ins as any contact does) and its day kept on the
    offer, so that Compose comes next and the written confirmation names that
    day. Saying so again with another day moves the call already logged
    rather than logging a second one."""
    # Locked, so that two tabs saying so at once log one call, not two.
    logged_on = Offer.objects.select_for_update().values_list("called_on", flat=True).get(pk=offer.pk)
    call = None
    if logged_on is not None:
        call = (
            offer.interactions.filter(channel=Channel.CALL, happened_on=logged_on, note=CALL_NOTE)
            .order_by("-pk")
            .first()
        )
    if call is None:
        call, _ = interaction_log(offer=offer, happened_on=called_on, channel=Channel.CALL, note=CALL_NOTE)
    elif call.happened_on != called_on:
        call.happened_on = called_on
        call.save(update_fields=["happened_on"])
    offer.called_on = called_on
    offer.save(update_fields=["called_on", "updated_at"])
    advance_flow(offer, 4)
    return call


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

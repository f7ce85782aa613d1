"""Follow-ups (§9): the plan proposed after declining, and each follow-up's life."""

import datetime as dt
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from declines import tracking, wording
from declines.models import DoorOpen, Draft, FollowUp, Offer
from declines.review.text import without_legal_form


@transaction.atomic
def follow_up_create(*, offer: Offer, kind: str, due_on: dt.date, note: str = "") -> FollowUp:
    return FollowUp.objects.create(offer=offer, owner_id=offer.owner_id, kind=kind, due_on=due_on, note=note)


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
    """Open it again (the Undo of Done). Done as "I sent it" also recorded its draft
    as sent at that moment: the Undo takes that back too, and only that."""
    if follow_up.draft_id and follow_up.done_at:
        Draft.objects.filter(pk=follow_up.draft_id, sent_at=follow_up.done_at).update(
            sent_at=None, updated_at=timezone.now()
        )
    follow_up.done_at = None
    follow_up.save(update_fields=["done_at"])
    return follow_up


@transaction.atomic
def follow_up_snooze(*, follow_up: FollowUp, period: str, today: dt.date) -> FollowUp:
    """Move it a week or a month on (see `tracking.snoozed_until`).

    A later due date re-arms the reminder: `send_reminders` reminds of a
    follow-up once per due date.
    """
    follow_up.due_on = tracking.snoozed_until(follow_up.due_on, period, today)
    follow_up.save(update_fields=["due_on"])
    return follow_up


@transaction.atomic
def follow_up_delete(*, follow_up: FollowUp) -> dict:
    """Remove the follow-up; a draft written for it stays with the offer.

    Returns what `follow_up_restore` needs to bring it back (JSON-ready, for
    the user's session): Undo, without a deleted row that every count, feed
    and reminder would have to look past."""
    kept = {
        "pk": follow_up.pk,
        "offer_id": follow_up.offer_id,
        "kind": follow_up.kind,
        "due_on": follow_up.due_on.isoformat(),
        "done_at": follow_up.done_at.isoformat() if follow_up.done_at else None,
        "note": follow_up.note,
        "draft_id": follow_up.draft_id,
        "created_at": follow_up.created_at.isoformat(),
    }
    follow_up.delete()
    return kept


@transaction.atomic
def follow_up_restore(*, offer: Offer, kept: dict) -> FollowUp:
    """Bring back a follow-up `follow_up_delete` removed, under its old id
    (so a calendar app updates the same event) unless that is taken; its draft
    is linked again if the offer still has it."""
    pk = kept["pk"] if not FollowUp.objects.filter(pk=kept["pk"]).exists() else None
    draft_id = kept["draft_id"] if kept["draft_id"] and offer.drafts.filter(pk=kept["draft_id"]).exists() else None
    follow_up = FollowUp.objects.create(
        pk=pk,
        offer=offer,
        owner_id=offer.owner_id,
        kind=kept["kind"],
        due_on=dt.date.fromisoformat(kept["due_on"]),
        done_at=dt.datetime.fromisoformat(kept["done_at"]) if kept["done_at"] else None,
        note=kept["note"],
        draft_id=draft_id,
    )
    # Created when it first was, not now (auto_now_add would say now).
    follow_up.created_at = dt.datetime.fromisoformat(kept["created_at"])
    follow_up.save(update_fields=["created_at"])
    return follow_up


class PlanNotDue(Exception):
    """The offer is not declined (any more): there is no plan to save."""


class PlanAlreadySaved(Exception):
    """The offer already has its follow-up plan; saving it again would duplicate it."""


def follow_up_plan_propose(*, offer: Offer, today: dt.date, decided_on: dt.date | None = None) -> list[FollowUp]:
    """The plan of §9, unsaved, for the user to adjust: a thank-you within two
    days, LinkedIn within a week, check-ins at 3, 6 and 12 calendar months,
    all counted from `decided_on`, the day the decline went (by default today).
    A decline recorded days late keeps its check-ins' rhythm; its thank-you
    and LinkedIn are then due no earlier than today. One recorded months late
    proposes no check-in already past (nobody can check in three months on
    when nine have gone), only those still to come, or one today if none is.

    LinkedIn is always proposed — networking is part of the advice even when
    the email did not mention it — and the note says whether the email did.
    Referring someone, meeting at an event and watching the careers page are
    proposed only when chosen on Approach (keep networking, not over-commit).
    """
    sent = min(decided_on or today, today)
    contact = offer.contact_name or "your contact"
    # As the emails name it: "Maas & Rijn Shipping", not "… B.V.." at the end of a note.
    company = without_legal_form(offer.company)
    if offer.contact_name:
        # The note goes to the contact; the others are thanked through them, and the contact not twice.
        reader = wording.read_person(offer.contact_name)
        others = [
            line for line in offer.thank_list() if not any(p.same_as(reader) for p in wording.read_people([line]))
        ]
        passed_on = f", and pass your thanks on to {wording.joined(others)}" if others else ""
        thank_you_note = f"Write to thank {contact}{passed_on}."
    else:
        thank_you_note = f"Write to thank {wording.joined(offer.thank_list()) or 'them'}."
    linkedin_note = (
        f"You said you would like to stay in touch on LinkedIn: connect with {contact}, with a short note."
        if "linkedin" in (offer.door_open or [])
        else f"Connect with {contact} on LinkedIn, with a short note."
    )
    plan = [
        FollowUp(
            offer=offer,
            kind=FollowUp.Kind.THANK_YOU,
            due_on=max(sent + dt.timedelta(days=2), today),
            note=thank_you_note,
        ),
        FollowUp(
            offer=offer,
            kind=FollowUp.Kind.LINKEDIN,
            due_on=max(sent + dt.timedelta(days=7), today),
            note=linkedin_note,
        ),
    ]
    check_ins = [
        FollowUp(
            offer=offer,
            kind=FollowUp.Kind.CHECK_IN,
            due_on=tracking.add_months(sent, months),
            note=f"{months}-month check-in with {contact} at {company}.",
        )
        for months in (3, 6, 12)
    ]
    to_come = [check_in for check_in in check_ins if check_in.due_on >= today]
    plan += to_come or [
        FollowUp(
            offer=offer,
            kind=FollowUp.Kind.CHECK_IN,
            due_on=today,
            note=f"Check in with {contact} at {company}: it has been a while.",
        )
    ]
    # The other ways of keeping the door open, only those the user chose on Approach: one step each, no more.
    chosen = set(offer.door_open or [])
    for door, kind, months, note in (
        (
            DoorOpen.REFER,
            FollowUp.Kind.REFERRAL,
            1,
            f"You offered to refer people: think of someone who would suit {company}, and introduce them to {contact}.",
        ),
        (
            DoorOpen.EVENTS,
            FollowUp.Kind.EVENT,
            2,
            f"You said you would like to meet at events: find one where people from {company} will be (a "
            f"meetup, a talk, a conference) and say hello to {contact}.",
        ),
        (
            DoorOpen.CAREERS_PAGE,
            FollowUp.Kind.CAREERS_PAGE,
            4,
            f"Look at {company}'s careers page for a role that would suit you.",
        ),
    ):
        if door in chosen:
            # As the thank-you, never proposed already overdue for a decline recorded late.
            due_on = max(tracking.add_months(sent, months), today)
            plan.append(FollowUp(offer=offer, kind=kind, due_on=due_on, note=note))
    return sorted(plan, key=lambda follow_up: follow_up.due_on)


@transaction.atomic
def follow_up_plan_save(*, offer: Offer, items: Iterable) -> list[FollowUp]:
    """Create the follow-ups the user kept (anything with kind, due_on and note).

    The offer row is locked and the plan refused if one was saved already, so a
    double submit or a second tab cannot plan everything twice.
    """
    status = Offer.objects.select_for_update().filter(pk=offer.pk).values_list("status", flat=True).first()
    if status != Offer.Status.DECLINED:
        raise PlanNotDue()  # "Mark it as not sent" in another tab, meanwhile
    if offer.follow_ups.exists():
        raise PlanAlreadySaved()
    rows = [
        FollowUp(offer=offer, owner_id=offer.owner_id, kind=item.kind, due_on=item.due_on, note=item.note)
        for item in items
    ]
    return FollowUp.objects.bulk_create(rows)

"""What the tracking pages compute: deadline countdowns, the figures of §9,
follow-up groups, the offer's timeline and the rule that moves check-ins.

Pure functions over rows the views have already fetched, so the pages run a
fixed number of queries and the rules can be tested without a request; and
the dashboard's few small reads (its figures, the follow-ups due, each
listed offer's next one), written out as SQL.
"""

import calendar
import dataclasses
import datetime as dt
import statistics
from collections.abc import Iterable

from django.utils import timezone
from django.utils.text import Truncator

from declines import steps
from declines.models import (
    DoorOpen,
    DraftComment,
    EmailTemplate,
    FollowUp,
    Interaction,
    Medium,
    Offer,
    TemplateKind,
)
from declines.ownership import fields_of, made
from declines.ownership import rows as _rows
from declines.tallies import TALLIES_OF, tallies_of
from declines.wording import answered, days

# "This week" on the follow-ups page and the dashboard panel: today and the
# six days after it, so that something due next Monday shows up on a Friday.
THIS_WEEK_DAYS = 7

# When a check-in has no earlier check-in or decision to measure its interval
# from, a contact pushes it out by this much (the first check-in of §9).
DEFAULT_CHECK_IN_MONTHS = 3


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def countdown(due: dt.date | None, today: dt.date) -> str:
    """'due in 2 days', 'due today' or 'overdue by 1 day'; empty without a date."""
    if due is None:
        return ""
    left = (due - today).days
    if left > 0:
        return f"due in {days(left)}"
    if left == 0:
        return "due today"
    return f"overdue by {days(-left)}"


def urgency(due: dt.date | None, today: dt.date) -> str:
    """How pressing a date is, for the badge colour: overdue, soon (two days or less) or later."""
    if due is None:
        return ""
    left = (due - today).days
    if left < 0:
        return "overdue"
    return "soon" if left <= 2 else "later"


def offer_countdown(offer: Offer, today: dt.date) -> str:
    """The deadline countdown, only while the user has not decided (§9)."""
    if offer.status != Offer.Status.CONSIDERING:
        return ""
    return countdown(offer.respond_by, today)


# The dashboard's three small queries are written out, as `tallies_of` is: through the ORM, building each cost
# more than its round trip and the database's work together, on the page every user opens first. Each reads an
# index of `FollowUp.Meta.indexes` and asks for the user's rows only (`FollowUp.objects.for_user`).
_FOLLOW_UP, _OFFER = FollowUp._meta.db_table, Offer._meta.db_table
_OPEN_FOLLOW_UPS = (
    f'FROM "{_FOLLOW_UP}" f JOIN "{_OFFER}" o ON o.id = f.offer_id'
    " WHERE f.owner_id = %s AND o.deleted_at IS NULL AND f.done_at IS NULL"
)
# The figures: the user's tallies, then how many open follow-ups are not due yet, and of those how many are due
# this week (the tallies know how many are open; these tell overdue from this week).
_FIGURES = (
    f"{TALLIES_OF} UNION ALL SELECT 'open_ahead', COUNT(*) {_OPEN_FOLLOW_UPS} AND f.due_on >= %s"  # noqa: S608
    f" UNION ALL SELECT 'open_this_week', COUNT(*) {_OPEN_FOLLOW_UPS} AND f.due_on >= %s AND f.due_on < %s"
)
# The dashboard's panel: the user's open follow-ups due before the week is out, overdue ones first, each with its
# offer's company.
_DUE_FIELDS = fields_of(FollowUp, {"id", "offer_id", "owner_id", "kind", "due_on", "done_at", "note"})
# What the panel shows of each one's offer, in the model's order (`Model.from_db` reads them in it).
_PANEL_OFFER = [field.attname for field in fields_of(Offer, {"id", "owner_id", "company"})]
_DUE_SOON = (
    f"SELECT {', '.join(f'f.{field.column}' for field in _DUE_FIELDS)}, o.company {_OPEN_FOLLOW_UPS}"  # noqa: S608
    " AND f.due_on < %s ORDER BY f.due_on, f.id LIMIT %s"
)
# Each listed offer's open follow-ups, earliest first (`followup_offer_next_idx`); the note only as far as a
# title reads it.
_OPEN_OF_OFFERS = (
    f'SELECT offer_id, id, kind, due_on, substr(note, 1, 200) FROM "{_FOLLOW_UP}"'  # noqa: S608
    " WHERE done_at IS NULL AND offer_id IN ({}) ORDER BY offer_id, due_on, id"
)

# Which of some drafts a coach has commented on (§11): most users have no coach, and the comments with their
# authors (three tables) are read only for a draft that has some.
_COMMENTED = f'SELECT DISTINCT draft_id FROM "{DraftComment._meta.db_table}" WHERE draft_id IN ({{}})'  # noqa: S608


def with_next_follow_up(offers: list[Offer]) -> list[Offer]:
    """Set each offer's `next_follow_up`, its earliest open follow-up (None
    without one), in one query for the whole page of offers."""
    by_pk = {offer.pk: offer for offer in offers}
    for offer in offers:
        offer.next_follow_up = None
    if by_pk:
        placeholders = ", ".join(["%s"] * len(by_pk))
        for offer_id, pk, kind, due_on, note in _rows(_OPEN_OF_OFFERS.format(placeholders), list(by_pk)):
            offer = by_pk[offer_id]
            if offer.next_follow_up is None:
                offer.next_follow_up = FollowUp(id=pk, offer_id=offer_id, kind=kind, due_on=due_on, note=note)
    return offers


def commented(draft_ids: list[int]) -> set[int]:
    """The ids among `draft_ids` of the drafts with a coach's comment, in one look at the comments' index."""
    if not draft_ids:
        return set()
    return {draft_id for (draft_id,) in _rows(_COMMENTED.format(", ".join(["%s"] * len(draft_ids))), draft_ids)}


def due_soon(user, *, today: dt.date, limit: int) -> list[FollowUp]:
    """The user's first `limit` open follow-ups due before this week is out, overdue ones first, each with its
    offer's company."""
    week_end = today + dt.timedelta(days=THIS_WEEK_DAYS)
    fetched = _rows(_DUE_SOON, [user.pk, week_end, limit])
    due = made(FollowUp, _DUE_FIELDS, [row[:-1] for row in fetched])
    for follow_up, row in zip(due, fetched, strict=True):
        offer = {"id": follow_up.offer_id, "owner_id": user.pk, "company": row[-1]}
        follow_up.offer = Offer.from_db(follow_up._state.db, _PANEL_OFFER, [offer[name] for name in _PANEL_OFFER])
    return due


@dataclasses.dataclass(frozen=True)
class Figures:
    """The figures of §9 for one user."""

    offers: int
    by_status: dict[str, int]
    declined: int
    median_days_to_answer: float | None
    declined_with_deadline: int
    answered_before_deadline: int
    follow_ups_done: int
    follow_ups_total: int
    follow_ups_overdue: int
    follow_ups_this_week: int

    @property
    def share_before_deadline(self) -> int | None:
        """Percentage of declines with a deadline that were sent on or before it."""
        if not self.declined_with_deadline:
            return None
        return round(100 * self.answered_before_deadline / self.declined_with_deadline)


def _median(histogram: dict[int, int]) -> float | None:
    """The median of the values counted in `histogram` ({value: how many}), without listing them one by one."""
    total = sum(histogram.values())
    if not total:
        return None
    positions = sorted({(total - 1) // 2, total // 2})  # of the middle one, or the middle two
    middle, seen = [], 0
    for value in sorted(histogram):
        seen += histogram[value]  # positions below `seen` hold values up to this one
        while positions and positions[0] < seen:
            middle.append(value)
            positions.pop(0)
        if not positions:
            break
    return statistics.median(middle)


def follow_up_counts(user) -> dict[str, int]:
    """How many of the user's follow-ups are open and how many done: one query, from the tallies."""
    tallies = tallies_of(user)
    total, done = tallies.get("follow_ups", 0), tallies.get("follow_ups_done", 0)
    return {"open": total - done, "done": done}


def figures(user, *, today: dt.date) -> Figures:
    """One query, whatever the size of the user's history.

    The counts over all of it come from the user's tallies, which the database
    keeps up to date on every write (`declines/tallies.py`); only the open
    follow-ups not due yet are counted here, to tell overdue from this week.
    """
    week_end = today + dt.timedelta(days=THIS_WEEK_DAYS)
    tallies = dict(_rows(_FIGURES, [user.pk, user.pk, today, user.pk, today, week_end]))
    ahead, this_week = tallies.pop("open_ahead"), tallies.pop("open_this_week")
    by_status = {status: tallies.get(f"offers:{status}", 0) for status in Offer.Status.values}
    # Median days to answer = decision day (in the site's time zone) − day received.
    answer_days = {
        int(name.removeprefix("answer_days:")): count
        for name, count in tallies.items()
        if name.startswith("answer_days:") and count > 0
    }
    total, done = tallies.get("follow_ups", 0), tallies.get("follow_ups_done", 0)
    return Figures(
        offers=sum(by_status.values()),
        by_status=by_status,
        declined=by_status[Offer.Status.DECLINED],
        median_days_to_answer=_median(answer_days),
        declined_with_deadline=tallies.get("declined_with_deadline", 0),
        answered_before_deadline=tallies.get("declined_in_time", 0),
        follow_ups_done=done,
        follow_ups_total=total,
        follow_ups_overdue=max(total - done - ahead, 0),
        follow_ups_this_week=this_week,
    )


def follow_up_group(follow_up: FollowUp, today: dt.date) -> str:
    """'overdue', 'this_week' or 'later' for an open follow-up; 'done' once done."""
    if follow_up.done_at is not None:
        return "done"
    if follow_up.due_on < today:
        return "overdue"
    if follow_up.due_on < today + dt.timedelta(days=THIS_WEEK_DAYS):
        return "this_week"
    return "later"


GROUP_TITLES = {"overdue": "Overdue", "this_week": "This week", "later": "Later"}


def grouped(follow_ups: Iterable[FollowUp], today: dt.date) -> list[tuple[str, str, list[FollowUp]]]:
    """Open follow-ups as (key, title, rows) for each non-empty group, in the order they matter."""
    groups: dict[str, list[FollowUp]] = {key: [] for key in GROUP_TITLES}
    for follow_up in follow_ups:
        follow_up.countdown = countdown(follow_up.due_on, today)
        follow_up.urgency = urgency(follow_up.due_on, today)
        groups[follow_up_group(follow_up, today)].append(follow_up)
    return [(key, GROUP_TITLES[key], rows) for key, rows in groups.items() if rows]


def snoozed_until(due_on: dt.date, period: str, today: dt.date) -> dt.date:
    """A week or a month from today, or from the due date if that is still ahead.

    Snoozing an overdue follow-up counts from today, so it is never still
    overdue right after being snoozed.
    """
    start = max(due_on, today)
    if period == "week":
        return start + dt.timedelta(days=7)
    if period == "month":
        return add_months(start, 1)
    raise ValueError(f"Unknown snooze period {period!r}.")


# The longest intervals of the plan (§9): three months to the first check-in, six between later ones.
_FIRST_INTERVAL = dt.timedelta(days=92)
_LATER_INTERVAL = dt.timedelta(days=184)


def check_in_moves(
    check_ins: list[FollowUp],
    *,
    contact_on: dt.date,
    decided_on: dt.date | None,
    last_contact_on: dt.date | None = None,
) -> dict[int, dt.date]:
    """The new due dates, by pk, of an offer's check-ins after a contact on `contact_on`.

    `check_ins` are all of the offer's check-ins, done or not. The rule (§9
    "logging a contact pushes the next check-in out from that day"):

    - A contact counts as a check-in, so the next open check-in (the earliest
      one still open) is re-timed to come its usual interval after the contact.
    - Its interval is the gap from the check-in before it (or from the day of
      the decision, for the first one): 3 months for the 3-month check-in,
      3 for the 6-month one, 6 for the 12-month one. With nothing to measure
      from, it is 3 months. A contact logged since then (`last_contact_on`)
      counted as a check-in too and timed it already: the interval is measured
      from that contact, so logging a second contact the same day moves
      nothing, and each contact leaves the check-in its usual interval after it.
    - The check-ins after it move by the same number of days, so the rhythm
      of the plan is kept.
    - The interval is never longer than the plan's own (a quarter before the
      first check-in, half a year between later ones): a check-in snoozed or
      put off nine months after the decision would otherwise be taken as a
      nine-month interval and land nine months after the contact.
    - A check-in is never brought forward: if it is already far enough from
      the contact, nothing moves.
    """
    ordered = sorted(check_ins, key=lambda f: (f.due_on, f.pk))
    open_ones = [f for f in ordered if f.done_at is None]
    if not open_ones:
        return {}
    next_one = open_ones[0]
    position = ordered.index(next_one)
    anchor = ordered[position - 1].due_on if position else decided_on
    if last_contact_on is not None and (anchor is None or anchor < last_contact_on < next_one.due_on):
        anchor = last_contact_on
    if anchor is not None and anchor < next_one.due_on:
        longest = _FIRST_INTERVAL if anchor == decided_on and not position else _LATER_INTERVAL
        new_due = contact_on + min(next_one.due_on - anchor, longest)
    else:
        new_due = add_months(contact_on, DEFAULT_CHECK_IN_MONTHS)
    shift = new_due - next_one.due_on
    if shift <= dt.timedelta(0):
        return {}
    return {f.pk: f.due_on + shift for f in open_ones}


# Which template kind drafts which follow-up. Events, referrals, a role seen on
# the careers page and "other" are a note to keep in touch, which is what a
# check-in says.
TEMPLATE_KIND_FOR_FOLLOW_UP = {
    FollowUp.Kind.THANK_YOU: TemplateKind.THANK_YOU,
    FollowUp.Kind.LINKEDIN: TemplateKind.LINKEDIN_NOTE,
    FollowUp.Kind.CHECK_IN: TemplateKind.CHECK_IN,
    FollowUp.Kind.EVENT: TemplateKind.CHECK_IN,
    FollowUp.Kind.REFERRAL: TemplateKind.CHECK_IN,
    FollowUp.Kind.CAREERS_PAGE: TemplateKind.CHECK_IN,
    FollowUp.Kind.OTHER: TemplateKind.CHECK_IN,
}

# The built-in check-ins, by the months after the decision they are written for.
CHECK_IN_SLUGS = {3: "check-in-3-months", 6: "check-in-6-months", 12: "check-in-12-months"}
# The built-ins written for the other ways of keeping in touch chosen on Approach,
# and for a follow-up of the user's own ("other").
KEEP_IN_TOUCH_SLUGS = {
    FollowUp.Kind.REFERRAL: "check-in-referral",
    FollowUp.Kind.EVENT: "check-in-event",
    FollowUp.Kind.CAREERS_PAGE: "check-in-careers-page",
    FollowUp.Kind.OTHER: "check-in-keeping-in-touch",
}
# A check-in due sooner than this after the decision says no "months on".
SHORT_NOTE_BEFORE_MONTHS = 1.5


def template_score(template: EmailTemplate, offer: Offer) -> int:
    """How well a template suits the offer: medium matters most (a call needs a
    confirmation, a letter a letter), then the reason, then the tone.

    An exact match scores the full weight, a template for "any" part of it a
    little, a template for another one nothing.
    """
    score = 0
    for attribute, exact, any_value in (("medium", 8, 2), ("reason", 4, 1), ("tone", 2, 1)):
        suits = getattr(template, attribute)
        if suits and suits == getattr(offer, attribute):
            score += exact
        elif not suits:
            score += any_value
    return score


def template_source(template: EmailTemplate, owner_id) -> int:
    """0 for the user's own template, 1 for one a coach publishes to them, 2 for a built-in."""
    if template.owner_id is None:
        return 2
    return 0 if template.owner_id == owner_id else 1


def rank_templates(templates, *, offer: Offer) -> list[EmailTemplate]:
    """Best match first; the user's own template, then a coach's, before a built-in one that is just as good."""
    # `offer` may be a stand-in with only the fields scored (the call script's confirmation).
    owner_id = getattr(offer, "owner_id", None)
    return sorted(
        templates, key=lambda t: (-template_score(t, offer), template_source(t, owner_id), t.name.lower(), t.pk)
    )


def templates_for_follow_up(follow_up: FollowUp, user, *, today: dt.date | None = None) -> list[EmailTemplate]:
    """The templates that can draft this follow-up, the best match first.

    The user's own templates of the right kind come first (most recently
    edited first), then those a coach publishes to them, then a built-in in
    the offer's tone, then the rest. A
    check-in prefers the built-in written for the months since the decision;
    a referral, an event or a role on the careers page, the one written for it;
    a follow-up of the user's own, or a check-in due within six weeks, a short
    note (a "three months on" note a month after the decision would say what is not so).
    The months are counted to the day it will go: its due day, or today if that
    has passed (a check-in snoozed to nine months says "about a year", not "six
    months"). A template already drafted for another of the offer's follow-ups
    comes after the others, so two check-ins are not the same email.
    """
    kind = TEMPLATE_KIND_FOR_FOLLOW_UP.get(follow_up.kind, TemplateKind.CHECK_IN)
    candidates = list(EmailTemplate.objects.for_user(user).filter(kind=kind).order_by("name", "pk"))
    offer = follow_up.offer
    preferred_slug = KEEP_IN_TOUCH_SLUGS.get(follow_up.kind, "")
    if kind == TemplateKind.CHECK_IN and not preferred_slug:
        start = timezone.localtime(offer.decided_at).date() if offer.decided_at else offer.received_on
        goes_on = max(follow_up.due_on, today or timezone.localdate())
        months = max((goes_on - start).days, 0) / 30.4
        if months < SHORT_NOTE_BEFORE_MONTHS:
            preferred_slug = KEEP_IN_TOUCH_SLUGS[FollowUp.Kind.OTHER]
        else:
            preferred_slug = CHECK_IN_SLUGS[min(CHECK_IN_SLUGS, key=lambda m: abs(m - months))]

    used = set(
        offer.follow_ups.exclude(pk=follow_up.pk).exclude(draft=None).values_list("draft__template_id", flat=True)
    )

    def rank(template: EmailTemplate):
        source = template_source(template, offer.owner_id)
        return (
            source,
            -(template.updated_at.timestamp()) if source == 0 else 0,
            template.pk in used,
            template.slug != preferred_slug,
            template.tone != offer.tone,
        )

    return sorted(candidates, key=rank)


ANSWER_SLUGS = ["answer-why-decline", "answer-change-your-mind", "answer-future-roles"]
# For a user who did not say they are open to future roles there: "not for now", never "yes, I would".
NOT_NOW = {"answer-future-roles": "answer-future-roles-not-now"}
# "Be ready for their questions" makes sense while deciding and after declining;
# after accepting, nobody will ask why you said no.
ANSWERS_FOR = {Offer.Status.CONSIDERING, Offer.Status.DECLINED}


def answer_templates(user, *, offer: Offer | None = None, listed: bool = False) -> list[EmailTemplate]:
    """The answers to have ready (§9): the three built-in ones, each replaced by
    the user's own copy of it if they made one, then the user's other answers,
    then those their coaches publish. For an `offer` whose door-open choices
    leave out future roles, "would you consider future roles?" is answered
    "not for now" (`NOT_NOW`).

    `listed`: only to be listed by name (an offer's answers panel): rows of what the
    list reads (`pk`, `name`, …), not templates, whose making for twenty
    answers and more cost more than reading them."""
    templates = EmailTemplate.objects.for_user(user).filter(kind=TemplateKind.ANSWER).order_by("name", "pk")
    if listed:
        templates = templates.values_list(
            "pk", "owner_id", "slug", "name", "duplicated_from_id", "updated_at", named=True
        )
    templates = list(templates)
    own = [t for t in templates if t.owner_id == user.pk]
    from_coaches = [t for t in templates if t.owner_id not in (None, user.pk)]
    builtins = {t.slug: t for t in templates if t.owner_id is None}
    copies = {t.duplicated_from_id: t for t in sorted(own, key=lambda t: t.updated_at)}
    # Only once the user chose on Approach, and left future roles out: an offer not yet that far,
    # whose choices are still empty, gets the ordinary answer.
    not_open = (
        offer is not None
        and offer.flow_step > steps.APPROACH.flow_step
        and DoorOpen.FUTURE_ROLES not in (offer.door_open or [])
    )
    chosen = []
    for slug in ANSWER_SLUGS:
        builtin = builtins.get(NOT_NOW.get(slug, slug) if not_open else slug) or builtins.get(slug)
        if builtin is not None:
            chosen.append(copies.get(builtin.pk, builtin))
    chosen_pks = {t.pk for t in chosen}
    return chosen + [t for t in own if t.pk not in chosen_pks] + from_coaches


@dataclasses.dataclass(frozen=True)
class Event:
    """One line of the offer's timeline."""

    day: dt.date
    order: float  # the story's order within a day: the call, the decline drafted, sent, declined, what came after
    kind: str
    title: str
    detail: str = ""
    at: float = 0.0  # the moment, where a day's events of one order are told in the order they happened


def _day(moment: dt.datetime) -> dt.date:
    return timezone.localtime(moment).date()


def _timed(day: dt.date, order: int, kind: str, title: str, detail: str = "", *, moment: dt.datetime) -> Event:
    return Event(day, order, kind, title, detail, moment.timestamp())


# A contact logged for an earlier day happened at a time nobody gave: told after that day's other events.
END_OF_DAY = float("inf")


def is_the_call(offer: Offer, interaction) -> bool:
    """Whether `interaction` is the call the user declined by (logged on the Call step)."""
    return (
        offer.medium == Medium.PHONE_THEN_WRITTEN
        and interaction.channel == Interaction.Channel.CALL
        and interaction.happened_on == offer.called_on
    )


def timeline(offer: Offer, *, reflection, drafts, follow_ups, interactions, comments=()) -> list[Event]:
    """What happened to the offer, oldest first: received, reflected, drafted,
    sent, decided, follow-ups done, contacts logged, and who of the user's
    coaches commented on which draft or suggested what, and what the user made of it."""
    events = [Event(offer.received_on, 0, "received", "Offer received", f"{offer.role} at {offer.company}")]
    if reflection is not None:
        moment = reflection.created_at
        events.append(_timed(_day(moment), 1, "reflected", "Reflected on the offer", moment=moment))
    for draft in drafts:
        kind, moment = draft.get_kind_display(), draft.created_at
        # The decline's own steps before the decision; anything else drafted or sent with what came after it.
        drafted, sent = (2, 3) if draft.kind == TemplateKind.DECLINE else (5, 5)
        events.append(_timed(_day(moment), drafted, "drafted", f"Drafted: {kind}", draft.subject, moment=moment))
        if draft.sent_at:
            title = f"Sent: {kind}"
            events.append(_timed(_day(draft.sent_at), sent, "sent", title, draft.subject, moment=draft.sent_at))
    if offer.decided_at and offer.status in (Offer.Status.DECLINED, Offer.Status.ACCEPTED):
        title = "Declined the offer" if offer.status == Offer.Status.DECLINED else "Accepted the offer"
        moment = offer.decided_at
        events.append(_timed(_day(moment), 4, offer.status, title, _answered(offer), moment=moment))
    for follow_up in follow_ups:
        if follow_up.done_at:
            title = f"Done: {follow_up.title}"
            events.append(_timed(_day(follow_up.done_at), 5, "follow_up", title, moment=follow_up.done_at))
    for interaction in interactions:
        title = f"Contact logged: {interaction.get_channel_display()}"
        logged = interaction.created_at
        at = logged.timestamp() if logged and _day(logged) == interaction.happened_on else END_OF_DAY
        # The call that gave the decision (the Call step) comes before the written confirmation and the decision.
        order = 1.5 if is_the_call(offer, interaction) else 6
        events.append(Event(interaction.happened_on, order, "contact", title, interaction.note, at))
    for comment in comments:
        events.extend(_comment_events(comment))
    # By the story's order within a day, then by the moment: a decision recorded for an earlier day has
    # a moment nobody gave (that day at the time it was recorded), which must not reorder the story.
    return sorted(events, key=lambda e: (e.day, e.order, e.at))


def _comment_order(draft, moment: dt.datetime) -> float:
    """Where a coach's comment, or the answer to it, sits in its day's story: on the decline
    before it was sent, between its drafting and its sending; otherwise with what came after."""
    before_sent = draft.sent_at is None or moment <= draft.sent_at
    return 2.5 if draft.kind == TemplateKind.DECLINE and before_sent else 5


def _comment_events(comment) -> list[Event]:
    """A coach's comment or suggestion (§11), and the user's answer to it."""
    who = comment.author_name
    draft = comment.draft.get_kind_display().lower()
    at = timezone.localtime(comment.created_at).strftime("%H:%M")
    if comment.is_suggestion:
        title = f"{who[:1].upper()}{who[1:]} suggested new text for your {draft}"
        detail = f"At {at}: “{comment.suggestion}”" + (f" — {comment.body}" if comment.body else "")
    else:
        title = f"{who[:1].upper()}{who[1:]} commented on your {draft}"
        detail = f"At {at}: {comment.body}"
    moment = comment.created_at
    events = [Event(_day(moment), _comment_order(comment.draft, moment), "comment", title, detail, moment.timestamp())]
    if comment.closed_at is not None:
        answer = {"accepted": "Accepted", "rejected": "Rejected", "resolved": "Resolved"}[comment.status]
        thing = "suggestion" if comment.is_suggestion else "comment"
        closed = timezone.localtime(comment.closed_at).strftime("%H:%M")
        said = comment.suggestion if comment.is_suggestion else comment.body
        answered_detail = f"At {closed}, on your {draft}: “{Truncator(said).chars(120)}”"
        events.append(
            Event(
                _day(comment.closed_at),
                _comment_order(comment.draft, comment.closed_at),
                "comment_answered",
                f"{answer} {who}'s {thing}",
                answered_detail,
                comment.closed_at.timestamp(),
            )
        )
    return events


def _answered(offer: Offer) -> str:
    """ "3 days before the deadline" for the timeline; empty without a deadline."""
    return answered(offer.respond_by, _day(offer.decided_at)).capitalize()

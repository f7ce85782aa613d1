"""The rules behind the tracking pages: countdowns, snoozing, grouping, and
how a logged contact moves the check-ins."""

import datetime as dt
import random
import statistics

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from declines import tallies, tracking
from declines.models import FollowUp, Offer
from tests.factories import DraftFactory, EmailTemplateFactory, FollowUpFactory, OfferFactory

TODAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("due", "text"),
    [
        (dt.date(2026, 3, 12), "due in 2 days"),
        (dt.date(2026, 3, 11), "due in 1 day"),
        (dt.date(2026, 3, 10), "due today"),
        (dt.date(2026, 3, 9), "overdue by 1 day"),
        (dt.date(2026, 2, 28), "overdue by 10 days"),
        (None, ""),
    ],
)
def test_countdown(due, text):
    assert tracking.countdown(due, TODAY) == text


@pytest.mark.parametrize(
    ("due", "level"),
    [
        (dt.date(2026, 3, 9), "overdue"),
        (dt.date(2026, 3, 10), "soon"),
        (dt.date(2026, 3, 12), "soon"),
        (dt.date(2026, 3, 13), "later"),
    ],
)
def test_urgency(due, level):
    assert tracking.urgency(due, TODAY) == level


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 11, 15), 3, dt.date(2027, 2, 15)),
        (dt.date(2026, 3, 10), 12, dt.date(2027, 3, 10)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month(day, months, expected):
    assert tracking.add_months(day, months) == expected


def test_snooze_counts_from_the_due_date_when_it_is_still_ahead():
    assert tracking.snoozed_until(dt.date(2026, 3, 20), "week", TODAY) == dt.date(2026, 3, 27)
    assert tracking.snoozed_until(dt.date(2026, 3, 20), "month", TODAY) == dt.date(2026, 4, 20)


def test_snooze_counts_from_today_when_overdue_so_it_is_not_overdue_after():
    assert tracking.snoozed_until(dt.date(2026, 2, 1), "week", TODAY) == dt.date(2026, 3, 17)
    assert tracking.snoozed_until(dt.date(2026, 2, 1), "month", TODAY) == dt.date(2026, 4, 10)


def test_snooze_refuses_an_unknown_period():
    with pytest.raises(ValueError):
        tracking.snoozed_until(TODAY, "year", TODAY)


def _check_in(pk, due, done=False):
    follow_up = FollowUp(kind=FollowUp.Kind.CHECK_IN, due_on=due)
    follow_up.pk = pk
    if done:
        follow_up.done_at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return follow_up


DECIDED = dt.date(2026, 1, 1)
PLAN = [(1, dt.date(2026, 4, 1)), (2, dt.date(2026, 7, 1)), (3, dt.date(2027, 1, 1))]


def test_a_contact_moves_the_next_check_in_its_interval_after_the_contact_and_keeps_the_rhythm():
    check_ins = [_check_in(pk, due) for pk, due in PLAN]
    moves = tracking.check_in_moves(check_ins, contact_on=dt.date(2026, 2, 15), decided_on=DECIDED)
    # The 3-month check-in was 90 days after the decision: it is now 90 days after the contact.
    shift = dt.date(2026, 2, 15) + dt.timedelta(days=90) - dt.date(2026, 4, 1)
    assert moves == {1: dt.date(2026, 5, 16), 2: dt.date(2026, 7, 1) + shift, 3: dt.date(2027, 1, 1) + shift}


def test_the_interval_of_a_later_check_in_is_measured_from_the_one_before():
    check_ins = [_check_in(1, PLAN[0][1], done=True), _check_in(2, PLAN[1][1], done=True), _check_in(3, PLAN[2][1])]
    moves = tracking.check_in_moves(check_ins, contact_on=dt.date(2026, 9, 1), decided_on=DECIDED)
    # The 12-month check-in came 184 days after the 6-month one.
    assert moves == {3: dt.date(2026, 9, 1) + (dt.date(2027, 1, 1) - dt.date(2026, 7, 1))}


def test_each_contact_leaves_the_check_in_its_interval_after_it_without_creeping():
    check_ins = [_check_in(pk, due) for pk, due in PLAN]
    contact = dt.date(2026, 2, 15)
    first = tracking.check_in_moves(check_ins, contact_on=contact, decided_on=DECIDED)
    for follow_up in check_ins:
        follow_up.due_on = first[follow_up.pk]
    # The same day again, and again: the check-in was timed from that contact already.
    for _ in range(3):
        assert tracking.check_in_moves(check_ins, contact_on=contact, decided_on=DECIDED, last_contact_on=contact) == {}
    # A month later: 90 days after that contact, as after the first.
    later = dt.date(2026, 3, 15)
    moves = tracking.check_in_moves(check_ins, contact_on=later, decided_on=DECIDED, last_contact_on=contact)
    assert moves[1] == later + dt.timedelta(days=90)


def test_a_check_in_put_off_moves_no_further_than_the_plans_own_interval_after_the_contact():
    """Declined on 6 March, the first check-in snoozed to 13 December: a contact on 4 December moved
    it, and every check-in after it, to the September after (the 282 days since the decision)."""
    decided = dt.date(2026, 3, 6)
    check_ins = [
        _check_in(1, dt.date(2026, 12, 13)),
        _check_in(2, dt.date(2026, 12, 20)),
        _check_in(3, dt.date(2027, 3, 6)),
    ]
    moves = tracking.check_in_moves(check_ins, contact_on=dt.date(2026, 12, 4), decided_on=decided)
    assert moves[1] == dt.date(2026, 12, 4) + dt.timedelta(days=92)
    # The user's own spacing after it is kept.
    assert moves[2] - moves[1] == dt.timedelta(days=7) and moves[3] - moves[1] == dt.date(2027, 3, 6) - dt.date(
        2026, 12, 13
    )
    # A later check-in put off is held to half a year after the contact.
    done = [_check_in(1, dt.date(2026, 6, 6), done=True), _check_in(2, dt.date(2027, 1, 1))]
    assert tracking.check_in_moves(done, contact_on=dt.date(2026, 12, 4), decided_on=decided) == {
        2: dt.date(2026, 12, 4) + dt.timedelta(days=184)
    }


def test_a_contact_never_brings_a_check_in_forward():
    check_ins = [_check_in(1, dt.date(2026, 4, 1))]
    assert tracking.check_in_moves(check_ins, contact_on=dt.date(2025, 11, 1), decided_on=None) == {}


def test_without_a_decision_the_first_check_in_moves_three_months_after_the_contact():
    check_ins = [_check_in(1, dt.date(2026, 4, 1))]
    assert tracking.check_in_moves(check_ins, contact_on=dt.date(2026, 3, 20), decided_on=None) == {
        1: dt.date(2026, 6, 20)
    }


def test_an_overdue_check_in_is_the_next_one_and_moves_out():
    check_ins = [_check_in(1, dt.date(2026, 4, 1)), _check_in(2, dt.date(2026, 7, 1))]
    moves = tracking.check_in_moves(check_ins, contact_on=dt.date(2026, 5, 1), decided_on=DECIDED)
    assert moves[1] == dt.date(2026, 7, 30)
    assert moves[2] > moves[1]


def test_nothing_moves_without_an_open_check_in():
    check_ins = [_check_in(1, dt.date(2026, 4, 1), done=True)]
    assert tracking.check_in_moves(check_ins, contact_on=TODAY, decided_on=DECIDED) == {}


def test_grouped_sorts_open_follow_ups_into_overdue_this_week_and_later():
    rows = [
        FollowUp(kind="check_in", due_on=TODAY - dt.timedelta(days=1)),
        FollowUp(kind="check_in", due_on=TODAY),
        FollowUp(kind="check_in", due_on=TODAY + dt.timedelta(days=6)),
        FollowUp(kind="check_in", due_on=TODAY + dt.timedelta(days=7)),
    ]
    groups = {key: [f.due_on for f in found] for key, _, found in tracking.grouped(rows, TODAY)}
    assert groups == {
        "overdue": [TODAY - dt.timedelta(days=1)],
        "this_week": [TODAY, TODAY + dt.timedelta(days=6)],
        "later": [TODAY + dt.timedelta(days=7)],
    }


@pytest.mark.django_db
def test_a_check_in_is_drafted_from_the_builtin_written_for_its_month(owner):
    for months, slug in tracking.CHECK_IN_SLUGS.items():
        EmailTemplateFactory(owner=None, slug=slug, name=f"Check-in at {months} months", kind="check_in")
    offer = OfferFactory(owner=owner, status="declined", decided_at=dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC))
    six_months = FollowUpFactory(offer=offer, kind="check_in", due_on=dt.date(2026, 7, 5))
    assert tracking.templates_for_follow_up(six_months, owner, today=dt.date(2026, 7, 1))[0].slug == "check-in-6-months"
    # Drafted when it is long overdue, it goes out a year on, and says so.
    assert tracking.templates_for_follow_up(six_months, owner, today=dt.date(2027, 1, 2))[0].slug == (
        "check-in-12-months"
    )


@pytest.mark.django_db
def test_two_check_ins_of_one_offer_are_not_drafted_from_one_template(owner):
    call_command("load_starter_library", verbosity=0)
    offer = OfferFactory(owner=owner, status="declined", decided_at=dt.datetime(2026, 3, 6, 12, tzinfo=dt.UTC))
    first = FollowUpFactory(offer=offer, kind="check_in", due_on=dt.date(2026, 12, 13))
    second = FollowUpFactory(offer=offer, kind="check_in", due_on=dt.date(2026, 12, 20))
    today = dt.date(2026, 12, 6)
    template = tracking.templates_for_follow_up(first, owner, today=today)[0]
    first.draft = DraftFactory(offer=offer, template=template, kind="check_in")
    first.save()
    assert tracking.templates_for_follow_up(second, owner, today=today)[0] != template


@pytest.mark.django_db
def test_a_referral_an_event_or_the_careers_page_is_drafted_from_the_builtin_written_for_it(owner):
    # A month after the decision, "It's been about three months" would say what is not so.
    call_command("load_starter_library", verbosity=0)
    offer = OfferFactory(owner=owner, status="declined", decided_at=dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC))
    for kind, slug in [
        ("referral", "check-in-referral"),
        ("event", "check-in-event"),
        ("careers_page", "check-in-careers-page"),
    ]:
        follow_up = FollowUpFactory(offer=offer, kind=kind, due_on=dt.date(2026, 2, 5))
        best = tracking.templates_for_follow_up(follow_up, owner, today=dt.date(2026, 2, 1))[0]
        assert best.slug == slug
        assert "three months" not in best.body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "due", "slug"),
    [
        # A follow-up of the user's own, whenever it is due: no "months on" it cannot vouch for.
        ("other", dt.date(2026, 1, 10), "check-in-keeping-in-touch"),
        ("other", dt.date(2026, 7, 5), "check-in-keeping-in-touch"),
        # A check-in added for soon after the decision: a short note, not "three months on".
        ("check_in", dt.date(2026, 1, 20), "check-in-keeping-in-touch"),
        ("check_in", dt.date(2026, 3, 20), "check-in-3-months"),
    ],
)
def test_a_follow_up_of_the_users_own_or_an_early_check_in_is_drafted_as_a_short_note(owner, kind, due, slug):
    call_command("load_starter_library", verbosity=0)
    offer = OfferFactory(owner=owner, status="declined", decided_at=dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC))
    follow_up = FollowUpFactory(offer=offer, kind=kind, due_on=due)
    best = tracking.templates_for_follow_up(follow_up, owner, today=dt.date(2026, 1, 6))[0]
    assert best.slug == slug
    if slug == "check-in-keeping-in-touch":
        assert "months" not in best.body and "months" not in best.subject


@pytest.mark.django_db
def test_the_users_own_template_of_the_kind_comes_first(owner, outsider):
    EmailTemplateFactory(owner=None, slug="thank-you-after-declining", kind="thank_you")
    mine = EmailTemplateFactory(owner=owner, name="My thanks", kind="thank_you")
    EmailTemplateFactory(owner=outsider, name="Not mine", kind="thank_you")
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner), kind="thank_you")
    templates = tracking.templates_for_follow_up(follow_up, owner)
    assert templates[0] == mine
    assert "Not mine" not in [t.name for t in templates]


@pytest.mark.django_db
def test_answer_templates_replace_a_builtin_by_the_users_copy(owner):
    builtins = [EmailTemplateFactory(owner=None, slug=slug, name=slug, kind="answer") for slug in tracking.ANSWER_SLUGS]
    copy = EmailTemplateFactory(owner=owner, name="My why", kind="answer", duplicated_from=builtins[0])
    extra = EmailTemplateFactory(owner=owner, name="About salary", kind="answer")
    assert tracking.answer_templates(owner) == [copy, builtins[1], builtins[2], extra]


# --- The figures of §9 ------------------------------------------------------------


def test_overdue_counts_move_on_at_midnight(owner):
    today = timezone.localdate()
    FollowUpFactory(offer=OfferFactory(owner=owner), due_on=today)
    assert tracking.figures(owner, today=today).follow_ups_overdue == 0
    assert tracking.figures(owner, today=today + dt.timedelta(days=1)).follow_ups_overdue == 1


def declined_after(owner, days: int, *, decided_at=None):
    received = dt.date(2026, 1, 5)
    decided_at = decided_at or timezone.make_aware(dt.datetime.combine(received + dt.timedelta(days=days), dt.time(12)))
    return OfferFactory(
        owner=owner, status=Offer.Status.DECLINED, received_on=received, respond_by=None, decided_at=decided_at
    )


def test_the_median_of_an_even_number_of_declines_is_the_mean_of_the_middle_two(owner):
    for days in (9, 1, 4, 2):
        declined_after(owner, days)
    assert tracking.figures(owner, today=timezone.localdate()).median_days_to_answer == 3


def test_the_median_of_an_odd_number_of_declines_is_the_middle_one(owner):
    for days in (30, 1, 4, 2, 7):
        declined_after(owner, days)
    assert tracking.figures(owner, today=timezone.localdate()).median_days_to_answer == 4


@override_settings(TIME_ZONE="America/New_York")
def test_days_to_answer_count_the_decision_day_in_the_sites_time_zone(owner):
    tallies.rebuild()  # as every `migrate` does, in the time zone the site runs in
    # 03:00 UTC on the 10th is still the evening of the 9th in New York: 4 days after the 5th, not 5.
    declined_after(owner, 0, decided_at=dt.datetime(2026, 1, 10, 3, 0, tzinfo=dt.UTC))
    assert tracking.figures(owner, today=timezone.localdate()).median_days_to_answer == 4


def figures_by_hand(user, today: dt.date) -> tracking.Figures:
    """The figures of §9 as their definitions read, row by row (what `tracking.figures` computed before the
    tallies): every offer of the user's not deleted, and the follow-ups of those offers."""
    offers = [o for o in Offer.objects.filter(owner=user) if o.deleted_at is None]
    declined = [o for o in offers if o.status == Offer.Status.DECLINED]
    decided_on = {o.pk: timezone.localtime(o.decided_at).date() for o in declined}
    with_deadline = [o for o in declined if o.respond_by is not None]
    follow_ups = [f for f in FollowUp.objects.select_related("offer") if f.offer in offers]
    open_ = [f for f in follow_ups if f.done_at is None]
    week_end = today + dt.timedelta(days=tracking.THIS_WEEK_DAYS)
    days_to_answer = [(decided_on[o.pk] - o.received_on).days for o in declined]
    return tracking.Figures(
        offers=len(offers),
        by_status={status: sum(o.status == status for o in offers) for status in Offer.Status.values},
        declined=len(declined),
        median_days_to_answer=statistics.median(days_to_answer) if days_to_answer else None,
        declined_with_deadline=len(with_deadline),
        answered_before_deadline=sum(decided_on[o.pk] <= o.respond_by for o in with_deadline),
        follow_ups_done=len(follow_ups) - len(open_),
        follow_ups_total=len(follow_ups),
        follow_ups_overdue=sum(f.due_on < today for f in open_),
        follow_ups_this_week=sum(today <= f.due_on < week_end for f in open_),
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_figures_are_what_their_definitions_say(owner, outsider, seed):
    """Offers in every state, decided near midnight, some deleted, with follow-ups open and done on every side
    of today and of the week ahead; and another user's rows, which count for nothing."""
    chance = random.Random(seed)
    today = timezone.localdate()
    for n in range(40):
        status = chance.choice(Offer.Status.values)
        received = today - dt.timedelta(days=chance.randint(0, 90))
        decided = None
        if status in Offer.DECISIONS:
            moment = dt.datetime.combine(received + dt.timedelta(days=chance.randint(0, 20)), dt.time(23, 30))
            decided = timezone.make_aware(moment) + dt.timedelta(minutes=chance.choice([0, 45]))
        offer = OfferFactory(
            owner=chance.choice([owner, owner, outsider]),
            status=status,
            received_on=received,
            respond_by=chance.choice([None, received + dt.timedelta(days=chance.randint(0, 25))]),
            decided_at=decided,
            deleted_at=timezone.now() if n % 9 == 0 else None,
        )
        for _ in range(chance.randint(0, 4)):
            due = today + dt.timedelta(days=chance.randint(-30, 30))
            FollowUpFactory(offer=offer, due_on=due, done_at=chance.choice([None, None, timezone.now()]))
    for day in (today, today + dt.timedelta(days=3)):
        assert tracking.figures(owner, today=day) == figures_by_hand(owner, day)
    assert tracking.figures(outsider, today=today) == figures_by_hand(outsider, today)

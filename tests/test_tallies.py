"""The database keeps every user's tallies equal to a count of their rows, and
every follow-up owned by its offer's owner, whatever writes the rows."""

import datetime as dt
import random
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from declines import tallies
from declines.models import FollowUp, Offer, Tally
from declines.services import follow_ups as plans
from declines.services import trash
from declines.services.accounts import account_delete
from declines.services.offers import offer_accept, offer_decline
from tests.factories import DraftFactory, FollowUpFactory, OfferFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def kept() -> Counter:
    """The tallies as the triggers left them, without the zeros (a recount has none)."""
    return +Counter({(t.owner_id, t.name): t.count for t in Tally.objects.all()})


def assert_kept_equals_recount():
    assert kept() == tallies.recount()


def declined_offer(owner, *, received_ago=10, decided_ago=3, respond_in=-5, **fields):
    return OfferFactory(
        owner=owner,
        status=Offer.Status.DECLINED,
        received_on=TODAY - dt.timedelta(days=received_ago),
        respond_by=TODAY + dt.timedelta(days=respond_in) if respond_in is not None else None,
        decided_at=timezone.now() - dt.timedelta(days=decided_ago),
        **fields,
    )


def test_an_offer_and_its_follow_ups_are_counted_for_their_owner(owner):
    offer = declined_offer(owner, received_ago=10, decided_ago=3, respond_in=-5)
    FollowUpFactory(offer=offer)
    FollowUpFactory(offer=offer, done_at=timezone.now())
    assert kept() == Counter(
        {
            (owner.pk, "offers:declined"): 1,
            (owner.pk, "declined_with_deadline"): 1,
            (owner.pk, "answer_days:7"): 1,
            (owner.pk, "follow_ups"): 2,
            (owner.pk, "follow_ups_done"): 1,
        }
    )


def test_the_tallies_follow_every_path_a_row_can_take(owner, outsider):
    """One change at a time, through the services, the ORM's bulk paths and plain updates."""
    offer = OfferFactory(owner=owner, status="declined", decided_at=timezone.now())
    assert kept() == tallies.recount(), "created"
    plans.follow_up_plan_save(offer=offer, items=plans.follow_up_plan_propose(offer=offer, today=TODAY))
    assert kept() == tallies.recount(), "plan saved with bulk_create"
    draft = DraftFactory(offer=offer)
    offer_decline(offer=offer, draft=draft, sent_at=timezone.now())
    assert kept() == tallies.recount(), "declined"
    first = offer.follow_ups.order_by("pk").first()
    plans.follow_up_done(follow_up=first, at=timezone.now())
    assert kept() == tallies.recount(), "one done"
    FollowUp.objects.filter(offer=offer).update(done_at=timezone.now())
    assert kept() == tallies.recount(), "all done with update()"
    plans.follow_up_reopen(follow_up=first)
    assert kept() == tallies.recount(), "one reopened"
    Offer.objects.filter(pk=offer.pk).update(respond_by=None)
    assert kept() == tallies.recount(), "deadline removed with update()"
    trash.soft_delete(row=offer)
    assert kept() == tallies.recount(), "offer deleted"
    trash.undelete(row=offer)
    assert kept() == tallies.recount(), "offer restored"
    accepted = OfferFactory(owner=owner)
    offer_accept(offer=accepted, decided_at=timezone.now())
    assert kept() == tallies.recount(), "another accepted"
    Offer.objects.bulk_create(
        [OfferFactory.build(owner=owner, status=Offer.Status.WITHDRAWN) for _ in range(3)]
        + [
            OfferFactory.build(
                owner=outsider, status=Offer.Status.DECLINED, decided_at=timezone.now(), received_on=TODAY
            )
        ]
    )
    assert kept() == tallies.recount(), "offers bulk-created for both users"
    plans.follow_up_delete(follow_up=first)
    assert kept() == tallies.recount(), "a follow-up deleted"
    accepted.delete()
    assert kept() == tallies.recount(), "an offer deleted for good"
    offer.owner = outsider
    offer.save()
    assert kept() == tallies.recount(), "an offer given to another user"
    account_delete(user=outsider)
    assert_kept_equals_recount()
    assert not Tally.objects.filter(owner_id=outsider.pk).exists()


@pytest.mark.parametrize(("seed", "time_zone"), [(1, "UTC"), (2, "UTC"), (3, "America/New_York"), (4, "Asia/Tokyo")])
def test_the_tallies_equal_a_recount_after_any_sequence_of_changes(seed, time_zone, settings):
    settings.TIME_ZONE = time_zone
    tallies.rebuild()  # as `migrate` does, in the site's time zone
    chance = random.Random(seed)
    users = [UserFactory() for _ in range(3)]
    offers, follow_ups = [], []

    def some(rows):
        if not rows:
            return None
        live = set(type(rows[0]).objects.filter(pk__in=[row.pk for row in rows]).values_list("pk", flat=True))
        live = [row for row in rows if row.pk in live]
        return type(rows[0]).objects.get(pk=chance.choice(live).pk) if live else None  # as it now stands

    def add_offer():
        status = chance.choice(Offer.Status.values)
        received = TODAY - dt.timedelta(days=chance.randint(0, 400))
        decided = None
        if status in Offer.DECISIONS:
            # Near midnight now and then, where the day depends on the time zone.
            decided = timezone.make_aware(dt.datetime.combine(received, dt.time(chance.choice([0, 12, 23]))))
            decided += dt.timedelta(days=chance.randint(0, 20), minutes=chance.randint(0, 59))
        respond_by = chance.choice([None, received + dt.timedelta(days=chance.randint(0, 15))])
        offers.append(
            OfferFactory(
                owner=chance.choice(users),
                status=status,
                received_on=received,
                respond_by=respond_by,
                decided_at=decided,
            )
        )

    def add_follow_up():
        if offer := some(offers):
            done = chance.choice([None, timezone.now()])
            follow_ups.append(FollowUpFactory(offer=offer, done_at=done))

    def toggle_done():
        if follow_up := some(follow_ups):
            FollowUp.objects.filter(pk=follow_up.pk).update(done_at=None if chance.random() < 0.5 else timezone.now())

    def move_follow_up():
        follow_up, offer = some(follow_ups), some(offers)
        if follow_up and offer:
            FollowUp.objects.filter(pk=follow_up.pk).update(offer=offer, owner=offer.owner)

    def delete_or_restore_offer():
        if offer := some(offers):
            Offer.objects.filter(pk=offer.pk).update(deleted_at=None if chance.random() < 0.4 else timezone.now())

    def decide():
        if offer := some(offers):
            status = chance.choice(Offer.DECISIONS)
            Offer.objects.filter(pk=offer.pk).update(status=status, decided_at=timezone.now())

    def give_away():
        if offer := some(offers):
            Offer.objects.filter(pk=offer.pk).update(owner=chance.choice(users))

    def remove():
        rows = chance.choice([offers, follow_ups])
        if row := some(rows):
            type(row).objects.filter(pk=row.pk).delete()

    changes = [add_offer, add_offer, add_follow_up, add_follow_up, add_follow_up, toggle_done, move_follow_up]
    changes += [delete_or_restore_offer, decide, give_away, remove]
    for _ in range(150):
        chance.choice(changes)()
    assert_kept_equals_recount()
    assert not FollowUp.objects.exclude(owner=F("offer__owner")).exists()


def test_rebuild_counts_everything_afresh(owner):
    declined_offer(owner)
    Tally.objects.all().delete()
    tallies.rebuild()
    assert kept() == tallies.recount()
    assert kept()[owner.pk, "offers:declined"] == 1


# --- The follow-up's owner -------------------------------------------------------


def test_the_database_refuses_a_follow_up_owned_by_someone_other_than_its_offers_owner(owner, outsider):
    offer = OfferFactory(owner=owner)
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUp.objects.create(offer=offer, owner=outsider, due_on=TODAY)
    follow_up = FollowUpFactory(offer=offer)
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUp.objects.filter(pk=follow_up.pk).update(owner=outsider)
    with pytest.raises(IntegrityError), transaction.atomic():
        FollowUp.objects.filter(pk=follow_up.pk).update(offer=OfferFactory(owner=outsider))
    assert FollowUp.objects.get(pk=follow_up.pk).owner == owner


def test_an_offer_given_to_another_user_takes_its_follow_ups_along(owner, outsider):
    offer = OfferFactory(owner=owner)
    FollowUpFactory(offer=offer)
    offer.owner = outsider
    offer.save()
    assert list(FollowUp.objects.values_list("owner", flat=True)) == [outsider.pk]
    assert FollowUp.objects.for_user(owner).count() == 0
    assert FollowUp.objects.for_user(outsider).count() == 1


def test_every_way_of_adding_a_follow_up_gives_it_the_offers_owner(owner, client):
    offer = OfferFactory(owner=owner, status="declined", decided_at=timezone.now())
    plans.follow_up_plan_save(offer=offer, items=plans.follow_up_plan_propose(offer=offer, today=TODAY))
    # Undecided again for the admin's form below, which would otherwise need the moment of the decision too.
    Offer.objects.filter(pk=offer.pk).update(status="considering", decided_at=None)
    offer.refresh_from_db()
    plans.follow_up_create(offer=offer, kind="event", due_on=TODAY, note="")
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(
        reverse("admin:declines_followup_add"),
        {"offer": offer.pk, "kind": "referral", "due_on": TODAY.isoformat(), "note": "From the admin"},
    )
    assert response.status_code == 302
    # And inline on the offer's own admin page, while the offer changes hands.
    other = UserFactory()
    page = client.get(reverse("admin:declines_offer_change", args=[offer.pk]))
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update({"owner": other.pk, "door_open": "[]", "received_on": offer.received_on.isoformat()})
    data.update({"respond_by": offer.respond_by.isoformat()})
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        prefix = formset.formset.prefix
        data.update({f"{prefix}-{name}": management[name].value() for name in management.fields})
        for i, inline in enumerate(formset.formset.forms):
            for name in inline.fields:
                value = inline[name].value()
                if value is not None:
                    data[f"{prefix}-{i}-{name}"] = value.pk if hasattr(value, "pk") else value
    follow_ups = next(f.formset for f in page.context["inline_admin_formsets"] if f.formset.model is FollowUp)
    n = int(data[f"{follow_ups.prefix}-TOTAL_FORMS"])
    data[f"{follow_ups.prefix}-TOTAL_FORMS"] = n + 1
    data.update({f"{follow_ups.prefix}-{n}-kind": "other", f"{follow_ups.prefix}-{n}-due_on": TODAY.isoformat()})
    data.update({f"{follow_ups.prefix}-{n}-offer": offer.pk})
    response = client.post(reverse("admin:declines_offer_change", args=[offer.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert offer.follow_ups.count() == 8
    assert set(FollowUp.objects.values_list("owner", flat=True)) == {other.pk}
    assert not FollowUp.objects.exclude(owner=F("offer__owner")).exists()
    assert_kept_equals_recount()


def test_deleting_an_account_leaves_no_tallies(owner):
    FollowUpFactory(offer=declined_offer(owner))
    account_delete(user=owner)
    assert not Tally.objects.exists()
    assert not get_user_model().objects.filter(pk=owner.pk).exists()

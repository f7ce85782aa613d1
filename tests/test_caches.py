"""What is cached so that pages cost the same at any size of history, and that
every change to what they show appears at once.

The dashboard's figures read all of a user's offers and follow-ups, and the
calendar feed is polled by calendar apps again and again; both are cached
under the user's data version (`Profile.data_version`), which every write to
an offer or a follow-up moves on. The figures are also computed in the
database, so that even an uncached view does not fetch every decline.
"""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines import services, tracking
from declines.models import FollowUp, Offer, Profile
from tests.factories import DraftFactory, FollowUpFactory, OfferFactory

pytestmark = pytest.mark.django_db


def figures(client):
    # The figures as the dashboard computes them, not the page kept from the last view.
    caches["pages"].clear()
    return client.get(reverse("dashboard")).context["figures"]


def test_a_second_view_reads_the_figures_from_the_cache(owner_client, owner):
    FollowUpFactory(offer=OfferFactory(owner=owner))
    with CaptureQueriesContext(connection) as first:
        owner_client.get(reverse("dashboard"))
    caches["pages"].clear()  # so the page is rendered again, from the cached figures
    with CaptureQueriesContext(connection) as second:
        owner_client.get(reverse("dashboard"))
    # The three queries of the figures (counts, the declines' dates, follow-up counts) are not run again.
    assert len(second) == len(first) - 3
    assert not any("COUNT(" in query["sql"] and "declines_followup" in query["sql"] for query in second)


def test_marking_a_follow_up_done_shows_at_once(owner_client, owner):
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner))
    assert figures(owner_client).follow_ups_done == 0
    services.follow_up_done(follow_up=follow_up, at=timezone.now())
    assert figures(owner_client).follow_ups_done == 1
    services.follow_up_reopen(follow_up=follow_up)
    assert figures(owner_client).follow_ups_done == 0


def test_deleting_a_follow_up_shows_at_once(owner_client, owner):
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner))
    assert figures(owner_client).follow_ups_total == 1
    services.follow_up_delete(follow_up=follow_up)
    assert figures(owner_client).follow_ups_total == 0


def test_saving_the_follow_up_plan_shows_at_once(owner_client, owner):
    offer = OfferFactory(owner=owner)
    assert figures(owner_client).follow_ups_total == 0
    items = [SimpleNamespace(kind=FollowUp.Kind.CHECK_IN, due_on=timezone.localdate(), note="Hello")] * 2
    services.follow_up_plan_save(offer=offer, items=items)  # bulk_create: no save() signal
    assert figures(owner_client).follow_ups_total == 2


def test_declining_and_deleting_an_offer_show_at_once(owner_client, owner):
    offer = OfferFactory(owner=owner)
    assert (figures(owner_client).offers, figures(owner_client).declined) == (1, 0)
    services.offer_decline(offer=offer, draft=DraftFactory(offer=offer), sent_at=timezone.now())
    assert figures(owner_client).declined == 1
    services.offer_delete(offer=offer)
    assert (figures(owner_client).offers, figures(owner_client).declined) == (0, 0)


def test_an_offer_saved_anywhere_shows_at_once(owner_client, owner):
    """The admin and model forms save without the services: the figures follow them too."""
    offer = OfferFactory(owner=owner)
    assert figures(owner_client).by_status["withdrawn"] == 0
    offer.status = Offer.Status.WITHDRAWN
    offer.save()
    assert figures(owner_client).by_status["withdrawn"] == 1


def test_another_users_changes_leave_the_owners_figures_cached(owner, outsider):
    OfferFactory(owner=owner)
    before = Profile.objects.get(user=owner).data_version
    FollowUpFactory(offer=OfferFactory(owner=outsider))
    assert Profile.objects.get(user=owner).data_version == before
    assert Profile.objects.get(user=outsider).data_version > 0


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
    assert tracking.compute_figures(owner, today=timezone.localdate()).median_days_to_answer == 3


def test_the_median_of_an_odd_number_of_declines_is_the_middle_one(owner):
    for days in (30, 1, 4, 2, 7):
        declined_after(owner, days)
    assert tracking.compute_figures(owner, today=timezone.localdate()).median_days_to_answer == 4


@override_settings(TIME_ZONE="America/New_York")
def test_days_to_answer_count_the_decision_day_in_the_sites_time_zone(owner):
    # 03:00 UTC on the 10th is still the evening of the 9th in New York: 4 days after the 5th, not 5.
    declined_after(owner, 0, decided_at=dt.datetime(2026, 1, 10, 3, 0, tzinfo=dt.UTC))
    assert tracking.compute_figures(owner, today=timezone.localdate()).median_days_to_answer == 4


# --- The calendar feed ---------------------------------------------------------


def feed(owner) -> str:
    token = Profile.objects.get(user=owner).calendar_token
    return Client().get(reverse("calendar_feed", args=[token])).content.decode()


def test_a_follow_up_done_leaves_the_cached_feed_at_once(owner):
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner, company="Northwind"), kind="linkedin")
    assert "Connect on LinkedIn — Northwind" in feed(owner)
    services.follow_up_done(follow_up=follow_up, at=timezone.now())
    assert "Connect on LinkedIn — Northwind" not in feed(owner)


def test_a_deleted_follow_up_leaves_the_cached_feed_at_once(owner):
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner, company="Northwind"), kind="linkedin")
    assert "Connect on LinkedIn — Northwind" in feed(owner)
    services.follow_up_delete(follow_up=follow_up)
    assert "Connect on LinkedIn — Northwind" not in feed(owner)


def test_a_declined_offers_deadline_leaves_the_cached_feed_at_once(owner):
    offer = OfferFactory(owner=owner, company="Northwind")
    assert "Respond to Northwind" in feed(owner)
    services.offer_decline(offer=offer, draft=DraftFactory(offer=offer), sent_at=timezone.now())
    assert "Respond to Northwind" not in feed(owner)


def test_a_renamed_company_shows_in_the_cached_feed_at_once(owner):
    offer = OfferFactory(owner=owner, company="Northwind")
    assert "Respond to Northwind" in feed(owner)
    offer.company = "Southwind"
    offer.save()
    assert "Respond to Southwind" in feed(owner)

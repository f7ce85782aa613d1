"""Each list page and the feed run as many SQL queries with 50 rows as with 1.

Every test measures the page with one row, adds 49 more, and measures again;
the counts must match, so no row costs a query of its own.
"""

import datetime as dt

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines.models import Offer, Profile
from declines.services.templates import template_create
from tests.factories import DraftFactory, FollowUpFactory, InteractionFactory, OfferFactory

pytestmark = pytest.mark.django_db


def count(client, url, **params) -> int:
    # Counted with nothing cached (not the page, nor the dashboard's figures), so every count is comparable.
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


def days(n):
    return timezone.localdate() + dt.timedelta(days=n)


def mixed_offer(owner, n):
    """Offers in every state, each with open and done follow-ups."""
    status = [Offer.Status.CONSIDERING, Offer.Status.DECLINED, Offer.Status.ACCEPTED, Offer.Status.EXPIRED][n % 4]
    decided = timezone.now() if status in Offer.DECISIONS else None
    offer = OfferFactory(
        owner=owner,
        company=f"Firm {n}",
        status=status,
        decided_at=decided,
        received_on=days(-30),
        respond_by=days(n % 9),
    )
    FollowUpFactory(offer=offer, due_on=days(n % 10 - 3))
    FollowUpFactory(offer=offer, due_on=days(40), done_at=timezone.now())
    return offer


def test_dashboard(owner_client, owner):
    mixed_offer(owner, 0)
    one = count(owner_client, reverse("dashboard"))
    for n in range(1, 50):
        mixed_offer(owner, n)
    assert count(owner_client, reverse("dashboard")) == one
    assert count(owner_client, reverse("dashboard"), status="declined", q="firm", sort="company") == one


def test_follow_ups_page(owner_client, owner):
    offer = OfferFactory(owner=owner)
    FollowUpFactory(offer=offer, due_on=days(-2), draft=DraftFactory(offer=offer))
    FollowUpFactory(offer=offer, due_on=days(-2), done_at=timezone.now())
    one, one_done = count(owner_client, reverse("follow_ups")), count(owner_client, reverse("follow_ups"), show="done")
    for n in range(1, 50):
        other = OfferFactory(owner=owner)
        FollowUpFactory(offer=other, due_on=days(n - 10), draft=DraftFactory(offer=other) if n % 2 else None)
        FollowUpFactory(offer=other, due_on=days(n - 10), done_at=timezone.now())
    assert count(owner_client, reverse("follow_ups")) == one
    assert count(owner_client, reverse("follow_ups"), show="done") == one_done


def test_template_list(owner_client, owner):
    call_command("load_starter_library", verbosity=0)

    def add(n):
        template_create(
            owner=owner, name=f"Mine {n}", kind="decline", tone="warm", reason="", medium="", subject="S", body="B"
        )

    add(0)
    one = count(owner_client, reverse("template_list"))
    for n in range(1, 50):
        add(n)
    assert count(owner_client, reverse("template_list")) == one


def test_offer_detail(owner_client, owner):
    call_command("load_starter_library", verbosity=0)
    offer = OfferFactory(owner=owner, status=Offer.Status.DECLINED, decided_at=timezone.now(), received_on=days(-9))

    def add(n):
        draft = DraftFactory(offer=offer, sent_at=timezone.now() if n % 2 else None)
        FollowUpFactory(offer=offer, due_on=days(n - 20), done_at=timezone.now() if n % 3 == 0 else None, draft=draft)
        InteractionFactory(offer=offer, happened_on=days(-1))

    add(0)
    one = count(owner_client, offer.get_absolute_url())
    for n in range(1, 50):
        add(n)
    assert count(owner_client, offer.get_absolute_url()) == one


def test_calendar_feed(client, owner):
    url = reverse("calendar_feed", args=[Profile.objects.get(user=owner).calendar_token])
    mixed_offer(owner, 0)
    one = count(client, url)
    for n in range(1, 50):
        mixed_offer(owner, n)
    assert count(client, url) == one

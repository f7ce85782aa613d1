"""Every main page runs as many SQL queries with 50 rows as with 1.

Each test measures the page with one row, adds 49 more, and measures again;
the counts must match, so no row costs a query of its own and no page reads
more of a user's history as it grows. (`make bench` holds the pages to the
same at 10,000 offers, and times them.)
"""

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines.models import Draft, Offer, Profile
from declines.services.templates import template_create
from tests.factories import (
    CoachingFactory,
    DraftCommentFactory,
    DraftFactory,
    FollowUpFactory,
    InteractionFactory,
    OfferFactory,
    SharedOfferFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def count(client, url, data=None, *, method="get", **headers) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data or {}, headers=headers)
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


DASHBOARD_VIEWS = [
    {},
    {"status": "declined"},
    {"sort": "received"},
    {"status": "declined", "q": "firm", "sort": "company"},
    {"sort": "-deadline"},
    {"sort": "decided"},
]


@pytest.mark.parametrize("params", DASHBOARD_VIEWS, ids=lambda p: ",".join(p) or "default")
def test_dashboard(owner_client, owner, params):
    for n in range(4):  # one offer in each state, so a filtered page has a row too
        mixed_offer(owner, n)
    one = count(owner_client, reverse("dashboard"), params)
    for n in range(4, 50):
        mixed_offer(owner, n)
    assert count(owner_client, reverse("dashboard"), params) == one


@pytest.mark.parametrize("params", [{"q": "firm"}, {"q": "firm", "sort": "-decided"}, {"sort": "-company"}])
def test_dashboard_search_as_you_type(owner_client, owner, params):
    htmx = {"HX-Request": "true", "HX-Target": "offer-results"}
    for n in range(4):
        mixed_offer(owner, n)
    one = count(owner_client, reverse("dashboard"), params, **htmx)
    for n in range(4, 50):
        mixed_offer(owner, n)
    assert count(owner_client, reverse("dashboard"), params, **htmx) == one


def test_follow_ups_page(owner_client, owner):
    offer = OfferFactory(owner=owner)
    FollowUpFactory(offer=offer, due_on=days(-2), draft=DraftFactory(offer=offer))
    FollowUpFactory(offer=offer, due_on=days(-2), done_at=timezone.now())
    one, one_done = (
        count(owner_client, reverse("follow_ups")),
        count(owner_client, reverse("follow_ups"), {"show": "done"}),
    )
    for n in range(1, 50):
        other = OfferFactory(owner=owner)
        FollowUpFactory(offer=other, due_on=days(n - 10), draft=DraftFactory(offer=other) if n % 2 else None)
        FollowUpFactory(offer=other, due_on=days(n - 10), done_at=timezone.now())
    assert count(owner_client, reverse("follow_ups")) == one
    assert count(owner_client, reverse("follow_ups"), {"show": "done"}) == one_done


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


def _offer_at_compose(owner) -> Draft:
    offer = OfferFactory(owner=owner, flow_step=4)
    return DraftFactory(offer=offer, body="Dear Priya,\n\nThank you for the offer to join Firm 1.\n\nAlex")


def test_compose_page_and_its_preview(owner_client, owner):
    """The compose step and the live preview (whose checklist looks for the names of the user's other offers)."""
    call_command("load_starter_library", verbosity=0)
    draft = _offer_at_compose(owner)
    compose_url = reverse("flow_step", args=[draft.offer_id, 4])
    preview_url = reverse("draft_preview", args=[draft.pk])
    text = {"subject": draft.subject, "body": draft.body}
    mixed_offer(owner, 1)
    one = count(owner_client, compose_url)
    one_preview = count(owner_client, preview_url, text, method="post", HX_Request="true")
    for n in range(2, 50):
        mixed_offer(owner, n)
        template_create(
            owner=owner, name=f"Mine {n}", kind="decline", tone="warm", reason="", medium="", subject="S", body="B"
        )
    assert count(owner_client, compose_url) == one
    assert count(owner_client, preview_url, text, method="post", HX_Request="true") == one_preview


def test_calendar_feed(client, owner):
    url = reverse("calendar_feed", args=[Profile.objects.get(user=owner).calendar_token])
    mixed_offer(owner, 0)
    one = count(client, url)
    for n in range(1, 50):
        mixed_offer(owner, n)
    assert count(client, url) == one


# --- Coaching (§11) ---------------------------------------------------------------------


def test_coaching_pages_of_the_coach_and_the_comments_beside_the_editor(owner_client, owner):
    """A coach's Clients, a client's offers, a shared offer and draft, and the
    client's editor with the comments beside it, with 1 and 50 of each."""
    call_command("load_starter_library", verbosity=0)
    coach = UserFactory(username="coach")
    coach_client = Client()
    coach_client.force_login(coach)
    coaching = CoachingFactory(client=owner, coach=coach)
    draft = _offer_at_compose(owner)
    SharedOfferFactory(coaching=coaching, offer=draft.offer)
    quote = "Thank you for the offer to join Firm 1."

    def add(n):
        SharedOfferFactory(coaching=coaching, offer=mixed_offer(owner, n))
        other = UserFactory()
        SharedOfferFactory(coaching=CoachingFactory(client=other, coach=coach), offer=OfferFactory(owner=other))
        DraftCommentFactory(draft=draft, author=coach, paragraph=1, quote=quote, suggestion=f"Thanks {n}.")
        DraftFactory(offer=draft.offer, kind="answer")
        FollowUpFactory(offer=draft.offer)

    pages = [
        (coach_client, reverse("clients")),
        (coach_client, reverse("client_detail", args=[coaching.pk])),
        (coach_client, reverse("client_offer", args=[draft.offer_id])),
        (coach_client, reverse("client_draft", args=[draft.pk])),
        (owner_client, reverse("flow_step", args=[draft.offer_id, 4])),
        (owner_client, draft.offer.get_absolute_url()),
    ]
    add(0)
    one = [count(client, url) for client, url in pages]
    for n in range(1, 50):
        add(n)
    assert [count(client, url) for client, url in pages] == one


def coaching_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    # Reading coachings themselves (a list, or `.exists()`), not a subquery of another table's read.
    main_from = re.compile(
        r'SELECT (?:"declines_coaching"\.|1 AS "a" FROM "declines_coaching"|[^()]* FROM "declines_coaching")'
    )
    return [q["sql"] for q in queries.captured_queries if main_from.match(q["sql"])]


def test_a_page_asks_once_what_the_user_is_in_coaching(owner, outsider):
    """The menu's "Clients" and the offer page's list of coaches come from one
    question; a user with no coach is asked nothing more about coaches."""
    offer = OfferFactory(owner=owner)
    mine = Client()
    mine.force_login(owner)
    url = reverse("offer_detail", args=[offer.pk])
    assert len(coaching_queries(mine, url)) == 1
    assert 'href="/clients/"' not in mine.get(url).content.decode()

    CoachingFactory(client=outsider, coach=owner)  # the owner now coaches someone
    assert len(coaching_queries(mine, url)) == 1
    assert 'href="/clients/"' in mine.get(url).content.decode()

    CoachingFactory(client=owner)  # and has a coach: the page lists them, which takes a second query
    assert len(coaching_queries(mine, url)) == 2
    assert "Jo Baker" in mine.get(url).content.decode()


@pytest.mark.parametrize("step", [1, 3, 4])
def test_a_flow_step_reads_its_user_once(owner_client, owner, step):
    """The offer is read without its owner, who is the user the request has read already."""
    offer = OfferFactory(owner=owner, flow_step=4)
    DraftFactory(offer=offer)
    with CaptureQueriesContext(connection) as queries:
        response = owner_client.get(reverse("flow_step", args=[offer.pk, step]))
    assert response.status_code == 200
    users = [q["sql"] for q in queries.captured_queries if '"auth_user"' in q["sql"]]
    assert len(users) == 1, users

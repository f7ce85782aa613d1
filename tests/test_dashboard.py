"""The dashboard (§9): offers with countdowns, filter, search, sort, pages,
the figures, the follow-ups panel; and deleting an offer with undo."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from declines.models import Medium, Offer
from tests.factories import FollowUpFactory, OfferFactory

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


def at(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))


def declined(owner, *, received_on, decided_on, respond_by=None, **fields):
    return OfferFactory(
        owner=owner,
        status=Offer.Status.DECLINED,
        received_on=received_on,
        decided_at=at(decided_on),
        respond_by=respond_by,
        **fields,
    )


def page(client, **params):
    response = client.get(reverse("dashboard"), params)
    assert response.status_code == 200
    return response.content.decode()


def positions(body, *names):
    return [body.index(name) for name in names]


# --- The list ------------------------------------------------------------------


def test_a_new_user_is_invited_to_decline_an_offer(owner_client):
    body = page(owner_client)
    assert "No offers yet" in body
    assert f'href="{reverse("offer_new")}"' in body
    assert "Offers declined" not in body


def test_it_shows_the_users_offers_only(owner_client, owner, outsider):
    OfferFactory(owner=owner, company="Northwind Analytics", role="Staff Engineer")
    OfferFactory(owner=outsider, company="Secret Outsider Co")
    OfferFactory(owner=owner, company="Gone Ltd", deleted_at=timezone.now())
    body = page(owner_client)
    assert "Northwind Analytics" in body and "Staff Engineer" in body
    assert "Secret Outsider Co" not in body
    assert "Gone Ltd" not in body


@pytest.mark.parametrize(
    ("days", "text"), [(2, "due in 2 days"), (1, "due in 1 day"), (0, "due today"), (-1, "overdue by 1 day")]
)
def test_an_undecided_offer_shows_its_deadline_countdown(owner_client, owner, days, text):
    OfferFactory(owner=owner, received_on=today() - dt.timedelta(days=5), respond_by=today() + dt.timedelta(days=days))
    assert text in page(owner_client)


def test_a_decided_offer_shows_its_decision_date_and_no_countdown(owner_client, owner):
    decided_on = today() - dt.timedelta(days=25)
    declined(
        owner,
        received_on=today() - dt.timedelta(days=30),
        respond_by=today() - dt.timedelta(days=20),
        decided_on=decided_on,
    )
    body = page(owner_client)
    assert "overdue" not in body
    assert "Declined" in body
    assert f"{decided_on.day} {decided_on:%B %Y}" in body


def test_an_unfinished_offer_links_to_its_step_of_the_flow(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3)
    body = page(owner_client)
    assert "Continue — step 3 of 5" in body
    assert reverse("flow_step", args=[offer.pk, 3]) in body


def test_offers_at_different_steps_on_one_page_each_continue_at_their_own(owner_client, owner):
    waiting = OfferFactory(owner=owner, flow_step=4, medium=Medium.PHONE_THEN_WRITTEN, called_on=None)
    called = OfferFactory(owner=owner, flow_step=4, medium=Medium.PHONE_THEN_WRITTEN, called_on=today())
    written = OfferFactory(owner=owner, flow_step=4, medium=Medium.EMAIL)
    body = page(owner_client)
    assert f'href="{reverse("flow_call", args=[waiting.pk])}">Continue — step 4 of 6' in body
    assert f'href="{reverse("flow_step", args=[called.pk, 4])}">Continue — step 5 of 6' in body
    assert f'href="{reverse("flow_step", args=[written.pk, 4])}">Continue — step 4 of 5' in body


def test_an_offer_waiting_for_its_call_links_to_the_call_step(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=4, medium=Medium.PHONE_THEN_WRITTEN, called_on=None)
    body = page(owner_client)
    assert f'href="{reverse("flow_call", args=[offer.pk])}">Continue — step 4 of 6' in body


def test_a_row_shows_names_as_typed_never_as_markup(owner_client, owner):
    OfferFactory(owner=owner, company='Acme "Q" <b>Co</b> & Sons', role="<i>Lead</i>", flow_step=2)
    body = page(owner_client)
    assert "<b>Co</b>" not in body and "<i>Lead</i>" not in body
    company = "Acme &quot;Q&quot; &lt;b&gt;Co&lt;/b&gt; &amp; Sons"
    assert f'>{company}</a>\n    <span class="d-block small text-body-secondary">&lt;i&gt;Lead' in body
    assert '<span class="visually-hidden"> for Acme &quot;Q&quot; &lt;b&gt;Co&lt;/b&gt; &amp; Sons</span>' in body


def test_the_next_follow_up_is_the_earliest_open_one(owner_client, owner):
    offer = declined(owner, received_on=today() - dt.timedelta(days=10), decided_on=today())
    FollowUpFactory(offer=offer, kind="thank_you", due_on=today() + dt.timedelta(days=1), done_at=timezone.now())
    FollowUpFactory(offer=offer, kind="check_in", due_on=today() + dt.timedelta(days=90))
    FollowUpFactory(offer=offer, kind="linkedin", due_on=today() + dt.timedelta(days=7))
    body = page(owner_client)
    offers_table = body[body.index("offers-table") :]
    assert "Connect on LinkedIn" in offers_table
    next_on = today() + dt.timedelta(days=7)
    assert f"{next_on.day} {next_on:%B %Y}" in offers_table


def test_a_follow_up_of_the_users_own_is_named_by_its_note(owner_client, owner):
    offer = declined(owner, received_on=today() - dt.timedelta(days=10), decided_on=today())
    FollowUpFactory(
        offer=offer,
        kind="other",
        note="Send Priya the *conference* talk\nShe asked for it.",
        due_on=today() + dt.timedelta(days=30),
    )
    FollowUpFactory(offer=offer, kind="check_in", due_on=today() + dt.timedelta(days=90))
    offers_table = page(owner_client).split("offers-table", 1)[1]
    assert "Send Priya the *conference* talk\n" in offers_table
    assert "She asked for it" not in offers_table


def test_filter_by_status(owner_client, owner):
    OfferFactory(owner=owner, company="Still Thinking Co")
    declined(owner, company="Said No Ltd", received_on=today() - dt.timedelta(days=3), decided_on=today())
    body = page(owner_client, status="declined")
    assert "Said No Ltd" in body and "Still Thinking Co" not in body


def test_search_matches_company_role_or_contact(owner_client, owner):
    OfferFactory(owner=owner, company="Northwind", role="Data Engineer", contact_name="Marcus Lee")
    OfferFactory(owner=owner, company="Contoso", role="Platform Lead", contact_name="Priya Raman")
    by_contact = page(owner_client, q="marcus")
    assert "Northwind" in by_contact and "Contoso" not in by_contact
    by_company = page(owner_client, q="northw")
    assert "Northwind" in by_company and "Contoso" not in by_company
    by_role = page(owner_client, q="platform")
    assert "Contoso" in by_role and "Northwind" not in by_role
    nothing = page(owner_client, q="zebra")
    assert "No offers match “zebra”" in nothing
    assert 'value="zebra"' in nothing  # what was typed stays in the box


@pytest.mark.parametrize(
    ("typed", "found", "not_found"),
    [
        ("50%", "Fifty 50% Remote", "Five 500 Remote"),
        ("a_b", "Lab a_b Works", "Lab axb Works"),
        ("back\\slash", "Back\\slash Ltd", "Backslash Ltd"),
    ],
)
def test_search_takes_like_characters_as_typed(owner_client, owner, typed, found, not_found):
    OfferFactory(owner=owner, company=found)
    OfferFactory(owner=owner, company=not_found)
    shown = page(owner_client, q=typed)
    assert escape(found) in shown and escape(not_found) not in shown


def test_a_search_counts_its_own_pages(owner_client, owner):
    for n in range(30):
        OfferFactory(owner=owner, company=f"Keep {n:02}" if n < 27 else f"Other {n}")
    assert "Page 1 of 2" in page(owner_client, q="keep")
    second = page(owner_client, q="keep", page=2)
    # The same deadline and day for all: the newest first, so the first two made are on the second page.
    assert "Page 2 of 2" in second and "Keep 01" in second and "Keep 00" in second and "Keep 02" not in second
    # Past the end, the last page; not a number, the first.
    assert "Page 2 of 2" in page(owner_client, q="keep", page=9)
    assert "Page 1 of 2" in page(owner_client, q="keep", page="x")


def test_sort_by_deadline_received_or_company(owner_client, owner):
    OfferFactory(owner=owner, company="Bravo", received_on=today() - dt.timedelta(days=9), respond_by=today())
    OfferFactory(
        owner=owner,
        company="alpha",
        received_on=today() - dt.timedelta(days=1),
        respond_by=today() + dt.timedelta(days=5),
    )
    OfferFactory(
        owner=owner,
        company="Charlie",
        received_on=today() - dt.timedelta(days=5),
        respond_by=today() + dt.timedelta(days=2),
    )
    by_deadline = positions(page(owner_client), "Bravo", "Charlie", "alpha")
    assert by_deadline == sorted(by_deadline)
    by_received = positions(page(owner_client, sort="received"), "alpha", "Charlie", "Bravo")
    assert by_received == sorted(by_received)
    by_company = positions(page(owner_client, sort="company"), "alpha", "Bravo", "Charlie")
    assert by_company == sorted(by_company)


def test_undecided_offers_come_first_when_sorted_by_deadline(owner_client, owner):
    declined(
        owner,
        company="Old Decision",
        received_on=today() - dt.timedelta(days=40),
        respond_by=today() - dt.timedelta(days=30),
        decided_on=today() - dt.timedelta(days=31),
    )
    OfferFactory(owner=owner, company="Open Question", respond_by=today() + dt.timedelta(days=3))
    found = positions(page(owner_client), "Open Question", "Old Decision")
    assert found == sorted(found)


def test_a_bad_filter_value_is_reported_beside_its_field_and_the_rest_kept(owner_client, owner):
    OfferFactory(owner=owner, company="Northwind")
    response = owner_client.get(reverse("dashboard"), {"status": "maybe", "q": "north"})
    assert "Select a valid choice" in response.context["form"].errors["status"][0]
    body = response.content.decode()
    assert 'value="north"' in body
    assert "Northwind" in body


def test_pages_of_25(owner_client, owner):
    for n in range(30):
        OfferFactory(owner=owner, company=f"Firm {n:02d}", received_on=today() - dt.timedelta(days=n))
    first = owner_client.get(reverse("dashboard"), {"sort": "received"})
    assert len(first.context["page"].object_list) == 25
    assert "Page 1 of 2" in first.content.decode()
    second = owner_client.get(reverse("dashboard"), {"sort": "received", "page": 2})
    assert [o.company for o in second.context["page"].object_list] == [f"Firm {n:02d}" for n in range(25, 30)]


def test_the_status_filter_shows_how_many_offers_have_each_status(owner_client, owner):
    OfferFactory(owner=owner)
    OfferFactory(owner=owner)
    assert "Considering (2)" in page(owner_client)


# --- Figures -------------------------------------------------------------------


def test_the_figures(owner_client, owner, outsider):
    base = today() - dt.timedelta(days=100)
    # Days to answer: 2, 4, 10 -> median 4. Two of the three with a deadline answered in time.
    declined(owner, received_on=base, decided_on=base + dt.timedelta(days=2), respond_by=base + dt.timedelta(days=5))
    declined(owner, received_on=base, decided_on=base + dt.timedelta(days=4), respond_by=base + dt.timedelta(days=4))
    late = declined(
        owner, received_on=base, decided_on=base + dt.timedelta(days=10), respond_by=base + dt.timedelta(days=7)
    )
    OfferFactory(owner=owner, status=Offer.Status.ACCEPTED, decided_at=timezone.now())
    declined(outsider, received_on=base, decided_on=base + dt.timedelta(days=90))
    FollowUpFactory(offer=late, done_at=timezone.now())
    FollowUpFactory(offer=late)
    FollowUpFactory(offer=late)

    figures = owner_client.get(reverse("dashboard")).context["figures"]
    assert figures.declined == 3
    assert figures.median_days_to_answer == 4
    assert figures.share_before_deadline == 67
    assert (figures.follow_ups_done, figures.follow_ups_total) == (1, 3)
    body = page(owner_client)
    assert "67%" in body
    assert '1<span class="figure-of"> of 3</span>' in body


def test_figures_without_declines_show_a_dash(owner_client, owner):
    OfferFactory(owner=owner)
    figures = owner_client.get(reverse("dashboard")).context["figures"]
    assert figures.median_days_to_answer is None
    assert figures.share_before_deadline is None


# --- Follow-ups panel ---------------------------------------------------------


def test_the_panel_lists_overdue_and_this_weeks_follow_ups(owner_client, owner, outsider):
    offer = OfferFactory(owner=owner, company="Northwind")
    FollowUpFactory(offer=offer, kind="thank_you", due_on=today() - dt.timedelta(days=2))
    FollowUpFactory(offer=offer, kind="linkedin", due_on=today() + dt.timedelta(days=3))
    FollowUpFactory(offer=offer, kind="event", due_on=today() + dt.timedelta(days=40))
    FollowUpFactory(offer=OfferFactory(owner=outsider, company="Outsider Inc"), due_on=today())
    body = page(owner_client)
    panel = body[body.index('id="due-title"') : body.index('id="offers-title"')]
    assert "Overdue" in panel and "Thank-you note" in panel and "overdue by 2 days" in panel
    assert "This week" in panel and "Connect on LinkedIn" in panel and "due in 3 days" in panel
    assert "Meet at an event" not in panel
    assert "Outsider Inc" not in panel


def test_the_panel_leaves_out_follow_ups_done_or_of_a_deleted_offer(owner_client, owner):
    FollowUpFactory(offer=OfferFactory(owner=owner, company="Kept"), kind="thank_you", due_on=today())
    FollowUpFactory(offer=OfferFactory(owner=owner, company="Done Ltd"), due_on=today(), done_at=timezone.now())
    FollowUpFactory(offer=OfferFactory(owner=owner, company="Gone Ltd", deleted_at=timezone.now()), due_on=today())
    body = page(owner_client)
    panel = body[body.index('id="due-title"') : body.index('id="offers-title"')]
    assert "Thank-you note" in panel and "Kept" in panel
    assert "Done Ltd" not in panel and "Gone Ltd" not in panel
    assert "And <a" not in panel  # nothing more due than the one listed


def test_the_panel_says_when_nothing_is_due(owner_client, owner):
    OfferFactory(owner=owner)
    assert "Nothing due this week." in page(owner_client)


# --- Deleting an offer, with undo ------------------------------------------------


def test_delete_is_soft_and_the_dashboard_offers_undo(owner_client, owner):
    offer = OfferFactory(owner=owner, company="Northwind")
    response = owner_client.post(reverse("offer_delete", args=[offer.pk]))
    assert response.status_code == 302
    assert response.url == f"{reverse('dashboard')}?deleted={offer.pk}#undo"
    offer.refresh_from_db()
    assert offer.deleted_at is not None
    body = owner_client.get(response.url).content.decode()
    assert "Deleted the offer from Northwind" in body
    assert reverse("offer_undelete", args=[offer.pk]) in body
    # The page opens at the Undo (#undo), named for what it does.
    assert 'id="undo" tabindex="-1"' in body and 'aria-label="Undo: bring back the offer from Northwind"' in body
    assert owner_client.get(offer.get_absolute_url()).status_code == 404


def test_undo_brings_the_offer_back_with_its_follow_ups(owner_client, owner):
    offer = OfferFactory(owner=owner, deleted_at=timezone.now())
    FollowUpFactory(offer=offer)
    response = owner_client.post(reverse("offer_undelete", args=[offer.pk]))
    assert response.status_code == 302
    assert response.url == offer.get_absolute_url()
    offer.refresh_from_db()
    assert offer.deleted_at is None
    assert "is back" in owner_client.get(response.url).content.decode()


def test_another_user_cannot_delete_or_undelete(outsider_client, owner):
    offer = OfferFactory(owner=owner)
    gone = OfferFactory(owner=owner, deleted_at=timezone.now())
    assert outsider_client.post(reverse("offer_delete", args=[offer.pk])).status_code == 404
    assert outsider_client.post(reverse("offer_undelete", args=[gone.pk])).status_code == 404
    offer.refresh_from_db()
    gone.refresh_from_db()
    assert offer.deleted_at is None
    assert gone.deleted_at is not None


def test_the_undo_offer_is_not_shown_for_another_users_offer(outsider_client, owner):
    gone = OfferFactory(owner=owner, company="Northwind", deleted_at=timezone.now())
    body = outsider_client.get(reverse("dashboard"), {"deleted": gone.pk}).content.decode()
    assert "Northwind" not in body


def test_delete_and_undo_need_login_and_post(client, owner):
    offer = OfferFactory(owner=owner)
    response = client.post(reverse("offer_delete", args=[offer.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    response = client.post(reverse("offer_undelete", args=[offer.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    offer.refresh_from_db()
    assert offer.deleted_at is None


def test_delete_needs_post(owner_client, owner):
    offer = OfferFactory(owner=owner)
    assert owner_client.get(reverse("offer_delete", args=[offer.pk])).status_code == 405
    offer.refresh_from_db()
    assert offer.deleted_at is None


def test_a_visitor_gets_the_home_page_not_a_dashboard(client, owner):
    OfferFactory(owner=owner, company="Northwind")
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert "declines/dashboard/dashboard.html" not in [t.name for t in response.templates]
    assert "Northwind" not in response.content.decode()


# --- Sorting by the column headers, and search as you type -------------------------


def header(body: str, label: str) -> str:
    """The <th> of the column whose link reads `label`."""
    end = body.index(f'>{label}<span class="sort-arrow"')
    return body[body.rindex("<th", 0, end) : body.index("</th>", end)]


def test_the_headers_sort_and_the_active_one_toggles_its_direction(owner_client, owner):
    OfferFactory(owner=owner, company="Bravo")
    OfferFactory(owner=owner, company="alpha")
    OfferFactory(owner=owner, company="Charlie")
    body = page(owner_client, sort="company", q="a", status="considering")
    offer_th = header(body, "Offer")
    assert 'aria-sort="ascending"' in offer_th
    # The link sorts the other way, keeping the search and the filter, and says so.
    assert 'href="?q=a&amp;status=considering&amp;sort=-company"' in offer_th
    assert 'aria-label="Offer, sort Z to A"' in offer_th
    # The other sortable columns are links too, and not marked as the sort.
    deadline_th = header(body, "Respond by")
    assert "aria-sort" not in deadline_th and "sort=deadline" in deadline_th
    assert "sort=decided" in header(body, "Decided")
    reversed_body = page(owner_client, sort="-company")
    assert 'aria-sort="descending"' in header(reversed_body, "Offer")
    assert 'href="?sort=company"' in header(reversed_body, "Offer")
    found = positions(reversed_body, "Charlie", "Bravo", "alpha")
    assert found == sorted(found)


def test_sort_by_decision_date_either_way(owner_client, owner):
    declined(owner, company="Early", received_on=today() - dt.timedelta(days=30), decided_on=today() - dt.timedelta(20))
    declined(owner, company="Late", received_on=today() - dt.timedelta(days=30), decided_on=today() - dt.timedelta(2))
    OfferFactory(owner=owner, company="Undecided")
    latest = positions(page(owner_client, sort="decided"), "Late", "Early", "Undecided")
    assert latest == sorted(latest)
    earliest = positions(page(owner_client, sort="-decided"), "Early", "Late", "Undecided")
    assert earliest == sorted(earliest)
    assert 'aria-sort="ascending"' in header(page(owner_client, sort="-decided"), "Decided")


def test_latest_deadline_first_keeps_undecided_offers_on_top(owner_client, owner):
    OfferFactory(owner=owner, company="Soon", respond_by=today() + dt.timedelta(days=1))
    OfferFactory(owner=owner, company="Later", respond_by=today() + dt.timedelta(days=9))
    declined(owner, company="Done Deal", received_on=today() - dt.timedelta(days=5), decided_on=today())
    found = positions(page(owner_client, sort="-deadline"), "Later", "Soon", "Done Deal")
    assert found == sorted(found)


def test_an_unknown_sort_key_is_refused_beside_the_field_and_the_default_used(owner_client, owner):
    OfferFactory(owner=owner, company="Northwind")
    response = owner_client.get(reverse("dashboard"), {"sort": "owner__password", "q": "north"})
    assert "Select a valid choice" in response.context["form"].errors["sort"][0]
    body = response.content.decode()
    assert "Northwind" in body and 'value="north"' in body
    assert 'aria-sort="ascending"' in header(body, "Respond by")


def test_search_as_you_type_answers_htmx_with_the_table_alone(owner_client, owner, outsider):
    OfferFactory(owner=owner, company="Northwind", role="Data Engineer")
    OfferFactory(owner=owner, company="Contoso", role="Platform Lead")
    OfferFactory(owner=outsider, company="Northwind Secrets")
    response = owner_client.get(
        reverse("dashboard"), {"q": "north"}, headers={"HX-Request": "true", "HX-Target": "offer-results"}
    )
    body = response.content.decode()
    assert '<div id="offer-results"' in body[:600]
    assert "<html" not in body and "Follow-ups due" not in body
    assert "Northwind" in body and "Contoso" not in body and "Northwind Secrets" not in body
    assert "1 offer found." in body
    assert "HX-Request" in response["Vary"]
    # The whole page carries the form that asks for it, and still works without JavaScript.
    full = page(owner_client)
    assert 'hx-trigger="input changed delay:300ms from:#id_q, search from:#id_q' in full
    assert 'hx-target="#offer-results"' in full
    assert '<button type="submit" class="btn btn-outline-primary">Show</button>' in full


@pytest.mark.parametrize("typed", ["łukasz", "ŻÓŁĆ", "müller", "ÉCLAIR"])
def test_search_finds_names_in_any_alphabet_whatever_the_case(owner_client, owner, typed):
    """On SQLite only A to Z were matched whatever the case: "łukasz" found nothing."""
    OfferFactory(owner=owner, company="Éclair Studio", contact_name="Łukasz Żółć")
    OfferFactory(owner=owner, company="Bäckerei Müller", contact_name="Anna Weber")
    OfferFactory(owner=owner, company="Northwind", contact_name="Sam Ortiz")
    offers_table = page(owner_client, q=typed).split("offers-table", 1)[1]
    expected = "Bäckerei Müller" if typed == "müller" else "Éclair Studio"
    assert expected in offers_table and "Northwind" not in offers_table

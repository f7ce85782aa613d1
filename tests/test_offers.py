"""The dashboard and the offer pages, as the owner, another user and nobody."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from declines.models import Offer
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


def offer_data(**overrides):
    today = timezone.localdate()
    data = {
        "company": "Northwind Analytics",
        "role": "Staff Engineer",
        "contact_name": "Priya Lee",
        "contact_title": "Head of Talent",
        "contact_email": "priya@northwind.example",
        "received_on": today.isoformat(),
        "respond_by": (today + dt.timedelta(days=5)).isoformat(),
        "salary_note": "",
        "notes": "Lovely team.",
    }
    return {**data, **overrides}


def test_dashboard_invites_a_new_user_to_decline_an_offer(owner_client):
    response = owner_client.get(reverse("dashboard"))
    body = response.content.decode()
    assert "No offers yet" in body
    assert f'href="{reverse("offer_new")}"' in body


def test_dashboard_lists_the_users_offers(owner_client, owner):
    OfferFactory(owner=owner, company="Northwind Analytics", role="Staff Engineer")
    response = owner_client.get(reverse("dashboard"))
    body = response.content.decode()
    assert "Northwind Analytics" in body
    assert "Staff Engineer" in body
    assert "No offers yet" not in body


def test_it_hides_other_users_offers(owner_client, outsider):
    OfferFactory(owner=outsider, company="Secret Outsider Co")
    response = owner_client.get(reverse("dashboard"))
    assert "Secret Outsider Co" not in response.content.decode()


def test_it_hides_deleted_offers(owner_client, owner):
    OfferFactory(owner=owner, company="Gone Ltd", deleted_at=timezone.now())
    assert "Gone Ltd" not in owner_client.get(reverse("dashboard")).content.decode()


def test_dashboard_needs_login(client):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next=/"


def test_add_an_offer(owner_client, owner):
    response = owner_client.post(reverse("offer_new"), offer_data())
    offer = Offer.objects.get(owner=owner)
    assert response.status_code == 302
    # Adding an offer is step 1 of the decline flow; it continues at step 2.
    assert response.url == reverse("flow_step", args=[offer.pk, 2])
    assert (offer.company, offer.role, offer.contact_email) == (
        "Northwind Analytics",
        "Staff Engineer",
        "priya@northwind.example",
    )
    assert offer.status == Offer.Status.CONSIDERING


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("company", "", "This field is required."),
        ("role", "   ", "This field is required."),
        ("contact_email", "priya@", "Enter a valid email address."),
        ("received_on", "31/02/2026", "Enter a valid date."),
    ],
)
def test_add_an_offer_shows_field_errors_and_keeps_the_input(owner_client, owner, field, value, message):
    response = owner_client.post(reverse("offer_new"), offer_data(**{field: value}))
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    body = response.content.decode()
    assert 'value="Priya Lee"' in body  # the rest of what was typed is still there
    assert "Lovely team." in body
    assert not Offer.objects.filter(owner=owner).exists()


def test_respond_by_before_received_on_is_an_error_on_the_deadline(owner_client, owner):
    response = owner_client.post(reverse("offer_new"), offer_data(received_on="2026-11-20", respond_by="2026-11-10"))
    errors = response.context["form"].errors
    assert list(errors) == ["respond_by"]
    assert "is before the day you received the offer" in errors["respond_by"][0]
    assert not Offer.objects.filter(owner=owner).exists()


def test_offer_detail_as_owner(owner_client, owner):
    offer = OfferFactory(owner=owner, company="Northwind Analytics", notes="Call back on Friday")
    response = owner_client.get(offer.get_absolute_url())
    assert response.status_code == 200
    assert "Northwind Analytics" in response.content.decode()
    assert "Call back on Friday" in response.content.decode()


def test_offer_detail_is_404_for_another_user(outsider_client, owner):
    offer = OfferFactory(owner=owner)
    assert outsider_client.get(offer.get_absolute_url()).status_code == 404


def test_offer_detail_needs_login(client, owner):
    offer = OfferFactory(owner=owner)
    response = client.get(offer.get_absolute_url())
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_edit_an_offer(owner_client, owner):
    offer = OfferFactory(owner=owner)
    response = owner_client.post(reverse("offer_edit", args=[offer.pk]), offer_data(role="Principal Engineer"))
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.role == "Principal Engineer"


def test_edit_is_404_for_another_user(outsider_client, owner):
    offer = OfferFactory(owner=owner, role="Data Engineer")
    url = reverse("offer_edit", args=[offer.pk])
    assert outsider_client.get(url).status_code == 404
    assert outsider_client.post(url, offer_data(role="Hacked")).status_code == 404
    offer.refresh_from_db()
    assert offer.role == "Data Engineer"


def test_edit_needs_login(client, owner):
    offer = OfferFactory(owner=owner)
    response = client.get(reverse("offer_edit", args=[offer.pk]))
    assert response.status_code == 302


def test_add_offer_needs_login(client):
    response = client.get(reverse("offer_new"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))

"""A decision made on an earlier day is recorded with that day, and accepting
one offer offers to decline the others (§9)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from declines.models import Offer
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


def reflect_url(offer):
    return reverse("flow_step", args=[offer.pk, 2])


def test_accepting_on_an_earlier_day_records_that_day(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2, received_on=today() - dt.timedelta(10))
    day = today() - dt.timedelta(4)
    owner_client.post(reflect_url(offer), {"decision": "accept", "decided_on": day.isoformat()})
    offer.refresh_from_db()
    assert offer.status == Offer.Status.ACCEPTED
    assert timezone.localdate(offer.decided_at) == day


def test_accepting_without_a_day_records_today(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    owner_client.post(reflect_url(offer), {"decision": "accept", "decided_on": ""})
    offer.refresh_from_db()
    assert timezone.localdate(offer.decided_at) == today()


@pytest.mark.parametrize(
    ("shift", "error"),
    [(2, "That day has not come yet"), (-20, "That is before the offer arrived")],
)
def test_a_decision_day_in_the_future_or_before_the_offer_is_refused_beside_the_field(
    owner_client, owner, shift, error
):
    offer = OfferFactory(owner=owner, flow_step=2, received_on=today() - dt.timedelta(10))
    typed = (today() + dt.timedelta(shift)).isoformat()
    response = owner_client.post(
        reflect_url(offer), {"growth": "4", "goals": "Lead a team", "decision": "accept", "decided_on": typed}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["decided_on"][0].startswith(error)
    body = response.content.decode()
    field = body[body.index('id="id_decided_on"') - 400 : body.index('id="id_decided_on"') + 800]
    assert f'value="{typed}"' in field and error in field
    assert "Lead a team" in body  # nothing typed is lost
    offer.refresh_from_db()
    assert (offer.status, offer.decided_at) == (Offer.Status.CONSIDERING, None)


def test_a_decision_day_is_ignored_when_declining(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    typed = (today() + dt.timedelta(5)).isoformat()
    response = owner_client.post(reflect_url(offer), {"decision": "decline", "decided_on": typed})
    assert response.url == reverse("flow_step", args=[offer.pk, 3])


def test_accepting_lists_the_other_open_offers_each_with_decline_this_one(owner_client, owner, outsider):
    offer = OfferFactory(owner=owner, flow_step=2, company="Northwind")
    contoso = OfferFactory(owner=owner, flow_step=3, company="Contoso", respond_by=today() + dt.timedelta(2))
    fabrikam = OfferFactory(owner=owner, flow_step=1, company="Fabrikam", respond_by=None)
    OfferFactory(owner=owner, company="Already Declined", status="declined", decided_at=timezone.now())
    OfferFactory(owner=outsider, company="Not Yours")
    response = owner_client.post(reflect_url(offer), {"decision": "accept"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("offer_accepted", args=[offer.pk])
    body = response.content.decode()
    assert "Congratulations on the role at Northwind" in body
    assert "2 other offers are" in body
    assert body.index("Contoso") < body.index("Fabrikam")
    assert "Already Declined" not in body and "Not Yours" not in body
    assert f'href="{reverse("flow_step", args=[contoso.pk, 3])}" aria-label="Decline this one: ' in body
    assert f'href="{reverse("flow_step", args=[fabrikam.pk, 1])}" aria-label="Decline this one: ' in body
    assert "due in 2 days" in body


def test_with_no_other_open_offer_accepting_goes_to_the_offer(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    response = owner_client.post(reflect_url(offer), {"decision": "accept"}, follow=True)
    assert response.redirect_chain[-1][0] == offer.get_absolute_url()


def test_the_prompt_is_for_accepted_offers_only_and_only_their_owner(owner_client, outsider_client, owner):
    accepted = OfferFactory(owner=owner, status="accepted", decided_at=timezone.now())
    OfferFactory(owner=owner, company="Contoso")
    assert outsider_client.get(reverse("offer_accepted", args=[accepted.pk])).status_code == 404
    assert owner_client.get(reverse("offer_accepted", args=[accepted.pk])).status_code == 200
    open_one = OfferFactory(owner=owner)
    response = owner_client.get(reverse("offer_accepted", args=[open_one.pk]))
    assert response.url == open_one.get_absolute_url()

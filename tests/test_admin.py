"""The admin lists every model, with working search and filters, for staff only."""

import pytest
from django.contrib import admin
from django.urls import reverse

from declines import models
from tests.factories import (
    DraftFactory,
    EmailTemplateFactory,
    FollowUpFactory,
    InteractionFactory,
    OfferFactory,
    ReflectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

MODELS = [
    models.Offer,
    models.Reflection,
    models.Profile,
    models.EmailTemplate,
    models.TemplateRevision,
    models.Draft,
    models.FollowUp,
    models.Interaction,
]


@pytest.fixture
def staff_client(client):
    staff = UserFactory(username="staff", is_staff=True, is_superuser=True)
    client.force_login(staff, backend="django.contrib.auth.backends.ModelBackend")
    offer = OfferFactory(company="Northwind Analytics")
    ReflectionFactory(offer=offer)
    template = EmailTemplateFactory(owner=offer.owner, name="Northwind note")
    models.TemplateRevision.objects.create(template=template, number=1, name="Northwind note", body="x")
    DraftFactory(offer=offer)
    FollowUpFactory(offer=offer)
    InteractionFactory(offer=offer)
    return client


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_is_registered_with_search_and_columns(model):
    model_admin = admin.site._registry[model]
    assert model_admin.search_fields
    assert len(model_admin.list_display) >= 2


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_staff_can_list_search_and_filter(staff_client, model):
    url = reverse(f"admin:declines_{model._meta.model_name}_changelist")
    response = staff_client.get(url)
    assert response.status_code == 200
    changelist = response.context["cl"]
    assert changelist.result_count >= 1
    assert len(changelist.filter_specs) == len(admin.site._registry[model].list_filter)
    term = "staff" if model is models.Profile else "Northwind"
    searched = staff_client.get(url, {"q": term})
    assert searched.context["cl"].result_count == 1
    nothing = staff_client.get(url, {"q": "zzz-no-such-thing"})
    assert nothing.context["cl"].result_count == 0


def test_the_admin_is_closed_to_ordinary_users(owner_client):
    response = owner_client.get(reverse("admin:declines_offer_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response.url

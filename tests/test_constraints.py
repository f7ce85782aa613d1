"""Every named constraint holds in the database, and clean() says the same in words."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from declines.models import EmailTemplate, Offer, Profile, TemplateRevision
from tests.factories import (
    DraftFactory,
    EmailTemplateFactory,
    FollowUpFactory,
    InteractionFactory,
    OfferFactory,
    ReflectionFactory,
)

pytestmark = pytest.mark.django_db


def refused(constraint_name, *, unique=False):
    """The statement inside is refused by the database, by the named constraint.

    PostgreSQL names every constraint it enforces; SQLite names CHECK
    constraints but reports a unique violation by its columns.
    """
    if unique and connection.vendor == "sqlite":
        return pytest.raises(IntegrityError, match="UNIQUE constraint failed")
    return pytest.raises(IntegrityError, match=constraint_name)


def test_respond_by_cannot_be_before_received_on(owner):
    offer = OfferFactory(owner=owner)
    offer.respond_by = offer.received_on - dt.timedelta(days=1)
    with refused("offer_respond_by_not_before_received_on"), transaction.atomic():
        offer.save()
    with pytest.raises(ValidationError) as error:
        offer.clean()
    assert "respond_by" in error.value.message_dict


def test_respond_by_may_equal_received_on(owner):
    offer = OfferFactory(owner=owner)
    offer.respond_by = offer.received_on
    offer.save()
    offer.clean()
    assert Offer.objects.get(pk=offer.pk).respond_by == offer.received_on


def test_a_decision_needs_a_decided_at(owner):
    offer = OfferFactory(owner=owner, status=Offer.Status.DECLINED, decided_at=timezone.now())
    offer.decided_at = None
    with refused("offer_decided_at_iff_decision"), transaction.atomic():
        offer.save()
    with pytest.raises(ValidationError) as error:
        offer.clean()
    assert "decided_at" in error.value.message_dict


def test_an_open_offer_has_no_decided_at(owner):
    offer = OfferFactory(owner=owner)
    offer.decided_at = timezone.now()
    with refused("offer_decided_at_iff_decision"), transaction.atomic():
        offer.save()
    with pytest.raises(ValidationError):
        offer.clean()


@pytest.mark.parametrize("status", [Offer.Status.WITHDRAWN, Offer.Status.EXPIRED])
def test_withdrawn_and_expired_are_not_decisions(owner, status):
    offer = OfferFactory(owner=owner, status=status)
    assert offer.decided_at is None
    offer.decided_at = timezone.now()
    with refused("offer_decided_at_iff_decision"), transaction.atomic():
        offer.save()


def test_status_must_be_known(owner):
    offer = OfferFactory(owner=owner)
    with refused("offer_status_valid"), transaction.atomic():
        Offer.objects.filter(pk=offer.pk).update(status="pondering")


def test_flow_step_stays_between_1_and_5(owner):
    offer = OfferFactory(owner=owner)
    with refused("offer_flow_step_1_to_5"), transaction.atomic():
        Offer.objects.filter(pk=offer.pk).update(flow_step=6)
    with refused("offer_flow_step_1_to_5"), transaction.atomic():
        Offer.objects.filter(pk=offer.pk).update(flow_step=0)


@pytest.mark.parametrize("value", [0, 6])
def test_reflection_ratings_stay_between_1_and_5(owner, value):
    reflection = ReflectionFactory(offer=OfferFactory(owner=owner))
    reflection.growth = value
    with refused("reflection_growth_1_to_5"), transaction.atomic():
        reflection.save()
    with pytest.raises(ValidationError) as error:
        reflection.clean()
    assert "growth" in error.value.message_dict


def test_reflection_ratings_may_be_left_blank(owner):
    reflection = ReflectionFactory(offer=OfferFactory(owner=owner), growth=None)
    reflection.clean()
    assert reflection.growth is None


def test_reminder_days_at_most_30(owner):
    profile = owner.profile
    profile.reminder_days_before = 31
    with refused("profile_reminder_days_at_most_30"), transaction.atomic():
        profile.save()
    with pytest.raises(ValidationError):
        profile.clean()


def test_calendar_token_cannot_be_empty(owner):
    with refused("profile_calendar_token_not_empty"), transaction.atomic():
        Profile.objects.filter(user=owner).update(calendar_token="")


def test_template_names_are_unique_per_owner(owner, outsider):
    EmailTemplateFactory(owner=owner, name="Short and kind")
    EmailTemplateFactory(owner=outsider, name="Short and kind")  # another owner may reuse it
    with refused("emailtemplate_unique_name_per_owner", unique=True), transaction.atomic():
        EmailTemplateFactory(owner=owner, name="Short and kind")


def test_a_deleted_template_frees_its_name(owner):
    EmailTemplateFactory(owner=owner, name="Short and kind", deleted_at=timezone.now())
    EmailTemplateFactory(owner=owner, name="Short and kind")
    assert EmailTemplate.objects.owned_by(owner).filter(name="Short and kind").count() == 1


def test_builtin_slugs_are_unique():
    EmailTemplateFactory(owner=None, slug="decline-brief")
    with refused("emailtemplate_unique_builtin_slug", unique=True), transaction.atomic():
        EmailTemplateFactory(owner=None, slug="decline-brief", name="Another")


def test_a_builtin_needs_a_slug():
    with refused("emailtemplate_builtin_has_slug"), transaction.atomic():
        EmailTemplateFactory(owner=None, slug="")
    with pytest.raises(ValidationError):
        EmailTemplate(owner=None, slug="", name="x", body="y").clean()


def test_template_kind_must_be_known(owner):
    template = EmailTemplateFactory(owner=owner)
    with refused("emailtemplate_kind_valid"), transaction.atomic():
        EmailTemplate.objects.filter(pk=template.pk).update(kind="memo")


def test_revision_numbers_are_unique_per_template(owner):
    template = EmailTemplateFactory(owner=owner)
    TemplateRevision.objects.create(template=template, number=1, name="a", body="b")
    with refused("templaterevision_unique_number", unique=True), transaction.atomic():
        TemplateRevision.objects.create(template=template, number=1, name="a", body="c")


def test_draft_version_is_positive(owner):
    draft = DraftFactory(offer=OfferFactory(owner=owner))
    with refused("draft_version_positive"), transaction.atomic():
        type(draft).objects.filter(pk=draft.pk).update(version=0)


def test_draft_kind_must_be_known(owner):
    draft = DraftFactory(offer=OfferFactory(owner=owner))
    with refused("draft_kind_valid"), transaction.atomic():
        type(draft).objects.filter(pk=draft.pk).update(kind="memo")


def test_follow_up_kind_must_be_known(owner):
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner))
    with refused("followup_kind_valid"), transaction.atomic():
        type(follow_up).objects.filter(pk=follow_up.pk).update(kind="party")


def test_interaction_channel_must_be_known(owner):
    interaction = InteractionFactory(offer=OfferFactory(owner=owner))
    with refused("interaction_channel_valid"), transaction.atomic():
        type(interaction).objects.filter(pk=interaction.pk).update(channel="pigeon")


@pytest.mark.parametrize("door_open", [["future_roles", "free_lunch"], "linkedin", {"linkedin": True}])
def test_door_open_holds_only_known_choices(owner, door_open):
    offer = OfferFactory(owner=owner)
    offer.door_open = door_open
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert "Door-open choices must be a list of: future_roles" in error.value.message_dict["door_open"][0]


def test_an_offer_holding_an_old_door_open_code_can_still_be_edited(owner, owner_client):
    """The check once sat in Offer.clean(), which the edit form (without the field) turned into a 500."""
    offer = OfferFactory(owner=owner, door_open=["old_code"])
    data = {
        "company": "Renamed Ltd",
        "role": offer.role,
        "contact_name": offer.contact_name,
        "received_on": offer.received_on.isoformat(),
    }
    response = owner_client.post(reverse("offer_edit", args=[offer.pk]), data)
    assert response.status_code == 302
    offer.refresh_from_db()
    assert (offer.company, offer.door_open) == ("Renamed Ltd", ["old_code"])
    assert offer.approach_key()  # and the flow can still read it


def test_the_admin_refuses_an_unknown_door_open_choice_beside_the_field(owner, rf):
    from django.contrib import admin

    offer = OfferFactory(owner=owner, door_open=["linkedin"])
    model_admin = admin.site._registry[Offer]
    request = rf.get("/")
    request.user = owner
    form_class = model_admin.get_form(request, offer)
    data = {name: value for name, value in form_class(instance=offer).initial.items() if value is not None}
    data.update(door_open='["linkedin", "free_lunch"]', owner=owner.pk, status=offer.status)
    form = form_class(data, instance=offer)
    assert not form.is_valid()
    assert "Door-open choices must be a list of" in form.errors["door_open"][0]
    offer.refresh_from_db()
    assert offer.door_open == ["linkedin"]

"""Factories for the rows tests need; tests never build rows by hand."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from declines import models


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def profile(user, create, extracted, **kwargs):
        if create:
            user.save()  # which gives the user their profile
            user.profile.full_name = kwargs.get("full_name", "Alex Morgan")
            user.profile.save()


class OfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Offer

    owner = factory.SubFactory(UserFactory)
    company = factory.Sequence(lambda n: f"Company {n}")
    role = "Senior Data Engineer"
    contact_name = "Priya Lee"
    contact_email = "priya.lee@example.com"
    contact_title = "Head of Talent"
    received_on = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=3))
    respond_by = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=4))
    reason = models.Reason.ANOTHER_OFFER
    tone = models.Tone.WARM
    medium = models.Medium.EMAIL
    door_open = factory.LazyFunction(lambda: [models.DoorOpen.FUTURE_ROLES, models.DoorOpen.LINKEDIN])
    people_to_thank = "Sam Ortiz\nJordan Blake"


class ReflectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Reflection

    offer = factory.SubFactory(OfferFactory)
    culture = 4
    growth = 3
    work_life = 2
    development = 3
    compensation = 4
    stability = 5
    mentorship = 3


class EmailTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.EmailTemplate

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"My template {n}")
    kind = models.TemplateKind.DECLINE
    tone = models.Tone.WARM
    subject = "Your offer for the {{ role }} role"
    body = "{{ greeting }}\n\nThank you for the offer to join {{ company }} as {{ role }}.\n\n{{ signature }}"


class DraftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Draft

    offer = factory.SubFactory(OfferFactory)
    kind = models.TemplateKind.DECLINE
    subject = "Your offer for the Senior Data Engineer role"
    body = "Dear Priya,\n\nThank you for the offer."


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.FollowUp

    offer = factory.SubFactory(OfferFactory)
    owner = factory.LazyAttribute(lambda follow_up: follow_up.offer.owner)
    kind = models.FollowUp.Kind.CHECK_IN
    due_on = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=90))


class InteractionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Interaction

    offer = factory.SubFactory(OfferFactory)
    channel = models.Interaction.Channel.EMAIL
    note = "Replied to their newsletter."


def offer_form_data(**overrides) -> dict:
    """What a user types on the offer form (step 1), as posted."""
    today = timezone.localdate()
    data = {
        "company": "Northwind Analytics",
        "role": "Staff Engineer",
        "contact_name": "Priya Lee",
        "contact_honorific": "",
        "contact_title": "Head of Talent",
        "contact_email": "priya@northwind.example",
        "received_on": today.isoformat(),
        "respond_by": (today + dt.timedelta(days=5)).isoformat(),
        "salary_note": "",
        "notes": "Lovely team.",
    }
    return {**data, **overrides}


class CoachingFactory(factory.django.DjangoModelFactory):
    """A client and their coach, sharing nothing yet."""

    class Meta:
        model = models.Coaching

    client = factory.SubFactory(UserFactory)
    coach = factory.SubFactory(UserFactory, profile__full_name="Jo Baker")


class SharedOfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SharedOffer

    coaching = factory.SubFactory(CoachingFactory)
    offer = factory.SubFactory(OfferFactory, owner=factory.SelfAttribute("..coaching.client"))


class DraftCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.DraftComment

    draft = factory.SubFactory(DraftFactory)
    author = factory.SubFactory(UserFactory)
    paragraph = 1
    quote = "Thank you for the offer."
    body = "Warmer, perhaps?"

"""Every built-in template, composed for a real offer, is a finished email that
follows the advice: no blanks, a subject about the offer, a sensible length,
and every rule of the review checklist passing — the mix-up check included,
with other offers whose names are also ordinary words.

Each template is composed for an offer whose approach matches it (its reason,
tone and medium), both with a named contact and with none, so the fallbacks
are held to the same standard.
"""

import datetime as dt
import re

import pytest
from django.core.management import call_command

from declines.composer import compose
from declines.models import DoorOpen, EmailTemplate, Reason, TemplateKind, Tone
from declines.review.engine import ReviewContext, other_offers_of, review
from tests.factories import OfferFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 11, 26)
EMAIL_KINDS = {TemplateKind.DECLINE, TemplateKind.THANK_YOU, TemplateKind.CHECK_IN, TemplateKind.ANSWER}


@pytest.fixture
def starter(db):
    call_command("load_starter_library", verbosity=0)
    return list(EmailTemplate.objects.builtin().order_by("slug"))


def offer_for(template, owner, *, contact_name):
    return OfferFactory(
        owner=owner,
        company="Northwind Analytics",
        role="Senior Data Engineer",
        contact_name=contact_name,
        received_on=TODAY - dt.timedelta(days=5),
        respond_by=TODAY + dt.timedelta(days=3),
        reason=template.reason or Reason.ANOTHER_OFFER,
        reason_detail="",
        tone=template.tone or Tone.WARM,
        medium=template.medium or "email",
        door_open=[DoorOpen.FUTURE_ROLES, DoorOpen.LINKEDIN],
        people_to_thank="Sam Ortiz\nJordan Blake",
    )


def test_the_library_is_complete(starter):
    declines = {(t.reason, t.tone) for t in starter if t.kind == TemplateKind.DECLINE and t.medium == "email"}
    assert declines == {(reason, tone) for reason in Reason.values for tone in Tone.values}
    kinds = [t.kind for t in starter]
    assert kinds.count(TemplateKind.CHECK_IN) == 3
    assert kinds.count(TemplateKind.ANSWER) == 3
    assert kinds.count(TemplateKind.PHONE_SCRIPT) == 1
    assert kinds.count(TemplateKind.LINKEDIN_NOTE) == 1
    assert kinds.count(TemplateKind.THANK_YOU) == 1


@pytest.mark.parametrize("contact_name", ["Priya Lee", ""], ids=["named-contact", "no-contact"])
def test_every_starter_template_composes_into_a_finished_email(starter, contact_name):
    owner = UserFactory(profile__full_name="Alex Morgan")
    problems = []
    for template in starter:
        offer = offer_for(template, owner, contact_name=contact_name)
        email = compose(template, offer=offer, user=owner, today=TODAY)
        where = template.slug
        if re.search(r"\{\{|\}\}|\[[A-Za-z ]+\]", email.subject + email.text):
            problems.append(f"{where}: unfilled tag or blank")
        if "Senior Data Engineer" not in email.subject and "Northwind Analytics" not in email.subject:
            problems.append(f"{where}: subject names neither role nor company: {email.subject!r}")
        words = len(email.text.split())
        if template.kind in EMAIL_KINDS and not 50 <= words <= 200:
            problems.append(f"{where}: {words} words")
        if template.kind == TemplateKind.LINKEDIN_NOTE and len(email.text) > 300:
            problems.append(f"{where}: {len(email.text)} characters")
    assert problems == []


def other_offers(owner):
    """Offers the composed emails must not mix up with: names that are also words, a weekday, figures."""
    OfferFactory(owner=owner, company="Harbor", contact_name="Peter Watanabe", salary_note="£68,000")
    OfferFactory(owner=owner, company="Monday Labs", contact_name="Lena Novak", salary_note="$160k + equity")
    OfferFactory(owner=owner, company="Bloom", contact_name="Sam Ortiz", salary_note="€72,000")


@pytest.mark.parametrize("contact_name", ["Priya Lee", ""], ids=["named-contact", "no-contact"])
def test_every_starter_template_passes_every_review_rule(starter, contact_name):
    owner = UserFactory(profile__full_name="Alex Morgan")
    other_offers(owner)
    warnings = []
    checked = 0
    for template in starter:
        offer = offer_for(template, owner, contact_name=contact_name)
        email = compose(template, offer=offer, user=owner, today=TODAY)
        context = ReviewContext.for_offer(offer, kind=template.kind, today=TODAY, other_offers=other_offers_of(offer))
        assert any(other.company == "Monday Labs" for other in context.other_offers)
        results = review(subject=email.subject, text=email.text, context=context)
        checked += len(results)
        warnings += [f"{template.slug}: {r.key} — {r.message}" for r in results if not r.passed]
    assert warnings == []
    assert checked >= len(starter) * 6  # the rules really ran

"""The guided decline flow up to Compose: what each step saves, Back, the
stepper, what stood out, the Call step of "phone call first", template
matching, and who may see what. Compose's editor is the one draft editor,
tested in tests/test_drafts.py."""

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from declines import wording
from declines.composer import compose
from declines.models import Channel, Draft, EmailTemplate, Offer, Reflection, TemplateKind
from declines.services.drafts import draft_create
from declines.services.offers import CALL_NOTE
from declines.tracking import rank_templates, template_score
from declines.views import flow as flow_views
from tests.factories import DraftFactory, EmailTemplateFactory, OfferFactory, offer_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(db):
    call_command("load_starter_library", verbosity=0)


def step_url(offer, step):
    return reverse("flow_step", args=[offer.pk, step])


def approach_data(**overrides):
    data = {
        "reason": "compensation",
        "reason_detail": "",
        "tone": "formal",
        "medium": "email",
        "door_open": ["future_roles", "linkedin"],
        "people_to_thank": "Sam Ortiz\nJordan Blake",
    }
    return {**data, **overrides}


def draft_for(offer, slug="decline-another-offer-warm"):
    template = EmailTemplate.objects.get(slug=slug, owner=None)
    return draft_create(offer=offer, template=template, user=offer.owner)


# --- Who may see what -----------------------------------------------------------


def test_every_flow_page_needs_login(client, owner):
    offer = OfferFactory(owner=owner, flow_step=5)
    draft = DraftFactory(offer=offer)
    gets = [
        reverse("offer_new"),
        *(step_url(offer, step) for step in range(1, 6)),
        reverse("flow_call", args=[offer.pk]),
        reverse("offer_plan", args=[offer.pk]),
        reverse("draft_eml", args=[draft.pk]),
    ]
    for url in gets:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("login")), url
    for url in [reverse("draft_preview", args=[draft.pk]), reverse("draft_dismiss", args=[draft.pk])]:
        response = client.post(url, {"subject": "x", "body": "y", "dismiss": "gratitude"})
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


def test_another_users_offer_is_404_and_nothing_changes(outsider_client, owner, library):
    offer = OfferFactory(owner=owner, company="Owner Co", flow_step=5, reason="")
    draft = draft_for(offer)
    offer.refresh_from_db()
    before = Offer.objects.filter(pk=offer.pk).values().get()
    draft_before = Draft.objects.filter(pk=draft.pk).values().get()

    for step in range(1, 6):
        assert outsider_client.get(step_url(offer, step)).status_code == 404
    posts = {
        step_url(offer, 1): offer_form_data(company="Hacked"),
        step_url(offer, 2): {"culture": "1", "decision": "accept"},
        step_url(offer, 3): approach_data(reason="location"),
        step_url(offer, 4): {"action": "save", "subject": "Hacked", "body": "Hacked", "base_version": draft.version},
        step_url(offer, 5): {"action": "sent"},
        reverse("flow_call", args=[offer.pk]): {"action": "called", "called_on": timezone.localdate().isoformat()},
        reverse("draft_preview", args=[draft.pk]): {"subject": "x", "body": "y"},
        reverse("draft_dismiss", args=[draft.pk]): {"dismiss": "gratitude"},
        reverse("offer_plan", args=[offer.pk]): {},
    }
    for url, data in posts.items():
        assert outsider_client.post(url, data).status_code == 404, url
    for url in [
        reverse("draft_eml", args=[draft.pk]),
        reverse("flow_call", args=[offer.pk]),
        reverse("offer_plan", args=[offer.pk]),
    ]:
        assert outsider_client.get(url).status_code == 404, url

    assert Offer.objects.filter(pk=offer.pk).values().get() == before
    assert Draft.objects.filter(pk=draft.pk).values().get() == draft_before
    assert not Reflection.objects.filter(offer=offer).exists()
    assert offer.drafts.count() == 1
    assert not offer.follow_ups.exists()
    assert not offer.interactions.exists()


def test_a_deleted_offer_is_404(owner_client, owner):
    offer = OfferFactory(owner=owner, deleted_at=timezone.now())
    assert owner_client.get(step_url(offer, 1)).status_code == 404


# --- The stepper and moving between steps -----------------------------------------


def test_the_stepper_marks_the_current_step_and_links_only_steps_reached(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3)
    body = owner_client.get(step_url(offer, 2)).content.decode()
    assert body.count('aria-current="step"') == 1
    assert 'is-current" aria-current="step"' in body
    # On a step with a form, the steps reached are its buttons (they save on the way).
    assert 'name="go" value="offer"' in body and 'name="go" value="approach"' in body
    assert 'name="go" value="compose"' not in body and 'name="go" value="send"' not in body
    assert f'href="{step_url(offer, 4)}"' not in body
    assert 'Reflect<span class="visually-hidden"> (current step)' in body
    assert "{#" not in body and "#}" not in body  # a comment of the template's own, never the page's


def test_a_jump_beyond_the_furthest_step_goes_to_it(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    response = owner_client.get(step_url(offer, 5))
    assert response.status_code == 302
    assert response.url == step_url(offer, 2)


@pytest.mark.parametrize("step", [0, 6, 99])
def test_there_are_five_steps(owner_client, owner, step):
    offer = OfferFactory(owner=owner, flow_step=5)
    assert owner_client.get(step_url(offer, step)).status_code == 404


def test_an_accepted_offer_has_no_decline_flow(owner_client, owner):
    offer = OfferFactory(owner=owner, status=Offer.Status.ACCEPTED, decided_at=timezone.now(), flow_step=3)
    response = owner_client.get(step_url(offer, 3), follow=True)
    assert response.redirect_chain[-1][0] == offer.get_absolute_url()
    assert "nothing left to decline" in response.content.decode()


def test_a_declined_offer_opens_on_the_send_step(owner_client, owner):
    offer = OfferFactory(owner=owner, status=Offer.Status.DECLINED, decided_at=timezone.now(), flow_step=5)
    DraftFactory(offer=offer, sent_at=timezone.now())
    response = owner_client.get(step_url(offer, 2))
    assert response.url == step_url(offer, 5)
    page = owner_client.get(step_url(offer, 5)).content.decode()
    assert "You sent this decline on" in page
    assert "I sent it" not in page


# --- Step 1: the offer ------------------------------------------------------------


def test_decline_an_offer_starts_the_flow(owner_client, owner):
    response = owner_client.get(reverse("offer_new"), follow=True)
    ((started, _status),) = response.redirect_chain
    assert "Step 1 of 5" in response.content.decode()
    assert f'action="{started}"' in response.content.decode()
    response = owner_client.post(started, offer_form_data())
    offer = Offer.objects.get(owner=owner)
    assert response.status_code == 302
    assert response.url == step_url(offer, 2)
    assert (offer.company, offer.contact_email, offer.flow_step) == (
        "Northwind Analytics",
        "priya@northwind.example",
        2,
    )
    assert offer.status == Offer.Status.CONSIDERING


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("company", "  ", "This field is required."),
        ("role", "", "This field is required."),
        ("contact_email", "priya@@northwind", "Enter a valid email address."),
        ("received_on", "31/02/2026", "Enter a valid date."),
    ],
)
def test_step_one_errors_are_next_to_the_field_and_keep_the_input(owner_client, owner, field, value, message):
    response = owner_client.post(reverse("offer_new"), offer_form_data(**{field: value}))
    assert response.status_code == 200
    assert response.context["form"].errors == {field: [message]}
    body = response.content.decode()
    assert f'id="error_1_id_{field}"' in body
    assert 'value="Priya Lee"' in body
    assert "Lovely team." in body
    assert not Offer.objects.filter(owner=owner).exists()


def test_a_title_for_formal_emails_is_kept_as_typed_and_used_in_the_greeting(owner_client, owner):
    owner_client.post(reverse("offer_new"), offer_form_data(contact_honorific="  Dr  "))
    offer = Offer.objects.get(owner=owner)
    assert offer.contact_honorific == "Dr"
    offer.tone = "formal"
    assert wording.values_for(offer=offer, user=owner)["greeting"] == "Dear Dr Lee,"


@pytest.mark.parametrize(
    ("name", "honorific", "message"),
    [
        ("", "Dr", "Add their name above as well, or leave the title blank."),
        ("Priya Lee", "Dr Priya Lee (Head of Talent)", "Just the title, such as “Dr”, or the title and surname"),
        ("Priya Lee", "Ms 2", "Just the title, such as “Dr”, or the title and surname"),
    ],
)
def test_a_title_that_cannot_be_a_title_is_an_error_next_to_it(owner_client, owner, name, honorific, message):
    response = owner_client.post(reverse("offer_new"), offer_form_data(contact_name=name, contact_honorific=honorific))
    assert response.status_code == 200
    (error,) = response.context["form"].errors["contact_honorific"]
    assert error.startswith(message)
    assert 'id="error_1_id_contact_honorific"' in response.content.decode()
    assert not Offer.objects.filter(owner=owner).exists()


def test_a_deadline_before_the_offer_is_an_error_on_the_deadline(owner_client, owner):
    response = owner_client.post(
        reverse("offer_new"), offer_form_data(received_on="2026-11-20", respond_by="2026-11-10")
    )
    errors = response.context["form"].errors
    assert list(errors) == ["respond_by"]
    assert "is before the day you received the offer" in errors["respond_by"][0]
    assert not Offer.objects.filter(owner=owner).exists()


def test_editing_step_one_later_keeps_how_far_the_flow_got(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=4)
    response = owner_client.post(step_url(offer, 1), offer_form_data(role="Principal Engineer"))
    assert response.url == step_url(offer, 2)
    offer.refresh_from_db()
    assert (offer.role, offer.flow_step) == ("Principal Engineer", 4)


def test_a_mistyped_company_does_not_change_the_heading(owner_client, owner):
    offer = OfferFactory(owner=owner, company="Northwind", flow_step=2)
    response = owner_client.post(step_url(offer, 1), offer_form_data(company="", role="Engineer"))
    assert response.status_code == 200
    assert "Senior Data Engineer at Northwind" in response.content.decode()


# --- Step 2: reflect ----------------------------------------------------------------


def test_reflect_saves_the_ratings_and_shows_the_strongest_and_weakest_fit(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    data = {"culture": "4", "growth": "5", "compensation": "1", "goals": "Lead a team.", "decision": "decline"}
    response = owner_client.post(step_url(offer, 2), data)
    assert response.url == step_url(offer, 3)
    reflection = Reflection.objects.get(offer=offer)
    assert (reflection.culture, reflection.growth, reflection.compensation, reflection.work_life) == (4, 5, 1, None)
    assert reflection.goals == "Lead a team."
    offer.refresh_from_db()
    assert offer.flow_step == 3
    page = owner_client.get(step_url(offer, 3)).content.decode()
    assert "<dt>Strongest fit</dt><dd>Growth opportunities</dd>" in page
    assert "<dt>Weakest fit</dt><dd>Compensation</dd>" in page
    # ...and back on step 2 too, with the decision remembered.
    response = owner_client.get(step_url(offer, 2))
    assert "Strongest fit" in response.content.decode()
    assert response.context["form"]["decision"].value() == "decline"


def test_a_rating_given_by_mistake_can_be_taken_back(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    owner_client.post(step_url(offer, 2), {"culture": "4", "growth": "2", "decision": "decline"})
    page = owner_client.get(step_url(offer, 2)).content.decode()
    # Each factor offers "Not rated", chosen for those left alone.
    assert re.search(r'name="work_life" value=""\s+id="id_work_life_0" checked>', page)
    assert re.search(r'name="growth" value=""\s+id="id_growth_0">', page)
    owner_client.post(step_url(offer, 2), {"culture": "4", "growth": "", "decision": "decline"})
    reflection = Reflection.objects.get(offer=offer)
    assert (reflection.culture, reflection.growth) == (4, None)
    # One factor rated is said as one, not as "everything the same".
    assert "You rated one thing only: Company culture." in owner_client.get(step_url(offer, 3)).content.decode()


def test_reflect_needs_a_decision_to_continue(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    response = owner_client.post(step_url(offer, 2), {"culture": "3", "goals": "Grow."})
    assert response.status_code == 200
    assert response.context["form"].errors["decision"] == ["Choose one: decline, keep thinking, or accept."]
    # The summary at the top: the question, then what to do, without "?:".
    assert "What do you want to do? Choose one: decline, keep thinking, or accept." in response.content.decode()
    assert "Grow." in response.content.decode()
    assert not Reflection.objects.filter(offer=offer).exists()


def test_back_from_reflect_keeps_the_ratings_without_a_decision(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    response = owner_client.post(step_url(offer, 2), {"action": "back", "culture": "2", "note": "Think more"})
    assert response.url == step_url(offer, 1)
    reflection = Reflection.objects.get(offer=offer)
    assert (reflection.culture, reflection.note) == (2, "Think more")
    offer.refresh_from_db()
    assert offer.flow_step == 2
    assert owner_client.get(step_url(offer, 2)).context["form"]["culture"].value() == 2


def test_back_from_reflect_keeps_the_decision_chosen_for_the_return(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    owner_client.post(step_url(offer, 2), {"action": "back", "culture": "4", "decision": "thinking"})
    offer.refresh_from_db()
    assert offer.status == "considering"  # nothing decided by going back
    assert owner_client.get(step_url(offer, 2)).context["form"]["decision"].value() == "thinking"
    # Once the step is sent, the waiting choice is gone.
    owner_client.post(step_url(offer, 2), {"culture": "4", "decision": "decline"})
    assert owner_client.get(step_url(offer, 2)).context["form"]["decision"].value() == "decline"


def test_a_rating_out_of_range_is_refused(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    response = owner_client.post(step_url(offer, 2), {"culture": "9", "decision": "decline"})
    assert "culture" in response.context["form"].errors
    assert not Reflection.objects.filter(offer=offer).exists()


def test_accepting_records_the_decision_and_ends_the_flow(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2, company="Northwind")
    response = owner_client.post(step_url(offer, 2), {"growth": "5", "decision": "accept"}, follow=True)
    assert response.redirect_chain[-1][0] == offer.get_absolute_url()
    assert "Congratulations on the role at Northwind" in response.content.decode()
    offer.refresh_from_db()
    assert offer.status == Offer.Status.ACCEPTED
    assert offer.decided_at is not None
    assert Reflection.objects.get(offer=offer).growth == 5
    assert owner_client.get(step_url(offer, 3)).url == offer.get_absolute_url()


def test_still_thinking_saves_and_returns_to_the_dashboard(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    response = owner_client.post(step_url(offer, 2), {"culture": "3", "decision": "thinking"})
    assert response.url == reverse("dashboard")
    offer.refresh_from_db()
    assert (offer.status, offer.decided_at, offer.flow_step) == (Offer.Status.CONSIDERING, None, 2)
    assert Reflection.objects.get(offer=offer).culture == 3


# --- Step 3: approach -------------------------------------------------------------


def test_approach_saves_the_choices_that_drive_the_email(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3, reason="", door_open=[], people_to_thank="")
    response = owner_client.post(step_url(offer, 3), approach_data(people_to_thank="  Sam   Ortiz \n\nJordan Blake "))
    assert response.url == step_url(offer, 4)
    offer.refresh_from_db()
    assert (offer.reason, offer.tone, offer.medium, offer.flow_step) == ("compensation", "formal", "email", 4)
    assert offer.door_open == ["future_roles", "linkedin"]
    assert offer.people_to_thank == "Sam Ortiz\nJordan Blake"
    values = wording.values_for(offer=offer, user=owner)
    assert values["greeting"] == "Dear Priya,"
    assert "LinkedIn" in values["door_open_sentence"]
    assert values["thanks_sentence"] == (
        "I am grateful for your time, and please pass my thanks on to Sam and Jordan as well."
    )


def test_a_door_choice_the_reason_leaves_out_of_the_email_is_said_so(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3, reason="", door_open=[], people_to_thank="")
    data = approach_data(reason="career_direction", door_open=["future_roles", "linkedin", "careers_page"])
    response = owner_client.post(step_url(offer, 3), data, follow=True)
    assert response.redirect_chain[-1][0] == step_url(offer, 4)
    assert (
        "Your email leaves out “Open to future roles” and “Watch the careers page”: with “Career direction” as "
        "your reason it says you are moving to other work"
    ) in " ".join(response.content.decode().split())
    offer.refresh_from_db()
    door = wording.values_for(offer=offer, user=owner)["door_open_sentence"]
    assert "LinkedIn" in door and not re.search(r"careers page|openings|vacancies|role", door)
    # Another reason keeps every choice, and says nothing.
    response = owner_client.post(step_url(offer, 3), {**data, "reason": "compensation"}, follow=True)
    assert "leaves out" not in response.content.decode()


def test_approach_needs_a_reason(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3, reason="")
    response = owner_client.post(step_url(offer, 3), approach_data(reason="", reason_detail="My own words"))
    assert response.context["form"].errors["reason"] == ["Choose a reason — “Prefer not to say” is fine."]
    assert "My own words" in response.content.decode()
    offer.refresh_from_db()
    assert offer.flow_step == 3


def test_back_from_approach_saves_without_a_reason(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3, reason="")
    response = owner_client.post(step_url(offer, 3), approach_data(action="back", reason="", tone="brief"))
    assert response.url == step_url(offer, 2)
    offer.refresh_from_db()
    assert (offer.tone, offer.reason, offer.flow_step) == ("brief", "", 3)


def test_a_step_chosen_in_the_progress_list_saves_what_was_typed_on_the_way(owner_client, owner):
    """Following a step's link from Approach dropped what stood out and the tone, unsaved (JavaScript or not)."""
    offer = OfferFactory(owner=owner, flow_step=4, reason="", what_stood_out="", tone="warm")
    page = owner_client.get(step_url(offer, 3)).content.decode()
    assert 'form="step-form" name="go" value="reflect" formnovalidate' in page and 'id="step-form"' in page
    typed = approach_data(go="reflect", reason="", tone="formal", what_stood_out="the robot arm demo")
    response = owner_client.post(step_url(offer, 3), typed)
    assert response.url == step_url(offer, 2)
    offer.refresh_from_db()
    assert (offer.what_stood_out, offer.tone, offer.flow_step) == ("the robot arm demo", "formal", 4)
    # From Reflect to the offer, the ratings come along; from the offer on to Approach, its fields.
    response = owner_client.post(step_url(offer, 2), {"go": "offer", "culture": "2", "note": "Think more"})
    assert response.url == step_url(offer, 1)
    assert Reflection.objects.get(offer=offer).note == "Think more"
    response = owner_client.post(step_url(offer, 1), offer_form_data(go="approach", company="Northwind Two"))
    assert response.url == step_url(offer, 3)
    offer.refresh_from_db()
    assert (offer.company, offer.flow_step) == ("Northwind Two", 4)


def test_a_step_ahead_in_the_progress_list_is_checked_as_continue_is(owner_client, owner, library):
    """Jumping to Compose from Approach with the reason cleared saved an empty reason and went on."""
    offer = OfferFactory(owner=owner, flow_step=4)
    response = owner_client.post(step_url(offer, 3), approach_data(go="compose", reason=""))
    assert response.status_code == 200 and "Choose a reason" in response.content.decode()
    offer.refresh_from_db()
    assert offer.reason != ""
    response = owner_client.post(step_url(offer, 3), approach_data(go="compose", reason="location"))
    assert response.url == step_url(offer, 4)
    # Enter presses "Save and continue": it comes before the progress list's buttons.
    page = owner_client.get(step_url(offer, 3)).content.decode()
    assert page.index('name="action" value="continue"') < page.index('name="go"')


def test_a_step_not_offered_in_the_progress_list_is_no_way_round_the_form(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3, reason="")
    response = owner_client.post(step_url(offer, 3), approach_data(go="send", reason=""))
    assert response.status_code == 200 and "Choose a reason" in response.content.decode()
    offer.refresh_from_db()
    assert offer.flow_step == 3


def test_the_compose_step_keeps_its_progress_list_as_links(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft_for(offer)
    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert 'name="go"' not in page and f'<a class="flow-stepper-link" href="{step_url(offer, 3)}">' in page


def test_the_compose_step_says_what_stood_out_in_another_language_is_left_out(owner_client, owner, library):
    """An English email cannot take "me preguntaron sobre ajuste por inflación" in: the user is told."""
    offer = OfferFactory(
        owner=owner,
        flow_step=4,
        what_stood_out="me preguntaron sobre ajuste por inflación\nthe tour of the paella kitchen in Valencia",
    )
    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert "Left out of this email" in page and "“me preguntaron sobre ajuste por inflación”" in page
    email = page.split('id="template-preview"')[1].split('id="left-out"')[0]
    assert "preguntaron" not in email and "paella kitchen in Valencia" in email


def test_the_compose_step_says_what_stood_out_about_the_offers_terms_is_left_out(owner_client, owner, library):
    """ "I very much enjoyed profit sharing." (readers: "a perk never received"): the user is told instead."""
    offer = OfferFactory(
        owner=owner, flow_step=4, what_stood_out="profit sharing\nthe tour of the paella kitchen in Valencia"
    )
    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert 'id="left-out-terms"' in page and "“profit sharing”" in page
    email = page.split('id="template-preview"')[1].split('id="left-out-terms"')[0]
    assert "profit sharing" not in email and "paella kitchen in Valencia" in email


def test_the_compose_step_leaves_nothing_out_of_an_english_note(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4, what_stood_out="the paella de la casa lunch with the team")
    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert "Left out of this email" not in page and "paella de la casa lunch" in page


def test_approach_refuses_unknown_door_open_choices(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3)
    response = owner_client.post(step_url(offer, 3), approach_data(door_open=["free_lunch"]))
    assert "door_open" in response.context["form"].errors


# --- What stood out (step 3) --------------------------------------------------------


def test_approach_keeps_what_stood_out_tidied_and_the_email_mentions_it(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=3, contact_name="Priya Lee", tone="warm", medium="email")
    typed = "  Priya's question about how I'd   mentor junior engineers \n\n  the whiteboard session  "
    response = owner_client.post(step_url(offer, 3), approach_data(tone="warm", what_stood_out=typed))
    assert response.url == step_url(offer, 4)
    offer.refresh_from_db()
    assert offer.what_stood_out == "Priya's question about how I'd mentor junior engineers\nthe whiteboard session"
    # The reader is "you", and both things go into one sentence of the email.
    sentence = wording.values_for(offer=offer, user=owner)["stood_out_sentence"]
    assert "your question about how I'd mentor junior engineers and the whiteboard session" in sentence
    assert "Priya" not in sentence
    text = compose(draft_for(offer, "decline-compensation-warm"), offer=offer, user=owner).text
    assert text.count("your question about how I'd mentor junior engineers") == 1


def test_the_approach_step_asks_for_a_reason_in_the_users_own_words_with_an_example(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3)
    page = owner_client.get(step_url(offer, 3)).content.decode()
    assert "one honest sentence about your own goals, used instead of the suggested one" in page
    assert "decided to stay hands-on with hardware for a few more years”" in page


def test_the_approach_step_explains_what_stood_out_with_examples(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3)
    page = owner_client.get(step_url(offer, 3)).content.decode()
    assert re.search(r'for="id_what_stood_out" class="form-label">\s*What stood out', page)
    assert "a project you discussed, a question, a kindness — and why it stayed with you" in page
    assert "“the whiteboard session on your pipeline rebuild — it showed me how the team really works”" in page


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("the demo\nthe lunch\nyour question", "Keep it to one or two things, one a line (there are 3)"),
        ("x" * 301, "Keep it to 300 characters (it has 301)"),
    ],
)
def test_too_much_of_what_stood_out_is_an_error_next_to_it_and_nothing_is_lost(owner_client, owner, typed, message):
    offer = OfferFactory(owner=owner, flow_step=3, what_stood_out="the demo")
    response = owner_client.post(step_url(offer, 3), approach_data(what_stood_out=typed, reason_detail="Mine."))
    assert response.status_code == 200
    (error,) = response.context["form"].errors["what_stood_out"]
    assert error.startswith(message)
    body = response.content.decode()
    assert 'id="error_1_id_what_stood_out"' in body
    assert typed.split("\n")[-1] in body and "Mine." in body
    offer.refresh_from_db()
    assert (offer.what_stood_out, offer.flow_step) == ("the demo", 3)


def test_without_what_stood_out_the_sentence_leaves_no_trace(owner, library):
    offer = OfferFactory(owner=owner, what_stood_out="", reason="compensation", tone="warm")
    text = compose(draft_for(offer, "decline-compensation-warm"), offer=offer, user=owner).text
    assert "  " not in text and " \n" not in text and "\n\n\n" not in text
    assert "stayed with me" not in text and "appreciated" not in text


# --- The Call step, for "phone call first" -------------------------------------------


def call_url(offer):
    return reverse("flow_call", args=[offer.pk])


def phone_offer(owner, **fields):
    fields = {"flow_step": 4, "medium": "phone", "received_on": timezone.localdate() - dt.timedelta(days=10), **fields}
    return OfferFactory(owner=owner, company="Northwind", **fields)


@pytest.mark.parametrize(
    ("tone", "said"),
    [
        ("warm", "Is now a good moment to talk about"),
        ("formal", "Is this a convenient time to speak about"),
        ("brief", "Is now a good time for a quick word about"),
    ],
)
def test_the_call_script_is_in_the_tone_chosen(owner_client, owner, library, tone, said):
    offer = phone_offer(owner, tone=tone)
    page = " ".join(owner_client.get(call_url(offer)).content.decode().split())
    assert said in page


def test_approach_with_a_call_goes_to_the_call_step_and_its_script(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=3, contact_name="Priya Lee")
    data = approach_data(medium="phone", tone="warm", reason="location", what_stood_out="the whiteboard session")
    response = owner_client.post(step_url(offer, 3), data)
    assert response.url == call_url(offer)
    response = owner_client.get(call_url(offer))
    page = response.content.decode()
    assert "Step 4 of 6" in page
    assert 'Call<span class="visually-hidden"> (current step)' in page
    assert "Make the call" in page
    # The script is for this offer: its role, the reason and tone chosen, what stood out.
    script = response.context["script"].text
    assert "Is now a good moment to talk about the Senior Data Engineer offer?" in script
    assert any(f'"{line}"' in script for line in wording._REASONS["location"]["warm"])
    assert "whiteboard session" in script
    assert "If they ask whether they can change your mind" in script
    assert "Is now a good moment" in page and "whiteboard session" in page
    assert "I’ve made the call" in page
    assert response.context["form"]["called_on"].value() == timezone.localdate()
    # Compose and Send are not reached until the call is made.
    assert f'href="{step_url(offer, 4)}"' not in page
    assert owner_client.get(step_url(offer, 4)).url == call_url(offer)
    assert owner_client.get(step_url(offer, 5)).url == call_url(offer)


def test_ive_made_the_call_logs_it_and_compose_offers_the_confirmation_of_it(owner_client, owner, library):
    offer = phone_offer(owner)
    today = timezone.localdate()
    response = owner_client.post(call_url(offer), {"action": "called", "called_on": today.isoformat()}, follow=True)
    assert response.redirect_chain[-1][0] == step_url(offer, 4)
    assert f"Logged your call on {wording.format_date(today)}." in response.content.decode()
    offer.refresh_from_db()
    assert offer.called_on == today
    call = offer.interactions.get()
    assert (call.channel, call.happened_on, call.note) == (Channel.CALL, today, CALL_NOTE)
    # Compose: the written confirmation is the best match, and it names the call.
    assert response.context["chosen"].slug == "decline-phone-confirmation"
    assert "Step 5 of 6" in response.content.decode()
    text = response.context["chosen_email"].text
    assert "Thank you for taking my call today." in text
    assert "in person" not in text and "meet" not in text
    assert response.context["frame"].back_url == call_url(offer)


def test_a_call_on_an_earlier_day_is_named_by_its_day(owner_client, owner, library):
    offer = phone_offer(owner)
    day = timezone.localdate() - dt.timedelta(days=3)
    owner_client.post(call_url(offer), {"action": "called", "called_on": day.isoformat()})
    confirmation = EmailTemplate.objects.get(slug="decline-phone-confirmation")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": confirmation.pk})
    body = offer.drafts.get().body
    assert f"Thank you for taking my call {wording.when_said(day, timezone.localdate())}." in body
    assert f"on {day.day} " in body


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("tomorrow", "Enter the day as a date, like 3 December 2026."),
        ("", "Enter the day you made the call."),
        ("future", "That day has not come yet: come back once you have made the call."),
        ("before", "That is before the offer arrived"),
    ],
)
def test_a_bad_call_day_is_an_error_next_to_it_and_nothing_is_logged(owner_client, owner, typed, message):
    offer = phone_offer(owner)
    typed = {
        "future": (timezone.localdate() + dt.timedelta(days=1)).isoformat(),
        "before": (offer.received_on - dt.timedelta(days=1)).isoformat(),
    }.get(typed, typed)
    response = owner_client.post(call_url(offer), {"action": "called", "called_on": typed})
    assert response.status_code == 200
    (error,) = response.context["form"].errors["called_on"]
    assert error.startswith(message)
    body = response.content.decode()
    assert 'id="error_1_id_called_on"' in body
    assert f'value="{typed}"' in body if typed else True
    offer.refresh_from_db()
    assert offer.called_on is None
    assert not offer.interactions.exists()


def test_saying_so_again_moves_the_call_rather_than_logging_another(owner_client, owner):
    offer = phone_offer(owner)
    today = timezone.localdate()
    owner_client.post(call_url(offer), {"action": "called", "called_on": today.isoformat()})
    page = owner_client.get(call_url(offer)).content.decode()
    assert "You made the call on" in page and "Save and continue" in page
    earlier = today - dt.timedelta(days=2)
    owner_client.post(call_url(offer), {"action": "called", "called_on": earlier.isoformat()})
    offer.refresh_from_db()
    assert offer.called_on == earlier
    assert list(offer.interactions.values_list("channel", "happened_on")) == [(Channel.CALL, earlier)]


def test_back_from_the_call_step_logs_nothing_until_a_call_is_made(owner_client, owner):
    offer = phone_offer(owner)
    today = timezone.localdate()
    response = owner_client.post(call_url(offer), {"action": "back", "called_on": today.isoformat()})
    assert response.url == step_url(offer, 3)
    offer.refresh_from_db()
    assert offer.called_on is None and not offer.interactions.exists()
    # Once the call is logged, Back keeps a change to its day.
    owner_client.post(call_url(offer), {"action": "called", "called_on": today.isoformat()})
    yesterday = today - dt.timedelta(days=1)
    response = owner_client.post(call_url(offer), {"action": "back", "called_on": yesterday.isoformat()})
    assert response.url == step_url(offer, 3)
    offer.refresh_from_db()
    assert offer.called_on == yesterday
    assert offer.interactions.get().happened_on == yesterday


def test_back_from_the_call_step_before_the_call_keeps_the_day_typed(owner_client, owner):
    """Back before "I've made the call" logged nothing and dropped the day typed: the step showed today again."""
    offer = phone_offer(owner, received_on=timezone.localdate() - dt.timedelta(days=10))
    typed = timezone.localdate() - dt.timedelta(days=2)
    owner_client.post(call_url(offer), {"action": "back", "called_on": typed.isoformat()})
    offer.refresh_from_db()
    assert offer.called_on is None
    page = owner_client.get(call_url(offer)).content.decode()
    assert f'value="{typed.isoformat()}"' in page
    # Logged, the call is what counts from then on; another offer's step is not touched.
    owner_client.post(call_url(offer), {"action": "called", "called_on": typed.isoformat()})
    offer.refresh_from_db()
    assert offer.called_on == typed
    other = phone_offer(owner)
    assert f'value="{timezone.localdate().isoformat()}"' in owner_client.get(call_url(other)).content.decode()


def test_back_from_the_call_step_with_a_day_it_cannot_read_stays_and_says_so(owner_client, owner):
    offer = phone_offer(owner)
    response = owner_client.post(call_url(offer), {"action": "back", "called_on": "31/02/2026"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="31/02/2026"' in page and "Enter the day as a date, like 3 December 2026." in page
    assert owner_client.post(call_url(offer), {"action": "back", "called_on": ""}).url == step_url(offer, 3)


def test_the_call_step_is_only_for_a_call(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=4, medium="email")
    assert owner_client.get(call_url(offer)).url == step_url(offer, 4)
    page = owner_client.get(step_url(offer, 3)).content.decode()
    assert "Step 3 of 5" in page
    assert ">Call<" not in page and "Call<span" not in page
    early = phone_offer(owner, flow_step=3)
    assert owner_client.get(call_url(early)).url == step_url(early, 3)


def test_continue_goes_to_the_call_then_to_compose(owner_client, owner):
    offer = phone_offer(owner)
    email_offer = OfferFactory(owner=owner, company="Contoso", flow_step=4)
    dashboard = owner_client.get(reverse("dashboard")).content.decode()
    assert f'href="{call_url(offer)}">Continue — step 4 of 6' in dashboard
    assert f'href="{step_url(email_offer, 4)}">Continue — step 4 of 5' in dashboard
    detail = owner_client.get(offer.get_absolute_url()).content.decode()
    assert f'href="{call_url(offer)}">Continue — step 4 of 6' in detail
    owner_client.post(call_url(offer), {"action": "called", "called_on": timezone.localdate().isoformat()})
    dashboard = owner_client.get(reverse("dashboard")).content.decode()
    assert f'href="{step_url(offer, 4)}">Continue — step 5 of 6' in dashboard


def test_a_decided_offer_has_no_call_step(owner_client, owner):
    declined = phone_offer(owner, status=Offer.Status.DECLINED, decided_at=timezone.now(), flow_step=5)
    assert owner_client.get(call_url(declined)).url == step_url(declined, 5)
    accepted = phone_offer(owner, status=Offer.Status.ACCEPTED, decided_at=timezone.now())
    assert owner_client.get(call_url(accepted)).url == accepted.get_absolute_url()
    response = owner_client.post(call_url(accepted), {"action": "called", "called_on": timezone.localdate()})
    assert response.url == accepted.get_absolute_url()
    assert not accepted.interactions.exists()


# --- Step 4: choosing a template ---------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "tone", "medium", "slug"),
    [
        ("compensation", "formal", "email", "decline-compensation-formal"),
        ("another_offer", "brief", "email", "decline-another-offer-brief"),
        ("location", "warm", "phone", "decline-phone-confirmation"),
        ("staying", "formal", "letter", "decline-letter-formal"),
    ],
)
def test_the_best_matching_template_comes_first(owner_client, owner, library, reason, tone, medium, slug):
    called_on = timezone.localdate() if medium == "phone" else None
    offer = OfferFactory(owner=owner, flow_step=4, reason=reason, tone=tone, medium=medium, called_on=called_on)
    response = owner_client.get(step_url(offer, 4))
    chosen = response.context["chosen"]
    assert chosen.slug == slug
    assert response.context["chooser"]["template"].value() == chosen.pk
    assert "— best match" in response.content.decode()


def test_the_users_own_template_wins_a_tie_and_others_are_not_offered(owner, outsider, library):
    offer = OfferFactory(owner=owner, reason="compensation", tone="formal", medium="email")
    mine = EmailTemplateFactory(owner=owner, reason="compensation", tone="formal", medium="email", name="Mine")
    EmailTemplateFactory(owner=outsider, reason="compensation", tone="formal", medium="email", name="Theirs")
    ranked = rank_templates(EmailTemplate.objects.for_user(owner).filter(kind=TemplateKind.DECLINE), offer=offer)
    assert ranked[0] == mine
    assert ranked[1].slug == "decline-compensation-formal"
    assert "Theirs" not in [t.name for t in ranked]


def test_template_score_weighs_medium_then_reason_then_tone():
    offer = Offer(reason="location", tone="warm", medium="email")
    exact = EmailTemplate(reason="location", tone="warm", medium="email")
    any_reason = EmailTemplate(reason="", tone="warm", medium="email")
    wrong_medium = EmailTemplate(reason="location", tone="warm", medium="letter")
    wrong_tone = EmailTemplate(reason="location", tone="brief", medium="email")
    assert template_score(exact, offer) == 14
    assert template_score(exact, offer) > template_score(wrong_tone, offer) > template_score(any_reason, offer)
    assert template_score(any_reason, offer) > template_score(wrong_medium, offer)


def test_choosing_another_template_previews_it_without_saving(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4, company="Northwind")
    letter = EmailTemplate.objects.get(slug="decline-letter-formal")
    response = owner_client.post(step_url(offer, 4), {"action": "preview_template", "template": letter.pk})
    assert response.context["chosen"] == letter
    assert "Offer of employment: Senior Data Engineer" in response.content.decode()
    assert not offer.drafts.exists()


def test_a_company_named_like_a_tag_stays_literal_in_the_subject(owner, library):
    offer = OfferFactory(owner=owner, company="{{ role }} Analytics")
    draft = draft_for(offer)
    assert compose(draft, offer=offer, user=owner).subject.endswith("at {{ role }} Analytics")


def test_a_signature_with_a_tag_comes_out_as_typed_never_filled(owner_client, owner, library):
    """A signature holding {{ company }} used to be filled with the company."""
    owner.profile.signature = "Alex Morgan\n{{ company }} alumni, *still*"
    owner.profile.save()
    offer = OfferFactory(owner=owner, flow_step=4, company="Northwind")
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": template.pk})
    email = compose(offer.drafts.get(), offer=offer, user=owner)
    assert "{{ company }} alumni, still" in email.text
    assert "<em>still</em>" in email.html  # still the user's own Markdown
    assert "Northwind alumni" not in email.text
    # Straight from the template (the preview before a draft exists), the same.
    assert "{{ company }} alumni" in compose(template, offer=offer, user=owner).text


def test_an_old_signature_with_a_forbidden_tag_does_not_make_drafts_unsavable(owner_client, owner, library):
    """A signature saved before signatures were checked, holding {% … %}, used to
    be copied into every new draft, which then failed its own check on save."""
    owner.profile.signature = "Alex {% if x %}"
    owner.profile.save()
    offer = OfferFactory(owner=owner, flow_step=4)
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": template.pk})
    draft = offer.drafts.get()
    data = {"action": "save", "subject": draft.subject, "body": draft.body, "base_version": "1"}
    response = owner_client.post(step_url(offer, 4), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.version == 2
    assert "Alex {% if x %}" in compose(draft, offer=offer, user=owner).text


# --- Step 4: the one draft editor (tests/test_drafts.py), in the flow's frame ---------


def test_step_four_is_the_editor_in_the_flow(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    response = owner_client.get(step_url(offer, 4))
    body = response.content.decode()
    assert response.context["draft"] == draft
    assert "Step 4 of 5" in body and 'is-current" aria-current="step"' in body
    assert 'name="action" value="continue">Save and continue' in body
    assert 'name="action" value="back">Back' in body
    assert "12 of 12 checks pass" in body
    assert body.count("review-item review-pass") == 12


def test_offer_new_still_works_after_the_flow_is_finished_for_another_offer(owner_client, owner):
    OfferFactory(owner=owner, status=Offer.Status.DECLINED, decided_at=timezone.now(), flow_step=5)
    assert owner_client.get(reverse("offer_new"), follow=True).status_code == 200


def test_each_visit_to_decline_an_offer_gets_a_key_of_its_own(owner_client):
    first = owner_client.get(reverse("offer_new"))
    second = owner_client.get(reverse("offer_new"))
    assert first.status_code == second.status_code == 302
    assert first.url.startswith(f"{reverse('offer_new')}?k=") and first.url != second.url


def test_the_first_form_sent_again_edits_the_offer_it_made(owner_client, owner):
    started = owner_client.get(reverse("offer_new")).url
    owner_client.post(started, offer_form_data())
    offer = Offer.objects.get(owner=owner)

    # The browser's Back to the first form lands on that offer's own first step, with what was saved.
    back = owner_client.get(started)
    assert back.status_code == 302 and back.url == step_url(offer, 1)
    # And the old form sent again (a second click, or a page kept open) corrects that offer.
    response = owner_client.post(started, offer_form_data(role="Principal Data Engineer"))
    assert response.status_code == 302 and response.url == step_url(offer, 2)
    assert list(Offer.objects.filter(owner=owner).values_list("pk", "role")) == [(offer.pk, "Principal Data Engineer")]


def test_a_key_names_an_offer_only_for_the_user_who_made_it(owner_client, owner, outsider_client, outsider):
    started = owner_client.get(reverse("offer_new")).url
    owner_client.post(started, offer_form_data())

    # Another user sending the same address makes an offer of their own and never reaches the owner's.
    response = outsider_client.post(started, offer_form_data(company="Elsewhere Ltd"))
    theirs = Offer.objects.get(owner=outsider)
    assert response.url == step_url(theirs, 2)
    assert theirs.company == "Elsewhere Ltd"
    assert Offer.objects.get(owner=owner).company == "Northwind Analytics"


def test_the_first_form_sent_twice_at_once_makes_one_offer(owner_client, owner, monkeypatch):
    started = owner_client.get(reverse("offer_new")).url
    owner_client.post(started, offer_form_data())
    offer = Offer.objects.get(owner=owner)

    # The second send looked before the first one had saved: its own save is refused by the database,
    # and it lands on the offer the first send made.
    looked = []
    made_with = flow_views._made_with

    def not_yet_on_first_look(user, key):
        looked.append(key)
        return made_with(user, key) if len(looked) > 1 else None

    monkeypatch.setattr(flow_views, "_made_with", not_yet_on_first_look)
    response = owner_client.post(started, offer_form_data(role="Principal Data Engineer"))
    assert response.status_code == 302 and response.url == step_url(offer, 2)
    assert list(Offer.objects.filter(owner=owner).values_list("pk", "role")) == [(offer.pk, "Principal Data Engineer")]


def test_the_first_form_of_a_deleted_offer_makes_a_new_one(owner_client, owner):
    started = owner_client.get(reverse("offer_new")).url
    owner_client.post(started, offer_form_data())
    first = Offer.objects.get(owner=owner)
    Offer.objects.filter(pk=first.pk).update(deleted_at=timezone.now())

    assert owner_client.get(started).status_code == 200
    response = owner_client.post(started, offer_form_data(company="Second Thoughts Ltd"))
    again = Offer.objects.for_user(owner).get()
    assert response.url == step_url(again, 2)
    assert again.pk != first.pk and again.company == "Second Thoughts Ltd"
    # The new offer holds the address now: that form sent again edits it, and makes no third.
    resent = owner_client.post(started, offer_form_data(company="Second Thoughts Limited"))
    assert resent.url == step_url(again, 2)
    assert list(Offer.objects.for_user(owner).values_list("pk", "company")) == [(again.pk, "Second Thoughts Limited")]


def test_a_bad_form_sent_to_a_new_key_keeps_what_was_typed(owner_client, owner):
    started = owner_client.get(reverse("offer_new")).url
    response = owner_client.post(started, offer_form_data(company=""))
    assert response.status_code == 200
    assert 'value="Staff Engineer"' in response.content.decode()
    assert not Offer.objects.filter(owner=owner).exists()


def test_a_changed_approach_offers_a_new_draft_from_the_template_that_fits_it_now(owner_client, owner, library):
    offer = phone_offer(owner, reason="location", tone="warm")
    owner_client.post(call_url(offer), {"action": "called", "called_on": timezone.localdate().isoformat()})
    confirmation = EmailTemplate.objects.get(slug="decline-phone-confirmation")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": confirmation.pk})
    written = offer.drafts.get()
    # While the approach still fits the template, Compose says nothing of it.
    assert "approach-changed" not in owner_client.get(step_url(offer, 4)).content.decode()

    # Back on Approach, the user turns the call into an email: the draft that thanks them for the call stays
    # as written, and Compose says so and offers the template that fits now.
    owner_client.post(step_url(offer, 3), approach_data(medium="email", tone="warm", reason="location"))
    page = owner_client.get(step_url(offer, 4)).content.decode()
    fits = EmailTemplate.objects.get(slug="decline-location-warm")
    assert f"This draft was written from “{confirmation.name}”" in page
    assert "the way of telling them is now “Email”" in page
    assert f"Start a new draft from “{fits.name}”" in page
    assert offer.drafts.get().body == written.body

    # The button sends the editor's form: what was typed in the old draft is saved there, then the new one starts.
    assert 'form="draft-form" name="action" value="use_best">Start a new draft from' in page
    typed = written.body + "\n\nTyped before thinking better of it."
    response = owner_client.post(
        step_url(offer, 4),
        {
            "subject": written.subject,
            "body": typed,
            "base_version": f"{written.pk}:{written.version}",
            "action": "use_best",
        },
        follow=True,
    )
    newest = offer.drafts.current_decline()
    assert (newest.template, offer.drafts.count()) == (fits, 2)
    assert Draft.objects.get(pk=written.pk).body == typed
    page = response.content.decode()
    assert f"Your draft is ready, written from “{fits.name}”." in page
    assert "What you had typed is saved in the draft before it." in page
    assert "approach-changed" not in page
    assert "Earlier drafts (1)" in page


def test_starting_again_with_nothing_typed_saves_nothing(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)
    untouched = {"subject": draft.subject, "body": draft.body, "base_version": f"{draft.pk}:{draft.version}"}
    response = owner_client.post(step_url(offer, 4), {**untouched, "action": "use_best"}, follow=True)
    assert "What you had typed" not in response.content.decode()
    assert Draft.objects.get(pk=draft.pk).version == draft.version
    assert offer.drafts.current_decline().template.slug == "decline-location-warm"


def test_starting_again_with_a_bad_text_keeps_it_and_says_why_nothing_started(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)
    bad = {"subject": draft.subject, "body": "Dear {{ compnay }},", "base_version": f"{draft.pk}:{draft.version}"}
    response = owner_client.post(step_url(offer, 4), {**bad, "action": "use_best"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "The new draft was not started: what you typed needs a fix first" in page
    assert "Unknown tag {{ compnay }}" in page and "Dear {{ compnay }},</textarea>" in page
    assert offer.drafts.count() == 1


def test_starting_again_with_the_text_cleared_starts_over_and_keeps_the_draft_as_saved(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)
    cleared = {"subject": draft.subject, "body": "", "base_version": f"{draft.pk}:{draft.version}"}
    owner_client.post(step_url(offer, 4), {**cleared, "action": "use_best"})
    assert offer.drafts.count() == 2
    assert Draft.objects.get(pk=draft.pk).body == draft.body


def test_the_notices_button_starts_from_the_template_it_names_whatever_the_panel_chose(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)
    letter = EmailTemplate.objects.get(slug="decline-another-offer-formal")
    sent = {"subject": draft.subject, "body": draft.body, "base_version": f"{draft.pk}:{draft.version}"}
    owner_client.post(step_url(offer, 4), {**sent, "template": letter.pk, "action": "use_best"})
    assert offer.drafts.current_decline().template.slug == "decline-location-warm"


def test_a_conflict_on_starting_again_offers_the_text_then_starts_the_draft_asked_for(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)
    opened_at = f"{draft.pk}:{draft.version}"
    Draft.objects.filter(pk=draft.pk).update(body="Saved in another tab.", version=draft.version + 1)
    letter = EmailTemplate.objects.get(slug="decline-another-offer-formal")
    mine = {"subject": draft.subject, "body": "Typed here.", "template": letter.pk, "action": "use_template"}
    response = owner_client.post(step_url(offer, 4), {**mine, "base_version": opened_at})
    assert response.status_code == 409
    page = response.content.decode()
    # "Keep my text" does what was asked: save over the newer text, then start the draft from the chosen template.
    assert 'name="action" value="use_template" class="btn btn-warning">Keep my text</button>' in page
    assert f'form="draft-form" name="template" value="{letter.pk}"' in page
    newer = re.search(r'name="base_version" value="([^"]+)"', page).group(1)
    owner_client.post(step_url(offer, 4), {**mine, "base_version": newer})
    assert Draft.objects.get(pk=draft.pk).body == "Typed here."
    assert offer.drafts.current_decline().template == letter


def test_going_back_to_change_who_to_thank_or_the_door_left_open_is_noticed_too(owner_client, owner, library):
    """Only the reason, tone and medium used to count: a person added, or "Connect on LinkedIn" unticked,
    after the email was written left it promising a LinkedIn request with no word said."""
    offer = OfferFactory(owner=owner, flow_step=3, contact_name="Alex Moreno")
    owner_client.post(step_url(offer, 3), approach_data(reason="location", door_open=["linkedin"]))
    template = EmailTemplate.objects.get(slug="decline-location-formal")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": template.pk})
    written = offer.drafts.get()
    assert "LinkedIn" in written.body
    assert "approach-changed" not in owner_client.get(step_url(offer, 4)).content.decode()

    changed = approach_data(reason="location", door_open=["events"], people_to_thank="Sam Ortiz\nLena Okafor")
    owner_client.post(step_url(offer, 3), changed)
    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert "since then you changed “People to thank” and “Leave the door open”." in page
    assert "A new draft from it fills in what you chose as it is now." in page
    assert f"Start a new draft from “{template.name}”" in page

    base = f"{written.pk}:{written.version}"
    owner_client.post(
        step_url(offer, 4),
        {"subject": written.subject, "body": written.body, "base_version": base, "action": "use_best"},
    )
    newest = offer.drafts.current_decline()
    assert newest.pk != written.pk and newest.template == template
    assert "Lena" in newest.body and "LinkedIn" not in newest.body
    assert "approach-changed" not in owner_client.get(step_url(offer, 4)).content.decode()


def test_a_template_chosen_against_the_approach_is_offered_again_when_only_details_change(owner_client, owner, library):
    """The reason, tone and medium as they were: the notice offered the ranking's best template,
    saying it "fits your approach now", though the user had chosen another on purpose."""
    offer = OfferFactory(owner=owner, flow_step=3)
    owner_client.post(step_url(offer, 3), approach_data(reason="location", tone="warm"))
    chosen = EmailTemplate.objects.get(slug="decline-another-offer-formal")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": chosen.pk})
    owner_client.post(step_url(offer, 3), approach_data(reason="location", tone="warm", what_stood_out="The demo"))
    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert "since then you changed “What stood out”." in page
    assert f"Start a new draft from “{chosen.name}”" in page
    assert "fits your approach now" not in page


def test_a_conflict_on_keeping_the_draft_keeps_it_for_the_approach_once_the_text_is_kept(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)
    Draft.objects.filter(pk=draft.pk).update(version=draft.version + 1)
    mine = {"subject": draft.subject, "body": "Typed here.", "action": "keep"}
    page = owner_client.post(step_url(offer, 4), {**mine, "base_version": f"{draft.pk}:{draft.version}"})
    assert 'name="action" value="keep" class="btn btn-warning">Keep my text</button>' in page.content.decode()
    newer = re.search(r'name="base_version" value="([^"]+)"', page.content.decode()).group(1)
    response = owner_client.post(step_url(offer, 4), {**mine, "base_version": newer}, follow=True)
    assert "Draft saved, and kept for your approach as it is now." in response.content.decode()
    draft.refresh_from_db()
    assert (draft.body, draft.written_for.partition("|")[0]) == ("Typed here.", "location/warm/email")


def confirmed_call_then_an_email(client, owner):
    """A call made and its written confirmation drafted, then the call turned into an email on Approach."""
    offer = phone_offer(owner, reason="location", tone="warm")
    client.post(call_url(offer), {"action": "called", "called_on": timezone.localdate().isoformat()})
    confirmation = EmailTemplate.objects.get(slug="decline-phone-confirmation")
    client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": confirmation.pk})
    client.post(step_url(offer, 3), approach_data(medium="email", tone="warm", reason="location"))
    return offer, offer.drafts.get()


def test_keeping_the_draft_after_the_approach_changed_saves_it_and_ends_the_notice(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)
    assert 'value="keep">Keep this draft</button>' in owner_client.get(step_url(offer, 4)).content.decode()

    typed = "Dear Ms Lee,\n\nThank you for the offer. I have decided to decline it, as the move is too far for us."
    response = owner_client.post(
        step_url(offer, 4),
        {"subject": draft.subject, "body": typed, "base_version": draft.version, "action": "keep"},
        follow=True,
    )
    page = response.content.decode()
    assert "Draft saved, and kept for your approach as it is now." in page
    assert "approach-changed" not in page
    draft.refresh_from_db()
    assert (draft.body, draft.written_for.partition("|")[0]) == (typed, "location/warm/email")
    assert offer.drafts.count() == 1


def test_a_tab_left_open_on_a_replaced_draft_meets_a_conflict_and_overwrites_nothing(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)
    page = owner_client.get(step_url(offer, 4)).content.decode()
    opened_at = re.search(r'name="base_version" value="([^"]+)"', page).group(1)
    # Another tab starts a new draft from the template that fits now; this tab, still on the old one, keeps it.
    fits = EmailTemplate.objects.get(slug="decline-location-warm")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": fits.pk})
    newest = offer.drafts.current_decline()
    stale = {"subject": draft.subject, "body": "Typed in the old tab.", "base_version": opened_at, "action": "keep"}
    response = owner_client.post(step_url(offer, 4), stale)

    assert response.status_code == 409
    assert "Typed in the old tab." in response.content.decode()
    assert Draft.objects.get(pk=newest.pk).body == newest.body
    assert Draft.objects.get(pk=draft.pk).body == draft.body


def test_an_ordinary_save_leaves_the_approach_changed_notice(owner_client, owner, library):
    offer, draft = confirmed_call_then_an_email(owner_client, owner)

    owner_client.post(
        step_url(offer, 4), {"subject": draft.subject, "body": draft.body + " ", "base_version": draft.version}
    )
    draft.refresh_from_db()
    assert draft.written_for.partition("|")[0] == f"location/warm/phone/{timezone.localdate().isoformat()}"
    assert "approach-changed" in owner_client.get(step_url(offer, 4)).content.decode()


def test_a_confirmation_written_before_the_call_day_was_kept_with_it_asks_nothing(owner_client, owner, library):
    offer = phone_offer(owner, reason="location", tone="warm")
    owner_client.post(call_url(offer), {"action": "called", "called_on": timezone.localdate().isoformat()})
    letter = EmailTemplate.objects.get(slug="decline-another-offer-formal")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": letter.pk})
    Draft.objects.filter(offer=offer).update(written_for="location/warm/phone")
    assert "approach-changed" not in owner_client.get(step_url(offer, 4)).content.decode()


def test_a_call_logged_again_says_nothing_of_a_draft_that_names_no_day(owner_client, owner, library):
    offer = phone_offer(owner, reason="location", tone="warm")
    owner_client.post(call_url(offer), {"action": "called", "called_on": timezone.localdate().isoformat()})
    letter = EmailTemplate.objects.get(slug="decline-location-warm")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": letter.pk})
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    owner_client.post(call_url(offer), {"action": "called", "called_on": yesterday.isoformat()})
    assert "your call is logged on" not in owner_client.get(step_url(offer, 4)).content.decode()


def test_a_call_logged_again_for_another_day_says_the_confirmation_names_the_first(owner_client, owner, library):
    offer = phone_offer(owner, reason="location", tone="warm")
    first, second = timezone.localdate() - dt.timedelta(days=2), timezone.localdate() - dt.timedelta(days=1)
    owner_client.post(call_url(offer), {"action": "called", "called_on": first.isoformat()})
    confirmation = EmailTemplate.objects.get(slug="decline-phone-confirmation")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": confirmation.pk})
    written = offer.drafts.get()
    assert f"my call on {first.day} {first:%B}." in written.body
    assert "approach-changed" not in owner_client.get(step_url(offer, 4)).content.decode()

    # The call was the day after: logged again, the confirmation written for the first day says so.
    owner_client.post(call_url(offer), {"action": "called", "called_on": second.isoformat()})
    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert f"your call is logged on {wording.format_date(second)}, not {wording.format_date(first)}" in page
    assert "A new draft from it fills in what you chose as it is now." in page
    assert f"Start a new draft from “{confirmation.name}”" in page
    owner_client.post(
        step_url(offer, 4),
        {
            "subject": written.subject,
            "body": written.body,
            "base_version": f"{written.pk}:{written.version}",
            "action": "use_best",
        },
    )
    newest = offer.drafts.current_decline()
    assert newest.pk != written.pk and "Thank you for taking my call yesterday." in newest.body
    assert "approach-changed" not in owner_client.get(step_url(offer, 4)).content.decode()


def test_another_user_cannot_start_a_draft_on_the_offer(outsider_client, owner, library):
    offer = phone_offer(owner)
    fits = EmailTemplate.objects.get(slug="decline-location-warm")
    response = outsider_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": fits.pk})
    assert response.status_code == 404
    assert not offer.drafts.exists()


def test_a_template_chosen_against_the_approach_is_left_alone(owner_client, owner, library):
    # Choosing a template written for another reason is the user's choice: nothing to say about it.
    offer = OfferFactory(owner=owner, flow_step=4, reason="location", tone="warm", medium="email")
    chosen = EmailTemplate.objects.get(slug="decline-another-offer-formal")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": chosen.pk})
    assert offer.drafts.get().written_for == offer.approach_key()
    assert "approach-changed" not in owner_client.get(step_url(offer, 4)).content.decode()


def test_people_to_thank_typed_as_a_list_lose_their_bullets(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3, contact_name="")
    typed = "- Lena Park (ML team)\n• Omar Haddad\n1. Sam\n2) Alex"
    assert owner_client.post(step_url(offer, 3), approach_data(people_to_thank=typed)).status_code == 302
    offer.refresh_from_db()
    assert offer.people_to_thank == "Lena Park (ML team)\nOmar Haddad\nSam\nAlex"


@pytest.mark.parametrize(
    "line",
    [
        "Sam Ortiz, Platform and Infrastructure",
        "Kim Wu, Research & Development",
        "Lena Park, Talent Partner, Berlin",
        "Maria van der Berg",
        "Marcus Chen — firmware and tools",
    ],
)
def test_one_person_with_their_team_is_one_person(owner_client, owner, line):
    offer = OfferFactory(owner=owner, flow_step=3, people_to_thank="")
    assert owner_client.post(step_url(offer, 3), approach_data(people_to_thank=line)).status_code == 302
    offer.refresh_from_db()
    assert offer.people_to_thank == line


@pytest.mark.parametrize("line", ["Marcus and Lena", "Dr Lee and Ms Chen", "Jo & Sam", "Kim; Jo"])
def test_several_people_on_one_line_are_asked_for_one_a_line(owner_client, owner, line):
    offer = OfferFactory(owner=owner, flow_step=3, people_to_thank="")
    response = owner_client.post(step_url(offer, 3), approach_data(people_to_thank=f"Sam Ortiz, platform team\n{line}"))
    page = response.content.decode()
    assert response.status_code == 200
    assert f"“{escape(line)}” seems to name more than one person: put each on a line of their own" in page
    assert f"Sam Ortiz, platform team\n{escape(line)}</textarea>" in page
    offer.refresh_from_db()
    assert offer.people_to_thank == ""


def test_a_tab_left_open_on_approach_keeps_what_another_tab_saved_since(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3, tone="formal", what_stood_out="", people_to_thank="")
    owner_client.post(step_url(offer, 3), approach_data(tone="formal", what_stood_out="", people_to_thank=""))
    # Two tabs show the step; the first saves what stood out, then the second, as it showed it, the tone.
    form = owner_client.get(step_url(offer, 3)).context["form"]
    shown = approach_data(tone="formal", what_stood_out="", people_to_thank="", saved_as=form["saved_as"].value())
    owner_client.post(step_url(offer, 3), {**shown, "what_stood_out": "Lena checking in when my flight was late"})
    assert owner_client.post(step_url(offer, 3), {**shown, "tone": "warm"}).status_code == 302
    offer.refresh_from_db()
    assert (offer.tone, offer.what_stood_out) == ("warm", "Lena checking in when my flight was late")


def test_a_long_paste_is_kept_and_measured_never_cut_by_the_browser(owner_client, owner):
    """The browser's maxlength cut a 407-character "What stood out" short without a word."""
    offer = OfferFactory(owner=owner, flow_step=3)
    page = owner_client.get(step_url(offer, 3)).content.decode()
    assert "maxlength" not in page
    long = "Priya stayed late to answer my questions about the on-call rota " * 7
    response = owner_client.post(step_url(offer, 3), approach_data(what_stood_out=long))
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Keep it to 300 characters (it has {len(long.strip())})" in page
    assert long.strip() in page
    offer.refresh_from_db()
    assert offer.what_stood_out == ""

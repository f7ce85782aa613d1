"""The guided decline flow, steps 1-4: what each step saves, Back, the stepper,
template matching, the draft editor with its live checklist, and who may see what."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from declines import placeholders, services, throttle
from declines.composer import compose
from declines.models import Draft, EmailTemplate, Offer, Reflection, TemplateKind
from declines.tracking import rank_templates, template_score
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
    return services.draft_create_from_template(offer=offer, template=template, user=offer.owner)


# --- Who may see what -----------------------------------------------------------


def test_every_flow_page_needs_login(client, owner):
    offer = OfferFactory(owner=owner, flow_step=5)
    draft = DraftFactory(offer=offer)
    gets = [
        reverse("offer_new"),
        *(step_url(offer, step) for step in range(1, 6)),
        reverse("offer_call_script", args=[offer.pk]),
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
        reverse("draft_preview", args=[draft.pk]): {"subject": "x", "body": "y"},
        reverse("draft_dismiss", args=[draft.pk]): {"dismiss": "gratitude"},
        reverse("offer_plan", args=[offer.pk]): {},
    }
    for url, data in posts.items():
        assert outsider_client.post(url, data).status_code == 404, url
    for url in [
        reverse("draft_eml", args=[draft.pk]),
        reverse("offer_call_script", args=[offer.pk]),
        reverse("offer_plan", args=[offer.pk]),
    ]:
        assert outsider_client.get(url).status_code == 404, url

    assert Offer.objects.filter(pk=offer.pk).values().get() == before
    assert Draft.objects.filter(pk=draft.pk).values().get() == draft_before
    assert not Reflection.objects.filter(offer=offer).exists()
    assert offer.drafts.count() == 1
    assert not offer.follow_ups.exists()


def test_a_deleted_offer_is_404(owner_client, owner):
    offer = OfferFactory(owner=owner, deleted_at=timezone.now())
    assert owner_client.get(step_url(offer, 1)).status_code == 404


# --- The stepper and moving between steps -----------------------------------------


def test_the_stepper_marks_the_current_step_and_links_only_steps_reached(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3)
    body = owner_client.get(step_url(offer, 2)).content.decode()
    assert body.count('aria-current="step"') == 1
    assert 'is-current" aria-current="step"' in body
    assert f'href="{step_url(offer, 1)}"' in body
    assert f'href="{step_url(offer, 3)}"' in body
    assert f'href="{step_url(offer, 4)}"' not in body
    assert f'href="{step_url(offer, 5)}"' not in body
    assert 'Reflect<span class="visually-hidden"> (current step)' in body


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
    page = owner_client.get(reverse("offer_new")).content.decode()
    assert "Step 1 of 5" in page
    response = owner_client.post(reverse("offer_new"), offer_form_data())
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


def test_reflect_needs_a_decision_to_continue(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=2)
    response = owner_client.post(step_url(offer, 2), {"culture": "3", "goals": "Grow."})
    assert response.status_code == 200
    assert response.context["form"].errors["decision"] == [
        "Choose what you want to do: decline, keep thinking, or accept."
    ]
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
    values = placeholders.values_for(offer=offer, user=owner)
    assert values["greeting"] == "Dear Priya Lee,"
    assert "stay in touch on LinkedIn" in values["door_open_sentence"]
    assert (
        values["thanks_sentence"] == "I am grateful to Sam Ortiz and Jordan Blake for their time during the interviews."
    )


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


def test_approach_refuses_unknown_door_open_choices(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3)
    response = owner_client.post(step_url(offer, 3), approach_data(door_open=["free_lunch"]))
    assert "door_open" in response.context["form"].errors


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
    offer = OfferFactory(owner=owner, flow_step=4, reason=reason, tone=tone, medium=medium)
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


def test_use_this_template_fills_a_draft_for_the_offer(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4, company="A*B_C Corp", contact_name="Priya Lee")
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    response = owner_client.post(step_url(offer, 4), {"action": "use_template", "template": template.pk})
    assert response.url == step_url(offer, 4) + "#editor"
    draft = offer.drafts.get()
    assert (draft.kind, draft.template, draft.version) == ("decline", template, 1)
    assert draft.subject == "Your offer for the Senior Data Engineer role at A*B_C Corp"
    assert draft.body.startswith("Dear Priya,\n\nThank you so much for offering me the Senior Data Engineer role")
    assert "{{" not in draft.body
    page = owner_client.get(step_url(offer, 4))
    text = page.context["live"]["email"].text
    assert "at A*B_C Corp." in text
    assert "\\" not in text


def test_a_company_named_like_a_tag_stays_literal_in_the_subject(owner, library):
    offer = OfferFactory(owner=owner, company="{{ role }} Ltd")
    draft = draft_for(offer)
    assert compose(draft, offer=offer, user=owner).subject.endswith("at {{ role }} Ltd")


def test_a_template_another_user_owns_cannot_be_used(owner_client, owner, outsider, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    theirs = EmailTemplateFactory(owner=outsider)
    response = owner_client.post(step_url(offer, 4), {"action": "use_template", "template": theirs.pk})
    assert response.status_code == 200
    assert response.context["chooser"].errors["template"]
    assert not offer.drafts.exists()


def test_starting_again_keeps_the_earlier_draft(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    first = draft_for(offer)
    letter = EmailTemplate.objects.get(slug="decline-letter-formal")
    owner_client.post(step_url(offer, 4), {"action": "use_template", "template": letter.pk})
    assert offer.drafts.count() == 2
    response = owner_client.get(step_url(offer, 4))
    assert response.context["draft"].template == letter
    assert list(response.context["earlier_drafts"]) == [first]
    assert "Earlier drafts (1)" in response.content.decode()


# --- Step 4: the editor ---------------------------------------------------------------


def test_the_editor_shows_the_draft_its_preview_and_the_checklist(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft_for(offer)
    response = owner_client.get(step_url(offer, 4))
    body = response.content.decode()
    assert 'hx-trigger="input changed delay:400ms"' in body
    assert f'hx-post="{reverse("draft_preview", args=[response.context["draft"].pk])}"' in body
    assert 'name="action" value="preview"' in body
    assert "Review checklist" in body
    assert "12 of 12 checks pass" in body
    assert body.count("review-item review-pass") == 12


def test_saving_the_draft_moves_its_version_on(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    data = {"action": "save", "subject": "Your offer", "body": "Dear Priya,\r\n\r\nThank you.", "base_version": "1"}
    response = owner_client.post(step_url(offer, 4), data)
    assert response.url == step_url(offer, 4) + "#editor"
    draft.refresh_from_db()
    assert (draft.subject, draft.body, draft.version) == ("Your offer", "Dear Priya,\n\nThank you.", 2)
    offer.refresh_from_db()
    assert offer.flow_step == 4


def test_save_and_continue_goes_to_the_send_step(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    data = {"action": "continue", "subject": draft.subject, "body": draft.body, "base_version": "1"}
    response = owner_client.post(step_url(offer, 4), data)
    assert response.url == step_url(offer, 5)
    offer.refresh_from_db()
    assert offer.flow_step == 5


def test_back_from_the_editor_saves_the_text(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=5)
    draft = draft_for(offer)
    data = {"action": "back", "subject": "Changed", "body": "Changed body", "base_version": "1"}
    assert owner_client.post(step_url(offer, 4), data).url == step_url(offer, 3)
    draft.refresh_from_db()
    assert (draft.subject, draft.body) == ("Changed", "Changed body")
    offer.refresh_from_db()
    assert offer.flow_step == 5


def test_a_stale_tab_cannot_overwrite_a_newer_save(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    services.decline_draft_save(draft=draft, expected_version=1, subject="Saved elsewhere", body="The newer text")
    stale = {"action": "save", "subject": "My subject", "body": "My stale text", "base_version": "1"}
    response = owner_client.post(step_url(offer, 4), stale)
    assert response.status_code == 409
    body = response.content.decode()
    assert "This draft was saved somewhere else after you opened it" in body
    assert "My stale text" in body
    assert "The newer text" in body
    assert "Keep my text" in body
    assert "Use the saved text" in body
    draft.refresh_from_db()
    assert (draft.body, draft.version) == ("The newer text", 2)
    # "Keep my text" now saves over the version the user has seen.
    assert response.context["form"]["base_version"].value() == 2
    keep = {**stale, "action": "overwrite", "base_version": "2"}
    assert owner_client.post(step_url(offer, 4), keep).status_code == 302
    draft.refresh_from_db()
    assert (draft.body, draft.version) == ("My stale text", 3)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("body", "x" * 20_001, "The email is too long: keep it to 20,000 characters (it has 20001)."),
        ("subject", "s" * 201, "The subject is too long: keep it to 200 characters (it has 201)."),
        ("body", "", "The email is empty — write it here, or start again from a template."),
        ("body", "Dear {{ compnay }},", "Unknown tag {{ compnay }} — did you mean {{ company }}?"),
    ],
)
def test_draft_errors_are_clear_and_keep_the_text(owner_client, owner, library, field, value, message):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    data = {"action": "save", "subject": "Kept subject", "body": "Kept body", "base_version": "1", field: value}
    response = owner_client.post(step_url(offer, 4), data)
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert "Kept" in response.content.decode()
    draft.refresh_from_db()
    assert draft.version == 1


def test_the_preview_button_shows_the_text_without_saving(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    data = {
        "action": "preview",
        "subject": draft.subject,
        "body": "Dear Priya,\n\nWhat a **joke** of an offer.",
        "base_version": "1",
    }
    response = owner_client.post(step_url(offer, 4), data)
    body = response.content.decode()
    assert "What a <strong>joke</strong> of an offer." in body
    assert "can read as negative" in body
    draft.refresh_from_db()
    assert draft.version == 1
    assert "joke" not in draft.body


def test_the_live_preview_returns_the_preview_and_the_checklist_out_of_band(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    response = owner_client.post(
        reverse("draft_preview", args=[draft.pk]),
        {"subject": draft.subject, "body": draft.body + "\n\nFrankly, the process was a mess!!"},
        headers={"HX-Request": "true"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert "Frankly, the process was a mess!!" in body
    assert '<div id="draft-checklist" hx-swap-oob="true">' in body
    assert 'id="review-summary"' in body and 'hx-swap-oob="innerHTML"' in body
    assert "“Frankly” can read as negative" in body
    assert "11 of 12 checks pass · 1 to look at" in body
    draft.refresh_from_db()
    assert "Frankly" not in draft.body


def test_the_draft_preview_pauses_after_a_minute_of_requests_and_the_draft_is_untouched(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    url = reverse("draft_preview", args=[draft.pk])
    for _ in range(throttle.PREVIEWS_PER_MINUTE):
        assert owner_client.post(url, {"subject": "Hi", "body": "Typed"}).status_code == 200

    response = owner_client.post(url, {"subject": "Hi", "body": "Typed"})

    assert response.status_code == 429
    assert "Your text is safe" in response.content.decode()
    draft.refresh_from_db()
    assert draft.version == 1


def test_the_live_preview_reports_tag_problems_in_the_pane(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    response = owner_client.post(reverse("draft_preview", args=[draft.pk]), {"subject": "Hi", "body": "{% evil %}"})
    assert "template logic is not allowed" in response.content.decode()


# --- Step 4: dismissing a warning ---------------------------------------------------------


def test_a_dismissed_warning_stays_dismissed_for_this_draft(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    short = {"subject": draft.subject, "body": "Dear Priya,\n\nThank you, but I decline.", "base_version": "1"}
    owner_client.post(step_url(offer, 4), {**short, "action": "save"})
    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert "Warning: </span>Length" in page

    response = owner_client.post(
        reverse("draft_dismiss", args=[draft.pk]), {**short, "dismiss": "length"}, headers={"HX-Request": "true"}
    )
    assert "Length: dismissed." in response.content.decode()
    assert "Dismissed warning: </span>Length" in response.content.decode()
    draft.refresh_from_db()
    assert draft.dismissed_rules == ["length"]

    page = owner_client.get(step_url(offer, 4)).content.decode()
    assert "Dismissed warning: </span>Length" in page
    assert 'name="restore" value="length"' in page
    # Another draft of the same offer still gets the warning.
    other = DraftFactory(offer=offer, body="Short.")
    assert other.dismissed_rules == []

    owner_client.post(
        reverse("draft_dismiss", args=[draft.pk]), {**short, "restore": "length"}, headers={"HX-Request": "true"}
    )
    draft.refresh_from_db()
    assert draft.dismissed_rules == []


def test_dismissing_one_finding_leaves_another_sentence_of_the_same_rule_warning(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    body = draft.body.replace(
        "This was a hard choice", "Frankly, the process was a waste of time. This was a hard choice"
    )
    typed = {"subject": draft.subject, "body": body, "base_version": "1"}
    page = owner_client.post(reverse("draft_preview", args=[draft.pk]), typed).content.decode()
    first = "professional_tone:frankly-the-process-was-a-waste-of-time"
    assert f'name="dismiss" value="{first}"' in page

    response = owner_client.post(
        reverse("draft_dismiss", args=[draft.pk]), {**typed, "dismiss": first}, headers={"HX-Request": "true"}
    )
    assert "Professional tone: dismissed." in response.content.decode()
    draft.refresh_from_db()
    assert draft.dismissed_rules == [first]

    worse = body.replace("Warm regards", "Your loss, honestly.\n\nWarm regards")
    page = owner_client.post(reverse("draft_preview", args=[draft.pk]), {**typed, "body": worse}).content.decode()
    assert "Warning: </span>Professional tone" in page
    assert 'name="dismiss" value="professional_tone:your-loss-honestly"' in page


def test_dismissing_without_javascript_keeps_the_unsaved_text(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    draft = draft_for(offer)
    typed = {"subject": draft.subject, "body": "Dear Priya,\n\nThank you. Unsaved words here.", "base_version": "1"}
    response = owner_client.post(reverse("draft_dismiss", args=[draft.pk]), {**typed, "dismiss": "length"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Unsaved words here." in body
    assert "Dismissed warning: </span>Length" in body
    draft.refresh_from_db()
    assert draft.dismissed_rules == ["length"]
    assert "Unsaved words" not in draft.body


def test_an_unknown_rule_cannot_be_dismissed(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=5)
    draft = draft_for(offer)
    response = owner_client.post(reverse("draft_dismiss", args=[draft.pk]), {"dismiss": "everything"})
    assert response.url == step_url(offer, 5) + "#checklist"
    draft.refresh_from_db()
    assert draft.dismissed_rules == []


def test_offer_new_still_works_after_the_flow_is_finished_for_another_offer(owner_client, owner):
    OfferFactory(owner=owner, status=Offer.Status.DECLINED, decided_at=timezone.now(), flow_step=5)
    assert owner_client.get(reverse("offer_new")).status_code == 200

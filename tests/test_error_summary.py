"""The "There is a problem" summary: every form that comes back with errors lists
them at the top of the page, each linking to its field, and takes the focus."""

import re

import pytest
from django import forms
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse

from declines.models import EmailTemplate
from tests.factories import OfferFactory


@pytest.fixture
def library(db):
    call_command("load_starter_library", verbosity=0)


def summary_of(body: str) -> str:
    match = re.search(r'<div class="error-summary".*?</div>', body, re.S)
    return match.group(0) if match else ""


def links_in(summary: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', summary)


def test_a_step_posted_empty_lists_each_missing_field_with_a_link_to_it(owner_client):
    response = owner_client.post(reverse("offer_new"), {"action": "continue"})
    body = response.content.decode()
    summary = summary_of(body)
    assert 'tabindex="-1" autofocus' in summary
    assert "There is a problem" in summary
    assert links_in(summary) == [
        ("id_company", "Company: This field is required."),
        ("id_role", "Role: This field is required."),
        ("id_received_on", "Offer received on: This field is required."),
    ]
    for field in ("company", "role", "received_on"):
        assert f'id="id_{field}"' in body
    assert "<title>Error: The offer" in body
    # The message beside each field is still there.
    assert body.count("This field is required.") == 6


def test_a_radio_choice_left_out_links_to_its_first_option(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=3)
    response = owner_client.post(reverse("flow_step", args=[offer.pk, 3]), {"action": "continue", "tone": "warm"})
    body = response.content.decode()
    links = links_in(summary_of(body))
    assert ("id_reason_0", "Why you are declining: Choose a reason — “Prefer not to say” is fine.") in links
    assert 'id="id_reason_0"' in body


def test_an_error_of_the_whole_form_is_listed_without_a_link(client, owner):
    response = client.post(reverse("login"), {"username": "owner", "password": "not the password"})
    summary = summary_of(response.content.decode())
    assert "Please enter a correct username and password." in summary
    assert links_in(summary) == []


def test_a_page_without_errors_has_no_summary(owner_client, owner):
    offer = OfferFactory(owner=owner)
    for url in (reverse("offer_new"), reverse("flow_step", args=[offer.pk, 1]), reverse("dashboard")):
        body = owner_client.get(url).content.decode()
        assert "There is a problem" not in body
        assert "<title>Error:" not in body


def test_a_good_post_has_no_summary(owner_client, owner):
    offer = OfferFactory(owner=owner)
    response = owner_client.post(
        reverse("flow_step", args=[offer.pk, 1]),
        {"action": "continue", "company": "Northwind", "role": "Engineer", "received_on": "2026-11-02"},
        follow=True,
    )
    assert "There is a problem" not in response.content.decode()


def test_the_outsider_posting_to_the_owners_offer_gets_404_not_a_summary(outsider_client, owner):
    offer = OfferFactory(owner=owner)
    assert outsider_client.post(reverse("flow_step", args=[offer.pk, 1]), {"action": "continue"}).status_code == 404


# --- Where the summary looks for forms ------------------------------------------------


class Sample(forms.Form):
    name = forms.CharField(label="Your name")
    colour = forms.ChoiceField(label="Colour", choices=[("r", "Red")], widget=forms.RadioSelect)
    secret = forms.CharField(widget=forms.HiddenInput)


SampleSet = forms.formset_factory(Sample, extra=1)

PROBLEMS = Template(
    "{% load error_summary %}{% form_problems as problems %}"
    "{% for p in problems %}[{{ p.target }}|{{ p.message }}]{% endfor %}"
)


def problems(**context) -> str:
    return PROBLEMS.render(Context(context))


def test_it_finds_a_validated_form_and_names_each_field():
    form = Sample(data={})
    form.is_valid()
    assert problems(form=form) == (
        "[id_name|Your name: This field is required.]"
        "[id_colour_0|Colour: This field is required.]"
        "[|This field is required.]"
    )


def test_it_never_validates_a_form_itself_and_ignores_unbound_ones():
    assert problems(form=Sample(data={})) == ""
    assert problems(form=Sample()) == ""


def test_it_finds_the_forms_of_a_formset_with_their_prefix():
    formset = SampleSet(data={"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0", "form-0-name": "x"})
    formset.is_valid()
    assert problems(plan=formset) == "[id_form-0-colour_0|Colour: This field is required.][|This field is required.]"


def test_it_finds_a_form_in_a_list_of_rows():
    form = Sample(data={"p2-colour": "r", "p2-secret": "s"}, prefix="p2")
    form.is_valid()
    assert problems(rows=[{"number": 1, "form": Sample(prefix="p1")}, {"number": 2, "form": form}]) == (
        "[id_p2-name|Your name: This field is required.]"
    )


def test_use_this_template_opens_the_editor_with_the_cursor_in_the_text(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": template.pk})
    first = owner_client.get(reverse("flow_step", args=[offer.pk, 4])).content.decode()
    body_field = re.search(r'<textarea[^>]*id="id_body"[^>]*>', first).group(0)
    assert "autofocus" in body_field
    # Only then: coming back to the draft later does not steal the focus.
    again = owner_client.get(reverse("flow_step", args=[offer.pk, 4])).content.decode()
    assert "autofocus" not in again


def test_use_this_template_on_anothers_offer_is_404(outsider_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    response = outsider_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": template.pk})
    assert response.status_code == 404
    assert not offer.drafts.exists()

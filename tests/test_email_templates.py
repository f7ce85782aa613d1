"""The template library pages: as the owner, as another user, and as nobody."""

import importlib

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines import throttle
from declines.composer import compose
from declines.models import EmailTemplate, TemplateRevision
from declines.services.templates import template_create
from tests.factories import EmailTemplateFactory, OfferFactory

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "name": "My warm decline",
        "kind": "decline",
        "tone": "warm",
        "reason": "",
        "medium": "email",
        "subject": "Your offer for the {{ role }} role",
        "body": "{{ greeting }}\n\nThank you for the offer to join {{ company }}.\n\n{{ signature }}",
        "action": "save",
    }
    return {**data, **overrides}


@pytest.fixture
def own_template(owner):
    return template_create(
        owner=owner,
        name="Short and kind",
        kind="decline",
        tone="brief",
        reason="",
        medium="email",
        subject="About the {{ role }} offer",
        body="{{ greeting }}\n\nThank you, {{ company }}.\n\n{{ signature }}",
    )


@pytest.fixture
def builtin():
    return EmailTemplateFactory(owner=None, slug="decline-test-warm", name="Built-in warm decline")


# --- List -------------------------------------------------------------------


def test_list_shows_own_and_builtin_templates_but_not_other_users(owner_client, own_template, builtin, outsider):
    EmailTemplateFactory(owner=outsider, name="Outsider's secret template")
    body = owner_client.get(reverse("template_list")).content.decode()
    assert "Short and kind" in body
    assert "Built-in warm decline" in body
    assert "Outsider&#x27;s secret template" not in body
    assert "Outsider's secret template" not in body


def test_list_rows_say_whose_each_template_is_and_show_names_as_typed(owner_client, owner):
    published = EmailTemplateFactory(owner=owner, name="Mine <b>bold</b>", subject="", published_at=timezone.now())
    body = owner_client.get(reverse("template_list")).content.decode()
    row = body[body.index(f'href="{reverse("template_detail", args=[published.pk])}"') :]
    row = row[: row.index("</a>")]
    assert "Mine &lt;b&gt;bold&lt;/b&gt;</span>" in row and "<b>bold" not in row
    assert "(no subject)" in row
    assert (
        '<span class="badge text-bg-primary">Yours</span> <span class="badge text-bg-light border">Published</span>'
        in row
    )


def test_list_search_and_filters(owner_client, own_template, builtin):
    EmailTemplateFactory(owner=own_template.owner, name="Check-in note", kind="check_in", tone="warm")
    found = owner_client.get(reverse("template_list"), {"q": "short and"}).content.decode()
    assert "Short and kind" in found and "Check-in note" not in found
    by_kind = owner_client.get(reverse("template_list"), {"kind": "check_in"}).content.decode()
    assert "Check-in note" in by_kind and "Short and kind" not in by_kind
    by_tone = owner_client.get(reverse("template_list"), {"tone": "brief"}).content.decode()
    assert "Short and kind" in by_tone and "Built-in warm decline" not in by_tone
    nothing = owner_client.get(reverse("template_list"), {"q": "zebra"}).content.decode()
    assert "No templates match “zebra”" in nothing


@pytest.mark.parametrize(
    ("typed", "found", "not_found"),
    [
        ("50%", "Fifty 50% off", "Five 500 off"),
        ("a_b", "Note a_b", "Note axb"),
        ("ŁUKASZ", "Dla łukasza", "Dla Lukasza"),
    ],
)
def test_list_search_takes_what_is_typed_as_typed_in_any_alphabet(owner_client, owner, typed, found, not_found):
    EmailTemplateFactory(owner=owner, name=found)
    EmailTemplateFactory(owner=owner, name=not_found)
    shown = owner_client.get(reverse("template_list"), {"q": typed}).content.decode()
    assert found in shown and not_found not in shown


def test_the_kind_filter_shows_the_kind_asked_for_and_nothing_when_none_was(owner_client, own_template, builtin):
    EmailTemplateFactory(owner=own_template.owner, name="Check-in note", kind="check_in", tone="warm")
    everything = owner_client.get(reverse("template_list")).content.decode()
    kinds = everything.split('id="kind"', 1)[1].split("</select>", 1)[0]
    assert kinds.count(" selected>") == 1 and '<option value="" selected>Any kind</option>' in kinds
    assert '<a class="btn btn-link" href="/templates/">Clear</a>' not in everything
    by_kind = owner_client.get(reverse("template_list"), {"kind": "check_in"}).content.decode()
    assert '<option value="check_in" selected>Check-in</option>' in by_kind
    assert '<a class="btn btn-link" href="/templates/">Clear</a>' in by_kind


def test_list_groups_by_kind_then_reason(owner_client, owner):
    for name, kind, reason in [
        ("Moving city", "decline", "location"),
        ("Took the other one", "decline", "another_offer"),
        ("Any reason at all", "decline", ""),
        ("Pay gap", "decline", "compensation"),
        ("Three months on", "check_in", ""),
    ]:
        EmailTemplateFactory(owner=owner, name=name, kind=kind, reason=reason)
    body = owner_client.get(reverse("template_list")).content.decode()
    # Reasons in the order the flow offers them, the templates for any reason last.
    order = [
        "Decline email",
        "Accepted another offer</h3>",
        "Took the other one",
        "Compensation</h3>",
        "Pay gap",
        "Location</h3>",
        "Moving city",
        "For any reason</h3>",
        "Any reason at all",
    ]
    positions = [body.index(text) for text in order]
    assert positions == sorted(positions)
    # A kind whose templates speak of no reason has no reason headings.
    check_ins = body[body.index('id="kind-check_in"') : body.index('id="kind-decline"')]
    assert "Three months on" in check_ins and "For any reason" not in check_ins


def test_tone_is_a_filter_of_links_that_keep_the_search(owner_client, own_template):
    EmailTemplateFactory(owner=own_template.owner, name="Short and warm", tone="warm")
    body = owner_client.get(reverse("template_list"), {"q": "short", "kind": "decline"}).content.decode()
    assert 'href="/templates/?q=short&amp;kind=decline&amp;tone=brief"' in body
    assert 'href="/templates/?q=short&amp;kind=decline" aria-current="page">Any tone' in body
    brief = owner_client.get(reverse("template_list"), {"q": "short", "kind": "decline", "tone": "brief"})
    page = brief.content.decode()
    assert "Short and kind" in page and "Short and warm" not in page
    assert 'tone=brief" aria-current="page">Brief' in page
    # The search form keeps the tone chosen.
    assert '<input type="hidden" name="tone" value="brief">' in page
    # A tone that does not exist filters nothing and marks "Any tone".
    unknown = owner_client.get(reverse("template_list"), {"tone": "shouty"}).content.decode()
    assert "Short and warm" in unknown and 'aria-current="page">Any tone' in unknown


def test_each_entry_has_a_one_line_excerpt(owner_client, own_template):
    body = owner_client.get(reverse("template_list")).content.decode()
    assert 'class="d-block small text-truncate template-excerpt">Thank you, ' in body


def test_list_shows_a_line_of_each_templates_own_preview(owner_client, own_template, outsider):
    EmailTemplateFactory(
        owner=own_template.owner,
        name="Pay, formally",
        tone="formal",
        reason="compensation",
        subject="The {{ role }} offer",
        body="{{ greeting }}\n\n**Re:** {{ company }}. {{ reason_sentence }}\n\nA second paragraph.",
    )
    body = owner_client.get(reverse("template_list")).content.decode()
    # Its subject filled in as well, not its tags beside an opening filled in.
    assert "The Senior Data Engineer offer" in body and "The {{ role }} offer" not in body
    # The first sentence after the greeting, filled for a sample offer: its own reason and tone.
    assert "Thank you, Northwind Analytics." in body
    assert "Re: Northwind Analytics." in body
    assert "A second paragraph" not in body


def test_the_lists_excerpts_cost_no_query_per_template(owner_client, owner):
    body = "{{ greeting }}\n\nThank you for taking my call {{ call_date }}. {{ thanks_sentence }}"
    EmailTemplateFactory(owner=owner, name="Mine 0", body=body)
    with CaptureQueriesContext(connection) as few:
        owner_client.get(reverse("template_list"))
    for n in range(1, 20):
        EmailTemplateFactory(owner=owner, name=f"Mine {n}", body=body)
    with CaptureQueriesContext(connection) as many:
        page = owner_client.get(reverse("template_list")).content.decode()
    assert page.count("Thank you for taking my call today.") == 20
    assert len(many.captured_queries) == len(few.captured_queries)


def test_list_pages_by_twenty_five_and_counts_the_pages(owner_client, owner):
    builtins = EmailTemplate.objects.filter(owner=None).count()
    for n in range(120 - builtins):
        EmailTemplateFactory(owner=owner, kind="thank_you", name=f"Keepsake {n}" if n < 60 else f"Other {n}")
    url = reverse("template_list")
    first = owner_client.get(url).content.decode()
    last = owner_client.get(url, {"page": 5}).content.decode()
    assert "Page 1 of 5" in first and "Page 5 of 5" in last
    assert first.count('class="list-group-item') == 25
    assert last.count('class="list-group-item') == 20
    # Past the end, the last page; not a number, the first; a search, its own count.
    assert "Page 5 of 5" in owner_client.get(url, {"page": 99}).content.decode()
    assert "Page 1 of 5" in owner_client.get(url, {"page": "x"}).content.decode()
    assert "Page 5 of 5" in owner_client.get(url, {"page": "1" + "0" * 22}).content.decode()
    searched = owner_client.get(url, {"q": "Keepsake", "page": 3}).content.decode()
    assert "Page 3 of 3" in searched


def test_list_hides_deleted_templates(owner_client, owner):
    EmailTemplateFactory(owner=owner, name="Old draft", deleted_at=timezone.now())
    assert "Old draft" not in owner_client.get(reverse("template_list")).content.decode()


def test_list_needs_login(client):
    response = client.get(reverse("template_list"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


# --- Detail -----------------------------------------------------------------


def test_detail_shows_the_template_and_a_filled_preview(owner_client, own_template):
    body = owner_client.get(own_template.get_absolute_url()).content.decode()
    assert "About the {{ role }} offer" in body
    assert "About the Senior Data Engineer offer" in body  # the sample role
    assert "Thank you, Northwind Analytics." in body


def test_detail_previews_a_template_for_its_own_reason_and_tone(owner_client, owner):
    template = EmailTemplateFactory(
        owner=owner,
        name="Pay, formally",
        tone="formal",
        reason="compensation",
        medium="letter",
        body="{{ greeting }}\n\n{{ reason_sentence }}\n\n{{ sign_off }}\n{{ signature }}",
    )
    body = owner_client.get(template.get_absolute_url()).content.decode()
    assert "Dear Ms Raman," in body
    assert "compensation" in body.split("Dear Ms Raman,")[1] or "package" in body.split("Dear Ms Raman,")[1]
    assert "accepted another" not in body
    assert "Yours sincerely," in body
    assert "Filled in for a sample offer declined for “compensation”, in a formal tone." in body


def test_builtin_detail_offers_duplicate_not_edit(owner_client, builtin):
    body = owner_client.get(builtin.get_absolute_url()).content.decode()
    assert "Duplicate to edit" in body
    assert reverse("template_edit", args=[builtin.pk]) not in body


def test_detail_is_404_for_another_user(outsider_client, own_template):
    assert outsider_client.get(own_template.get_absolute_url()).status_code == 404


def test_detail_needs_login(client, own_template):
    assert client.get(own_template.get_absolute_url()).status_code == 302


# --- Create -----------------------------------------------------------------


def test_create_saves_the_template_and_its_first_revision(owner_client, owner):
    response = owner_client.post(reverse("template_new"), form_data())
    template = EmailTemplate.objects.get(owner=owner)
    assert response.status_code == 302
    assert response.url == template.get_absolute_url()
    assert template.body.startswith("{{ greeting }}")
    assert list(template.revisions.values_list("number", "body")) == [(1, template.body)]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Hello {{ compnay }}", "Unknown tag {{ compnay }} — did you mean {{ company }}?"),
        ("{{ offer.owner.password }}", "offer.owner.password"),
        ("{{ user.groups.all }}", "user.groups.all"),
        ("{{ messages.storages.0.signer.key }}", "messages.storages.0.signer.key"),
        ("{% debug %}", "template logic is not allowed"),
        ("{% load log %}", "template logic is not allowed"),
        ('{% include "base.html" %}', "template logic is not allowed"),
        ("{{ company|safe }}", "company|safe"),
        ("{# note #}", "comments are not allowed"),
        ("Dear {{ contact_name", "missing its closing }}"),
    ],
)
def test_create_refuses_unsafe_or_unknown_tags_next_to_the_body(owner_client, owner, body, message):
    response = owner_client.post(reverse("template_new"), form_data(body=body))
    assert response.status_code == 200
    errors = response.context["form"].errors["body"]
    assert any(message in error for error in errors), errors
    assert not EmailTemplate.objects.filter(owner=owner).exists()
    page = response.content.decode()
    assert 'value="My warm decline"' in page  # nothing typed is lost
    assert settings.SECRET_KEY not in page


def test_create_refuses_tags_in_the_subject_too(owner_client, owner):
    response = owner_client.post(reverse("template_new"), form_data(subject="Re: {{ offer.role }}"))
    assert "subject" in response.context["form"].errors
    assert not EmailTemplate.objects.filter(owner=owner).exists()


def test_limits_have_clear_messages(owner_client, owner):
    response = owner_client.post(
        reverse("template_new"), form_data(subject="x" * 201, body="y" * 20_001, name="n" * 201)
    )
    errors = response.context["form"].errors
    assert errors["subject"] == ["The subject is too long: keep it to 200 characters (it has 201)."]
    assert errors["body"] == ["The body is too long: keep it to 20,000 characters (it has 20001)."]
    assert errors["name"] == ["Keep the name to 200 characters (it has 201)."]
    assert not EmailTemplate.objects.filter(owner=owner).exists()


def test_names_are_unique_per_user(owner_client, own_template, outsider):
    EmailTemplateFactory(owner=outsider, name="Outsider name")
    response = owner_client.post(reverse("template_new"), form_data(name="Short and kind"))
    assert response.context["form"].errors["name"] == [
        "You already have a template called “Short and kind”. Choose another name."
    ]
    # Another user's name is free to take.
    response = owner_client.post(reverse("template_new"), form_data(name="Outsider name"))
    assert response.status_code == 302


def test_preview_button_without_javascript_shows_the_filled_email_and_saves_nothing(owner_client, owner):
    response = owner_client.post(reverse("template_new"), form_data(action="preview"))
    assert response.status_code == 200
    assert not EmailTemplate.objects.filter(owner=owner).exists()
    page = response.content.decode()
    assert "Your offer for the Senior Data Engineer role" in page
    assert "Thank you for the offer to join Northwind Analytics." in page
    assert 'value="My warm decline"' in page


def test_create_needs_login(client):
    assert client.get(reverse("template_new")).status_code == 302


# --- Live preview ----------------------------------------------------------


def test_live_preview_fills_sample_values(owner_client):
    response = owner_client.post(reverse("template_preview"), {"subject": "Re: {{ role }}", "body": "Hi {{ company }}"})
    page = response.content.decode()
    assert "Re: Senior Data Engineer" in page
    assert "Hi Northwind Analytics" in page
    assert "<html" not in page  # a partial, not a whole page


def test_live_preview_uses_the_reason_and_tone_being_chosen(owner_client):
    body = "{{ greeting }}\n\n{{ reason_sentence }}\n\n{{ sign_off }}"
    data = {"subject": "", "body": body, "kind": "decline", "tone": "brief", "reason": "location", "medium": "email"}
    page = owner_client.post(reverse("template_preview"), data).content.decode()
    assert "Hi Priya," in page
    assert "location" in page
    assert "Best," in page


def test_live_preview_of_a_template_being_edited_words_it_as_saved(owner_client, own_template, outsider):
    body = "{{ greeting }}\n\n{{ thanks_sentence }}"
    own_template.body = body
    own_template.save()
    detail = owner_client.get(own_template.get_absolute_url()).content.decode()
    data = {"subject": "", "body": body, "kind": "decline", "tone": "brief", "template": own_template.pk}
    page = owner_client.post(reverse("template_preview"), data).content.decode()
    thanks = page.split("Hi Priya,")[1].split("</p>")[1]
    assert thanks in detail
    # Another user's template id is ignored, not looked into.
    theirs = EmailTemplateFactory(owner=outsider)
    response = owner_client.post(reverse("template_preview"), {**data, "template": theirs.pk})
    assert response.status_code == 200


def test_live_preview_can_use_one_of_your_offers(owner_client, owner):
    offer = OfferFactory(owner=owner, company="Contoso Robotics")
    response = owner_client.post(
        reverse("template_preview"), {"subject": "", "body": "Hi {{ company }}", "preview_offer": offer.pk}
    )
    assert "Hi Contoso Robotics" in response.content.decode()


def test_live_preview_refuses_another_users_offer(owner_client, outsider):
    offer = OfferFactory(owner=outsider, company="Outsider Secret Corp")
    response = owner_client.post(
        reverse("template_preview"), {"subject": "", "body": "Hi {{ company }}", "preview_offer": offer.pk}
    )
    page = response.content.decode()
    assert "Outsider Secret Corp" not in page
    assert "Select a valid choice" in page


def test_live_preview_shows_tag_errors(owner_client):
    response = owner_client.post(reverse("template_preview"), {"subject": "", "body": "{{ offer.owner.password }}"})
    page = response.content.decode()
    assert "offer.owner.password" in page
    assert settings.SECRET_KEY not in page


def test_live_preview_needs_login(client):
    assert client.post(reverse("template_preview"), {"body": "x"}).status_code == 302


def test_live_preview_needs_post(owner_client):
    assert owner_client.get(reverse("template_preview")).status_code == 405


# --- Edit, conflicts and revisions -----------------------------------------


def test_edit_saves_a_new_revision(owner_client, own_template):
    response = owner_client.post(
        reverse("template_edit", args=[own_template.pk]),
        form_data(name="Short and kind", body="{{ greeting }}\n\nThanks again.", base_version=own_template.version),
    )
    assert response.status_code == 302
    own_template.refresh_from_db()
    assert own_template.body == "{{ greeting }}\n\nThanks again."
    assert own_template.version == 2
    assert list(own_template.revisions.order_by("number").values_list("number", flat=True)) == [1, 2]


def test_a_save_from_a_stale_tab_is_refused_and_both_texts_are_shown(owner_client, own_template):
    url = reverse("template_edit", args=[own_template.pk])
    first = owner_client.post(url, form_data(body="First tab text.", base_version=1))
    assert first.status_code == 302
    second = owner_client.post(url, form_data(body="Second tab text.", base_version=1))
    assert second.status_code == 409
    page = second.content.decode()
    assert "saved somewhere else after you opened it" in page
    assert "First tab text." in page
    assert "Second tab text." in page
    own_template.refresh_from_db()
    assert own_template.body == "First tab text."


def test_after_a_conflict_the_user_can_keep_their_text(owner_client, own_template):
    url = reverse("template_edit", args=[own_template.pk])
    owner_client.post(url, form_data(body="First tab text.", base_version=1))
    response = owner_client.post(url, form_data(body="Second tab text.", base_version=1, action="overwrite"))
    assert response.status_code == 302
    own_template.refresh_from_db()
    assert own_template.body == "Second tab text."
    # Both saves are kept as revisions.
    bodies = list(own_template.revisions.order_by("number").values_list("body", flat=True))
    assert bodies[-2:] == ["First tab text.", "Second tab text."]


def test_builtins_cannot_be_edited(owner_client, builtin):
    url = reverse("template_edit", args=[builtin.pk])
    assert owner_client.get(url).status_code == 404
    assert owner_client.post(url, form_data(body="Mine now")).status_code == 404
    builtin.refresh_from_db()
    assert builtin.body != "Mine now"


def test_edit_is_404_for_another_user(outsider_client, own_template):
    url = reverse("template_edit", args=[own_template.pk])
    assert outsider_client.get(url).status_code == 404
    assert outsider_client.post(url, form_data(body="Hacked")).status_code == 404
    own_template.refresh_from_db()
    assert "Hacked" not in own_template.body


def test_edit_needs_login(client, own_template):
    assert client.get(reverse("template_edit", args=[own_template.pk])).status_code == 302


def test_revisions_page_shows_what_changed(owner_client, own_template):
    owner_client.post(
        reverse("template_edit", args=[own_template.pk]),
        form_data(name="Short and kind", body="A brand new line.", base_version=1),
    )
    page = owner_client.get(reverse("template_revisions", args=[own_template.pk])).content.decode()
    assert "Revision 2" in page and "Revision 1" in page
    assert '<div class="diff-added"><span class="visually-hidden">Added: </span>+ A brand new line.</div>' in page
    assert "Thank you, {{ company }}." in page  # removed line shown


def test_restore_a_revision(owner_client, own_template):
    owner_client.post(
        reverse("template_edit", args=[own_template.pk]),
        form_data(name="Short and kind", body="Replaced text.", base_version=1),
    )
    response = owner_client.post(reverse("template_restore_revision", args=[own_template.pk, 1]))
    assert response.status_code == 302
    own_template.refresh_from_db()
    assert own_template.body == "{{ greeting }}\n\nThank you, {{ company }}.\n\n{{ signature }}"
    assert own_template.revisions.count() == 3
    assert own_template.revisions.get(number=3).note == "Restored revision 1."


def test_a_revision_keeps_kind_tone_reason_and_medium_and_restoring_brings_them_back(owner_client, own_template):
    """A revision kept only the text: a save that changed the tone showed "No change in the text",
    and restoring a decline's old revision left it a thank-you note."""
    same_text = {"name": own_template.name, "subject": own_template.subject, "body": own_template.body}
    owner_client.post(
        reverse("template_edit", args=[own_template.pk]),
        form_data(**same_text, kind="thank_you", tone="formal", reason="", medium="", base_version=1),
    )
    page = owner_client.get(reverse("template_revisions", args=[own_template.pk])).content.decode()
    assert "No change in the text." not in page
    assert '<p class="mb-1 small">Decline email · Brief · Email</p>' in page  # the first version, as it was
    for line in ("Kind: Decline email", "Tone: Brief", "Medium: Email"):
        assert f'<span class="visually-hidden">Removed: </span>− {line}</div>' in page
    for line in ("Kind: Thank-you note", "Tone: Formal", "Medium: any"):
        assert f'<span class="visually-hidden">Added: </span>+ {line}</div>' in page

    owner_client.post(reverse("template_restore_revision", args=[own_template.pk, 1]))
    own_template.refresh_from_db()
    assert (own_template.kind, own_template.tone, own_template.medium) == ("decline", "brief", "email")
    restored = own_template.revisions.get(number=3)
    assert (restored.kind, restored.tone, restored.medium, restored.note) == (
        "decline",
        "brief",
        "email",
        "Restored revision 1.",
    )


def test_revisions_are_404_for_another_user(outsider_client, own_template):
    assert outsider_client.get(reverse("template_revisions", args=[own_template.pk])).status_code == 404
    response = outsider_client.post(reverse("template_restore_revision", args=[own_template.pk, 1]))
    assert response.status_code == 404


def test_revisions_need_login(client, own_template):
    assert client.get(reverse("template_revisions", args=[own_template.pk])).status_code == 302


# --- Duplicate, delete, undo ------------------------------------------------


def test_duplicate_a_builtin_makes_an_editable_copy(owner_client, owner, builtin):
    response = owner_client.post(reverse("template_duplicate", args=[builtin.pk]))
    copy = EmailTemplate.objects.get(owner=owner)
    assert response.url == reverse("template_edit", args=[copy.pk])
    assert (copy.name, copy.body, copy.duplicated_from) == (f"{builtin.name} (copy)", builtin.body, builtin)
    assert copy.revisions.get().note == f"Copied from “{builtin.name}”."
    builtin.refresh_from_db()
    assert builtin.owner is None


def test_duplicate_twice_picks_a_free_name(owner_client, owner, own_template):
    owner_client.post(reverse("template_duplicate", args=[own_template.pk]))
    owner_client.post(reverse("template_duplicate", args=[own_template.pk]))
    names = set(EmailTemplate.objects.owned_by(owner).values_list("name", flat=True))
    assert names == {"Short and kind", "Short and kind (copy)", "Short and kind (copy 2)"}


def test_a_copy_of_a_copy_counts_on_and_names_are_unique_per_user(owner_client, owner, outsider, builtin):
    owner_client.post(reverse("template_duplicate", args=[builtin.pk]))
    first = EmailTemplate.objects.get(owner=owner, name=f"{builtin.name} (copy)")
    owner_client.post(reverse("template_duplicate", args=[first.pk]))
    owner_client.post(reverse("template_duplicate", args=[builtin.pk]))
    names = sorted(EmailTemplate.objects.owned_by(owner).values_list("name", flat=True))
    assert names == [f"{builtin.name} (copy 2)", f"{builtin.name} (copy 3)", f"{builtin.name} (copy)"]
    # Another user's copies are counted apart.
    other = Client()
    other.force_login(outsider)
    other.post(reverse("template_duplicate", args=[builtin.pk]))
    assert EmailTemplate.objects.get(owner=outsider).name == f"{builtin.name} (copy)"
    # The name field is full: the suffix still fits.
    long = EmailTemplateFactory(owner=owner, name="L" * 200)
    owner_client.post(reverse("template_duplicate", args=[long.pk]))
    assert EmailTemplate.objects.filter(owner=owner, name="L" * 193 + " (copy)").exists()


def test_duplicate_is_404_for_another_users_template(outsider_client, outsider, own_template):
    assert outsider_client.post(reverse("template_duplicate", args=[own_template.pk])).status_code == 404
    assert not EmailTemplate.objects.filter(owner=outsider).exists()


def test_delete_is_soft_and_can_be_undone(owner_client, own_template):
    response = owner_client.post(reverse("template_delete", args=[own_template.pk]))
    assert response.url == f"{reverse('template_list')}?deleted={own_template.pk}#undo"
    own_template.refresh_from_db()
    assert own_template.deleted_at is not None
    page = owner_client.get(response.url).content.decode()
    assert "Deleted “Short and kind”." in page
    assert reverse("template_undelete", args=[own_template.pk]) in page

    owner_client.post(reverse("template_undelete", args=[own_template.pk]))
    own_template.refresh_from_db()
    assert own_template.deleted_at is None
    assert TemplateRevision.objects.filter(template=own_template).count() == 1


def test_undo_renames_when_the_name_was_taken_meanwhile(owner_client, owner, own_template):
    owner_client.post(reverse("template_delete", args=[own_template.pk]))
    EmailTemplateFactory(owner=owner, name="Short and kind")
    owner_client.post(reverse("template_undelete", args=[own_template.pk]))
    own_template.refresh_from_db()
    assert own_template.name == "Short and kind (copy)"


def test_delete_and_undo_are_404_for_another_user(outsider_client, own_template):
    assert outsider_client.post(reverse("template_delete", args=[own_template.pk])).status_code == 404
    own_template.refresh_from_db()
    assert own_template.deleted_at is None
    own_template.deleted_at = timezone.now()
    own_template.save()
    assert outsider_client.post(reverse("template_undelete", args=[own_template.pk])).status_code == 404
    # Nor does the list offer another user's undo.
    page = outsider_client.get(f"{reverse('template_list')}?deleted={own_template.pk}").content.decode()
    assert "Short and kind" not in page


def test_builtins_cannot_be_deleted(owner_client, builtin):
    assert owner_client.post(reverse("template_delete", args=[builtin.pk])).status_code == 404
    builtin.refresh_from_db()
    assert builtin.deleted_at is None


def test_changing_views_refuse_get(owner_client, own_template):
    for name in ["template_duplicate", "template_delete", "template_undelete"]:
        assert owner_client.get(reverse(name, args=[own_template.pk])).status_code == 405


def test_the_live_preview_pauses_after_a_minute_of_requests(owner_client, one_throttle_window):
    url = reverse("template_preview")
    for _ in range(throttle.PREVIEWS_PER_MINUTE):
        assert owner_client.post(url, {"subject": "", "body": "Hi {{ company }}"}).status_code == 200

    response = owner_client.post(url, {"subject": "", "body": "Hi {{ company }}"})

    assert response.status_code == 429
    assert "catches up with your typing within a minute" in response.content.decode()


def test_a_linkedin_note_template_keeps_no_subject_and_previews_none(owner_client, owner):
    """A subject typed before choosing the kind was kept, and the preview showed it."""
    data = form_data(
        name="My note", kind="linkedin_note", tone="", medium="", subject="Hello {{ company }}", body="Hi!"
    )
    response = owner_client.post(reverse("template_new"), data)
    assert response.status_code == 302
    template = EmailTemplate.objects.get(owner=owner, name="My note")
    assert template.subject == ""
    assert (
        compose(EmailTemplate(kind="linkedin_note", subject="Hello {{ company }}", body="Hi!"), user=owner).subject
        == ""
    )


def test_revisions_saved_before_they_kept_kind_and_tone_take_their_templates(owner):
    """Migration 0020: a revision from before then has the template's present kind, tone, reason and medium."""
    migration = importlib.import_module("declines.migrations.0020_templaterevision_kind_tone_reason_medium")
    template = template_create(
        owner=owner, name="Old", kind="thank_you", tone="brief", reason="", medium="email", subject="S", body="B"
    )
    TemplateRevision.objects.filter(template=template).update(kind="decline", tone="", medium="")
    migration.from_their_template(apps, None)
    revision = template.revisions.get()
    assert (revision.kind, revision.tone, revision.medium) == ("thank_you", "brief", "email")


def test_a_client_of_a_coach_can_filter_by_whose_template_it_is(owner_client, owner, outsider, own_template):
    from declines.models import Coaching

    assert 'name="source"' not in owner_client.get(reverse("template_list")).content.decode()
    Coaching.objects.create(client=owner, coach=outsider)
    page = owner_client.get(reverse("template_list"), {"source": "mine"}).content.decode()
    assert '<label for="source" class="form-label">Whose</label>' in page
    assert '<option value="mine" selected>Yours</option>' in page
    assert '<option value="coach">From your coach</option>' in page
    assert "Short and kind" in page

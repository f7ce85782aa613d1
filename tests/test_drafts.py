"""The one draft editor (views/drafts.py): every kind of draft — the flow's
decline, a follow-up's thank-you, check-in and LinkedIn note, an answer — is
started from a template, edited with the same form, live preview, checklist
and ways to send, and saved without losing a word (§8)."""

import datetime as dt
import email
import email.policy
import importlib
import re
from dataclasses import dataclass
from unittest import mock

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines import composer, throttle
from declines.models import Draft, EmailTemplate, FollowUp, Offer
from declines.ownership import declines_written, get_draft_for_user
from declines.services.drafts import draft_create, draft_save
from declines.views import drafts as drafts_views
from declines.wording import format_date
from tests.factories import DraftFactory, EmailTemplateFactory, FollowUpFactory, OfferFactory
from tests.test_review import tone_key

pytestmark = pytest.mark.django_db

KINDS = ["decline", "thank_you", "check_in", "linkedin_note", "answer"]
EMAIL_KINDS = [kind for kind in KINDS if kind != "linkedin_note"]


@pytest.fixture
def library(db):
    call_command("load_starter_library", verbosity=0)


def step_url(offer, step):
    return reverse("flow_step", args=[offer.pk, step])


def declined_offer(owner, **fields):
    return OfferFactory(
        owner=owner,
        company="Northwind Analytics",
        status=Offer.Status.DECLINED,
        decided_at=timezone.now() - dt.timedelta(days=3),
        received_on=timezone.localdate() - dt.timedelta(days=20),
        flow_step=5,
        **fields,
    )


@dataclass
class Drafted:
    draft: Draft
    url: str  # the editor's page

    @property
    def offer(self):
        return self.draft.offer


FOLLOW_UP_FOR = {"thank_you": "thank_you", "check_in": "check_in", "linkedin_note": "linkedin"}
SLUGS = {
    "decline": "decline-another-offer-warm",
    "thank_you": "thank-you-after-declining",
    "check_in": "check-in-3-months",
    "linkedin_note": "linkedin-note",
    "answer": "answer-why-decline",
}


def drafted(owner, kind: str) -> Drafted:
    """A draft of `kind` as the app writes it, and the page its editor is on."""
    template = EmailTemplate.objects.get(slug=SLUGS[kind], owner=None)
    if kind == "decline":
        offer = OfferFactory(owner=owner, company="Northwind Analytics", flow_step=4)
        return Drafted(draft_create(offer=offer, template=template, user=owner), step_url(offer, 4))
    offer = declined_offer(owner)
    follow_up = None
    if kind in FOLLOW_UP_FOR:
        follow_up = FollowUpFactory(offer=offer, kind=FOLLOW_UP_FOR[kind], due_on=timezone.localdate())
    draft = draft_create(offer=offer, template=template, user=owner, follow_up=follow_up)
    return Drafted(draft, reverse("draft_edit", args=[draft.pk]))


def unmarked(html: str) -> str:
    """The page without the marks the preview puts on the checklist's findings."""
    return re.sub(r"</?mark\b[^>]*>", "", html)


def posted(draft, **changes):
    data = {"action": "save", "subject": draft.subject, "body": draft.body, "base_version": str(draft.version)}
    if draft.kind == "linkedin_note":
        del data["subject"]
    return {**data, **changes}


# --- One editor for every kind --------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_draft_opens_in_the_one_editor(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    response = owner_client.get(d.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "declines/drafts/editor.html" in [t.name for t in response.templates]
    assert f'hx-post="{reverse("draft_preview", args=[d.draft.pk])}"' in body
    assert 'hx-trigger="input changed delay:400ms"' in body
    assert 'name="action" value="preview"' in body  # the live preview's no-JS button
    assert f'name="base_version" value="{d.draft.pk}:{d.draft.version}"' in body
    # The preview sits beside the editor, before the checklist.
    assert body.index('id="editor"') < body.index('id="draft-preview"') < body.index('id="draft-checklist"')
    assert "Review checklist" in body
    assert response.context["live"]["summary"]["total"] >= 4


@pytest.mark.parametrize("kind", EMAIL_KINDS)
def test_an_email_has_a_subject_and_every_way_to_send(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    body = owner_client.get(d.url).content.decode()
    assert 'name="subject"' in body
    if kind == "decline":
        # In the flow the ways to send are step 5's, the next step (tests/test_send.py).
        assert "Open in your mail app" not in body and "Copy body" not in body
        return
    for label in ["Copy subject</button>", "Copy body</button>", "Copy formatted</button>"]:
        assert label in body
    assert ">Open in your mail app</a>" in body
    assert "Open in Gmail" in body and "Open in Outlook on the web" in body
    eml = reverse("draft_eml", args=[d.draft.pk])
    assert f'href="{eml}" download="{kind.replace("_", "-")}-northwind-analytics.eml"' in body
    assert 'id="copy-to" rows="1" readonly>Priya Lee &lt;priya.lee@example.com&gt;</textarea>' in body
    assert 'id="copy-subject"' in body and 'id="copy-body"' in body
    assert '<template id="email-formatted">' in body


def test_a_linkedin_note_has_no_subject_a_count_and_a_link_to_linkedin(owner_client, owner, library):
    d = drafted(owner, "linkedin_note")
    response = owner_client.get(d.url)
    body = response.content.decode()
    assert 'name="subject"' not in body
    assert "Subject:" not in body
    assert "Your note" in body
    characters = len(response.context["live"]["email"].text.strip())
    assert 0 < characters <= 300
    assert f">{characters} of 300 characters</p>" in body
    assert 'aria-describedby="id_body_helptext note-count"' in body
    assert "Copy the note</button>" in body
    assert 'href="https://www.linkedin.com/" target="_blank" rel="noopener">Open LinkedIn' in body
    assert "mailto:" not in body and "Download .eml" not in body and "Open in Gmail" not in body
    assert 'id="copy-body" rows="6" readonly>Hi Priya, thank you again' in body


def test_a_linkedin_note_is_previewed_and_copied_as_the_plain_text_typed(owner_client, owner, library):
    """The preview showed "*favourite*" in italics and the note to copy had lost its asterisks."""
    d = drafted(owner, "linkedin_note")
    response = owner_client.post(reverse("draft_preview", args=[d.draft.pk]), {"body": "Hi Priya, my *favourite* bit"})
    assert response.context["live"]["email"].text == "Hi Priya, my *favourite* bit"
    assert "<em>" not in response.content.decode()
    d.draft.body = "Hi Priya, my *favourite* bit was <Q&A>."
    d.draft.save()
    body = owner_client.get(d.url).content.decode()
    assert "readonly>Hi Priya, my *favourite* bit was &lt;Q&amp;A&gt;." in body


def test_a_linkedin_note_over_the_limit_says_by_how_much(owner_client, owner, library):
    d = drafted(owner, "linkedin_note")
    long_note = "Hi Priya, " + "thank you again for your time. " * 12
    response = owner_client.post(reverse("draft_preview", args=[d.draft.pk]), {"body": long_note})
    body = response.content.decode()
    count = len(long_note.strip())
    assert count > 300
    assert '<p id="note-count" class="note-count is-over" data-limit="300" data-offset="0" hx-swap-oob="true">' in body
    assert f"{count} of 300 characters — {count - 300} too many</p>" in body
    assert f"{count} characters — LinkedIn allows 300" in body  # and the checklist warns
    # The count is the note as composed: a tag counts as what it fills in.
    response = owner_client.post(reverse("draft_preview", args=[d.draft.pk]), {"body": "Hi {{ contact_first_name }}"})
    assert "8 of 300 characters" in response.content.decode()
    assert 'data-offset="-19"' in response.content.decode()


def test_saving_a_linkedin_note_keeps_its_subject_out_of_the_form(owner_client, owner, library):
    d = drafted(owner, "linkedin_note")
    subject = d.draft.subject
    response = owner_client.post(d.url, posted(d.draft, body="Hi Priya, let's stay in touch.", subject="Injected"))
    assert response.url == d.url + "#editor"
    d.draft.refresh_from_db()
    assert (d.draft.subject, d.draft.body, d.draft.version) == (subject, "Hi Priya, let's stay in touch.", 2)


def test_the_checklist_of_a_linkedin_note_never_quotes_its_hidden_subject(owner_client, owner, library):
    d = drafted(owner, "linkedin_note")
    Draft.objects.filter(pk=d.draft.pk).update(subject="LinkedIn note for [Name] at Northwind")
    page = owner_client.get(d.url).content.decode()
    assert "[Name]" not in page.split('id="draft-checklist"', 1)[1]


@pytest.mark.parametrize("kind", KINDS)
def test_saving_moves_the_version_on(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    response = owner_client.post(d.url, posted(d.draft, body="Dear Priya,\r\n\r\nThank you."))
    assert response.status_code == 302
    assert response.url == d.url + "#editor"
    d.draft.refresh_from_db()
    assert (d.draft.body, d.draft.version) == ("Dear Priya,\n\nThank you.", 2)
    assert "Draft saved." in owner_client.get(d.url).content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_a_stale_tab_cannot_overwrite_a_newer_save(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    draft_save(draft=d.draft, expected_version=1, subject=d.draft.subject, body="The newer text")
    stale = posted(d.draft, body="My stale text", base_version="1")
    response = owner_client.post(d.url, stale)
    assert response.status_code == 409
    body = response.content.decode()
    assert "This draft was saved somewhere else after you opened it" in body
    assert "My stale text" in body and "The newer text" in body
    assert "Keep my text" in body and "Use the saved text" in body
    assert f'href="{d.url}">Use the saved text' in body
    # Told like a form error: the title says so and the notice takes focus (a screen reader heard nothing).
    assert "<title>Error: " in body and 'role="alert" aria-labelledby="conflict-title" tabindex="-1" autofocus' in body
    d.draft.refresh_from_db()
    assert (d.draft.body, d.draft.version) == ("The newer text", 2)
    # "Keep my text" saves over the version the user has seen, and only that one.
    assert response.context["form"]["base_version"].value() == f"{d.draft.pk}:2"
    assert owner_client.post(d.url, {**stale, "action": "overwrite", "base_version": "2"}).status_code == 302
    d.draft.refresh_from_db()
    assert (d.draft.body, d.draft.version) == ("My stale text", 3)
    assert "Kept your text." in owner_client.get(d.url).content.decode()


def test_a_save_without_a_version_overwrites_nothing(owner_client, owner, library):
    d = drafted(owner, "thank_you")
    for version in ["", "not a number", "9" * 40, "-1", f"{d.draft.pk + 1}:1", ":1:1"]:
        response = owner_client.post(d.url, posted(d.draft, body="From a tampered form", base_version=version))
        assert response.status_code == 409, version
    d.draft.refresh_from_db()
    assert d.draft.version == 1 and "tampered" not in d.draft.body


def test_save_and_continue_and_back_in_the_flow(owner_client, owner, library):
    d = drafted(owner, "decline")
    response = owner_client.post(d.url, posted(d.draft, action="continue"))
    assert response.url == step_url(d.offer, 5)
    d.offer.refresh_from_db()
    assert d.offer.flow_step == 5
    d.draft.refresh_from_db()
    response = owner_client.post(d.url, posted(d.draft, action="back", subject="Changed", body="Changed body"))
    assert response.url == step_url(d.offer, 3)
    d.draft.refresh_from_db()
    assert (d.draft.subject, d.draft.body) == ("Changed", "Changed body")
    d.offer.refresh_from_db()
    assert d.offer.flow_step == 5


def test_outside_the_flow_there_is_no_continue_or_back(owner_client, owner, library):
    d = drafted(owner, "answer")
    body = owner_client.get(d.url).content.decode()
    assert "Save and continue" not in body and 'value="back"' not in body
    response = owner_client.post(d.url, posted(d.draft, action="continue"))
    assert response.url == d.url + "#editor"
    d.offer.refresh_from_db()
    assert d.offer.flow_step == 5


def test_a_sent_draft_says_it_was_sent_and_that_edits_change_only_the_copy(owner_client, owner, library):
    d = drafted(owner, "thank_you")
    page = owner_client.get(d.url).content.decode()
    assert "You recorded this as sent" not in page
    Draft.objects.filter(pk=d.draft.pk).update(sent_at=timezone.now())
    page = owner_client.get(d.url).content.decode()
    assert f"You recorded this as sent on {format_date(timezone.localdate())}." in " ".join(page.split())


def test_a_paste_over_the_limit_reaches_the_server_to_be_measured(owner_client, owner, library):
    # A maxlength would make the browser cut the paste short without a word; the server says how long it is.
    page = owner_client.get(drafted(owner, "decline").url).content.decode()
    body = page[page.index('name="body"') - 300 : page.index('name="body"') + 300]
    assert "<textarea" in body and "maxlength" not in body


@pytest.mark.parametrize(
    ("kind", "field", "value", "message"),
    [
        ("decline", "body", "x" * 20_001, "The email is too long: keep it to 20,000 characters (it has 20001)."),
        ("decline", "subject", "s" * 201, "The subject is too long: keep it to 200 characters (it has 201)."),
        ("thank_you", "body", "", "The email is empty — write it here, or start again from a template."),
        ("answer", "body", "Dear {{ compnay }},", "Unknown tag {{ compnay }} — did you mean {{ company }}?"),
        ("linkedin_note", "body", "", "The note is empty — write it here, or start again from a template."),
    ],
)
def test_errors_are_next_to_the_field_and_keep_the_text(owner_client, owner, library, kind, field, value, message):
    d = drafted(owner, kind)
    data = posted(d.draft, body="Kept body")
    if kind != "linkedin_note":
        data["subject"] = "Kept subject"
    data[field] = value
    response = owner_client.post(d.url, data)
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    page = response.content.decode()
    assert f'id="error_1_id_{field}"' in page
    other = {"body": "Kept subject", "subject": "Kept body"}[field]
    if kind != "linkedin_note":
        assert other in page
    d.draft.refresh_from_db()
    assert d.draft.version == 1


@pytest.mark.parametrize("kind", ["decline", "check_in"])
def test_the_preview_button_shows_the_text_without_saving(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    data = posted(d.draft, action="preview", body="Dear Priya,\n\nWhat a **joke** of an offer.")
    body = owner_client.post(d.url, data).content.decode()
    # The sentence is shown, and marked as the checklist's finding (tested below).
    assert "What a <strong>joke</strong> of an offer." in unmarked(body)
    assert "can read as negative" in body
    d.draft.refresh_from_db()
    assert d.draft.version == 1 and "joke" not in d.draft.body


@pytest.mark.parametrize("kind", ["decline", "thank_you"])
def test_the_live_preview_returns_the_preview_and_the_checklist_out_of_band(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    response = owner_client.post(
        reverse("draft_preview", args=[d.draft.pk]),
        {"subject": d.draft.subject, "body": d.draft.body + "\n\nFrankly, the process was a mess!!"},
        headers={"HX-Request": "true"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert "Frankly, the process was a mess!!" in body
    assert '<div id="draft-checklist" hx-swap-oob="true">' in body
    assert 'id="review-summary"' in body and 'hx-swap-oob="innerHTML"' in body
    assert "“Frankly” can read as negative" in body
    # Without JavaScript the checklist's buttons submit the editor to its own page.
    assert f'formaction="{d.url}"' in body
    # Outside the flow the ways to send hand on the saved text, and say so.
    if kind == "decline":
        assert 'id="send-unsaved"' not in body
    else:
        assert "You have changes that are not saved yet" in body
    d.draft.refresh_from_db()
    assert "Frankly" not in d.draft.body


def test_the_live_preview_takes_the_editor_from_the_page_htmx_names(owner_client, owner, library):
    """htmx names the page it types on; the checklist's buttons post to that
    editor, and nobody asks the database which decline is the flow's."""
    d = drafted(owner, "decline")
    data = {"subject": d.draft.subject, "body": d.draft.body + " Frankly, it was a mess."}
    for page in (d.url, reverse("draft_edit", args=[d.draft.pk])):
        with CaptureQueriesContext(connection) as queries:
            response = owner_client.post(
                reverse("draft_preview", args=[d.draft.pk]),
                data,
                headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver{page}?from=somewhere"},
            )
        assert f'formaction="{page}"' in response.content.decode()
        assert not any('"created_at" DESC' in q["sql"] for q in queries.captured_queries)


def test_the_unsaved_line_is_empty_when_the_text_is_saved(owner_client, owner, library):
    d = drafted(owner, "thank_you")
    page = owner_client.get(d.url).content.decode()
    assert '<p id="send-unsaved" class="send-unsaved small mb-2"></p>' in page
    response = owner_client.post(
        reverse("draft_preview", args=[d.draft.pk]), {"subject": d.draft.subject, "body": d.draft.body}
    )
    assert '<p id="send-unsaved" class="send-unsaved small mb-2" hx-swap-oob="true"></p>' in response.content.decode()


def test_the_live_preview_pauses_after_a_minute_of_requests_and_the_draft_is_untouched(
    owner_client, owner, library, one_throttle_window
):
    d = drafted(owner, "check_in")
    url = reverse("draft_preview", args=[d.draft.pk])
    for _ in range(throttle.PREVIEWS_PER_MINUTE):
        assert owner_client.post(url, {"subject": "Hi", "body": "Typed"}).status_code == 200
    response = owner_client.post(url, {"subject": "Hi", "body": "Typed"})
    assert response.status_code == 429
    assert "Your text is safe" in response.content.decode()
    d.draft.refresh_from_db()
    assert d.draft.version == 1


def test_the_live_preview_reports_tag_problems_in_the_pane(owner_client, owner, library):
    d = drafted(owner, "answer")
    response = owner_client.post(reverse("draft_preview", args=[d.draft.pk]), {"subject": "Hi", "body": "{% evil %}"})
    assert "template logic is not allowed" in response.content.decode()


# --- The checklist: dismissing a warning ------------------------------------------------


@pytest.mark.parametrize("kind", ["decline", "answer"])
def test_a_dismissed_warning_stays_dismissed_for_this_draft(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    short = posted(d.draft, body="Dear Priya,\n\nThank you, but I decline.")
    owner_client.post(d.url, short)
    d.draft.refresh_from_db()
    short["base_version"] = str(d.draft.version)
    assert "Warning: </span>Length" in owner_client.get(d.url).content.decode()

    response = owner_client.post(
        reverse("draft_dismiss", args=[d.draft.pk]), {**short, "dismiss": "length"}, headers={"HX-Request": "true"}
    )
    assert "Length: dismissed." in response.content.decode()
    assert "Dismissed warning: </span>Length" in response.content.decode()
    d.draft.refresh_from_db()
    assert d.draft.dismissed_rules == ["length"]
    page = owner_client.get(d.url).content.decode()
    assert "Dismissed warning: </span>Length" in page
    assert 'name="restore" value="length"' in page
    # Another draft of the same offer still gets the warning.
    assert DraftFactory(offer=d.offer, body="Short.").dismissed_rules == []

    owner_client.post(
        reverse("draft_dismiss", args=[d.draft.pk]), {**short, "restore": "length"}, headers={"HX-Request": "true"}
    )
    d.draft.refresh_from_db()
    assert d.draft.dismissed_rules == []


@pytest.mark.parametrize("kind", ["decline", "linkedin_note"])
def test_dismissing_without_javascript_keeps_the_unsaved_text(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    typed = posted(d.draft, body="Dear Priya,\n\nThank you. Unsaved words here." + " More." * 250)
    del typed["action"]
    response = owner_client.post(d.url, {**typed, "dismiss": "length"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Unsaved words here." in body
    assert "Dismissed warning: </span>Length" in body
    assert "Length: dismissed." in body
    d.draft.refresh_from_db()
    assert d.draft.dismissed_rules == ["length"]
    assert "Unsaved words" not in d.draft.body


def test_an_unknown_rule_cannot_be_dismissed(owner_client, owner, library):
    d = drafted(owner, "decline")
    draft_save(draft=d.draft, expected_version=1, subject=d.draft.subject, body=d.draft.body, reach_step=5)
    response = owner_client.post(reverse("draft_dismiss", args=[d.draft.pk]), {"dismiss": "everything"})
    assert response.url == step_url(d.offer, 5) + "#checklist"
    d.draft.refresh_from_db()
    assert d.draft.dismissed_rules == []


# --- The checklist: findings, each quoted, marked and dismissed on its own ------------------------

FIRST = "Frankly, the process was a **waste** of time."
FIRST_QUOTED = "Frankly, the process was a waste of time."
FIRST_KEY = tone_key(FIRST_QUOTED)
SECOND = "That lowball offer was an insult."
SECOND_KEY = tone_key(SECOND)


def result_of(response, key: str):
    return next(result for result in response.context["live"]["results"] if result.key == key)


def summary_line(response) -> str:
    page = response.content.decode()
    return page.split('id="review-summary"', 1)[1].split(">", 1)[1].split("</p>", 1)[0]


def test_a_warning_quotes_its_sentence_and_the_preview_marks_it(owner_client, owner, library):
    d = drafted(owner, "thank_you")
    response = owner_client.post(d.url, posted(d.draft, action="preview", body=f"{d.draft.body}\n\n{FIRST}"))
    page = response.content.decode()
    (finding,) = result_of(response, "professional_tone").findings

    assert finding.quote == FIRST_QUOTED
    # The checklist quotes it and links to where the preview marks it, across the bold word.
    assert f'<a href="#{finding.anchor}">“{FIRST_QUOTED}”' in page
    assert (
        f'<mark class="finding-mark" id="{finding.anchor}" tabindex="-1">Frankly, the process was a </mark>'
        '<strong><mark class="finding-mark">waste</mark></strong><mark class="finding-mark"> of time.</mark>'
    ) in page
    assert f'name="dismiss" value="{FIRST_KEY}"' in page
    assert summary_line(response).endswith("checks pass · 1 to look at.")


def test_dismissing_a_finding_leaves_another_sentence_of_the_rule_warning_without_javascript(
    owner_client, owner, library
):
    d = drafted(owner, "thank_you")
    typed = posted(d.draft, body=f"{d.draft.body}\n\n{FIRST}")
    del typed["action"]

    # Dismissed: that sentence only, for this draft; the text as typed comes back unsaved.
    response = owner_client.post(d.url, {**typed, "dismiss": FIRST_KEY})
    page = response.content.decode()
    total = response.context["live"]["summary"]["total"]
    d.draft.refresh_from_db()
    assert d.draft.dismissed_rules == [FIRST_KEY]
    assert FIRST not in d.draft.body
    assert "Professional tone: dismissed for that sentence." in page
    assert "Dismissed warning: </span>Professional tone" in page
    assert f'name="restore" value="{FIRST_KEY}"' in page
    assert "<mark" not in page  # nothing left to look at
    assert summary_line(response).endswith(f"{total - 1} of {total} checks pass · 1 dismissed.")

    # More typing: a different sentence breaking the same rule warns again, and is marked.
    typed["body"] += f"\n\n{SECOND}"
    response = owner_client.post(d.url, {**typed, "action": "preview"})
    page = response.content.decode()
    tone = result_of(response, "professional_tone")
    assert tone.status == "warning"
    assert [(f.quote, f.dismissed) for f in tone.findings] == [(FIRST_QUOTED, True), (SECOND, False)]
    assert "Warning: </span>Professional tone" in page
    assert f'name="restore" value="{FIRST_KEY}"' in page
    assert f'name="dismiss" value="{SECOND_KEY}"' in page
    assert re.findall(r'<mark class="finding-mark" id="([^"]+)"', page) == [tone.findings[1].anchor]
    assert summary_line(response).endswith(f"{total - 1} of {total} checks pass · 1 to look at · 1 dismissed.")

    # Restored: both sentences are to look at again.
    response = owner_client.post(d.url, {**typed, "restore": FIRST_KEY})
    d.draft.refresh_from_db()
    assert d.draft.dismissed_rules == []
    assert "Professional tone: restored for that sentence." in response.content.decode()
    assert summary_line(response).endswith(f"{total - 1} of {total} checks pass · 2 to look at.")


def test_a_rule_with_several_findings_lists_each_and_htmx_dismisses_one(owner_client, owner, library):
    d = drafted(owner, "decline")
    typed = {"subject": d.draft.subject, "body": f"{d.draft.body}\n\n{FIRST} {SECOND}"}
    response = owner_client.post(reverse("draft_preview", args=[d.draft.pk]), typed, headers={"HX-Request": "true"})
    page = response.content.decode()
    tone = result_of(response, "professional_tone")
    assert [f.key for f in tone.findings] == [FIRST_KEY, SECOND_KEY]
    for finding in tone.findings:
        assert f'<a href="#{finding.anchor}">“{finding.quote}”' in page
        assert f'id="dismiss-{finding.key}"' in page and f'data-focus-after="restore-{finding.key}"' in page
    assert f"“Professional tone” for “{SECOND}”" in page  # each button names its sentence

    response = owner_client.post(
        reverse("draft_dismiss", args=[d.draft.pk]), {**typed, "dismiss": SECOND_KEY}, headers={"HX-Request": "true"}
    )
    page = response.content.decode()
    d.draft.refresh_from_db()
    assert d.draft.dismissed_rules == [SECOND_KEY]
    assert f'id="restore-{SECOND_KEY}"' in page and f'id="dismiss-{FIRST_KEY}"' in page
    assert re.findall(r'<mark class="finding-mark" id="([^"]+)"', page) == [tone.findings[0].anchor]
    assert "1 to look at · 1 dismissed." in page


def test_each_rule_in_the_checklist_links_to_its_row_of_how_it_is_checked(owner_client, owner, library):
    d = drafted(owner, "decline")
    response = owner_client.get(d.url)
    page = response.content.decode()
    checked = owner_client.get(reverse("checklist_checked")).content.decode()
    for result in response.context["live"]["results"]:
        assert f'href="/checklist/#rule-{result.key}">How reliable?' in page
        assert f'id="rule-{result.key}"' in checked


# --- Starting a draft: the chooser and "Use this template" -----------------------------------


def test_a_follow_up_without_a_draft_offers_its_templates_best_first(owner_client, owner, library):
    offer = declined_offer(owner)
    follow_up = FollowUpFactory(offer=offer, kind="thank_you")
    mine = EmailTemplateFactory(owner=owner, name="My own thanks", kind="thank_you")
    response = owner_client.get(reverse("follow_up_draft", args=[follow_up.pk]))
    body = response.content.decode()
    assert response.context["chosen"] == mine
    assert "My own thanks (yours) — best match" in body
    assert "Thank-you note after declining</option>" in body
    assert f'formaction="{reverse("follow_up_draft_new", args=[follow_up.pk])}"' in body
    assert "“My own thanks”, filled in for Northwind Analytics" in body
    # "Preview it" shows another, filled in, and writes nothing.
    builtin = EmailTemplate.objects.get(slug="thank-you-after-declining")
    response = owner_client.post(
        reverse("follow_up_draft", args=[follow_up.pk]), {"action": "preview_template", "template": builtin.pk}
    )
    assert response.context["chosen"] == builtin
    assert "Thank you — Senior Data Engineer at Northwind Analytics" in response.content.decode()
    assert not Draft.objects.exists()


def test_draft_it_writes_the_follow_up_from_the_best_match(owner_client, owner, library):
    offer = declined_offer(owner)
    follow_up = FollowUpFactory(offer=offer, kind="thank_you")
    response = owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]), {"next": "/follow-ups/"})
    follow_up.refresh_from_db()
    draft = follow_up.draft
    assert response.url == reverse("draft_edit", args=[draft.pk])
    assert draft.kind == "thank_you" and draft.template.slug == "thank-you-after-declining"
    # Filled with the offer's values, so the user edits the words that will be sent.
    assert "Northwind Analytics" in draft.subject and "{{" not in draft.body
    # Its page now opens the editor.
    assert owner_client.get(reverse("follow_up_draft", args=[follow_up.pk])).url == reverse(
        "draft_edit", args=[draft.pk]
    )
    page = owner_client.get(reverse("draft_edit", args=[draft.pk])).content.decode()
    assert "Your draft is ready, written from “Thank-you note after declining”." in page
    assert "Due " in page and "to Priya Lee" in page
    assert "I sent it — mark done" in page


def test_draft_it_uses_the_chosen_template_and_ignores_another_users(owner_client, owner, outsider, library):
    offer = declined_offer(owner)
    follow_up = FollowUpFactory(offer=offer, kind="thank_you")
    theirs = EmailTemplateFactory(owner=outsider, name="Theirs", kind="thank_you")
    response = owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]), {"template": theirs.pk})
    assert response.url == reverse("follow_up_draft", args=[follow_up.pk])
    assert not Draft.objects.exists()
    mine = EmailTemplateFactory(owner=owner, name="My own thanks", kind="thank_you", body="Thanks, {{ company }}!")
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]), {"template": mine.pk})
    follow_up.refresh_from_db()
    assert (follow_up.draft.template, follow_up.draft.body) == (mine, "Thanks, Northwind Analytics!")


def test_a_linkedin_follow_up_is_drafted_as_a_linkedin_note(owner_client, owner, library):
    follow_up = FollowUpFactory(offer=declined_offer(owner), kind="linkedin")
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    assert follow_up.draft.kind == "linkedin_note"


def test_draft_it_without_any_template_says_so(owner_client, owner):
    follow_up = FollowUpFactory(offer=declined_offer(owner), kind="thank_you")
    response = owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]), follow=True)
    body = response.content.decode()
    assert "There is no template for this yet." in body
    assert not Draft.objects.exists()


def test_use_this_template_in_the_flow_writes_the_decline(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=4, company="A*B_C Corp", contact_name="Priya Lee")
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    response = owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": template.pk})
    assert response.url == step_url(offer, 4)
    draft = offer.drafts.get()
    assert (draft.kind, draft.template, draft.version) == ("decline", template, 1)
    assert draft.subject == "Your offer for the Senior Data Engineer role at A*B_C Corp"
    assert draft.body.startswith("Dear Priya,\n\nThank you so much for offering me the Senior Data Engineer role")
    text = owner_client.get(step_url(offer, 4)).context["live"]["email"].text
    assert "at A*B_C Corp." in text and "\\" not in text


def test_the_flows_decline_opens_at_step_four(owner_client, owner, library):
    d = drafted(owner, "decline")
    assert owner_client.get(reverse("draft_edit", args=[d.draft.pk])).url == step_url(d.offer, 4)


def test_starting_again_keeps_the_earlier_draft(owner_client, owner, library):
    d = drafted(owner, "decline")
    letter = EmailTemplate.objects.get(slug="decline-letter-formal")
    page = owner_client.get(d.url).content.decode()
    assert "Start again from another template" in page
    owner_client.post(reverse("draft_new", args=[d.offer.pk]), {"kind": "decline", "template": letter.pk})
    assert d.offer.drafts.count() == 2
    response = owner_client.get(d.url)
    assert response.context["draft"].template == letter
    assert list(response.context["earlier_drafts"]) == [d.draft]
    assert "Earlier drafts (1)" in response.content.decode()


def test_starting_again_lists_every_template_of_the_kind_by_name_best_first(owner_client, owner, library):
    d = drafted(owner, "decline")
    EmailTemplateFactory(owner=owner, name="Mine <short> & sweet", kind="decline")
    url = reverse("draft_templates", args=[d.draft.pk])
    # The editor's panel fetches the list when it is opened; without JavaScript a button of the editor's form
    # leads to a page of its own (tests below: what was typed is saved on the way).
    editor = owner_client.get(d.url).content.decode()
    assert f'hx-get="{url}" hx-trigger="toggle once"' in editor
    assert re.search(
        r'<button type="submit" form="draft-form" name="action" value="choose_template"[^>]*>'
        r"Choose another template on a page of its own</button>",
        editor,
    )
    assert 'class="compose-chooser"' not in editor
    response = owner_client.get(url, headers={"HX-Request": "true"})
    assert "HX-Request" in response["Vary"] and "<html" not in response.content.decode()
    page = owner_client.get(url).content.decode()
    assert "<html" in page and "Start again from another template</h1>" in page
    chooser = page[page.index('class="compose-chooser"') :]
    chooser = chooser[: chooser.index("</select>")]
    names = re.findall(r'<option value="\d+"(?: selected)?>([^<]*)</option>', chooser)
    declines = EmailTemplate.objects.filter(kind="decline", deleted_at__isnull=True).count()
    assert len(names) == declines
    # The best match first and chosen; a name is shown as written, never as markup.
    assert re.search(r'<option value="\d+" selected>[^<]* — best match</option>', chooser)
    assert "Mine &lt;short&gt; &amp; sweet (yours)" in names


@pytest.mark.parametrize("kind", ["decline", "thank_you"])
def test_choosing_another_template_without_javascript_saves_what_was_typed_first(owner_client, owner, library, kind):
    d = drafted(owner, kind)
    typed = d.draft.body + "\n\nA line typed and not saved."
    response = owner_client.post(d.url, posted(d.draft, action="choose_template", body=typed), follow=True)
    assert response.redirect_chain[-1][0] == reverse("draft_templates", args=[d.draft.pk])
    assert "What you had typed is saved in this draft." in response.content.decode()
    d.draft.refresh_from_db()
    assert d.draft.body.endswith("A line typed and not saved.")


def test_choosing_another_template_with_nothing_typed_saves_nothing(owner_client, owner, library):
    d = drafted(owner, "thank_you")
    version = d.draft.version
    response = owner_client.post(d.url, posted(d.draft, action="choose_template"))
    assert response.url == reverse("draft_templates", args=[d.draft.pk])
    d.draft.refresh_from_db()
    assert d.draft.version == version


def test_choosing_another_template_with_faulty_text_stays_in_the_editor(owner_client, owner, library):
    d = drafted(owner, "thank_you")
    response = owner_client.post(d.url, posted(d.draft, action="choose_template", body="Hello {{ compny }}"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "The new draft was not started: what you typed needs a fix first" in page
    assert "Hello {{ compny }}" in page


def test_starting_again_is_404_for_another_user(outsider_client, owner, library):
    d = drafted(owner, "decline")
    assert outsider_client.get(reverse("draft_templates", args=[d.draft.pk])).status_code == 404


@pytest.mark.parametrize(
    ("status", "kind"),
    [("declined", "decline"), ("accepted", "answer"), ("considering", "thank_you"), ("considering", "")],
)
def test_only_a_decline_while_deciding_and_answers_while_they_matter(owner_client, owner, library, status, kind):
    offer = OfferFactory(owner=owner, status=status, decided_at=None if status == "considering" else timezone.now())
    template = EmailTemplate.objects.filter(kind=kind or "decline").first()
    response = owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": kind, "template": template.pk})
    assert response.url == offer.get_absolute_url()
    assert not offer.drafts.exists()


def test_a_template_of_another_kind_or_user_cannot_be_used(owner_client, owner, outsider, library):
    offer = OfferFactory(owner=owner, flow_step=4)
    theirs = EmailTemplateFactory(owner=outsider)
    thank_you = EmailTemplate.objects.get(slug="thank-you-after-declining")
    for template in (theirs, thank_you):
        response = owner_client.post(
            reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": template.pk}, follow=True
        )
        assert response.redirect_chain[-1][0] == step_url(offer, 4)
        assert "Choose one of the templates listed." in response.content.decode()
    assert not offer.drafts.exists()


# --- Answers, on demand -----------------------------------------------------------------


def test_the_offer_page_composes_nothing_and_lists_the_answers_when_asked(owner_client, owner, library):
    offer = declined_offer(owner)
    DraftFactory(offer=offer, kind="thank_you", body="Dear Priya,\n\nThank you for **everything** you did.")
    with mock.patch.object(composer, "_render", wraps=composer._render) as render:
        response = owner_client.get(offer.get_absolute_url())
        answers = owner_client.get(reverse("offer_answers", args=[offer.pk]), headers={"HX-Request": "true"})
    assert render.call_count == 0
    body = response.content.decode()
    # The panel is there, closed; its list is fetched when it is opened, or on a page of its own without JavaScript.
    assert "Be ready for their questions" in body
    assert f'hx-get="/offers/{offer.pk}/answers/"' in body
    assert f'<a href="/offers/{offer.pk}/answers/">Show the answers on a page of their own</a>' in body
    assert "Draft this answer" not in body
    # A draft shows an excerpt of its saved text, as the text it stands for: nothing rendered, no marks.
    assert "Dear Priya, Thank you for everything you did." in body
    assert "<strong>everything</strong>" not in body
    # Fetched by the panel: the list alone, no page around it.
    assert [t.slug for t, _ in answers.context["answers"]] == [
        "answer-why-decline",
        "answer-change-your-mind",
        "answer-future-roles",
    ]
    fragment = answers.content.decode()
    assert fragment.count(">Draft this answer<") == 3
    assert "<html" not in fragment and "Be ready for their questions" not in fragment
    # The same address answers a browser with the whole page: caches must tell the two apart.
    assert "HX-Request" in answers["Vary"]


def test_the_answers_have_a_page_of_their_own_without_javascript(owner_client, owner, library):
    offer = declined_offer(owner)
    response = owner_client.get(reverse("offer_answers", args=[offer.pk]))
    page = response.content.decode()
    assert '<h1 class="h2 mb-3">Be ready for their questions</h1>' in page
    assert f'<li class="breadcrumb-item"><a href="/offers/{offer.pk}/">{offer.company}</a></li>' in page
    assert page.count(">Draft this answer<") == 3
    assert f'<form method="post" action="/offers/{offer.pk}/drafts/new/">' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert "HX-Request" in response["Vary"]


def test_with_no_answer_templates_the_panel_says_how_to_make_one(owner_client, owner):
    """The starter library not loaded (a bare install): the panel says so rather than opening on nothing."""
    offer = declined_offer(owner)
    fragment = owner_client.get(reverse("offer_answers", args=[offer.pk]), headers={"HX-Request": "true"})
    assert 'No answers to draft yet. An answer is a kind of template: <a href="/templates/new/">' in (
        fragment.content.decode()
    )
    assert "answers-list" not in fragment.content.decode()


def test_each_answer_opens_the_newest_draft_written_from_it(owner_client, owner, library):
    offer = declined_offer(owner)
    why = EmailTemplate.objects.get(slug="answer-why-decline")
    older = DraftFactory(offer=offer, kind="answer", template=why)
    newer = DraftFactory(offer=offer, kind="answer", template=why)
    Draft.objects.filter(pk=older.pk).update(created_at=newer.created_at - dt.timedelta(hours=1))
    page = owner_client.get(reverse("offer_answers", args=[offer.pk])).content.decode()
    assert f'href="/drafts/{newer.pk}/">Open your answer' in page
    assert f'href="/drafts/{older.pk}/"' not in page


def test_an_answer_that_cannot_be_drafted_comes_back_to_the_answers(owner_client, owner, library):
    """Without JavaScript the answers are a page of their own: a choice refused returns there, saying why."""
    offer = declined_offer(owner)
    response = owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "answer", "template": "0"})
    assert response.url == reverse("offer_answers", args=[offer.pk])
    assert not offer.drafts.filter(kind="answer").exists()


def test_an_outsider_gets_404_for_the_answers(outsider_client, owner, library):
    url = reverse("offer_answers", args=[declined_offer(owner).pk])
    assert outsider_client.get(url).status_code == 404
    assert outsider_client.get(url, headers={"HX-Request": "true"}).status_code == 404


@pytest.mark.parametrize(
    ("door_open", "slug", "says"),
    [
        (["future_roles", "linkedin"], "answer-future-roles", "Thank you for asking, and yes, I would."),
        (["linkedin", "events"], "answer-future-roles-not-now", "I can't say that another role with you"),
    ],
)
def test_would_you_consider_future_roles_is_answered_as_the_user_chose_on_approach(
    owner_client, owner, library, door_open, slug, says
):
    """It said "yes, I would" to a user who left future roles out (career direction leaves them out)."""
    offer = declined_offer(owner)
    Offer.objects.filter(pk=offer.pk).update(door_open=door_open)
    offer.refresh_from_db()
    answers = owner_client.get(reverse("offer_answers", args=[offer.pk])).context["answers"]
    future = answers[2][0]
    assert future.slug == slug
    assert [t.slug for t, _ in answers].count("answer-future-roles-not-now") == (slug != "answer-future-roles")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "answer", "template": future.pk})
    draft = offer.drafts.get(kind="answer")
    assert says in " ".join(draft.body.split())
    # The editor's "choose another template" offers the same answers, the other one not among them.
    offered = [t.slug for t in drafts_views.templates_for(owner, offer, kind="answer")]
    assert slug in offered and (set(offered) & {"answer-future-roles", "answer-future-roles-not-now"}) == {slug}


def test_an_offer_not_yet_past_approach_gets_the_ordinary_future_roles_answer(owner_client, owner, library):
    """Its door-open choices are still empty because they have not been made, not because
    the user left future roles out: "not for now" would say what they never chose."""
    offer = OfferFactory(owner=owner, flow_step=2, door_open=[])
    answers = owner_client.get(reverse("offer_answers", args=[offer.pk])).context["answers"]
    assert [t.slug for t, _ in answers][2] == "answer-future-roles"


def test_draft_this_answer_writes_it_and_opens_the_editor(owner_client, owner, library):
    offer = OfferFactory(owner=owner, company="Northwind Analytics", flow_step=2)
    why = EmailTemplate.objects.get(slug="answer-why-decline")
    response = owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "answer", "template": why.pk})
    draft = offer.drafts.get()
    assert response.url == reverse("draft_edit", args=[draft.pk])
    assert (draft.kind, draft.template) == ("answer", why)
    # Composed for this offer: its subject names the role, the text greets the contact, no tag is left.
    assert offer.role in draft.subject and "{{" not in draft.subject + draft.body
    assert draft.body.startswith(f"Dear {offer.contact_name.split()[0]},")
    offer.refresh_from_db()
    assert offer.flow_step == 2  # an answer is not the decline: the flow stays where it was
    page = owner_client.get(response.url).content.decode()
    assert 'Answer to a question <span class="text-body-secondary">for Northwind Analytics</span>' in page
    body = owner_client.get(reverse("offer_answers", args=[offer.pk])).content.decode()
    assert f'href="{draft.get_absolute_url()}">Open your answer' in body
    assert body.count(">Draft this answer<") == 2


def test_an_accepted_offer_has_no_answers_to_prepare(owner_client, owner, library):
    offer = OfferFactory(owner=owner, status=Offer.Status.ACCEPTED, decided_at=timezone.now())
    assert "Be ready for their questions" not in owner_client.get(offer.get_absolute_url()).content.decode()
    # An old link to its answers leads back to the offer, and so does the panel of a page left open from before.
    url = reverse("offer_answers", args=[offer.pk])
    assert owner_client.get(url).url == offer.get_absolute_url()
    assert owner_client.get(url, headers={"HX-Request": "true"})["HX-Redirect"] == offer.get_absolute_url()


# --- The .eml file -----------------------------------------------------------------------


def eml_of(client, draft):
    response = client.get(reverse("draft_eml", args=[draft.pk]))
    assert response.status_code == 200
    return response, email.message_from_bytes(response.content, policy=email.policy.default)


def test_the_eml_file_opens_as_an_unsent_email(owner_client, owner, library):
    offer = OfferFactory(owner=owner, company="Café Zoë", contact_name="Zoë O'Brien", contact_email="zoe@cafe.example")
    draft = draft_create(offer=offer, template=EmailTemplate.objects.get(slug=SLUGS["decline"]), user=owner)
    composed = composer.compose(draft, offer=offer, user=owner)
    response, message = eml_of(owner_client, draft)
    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"] == 'attachment; filename="decline-cafe-zoe.eml"'
    assert b"=?utf-8?" in response.content  # the non-ASCII subject is an encoded header
    assert message["Subject"] == composed.subject == "Your offer for the Senior Data Engineer role at Café Zoë"
    assert message["To"].addresses[0].display_name == "Zoë O'Brien"
    assert message["To"].addresses[0].addr_spec == "zoe@cafe.example"
    assert message["From"].addresses[0].addr_spec == "owner@example.com"
    assert message["X-Unsent"] == "1"
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert plain.get_content().replace("\r\n", "\n").strip() == composed.text
    assert composed.html in html.get_content().replace("\r\n", "\n")


def test_the_eml_file_has_a_date_and_a_message_id(owner_client, owner, library, settings):
    settings.SITE_URL = "https://declines.example"
    d = drafted(owner, "thank_you")
    before = timezone.now().replace(microsecond=0)
    _, first = eml_of(owner_client, d.draft)
    _, second = eml_of(owner_client, d.draft)
    assert before <= first["Date"].datetime <= timezone.now()
    assert first["Date"].datetime.tzinfo is not None
    message_id = first["Message-ID"]
    assert message_id.startswith("<") and message_id.endswith("@declines.example>")
    assert message_id != second["Message-ID"]  # each download is a message of its own


def test_the_eml_file_without_a_contact_address_has_no_recipient(owner_client, owner, library):
    offer = OfferFactory(owner=owner, contact_email="")
    draft = draft_create(offer=offer, template=EmailTemplate.objects.get(slug=SLUGS["decline"]), user=owner)
    _, message = eml_of(owner_client, draft)
    assert message["To"] is None
    assert message["X-Unsent"] == "1"


# --- Who may see what ---------------------------------------------------------------------


def test_every_editor_view_is_404_for_another_user_and_changes_nothing(outsider_client, owner, library):
    d = drafted(owner, "thank_you")
    follow_up = FollowUp.objects.get(draft=d.draft)
    answer = EmailTemplate.objects.get(slug="answer-why-decline")
    fresh = FollowUpFactory(offer=d.offer, kind="check_in")
    before = list(Draft.objects.values().order_by("pk"))
    gets = [
        reverse("draft_edit", args=[d.draft.pk]),
        reverse("draft_eml", args=[d.draft.pk]),
        reverse("follow_up_draft", args=[follow_up.pk]),
        reverse("follow_up_draft", args=[fresh.pk]),
    ]
    for url in gets:
        assert outsider_client.get(url).status_code == 404, url
    posts = {
        reverse("draft_edit", args=[d.draft.pk]): posted(d.draft, body="Hacked"),
        reverse("draft_preview", args=[d.draft.pk]): {"subject": "x", "body": "y"},
        reverse("draft_dismiss", args=[d.draft.pk]): {"dismiss": "gratitude"},
        reverse("draft_new", args=[d.offer.pk]): {"kind": "answer", "template": answer.pk},
        reverse("follow_up_draft_new", args=[fresh.pk]): {},
        reverse("follow_up_draft", args=[fresh.pk]): {"action": "preview_template"},
    }
    for url, data in posts.items():
        assert outsider_client.post(url, data).status_code == 404, url
    assert list(Draft.objects.values().order_by("pk")) == before
    fresh.refresh_from_db()
    assert fresh.draft is None


def test_every_editor_view_works_for_its_owner(owner_client, owner, library):
    d = drafted(owner, "thank_you")
    fresh = FollowUpFactory(offer=d.offer, kind="check_in")
    answer = EmailTemplate.objects.get(slug="answer-why-decline")
    assert owner_client.get(reverse("draft_edit", args=[d.draft.pk])).status_code == 200
    assert owner_client.get(reverse("draft_eml", args=[d.draft.pk])).status_code == 200
    assert owner_client.get(reverse("follow_up_draft", args=[fresh.pk])).status_code == 200
    assert owner_client.post(reverse("draft_preview", args=[d.draft.pk]), {"body": "Hi"}).status_code == 200
    assert owner_client.post(reverse("draft_dismiss", args=[d.draft.pk]), {"dismiss": "length"}).status_code == 302
    assert owner_client.post(reverse("follow_up_draft_new", args=[fresh.pk])).status_code == 302
    response = owner_client.post(reverse("draft_new", args=[d.offer.pk]), {"kind": "answer", "template": answer.pk})
    assert response.status_code == 302
    assert d.offer.drafts.count() == 3


def test_a_linkedin_note_has_no_subject_anywhere(owner_client, owner, library):
    """The note had a made-up subject ("LinkedIn note for … at …") on the offer's page, its
    timeline and the two texts of a conflict, though the editor rightly shows none."""
    offer = declined_offer(owner)
    note = EmailTemplate.objects.get(slug="linkedin-note")
    mine = EmailTemplateFactory(owner=owner, kind="linkedin_note", subject="Note for {{ company }}", body="Hi!")
    for template in (note, mine):
        draft = draft_create(offer=offer, template=template, user=owner)
        assert draft.subject == ""
    page = owner_client.get(offer.get_absolute_url()).content.decode()
    assert "LinkedIn note:" not in page and "Note for Northwind" not in page
    data = {"body": draft.body + " Extra.", "base_version": str(draft.version)}
    owner_client.post(reverse("draft_edit", args=[draft.pk]), data)
    conflict = owner_client.post(reverse("draft_edit", args=[draft.pk]), {**data, "body": "Mine."})
    assert conflict.status_code == 409
    assert "Subject:" not in conflict.content.decode()


def test_an_email_in_arabic_reads_right_to_left_in_the_editor_the_preview_and_the_html_sent(
    owner_client, owner, library
):
    """All three were forced left to right, the punctuation on the wrong side."""
    offer = declined_offer(owner)
    draft = draft_create(offer=offer, template=EmailTemplate.objects.get(slug=SLUGS["decline"]), user=owner)
    Draft.objects.filter(pk=draft.pk).update(body="السيد عبد الرحمن المحترم،\n\nشكراً لكم على العرض.")
    page = owner_client.get(draft.get_absolute_url()).content.decode()
    assert re.search(r'<textarea name="body"[^>]* dir="auto"', page)
    assert '<div class="card-body preview-body" dir="auto">' in page
    _, message = eml_of(owner_client, draft)
    html = message.get_body(preferencelist=("html",)).get_content()
    assert '<body dir="auto">' in html and "unicode-bidi: plaintext" in html


def test_linkedin_notes_saved_with_a_made_up_subject_lose_it(owner):
    """Migration 0022; an email's subject is left alone."""
    migration = importlib.import_module("declines.migrations.0022_linkedin_notes_have_no_subject")
    offer = OfferFactory(owner=owner)
    note = DraftFactory(offer=offer, kind="linkedin_note", subject="LinkedIn note for Priya at Northwind")
    email = DraftFactory(offer=offer, kind="thank_you", subject="Thank you")
    migration.clear_subjects(apps, None)
    note.refresh_from_db()
    email.refresh_from_db()
    assert (note.subject, email.subject) == ("", "Thank you")


# --- Reading drafts -------------------------------------------------------------


def test_declines_written_are_the_offers_declines_newest_first_each_with_its_template(
    django_assert_num_queries,
):
    offer = OfferFactory()
    template = EmailTemplateFactory(owner=offer.owner, name="Warm and short", tone="brief")
    first = DraftFactory(offer=offer, template=template, subject="First")
    DraftFactory(offer=offer, subject="Second, from no template")
    DraftFactory(offer=offer, kind="thank_you", subject="A thank-you note")
    FollowUpFactory(offer=offer, draft=DraftFactory(offer=offer, subject="A follow-up's decline"))
    DraftFactory(subject="Another offer's decline")
    first.created_at = timezone.now() - dt.timedelta(days=1)
    first.save(update_fields=["created_at"])

    with django_assert_num_queries(1):
        written = declines_written(offer)
        # What the compose step reads of each: its words, its dates, its template's name and tone.
        shown = [
            (
                draft.subject,
                draft.created_at.tzinfo is not None,
                draft.template and (draft.template.name, draft.template.tone),
            )
            for draft in written
        ]
        assert all(draft.offer is offer for draft in written)

    assert shown == [("Second, from no template", True, None), ("First", True, ("Warm and short", "brief"))]
    # The same drafts, in the same order, as the ORM reads them.
    assert written == list(offer.drafts.declines().order_by("-created_at", "-pk"))
    # The template's other fields load when asked for.
    assert written[1].template.created_at == template.created_at


def test_a_draft_is_read_with_its_template_and_offer_only_for_its_owner(django_assert_num_queries, owner, outsider):
    template = EmailTemplateFactory(owner=owner, name="Short and kind", tone="brief")
    draft = DraftFactory(offer=OfferFactory(owner=owner, company="Halden Robotics"), template=template)
    with django_assert_num_queries(2):
        read = get_draft_for_user(owner, draft.pk)
        seen = (read.subject, read.offer.company, read.offer.owner, read.template.name, read.template.tone)
    assert seen == (draft.subject, "Halden Robotics", owner, "Short and kind", "brief")
    assert read.created_at == draft.created_at and read.offer.received_on == draft.offer.received_on
    with pytest.raises(Http404):
        get_draft_for_user(outsider, draft.pk)
    with pytest.raises(Http404):
        get_draft_for_user(owner, draft.pk + 1000)
    Offer.objects.filter(pk=draft.offer_id).update(deleted_at=timezone.now())
    with pytest.raises(Http404):
        get_draft_for_user(owner, draft.pk)

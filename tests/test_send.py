"""The flow's Send step — handing the email to a mail app (the ways to send
every draft shares; the .eml file is in tests/test_drafts.py), "I sent it",
the written confirmation of a phone decline, and the follow-up plan."""

import datetime as dt
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from declines import tracking, wording
from declines.composer import compose
from declines.handoff import MAILTO_LIMIT
from declines.models import EmailTemplate, FollowUp, Offer
from declines.services.drafts import draft_create, draft_save
from declines.services.follow_ups import PlanAlreadySaved, PlanNotDue, follow_up_plan_propose, follow_up_plan_save
from declines.services.offers import offer_decline
from declines.tracking import add_months
from tests.factories import DraftFactory, FollowUpFactory, OfferFactory
from tests.test_review import tone_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(db):
    call_command("load_starter_library", verbosity=0)


def step_url(offer, step):
    return reverse("flow_step", args=[offer.pk, step])


def ready_to_send(owner, slug="decline-another-offer-warm", **offer_fields):
    offer = OfferFactory(owner=owner, flow_step=5, **offer_fields)
    template = EmailTemplate.objects.get(slug=slug, owner=None)
    draft = draft_create(offer=offer, template=template, user=owner)
    return offer, draft


def link(body: str, text: str) -> str:
    """The href of the link whose text starts with `text`."""
    before = body.split(f">{text}")[0]
    return before.rsplit('href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")


# --- The send step ------------------------------------------------------------------


def test_the_send_step_offers_every_way_to_send(owner_client, owner, library):
    offer, draft = ready_to_send(owner, company="Northwind Analytics")
    response = owner_client.get(step_url(offer, 5))
    body = response.content.decode()
    assert response.status_code == 200
    # A copy button beside each part of the email; they need JavaScript, so they start hidden.
    for part in ["the address", "the subject"]:
        assert f'>Copy<span class="visually-hidden"> {part}</span></button>' in body
    for label in ["Copy body", "Copy formatted"]:
        assert f">{label}</button>" in body
    assert body.count('class="send-copy js-only" hidden') == 2
    assert 'id="copy-status" class="copy-status mt-2" role="status" aria-live="polite"' in body
    assert ">Open in your mail app</a>" in body
    assert 'target="_blank" rel="noopener">Open in Gmail' in body
    assert 'target="_blank" rel="noopener">Open in Outlook on the web' in body
    assert f'href="{reverse("draft_eml", args=[draft.pk])}" download="decline-northwind-analytics.eml"' in body
    assert '<span id="copy-to">Priya Lee &lt;priya.lee@example.com&gt;</span>' in body
    assert '<span id="copy-body">Dear Priya,' in body
    assert '<template id="email-formatted"><p>Dear Priya,</p>' in body
    assert "js/send.js" in body


def test_the_send_step_shows_the_email_once(owner_client, owner, library):
    offer, draft = ready_to_send(owner, company="Northwind Analytics")
    body = owner_client.get(step_url(offer, 5)).content.decode()
    # Shown once as it will be read; the copy sources are hidden, and there is no copy-by-hand panel.
    assert body.count("<p>Dear Priya,</p>") == 2  # the preview, and the hidden source of "Copy formatted"
    assert body.count('<template id="email-formatted">') == 1
    assert "Copy it by hand" not in body and "<textarea" not in body
    assert body.count("priya.lee@example.com&gt;") == 2  # the To line, and the hidden source of its Copy button
    assert '<div hidden><span id="copy-to">' in body


def test_i_sent_it_is_the_one_primary_button_and_says_what_it_does(owner_client, owner, library):
    offer, _ = ready_to_send(owner, company="Northwind Analytics")
    body = owner_client.get(step_url(offer, 5)).content.decode()
    assert 'class="btn btn-primary btn-lg" name="action" value="sent">I sent it — mark as declined</button>' in body
    assert body.count("btn-primary") == 1
    assert "marks the offer from Northwind Analytics <strong>declined</strong> on the day you sent it" in body


def test_all_checks_passing_says_so_and_asks_for_no_edit(owner_client, owner, library):
    offer, _ = ready_to_send(owner, company="Northwind Analytics", respond_by=timezone.localdate() + dt.timedelta(4))
    response = owner_client.get(step_url(offer, 5))
    summary = response.context["summary"]
    assert summary["to_look_at"] == 0
    body = response.content.decode()
    assert "Ready to send: your email follows the advice on every check." in body
    assert "to fix a warning" not in body and "Edit the draft</a> to fix" not in body


def test_warnings_are_counted_and_link_to_the_editor(owner_client, owner, library):
    offer, draft = ready_to_send(owner, company="Northwind Analytics")
    draft_save(
        draft=draft,
        subject="Hello",
        body="Hi!!! I WILL NOT JOIN. [Name]",
        expected_version=draft.version,
    )
    response = owner_client.get(step_url(offer, 5))
    warnings = response.context["summary"]["to_look_at"]
    assert warnings > 1
    body = response.content.decode()
    assert f"{warnings} warnings to look at before you send." in body
    assert f'<a href="{step_url(offer, 4)}#checklist">Edit the draft</a> to fix them' in body
    assert "Ready to send" not in body


def test_i_sent_it_on_an_earlier_day_records_that_day(owner_client, owner, library):
    today = timezone.localdate()
    offer, draft = ready_to_send(owner, received_on=today - dt.timedelta(10), respond_by=today - dt.timedelta(1))
    three_days_ago = (today - dt.timedelta(3)).isoformat()
    response = owner_client.post(step_url(offer, 5), {"action": "sent", "sent_on": three_days_ago})
    assert response.url == reverse("offer_plan", args=[offer.pk])
    offer.refresh_from_db()
    draft.refresh_from_db()
    assert offer.status == "declined"
    assert timezone.localdate(offer.decided_at) == today - dt.timedelta(3)
    assert draft.sent_at == offer.decided_at
    plan = owner_client.get(response.url).content.decode()
    assert "Declined 2 days before the deadline." in plan
    # The plan's check-ins count from that day, not from today.
    first_check_in = tracking.add_months(today - dt.timedelta(3), 3)
    assert f'value="{first_check_in.isoformat()}"' in plan


@pytest.mark.parametrize(
    ("days_from_today", "error"),
    [
        (1, "That day has not come yet"),
        (-30, "That is before the offer arrived"),
    ],
)
def test_a_sent_day_in_the_future_or_before_the_offer_is_refused_beside_the_field(
    owner_client, owner, library, days_from_today, error
):
    today = timezone.localdate()
    offer, draft = ready_to_send(owner, received_on=today - dt.timedelta(10))
    typed = (today + dt.timedelta(days_from_today)).isoformat()
    response = owner_client.post(step_url(offer, 5), {"action": "sent", "sent_on": typed})
    assert response.status_code == 400
    body = response.content.decode()
    assert error in body
    # Next to the field, and what was typed is kept.
    field = body[body.index('id="id_sent_on"') - 400 : body.index('id="id_sent_on"') + 800]
    assert f'value="{typed}"' in field and "invalid-feedback" in field
    offer.refresh_from_db()
    draft.refresh_from_db()
    assert (offer.status, offer.decided_at, draft.sent_at) == ("considering", None, None)


def test_a_confirmation_cannot_be_sent_before_the_call_it_confirms(owner_client, owner, library):
    today = timezone.localdate()
    called = today - dt.timedelta(days=1)
    offer, draft = ready_to_send(
        owner, slug="decline-phone-confirmation", received_on=today - dt.timedelta(10), medium="phone"
    )
    Offer.objects.filter(pk=offer.pk).update(called_on=called)
    page = owner_client.get(step_url(offer, 5)).content.decode()
    assert f'min="{called.isoformat()}"' in page
    typed = (today - dt.timedelta(days=5)).isoformat()
    response = owner_client.post(step_url(offer, 5), {"action": "sent", "sent_on": typed})
    assert response.status_code == 400
    body = response.content.decode()
    assert "You logged your call on" in body and "choose" in body
    field = body[body.index('id="id_sent_on"') - 400 : body.index('id="id_sent_on"') + 800]
    assert f'value="{typed}"' in field and "invalid-feedback" in field
    offer.refresh_from_db()
    assert (offer.status, offer.decided_at) == ("considering", None)
    # The day of the call itself is fine.
    owner_client.post(step_url(offer, 5), {"action": "sent", "sent_on": called.isoformat()})
    offer.refresh_from_db()
    assert offer.status == "declined" and timezone.localdate(offer.decided_at) == called


def test_with_a_call_first_the_decision_is_the_calls_day_and_the_email_the_day_it_went(owner_client, owner, library):
    """Called on the 4th, confirmed in writing on the 6th, deadline the 9th: "Declined 3 days before the
    deadline" and "Decided 6 December", when they had heard it 5 days before."""
    today = timezone.localdate()
    offer, draft = ready_to_send(
        owner,
        slug="decline-phone-confirmation",
        received_on=today - dt.timedelta(days=10),
        respond_by=today + dt.timedelta(days=3),
        medium="phone",
    )
    Offer.objects.filter(pk=offer.pk).update(called_on=today - dt.timedelta(days=2))
    response = owner_client.post(step_url(offer, 5), {"action": "sent", "sent_on": today.isoformat()}, follow=True)
    assert "Declined 5 days before the deadline." in response.content.decode()
    offer.refresh_from_db()
    draft.refresh_from_db()
    assert timezone.localdate(offer.decided_at) == today - dt.timedelta(days=2)
    assert timezone.localdate(draft.sent_at) == today
    # Taken back, the email is marked not sent, though it went after the decision.
    owner_client.post(reverse("offer_unsend", args=[offer.pk]))
    offer.refresh_from_db()
    draft.refresh_from_db()
    assert (offer.status, offer.decided_at, draft.sent_at) == ("considering", None, None)


def test_a_confirmation_written_the_day_before_says_its_yesterday_is_stale(owner_client, owner, library):
    today = timezone.localdate()
    offer, draft = ready_to_send(
        owner, slug="decline-phone-confirmation", received_on=today - dt.timedelta(10), medium="phone"
    )
    Offer.objects.filter(pk=offer.pk).update(called_on=today - dt.timedelta(days=2))
    # Written the day after the call ("yesterday"), sent a day later still.
    draft.body = "Dear Priya,\n\nThank you for taking my call yesterday. As I said, I am declining."
    draft.created_at = timezone.now() - dt.timedelta(days=1)
    draft.save()
    page = " ".join(owner_client.get(step_url(offer, 5)).content.decode().split())
    called = wording.when_said(today - dt.timedelta(days=2), today)
    assert f"Your email says your call was “yesterday”: sent today, it should say “{called}”." in page
    # Put right, or written today: nothing to say.
    draft.body = draft.body.replace("yesterday", called)
    draft.save()
    assert "Your email says your call was" not in owner_client.get(step_url(offer, 5)).content.decode()


def test_another_user_cannot_send_or_see_the_send_step(outsider_client, owner, library):
    offer, draft = ready_to_send(owner)
    assert outsider_client.get(step_url(offer, 5)).status_code == 404
    assert outsider_client.post(step_url(offer, 5), {"action": "sent"}).status_code == 404
    offer.refresh_from_db()
    assert offer.status == "considering"


def test_the_mailto_link_is_encoded_for_mail_apps(owner_client, owner, library):
    offer, draft = ready_to_send(owner, company="Smith & Wells", contact_email="priya+jobs@example.com")
    composed = compose(draft, offer=offer, user=owner)
    href = link(owner_client.get(step_url(offer, 5)).content.decode(), "Open in your mail app")
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "priya+jobs@example.com"
    assert "+" not in parts.query  # spaces are %20, never "+"
    assert "%20" in parts.query
    assert "%0D%0A" in parts.query
    query = parse_qs(parts.query)
    assert query["subject"] == [composed.subject]
    assert "Smith & Wells" in query["subject"][0]
    assert query["body"] == [composed.text.replace("\n", "\r\n")]


def test_a_mailto_link_too_long_for_mail_apps_is_not_offered(owner_client, owner, library):
    offer, draft = ready_to_send(owner)
    long_body = draft.body + "\n\n" + "A warm sentence of thanks. " * 120
    draft_save(draft=draft, expected_version=1, subject=draft.subject, body=long_body)
    body = owner_client.get(step_url(offer, 5)).content.decode()
    assert "Open in your mail app" not in body
    assert "Too long to open in your mail app" in body
    assert f"about {MAILTO_LIMIT} characters" in body
    assert "download the .eml file" in body
    assert "Download .eml" in body
    assert 'id="copy-body"' in body


def test_gmail_and_outlook_links_prefill_the_email(owner_client, owner, library):
    offer, draft = ready_to_send(owner)
    composed = compose(draft, offer=offer, user=owner)
    body = owner_client.get(step_url(offer, 5)).content.decode()
    gmail = urlsplit(link(body, "Open in Gmail"))
    assert (gmail.netloc, gmail.path) == ("mail.google.com", "/mail/")
    assert parse_qs(gmail.query) == {
        "view": ["cm"],
        "fs": ["1"],
        "to": ["priya.lee@example.com"],
        "su": [composed.subject],
        "body": [composed.text],
    }
    outlook = urlsplit(link(body, "Open in Outlook on the web"))
    assert (outlook.netloc, outlook.path) == ("outlook.office.com", "/mail/deeplink/compose")
    assert parse_qs(outlook.query)["body"] == [composed.text]
    assert parse_qs(outlook.query)["subject"] == [composed.subject]


def test_the_send_step_without_a_draft_goes_back_to_compose(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=5)
    response = owner_client.get(step_url(offer, 5))
    assert response.url == step_url(offer, 4)


def test_the_send_step_shows_the_checklist_and_remembers_dismissals(owner_client, owner, library):
    offer, draft = ready_to_send(owner, respond_by=timezone.localdate() - dt.timedelta(days=2))
    body = owner_client.get(step_url(offer, 5)).content.decode()
    assert "Review checklist" in body
    assert "Warning: </span>Prompt" in body
    assert "2 days past their deadline" in body

    response = owner_client.post(reverse("draft_dismiss", args=[draft.pk]), {"dismiss": "promptness"})
    assert response.url == step_url(offer, 5) + "#checklist"
    draft.refresh_from_db()
    assert draft.dismissed_rules == ["promptness"]
    body = owner_client.get(step_url(offer, 5)).content.decode()
    assert "Dismissed warning: </span>Prompt" in body
    assert "12 of 12 checks pass" not in body
    assert "11 of 12 checks pass · 1 dismissed" in body


def test_the_send_step_quotes_each_finding_and_dismisses_one_at_a_time(owner_client, owner, library):
    offer, draft = ready_to_send(owner)
    first, second = "Frankly, the process was a waste of time.", "That lowball offer was an insult."
    draft_save(draft=draft, expected_version=1, subject=draft.subject, body=f"{draft.body}\n\n{first} {second}")
    body = owner_client.get(step_url(offer, 5)).content.decode()
    assert f"“{first}”" in body and f"“{second}”" in body
    first_key = tone_key(first)
    assert f'name="dismiss" value="{first_key}"' in body

    owner_client.post(reverse("draft_dismiss", args=[draft.pk]), {"dismiss": first_key})
    body = owner_client.get(step_url(offer, 5)).content.decode()
    assert f'name="restore" value="{first_key}"' in body
    assert f'name="dismiss" value="{tone_key(second)}"' in body
    assert "Warning: </span>Professional tone" in body
    assert "11 of 12 checks pass · 1 to look at · 1 dismissed." in body


# --- "I sent it" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline_in_days", "message"),
    [
        (2, "Declined 2 days before the deadline."),
        (1, "Declined 1 day before the deadline."),
        (0, "Declined on the deadline day."),
        (-3, "Declined 3 days after the deadline."),
        (None, "Declined. There was no deadline to meet."),
    ],
)
def test_i_sent_it_declines_the_offer_and_says_how_it_met_the_deadline(
    owner_client, owner, library, deadline_in_days, message
):
    today = timezone.localdate()
    respond_by = None if deadline_in_days is None else today + dt.timedelta(days=deadline_in_days)
    offer, draft = ready_to_send(owner, respond_by=respond_by, received_on=today - dt.timedelta(days=10))
    before = timezone.now()
    response = owner_client.post(step_url(offer, 5), {"action": "sent"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("offer_plan", args=[offer.pk])
    assert message in response.content.decode()
    offer.refresh_from_db()
    draft.refresh_from_db()
    assert offer.status == Offer.Status.DECLINED
    assert offer.flow_step == 5
    assert before <= offer.decided_at <= timezone.now()
    assert draft.sent_at == offer.decided_at


def test_i_sent_it_twice_changes_nothing(owner_client, owner, library):
    offer, draft = ready_to_send(owner)
    owner_client.post(step_url(offer, 5), {"action": "sent"})
    offer.refresh_from_db()
    first = offer.decided_at
    response = owner_client.post(step_url(offer, 5), {"action": "sent"})
    assert response.url == reverse("offer_plan", args=[offer.pk])
    offer.refresh_from_db()
    assert offer.decided_at == first


def test_offer_decline_refuses_a_draft_of_another_offer(owner):
    offer = OfferFactory(owner=owner)
    other = DraftFactory(offer=OfferFactory(owner=owner))
    with pytest.raises(ValueError):
        offer_decline(offer=offer, draft=other, sent_at=timezone.now())
    offer.refresh_from_db()
    assert offer.status == Offer.Status.CONSIDERING


# --- After a phone call ----------------------------------------------------------------


def test_a_phone_decline_sends_the_confirmation_of_the_call_and_no_script(owner_client, owner, library):
    called_on = timezone.localdate() - dt.timedelta(days=1)
    offer = OfferFactory(
        owner=owner, flow_step=4, medium="phone", company="Northwind", received_on=called_on, called_on=called_on
    )
    confirmation = EmailTemplate.objects.get(slug="decline-phone-confirmation")
    owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": confirmation.pk})
    draft = offer.drafts.get()
    draft_save(draft=draft, expected_version=1, subject=draft.subject, body=draft.body, reach_step=5)
    page = owner_client.get(step_url(offer, 5)).content.decode()
    assert "Thank you for taking my call yesterday." in page
    assert "Step 6 of 6" in page
    assert "call script" not in page.lower()
    assert "in person" not in page


# --- The follow-up plan --------------------------------------------------------------


def test_the_plan_proposes_the_follow_ups_of_the_advice():
    offer = OfferFactory.build(company="Northwind", contact_name="Priya Lee", door_open=["linkedin"])
    plan = follow_up_plan_propose(offer=offer, today=dt.date(2026, 11, 30))
    assert [(f.kind, f.due_on) for f in plan] == [
        (FollowUp.Kind.THANK_YOU, dt.date(2026, 12, 2)),
        (FollowUp.Kind.LINKEDIN, dt.date(2026, 12, 7)),
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 2, 28)),  # 30 February does not exist
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 5, 30)),
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 11, 30)),
    ]
    assert all(f.pk is None for f in plan)
    assert plan[0].note == "Write to thank Priya Lee, and pass your thanks on to Sam Ortiz and Jordan Blake."
    assert plan[1].note.startswith("You said you would like to stay in touch on LinkedIn")
    assert plan[2].note == "3-month check-in with Priya Lee at Northwind."


def test_the_plan_thanks_the_contact_once_and_the_others_through_them():
    offer = OfferFactory.build(
        contact_name="Maria O'Connor", people_to_thank="Marcus Chen (firmware)\nMaria O'Connor (recruiter)\nLena Park"
    )
    plan = follow_up_plan_propose(offer=offer, today=dt.date(2026, 11, 30))
    assert (
        plan[0].note
        == "Write to thank Maria O'Connor, and pass your thanks on to Marcus Chen (firmware) and Lena Park."
    )
    nobody = OfferFactory.build(contact_name="", people_to_thank="Sam Ortiz")
    assert follow_up_plan_propose(offer=nobody, today=dt.date(2026, 11, 30))[0].note == "Write to thank Sam Ortiz."


def test_a_decline_recorded_late_keeps_the_check_ins_from_the_day_it_went():
    offer = OfferFactory.build(contact_name="Priya Lee")
    plan = follow_up_plan_propose(offer=offer, today=dt.date(2026, 12, 4), decided_on=dt.date(2026, 12, 1))
    assert [(f.kind, f.due_on) for f in plan] == [
        (FollowUp.Kind.THANK_YOU, dt.date(2026, 12, 4)),  # 3 December has passed: due today
        (FollowUp.Kind.LINKEDIN, dt.date(2026, 12, 8)),
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 3, 1)),
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 6, 1)),
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 12, 1)),
    ]


def test_the_plan_proposes_linkedin_even_when_the_email_did_not_mention_it():
    offer = OfferFactory.build(door_open=[], contact_name="")
    plan = follow_up_plan_propose(offer=offer, today=dt.date(2027, 8, 31))
    assert plan[1].note == "Connect with your contact on LinkedIn, with a short note."
    assert plan[2].due_on == dt.date(2027, 11, 30)
    assert plan[3].due_on == dt.date(2028, 2, 29)  # a leap year


def declined(owner, **fields):
    now = timezone.now()
    return OfferFactory(
        owner=owner,
        status=Offer.Status.DECLINED,
        decided_at=now,
        flow_step=5,
        received_on=timezone.localdate(now) - dt.timedelta(days=7),
        **fields,
    )


def plan_data(rows, *, extra=None):
    data = {"form-TOTAL_FORMS": str(len(rows) + 1), "form-INITIAL_FORMS": str(len(rows))}
    for index, row in enumerate([*rows, extra or {}]):
        for key, value in row.items():
            data[f"form-{index}-{key}"] = value
    if extra is None:
        data[f"form-{len(rows)}-kind"] = ""  # as a browser posts the untouched extra row
        data[f"form-{len(rows)}-include"] = "on"
    return data


def proposed_rows(client, offer) -> list[dict]:
    """The plan as the page proposes it, as a browser would post it back."""
    forms = client.get(reverse("offer_plan", args=[offer.pk])).context["formset"].forms
    return [
        {
            "include": "on",
            "kind": f.initial["kind"],
            "due_on": f.initial["due_on"].isoformat(),
            "note": f.initial["note"],
        }
        for f in forms
        if f.initial
    ]


def test_the_plan_page_proposes_and_saves_the_adjusted_plan(owner_client, owner):
    offer = declined(owner)
    response = owner_client.get(reverse("offer_plan", args=[offer.pk]))
    today = timezone.localdate()
    forms = response.context["formset"].forms
    assert [f.initial["due_on"] for f in forms[:5]] == [
        today + dt.timedelta(days=2),
        today + dt.timedelta(days=7),
        add_months(today, 3),
        add_months(today, 6),
        add_months(today, 12),
    ]
    assert "Follow-up 1: Thank-you note" in response.content.decode()

    rows = proposed_rows(owner_client, offer)
    rows[0]["due_on"] = (today + dt.timedelta(days=1)).isoformat()  # a date moved
    rows[1]["kind"] = "event"  # a kind changed
    del rows[4]["include"]  # the 12-month check-in removed
    extra = {"include": "on", "kind": "referral", "due_on": (today + dt.timedelta(days=30)).isoformat(), "note": "Sam"}
    response = owner_client.post(reverse("offer_plan", args=[offer.pk]), plan_data(rows, extra=extra))
    assert response.url == offer.get_absolute_url()
    saved = list(offer.follow_ups.order_by("due_on").values_list("kind", "due_on", "note"))
    assert len(saved) == 5
    assert saved[0] == ("thank_you", today + dt.timedelta(days=1), rows[0]["note"])
    assert ("event", today + dt.timedelta(days=7), rows[1]["note"]) in saved
    assert ("referral", today + dt.timedelta(days=30), "Sam") in saved
    assert add_months(today, 12) not in [due_on for _, due_on, _ in saved]


def test_a_kept_follow_up_needs_a_date(owner_client, owner):
    offer = declined(owner)
    rows = proposed_rows(owner_client, offer)
    rows[0]["due_on"] = ""
    response = owner_client.post(reverse("offer_plan", args=[offer.pk]), plan_data(rows))
    assert response.status_code == 200
    assert response.context["formset"].forms[0].errors["due_on"] == [
        "Choose a date for this follow-up, or untick “Keep this follow-up”."
    ]
    # The summary says which of the rows it is about, as its legend does.
    page = response.content.decode()
    summary = page[page.index('id="error-summary-title"') : page.index("</ul>", page.index('id="error-summary-title"'))]
    assert "Follow-up 1 (Thank-you note), due on: Choose a date for this follow-up" in summary
    assert not offer.follow_ups.exists()


def test_a_follow_up_of_ones_own_half_filled_is_named_in_the_summary(owner_client, owner):
    offer = declined(owner)
    rows = proposed_rows(owner_client, offer)
    extra = {"include": "on", "kind": "", "due_on": "", "note": "Send Sam the article"}
    response = owner_client.post(reverse("offer_plan", args=[offer.pk]), plan_data(rows, extra=extra))
    page = response.content.decode()
    assert "Your own follow-up, what to do: Choose what to do" in page
    assert "Your own follow-up, due on: Choose a date" in page
    # What was typed is kept, in a field of two lines.
    assert re.search(r'<textarea name="form-\d+-note" cols="40" rows="2"[^>]*>\s*Send Sam the article</textarea>', page)
    assert not offer.follow_ups.exists()


def test_the_plan_is_saved_once(owner_client, owner):
    offer = declined(owner)
    rows = proposed_rows(owner_client, offer)
    for row in rows[1:]:
        del row["include"]
    owner_client.post(reverse("offer_plan", args=[offer.pk]), plan_data(rows))
    response = owner_client.post(reverse("offer_plan", args=[offer.pk]), plan_data(rows))
    assert response.url == offer.get_absolute_url()
    assert offer.follow_ups.count() == 1
    page = owner_client.get(reverse("offer_plan", args=[offer.pk])).content.decode()
    assert "is saved" in page
    with pytest.raises(PlanAlreadySaved):
        follow_up_plan_save(offer=offer, items=[])


def test_the_plan_waits_for_the_decline(owner_client, owner):
    offer = OfferFactory(owner=owner, flow_step=4)
    response = owner_client.get(reverse("offer_plan", args=[offer.pk]))
    assert response.url == step_url(offer, 4)
    assert not offer.follow_ups.exists()


def test_the_plan_adds_the_ways_of_keeping_in_touch_the_user_chose_and_no_others():
    offer = OfferFactory.build(company="Northwind", contact_name="Priya Lee", door_open=["refer", "events"])
    plan = follow_up_plan_propose(offer=offer, today=dt.date(2026, 11, 30))
    assert [(f.kind, f.due_on) for f in plan] == [
        (FollowUp.Kind.THANK_YOU, dt.date(2026, 12, 2)),
        (FollowUp.Kind.LINKEDIN, dt.date(2026, 12, 7)),
        (FollowUp.Kind.REFERRAL, dt.date(2026, 12, 30)),
        (FollowUp.Kind.EVENT, dt.date(2027, 1, 30)),
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 2, 28)),
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 5, 30)),
        (FollowUp.Kind.CHECK_IN, dt.date(2027, 11, 30)),
    ]
    assert plan[2].note.startswith("You offered to refer people: think of someone who would suit Northwind")
    assert plan[3].note.endswith("say hello to Priya Lee.")
    watching = OfferFactory.build(company="Northwind", door_open=["careers_page"])
    step = follow_up_plan_propose(offer=watching, today=dt.date(2026, 11, 30))[3]
    assert (step.kind, step.get_kind_display(), step.due_on) == (
        FollowUp.Kind.CAREERS_PAGE,
        "Look at the careers page",
        dt.date(2027, 3, 30),
    )
    assert step.note == "Look at Northwind's careers page for a role that would suit you."


def test_a_decline_recorded_months_late_proposes_no_step_already_overdue():
    offer = OfferFactory.build(contact_name="Priya Lee", door_open=["refer", "events"])
    plan = follow_up_plan_propose(offer=offer, today=dt.date(2026, 12, 4), decided_on=dt.date(2026, 9, 1))
    assert {f.kind: f.due_on for f in plan if f.kind in ("referral", "event")} == {
        "referral": dt.date(2026, 12, 4),
        "event": dt.date(2026, 12, 4),
    }


def test_a_decline_recorded_months_late_proposes_only_the_check_ins_still_to_come():
    """Declined on 6 March, recorded on 6 December: the 3- and 6-month check-ins were proposed for
    June and September, and the dashboard said "overdue by 91 days" as soon as the plan was saved."""
    offer = OfferFactory.build(contact_name="Priya Lee", company="Octavia Health")
    plan = follow_up_plan_propose(offer=offer, today=dt.date(2026, 12, 6), decided_on=dt.date(2026, 3, 6))
    assert [f.due_on for f in plan if f.kind == FollowUp.Kind.CHECK_IN] == [dt.date(2027, 3, 6)]
    assert all(f.due_on >= dt.date(2026, 12, 6) for f in plan)
    # Over a year on, every check-in has passed: one, today.
    plan = follow_up_plan_propose(offer=offer, today=dt.date(2026, 12, 6), decided_on=dt.date(2025, 10, 1))
    check_ins = [f for f in plan if f.kind == FollowUp.Kind.CHECK_IN]
    assert [(f.due_on, f.note) for f in check_ins] == [
        (dt.date(2026, 12, 6), "Check in with Priya Lee at Octavia Health: it has been a while.")
    ]


def test_the_plans_notes_name_the_company_as_the_emails_do():
    offer = OfferFactory.build(contact_name="Pieter van der Berg", company="Maas & Rijn Shipping B.V.")
    notes = [f.note for f in follow_up_plan_propose(offer=offer, today=dt.date(2026, 12, 6))]
    assert "3-month check-in with Pieter van der Berg at Maas & Rijn Shipping." in notes
    assert not any(".." in note or "B.V" in note for note in notes)


def test_i_sent_it_clicked_by_mistake_can_be_taken_back_until_the_plan_is_saved(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=5)
    draft = draft_create(offer=offer, template=EmailTemplate.objects.get(slug="decline-another-offer-warm"), user=owner)
    owner_client.post(step_url(offer, 5), {"sent_on": timezone.localdate().isoformat()})
    plan = owner_client.get(reverse("offer_plan", args=[offer.pk])).content.decode()
    assert "Mark it as not sent" in plan

    response = owner_client.post(reverse("offer_unsend", args=[offer.pk]), follow=True)
    assert "Marked as not sent: the offer is undecided again" in response.content.decode()
    offer.refresh_from_db()
    draft.refresh_from_db()
    assert (offer.status, offer.decided_at, offer.flow_step, draft.sent_at) == ("considering", None, 5, None)

    # Sent again, and its plan saved: then it stays sent.
    owner_client.post(step_url(offer, 5), {"sent_on": timezone.localdate().isoformat()})
    follow_up_plan_save(offer=offer, items=[])
    FollowUpFactory(offer=offer)
    response = owner_client.post(reverse("offer_unsend", args=[offer.pk]), follow=True)
    assert "can no longer be taken back" in response.content.decode()
    offer.refresh_from_db()
    assert offer.status == "declined"


def test_another_user_cannot_mark_a_decline_not_sent(outsider_client, owner):
    offer = OfferFactory(owner=owner, status="declined", decided_at=timezone.now())
    assert outsider_client.post(reverse("offer_unsend", args=[offer.pk])).status_code == 404
    offer.refresh_from_db()
    assert offer.status == "declined"


def test_a_plan_sent_after_the_decline_was_taken_back_saves_nothing(owner_client, owner, library):
    offer = OfferFactory(owner=owner, flow_step=5)
    draft_create(offer=offer, template=EmailTemplate.objects.get(slug="decline-another-offer-warm"), user=owner)
    owner_client.post(step_url(offer, 5), {"sent_on": timezone.localdate().isoformat()})
    stale_plan = owner_client.get(reverse("offer_plan", args=[offer.pk]))
    owner_client.post(reverse("offer_unsend", args=[offer.pk]))
    with pytest.raises(PlanNotDue):
        follow_up_plan_save(offer=offer, items=[])
    # Twice: the second says truly why nothing happened.
    response = owner_client.post(reverse("offer_unsend", args=[offer.pk]), follow=True)
    assert "This offer is not marked as declined, so there is nothing to take back." in response.content.decode()
    assert stale_plan.status_code == 200 and not offer.follow_ups.exists()

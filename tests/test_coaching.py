"""Coaching (§11): a client invites a coach, shares offers with them and takes
them back; the coach reads only what is shared, comments on a draft's
paragraphs and suggests new text; the client answers beside the editor;
a coach publishes templates to their clients."""

import datetime as dt
import html
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from declines import forms, reminders
from declines.models import (
    Coaching,
    CoachInvitation,
    Draft,
    DraftComment,
    EmailTemplate,
    Offer,
    Reminder,
    SharedOffer,
)
from declines.services import coaching as services
from declines.services.templates import template_create
from tests.factories import (
    CoachingFactory,
    DraftCommentFactory,
    DraftFactory,
    FollowUpFactory,
    OfferFactory,
    ReflectionFactory,
    SharedOfferFactory,
    UserFactory,
    offer_form_data,
)

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
BODY = (
    "Dear Priya,\n\n"
    "Thank you for the offer to join Northwind Analytics.\n\n"
    "After a lot of thought I have decided to decline.\n\n"
    "With best wishes,\nAlex"
)
SUGGESTED = "Thank you so much for the offer to join Northwind Analytics, and for the time your team gave me."


def text(response) -> str:
    """The page's text as a reader sees it: no tags, entities such as &#x27; turned back into characters."""
    return html.unescape(re.sub(r"<[^>]+>", "", response.content.decode()))


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def coach(db):
    return UserFactory(username="coach", profile__full_name="Jo Baker")


@pytest.fixture
def coach_client(coach):
    return logged_in(coach)


@pytest.fixture
def coaching(owner, coach):
    return CoachingFactory(client=owner, coach=coach)


@pytest.fixture
def offer(owner):
    return OfferFactory(owner=owner, company="Northwind Analytics", flow_step=4)


@pytest.fixture
def other_offer(owner):
    """An offer the client keeps to themselves."""
    return OfferFactory(owner=owner, company="Globex Secret", contact_name="Hank Scorpio", flow_step=2)


@pytest.fixture
def draft(offer):
    return DraftFactory(offer=offer, body=BODY)


@pytest.fixture
def shared(coaching, offer, draft):
    return SharedOfferFactory(coaching=coaching, offer=offer)


def editor_url(offer) -> str:
    return reverse("flow_step", args=[offer.pk, 4])


def accepting(client, offer, draft, comment, *, body, subject=None, base_version=None, **kwargs):
    """The client's editor sent with "Accept" on `comment`: the text as typed comes along."""
    data = {
        "subject": draft.subject if subject is None else subject,
        "body": body,
        "base_version": draft.version if base_version is None else base_version,
        "comment_accept": comment.pk,
    }
    return client.post(editor_url(offer), data, **kwargs)


def suggest(coach_client, draft, *, paragraph=1, quote="Thank you for the offer to join Northwind Analytics.", **data):
    return coach_client.post(
        reverse("client_draft", args=[draft.pk]),
        {"paragraph": paragraph, f"p{paragraph}-quote": quote, **{f"p{paragraph}-{k}": v for k, v in data.items()}},
    )


def on_second_paragraph(draft, author, **fields) -> DraftComment:
    """A comment written straight to the database, as one from before a check was added may be."""
    return DraftCommentFactory(
        draft=draft, author=author, paragraph=1, quote="Thank you for the offer to join Northwind Analytics.", **fields
    )


# --- Invitations ------------------------------------------------------------------------


def test_a_coach_already_coaching_the_client_is_told_nothing_changed(owner, coach, coach_client, coaching):
    invitation = services.invitation_create(client=owner)
    response = coach_client.post(invitation.get_absolute_url(), follow=True)
    page = text(response)
    assert "You already coach Alex Morgan: nothing has changed." in page and "You are now" not in page
    assert Coaching.objects.filter(client=owner, coach=coach).count() == 1


def test_the_note_on_accepting_shows_only_beside_a_suggestion(owner_client, owner, coach, shared, draft):
    DraftCommentFactory(draft=draft, author=coach, body="Warm opening.", suggestion="")
    page = text(owner_client.get(editor_url(draft.offer)))
    assert "Warm opening." in page and "Accepting saves the draft" not in page
    on_second_paragraph(draft, coach, suggestion="A better second paragraph.")
    assert "Accepting saves the draft" in text(owner_client.get(editor_url(draft.offer)))


def test_a_client_makes_a_link_that_a_coach_accepts_once(owner_client, owner, coach, coach_client, outsider_client):
    response = owner_client.post(reverse("coaches"), {"email": ""}, follow=True)
    invitation = CoachInvitation.objects.get(client=owner)
    page = response.content.decode()
    assert "Your invitation link is ready" in page
    assert invitation.get_absolute_url() in page
    assert invitation.expires_at - invitation.created_at == dt.timedelta(days=7)
    assert mail.outbox == []

    page = coach_client.get(invitation.get_absolute_url()).content.decode()
    assert "Alex Morgan invites you to be their coach" in page
    assert not Coaching.objects.exists()  # reading the invitation accepts nothing

    response = coach_client.post(invitation.get_absolute_url())
    assert response.status_code == 302 and response.url == reverse("clients")
    assert Coaching.objects.filter(client=owner, coach=coach).count() == 1
    assert not SharedOffer.objects.exists()  # nothing shared until the client chooses
    invitation.refresh_from_db()
    assert invitation.accepted_by == coach and invitation.accepted_at is not None

    # Used once: nobody else becomes a coach with it, and the page no longer names the client.
    again = outsider_client.get(invitation.get_absolute_url())
    assert again.status_code == 404
    assert "This invitation no longer works" in again.content.decode()
    assert "Alex Morgan" not in again.content.decode()
    assert outsider_client.post(invitation.get_absolute_url()).status_code == 302
    assert Coaching.objects.count() == 1


def test_an_invitation_by_email_sends_the_link(owner_client, owner):
    owner_client.post(reverse("coaches"), {"email": "jo@coaching.example"})
    invitation = CoachInvitation.objects.get(client=owner)
    assert invitation.email == "jo@coaching.example"
    (message,) = mail.outbox
    assert message.to == ["jo@coaching.example"]
    assert message.subject == "Alex Morgan invites you to be their coach on Declines"
    assert "http://127.0.0.1:8000" + invitation.get_absolute_url() in message.body
    # The hour it stops working says in which time zone, in the email and on the page.
    zone = timezone.localtime(invitation.expires_at).strftime("%Z")
    assert f"({zone})." in message.body
    assert f"({zone})</p>" in owner_client.get(reverse("coaches")).content.decode()


def test_a_bad_email_is_shown_beside_the_field_and_no_invitation_made(owner_client, owner):
    response = owner_client.post(reverse("coaches"), {"email": "not an address"})
    assert response.status_code == 200
    assert response.context["form"].errors["email"] == ["Enter a valid email address."]
    assert 'value="not an address"' in response.content.decode()
    assert not CoachInvitation.objects.exists()


def test_an_expired_link_no_longer_works(owner, coach_client):
    invitation = services.invitation_create(client=owner, now=timezone.now() - dt.timedelta(days=7, seconds=1))
    assert coach_client.get(invitation.get_absolute_url()).status_code == 404
    coach_client.post(invitation.get_absolute_url())
    assert not Coaching.objects.exists()


def test_nobody_is_their_own_coach(owner_client, owner):
    invitation = services.invitation_create(client=owner)
    page = owner_client.get(invitation.get_absolute_url()).content.decode()
    assert "This is your own invitation" in page
    response = owner_client.post(invitation.get_absolute_url(), follow=True)
    assert "This is your own invitation: send the link to your coach." in response.content.decode()
    assert not Coaching.objects.exists()
    assert CoachInvitation.objects.get().accepted_at is None


def test_a_withdrawn_invitation_is_a_404(owner_client, owner, coach_client):
    invitation = services.invitation_create(client=owner)
    owner_client.post(reverse("invitation_withdraw", args=[invitation.pk]))
    assert coach_client.get(invitation.get_absolute_url()).status_code == 404


def test_a_withdrawn_link_says_it_no_longer_works_and_names_nobody(owner_client, owner, client):
    invitation = services.invitation_create(client=owner)
    owner_client.post(reverse("invitation_withdraw", args=[invitation.pk]))
    response = client.get(invitation.get_absolute_url())
    assert response.status_code == 404
    page = text(response)
    assert "This invitation no longer works" in page and "withdrawn" in page
    assert "Alex Morgan" not in page and "We couldn't find that page" not in page


def test_an_address_too_long_before_the_at_is_called_too_long(owner_client, owner):
    response = owner_client.post(reverse("coaches"), {"email": "a" * 70 + "@coaching.example"})
    assert response.context["form"].errors["email"] == [
        "The part before the @ is 70 characters long, and mail allows at most 64. "
        "Check the address for a typing mistake."
    ]
    assert not CoachInvitation.objects.exists()
    owner_client.post(reverse("coaches"), {"email": "a" * 64 + "@coaching.example"})
    assert CoachInvitation.objects.get().email == "a" * 64 + "@coaching.example"


def test_stopping_with_a_coach_says_what_it_means_before_it_happens(owner_client, coaching):
    page = owner_client.get(reverse("coaches")).content.decode()
    start = page.index('<details class="coach-remove">')
    asked = page[start : page.index("</details>", start)]
    assert "Jo Baker will no longer see any of your offers, drafts or plans" in asked
    assert f'action="{reverse("coach_remove", args=[coaching.pk])}"' in asked
    assert Coaching.objects.filter(pk=coaching.pk).exists()


def test_stopping_with_a_coach_withdraws_what_was_emailed_to_them(owner_client, owner, coach, coach_client, coaching):
    emailed = services.invitation_create(client=owner, email=coach.email.upper())
    other = services.invitation_create(client=owner, email="someone.else@example.com")
    owner_client.post(reverse("coach_remove", args=[coaching.pk]))
    # The link still in the coach's inbox would have made them the client's coach again.
    assert coach_client.get(emailed.get_absolute_url()).status_code == 404
    coach_client.post(emailed.get_absolute_url())
    assert not Coaching.objects.exists()
    assert CoachInvitation.objects.filter(pk=other.pk).exists()


def test_stopping_with_a_coach_cancels_the_links_they_may_hold(owner_client, owner, coach_client, coaching):
    """A link sent by chat, still unused, brought a removed coach back without the client knowing."""
    link = services.invitation_create(client=owner)
    owner_client.post(reverse("coach_remove", args=[coaching.pk]))
    assert coach_client.get(link.get_absolute_url()).status_code == 404
    coach_client.post(link.get_absolute_url())
    assert not Coaching.objects.exists()


def test_the_client_sees_which_invitation_each_coach_accepted_and_never_their_address(
    owner, owner_client, coach, coach_client, outsider, outsider_client
):
    """A forwarded invitation let someone else join under any name: the client now sees which address
    each invitation went to beside the account that accepted it. The coach's own address stays private."""
    emailed = services.invitation_create(client=owner, email="jo@coaching.example")
    outsider_client.post(emailed.get_absolute_url())
    link = services.invitation_create(client=owner)
    coach_client.post(link.get_absolute_url())
    page = " ".join(text(owner_client.get(reverse("coaches"))).split())
    assert f"account “{outsider.get_username()}” · accepted the invitation you emailed to jo@coaching.example" in page
    assert f"account “{coach.get_username()}” · accepted a link you shared" in page
    assert coach.email not in page and outsider.email not in page


def test_a_coach_without_an_account_signs_up_and_comes_back_to_accept(client, owner):
    invitation = services.invitation_create(client=owner)
    page = client.get(invitation.get_absolute_url()).content.decode()
    assert "Create an account to accept" in page
    signup = reverse("signup") + "?next=" + invitation.get_absolute_url()
    assert signup.replace("/", "%2F").split("?")[1] in page.replace("&amp;", "&") or signup in page
    response = client.post(
        reverse("signup"),
        {
            "username": "newcoach",
            "full_name": "Nia Coach",
            "email": "nia@example.com",
            "password1": "a long and new passphrase",
            "password2": "a long and new passphrase",
            "next": invitation.get_absolute_url(),
        },
    )
    assert response.status_code == 302 and response.url == invitation.get_absolute_url()
    assert "Accept and become Alex Morgan's coach" in client.get(response.url).content.decode()
    client.post(invitation.get_absolute_url())
    assert Coaching.objects.get().coach.username == "newcoach"


def test_signup_goes_nowhere_outside_the_site(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "someone",
            "email": "someone@example.com",
            "password1": "a long and new passphrase",
            "password2": "a long and new passphrase",
            "next": "https://elsewhere.example/",
        },
    )
    assert response.url == reverse("dashboard")


def test_a_visitor_is_asked_to_log_in_before_accepting(client, owner):
    invitation = services.invitation_create(client=owner)
    response = client.post(invitation.get_absolute_url())
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert not Coaching.objects.exists()


# --- Sharing and revoking -------------------------------------------------------------


def test_a_coach_sees_only_the_offers_shared_with_them(coach_client, owner, shared, offer, other_offer):
    clients = coach_client.get(reverse("clients")).content.decode()
    assert "Alex Morgan" in clients and "1 offer shared with you" in clients
    page = coach_client.get(reverse("client_detail", args=[shared.coaching.pk])).content.decode()
    assert "Northwind Analytics" in page
    assert "Globex Secret" not in page
    assert coach_client.get(reverse("client_offer", args=[offer.pk])).status_code == 200
    assert coach_client.get(reverse("client_offer", args=[other_offer.pk])).status_code == 404
    # The client's own pages stay the client's, shared or not.
    for url in (offer.get_absolute_url(), reverse("offer_edit", args=[offer.pk]), editor_url(offer)):
        assert coach_client.get(url).status_code == 404


def test_the_coach_reads_one_rating_as_one(coach_client, shared, offer):
    ReflectionFactory(
        offer=offer,
        culture=4,
        growth=None,
        work_life=None,
        development=None,
        compensation=None,
        stability=None,
        mentorship=None,
    )
    page = coach_client.get(reverse("client_offer", args=[offer.pk])).content.decode()
    assert "Rated one thing only: Company culture." in page


def test_a_client_who_shares_nothing_is_not_listed(coach_client, coaching):
    page = coach_client.get(reverse("clients")).content.decode()
    assert "No client shares anything with you yet." in page
    assert "Alex Morgan" not in page
    assert coach_client.get(reverse("client_detail", args=[coaching.pk])).status_code == 404


def test_the_coachs_offer_page_is_read_only_and_complete(coach_client, shared, offer, draft):
    ReflectionFactory(offer=offer, goals="I want to lead a team.")
    FollowUpFactory(offer=offer, kind="thank_you", note="Thank Sam.")
    page = coach_client.get(reverse("client_offer", args=[offer.pk])).content.decode()
    for shown in ("Northwind Analytics", "Strongest fit", "Company reputation and stability", "I want to lead a team."):
        assert shown in page
    assert "Thank Sam." in page and "Thank-you note" in page
    assert reverse("client_draft", args=[draft.pk]) in page
    assert 'method="post"' not in page.split("<main", 1)[1]  # nothing to change here


def test_the_coach_sees_the_approach_but_not_the_contacts_address(owner_client, coach_client, shared, offer):
    offer.contact_name, offer.contact_email, offer.tone = "Dana Scully", "dana@northwind.example", "formal"
    offer.people_to_thank = "Fox Mulder (the panel)"
    offer.save()
    coach_page = text(coach_client.get(reverse("client_offer", args=[offer.pk])))
    owner_page = text(owner_client.get(reverse("offer_detail", args=[offer.pk])))
    assert "Dana Scully" in coach_page and "Dana Scully" in owner_page
    assert "dana@northwind.example" not in coach_page
    assert "dana@northwind.example" in owner_page
    assert "Formal" in coach_page and "Fox Mulder (the panel)" in coach_page


def test_sharing_from_the_offer_page_and_stopping(owner_client, coach_client, coaching, offer, draft):
    page = owner_client.get(offer.get_absolute_url()).content.decode()
    assert "Share with Jo Baker" in page
    owner_client.post(reverse("offer_share", args=[offer.pk]), {"coach": coaching.pk, "share": "1"})
    assert coach_client.get(reverse("client_draft", args=[draft.pk])).status_code == 200
    owner_client.post(reverse("offer_share", args=[offer.pk]), {"coach": coaching.pk, "share": "0"})
    # On the coach's very next request.
    assert coach_client.get(reverse("client_draft", args=[draft.pk])).status_code == 404
    assert coach_client.get(reverse("client_offer", args=[offer.pk])).status_code == 404


def test_a_client_cannot_share_with_someone_elses_coach(owner_client, offer, outsider, coach):
    theirs = CoachingFactory(client=outsider, coach=coach)
    response = owner_client.post(
        reverse("offer_share", args=[offer.pk]), {"coach": theirs.pk, "share": "1"}, follow=True
    )
    assert "Nothing changed: choose one of your coaches." in response.content.decode()
    assert not SharedOffer.objects.exists()


def test_sharing_several_offers_and_every_new_one(owner_client, owner, coaching, coach_client):
    first, second, third = (OfferFactory(owner=owner, company=f"Firm {n}") for n in range(3))
    page = owner_client.get(reverse("coach_sharing", args=[coaching.pk])).content.decode()
    assert "Firm 0" in page and "Firm 2" in page
    owner_client.post(
        reverse("coach_sharing", args=[coaching.pk]),
        {"listed": [first.pk, second.pk, third.pk], "offers": [first.pk, third.pk], "share_new_offers": "on"},
    )
    assert set(Offer.objects.shared_with(coaching.coach).values_list("company", flat=True)) == {"Firm 0", "Firm 2"}
    # An offer added from now on is shared as it is made.
    owner_client.post(reverse("offer_new"), offer_form_data(company="Brand New Ltd"))
    new = Offer.objects.get(company="Brand New Ltd")
    assert coach_client.get(reverse("client_offer", args=[new.pk])).status_code == 200
    # Unticking one stops it; the rest stay.
    owner_client.post(
        reverse("coach_sharing", args=[coaching.pk]),
        {
            "listed": [first.pk, second.pk, third.pk, new.pk],
            "offers": [third.pk, new.pk],
            "share_new_offers": "on",
        },
    )
    assert set(Offer.objects.shared_with(coaching.coach).values_list("company", flat=True)) == {
        "Firm 2",
        "Brand New Ltd",
    }
    assert coach_client.get(reverse("client_offer", args=[first.pk])).status_code == 404
    assert second.pk not in Offer.objects.shared_with(coaching.coach).values_list("pk", flat=True)


def test_saving_an_old_sharing_page_leaves_offers_it_never_showed_as_they_were(owner_client, owner, coaching):
    coaching.share_new_offers = True
    coaching.save()
    kept, dropped = OfferFactory(owner=owner, company="Kept Ltd"), OfferFactory(owner=owner, company="Dropped Ltd")
    services.shares_update(
        coaching=coaching, offers=[kept, dropped], shared={kept.pk, dropped.pk}, share_new_offers=True
    )
    # Tab A: the page as it was opened, with what it sends back.
    page = owner_client.get(reverse("coach_sharing", args=[coaching.pk])).content.decode()
    listed = re.findall(r'name="listed" value="(\d+)"', page)
    # Tab B: a new offer, shared as it is made.
    owner_client.post(reverse("offer_new"), offer_form_data(company="Brand New Ltd"))
    new = Offer.objects.get(company="Brand New Ltd")
    assert SharedOffer.objects.filter(coaching=coaching, offer=new).exists()
    # Tab A saves, with one offer unticked.
    response = owner_client.post(
        reverse("coach_sharing", args=[coaching.pk]),
        {"listed": listed, "offers": [kept.pk], "share_new_offers": "on"},
        follow=True,
    )
    assert "Saved. Jo Baker sees what you ticked, from now on." in text(response)
    assert set(Offer.objects.shared_with(coaching.coach).values_list("company", flat=True)) == {
        "Kept Ltd",
        "Brand New Ltd",
    }
    assert sorted(listed) == sorted([str(kept.pk), str(dropped.pk)])


def test_removing_a_coach_takes_everything_back_at_once(owner_client, coach_client, shared, offer, draft):
    DraftCommentFactory(draft=draft, author=shared.coaching.coach, quote="Dear Priya,", paragraph=0)
    owner_client.post(reverse("coach_remove", args=[shared.coaching.pk]))
    assert not Coaching.objects.exists() and not SharedOffer.objects.exists()
    for url in (
        reverse("client_detail", args=[shared.coaching.pk]),
        reverse("client_offer", args=[offer.pk]),
        reverse("client_draft", args=[draft.pk]),
    ):
        assert coach_client.get(url).status_code == 404
    assert "Alex Morgan" not in coach_client.get(reverse("clients")).content.decode()
    # The coach's comments stay with the client.
    assert "Warmer, perhaps?" in owner_client.get(editor_url(offer)).content.decode()


def test_a_paragraph_number_that_is_not_one_comes_back_as_a_form_not_an_error(coach_client, shared, draft):
    # "²" passes str.isdigit() but not int(): it must be read as no number at all.
    response = coach_client.post(reverse("client_draft", args=[draft.pk]), {"paragraph": "²", "p0-body": "Warmer?"})

    assert response.status_code == 200
    assert not DraftComment.objects.exists() or DraftComment.objects.get().paragraph == 0


def test_a_deleted_offer_leaves_the_coachs_view(owner_client, coach_client, shared, offer):
    owner_client.post(reverse("offer_delete", args=[offer.pk]))
    assert coach_client.get(reverse("client_offer", args=[offer.pk])).status_code == 404
    assert "Alex Morgan" not in coach_client.get(reverse("clients")).content.decode()


def test_another_client_and_another_coach_see_nothing(shared, offer, draft, outsider_client):
    other_coach = logged_in(CoachingFactory(client=UserFactory(), coach=UserFactory()).coach)
    for client in (outsider_client, other_coach):
        for url in (
            reverse("client_detail", args=[shared.coaching.pk]),
            reverse("client_offer", args=[offer.pk]),
            reverse("client_draft", args=[draft.pk]),
        ):
            assert client.get(url).status_code == 404
        assert suggest(client, draft, body="Hello").status_code == 404
    assert not DraftComment.objects.exists()


def test_the_coachs_checklist_compares_only_with_what_is_shared(coach_client, owner_client, shared, offer, other_offer):
    draft = DraftFactory(offer=offer, body="Dear Priya,\n\nThank you for the offer to join Globex Secret.")
    client_page = text(owner_client.get(reverse("draft_edit", args=[draft.pk]), follow=True))
    assert "Warning: No mix-up with another offer" in client_page
    assert "“Globex Secret” belongs to another of your offers" in client_page
    coach_page = text(coach_client.get(reverse("client_draft", args=[draft.pk])))
    # The coach reads the draft's own words, but never learns that Globex is another of the client's offers.
    assert "Globex Secret" in coach_page
    assert "Passes: No mix-up with another offer" in coach_page
    assert "another of your offers" not in coach_page and "Hank Scorpio" not in coach_page


# --- Comments and suggestions -----------------------------------------------------------


def test_a_coach_comments_on_a_paragraph_and_the_client_is_emailed_once(coach_client, owner, shared, draft):
    response = suggest(coach_client, draft, body="Name the team: it reads warmer.")
    assert response.status_code == 302
    comment = DraftComment.objects.get()
    assert (comment.author, comment.paragraph, comment.suggestion) == (shared.coaching.coach, 1, "")
    assert comment.quote == "Thank you for the offer to join Northwind Analytics."
    assert Reminder.objects.get().kind == Reminder.Kind.COMMENT

    reminders.run_once(site_url="https://declines.example")
    (message,) = mail.outbox
    assert message.to == [owner.email]
    assert message.subject == "Declines: a comment from your coach"
    assert "Jo Baker commented on your decline email for Northwind Analytics" in message.body
    assert "Name the team: it reads warmer." in message.body
    assert f"https://declines.example/drafts/{draft.pk}/#comments" in message.body
    reminders.run_once(site_url="https://declines.example")
    assert len(mail.outbox) == 1
    assert Reminder.objects.get().status == Reminder.Status.SENT


def test_a_comment_answered_before_the_email_goes_out_is_not_emailed(coach_client, owner_client, shared, draft, offer):
    suggest(coach_client, draft, body="Good.")
    comment = DraftComment.objects.get()
    owner_client.post(
        editor_url(offer),
        {"subject": draft.subject, "body": BODY, "base_version": draft.version, "comment_resolve": comment.pk},
    )
    reminders.run_once(site_url="https://declines.example")
    assert mail.outbox == []


def test_an_empty_comment_is_refused_beside_the_field(coach_client, shared, draft):
    response = suggest(
        coach_client, draft, body="   ", suggestion="Thank you for the offer to join Northwind Analytics."
    )
    assert response.status_code == 200
    form = response.context["rows"][1]["form"]
    assert form.errors["body"] == ["Write a comment, or change the paragraph below to suggest new text."]
    assert not DraftComment.objects.exists()


def test_an_emptied_suggestion_is_refused_beside_it_with_why(coach_client, shared, draft):
    response = suggest(coach_client, draft, body="", suggestion="   ")
    assert response.status_code == 200
    form = response.context["rows"][1]["form"]
    assert form.errors["suggestion"] == [
        "A suggestion needs some text. To suggest leaving this paragraph out, say so in a comment."
    ]
    assert "body" not in form.errors
    assert not DraftComment.objects.exists()
    # With a comment saying so, it is taken as a comment.
    suggest(coach_client, draft, body="Leave this paragraph out?", suggestion="")
    assert DraftComment.objects.get().body == "Leave this paragraph out?"


def test_the_coach_is_told_whether_the_client_gets_an_email(coach_client, owner, shared, draft):
    response = suggest(coach_client, draft, body="Name the team.")
    assert (
        "Sent. Alex Morgan sees it beside their draft, and gets an email about it with their next reminders."
        in text(coach_client.get(response.url))
    )
    owner.profile.reminders_enabled = False
    owner.profile.save()
    response = suggest(coach_client, draft, body="And the role.")
    page = text(coach_client.get(response.url))
    assert "Sent. Alex Morgan sees it beside their draft. They get no emails from Declines, so none is sent." in page
    assert "gets an email" not in page
    reminders.run_once(site_url="https://declines.example")
    assert mail.outbox == []


def test_a_suggestion_with_tags_the_editor_refuses_is_refused_beside_it(coach_client, shared, draft):
    broken = "Thank you, {{ salary_note }} {% debug %} {{ unbalanced"
    response = suggest(coach_client, draft, body="Try this.", suggestion=broken)
    assert response.status_code == 200
    form = response.context["rows"][1]["form"]
    # The very messages "Save draft" gives for the same text.
    assert form.errors["suggestion"] == forms.DraftForm({"body": broken}, draft=draft).errors["body"]
    assert "{% debug %} — template logic is not allowed" in " ".join(form.errors["suggestion"])
    assert html.escape(broken) in response.content.decode()  # kept as typed
    assert not DraftComment.objects.exists()


def test_a_suggestion_that_makes_the_email_too_long_is_refused_beside_it(coach_client, shared, draft):
    long = "Thank you. " * 1817  # 19,987 characters: under the box's limit, over the email's with the rest
    response = suggest(coach_client, draft, body="", suggestion=long)
    assert response.status_code == 200
    (error,) = response.context["rows"][1]["form"].errors["suggestion"]
    assert error.startswith("With this text in place the email would be 20,0")
    assert "and it can have at most 20,000. Shorten the suggestion by" in error
    assert not DraftComment.objects.exists()


def test_long_comments_are_not_cut_by_the_browser_and_the_server_says_why(coach_client, shared, draft):
    page = coach_client.get(reverse("client_draft", args=[draft.pk])).content.decode()
    boxes = re.findall(r"<textarea[^>]*>", page)
    assert boxes and not [box for box in boxes if "maxlength" in box]
    response = suggest(coach_client, draft, body="x" * 5001, suggestion="y" * 20_001)
    assert response.status_code == 200
    page = text(response)
    assert "Keep the comment to 5,000 characters (it has 5001)." in page
    assert "Keep the suggestion to 20,000 characters (it has 20001)." in page
    assert "x" * 5001 in page and "y" * 20_001 in page
    assert not DraftComment.objects.exists()


def test_a_comment_on_a_paragraph_changed_meanwhile_is_handed_back(coach_client, shared, draft):
    Draft.objects.filter(pk=draft.pk).update(body=BODY.replace("Thank you for the offer", "Many thanks for the offer"))
    response = suggest(coach_client, draft, body="Warmer?", suggestion=SUGGESTED)
    assert response.status_code == 200
    page = response.content.decode()
    assert "changed that paragraph while you were writing" in page
    assert "Warmer?" in page and SUGGESTED in page
    form = response.context["rows"][1]["form"]
    assert form.initial["body"] == "Warmer?" and form.initial["suggestion"] == SUGGESTED
    assert form.initial["quote"] == "Many thanks for the offer to join Northwind Analytics."
    assert not DraftComment.objects.exists()


def test_a_comment_on_a_paragraph_cut_meanwhile_is_handed_back_under_the_last_one(coach_client, shared, draft):
    Draft.objects.filter(pk=draft.pk).update(body="Dear Priya,\n\nI have decided to decline.")
    response = suggest(coach_client, draft, paragraph=3, quote="With best wishes,\nAlex", body="Sign off warmer?")
    assert response.status_code == 200
    rows = response.context["rows"]
    assert "changed that paragraph while you were writing" in response.content.decode()
    assert len(rows) == 2 and rows[-1]["form"].initial["body"] == "Sign off warmer?"
    assert not DraftComment.objects.exists()


def test_the_client_sees_comments_beside_the_editor(owner_client, coach_client, shared, draft, offer):
    suggest(coach_client, draft, body="Warmer?", suggestion=SUGGESTED)
    page = owner_client.get(editor_url(offer)).content.decode()
    pane = page.split('id="comments"', 1)[1]
    assert "Jo Baker" in pane and "Warmer?" in pane and SUGGESTED in pane
    assert "Paragraph 2" in pane
    assert 'name="comment_accept"' in pane and 'form="draft-form"' in pane


def test_accepting_keeps_what_the_client_typed_and_saves_both(owner_client, coach_client, shared, draft, offer):
    suggest(coach_client, draft, body="Warmer?", suggestion=SUGGESTED)
    comment = DraftComment.objects.get()
    typed = BODY.replace("With best wishes", "Warm regards")  # not saved yet
    response = accepting(owner_client, offer, draft, comment, body=typed, subject="My own subject", follow=True)
    assert "Accepted Jo Baker's suggestion and saved the draft, with your other changes." in text(response)
    saved = Draft.objects.get(pk=draft.pk)
    assert saved.body == typed.replace("Thank you for the offer to join Northwind Analytics.", SUGGESTED)
    assert saved.subject == "My own subject"
    assert saved.version == draft.version + 1
    comment.refresh_from_db()
    assert comment.status == DraftComment.Status.ACCEPTED and comment.closed_at is not None


def test_accepting_from_a_stale_tab_meets_the_conflict_and_loses_nothing(
    owner_client, coach_client, shared, draft, offer
):
    suggest(coach_client, draft, body="", suggestion=SUGGESTED)
    comment = DraftComment.objects.get()
    elsewhere = BODY + "\n\nP.S. Saved in another tab."
    Draft.objects.filter(pk=draft.pk).update(body=elsewhere, version=draft.version + 1)
    typed = BODY.replace("Alex", "Alex M.")
    response = accepting(owner_client, offer, draft, comment, body=typed)
    assert response.status_code == 409
    page = response.content.decode()
    assert "This draft was saved somewhere else after you opened it" in page
    assert "Alex M." in page and "P.S. Saved in another tab." in page
    assert Draft.objects.get(pk=draft.pk).body == elsewhere
    comment.refresh_from_db()
    assert comment.status == DraftComment.Status.OPEN  # still there to accept


@pytest.mark.parametrize(
    "suggestion",
    ["Thank you, {{ salary_note }} {% debug %} {{ unbalanced", "Thank you. " * 1817],
    ids=["broken tags", "too long"],
)
def test_accepting_text_the_editor_would_refuse_saves_nothing_and_says_why(
    owner_client, coach, shared, draft, offer, suggestion
):
    # Made before suggestions were checked: it must not reach the draft now.
    comment = on_second_paragraph(draft, coach, body="", suggestion=suggestion)
    typed = BODY.replace("Alex", "Alex M.")
    response = accepting(owner_client, offer, draft, comment, body=typed)
    assert response.status_code == 200
    page = text(response)
    assert "The suggestion from Jo Baker was not put in, because the email could not be saved with it:" in page
    assert "Your text is as you typed it." in page
    assert response.context["form"]["body"].value() == typed
    assert Draft.objects.get(pk=draft.pk).body == BODY
    comment.refresh_from_db()
    assert comment.status == DraftComment.Status.OPEN


def test_accepting_with_a_mistake_in_the_typed_text_says_the_suggestion_waits(
    owner_client, coach_client, shared, draft, offer
):
    suggest(coach_client, draft, body="", suggestion=SUGGESTED)
    comment = DraftComment.objects.get()
    typed = BODY + "\n\n{{ compnay }}"
    response = accepting(owner_client, offer, draft, comment, body=typed)
    page = text(response)
    assert "The suggestion from Jo Baker was not put in yet: your text needs a fix first, marked below." in page
    assert "did you mean {{ company }}?" in page
    assert response.context["form"]["body"].value() == typed
    assert Draft.objects.get(pk=draft.pk).body == BODY
    assert DraftComment.objects.get().status == DraftComment.Status.OPEN


def test_accepting_into_a_conflict_says_the_suggestion_waits_and_why(owner_client, coach_client, shared, draft, offer):
    suggest(coach_client, draft, body="", suggestion=SUGGESTED)
    comment = DraftComment.objects.get()
    Draft.objects.filter(pk=draft.pk).update(body=BODY + "\n\nP.S. Saved elsewhere.", version=draft.version + 1)
    typed = BODY.replace("Alex", "Alex M.")
    response = accepting(owner_client, offer, draft, comment, body=typed)
    assert response.status_code == 409
    page = text(response)
    assert (
        "The suggestion from Jo Baker was not put in yet: this draft was saved in another tab after you opened it "
        "here. Choose the text to keep below, then accept the suggestion again."
    ) in page
    assert response.context["form"]["body"].value() == typed
    assert DraftComment.objects.get().status == DraftComment.Status.OPEN
    # "Keep my text, with the suggestion" does both, over the newer save.
    assert f'name="comment_accept" value="{comment.pk}" class="btn btn-warning">Keep my text, with the suggestion' in (
        response.content.decode()
    )
    newer = response.context["form"]["base_version"].value()
    accepting(owner_client, offer, draft, comment, body=typed, base_version=newer)
    assert DraftComment.objects.get().status == DraftComment.Status.ACCEPTED
    draft.refresh_from_db()
    assert SUGGESTED in draft.body and "Alex M." in draft.body


def test_accepting_with_nothing_typed_does_not_speak_of_other_changes(owner_client, coach, shared, draft, offer):
    # A draft from a template keeps the template's last newline; the browser sends it back as CRLF.
    Draft.objects.filter(pk=draft.pk).update(body=BODY + "\n")
    comment = on_second_paragraph(draft, coach, body="", suggestion=SUGGESTED)
    as_sent = (BODY + "\n").replace("\n", "\r\n")
    response = accepting(owner_client, offer, draft, comment, body=as_sent, follow=True)
    page = text(response)
    assert "Accepted Jo Baker's suggestion and saved the draft." in page
    assert "with your other changes" not in page
    assert SUGGESTED in Draft.objects.get(pk=draft.pk).body


def test_a_suggestion_whose_paragraph_was_rewritten_is_not_forced_in(owner_client, coach_client, shared, draft, offer):
    suggest(coach_client, draft, body="", suggestion=SUGGESTED)
    comment = DraftComment.objects.get()
    typed = BODY.replace("Thank you for the offer", "I am grateful for the offer")
    response = accepting(owner_client, offer, draft, comment, body=typed)
    assert response.status_code == 200
    assert "has changed, so it was not put in" in response.content.decode()
    assert response.context["form"]["body"].value() == typed
    assert Draft.objects.get(pk=draft.pk).body == BODY
    assert DraftComment.objects.get().status == DraftComment.Status.OPEN


def test_rejecting_and_resolving_keep_the_text_as_typed(owner_client, coach_client, shared, draft, offer):
    suggest(coach_client, draft, body="", suggestion=SUGGESTED)
    suggest(coach_client, draft, paragraph=2, quote="After a lot of thought I have decided to decline.", body="Clear.")
    suggestion, comment = DraftComment.objects.order_by("pk")
    typed = BODY + "\n\nP.S. typed, not saved."
    form = {"subject": draft.subject, "body": typed, "base_version": draft.version}
    response = owner_client.post(editor_url(offer), {**form, "comment_reject": suggestion.pk})
    assert "Rejected Jo Baker's suggestion." in text(response)
    assert response.context["form"]["body"].value() == typed
    response = owner_client.post(editor_url(offer), {**form, "comment_resolve": comment.pk})
    assert "Resolved Jo Baker's comment." in text(response)
    assert response.context["form"]["body"].value() == typed
    assert Draft.objects.get(pk=draft.pk).body == BODY
    assert [c.status for c in DraftComment.objects.order_by("pk")] == ["rejected", "resolved"]


@pytest.mark.parametrize("button", ["comment_reject", "comment_resolve"])
def test_answering_without_typing_leaves_the_editor_saved(owner, coach, shared, draft, offer, button):
    Draft.objects.filter(pk=draft.pk).update(body=BODY + "\n")
    comment = on_second_paragraph(
        draft, coach, body="Warmer?", suggestion=SUGGESTED if button == "comment_reject" else ""
    )
    other = DraftCommentFactory(draft=draft, author=coach, paragraph=0, quote="Dear Priya,", body="Fine.")
    form = {"subject": draft.subject, "body": (BODY + "\n").replace("\n", "\r\n"), "base_version": draft.version}
    client = logged_in(owner)
    page = client.post(editor_url(offer), {**form, button: comment.pk}).content.decode()
    assert "data-unsaved" not in page
    # With text typed and not saved, leaving the page still asks first.
    page = client.post(editor_url(offer), {**form, "body": BODY + "\r\n\r\nP.S.", "comment_resolve": other.pk})
    assert "data-unsaved" in page.content.decode()


@pytest.mark.parametrize("button", ["comment_accept", "comment_reject"])
def test_a_comment_without_new_text_is_only_ever_resolved(owner_client, coach_client, shared, draft, offer, button):
    suggest(coach_client, draft, body="Lovely.")
    comment = DraftComment.objects.get()
    form = {"subject": draft.subject, "body": BODY, "base_version": draft.version, button: comment.pk}
    assert owner_client.post(editor_url(offer), form).status_code == 200
    assert DraftComment.objects.get().status == DraftComment.Status.RESOLVED
    assert Draft.objects.get(pk=draft.pk).version == draft.version


def test_a_client_answers_only_comments_on_their_own_drafts(owner_client, outsider, coach, offer):
    theirs = DraftFactory(offer=OfferFactory(owner=outsider), body=BODY)
    comment = DraftCommentFactory(draft=theirs, author=coach, quote="Dear Priya,", paragraph=0)
    mine = DraftFactory(offer=offer, body=BODY)
    response = owner_client.post(
        reverse("draft_edit", args=[mine.pk]),
        {"subject": "", "body": BODY, "base_version": mine.version, "comment_resolve": comment.pk},
    )
    assert response.status_code == 404
    assert DraftComment.objects.get().status == "open"


def test_the_timeline_says_who_commented_or_suggested_what_and_when(owner_client, coach_client, shared, draft, offer):
    suggest(coach_client, draft, body="Name the team.")
    suggest(coach_client, draft, body="", suggestion=SUGGESTED)
    suggestion = DraftComment.objects.get(suggestion=SUGGESTED)
    owner_client.post(
        editor_url(offer),
        {"subject": draft.subject, "body": BODY, "base_version": draft.version, "comment_accept": suggestion.pk},
    )
    timeline = owner_client.get(offer.get_absolute_url()).content.decode().split('id="timeline-title"', 1)[1]
    assert "Jo Baker commented on your decline email" in timeline and "Name the team." in timeline
    assert "Jo Baker suggested new text for your decline email" in timeline
    assert "Accepted Jo Baker&#x27;s suggestion" in timeline  # as HTML escapes it
    at = timezone.localtime(suggestion.created_at).strftime("%H:%M")
    assert f"At {at}" in timeline
    # What was accepted, and in the order things happened: a comment made after the answer comes after it.
    suggestion.refresh_from_db()
    closed = timezone.localtime(suggestion.closed_at).strftime("%H:%M")
    assert f"At {closed}, on your decline email: “{SUGGESTED[:60]}" in html.unescape(timeline)
    DraftComment.objects.filter(body="Name the team.").update(created_at=suggestion.closed_at + dt.timedelta(minutes=5))
    timeline = owner_client.get(offer.get_absolute_url()).content.decode().split('id="timeline-title"', 1)[1]
    assert timeline.index("Accepted Jo Baker") < timeline.index("Jo Baker commented on your decline email")


def test_the_timeline_tells_a_comment_before_the_sending(owner_client, coach_client, shared, draft, offer):
    """Every coach's event of a day sorted after the day's sending read as edits taken after the email went."""
    suggest(coach_client, draft, body="Name the team.")
    sent = DraftComment.objects.get().created_at + dt.timedelta(minutes=5)
    Draft.objects.filter(pk=draft.pk).update(sent_at=sent)
    Offer.objects.filter(pk=offer.pk).update(status=Offer.Status.DECLINED, decided_at=sent)
    timeline = text(owner_client.get(offer.get_absolute_url())).split("Timeline", 1)[1]
    commented = timeline.index("Jo Baker commented on your decline email")
    assert commented < timeline.index("Sent: Decline email") < timeline.index("Declined the offer")
    # One made after the email went out comes after it.
    DraftComment.objects.update(created_at=sent + dt.timedelta(minutes=1))
    timeline = text(owner_client.get(offer.get_absolute_url())).split("Timeline", 1)[1]
    assert timeline.index("Declined the offer") < timeline.index("Jo Baker commented on your decline email")


def test_a_coach_sees_only_their_own_comments(shared, draft, owner):
    other = CoachingFactory(client=owner, coach=UserFactory(profile__full_name="Other Coach"))
    SharedOfferFactory(coaching=other, offer=draft.offer)
    DraftCommentFactory(draft=draft, author=other.coach, body="From the other coach.", quote="Dear Priya,", paragraph=0)
    page = logged_in(shared.coaching.coach).get(reverse("client_draft", args=[draft.pk])).content.decode()
    assert "From the other coach." not in page and "Other Coach" not in page


# --- Paragraphs ---------------------------------------------------------------------------


def test_a_paragraph_is_replaced_and_everything_else_kept_as_typed():
    body = "Dear Priya,\r\n\r\n  Thank you.  \n \nBye\n"
    assert services.paragraphs(body) == ["Dear Priya,", "Thank you.", "Bye"]
    replaced = services.replace_paragraph(body, quote="Thank you.", near=1, replacement="Many thanks.\r\nReally.")
    assert replaced == "Dear Priya,\n\n  Many thanks.\nReally.  \n \nBye\n"
    assert services.replace_paragraph(body, quote="Gone.", near=1, replacement="x") is None


def test_of_two_equal_paragraphs_the_one_nearest_its_old_place_is_replaced():
    body = "Thanks.\n\nMiddle.\n\nThanks."
    assert services.replace_paragraph(body, quote="Thanks.", near=2, replacement="End.") == "Thanks.\n\nMiddle.\n\nEnd."
    assert services.locate(body, quote="Thanks.", near=0) == 0


# --- Template packs -----------------------------------------------------------------------


@pytest.fixture
def pack(coach):
    return template_create(
        owner=coach,
        name="Jo's warm decline",
        kind="decline",
        tone="warm",
        reason="",
        medium="",
        subject="About {{ role }}",
        body="{{ greeting }}\n\nThank you, truly.\n\n{{ signature }}",
    )


def test_a_published_template_reaches_the_coachs_clients_only(
    coach_client, owner_client, outsider_client, coaching, pack
):
    page = coach_client.get(pack.get_absolute_url()).content.decode()
    assert "Publish to my clients" in page
    coach_client.post(reverse("template_publish", args=[pack.pk]), {"published": "1"})
    listing = owner_client.get(reverse("template_list")).content.decode()
    assert "Jo&#x27;s warm decline" in listing and "From Jo Baker" in listing
    detail = text(owner_client.get(pack.get_absolute_url()))
    assert "Jo Baker, your coach, shares this template with you" in detail
    assert "Duplicate to edit" in detail and reverse("template_edit", args=[pack.pk]) not in detail
    assert owner_client.get(reverse("template_edit", args=[pack.pk])).status_code == 404
    assert owner_client.post(reverse("template_publish", args=[pack.pk]), {"published": "0"}).status_code == 404
    assert outsider_client.get(pack.get_absolute_url()).status_code == 404
    assert "Jo&#x27;s warm decline" not in outsider_client.get(reverse("template_list")).content.decode()
    # Only the coach's group, when asked for it.
    only = owner_client.get(reverse("template_list"), {"source": "coach"}).content.decode()
    assert "Jo&#x27;s warm decline" in only and 'badge text-bg-secondary">Built-in' not in only


def test_a_client_writes_from_a_coachs_template_and_keeps_a_copy_after_unpublishing(
    coach_client, owner_client, owner, coaching, pack, offer
):
    services.template_publish(template=pack, published=True)
    response = owner_client.post(reverse("draft_new", args=[offer.pk]), {"kind": "decline", "template": pack.pk})
    assert response.status_code == 302
    draft = Draft.objects.get(offer=offer)
    assert draft.template == pack
    # Starting again, the coach's template is named as the coach's, not as the client's own.
    chooser = owner_client.get(reverse("draft_templates", args=[draft.pk])).content.decode()
    assert "Jo&#x27;s warm decline (from your coach)" in chooser and "Jo&#x27;s warm decline (yours)" not in chooser
    owner_client.post(reverse("template_duplicate", args=[pack.pk]))
    copy = EmailTemplate.objects.get(owner=owner)
    coach_client.post(reverse("template_publish", args=[pack.pk]), {"published": "0"})
    assert owner_client.get(pack.get_absolute_url()).status_code == 404
    listing = owner_client.get(reverse("template_list")).content.decode()
    assert "From Jo Baker" not in listing
    assert owner_client.get(copy.get_absolute_url()).status_code == 200
    assert copy.body == pack.body


def test_a_template_pack_leaves_with_the_coach(owner_client, coaching, pack):
    services.template_publish(template=pack, published=True)
    services.coaching_end(coaching=coaching)
    assert owner_client.get(pack.get_absolute_url()).status_code == 404


def test_clients_appear_in_the_menu_of_coaches_only(owner_client, coach_client, coaching):
    assert reverse("clients") in coach_client.get(reverse("dashboard")).content.decode()
    assert f'href="{reverse("clients")}"' not in owner_client.get(reverse("dashboard")).content.decode()


# --- Export and deletion ------------------------------------------------------------------


def test_the_clients_export_holds_the_comments_on_their_drafts(owner_client, coach_client, shared, draft):
    suggest(coach_client, draft, body="Warmer?", suggestion=SUGGESTED)
    data = json.loads(owner_client.get(reverse("export_json")).content)
    (exported,) = data["offers"][0]["drafts"]
    (comment,) = exported["comments"]
    assert comment["from"] == "Jo Baker"
    assert (comment["body"], comment["suggestion"], comment["status"]) == ("Warmer?", SUGGESTED, "open")
    assert comment["quote"] == "Thank you for the offer to join Northwind Analytics."
    assert data["coaches"] == [
        {
            "name": "Jo Baker",
            "since": data["coaches"][0]["since"],
            "share_new_offers": False,
            "shared_offer_ids": [draft.offer_id],
        }
    ]
    coach_export = json.loads(coach_client.get(reverse("export_json")).content)
    assert "Northwind" not in json.dumps(coach_export) and "Warmer?" not in json.dumps(coach_export)


def test_deleting_a_coach_keeps_the_clients_drafts_and_comments(
    owner_client, coach_client, coach, shared, draft, offer
):
    suggest(coach_client, draft, body="Warmer?", suggestion=SUGGESTED)
    coach_client.post(reverse("account_delete"), {"password": PASSWORD})
    assert not get_user_model().objects.filter(pk=coach.pk).exists()
    assert Draft.objects.get(pk=draft.pk).body == BODY
    comment = DraftComment.objects.get()
    assert comment.author is None and comment.author_name == "a former coach"
    editor = owner_client.get(editor_url(offer)).content.decode()
    assert "A former coach" in editor and "Warmer?" in editor and "Jo Baker" not in editor
    timeline = owner_client.get(offer.get_absolute_url()).content.decode()
    assert "A former coach suggested new text for your decline email" in timeline
    assert not Coaching.objects.exists()


def test_deleting_a_client_removes_everything_the_coach_could_see(owner_client, coach_client, shared, draft, offer):
    suggest(coach_client, draft, body="Warmer?")
    ReflectionFactory(offer=offer)
    owner_client.post(reverse("account_delete"), {"password": PASSWORD})
    for model in (Offer, Draft, DraftComment, Coaching, SharedOffer, Reminder, CoachInvitation):
        assert not model.objects.exists(), model
    assert (
        reverse("client_detail", args=[shared.coaching.pk]) not in coach_client.get(reverse("clients")).content.decode()
    )
    for url in (reverse("client_offer", args=[offer.pk]), reverse("client_draft", args=[draft.pk])):
        assert coach_client.get(url).status_code == 404


def test_what_the_coach_sees_is_what_the_forms_say(coach_client, shared, offer):
    """A field the coach can read says so where it is typed; the one the coach never sees says that."""
    offer.salary_note, offer.notes = "Asked for 95k.", "Sam seemed tired."
    offer.save()
    ReflectionFactory(offer=offer, goals="I want to lead a team.", note="Mum says take it.")
    page = coach_client.get(reverse("client_offer", args=[offer.pk])).content.decode()
    for seen in ("Asked for 95k.", "Sam seemed tired.", "I want to lead a team."):
        assert seen in page
    assert "Mum says take it." not in page
    offer_form, reflection_form = forms.OfferForm(user=offer.owner), forms.ReflectionForm(offer=offer)
    for field in (offer_form["salary_note"], offer_form["notes"], reflection_form["goals"]):
        assert "a coach you share this offer with" in field.help_text
    assert "even when you share the offer with a coach" in reflection_form["note"].help_text


def test_comments_kept_after_coaching_ends_are_no_longer_from_your_coach(
    owner_client, coach_client, shared, draft, offer
):
    suggest(coach_client, draft, body="Lovely opening.", suggestion="")
    assert ">From your coach</h2>" in owner_client.get(editor_url(offer)).content.decode()
    owner_client.post(reverse("coach_remove", args=[shared.coaching.pk]))
    page = owner_client.get(editor_url(offer)).content.decode()
    assert ">Comments from coaching</h2>" in page and "Lovely opening." in page


def test_the_offer_page_says_which_draft_has_comments_waiting(owner_client, coach_client, shared, draft, offer):
    assert "waiting for your answer" not in owner_client.get(offer.get_absolute_url()).content.decode()
    suggest(coach_client, draft, body="Warmer?", suggestion=SUGGESTED)
    suggest(coach_client, draft, body="Shorter?", suggestion="")
    page = owner_client.get(offer.get_absolute_url()).content.decode()
    assert "2 comments from coaching waiting for your answer" in page
    DraftComment.objects.filter(body="Shorter?").update(status="resolved", closed_at=timezone.now())
    page = owner_client.get(offer.get_absolute_url()).content.decode()
    assert "1 comment from coaching waiting for your answer" in page


def test_a_share_naming_someone_elses_offer_grants_nothing(owner, outsider, coach, coach_client, coaching):
    """Only the app's services write shares, and they share the client's own offers; a row naming
    another user's offer (as the admin could once make) shows the coach nothing, and is a 404, not a 500."""
    theirs = OfferFactory(owner=outsider, company="Globex")
    draft = DraftFactory(offer=theirs, body=BODY)
    share = SharedOffer(coaching=coaching, offer=theirs)
    with pytest.raises(ValidationError) as refused:
        share.full_clean()
    assert "only their own offers can be shared" in str(refused.value)
    share.save()
    assert not Offer.objects.shared_with(coach).exists()
    assert coach_client.get(reverse("client_offer", args=[theirs.pk])).status_code == 404
    assert coach_client.get(reverse("client_draft", args=[draft.pk])).status_code == 404


def test_the_send_step_says_what_the_coach_left_unanswered(owner_client, coach_client, shared, draft, offer):
    """Resuming from the dashboard led straight to "Ready to send" with a coach's suggestion still open."""
    Offer.objects.filter(pk=offer.pk).update(flow_step=5)
    send_step = reverse("flow_step", args=[offer.pk, 5])
    assert "not answered" not in text(owner_client.get(send_step))
    suggest(coach_client, draft, body="Name the team.")
    suggest(coach_client, draft, body="", suggestion=SUGGESTED)
    page = " ".join(text(owner_client.get(send_step)).split())
    assert "Your coach has left 1 suggestion and 1 comment on this email that you have not answered." in page
    assert f'href="{editor_url(offer)}#comments"' in owner_client.get(send_step).content.decode()
    resolved = {"status": DraftComment.Status.RESOLVED, "closed_at": timezone.now()}
    DraftComment.objects.filter(body="Name the team.").update(**resolved)
    page = " ".join(text(owner_client.get(send_step)).split())
    assert "Your coach has left 1 suggestion on this email that you have not answered. See it beside" in page


def test_a_coach_reading_a_sent_email_is_told_it_went_out(coach_client, shared, draft):
    url = reverse("client_draft", args=[draft.pk])
    assert "cannot change what its reader received" not in text(coach_client.get(url))
    Draft.objects.filter(pk=draft.pk).update(sent_at=timezone.now())
    page = text(coach_client.get(url))
    assert "Alex Morgan sent this email on" in page and "cannot change what its reader received" in page

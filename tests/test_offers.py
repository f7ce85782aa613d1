"""The dashboard and the offer pages, as the owner, another user and nobody."""

import datetime as dt

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines.models import Offer
from declines.ownership import get_offer_for_user
from tests.factories import (
    DraftFactory,
    FollowUpFactory,
    InteractionFactory,
    OfferFactory,
    ReflectionFactory,
    offer_form_data,
)

pytestmark = pytest.mark.django_db


def test_dashboard_invites_a_new_user_to_decline_an_offer(owner_client):
    response = owner_client.get(reverse("dashboard"))
    body = response.content.decode()
    assert "No offers yet" in body
    assert f'href="{reverse("offer_new")}"' in body


def test_dashboard_lists_the_users_offers(owner_client, owner):
    OfferFactory(owner=owner, company="Northwind Analytics", role="Staff Engineer")
    response = owner_client.get(reverse("dashboard"))
    body = response.content.decode()
    assert "Northwind Analytics" in body
    assert "Staff Engineer" in body
    assert "No offers yet" not in body


def test_it_hides_other_users_offers(owner_client, outsider):
    OfferFactory(owner=outsider, company="Secret Outsider Co")
    response = owner_client.get(reverse("dashboard"))
    assert "Secret Outsider Co" not in response.content.decode()


def test_it_hides_deleted_offers(owner_client, owner):
    OfferFactory(owner=owner, company="Gone Ltd", deleted_at=timezone.now())
    assert "Gone Ltd" not in owner_client.get(reverse("dashboard")).content.decode()


def test_an_offer_needs_login(client, owner):
    offer = OfferFactory(owner=owner)
    response = client.get(reverse("offer_detail", args=[offer.pk]))
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={reverse('offer_detail', args=[offer.pk])}"


def test_offer_detail_as_owner(owner_client, owner):
    offer = OfferFactory(owner=owner, company="Northwind Analytics", notes="Call back on Friday")
    response = owner_client.get(offer.get_absolute_url())
    assert response.status_code == 200
    assert "Northwind Analytics" in response.content.decode()
    assert "Call back on Friday" in response.content.decode()


def test_offer_detail_is_404_for_another_user(outsider_client, owner):
    offer = OfferFactory(owner=owner)
    assert outsider_client.get(offer.get_absolute_url()).status_code == 404


def test_offer_detail_needs_login(client, owner):
    offer = OfferFactory(owner=owner)
    response = client.get(offer.get_absolute_url())
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_edit_an_offer(owner_client, owner):
    offer = OfferFactory(owner=owner)
    response = owner_client.post(reverse("offer_edit", args=[offer.pk]), offer_form_data(role="Principal Engineer"))
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.role == "Principal Engineer"


def test_edit_is_404_for_another_user(outsider_client, owner):
    offer = OfferFactory(owner=owner, role="Data Engineer")
    url = reverse("offer_edit", args=[offer.pk])
    assert outsider_client.get(url).status_code == 404
    assert outsider_client.post(url, offer_form_data(role="Hacked")).status_code == 404
    offer.refresh_from_db()
    assert offer.role == "Data Engineer"


def test_edit_needs_login(client, owner):
    offer = OfferFactory(owner=owner)
    response = client.get(reverse("offer_edit", args=[offer.pk]))
    assert response.status_code == 302


def test_a_declined_offer_cannot_be_received_after_the_answer(owner_client, owner):
    """The figures count the days from receiving an offer to answering it; an
    edit that made them run backwards is refused beside the field, the rest kept."""
    decided = timezone.now() - dt.timedelta(days=1)
    offer = OfferFactory(
        owner=owner, status="declined", decided_at=decided, received_on=timezone.localdate() - dt.timedelta(days=10)
    )
    later = timezone.localdate()
    data = offer_form_data(role="Principal Engineer", received_on=later.isoformat(), respond_by="")
    response = owner_client.post(reverse("offer_edit", args=[offer.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "so the offer reached you on that day or before" in page
    assert 'value="Principal Engineer"' in page
    offer.refresh_from_db()
    assert offer.received_on == later - dt.timedelta(days=10) and offer.role != "Principal Engineer"


def test_an_offer_cannot_arrive_in_the_future(owner_client, owner):
    # Tomorrow by the site's clock may be today where the user is: the day after is refused.
    too_late = timezone.localdate() + dt.timedelta(days=2)
    started = owner_client.get(reverse("offer_new")).url
    response = owner_client.post(started, offer_form_data(received_on="9999-12-31", respond_by="9999-12-31"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "the day the offer reached you cannot be in the future" in page
    assert 'value="Northwind Analytics"' in page
    assert not Offer.objects.filter(owner=owner).exists()
    response = owner_client.post(started, offer_form_data(received_on=too_late.isoformat()))
    assert "cannot be in the future" in response.content.decode()
    # The date picker stops at today too.
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    assert f'max="{tomorrow.isoformat()}"' in owner_client.get(started).content.decode()
    assert owner_client.post(started, offer_form_data()).status_code == 302


def opened(client, url) -> dict:
    """The offer form as the page shows it: its fields with what they hold, `saved_as` too."""
    form = client.get(url).context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        data[name] = [str(v) for v in value] if isinstance(value, list) else ("" if value is None else str(value))
    return data


def test_a_tab_left_open_keeps_what_another_tab_saved_since(owner_client, owner):
    offer = OfferFactory(owner=owner, role="Staff Engineer", notes="")
    url = reverse("offer_edit", args=[offer.pk])
    first, second = opened(owner_client, url), opened(owner_client, url)
    assert owner_client.post(url, {**first, "notes": "Signed their contract on Friday."}).status_code == 302
    # The second tab, opened before that save, changes the role only: the notes saved in the first stay.
    assert owner_client.post(url, {**second, "role": "Principal Engineer"}).status_code == 302
    offer.refresh_from_db()
    assert (offer.role, offer.notes) == ("Principal Engineer", "Signed their contract on Friday.")


def test_the_same_field_changed_in_two_tabs_asks_before_replacing_it(owner_client, owner):
    offer = OfferFactory(owner=owner, notes="")
    url = reverse("offer_edit", args=[offer.pk])
    first, second = opened(owner_client, url), opened(owner_client, url)
    owner_client.post(url, {**first, "notes": "Signed their contract on Friday."})
    response = owner_client.post(url, {**second, "notes": "Call Priya back on Monday."})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This offer was changed in another tab or window after you opened this page" in page
    assert "Saved there: Notes “Signed their contract on Friday.”" in page
    assert "Call Priya back on Monday.</textarea>" in page
    offer.refresh_from_db()
    assert offer.notes == "Signed their contract on Friday."
    # Saving the form as it came back keeps what this tab typed.
    again = {**second, "notes": "Call Priya back on Monday."}
    again["saved_as"] = response.context["form"]["saved_as"].value()
    assert owner_client.post(url, again).status_code == 302
    offer.refresh_from_db()
    assert offer.notes == "Call Priya back on Monday."


def test_a_contact_address_too_long_before_the_at_is_called_too_long(owner_client, owner):
    started = owner_client.get(reverse("offer_new")).url
    response = owner_client.post(started, offer_form_data(contact_email=f"{'a' * 70}@example.com"))
    assert "The part before the @ is 70 characters long, and mail allows at most 64." in response.content.decode()
    assert not Offer.objects.filter(owner=owner).exists()


def test_the_offer_page_shows_a_drafts_opening_as_text_not_markdown(owner_client, owner):
    offer = OfferFactory(owner=owner, company="AT&T Labs")
    DraftFactory(offer=offer, body="Dear Priya,\n\nThe offer from AT&amp;T A\\*B\\_C was **great**.")
    page = owner_client.get(offer.get_absolute_url()).content.decode()
    assert "Dear Priya, The offer from AT&amp;T A*B_C was great." in page


def test_what_another_tab_saved_is_checked_with_what_this_one_typed(owner_client, owner):
    offer = OfferFactory(owner=owner, contact_name="Priya Raman", contact_honorific="")
    url = reverse("offer_edit", args=[offer.pk])
    first, second = opened(owner_client, url), opened(owner_client, url)
    owner_client.post(url, {**first, "contact_name": "", "contact_honorific": ""})
    # This tab adds a title to the name the other tab has since cleared: the pair is refused, as typed together.
    response = owner_client.post(url, {**second, "contact_honorific": "Dr"})
    assert response.status_code == 200
    assert "Add their name above as well, or leave the title blank." in response.content.decode()
    offer.refresh_from_db()
    assert (offer.contact_name, offer.contact_honorific) == ("", "")


def page_text(client, url: str) -> str:
    """The page with its white space as a browser reads it: one space, and none between tags."""
    return " ".join(client.get(url).content.decode().split()).replace("> <", "><")


def test_the_offer_pages_timeline_dates_each_event_and_shortens_a_long_note(owner_client, owner):
    offer = OfferFactory(
        owner=owner, company="Tailspin <Toys>", role="Data & ML Lead", received_on=dt.date(2026, 11, 2)
    )
    offer.interactions.create(happened_on=dt.date(2026, 11, 20), channel="call", note="Spoke with <Priya>. " * 20)
    page = page_text(owner_client, offer.get_absolute_url())
    assert (
        '<li class="timeline-event timeline-received"><time datetime="2026-11-02" '
        'class="small text-body-secondary d-block">2 November 2026</time><span class="fw-semibold">Offer received'
        '</span><span class="d-block small timeline-detail">Data &amp; ML Lead at Tailspin &lt;Toys&gt;</span></li>'
    ) in page
    shortened = ("Spoke with &lt;Priya&gt;. " * 8).strip()  # 159 characters of the note, then the ellipsis
    assert '<time datetime="2026-11-20" class="small text-body-secondary d-block">20 November 2026</time>' in page
    assert f'<span class="d-block small timeline-detail">{shortened}…</span>' in page


def test_the_offer_pages_drafts_say_when_each_was_sent_and_link_to_the_editor(owner_client, owner):
    offer = OfferFactory(owner=owner)
    sent = DraftFactory(
        offer=offer, subject="About <the> role", sent_at=dt.datetime(2026, 11, 30, 23, 30, tzinfo=dt.UTC)
    )
    note = DraftFactory(offer=offer, kind="linkedin_note", subject="", body="Hi Priya, glad we met.")
    page = page_text(owner_client, offer.get_absolute_url())
    assert (
        '<p class="mb-1"><span class="fw-semibold">Decline email</span>: About &lt;the&gt; role '
        '<span class="small text-body-secondary">· sent 30 November 2026</span></p>'
    ) in page
    assert (
        f'<a class="small" href="/drafts/{sent.pk}/">Open in the editor<span class="visually-hidden">: '
        "Decline email, About &lt;the&gt; role</span></a>"
    ) in page
    assert '<p class="small text-body-secondary mb-1 draft-excerpt">Hi Priya, glad we met.</p>' in page
    assert f'href="/drafts/{note.pk}/">Open in the editor<span class="visually-hidden">: LinkedIn note</span>' in page


def test_the_offer_pages_answers_offer_a_draft_or_open_the_one_written(owner_client, owner):
    from django.core.management import call_command

    from declines.models import Draft, EmailTemplate

    call_command("load_starter_library", verbosity=0)
    offer = OfferFactory(owner=owner)
    why = EmailTemplate.objects.get(slug="answer-why-decline")
    drafted = DraftFactory(offer=offer, kind=Draft.Kind.ANSWER, template=why)
    mind = EmailTemplate.objects.get(slug="answer-change-your-mind")
    page = page_text(owner_client, reverse("offer_answers", args=[offer.pk]))
    assert (
        f'<span class="answer-name">{why.name}</span><a class="btn btn-sm btn-outline-primary" '
        f'href="/drafts/{drafted.pk}/">Open your answer<span class="visually-hidden">: {why.name}</span></a>'
    ) in page
    assert (
        f'<span class="answer-name">{mind.name}</span><button type="submit" class="btn btn-sm btn-outline-primary" '
        f'name="template" value="{mind.pk}">Draft this answer<span class="visually-hidden">: {mind.name}</span>'
    ) in page


def test_offer_page_shows_its_reflection_drafts_follow_ups_and_contacts(owner_client, owner):
    offer = OfferFactory(owner=owner, company="Northwind Analytics")
    bare = owner_client.get(offer.get_absolute_url()).content.decode()
    ReflectionFactory(offer=offer)
    DraftFactory(offer=offer, subject="Your offer, with thanks")
    FollowUpFactory(offer=offer, kind="thank_you", note="Mention the demo")
    InteractionFactory(offer=offer, note="Priya wrote back kindly")
    OfferFactory(owner=owner, company="Another offer's rows stay there")

    with CaptureQueriesContext(connection) as read:
        page = owner_client.get(offer.get_absolute_url()).content.decode()

    assert "Reflected on the offer" in page and "Reflected on the offer" not in bare
    assert "Drafted: Decline email" in page and "Your offer, with thanks" in page
    assert "Mention the demo" in page and "Priya wrote back kindly" in page
    # One read each, however many rows: an offer with three of each asks what the one with one of each asked.
    fuller = OfferFactory(owner=owner)
    ReflectionFactory(offer=fuller)
    for _ in range(3):
        DraftFactory(offer=fuller)
        FollowUpFactory(offer=fuller)
        InteractionFactory(offer=fuller)
    with CaptureQueriesContext(connection) as more:
        owner_client.get(fuller.get_absolute_url())
    assert len(read.captured_queries) == len(more.captured_queries)


def test_an_offer_is_read_with_every_field_as_the_orm_reads_it(owner, outsider):
    offer = OfferFactory(owner=owner, door_open=["future_roles", "refer"], status="declined", decided_at=timezone.now())
    read = get_offer_for_user(owner, offer.pk)
    expected = Offer.objects.get(pk=offer.pk)
    for field in Offer._meta.concrete_fields:
        assert getattr(read, field.attname) == getattr(expected, field.attname), field.attname
    assert read.door_open == ["future_roles", "refer"] and read.decided_at.tzinfo is not None
    with pytest.raises(Http404):
        get_offer_for_user(outsider, offer.pk)


@pytest.mark.parametrize("pk", [10**20, 2**63])
def test_an_id_past_any_row_is_404_not_an_error(owner_client, pk):
    """SQLite cannot be asked for an integer past 64 bits; the address names nothing."""
    assert owner_client.get(f"/offers/{pk}/").status_code == 404
    assert owner_client.get(f"/offers/{pk}/decline/4/").status_code == 404
    assert owner_client.get(f"/drafts/{pk}/").status_code == 404
    assert owner_client.get(f"/drafts/{pk}/email.eml").status_code == 404

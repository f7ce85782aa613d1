"""Follow-ups (§9): the list, done, snooze, edit, delete, add; logging a contact;
"I sent it" on a follow-up's draft; and the offer page that holds them, with its
timeline. Drafting a follow-up is in tests/test_drafts.py."""

import datetime as dt
import importlib
import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.core.management import call_command
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import timezone

from declines.models import Draft, FollowUp, Interaction, Offer, Reflection
from tests.factories import (
    DraftFactory,
    FollowUpFactory,
    InteractionFactory,
    OfferFactory,
    ReflectionFactory,
)

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


def days(n):
    return today() + dt.timedelta(days=n)


@pytest.fixture
def starter_library():
    call_command("load_starter_library", verbosity=0)


@pytest.fixture
def declined_offer(owner):
    decided = timezone.now() - dt.timedelta(days=10)
    return OfferFactory(
        owner=owner,
        company="Northwind Analytics",
        role="Staff Engineer",
        status=Offer.Status.DECLINED,
        received_on=days(-20),
        respond_by=days(-8),
        decided_at=decided,
    )


@pytest.fixture
def follow_up(declined_offer):
    return FollowUpFactory(offer=declined_offer, kind="thank_you", due_on=days(-1), note="Thank Sam and Jordan.")


# --- The list --------------------------------------------------------------------


def test_the_list_groups_open_follow_ups(owner_client, declined_offer):
    FollowUpFactory(offer=declined_offer, kind="thank_you", due_on=days(-2))
    FollowUpFactory(offer=declined_offer, kind="linkedin", due_on=days(3))
    FollowUpFactory(offer=declined_offer, kind="check_in", due_on=days(90))
    FollowUpFactory(offer=declined_offer, kind="event", due_on=days(-30), done_at=timezone.now())
    response = owner_client.get(reverse("follow_ups"))
    groups = {key: [f.kind for f in rows] for key, _, rows in response.context["groups"]}
    assert groups == {"overdue": ["thank_you"], "this_week": ["linkedin"], "later": ["check_in"]}
    body = response.content.decode()
    assert body.index("Overdue") < body.index("This week") < body.index("Later")
    assert "overdue by 2 days" in body and "due in 3 days" in body
    assert "Meet at an event" not in body  # done: on the Done tab


def test_the_done_tab_lists_done_follow_ups_newest_first(owner_client, declined_offer):
    FollowUpFactory(offer=declined_offer, kind="thank_you", done_at=timezone.now() - dt.timedelta(days=3))
    FollowUpFactory(offer=declined_offer, kind="linkedin", done_at=timezone.now())
    FollowUpFactory(offer=declined_offer, kind="check_in")
    response = owner_client.get(reverse("follow_ups"), {"show": "done"})
    assert [f.kind for f in response.context["page"].object_list] == ["linkedin", "thank_you"]
    assert "Reopen" in response.content.decode()
    assert response.context["counts"] == {"open": 1, "done": 2}


def test_the_list_hides_other_users_and_deleted_offers_follow_ups(owner_client, owner, outsider):
    FollowUpFactory(offer=OfferFactory(owner=outsider, company="Outsider Inc"), due_on=days(1))
    FollowUpFactory(offer=OfferFactory(owner=owner, company="Gone Ltd", deleted_at=timezone.now()), due_on=days(1))
    body = owner_client.get(reverse("follow_ups")).content.decode()
    assert "Outsider Inc" not in body and "Gone Ltd" not in body
    assert "Nothing to follow up right now." in body


def test_the_list_needs_login(client):
    response = client.get(reverse("follow_ups"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


# --- Done, reopen, snooze ------------------------------------------------------------


def test_done_marks_it_and_returns_to_the_page_it_was_on(owner_client, follow_up):
    response = owner_client.post(reverse("follow_up_done", args=[follow_up.pk]), {"next": "/?sort=company"})
    # Opened at its Undo, where the keyboard user left off (the dashboard's for a follow-up).
    assert response.status_code == 302 and response.url == f"/?sort=company&done={follow_up.pk}#undo-done"
    follow_up.refresh_from_db()
    assert follow_up.done_at is not None


@pytest.mark.parametrize("page", ["/follow-ups/", "/", "offer"])
def test_the_page_done_was_pressed_on_offers_undo_which_reopens_it(owner_client, follow_up, page):
    page = follow_up.offer.get_absolute_url() if page == "offer" else page
    response = owner_client.post(reverse("follow_up_done", args=[follow_up.pk]), {"next": page}, follow=True)
    body = response.content.decode()
    assert "Marked “Thank-you note for Northwind Analytics” done." in body
    assert f'action="{reverse("follow_up_reopen", args=[follow_up.pk])}"' in body
    assert f'<input type="hidden" name="next" value="{page}">' in body
    undone = owner_client.post(reverse("follow_up_reopen", args=[follow_up.pk]), {"next": page})
    assert undone.url == f"{page}#messages"
    follow_up.refresh_from_db()
    assert follow_up.done_at is None
    after = owner_client.get(page).content.decode()
    assert "is open again" in after and "Marked “" not in after


def test_no_undo_for_a_follow_up_of_another_user_or_one_not_done(owner_client, outsider, follow_up):
    theirs = FollowUpFactory(offer=OfferFactory(owner=outsider, company="Elsewhere Ltd"), done_at=timezone.now())
    for pk in (theirs.pk, follow_up.pk, "x"):
        body = owner_client.get(reverse("follow_ups"), {"done": pk}).content.decode()
        assert "Marked “" not in body and "Elsewhere Ltd" not in body


def test_done_never_redirects_to_another_site(owner_client, follow_up):
    response = owner_client.post(reverse("follow_up_done", args=[follow_up.pk]), {"next": "https://evil.example/"})
    assert response.url == f"{reverse('follow_ups')}?done={follow_up.pk}#undo"


def test_reopen_undoes_done(owner_client, follow_up):
    follow_up.done_at = timezone.now()
    follow_up.save()
    owner_client.post(reverse("follow_up_reopen", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    assert follow_up.done_at is None


@pytest.mark.parametrize(("period", "expected"), [("week", 7), ("month", None)])
def test_snooze_moves_an_overdue_follow_up_from_today(owner_client, follow_up, period, expected):
    response = owner_client.post(reverse("follow_up_snooze", args=[follow_up.pk]), {"period": period})
    assert response.status_code == 302
    follow_up.refresh_from_db()
    if expected:
        assert follow_up.due_on == days(expected)
    else:
        assert follow_up.due_on > days(27)
    assert "Snoozed" in owner_client.get(response.url).content.decode()


def test_snooze_with_an_unknown_period_changes_nothing(owner_client, follow_up):
    response = owner_client.post(reverse("follow_up_snooze", args=[follow_up.pk]), {"period": "forever"}, follow=True)
    assert "Choose to snooze for a week or a month." in response.content.decode()
    follow_up.refresh_from_db()
    assert follow_up.due_on == days(-1)


@pytest.mark.parametrize("name", ["follow_up_done", "follow_up_reopen", "follow_up_snooze", "follow_up_delete"])
def test_another_user_gets_404_and_nothing_changes(outsider_client, follow_up, name):
    before = FollowUp.objects.values().get(pk=follow_up.pk)
    response = outsider_client.post(reverse(name, args=[follow_up.pk]), {"period": "week"})
    assert response.status_code == 404
    assert FollowUp.objects.values().get(pk=follow_up.pk) == before


@pytest.mark.parametrize("name", ["follow_up_done", "follow_up_reopen", "follow_up_snooze", "follow_up_delete"])
def test_actions_need_login(client, follow_up, name):
    response = client.post(reverse(name, args=[follow_up.pk]), {"period": "week"})
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert FollowUp.objects.filter(pk=follow_up.pk, done_at__isnull=True, due_on=days(-1)).exists()


# --- The row's actions, as a browser without JavaScript sends them ----------------


class RowForms(HTMLParser):
    """Each follow-up row's forms, and each submit button and link in it, as a browser sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: dict[str, dict] = {}  # row id -> {"forms": [...], "buttons": [...], "links": [...]}
        self._row = self._form = self._control = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "li" and "follow-up" in attrs.get("class", "").split():
            self._row = self.rows.setdefault(attrs["id"], {"forms": [], "buttons": [], "links": []})
        elif self._row is None:
            return
        elif tag == "form":
            self._form = {"action": attrs.get("action", ""), "fields": {}}
            self._row["forms"].append(self._form)
        elif tag == "input" and attrs.get("type") == "hidden" and self._form is not None:
            self._form["fields"][attrs["name"]] = attrs.get("value", "")
        elif tag in ("button", "a"):
            self._control, self._text = (tag, attrs, self._form), []

    def handle_data(self, data):
        self._text.append(data)

    def handle_endtag(self, tag):
        if self._control and tag == self._control[0]:
            kind, attrs, form = self._control
            text = " ".join("".join(self._text).split())
            if kind == "a":
                self._row["links"].append((text, attrs["href"]))
            else:
                data = dict(form["fields"])
                if attrs.get("name"):
                    data[attrs["name"]] = attrs.get("value", "")
                self._row["buttons"].append((text, attrs.get("formaction") or form["action"], data))
            self._control = None
        elif tag == "form":
            self._form = None
        elif tag == "li":
            self._row = None


def row_on_page(client, follow_up, url=None) -> dict:
    page = RowForms()
    page.feed(client.get(url or reverse("follow_ups")).content.decode())
    return page.rows[f"follow-up-{follow_up.pk}"]


def press(client, row, label):
    """Submit the row's form with the button whose text starts with `label`, as a browser would."""
    (action, data), *_ = [(action, data) for text, action, data in row["buttons"] if text.startswith(label)]
    return client.post(action, data)


def link(row, label) -> str:
    return next(href for text, href in row["links"] if text.startswith(label))


def test_each_row_is_one_form_whose_buttons_name_the_follow_up(owner_client, follow_up, declined_offer):
    FollowUpFactory(offer=declined_offer, kind="linkedin", due_on=days(3))
    FollowUpFactory(offer=declined_offer, kind="check_in", due_on=days(90), draft=DraftFactory(offer=declined_offer))
    FollowUpFactory(offer=declined_offer, kind="check_in", due_on=days(180))
    page = RowForms()
    page.feed(owner_client.get(reverse("follow_ups")).content.decode())
    assert len(page.rows) == 4
    for row in page.rows.values():
        assert len(row["forms"]) == 1
    row = page.rows[f"follow-up-{follow_up.pk}"]
    named = f"Thank-you note, Northwind Analytics, due {date_filter(follow_up.due_on)}"
    assert [text for text, _, _ in row["buttons"]] == [
        f"Done: {named}",
        f"Draft it: {named}",
        f"Snooze a week: {named}",
        "Snooze a month",
    ]
    # Two check-ins of one offer are told apart by their day.
    names = {text for row in page.rows.values() for text, _, _ in row["buttons"] if text.startswith("Done")}
    assert len(names) == 4
    assert [text for text, _ in row["links"]] == ["Northwind Analytics", "Edit", "Delete…"]


def test_a_row_shows_names_and_notes_as_typed_never_as_markup(owner_client, declined_offer):
    declined_offer.company = 'Acme "Q" <b>Co</b> & Sons'
    declined_offer.save()
    FollowUpFactory(
        offer=declined_offer, kind="event", due_on=days(3), note="Ask about <script>x</script>\nand the team"
    )
    body = owner_client.get(reverse("follow_ups")).content.decode()
    assert "<b>Co</b>" not in body and "<script>x" not in body
    assert "Acme &quot;Q&quot; &lt;b&gt;Co&lt;/b&gt; &amp; Sons</a>" in body
    assert (
        'Done<span class="visually-hidden">: Meet at an event, Acme &quot;Q&quot; &lt;b&gt;Co&lt;/b&gt; &amp; Sons'
        in body
    )
    assert "Ask about &lt;script&gt;x&lt;/script&gt;<br>and the team</p>" in body


def test_done_from_the_row(owner_client, follow_up):
    response = press(owner_client, row_on_page(owner_client, follow_up), "Done")
    assert response.status_code == 302 and response.url == f"{reverse('follow_ups')}?done={follow_up.pk}#undo"
    follow_up.refresh_from_db()
    assert follow_up.done_at is not None
    assert "Marked “Thank-you note for Northwind Analytics” done." in owner_client.get(response.url).content.decode()


@pytest.mark.parametrize(("label", "moved_to"), [("Snooze a week", 7), ("Snooze a month", None)])
def test_snooze_from_the_row(owner_client, follow_up, label, moved_to):
    response = press(owner_client, row_on_page(owner_client, follow_up), label)
    assert response.status_code == 302 and response.url == reverse("follow_ups") + "#messages"
    follow_up.refresh_from_db()
    assert follow_up.done_at is None
    if moved_to:
        assert follow_up.due_on == days(moved_to)
    else:
        assert follow_up.due_on > days(27)


def test_draft_it_from_the_row(owner_client, follow_up, starter_library):
    response = press(owner_client, row_on_page(owner_client, follow_up), "Draft it")
    follow_up.refresh_from_db()
    assert response.status_code == 302
    assert response.url == reverse("draft_edit", args=[follow_up.draft.pk])
    follow_up.refresh_from_db()
    assert follow_up.draft.kind == "thank_you"


def test_edit_from_the_row_returns_to_the_list(owner_client, follow_up):
    url = link(row_on_page(owner_client, follow_up, reverse("follow_ups") + "?page=1"), "Edit")
    assert url == reverse("follow_up_edit", args=[follow_up.pk]) + "?next=/follow-ups/%3Fpage%3D1"
    page = owner_client.get(url).content.decode()
    assert 'name="next" value="/follow-ups/?page=1"' in page
    response = owner_client.post(
        url, {"kind": "check_in", "due_on": days(30).isoformat(), "note": "Coffee?", "next": "/follow-ups/?page=1"}
    )
    assert response.status_code == 302 and response.url == "/follow-ups/?page=1"
    follow_up.refresh_from_db()
    assert (follow_up.kind, follow_up.due_on, follow_up.note) == ("check_in", days(30), "Coffee?")


def test_delete_from_the_row_asks_first(owner_client, follow_up):
    url = link(row_on_page(owner_client, follow_up), "Delete")
    assert "Delete this follow-up?" in owner_client.get(url).content.decode()
    assert FollowUp.objects.filter(pk=follow_up.pk).exists()
    response = owner_client.post(url, {"next": reverse("follow_ups")})
    assert response.status_code == 302
    assert response.url == f"{reverse('follow_ups')}?deleted_follow_up={follow_up.pk}#undo"
    assert not FollowUp.objects.filter(pk=follow_up.pk).exists()


def test_reopen_from_the_done_tab(owner_client, follow_up):
    follow_up.done_at = timezone.now()
    follow_up.save()
    row = row_on_page(owner_client, follow_up, reverse("follow_ups") + "?show=done")
    named = f"Thank-you note, Northwind Analytics, due {date_filter(follow_up.due_on)}"
    assert [text for text, _, _ in row["buttons"]] == [f"Reopen: {named}"]
    response = press(owner_client, row, "Reopen")
    assert response.url == reverse("follow_ups") + "?show=done#messages"
    follow_up.refresh_from_db()
    assert follow_up.done_at is None


def test_the_rows_on_the_offer_page_send_back_there(owner_client, follow_up, declined_offer):
    row = row_on_page(owner_client, follow_up, declined_offer.get_absolute_url())
    assert len(row["forms"]) == 1
    response = press(owner_client, row, "Snooze a week")
    assert response.url == declined_offer.get_absolute_url() + "#messages"
    follow_up.refresh_from_db()
    assert follow_up.due_on == days(7)


# --- Edit, delete, add --------------------------------------------------------------


def test_edit_a_follow_up(owner_client, follow_up):
    url = reverse("follow_up_edit", args=[follow_up.pk])
    assert "Thank Sam and Jordan." in owner_client.get(url).content.decode()
    response = owner_client.post(url, {"kind": "check_in", "due_on": days(30).isoformat(), "note": "Coffee?"})
    assert response.status_code == 302
    follow_up.refresh_from_db()
    assert (follow_up.kind, follow_up.due_on, follow_up.note) == ("check_in", days(30), "Coffee?")


@pytest.mark.parametrize(
    ("due_on", "message"),
    [("not a date", "Enter a valid date."), ("2001-01-01", "This is before you received the offer")],
)
def test_edit_with_a_bad_date_shows_the_error_and_keeps_the_input(owner_client, follow_up, due_on, message):
    url = reverse("follow_up_edit", args=[follow_up.pk])
    response = owner_client.post(url, {"kind": "check_in", "due_on": due_on, "note": "My careful words"})
    assert response.status_code == 200
    assert message in response.context["form"].errors["due_on"][0]
    assert "My careful words" in response.content.decode()
    follow_up.refresh_from_db()
    assert follow_up.note == "Thank Sam and Jordan."


def test_edit_is_404_for_another_user(outsider_client, follow_up):
    url = reverse("follow_up_edit", args=[follow_up.pk])
    assert outsider_client.get(url).status_code == 404
    assert outsider_client.post(url, {"kind": "other", "due_on": days(3).isoformat(), "note": "x"}).status_code == 404
    follow_up.refresh_from_db()
    assert follow_up.kind == "thank_you"


def test_delete_asks_first_then_deletes(owner_client, follow_up):
    url = reverse("follow_up_delete", args=[follow_up.pk])
    page = owner_client.get(url).content.decode()
    assert "Delete this follow-up?" in page and "Thank Sam and Jordan." in page
    assert FollowUp.objects.filter(pk=follow_up.pk).exists()
    owner_client.post(url)
    assert not FollowUp.objects.filter(pk=follow_up.pk).exists()


def test_delete_keeps_the_draft_written_for_it(owner_client, follow_up):
    draft = DraftFactory(offer=follow_up.offer, kind="thank_you")
    follow_up.draft = draft
    follow_up.save()
    owner_client.post(reverse("follow_up_delete", args=[follow_up.pk]))
    assert Draft.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("page", ["/follow-ups/?page=1", "offer"])
def test_undo_after_delete_brings_the_follow_up_back_as_it_was(owner_client, follow_up, page):
    page = follow_up.offer.get_absolute_url() if page == "offer" else page
    draft = DraftFactory(offer=follow_up.offer, kind="thank_you")
    follow_up.draft, follow_up.done_at = draft, timezone.now()
    follow_up.save()
    before = FollowUp.objects.values().get(pk=follow_up.pk)
    url = reverse("follow_up_delete", args=[follow_up.pk])
    response = owner_client.post(url, {"next": page}, follow=True)
    assert not FollowUp.objects.filter(pk=follow_up.pk).exists()
    body = response.content.decode()
    assert "Deleted “Thank-you note for Northwind Analytics”." in body
    undo = reverse("offer_follow_up_undelete", args=[follow_up.offer.pk])
    assert f'action="{undo}"' in body and f'name="next" value="{page}"' in body
    assert f'<input type="hidden" name="follow_up" value="{follow_up.pk}">' in body
    back = owner_client.post(undo, {"next": page, "follow_up": follow_up.pk})
    assert back.url == f"{page}#messages"
    assert FollowUp.objects.values().get(pk=follow_up.pk) == before
    assert "is back." in owner_client.get(page).content.decode()
    # Once only: a second Undo says there is nothing to bring back.
    again = owner_client.post(undo, {"next": page, "follow_up": follow_up.pk}, follow=True)
    assert "There is nothing to bring back" in again.content.decode()
    assert FollowUp.objects.filter(pk=follow_up.pk).count() == 1


def test_another_user_cannot_undo_a_delete_or_see_its_banner(owner_client, outsider_client, follow_up):
    owner_client.post(reverse("follow_up_delete", args=[follow_up.pk]))
    body = outsider_client.get(reverse("follow_ups"), {"deleted_follow_up": follow_up.pk}).content.decode()
    assert "Deleted “" not in body and "Northwind" not in body
    undo = reverse("offer_follow_up_undelete", args=[follow_up.offer.pk])
    assert outsider_client.post(undo, {"follow_up": follow_up.pk}).status_code == 404
    assert not FollowUp.objects.filter(pk=follow_up.pk).exists()


def test_delete_page_is_404_for_another_user(outsider_client, follow_up):
    assert outsider_client.get(reverse("follow_up_delete", args=[follow_up.pk])).status_code == 404


def test_add_a_follow_up_to_an_offer(owner_client, declined_offer):
    url = reverse("follow_up_new", args=[declined_offer.pk])
    response = owner_client.post(url, {"kind": "event", "due_on": days(14).isoformat(), "note": "Meetup"})
    assert response.status_code == 302
    assert declined_offer.follow_ups.get().note == "Meetup"


def test_add_with_a_bad_date_shows_the_error_and_keeps_the_note(owner_client, declined_offer):
    url = reverse("follow_up_new", args=[declined_offer.pk])
    response = owner_client.post(url, {"kind": "event", "due_on": "", "note": "Meetup at the conference"})
    assert response.context["form"].errors["due_on"] == ["This field is required."]
    assert "Meetup at the conference" in response.content.decode()
    assert not declined_offer.follow_ups.exists()


def test_the_offer_page_links_to_adding_a_follow_up_and_fetches_the_form_when_opened(owner_client, declined_offer):
    url = reverse("follow_up_new", args=[declined_offer.pk])
    page = owner_client.get(declined_offer.get_absolute_url()).content.decode()
    # Without JavaScript, a link to the form's own page; with htmx, the form itself when the panel opens.
    assert f'<a href="{url}">Add a follow-up on a page of its own</a>' in page
    assert f'hx-get="{url}" hx-trigger="toggle once"' in page
    fragment = owner_client.get(url, headers={"HX-Request": "true"})
    assert "HX-Request" in fragment["Vary"]
    body = fragment.content.decode()
    assert "<html" not in body
    assert f'<form method="post" action="{url}" novalidate>' in body
    label = '<label for="id_due_on" class="form-label requiredField">Due on<span class="asteriskField">*</span></label>'
    assert label in body
    assert f'value="{today().isoformat()}"' in body
    assert "Add follow-up</button>" in body
    # The page of its own, for a browser without JavaScript.
    assert "<html" in owner_client.get(url).content.decode()


def test_a_bad_date_is_shown_beside_its_field_and_described_by_it(owner_client, declined_offer):
    url = reverse("follow_up_new", args=[declined_offer.pk])
    before = (declined_offer.received_on - dt.timedelta(days=1)).isoformat()
    body = owner_client.post(url, {"kind": "event", "due_on": before, "note": "Meetup"}).content.decode()
    field = body.split('<div id="div_id_due_on"')[1].split('<div id="div_id_note"')[0]
    assert 'class="dateinput form-control is-invalid"' in field
    assert 'aria-invalid="true"' in field and 'aria-describedby="id_due_on_error"' in field
    assert f'value="{before}"' in field
    assert '<div id="id_due_on_error" class="invalid-feedback"><p id="error_1_id_due_on"><strong>' in field
    assert "This is before you received the offer" in field
    assert "\nMeetup</textarea>" in body


def test_add_is_404_for_another_user(outsider_client, declined_offer):
    url = reverse("follow_up_new", args=[declined_offer.pk])
    assert outsider_client.post(url, {"kind": "event", "due_on": days(3).isoformat()}).status_code == 404
    assert not declined_offer.follow_ups.exists()


# --- Log contact ------------------------------------------------------------------


def test_logging_a_contact_records_it_and_moves_the_next_check_in(owner_client, declined_offer):
    decided_on = timezone.localtime(declined_offer.decided_at).date()
    first = FollowUpFactory(offer=declined_offer, kind="check_in", due_on=decided_on + dt.timedelta(days=91))
    second = FollowUpFactory(offer=declined_offer, kind="check_in", due_on=decided_on + dt.timedelta(days=182))
    thanks = FollowUpFactory(offer=declined_offer, kind="thank_you", due_on=days(2))
    contact_on = days(-2)
    response = owner_client.post(
        reverse("interaction_new", args=[declined_offer.pk]),
        {"contact-happened_on": contact_on.isoformat(), "contact-channel": "call", "contact-note": "Caught up."},
    )
    assert response.status_code == 302
    interaction = Interaction.objects.get(offer=declined_offer)
    assert (interaction.happened_on, interaction.channel, interaction.note) == (contact_on, "call", "Caught up.")
    first.refresh_from_db()
    second.refresh_from_db()
    thanks.refresh_from_db()
    assert first.due_on == contact_on + dt.timedelta(days=91)
    assert second.due_on - first.due_on == dt.timedelta(days=91)  # the rhythm is kept
    assert thanks.due_on == days(2)  # only check-ins move
    body = owner_client.get(response.url).content.decode()
    assert "The next check-in moved to" in body
    assert "Contact logged: Call" in body

    # A second contact the same day counts as the same check-in: nothing creeps a day further out.
    for channel in ("email", "linkedin"):
        owner_client.post(
            reverse("interaction_new", args=[declined_offer.pk]),
            {"contact-happened_on": contact_on.isoformat(), "contact-channel": channel},
        )
    first.refresh_from_db()
    assert first.due_on == contact_on + dt.timedelta(days=91)
    # A contact logged afterwards for an earlier day was before the one the check-in is timed from: it stays.
    owner_client.post(
        reverse("interaction_new", args=[declined_offer.pk]),
        {"contact-happened_on": (contact_on - dt.timedelta(days=1)).isoformat(), "contact-channel": "email"},
    )
    first.refresh_from_db()
    assert first.due_on == contact_on + dt.timedelta(days=91)


def test_the_message_after_logging_a_contact_names_linkedin_as_written(owner_client, declined_offer):
    response = owner_client.post(
        reverse("interaction_new", args=[declined_offer.pk]),
        {"contact-happened_on": days(-1).isoformat(), "contact-channel": "linkedin", "contact-note": ""},
        follow=True,
    )
    assert "Logged your LinkedIn contact on" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("contact-happened_on", "tomorrow", "Enter a valid date."),
        ("contact-happened_on", "FUTURE", "That day has not come yet"),
        ("contact-channel", "pigeon", "Select a valid choice"),
    ],
)
def test_a_bad_contact_shows_the_error_and_keeps_the_note(owner_client, declined_offer, field, value, message):
    data = {"contact-happened_on": today().isoformat(), "contact-channel": "email", "contact-note": "My words here"}
    data[field] = days(1).isoformat() if value == "FUTURE" else value
    response = owner_client.post(reverse("interaction_new", args=[declined_offer.pk]), data)
    assert response.status_code == 200
    errors = response.context["interaction_form"].errors
    assert message in errors[field.removeprefix("contact-")][0]
    assert "My words here" in response.content.decode()
    assert not Interaction.objects.exists()


def test_the_offer_page_links_to_logging_a_contact_and_fetches_the_form_when_opened(owner_client, declined_offer):
    url = reverse("interaction_new", args=[declined_offer.pk])
    page = owner_client.get(declined_offer.get_absolute_url()).content.decode()
    # Without JavaScript, a link to the form's own page; with htmx, the form itself when the panel opens.
    assert f'<a href="{url}">Log a contact on a page of its own</a>' in page
    assert f'hx-get="{url}" hx-trigger="toggle once"' in page
    assert 'name="contact-happened_on"' not in page
    fragment = owner_client.get(url, headers={"HX-Request": "true"})
    assert "HX-Request" in fragment["Vary"]
    body = fragment.content.decode()
    assert "<html" not in body
    assert f'<form method="post" action="{url}" class="card card-body mb-3" novalidate>' in body
    assert 'name="contact-happened_on"' in body and 'name="contact-channel"' in body
    assert "Log contact</button>" in body
    # The page of its own, for a browser without JavaScript, names the offer and posts to the same place.
    whole = owner_client.get(url).content.decode()
    assert "<html" in whole and '<h1 class="h2 mb-3">Log a contact</h1>' in whole
    assert f'action="{url}"' in whole and declined_offer.company in whole


def test_a_contact_with_a_problem_comes_back_open_on_the_offer_page(owner_client, declined_offer):
    url = reverse("interaction_new", args=[declined_offer.pk])
    data = {"contact-happened_on": days(1).isoformat(), "contact-channel": "email", "contact-note": "Kept"}
    body = owner_client.post(url, data).content.decode()
    assert "Log a contact on a page of its own" not in body  # the form itself, open, not the link to it
    assert f'<form method="post" action="{url}" class="card card-body mb-3" novalidate>' in body
    assert "That day has not come yet" in body and "\nKept</textarea>" in body


def test_the_contact_form_is_404_for_another_user(outsider_client, declined_offer):
    url = reverse("interaction_new", args=[declined_offer.pk])
    assert outsider_client.get(url).status_code == 404
    assert outsider_client.get(url, headers={"HX-Request": "true"}).status_code == 404


def test_logging_a_contact_is_404_for_another_user(outsider_client, declined_offer):
    response = outsider_client.post(
        reverse("interaction_new", args=[declined_offer.pk]),
        {"contact-happened_on": today().isoformat(), "contact-channel": "email"},
    )
    assert response.status_code == 404
    assert not Interaction.objects.exists()


def test_logging_a_contact_needs_login(client, declined_offer):
    response = client.post(reverse("interaction_new", args=[declined_offer.pk]), {})
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


# --- Draft it (the editor itself: tests/test_drafts.py) -------------------------------


def test_i_sent_it_marks_the_draft_sent_and_the_follow_up_done(owner_client, follow_up, starter_library):
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]))
    owner_client.post(reverse("follow_up_done", args=[follow_up.pk]), {"sent": "1"})
    follow_up.refresh_from_db()
    assert follow_up.done_at is not None
    assert follow_up.draft.sent_at == follow_up.done_at


def test_i_sent_it_in_the_editor_keeps_the_text_as_typed_as_the_copy_sent(owner_client, follow_up, starter_library):
    """The button sends the editor's form: without JavaScript (no warning about unsaved
    changes), the words typed are what is kept as sent, not the last save."""
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    draft = follow_up.draft
    typed = draft.body + "\n\nI loved the team lunch by the canal."
    data = {"action": "sent", "subject": draft.subject, "body": typed, "base_version": str(draft.version)}
    response = owner_client.post(reverse("draft_edit", args=[draft.pk]), data, follow=True)
    assert response.redirect_chain[-1][0] == f"{reverse('follow_ups')}?done={follow_up.pk}#undo"
    assert "as sent and done" in response.content.decode()
    follow_up.refresh_from_db()
    draft.refresh_from_db()
    assert follow_up.done_at is not None and draft.sent_at == follow_up.done_at
    assert draft.body.endswith("I loved the team lunch by the canal.")


def test_undo_of_i_sent_it_takes_back_the_sent_as_well(owner_client, follow_up, starter_library):
    """The Undo offered for "Marked … as sent and done" reopened the follow-up but left its draft,
    the offer's drafts and its timeline saying it was sent."""
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    draft = follow_up.draft
    data = {"action": "sent", "subject": draft.subject, "body": draft.body, "base_version": str(draft.version)}
    owner_client.post(reverse("draft_edit", args=[draft.pk]), data)
    assert "Sent: Thank-you note" in owner_client.get(follow_up.offer.get_absolute_url()).content.decode()

    owner_client.post(reverse("follow_up_reopen", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    draft.refresh_from_db()
    assert follow_up.done_at is None and draft.sent_at is None
    assert "You recorded this as sent" not in owner_client.get(draft.get_absolute_url()).content.decode()
    assert "Sent: Thank-you note" not in owner_client.get(follow_up.offer.get_absolute_url()).content.decode()


def test_undo_of_done_leaves_a_draft_sent_before_it_as_sent(owner_client, follow_up, starter_library):
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    sent_earlier = timezone.now() - dt.timedelta(days=1)
    Draft.objects.filter(pk=follow_up.draft_id).update(sent_at=sent_earlier)
    owner_client.post(reverse("follow_up_done", args=[follow_up.pk]))
    owner_client.post(reverse("follow_up_reopen", args=[follow_up.pk]))
    assert Draft.objects.get(pk=follow_up.draft_id).sent_at == sent_earlier


def test_i_sent_it_from_another_user_is_a_404_and_marks_nothing(
    outsider_client, follow_up, owner_client, starter_library
):
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    draft = follow_up.draft
    data = {"action": "sent", "subject": "Mine now", "body": "Mine now", "base_version": str(draft.version)}
    assert outsider_client.post(reverse("draft_edit", args=[draft.pk]), data).status_code == 404
    follow_up.refresh_from_db()
    draft.refresh_from_db()
    assert follow_up.done_at is None and draft.sent_at is None and draft.body != "Mine now"


def test_i_sent_it_with_text_to_fix_marks_nothing(owner_client, follow_up, starter_library):
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    draft = follow_up.draft
    data = {"action": "sent", "subject": draft.subject, "body": "Hi {{ compny }}", "base_version": str(draft.version)}
    response = owner_client.post(reverse("draft_edit", args=[draft.pk]), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Not marked as sent yet: what you typed needs a fix first" in page and "Hi {{ compny }}" in page
    follow_up.refresh_from_db()
    assert follow_up.done_at is None


def test_i_sent_it_from_a_stale_tab_offers_both_texts_then_marks_it_sent(owner_client, follow_up, starter_library):
    owner_client.post(reverse("follow_up_draft_new", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    draft = follow_up.draft
    stale = str(draft.version)
    url = reverse("draft_edit", args=[draft.pk])
    owner_client.post(url, {"action": "save", "subject": draft.subject, "body": "Saved in another tab.",
                            "base_version": stale})  # fmt: skip
    data = {"action": "sent", "subject": draft.subject, "body": "Typed here.", "base_version": stale}
    response = owner_client.post(url, data)
    assert response.status_code == 409
    follow_up.refresh_from_db()
    assert follow_up.done_at is None
    # "Keep my text" sends the same action again, over the newer save.
    assert 'name="action" value="sent" class="btn btn-warning">Keep my text' in response.content.decode()


# --- The offer page ---------------------------------------------------------------


def test_a_follow_up_of_the_users_own_is_named_by_its_note(owner_client, declined_offer, starter_library):
    other = FollowUpFactory(offer=declined_offer, kind="other", due_on=days(3),
                            note="Send Sam the article on event sourcing\nand ask about the meetup")  # fmt: skip
    assert other.title == "Send Sam the article on event sourcing"
    response = owner_client.post(reverse("follow_up_snooze", args=[other.pk]), {"period": "week"}, follow=True)
    assert "Snoozed “Send Sam the article on event sourcing for Northwind Analytics”" in response.content.decode()
    assert "Other for" not in response.content.decode()
    # Listed by its note, said once; a longer note is shown whole beneath its first line.
    page = owner_client.get(reverse("follow_ups")).content.decode()
    row = page[page.index(f'id="follow-up-{other.pk}"') :]
    row = row[: row.index("</li>")]
    assert "follow-up-note" in row and "and ask about the meetup" in row  # the whole note beneath its first line
    short = FollowUpFactory(offer=declined_offer, kind="other", note="Send Sam the link", due_on=days(4))
    page = owner_client.get(reverse("follow_ups")).content.decode()
    row = page[page.index(f'id="follow-up-{short.pk}"') :]
    assert "follow-up-note" not in row[: row.index("</li>")]  # the title says it all: not said twice
    # Without a note, its kind.
    assert FollowUpFactory(offer=declined_offer, kind="other", note="").title == "Other"
    # Its draft's page is headed by it too, not by the kind of email ("Check-in").
    owner_client.post(reverse("follow_up_draft_new", args=[other.pk]))
    other.refresh_from_db()
    page = owner_client.get(reverse("draft_edit", args=[other.draft_id])).content.decode()
    assert "<title>Send Sam the article on event sourcing for Northwind Analytics" in page


def test_the_call_that_gave_the_decision_comes_before_it_in_the_story(owner_client, declined_offer):
    day = timezone.localdate(declined_offer.decided_at)
    Offer.objects.filter(pk=declined_offer.pk).update(medium="phone", called_on=day)
    DraftFactory(offer=declined_offer, sent_at=declined_offer.decided_at)
    InteractionFactory(offer=declined_offer, happened_on=day, channel="call", note="Phoned to decline the offer.")
    titles = [event.title for event in owner_client.get(declined_offer.get_absolute_url()).context["timeline"]]
    assert (
        titles.index("Contact logged: Call") < titles.index("Sent: Decline email") < titles.index("Declined the offer")
    )


def test_the_offer_page_tells_the_story_in_order(owner_client, declined_offer):
    ReflectionFactory(offer=declined_offer)
    DraftFactory(offer=declined_offer, sent_at=declined_offer.decided_at)
    FollowUpFactory(offer=declined_offer, kind="thank_you", done_at=timezone.now())
    InteractionFactory(offer=declined_offer, happened_on=today(), channel="event", note="Met at PyCon.")
    response = owner_client.get(declined_offer.get_absolute_url())
    titles = [event.title for event in response.context["timeline"]]
    assert titles[0] == "Offer received"
    assert {"Reflected on the offer", "Drafted: Decline email", "Sent: Decline email"} <= set(titles)
    assert titles.index("Sent: Decline email") < titles.index("Declined the offer")
    assert titles[-2:] == ["Done: Thank-you note", "Contact logged: Event"]
    body = response.content.decode()
    assert "2 days before the deadline" in body
    assert "Met at PyCon." in body


def test_a_days_events_are_told_in_the_order_they_happened(owner_client, declined_offer):
    declined = timezone.localtime(declined_offer.decided_at).replace(hour=9, minute=0)
    Offer.objects.filter(pk=declined_offer.pk).update(decided_at=declined)
    DraftFactory(offer=declined_offer, kind="decline", sent_at=declined)
    DraftFactory(offer=declined_offer, kind="thank_you", sent_at=declined + dt.timedelta(hours=6))
    call = InteractionFactory(offer=declined_offer, happened_on=declined.date(), channel="call")
    Interaction.objects.filter(pk=call.pk).update(created_at=declined + dt.timedelta(hours=7))
    page = owner_client.get(declined_offer.get_absolute_url()).content.decode()
    timeline = page[page.index('id="timeline-title"') : page.index('id="drafts-title"')]
    told = re.findall(r'<span class="fw-semibold">([^<]+)</span>', timeline)
    sent_decline, declined_it = told.index("Sent: Decline email"), told.index("Declined the offer")
    # The decline went at nine, the thank-you at three, and the call was logged at four.
    assert sent_decline < declined_it < told.index("Sent: Thank-you note") < told.index("Contact logged: Call")


def test_a_decision_recorded_for_an_earlier_day_keeps_the_story_in_order(owner_client, owner):
    # Drafted at four in the afternoon; "I sent it" pressed next morning, saying it went the day before:
    # that day at the morning's time, a moment nobody gave, must not put the sending before the drafting.
    day = timezone.localdate() - dt.timedelta(days=1)
    drafted_at = timezone.make_aware(dt.datetime.combine(day, dt.time(16)))
    recorded = timezone.make_aware(dt.datetime.combine(day, dt.time(9)))
    offer = OfferFactory(owner=owner, status="declined", decided_at=recorded, received_on=day - dt.timedelta(days=9))
    ReflectionFactory(offer=offer)
    draft = DraftFactory(offer=offer, kind="decline", sent_at=recorded)
    Draft.objects.filter(pk=draft.pk).update(created_at=drafted_at)
    Reflection.objects.filter(offer=offer).update(created_at=drafted_at - dt.timedelta(hours=1))
    page = owner_client.get(offer.get_absolute_url()).content.decode()
    timeline = page[page.index('id="timeline-title"') : page.index('id="drafts-title"')]
    told = re.findall(r'<span class="fw-semibold">([^<]+)</span>', timeline)
    assert told == [
        "Offer received",
        "Reflected on the offer",
        "Drafted: Decline email",
        "Sent: Decline email",
        "Declined the offer",
    ]


def test_the_offer_page_shows_its_drafts_and_follow_ups(owner_client, declined_offer):
    DraftFactory(offer=declined_offer, subject="Your offer for the Staff Engineer role")
    FollowUpFactory(offer=declined_offer, kind="linkedin", due_on=days(3), note="Say hi")
    body = owner_client.get(declined_offer.get_absolute_url()).content.decode()
    assert "Your offer for the Staff Engineer role" in body
    assert "Connect on LinkedIn" in body and "Say hi" in body and "due in 3 days" in body


def test_the_offer_page_is_404_for_another_user(outsider_client, declined_offer):
    assert outsider_client.get(declined_offer.get_absolute_url()).status_code == 404


def test_the_offer_page_needs_login(client, declined_offer):
    response = client.get(declined_offer.get_absolute_url())
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_a_return_address_from_elsewhere_is_never_used(owner_client, follow_up):
    for name in ["follow_up_edit", "follow_up_delete"]:
        body = owner_client.get(reverse(name, args=[follow_up.pk]), {"next": "javascript:alert(1)"}).content.decode()
        assert "javascript:" not in body
        body = owner_client.get(reverse(name, args=[follow_up.pk]), {"next": "/?page=2"}).content.decode()
        assert 'href="/?page=2"' in body


def test_careers_page_steps_saved_as_other_get_their_own_kind(owner):
    migration = importlib.import_module("declines.migrations.0018_followup_kind_careers_page")
    offer = OfferFactory(owner=owner, company="Northwind")
    watching = FollowUpFactory(
        offer=offer, kind=FollowUp.Kind.OTHER, note="Look at Northwind's careers page for a role that would suit you."
    )
    own_note = FollowUpFactory(offer=offer, kind=FollowUp.Kind.OTHER, note="Send the article on hiring in Leeds.")
    migration.name_the_careers_page_steps(apps, None)
    watching.refresh_from_db()
    own_note.refresh_from_db()
    assert (watching.kind, own_note.kind) == (FollowUp.Kind.CAREERS_PAGE, FollowUp.Kind.OTHER)
    assert watching.get_kind_display() == "Look at the careers page"


def test_a_plan_skipped_can_still_be_made_from_the_offer(owner_client, declined_offer):
    """'Skip for now' on the plan leads to the offer page, which keeps the way back to it."""
    plan = reverse("offer_plan", args=[declined_offer.pk])
    page = owner_client.get(declined_offer.get_absolute_url()).content.decode()
    assert f'<a href="{plan}">Plan your follow-ups</a>' in page
    assert owner_client.get(plan).status_code == 200
    # Once there are follow-ups, the plan is made: the offer page adds to it one at a time.
    FollowUpFactory(offer=declined_offer, kind="thank_you")
    assert plan not in owner_client.get(declined_offer.get_absolute_url()).content.decode()


def test_an_offer_still_being_decided_offers_no_plan(owner_client, owner):
    offer = OfferFactory(owner=owner)
    page = owner_client.get(offer.get_absolute_url()).content.decode()
    assert "Plan your follow-ups" not in page

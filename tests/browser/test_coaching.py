"""The coaching loop in a real browser (§11), a client and a coach each in a
context of their own: invite → accept → share → comment → the client accepts
the suggestion while they have unsaved typing (nothing lost) → revoke → 404."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from declines.models import Coaching, Draft, DraftComment, EmailTemplate, SharedOffer
from declines.services.drafts import draft_create
from tests.browser.conftest import axe_violations, log_in, no_horizontal_scroll
from tests.factories import OfferFactory, ReflectionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SUGGESTED = "It was a pleasure to meet the whole team, and I am grateful for the time you gave me."


@pytest.fixture
def draft(transactional_db) -> Draft:
    """The client's decline at the compose step, written from the starter library."""
    call_command("load_starter_library", verbosity=0)
    client = UserFactory(username="writer", profile__full_name="Alex Morgan")
    UserFactory(username="coach", profile__full_name="Jo Baker")
    offer = OfferFactory(owner=client, company="Northwind Analytics", flow_step=4)
    ReflectionFactory(offer=offer)
    OfferFactory(owner=client, company="Globex Private", flow_step=2)  # never shared
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    return draft_create(offer=offer, template=template, user=client)


@pytest.fixture
def suggestion(draft) -> DraftComment:
    """The draft shared with a coach, who has suggested new text for its second paragraph."""
    coaching = Coaching.objects.create(client=draft.offer.owner, coach=UserFactory(username="jo"))
    SharedOffer.objects.create(coaching=coaching, offer=draft.offer)
    quote = draft.body.split("\n\n")[1]
    return DraftComment.objects.create(
        draft=draft, author=coaching.coach, paragraph=1, quote=quote, suggestion=SUGGESTED
    )


@pytest.fixture
def people(browser, live_server, draft):
    """The client and the coach, each logged in in a browser context of their own."""
    contexts = [browser.new_context() for _ in range(2)]
    client, coach = (context.new_page() for context in contexts)
    log_in(client, live_server, "writer")
    log_in(coach, live_server, "coach")
    yield client, coach
    for context in contexts:
        context.close()


def looks_right(page):
    """No accessibility violation, and nothing wider than the screen at 1280 and 390 px."""
    for width, height in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        assert no_horizontal_scroll(page), (page.url, width)
        assert axe_violations(page) == [], page.url
    page.set_viewport_size({"width": 1280, "height": 800})


def test_the_coaching_loop(people, live_server, draft):
    client, coach = people
    offer = draft.offer

    # The client invites from Settings.
    client.goto(f"{live_server.url}/settings/")
    client.get_by_role("link", name="Invite a coach or choose what they see").click()
    expect(client.get_by_role("heading", level=1, name="Your coaches")).to_be_visible()
    client.get_by_role("button", name="Make an invitation").click()
    expect(client.get_by_role("status").filter(has_text="Your invitation link is ready")).to_be_visible()
    link = client.locator(".invitation-link code").inner_text()
    assert link.startswith("http") and "/invitations/" in link
    looks_right(client)

    # The coach accepts with their existing account.
    coach.goto(live_server.url + "/invitations/" + link.rsplit("/invitations/", 1)[1])
    expect(coach.get_by_role("heading", name="Alex Morgan invites you to be their coach")).to_be_visible()
    looks_right(coach)
    coach.get_by_role("button", name="Accept and become Alex Morgan's coach").click()
    expect(coach.get_by_role("heading", level=1, name="Clients")).to_be_visible()
    expect(coach.get_by_text("No client shares anything with you yet.")).to_be_visible()
    assert Coaching.objects.filter(client=offer.owner, coach__username="coach").exists()

    # The client shares one offer from its page.
    client.goto(f"{live_server.url}{offer.get_absolute_url()}")
    client.get_by_role("button", name="Share with Jo Baker").click()
    expect(client.get_by_role("status").filter(has_text="Jo Baker can now read this offer")).to_be_visible()
    assert SharedOffer.objects.count() == 1

    # The coach finds it under Clients, and only it.
    coach.get_by_role("link", name="Clients").click()
    coach.get_by_role("link", name="Alex Morgan").click()
    expect(coach.get_by_text("Northwind Analytics")).to_be_visible()
    expect(coach.get_by_text("Globex Private")).to_have_count(0)
    looks_right(coach)
    coach.get_by_role("link", name="Senior Data Engineer at Northwind Analytics").click()
    # The page the click leads to, before measuring it (measured mid-navigation, it had no document yet).
    expect(coach.get_by_role("link", name="Read and comment")).to_be_visible()
    looks_right(coach)
    coach.get_by_role("link", name="Read and comment").click()
    expect(coach.get_by_role("heading", name="Review checklist")).to_be_visible()

    # The coach suggests new text for the second paragraph.
    paragraph = coach.locator("#paragraph-2")
    original = paragraph.locator(".paragraph-text").inner_text()
    paragraph.get_by_text("Comment or suggest new text").click()
    paragraph.get_by_label("Comment").fill("Say what you liked about meeting them.")
    paragraph.get_by_label("Suggested text for this paragraph").fill(SUGGESTED)
    looks_right(coach)
    paragraph.get_by_role("button", name="Send to Alex Morgan").click()
    expect(
        coach.get_by_role("status").filter(
            has_text="Sent. Alex Morgan sees it beside their draft, and gets an email about it with their next "
            "reminders."
        )
    ).to_be_visible()
    comment = DraftComment.objects.get()
    assert comment.quote == original and comment.suggestion == SUGGESTED

    # The client opens the editor, types without saving, then accepts the suggestion.
    client.goto(f"{live_server.url}/offers/{offer.pk}/decline/4/")
    pane = client.locator("#comments")
    expect(pane).to_contain_text("Jo Baker")
    expect(pane).to_contain_text("Say what you liked about meeting them.")
    expect(pane).to_contain_text("Paragraph 2")
    looks_right(client)
    body = client.get_by_label("Body")
    typed = body.input_value() + "\n\nP.S. Typed just now, never saved."
    body.fill(typed)
    assert Draft.objects.get(pk=draft.pk).body == draft.body  # the typing is not saved yet
    pane.get_by_role("button", name="Accept the suggestion for paragraph 2").click()
    expect(client.get_by_role("status").filter(has_text="Accepted Jo Baker's suggestion")).to_be_visible()
    saved = Draft.objects.get(pk=draft.pk)
    assert SUGGESTED in saved.body and original not in saved.body
    assert saved.body.endswith("P.S. Typed just now, never saved.")
    assert saved.version == draft.version + 1
    expect(client.get_by_label("Body")).to_have_value(saved.body)
    expect(pane).to_contain_text("No open comments.")

    # The timeline says who suggested what.
    client.goto(f"{live_server.url}{offer.get_absolute_url()}")
    timeline = client.locator(".timeline")
    expect(timeline).to_contain_text("Jo Baker suggested new text for your decline email")
    expect(timeline).to_contain_text("Accepted Jo Baker's suggestion")

    # The client stops sharing; the coach's next request is a 404.
    client.get_by_role("button", name="Stop sharing with Jo Baker").click()
    expect(client.get_by_role("status").filter(has_text="Jo Baker no longer sees this offer.")).to_be_visible()
    response = coach.reload()
    assert response.status == 404
    expect(coach.get_by_role("heading", level=1)).to_have_text("We couldn't find that page")
    assert coach.goto(f"{live_server.url}/clients/offers/{offer.pk}/").status == 404


def test_accepting_in_one_tab_leaves_the_other_tabs_typing_to_the_conflict_screen(
    browser, live_server, draft, suggestion
):
    """The client's second tab has unsaved typing when the first accepts: its
    save is refused and shows both texts, so neither is lost (§8)."""
    contexts = [browser.new_context() for _ in range(2)]
    first, second = (context.new_page() for context in contexts)
    for tab in (first, second):
        log_in(tab, live_server, "writer")
        tab.goto(f"{live_server.url}/offers/{draft.offer.pk}/decline/4/")
    second.get_by_label("Body").fill(draft.body + "\n\nTyped in the second tab.")
    first.locator("#comments").get_by_role("button", name="Accept the suggestion for paragraph 2").click()
    expect(first.get_by_role("status").filter(has_text="Accepted")).to_be_visible()
    with second.expect_response(lambda r: r.request.method == "POST" and "/decline/4/" in r.url) as response:
        second.get_by_role("button", name="Save draft").click()
    assert response.value.status == 409
    conflict = second.get_by_role("alert")
    expect(conflict.locator(".conflict-mine")).to_contain_text("Typed in the second tab.")
    expect(conflict.locator(".conflict-saved")).to_contain_text(SUGGESTED)
    for context in contexts:
        context.close()


def test_a_button_tabbed_to_after_typing_is_not_pressed_by_the_live_preview(browser, live_server, draft, suggestion):
    """htmx sends a form's requests to the formaction of the button last focused:
    the preview that the typing sets off must still go to the preview, and the
    suggestion stays open until "Accept" is pressed."""
    context = browser.new_context()
    page = context.new_page()
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}/offers/{draft.offer.pk}/decline/4/")
    accept = page.locator("#comments").get_by_role("button", name="Accept the suggestion for paragraph 2")
    with page.expect_request(lambda r: r.method == "POST") as sent:
        page.get_by_label("Body").fill(draft.body + "\n\nTyped, then tabbed on.")
        accept.focus()
    assert sent.value.url.endswith(f"/drafts/{draft.pk}/preview/")
    assert "comment_accept" not in (sent.value.post_data or "")
    expect(page.locator("#draft-preview")).to_contain_text("Typed, then tabbed on.")
    suggestion.refresh_from_db()
    assert suggestion.status == DraftComment.Status.OPEN
    assert Draft.objects.get(pk=draft.pk).body == draft.body
    context.close()

"""Two tabs of one user on the same decline draft (§8): the second save is
refused, both texts stay in front of the user, and they take either one."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from declines.models import Draft, EmailTemplate, Offer
from declines.services.drafts import draft_create
from tests.browser.conftest import log_in
from tests.factories import OfferFactory, ReflectionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST = "Dear Priya,\n\nText from the first tab."
SECOND = "Dear Priya,\n\nText from the second tab."


@pytest.fixture
def draft(transactional_db) -> Draft:
    """A decline draft at the compose step, written from the starter library's best match."""
    call_command("load_starter_library", verbosity=0)
    owner = UserFactory(username="writer")
    offer = OfferFactory(owner=owner, company="Northwind Analytics", flow_step=4)
    ReflectionFactory(offer=offer)
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    return draft_create(offer=offer, template=template, user=owner)


@pytest.fixture
def tabs(browser, live_server, draft):
    """Two tabs of the user, logged in and on the compose step of the same draft, nothing saved yet."""
    contexts = [browser.new_context() for _ in range(2)]
    pages = [context.new_page() for context in contexts]
    for page in pages:
        log_in(page, live_server, "writer")
        page.goto(f"{live_server.url}/offers/{draft.offer.pk}/decline/4/")
        expect(page.get_by_role("heading", level=1, name="Compose")).to_be_visible()
        expect(page.get_by_label("Body")).to_have_value(draft.body)
    stored = Draft.objects.get(pk=draft.pk)
    assert (stored.version, stored.body) == (draft.version, draft.body)
    yield pages
    for context in contexts:
        context.close()


def save(tab, *, status):
    """Click "Save draft" and check the HTTP status of the page that comes back."""
    with tab.expect_response(lambda r: r.request.method == "POST" and "/decline/4/" in r.url) as response:
        tab.get_by_role("button", name="Save draft").click()
    assert response.value.status == status


def first_saves_then_second_is_refused(first, second, draft) -> Draft:
    first.get_by_label("Body").fill(FIRST)
    save(first, status=302)
    expect(first.get_by_role("status").filter(has_text="Draft saved.")).to_be_visible()
    stored = Draft.objects.get(pk=draft.pk)
    assert (stored.body, stored.version) == (FIRST, draft.version + 1)

    second.get_by_label("Subject").fill("Thank you, from the second tab")
    second.get_by_label("Body").fill(SECOND)
    save(second, status=409)
    conflict = second.get_by_role("alert")
    expect(conflict).to_contain_text("This draft was saved somewhere else after you opened it")
    expect(conflict).to_contain_text("Nothing has been overwritten.")
    # Both texts are in front of the user: theirs, unsaved, and the one saved meanwhile.
    expect(conflict.locator(".conflict-mine")).to_have_text(SECOND)
    expect(conflict.locator(".conflict-saved")).to_have_text(FIRST)
    expect(conflict).to_contain_text("Thank you, from the second tab")
    expect(second.get_by_label("Body")).to_have_value(SECOND)
    expect(second.get_by_label("Subject")).to_have_value("Thank you, from the second tab")
    refused = Draft.objects.get(pk=draft.pk)
    assert (refused.subject, refused.body, refused.version) == (stored.subject, FIRST, stored.version)
    assert refused.updated_at == stored.updated_at
    return refused


def test_keep_my_text_stores_the_second_tabs_text(tabs, draft):
    first, second = tabs
    saved = first_saves_then_second_is_refused(first, second, draft)

    with second.expect_response(lambda r: r.request.method == "POST" and "/decline/4/" in r.url) as response:
        second.get_by_role("button", name="Keep my text").click()
    assert response.value.status == 302
    expect(second.get_by_role("status").filter(has_text="Kept your text.")).to_be_visible()
    expect(second.get_by_role("alert")).to_have_count(0)
    expect(second.get_by_label("Body")).to_have_value(SECOND)
    kept = Draft.objects.get(pk=draft.pk)
    assert (kept.subject, kept.body, kept.version) == ("Thank you, from the second tab", SECOND, saved.version + 1)

    # The first tab is now the stale one: its next save is refused in turn, not lost.
    first.get_by_label("Body").fill("Dear Priya,\n\nA third text.")
    save(first, status=409)
    expect(first.get_by_role("alert").locator(".conflict-saved")).to_have_text(SECOND)
    assert Draft.objects.get(pk=draft.pk).body == SECOND
    assert Offer.objects.get(pk=draft.offer.pk).drafts.count() == 1


def test_use_the_saved_text_shows_the_first_tabs_text_and_changes_nothing(tabs, draft):
    first, second = tabs
    saved = first_saves_then_second_is_refused(first, second, draft)
    offer_before = Offer.objects.filter(pk=draft.offer.pk).values().get()

    second.get_by_role("link", name="Use the saved text").click()
    expect(second.get_by_role("alert")).to_have_count(0)
    expect(second.get_by_label("Body")).to_have_value(FIRST)
    expect(second.get_by_label("Subject")).to_have_value(saved.subject)
    expect(second.locator("#draft-preview")).to_contain_text("Text from the first tab.")
    after = Draft.objects.get(pk=draft.pk)
    assert (after.subject, after.body, after.version, after.updated_at) == (
        saved.subject,
        FIRST,
        saved.version,
        saved.updated_at,
    )
    assert Offer.objects.filter(pk=draft.offer.pk).values().get() == offer_before
    assert Draft.objects.filter(offer=draft.offer).count() == 1

    # Taking the saved text makes this tab current: its next save goes through.
    second.get_by_label("Body").fill(FIRST + "\n\nWith a line more.")
    save(second, status=302)
    assert Draft.objects.get(pk=draft.pk).body == FIRST + "\n\nWith a line more."

"""The send step on a phone: a long address wraps inside its box, the page
never scrolls sideways, and the copy buttons copy each part."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from declines.models import EmailTemplate
from declines.services.drafts import draft_create
from tests.browser.conftest import axe_violations, no_horizontal_scroll
from tests.factories import OfferFactory, ReflectionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG_ADDRESS = "priya.lee-recruiting.team.contact@northwind-analytics-international.example.com"


@pytest.fixture
def offer(transactional_db):
    call_command("load_starter_library", verbosity=0)
    owner = UserFactory(username="sender")
    offer = OfferFactory(owner=owner, company="Northwind Analytics", flow_step=5, contact_email=LONG_ADDRESS)
    ReflectionFactory(offer=offer)
    draft_create(offer=offer, template=EmailTemplate.objects.get(slug="decline-another-offer-warm"), user=owner)
    return offer


def open_send_step(page, live_server, offer, width):
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("sender")
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/offers/{offer.pk}/decline/5/")
    expect(page.get_by_role("heading", level=1, name="Send and track")).to_be_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_a_long_address_wraps_inside_the_to_box(live_server, page, offer, width):
    open_send_step(page, live_server, offer, width)
    to = page.locator("#send-to")
    expect(to).to_contain_text(LONG_ADDRESS)
    fits = page.evaluate(
        """() => [document.getElementById('send-to'), document.querySelector('.send-fields'),
                  document.querySelector('.email-preview')].map((el) => el.scrollWidth <= el.clientWidth)"""
    )
    assert fits == [True, True, True]
    # The box ends inside the screen: nothing is cut off at the right.
    box = to.bounding_box()
    assert box["x"] + box["width"] <= width
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []


def test_the_copy_buttons_copy_each_part_and_i_sent_it_is_the_primary_action(live_server, page, context, offer):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    open_send_step(page, live_server, offer, 390)
    page.get_by_role("button", name="Copy the address").click()
    expect(page.locator("#copy-status")).to_have_text("Copied the address.")
    assert page.evaluate("navigator.clipboard.readText()") == f"Priya Lee <{LONG_ADDRESS}>"
    page.get_by_role("button", name="Copy body").click()
    expect(page.locator("#copy-status")).to_have_text("Copied the body.")
    assert page.evaluate("navigator.clipboard.readText()").startswith("Dear Priya,\n\n")
    # The email is on the page once; the ready line matches the checklist.
    expect(page.get_by_text("Dear Priya,", exact=True)).to_have_count(1)
    expect(page.get_by_text("Ready to send")).to_be_visible()
    sent = page.get_by_role("button", name="I sent it — mark as declined")
    expect(sent).to_have_class("btn btn-primary btn-lg")
    sent.click()
    expect(page.get_by_role("heading", name="Keep the door open")).to_be_visible()

"""Recently deleted in a real browser: found from the Undo banner and from
Settings, restoring without JavaScript, accessible and fitting a laptop and a phone."""

import datetime as dt
import os
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from declines.models import Offer
from tests.browser.conftest import PASSWORD, SIZES, axe_violations, log_in, no_horizontal_scroll
from tests.factories import EmailTemplateFactory, OfferFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Set to a folder to keep screenshots of what the test saw.
SHOTS = os.environ.get("SCREENSHOT_DIR")


def test_a_deleted_offer_is_found_later_and_restored_without_javascript(live_server, browser):
    owner = UserFactory(username="deleter")
    offer = OfferFactory(owner=owner, company="Northwind Analytics", role="Staff Engineer")
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("deleter")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{live_server.url}{offer.get_absolute_url()}")
    page.get_by_role("button", name="Delete").click()
    banner = page.get_by_role("status").filter(has_text="Deleted the offer from Northwind Analytics")
    expect(banner.get_by_role("link", name="Recently deleted")).to_be_visible()

    # The banner is gone once the user moves on; Settings still leads there.
    page.goto(f"{live_server.url}/follow-ups/")
    page.goto(f"{live_server.url}/settings/")
    page.get_by_role("link", name="Recently deleted").click()
    expect(page.get_by_role("heading", level=1, name="Recently deleted")).to_be_visible()
    row = page.get_by_role("listitem").filter(has_text="Staff Engineer at Northwind Analytics")
    expect(row).to_contain_text("Removed for good after")
    row.get_by_role("button", name="Restore offer: Staff Engineer at Northwind Analytics").click()

    expect(page).to_have_url(f"{live_server.url}{offer.get_absolute_url()}")
    expect(page.get_by_role("status").filter(has_text="is back")).to_have_text(
        "The offer from Northwind Analytics is back, with everything in it."
    )
    assert Offer.objects.get(pk=offer.pk).deleted_at is None
    context.close()


@pytest.mark.parametrize("size", SIZES)
def test_recently_deleted_passes_axe_in_light_and_dark_and_fits(live_server, page, size):
    owner = UserFactory(username="tidy")
    page.set_viewport_size({"width": size[0], "height": size[1]})
    log_in(page, live_server, "tidy")

    page.goto(f"{live_server.url}/settings/deleted/")
    expect(page.get_by_role("heading", level=2, name="Nothing to bring back")).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []

    now = timezone.now()
    OfferFactory(
        owner=owner,
        company="Contoso Pharmaceuticals International",
        role="Principal Machine Learning Engineer",
        deleted_at=now - dt.timedelta(days=28),
    )
    EmailTemplateFactory(owner=owner, name="Warm decline, short", deleted_at=now - dt.timedelta(hours=2))
    page.reload()
    rows = page.get_by_role("list", name="Deleted offers and templates, newest first").get_by_role("listitem")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Warm decline, short")
    expect(rows.nth(1)).to_contain_text("(in 2 days)")
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"recently-deleted-{size[0]}.png"), full_page=True)

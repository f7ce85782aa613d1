"""The dashboard's table in a real browser: search as you type (htmx) and the
column headers that sort."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, log_in, no_horizontal_scroll
from tests.factories import OfferFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def user():
    user = UserFactory(username="sorter")
    today = timezone.localdate()
    for n, company in enumerate(["Bravo Systems", "alpha Labs", "Charlie Works", "Northwind Analytics"]):
        OfferFactory(owner=user, company=company, respond_by=today + dt.timedelta(days=n + 1))
    return user


def companies(page) -> list[str]:
    return [name.strip() for name in page.locator(".offers-table tbody th a").all_text_contents()]


def test_search_as_you_type_narrows_the_table_without_reloading(live_server, page, user):
    log_in(page, live_server, "sorter")
    page.evaluate("window.notReloaded = true")
    page.get_by_label("Search").press_sequentially("north", delay=40)
    expect(page.locator(".offers-table tbody tr")).to_have_count(1)
    assert companies(page) == ["Northwind Analytics"]
    # Same page (nothing reloaded), and the address keeps up so a reload shows the same.
    assert page.evaluate("window.notReloaded") is True
    expect(page).to_have_url(re.compile(r"[?&]q=north(&|$)"))
    expect(page.locator("#offer-count")).to_have_text("1 offer found.")
    page.get_by_label("Search").fill("zebra")
    expect(page.get_by_text("No offers match “zebra”")).to_be_visible()
    page.get_by_label("Search").fill("")
    expect(page.locator(".offers-table tbody tr")).to_have_count(4)
    assert axe_violations(page) == []


def test_the_column_headers_sort_and_toggle(live_server, page, user):
    log_in(page, live_server, "sorter")
    page.get_by_role("link", name="Offer, sort A to Z").click()
    expect(page.locator("th[aria-sort='ascending']")).to_contain_text("Offer")
    assert companies(page) == ["alpha Labs", "Bravo Systems", "Charlie Works", "Northwind Analytics"]
    page.get_by_role("link", name="Offer, sort Z to A").click()
    expect(page.locator("th[aria-sort='descending']")).to_contain_text("Offer")
    assert companies(page) == ["Northwind Analytics", "Charlie Works", "Bravo Systems", "alpha Labs"]
    page.get_by_role("link", name="Respond by, sort soonest first").click()
    expect(page.locator("th[aria-sort='ascending']")).to_contain_text("Respond by")
    assert companies(page)[0] == "Bravo Systems"
    page.get_by_role("link", name="Respond by, sort latest first").click()
    expect(page.locator("th[aria-sort='descending']")).to_contain_text("Respond by")
    assert companies(page)[0] == "Northwind Analytics"
    assert no_horizontal_scroll(page)


def test_sorting_works_without_javascript(live_server, browser, user):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server, "sorter")
    page.get_by_role("link", name="Offer, sort A to Z").click()
    assert companies(page)[0] == "alpha Labs"
    page.get_by_label("Search").fill("charlie")
    page.get_by_role("button", name="Show").click()
    assert companies(page) == ["Charlie Works"]
    assert "sort=company" in page.url
    context.close()


def test_after_accepting_the_other_offers_are_a_click_from_their_decline(live_server, page, user):
    log_in(page, live_server, "sorter")
    accepted = user.offers.get(company="Bravo Systems")
    accepted.flow_step = 2
    accepted.save()
    page.goto(f"{live_server.url}/offers/{accepted.pk}/decline/2/")
    page.get_by_label("Accept the offer after all").check()
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", name="Your other open offers")).to_be_visible()
    expect(page.get_by_role("link", name="Decline this one")).to_have_count(3)
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    page.get_by_role("link", name="Decline this one: Senior Data Engineer at Northwind Analytics").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert "/decline/" in page.url

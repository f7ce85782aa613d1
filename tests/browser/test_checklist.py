"""The review checklist in a real browser: a warning quotes its sentence and
the preview marks it, dismissing it sets that sentence aside only, a second
sentence breaking the same rule warns after more typing, and each check
links to how far it can be trusted."""

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from declines.models import Draft, EmailTemplate, Offer
from declines.services.drafts import draft_create
from tests.browser.conftest import SIZES, axe_violations, log_in, no_horizontal_scroll
from tests.factories import FollowUpFactory, OfferFactory, UserFactory
from tests.test_review import tone_key

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST_KEY = tone_key("Frankly, the process was a waste of time.")


@pytest.fixture
def owner(transactional_db):
    call_command("load_starter_library", verbosity=0)
    return UserFactory(username="writer", profile__full_name="Alex Morgan")


@pytest.fixture
def csp_errors(page):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    return errors


@pytest.fixture
def thank_you(owner) -> Draft:
    declined = OfferFactory(
        owner=owner,
        company="Northwind Analytics",
        status=Offer.Status.DECLINED,
        decided_at=timezone.now() - dt.timedelta(days=2),
        received_on=timezone.localdate() - dt.timedelta(days=20),
        flow_step=5,
    )
    follow_up = FollowUpFactory(offer=declined, kind="thank_you")
    template = EmailTemplate.objects.get(slug="thank-you-after-declining")
    return draft_create(offer=declined, template=template, user=owner, follow_up=follow_up)


def type_at_the_end(page, text: str):
    body = page.locator("#editor").get_by_label("Body")
    body.press("Control+End")
    body.type(text)


def test_a_finding_is_quoted_marked_dismissed_and_a_second_one_warns(live_server, page, thank_you, csp_errors):
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}{thank_you.get_absolute_url()}")
    checklist, preview = page.locator("#draft-checklist"), page.locator("#draft-preview")
    summary = page.locator("#review-summary")
    expect(summary).not_to_contain_text("to look at")

    # A warning quotes the sentence it is about; the preview marks it, across the bold word.
    type_at_the_end(page, "\n\nFrankly, the process was a **waste** of time.")
    quote = checklist.get_by_role("link", name="Frankly, the process was a waste of time.")
    expect(quote).to_be_visible()
    expect(summary).to_contain_text("· 1 to look at")
    expect(preview.locator("mark")).to_have_text(["Frankly, the process was a ", "waste", " of time."])
    assert axe_violations(page) == []
    quote.click()
    anchor = quote.get_attribute("href")
    expect(page.locator(f"mark{anchor}:target")).to_be_in_viewport()
    assert page.url.endswith(anchor)

    # Dismissed: that sentence only. Focus stays in place, on its Restore button.
    page.get_by_role("button", name="Dismiss “Professional tone” for “Frankly, the process").click()
    expect(page.get_by_role("button", name="Restore “Professional tone” for “Frankly, the process")).to_be_focused()
    expect(summary).to_contain_text("Professional tone: dismissed for that sentence.")
    expect(summary).to_contain_text("· 1 dismissed")
    expect(preview.locator("mark")).to_have_count(0)
    assert axe_violations(page) == []

    # More typing: a different sentence breaking the same rule warns again, and is marked.
    type_at_the_end(page, "\n\nThat lowball offer was an insult.")
    expect(checklist.get_by_role("link", name="That lowball offer was an insult.")).to_be_visible()
    expect(summary).to_contain_text("· 1 to look at · 1 dismissed")
    expect(preview.locator("mark")).to_have_text(["That lowball offer was an insult."])
    expect(page.get_by_role("button", name="Dismiss “Professional tone” for “That lowball offer")).to_be_visible()
    expect(page.get_by_role("button", name="Restore “Professional tone” for “Frankly, the process")).to_be_visible()
    assert axe_violations(page) == []

    # Kept with the draft; restoring brings the first back.
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_role("status").filter(has_text="Draft saved.")).to_be_visible()
    # The save loaded a new page: until htmx has started on it, Restore is the
    # plain form button and would reload the page rather than move focus.
    page.wait_for_load_state("load")
    thank_you.refresh_from_db()
    assert thank_you.dismissed_rules == [FIRST_KEY]
    expect(summary).to_contain_text("· 1 to look at · 1 dismissed")
    page.get_by_role("button", name="Restore “Professional tone” for “Frankly, the process").click()
    expect(page.get_by_role("button", name="Dismiss “Professional tone” for “Frankly, the process")).to_be_focused()
    expect(summary).to_contain_text("· 2 to look at")
    expect(preview.locator("mark[id]")).to_have_count(2)

    # Each check links to how far it can be trusted.
    checklist.get_by_role("link", name="How reliable? (“Professional tone”)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How the checklist is checked")
    assert page.url.endswith("/checklist/#rule-professional_tone")
    row = page.locator("#rule-professional_tone")
    expect(row).to_contain_text("Professional tone")
    expect(row).to_be_in_viewport()
    assert re.search(r"\d+\.\d%", row.inner_text())
    assert axe_violations(page) == []
    assert csp_errors == []


def test_a_complaint_only_the_learnt_weights_read_is_quoted_and_marked(live_server, page, thank_you, csp_errors):
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}{thank_you.get_absolute_url()}")
    checklist, preview = page.locator("#draft-checklist"), page.locator("#draft-preview")

    type_at_the_end(page, "\n\nHonestly the whole day felt a bit scattered.")

    expect(checklist.get_by_role("link", name="Honestly the whole day felt a bit scattered.")).to_be_visible()
    expect(checklist).to_contain_text("This can read as a complaint about them")
    expect(preview.locator("mark")).to_have_text(["Honestly the whole day felt a bit scattered."])
    assert axe_violations(page) == []
    assert csp_errors == []


@pytest.mark.parametrize("size", SIZES)
def test_the_findings_and_how_it_is_checked_pass_axe_and_fit(live_server, page, thank_you, size, csp_errors):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}{thank_you.get_absolute_url()}")
    type_at_the_end(page, "\n\nFrankly, [Name] was rude. That lowball offer was an insult.")
    expect(page.locator("#draft-preview mark[id]")).to_have_count(2)
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []

    page.goto(f"{live_server.url}/checklist/")
    expect(page.locator("tr.checked-row")).to_have_count(12)
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    assert csp_errors == []

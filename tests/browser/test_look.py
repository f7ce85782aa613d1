"""How Declines looks and answers in a real browser: the home page for visitors, the
small screen's menu without JavaScript, the summary of a form's errors, the focus
after choosing a template, and every page in the light and the dark colour mode."""

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from declines.models import EmailTemplate, Offer
from declines.services.drafts import draft_create
from declines.services.templates import template_create, template_update
from tests.browser.conftest import SIZES, axe_violations, log_in, no_horizontal_scroll
from tests.factories import DraftFactory, FollowUpFactory, OfferFactory, SharedOfferFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def csp_errors(page):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    return errors


# --- The home page -------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_a_visitor_learns_what_declines_does_and_signs_up(live_server, page, size, csp_errors):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Say no to a job offer — and keep the door open.")
    for thing in ("Compose a decline", "Check it against the advice", "Keep in touch afterwards"):
        expect(page.get_by_role("heading", level=3, name=thing)).to_be_visible()
    expect(page.get_by_role("figure")).to_contain_text("Step 4 of the flow")
    expect(page.locator(".flow-mock-steps li")).to_have_count(5)
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    assert csp_errors == []
    page.get_by_role("link", name="Create an account").first.click()
    expect(page.get_by_role("heading", level=1, name="Create your account")).to_be_visible()
    page.go_back()
    page.get_by_role("main").get_by_role("link", name="Log in").first.click()
    expect(page.get_by_role("heading", level=1, name="Log in")).to_be_visible()


def test_the_home_page_follows_the_systems_dark_setting_with_and_without_javascript(live_server, browser):
    for javascript in (True, False):
        context = browser.new_context(color_scheme="dark", java_script_enabled=javascript)
        page = context.new_page()
        page.goto(f"{live_server.url}/")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(20, 25, 31)", javascript
        theme = page.evaluate("document.documentElement.getAttribute('data-bs-theme')")
        assert theme == ("dark" if javascript else None)
        context.close()
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(251, 250, 248)"
    context.close()


# --- The menu on a small screen, without JavaScript ----------------------------------------


def test_the_menu_opens_and_leads_on_without_javascript(live_server, browser):
    walker = UserFactory(username="walker")
    FollowUpFactory(offer=OfferFactory(owner=walker))
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    log_in(page, live_server, "walker")
    nav = page.get_by_role("navigation", name="Main")
    follow_ups = nav.get_by_role("link", name="Follow-ups", exact=True)
    expect(follow_ups).to_be_hidden()
    page.get_by_text("Menu", exact=True).click()
    expect(follow_ups).to_be_visible()
    expect(nav.get_by_role("link", name="Settings")).to_be_visible()
    expect(nav.get_by_role("button", name="Log out")).to_be_visible()
    follow_ups.click()
    expect(page.get_by_role("heading", level=1, name="Follow-ups")).to_be_visible()
    # Closed again on the new page, and it closes as it opened.
    expect(nav.get_by_role("link", name="Templates")).to_be_hidden()
    page.get_by_text("Menu", exact=True).click()
    nav.get_by_role("link", name="Templates").click()
    expect(page.get_by_role("heading", level=1, name="Templates")).to_be_visible()
    context.close()


def test_with_javascript_the_open_menu_passes_axe_and_closes_on_escape(live_server, page):
    UserFactory(username="walker")
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server, "walker")
    page.get_by_text("Menu", exact=True).click()
    settings = page.get_by_role("navigation", name="Main").get_by_role("link", name="Settings")
    expect(settings).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []  # the open menu too, in both colour modes
    page.keyboard.press("Escape")
    expect(settings).to_be_hidden()
    assert page.evaluate("document.activeElement.textContent.trim()") == "Menu"


# --- The error summary ----------------------------------------------------------------------


def test_a_form_with_errors_comes_back_with_a_focused_summary_linking_to_each_field(live_server, page, csp_errors):
    UserFactory(username="hasty")
    log_in(page, live_server, "hasty")
    page.goto(f"{live_server.url}/offers/new/")
    page.get_by_label("Offer received on").fill("")
    page.get_by_role("button", name="Save and continue").click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading", level=2)).to_have_text("There is a problem")
    assert page.title().startswith("Error: ")
    links = summary.get_by_role("link")
    expect(links).to_have_text(
        [
            "Company: This field is required.",
            "Role: This field is required.",
            "Offer received on: This field is required.",
        ]
    )
    assert [links.nth(i).get_attribute("href") for i in range(3)] == ["#id_company", "#id_role", "#id_received_on"]
    assert axe_violations(page) == []

    links.nth(1).click()
    expect(page.get_by_label("Role")).to_be_focused()
    page.keyboard.type("Staff Engineer")
    summary.get_by_role("link", name="Company: This field is required.").click()
    expect(page.get_by_label("Company")).to_be_focused()
    assert csp_errors == []


def test_a_radio_choice_left_out_links_to_its_first_option(live_server, page):
    owner = UserFactory(username="hasty")
    offer = OfferFactory(owner=owner, flow_step=3, reason="")
    log_in(page, live_server, "hasty")
    page.goto(f"{live_server.url}/offers/{offer.pk}/decline/3/")
    page.get_by_role("button", name="Save and continue").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name="Why you are declining", exact=False).click()
    expect(page.get_by_label("Accepted another offer")).to_be_focused()


def test_a_wrong_password_is_summarised_beside_the_log_in_form(live_server, page):
    UserFactory(username="forgetful")
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("forgetful")
    page.get_by_label("Password").fill("not it")
    page.get_by_role("button", name="Log in").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Please enter a correct username and password.")
    # In the form's own column, not across the page.
    column = page.locator("main .col-lg-5")
    expect(column.locator(".error-summary")).to_have_count(1)
    assert axe_violations(page) == []


def test_a_form_posted_to_a_fragment_still_focuses_its_summary(live_server, page):
    # Browsers skip autofocus on a page opened at a fragment; app.js focuses the summary then.
    call_command("load_starter_library", verbosity=0)
    share = SharedOfferFactory(coaching__coach=UserFactory(username="coach"), offer__flow_step=4)
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    draft = draft_create(offer=share.offer, template=template, user=share.coaching.client)
    log_in(page, live_server, "coach")
    page.goto(f"{live_server.url}/clients/drafts/{draft.pk}/")
    page.locator("#paragraph-1 summary").click()
    page.locator("#paragraph-1").get_by_role("button", name="Send to").click()
    assert page.url.endswith("#paragraph-1")
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    summary.get_by_role("link").click()
    expect(page.locator("#paragraph-1").get_by_label("Comment")).to_be_focused()


# --- Focus after "Use this template" ---------------------------------------------------------


def test_use_this_template_lands_in_the_text_of_the_email(live_server, page):
    call_command("load_starter_library", verbosity=0)
    owner = UserFactory(username="writer")
    offer = OfferFactory(owner=owner, flow_step=4, reason="another_offer")
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}/offers/{offer.pk}/decline/4/")
    page.get_by_role("button", name="Use this template").click()
    body = page.get_by_label("Body")
    expect(body).to_be_focused()
    assert body.input_value().startswith("Dear")
    page.keyboard.type("P.S. ")  # typing goes straight into the email
    assert "P.S. " in body.input_value()
    # Coming back later does not take the focus from the page's start.
    page.goto(f"{live_server.url}/offers/{offer.pk}/decline/4/")
    expect(body).not_to_be_focused()


# --- Every page, light and dark --------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_every_page_passes_axe_in_light_and_dark_and_fits(live_server, page, size, csp_errors):
    call_command("load_starter_library", verbosity=0)
    owner = UserFactory(username="looker")
    offer = OfferFactory(owner=owner, company="Northwind Analytics", respond_by=timezone.localdate())
    declined = OfferFactory(owner=owner, company="Contoso", status=Offer.Status.DECLINED, decided_at=timezone.now())
    FollowUpFactory(offer=declined, kind="thank_you", due_on=timezone.localdate())
    DraftFactory(offer=declined, sent_at=timezone.now())
    gone = OfferFactory(owner=owner, company="Gone Ltd", deleted_at=timezone.now())
    mine = template_create(
        owner=owner,
        name="My warm decline",
        kind="decline",
        tone="warm",
        subject="About the {{ role }} role",
        body="{{ greeting }}\n\nThank you for the offer.\n\n{{ signature }}",
    )
    template_update(template=mine, expected_version=mine.version, body="{{ greeting }}\n\nThank you so much.")
    builtin = EmailTemplate.objects.filter(owner=None).first()

    page.set_viewport_size({"width": size[0], "height": size[1]})
    for path in ("/", "/accounts/login/", "/signup/", "/accounts/password/reset/"):
        page.goto(f"{live_server.url}{path}")
        assert no_horizontal_scroll(page), path
        assert axe_violations(page) == [], path

    log_in(page, live_server, "looker")
    pages = [
        "/",
        f"/?deleted={gone.pk}",  # with the Undo banner
        "/follow-ups/",
        f"/offers/{offer.pk}/",
        f"/offers/{declined.pk}/",
        f"/offers/{declined.pk}/answers/",  # the panel's list on a page of its own, as without JavaScript
        "/offers/new/",
        f"/offers/{offer.pk}/decline/1/",
        "/templates/",
        f"/templates/{builtin.pk}/",
        f"/templates/{mine.pk}/",
        f"/templates/{mine.pk}/revisions/",  # with "Restore revision 1"
        "/templates/new/",
        "/settings/",
        "/settings/coaches/",
        "/checklist/",
        "/accounts/password/",
        "/no-such-page/",
    ]
    for path in pages:
        page.goto(f"{live_server.url}{path}")
        assert no_horizontal_scroll(page), path
        assert axe_violations(page) == [], path
    assert csp_errors == []

"""The decline flow in a real browser, as a new user goes through it: every
step, the live checklist, the clipboard, the .eml download, resuming later,
the keyboard alone, accessibility, small screens, and no JavaScript at all."""

import datetime as dt
import email
import email.policy
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from declines.models import EmailTemplate, Offer
from declines.services.drafts import draft_create
from tests.browser.conftest import SIZES, axe_violations, log_in, no_horizontal_scroll
from tests.factories import OfferFactory, ReflectionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture
def library(transactional_db):
    call_command("load_starter_library", verbosity=0)


@pytest.fixture
def csp_errors(page):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    return errors


def sign_up(page, live_server, username="newperson", full_name="Sam Rivera"):
    page.goto(f"{live_server.url}/signup/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Full name").fill(full_name)
    page.get_by_label("Email").fill(f"{username}@example.com")
    page.get_by_label("Password*", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Your offers")).to_be_visible()


STEP_LABELS = {1: "The offer", 2: "Reflect", 3: "Approach", 4: "Compose", 5: "Send"}
# With "phone call first", a Call step comes before Compose.
CALL_LABELS = {1: "The offer", 2: "Reflect", 3: "Approach", 4: "Call", 5: "Compose", 6: "Send"}


def expect_step(page, number, title, labels=STEP_LABELS):
    """On step `number`, with its heading, and the stepper marking it as current."""
    expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
    current = page.locator('.flow-stepper [aria-current="step"]')
    expect(current).to_have_count(1)
    expect(current).to_contain_text(f"{labels[number]} (current step)")
    expect(page.locator(".flow-kicker")).to_contain_text(f"Step {number} of {len(labels)}")
    expect(page.locator(".flow-stepper-item")).to_have_count(len(labels))


def fill_the_offer(page, *, respond_by):
    page.get_by_label("Company").fill("Northwind Analytics")
    page.get_by_label("Role").fill("Staff Data Engineer")
    page.get_by_label("Contact name").fill("Priya Lee")
    page.get_by_label("Contact email").fill("priya@northwind.example")
    page.get_by_label("Respond by").fill(respond_by.isoformat())
    page.get_by_role("button", name="Save and continue").click()


def reflect_and_decline(page):
    page.get_by_role("group", name="Growth opportunities").get_by_label("5 – great").check()
    page.get_by_role("group", name="Compensation").get_by_label("2 – weak").check()
    page.get_by_label("Decline it").check()
    page.get_by_role("button", name="Save and continue").click()


def choose_the_approach(page):
    page.get_by_label("Accepted another offer").check()
    page.get_by_label("Connect on LinkedIn").check()
    page.get_by_label("People to thank").fill("Sam Ortiz\nJordan Blake")
    page.get_by_role("button", name="Save and continue").click()


def test_a_new_user_declines_an_offer_from_start_to_finish(live_server, page, context, library, csp_errors):
    respond_by = timezone.localdate() + dt.timedelta(days=2)
    sign_up(page, live_server)
    page.get_by_role("link", name="Decline an offer").first.click()

    expect_step(page, 1, "The offer")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Save and continue").click()
    expect(page.locator("#error_1_id_company")).to_have_text("This field is required.")
    fill_the_offer(page, respond_by=respond_by)

    expect_step(page, 2, "Reflect")
    assert axe_violations(page) == []
    reflect_and_decline(page)

    expect_step(page, 3, "Approach")
    expect(page.get_by_role("region", name="What your ratings say")).to_contain_text("Growth opportunities")
    expect(page.get_by_role("region", name="What your ratings say")).to_contain_text("Compensation")
    assert axe_violations(page) == []
    choose_the_approach(page)

    expect_step(page, 4, "Compose")
    expect(page.get_by_label("Template")).to_have_value(
        str(EmailTemplate.objects.get(slug="decline-another-offer-warm").pk)
    )
    assert axe_violations(page) == []
    # Picking another template previews it in place (htmx); the best match is then picked again.
    page.get_by_label("Template").select_option(label="Decline — formal letter")
    expect(page.locator("#template-preview")).to_contain_text("Offer of employment: Staff Data Engineer")
    page.get_by_label("Template").select_option(label="Decline — accepted another offer (warm) — best match")
    expect(page.locator("#template-preview h2")).to_contain_text("accepted another offer (warm)")
    page.get_by_role("button", name="Use this template").click()
    body = page.get_by_label("Body")
    assert body.input_value().startswith("Dear Priya,\n\nThank you so much")
    summary = page.locator("#review-summary")
    expect(summary).to_have_text("12 of 12 checks pass.")
    assert axe_violations(page) == []

    # The preview and the checklist follow the typing, with no button pressed.
    body.press("Control+End")
    body.type("\n\nFrankly, I expected more.")
    expect(page.locator("#draft-preview")).to_contain_text("Frankly, I expected more.")
    expect(summary).to_contain_text("11 of 12 checks pass · 1 to look at")
    checklist = page.locator("#draft-checklist")
    expect(checklist).to_contain_text("“Frankly” can read as negative")
    assert axe_violations(page) == []

    # Dismissed for this draft: it stays dismissed on reload, and can be restored.
    page.get_by_role("button", name="Dismiss “Professional tone”").click()
    restore = page.get_by_role("button", name="Restore “Professional tone”")
    expect(restore).to_be_focused()
    expect(summary).to_contain_text("Professional tone: dismissed for that sentence.")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_role("status").filter(has_text="Draft saved.")).to_be_visible()
    expect(page.get_by_role("button", name="Restore “Professional tone”")).to_be_visible()
    assert page.get_by_label("Body").input_value().endswith("Frankly, I expected more.")
    page.get_by_role("button", name="Restore “Professional tone”").click()
    expect(page.get_by_role("button", name="Dismiss “Professional tone”")).to_be_focused()
    # Take the sentence out again before sending.
    page.get_by_label("Body").fill(page.get_by_label("Body").input_value().replace("\n\nFrankly, I expected more.", ""))
    expect(summary).to_have_text("12 of 12 checks pass.")
    page.get_by_role("button", name="Save and continue").click()

    expect_step(page, 5, "Send and track")
    assert axe_violations(page) == []
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.get_by_role("button", name="Copy body").click()
    expect(page.locator("#copy-status")).to_have_text("Copied the body.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Dear Priya,\n\n")
    assert "Northwind Analytics" in copied
    page.get_by_role("button", name="Copy the subject").click()
    expect(page.locator("#copy-status")).to_have_text("Copied the subject.")
    assert (
        page.evaluate("navigator.clipboard.readText()")
        == "Your offer for the Staff Data Engineer role at Northwind Analytics"
    )
    page.get_by_role("button", name="Copy formatted").click()
    expect(page.locator("#copy-status")).to_have_text("Copied the formatted email.")
    types = page.evaluate("async () => (await navigator.clipboard.read())[0].types")
    assert {"text/html", "text/plain"} <= set(types)

    mailto = page.get_by_role("link", name="Open in your mail app").get_attribute("href")
    assert mailto.startswith("mailto:priya@northwind.example?subject=Your%20offer%20for%20the%20Staff")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download .eml").click()
    assert download.value.suggested_filename == "decline-northwind-analytics.eml"
    message = email.message_from_bytes(download.value.path().read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "Your offer for the Staff Data Engineer role at Northwind Analytics"
    assert str(message["To"]) == "Priya Lee <priya@northwind.example>"
    assert message["X-Unsent"] == "1"
    assert "Northwind Analytics" in message.get_body(preferencelist=("plain",)).get_content()
    assert "<p>Dear Priya,</p>" in message.get_body(preferencelist=("html",)).get_content()

    page.get_by_role("button", name="I sent it").click()
    expect(page.get_by_role("heading", name="Keep the door open")).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="Declined 2 days before the deadline.")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Save the plan").click()
    expect(page.get_by_role("status").filter(has_text="Saved your plan: 5 follow-ups.")).to_be_visible()

    page.get_by_role("link", name="Dashboard", exact=True).first.click()
    row = page.get_by_role("row").filter(has_text="Northwind Analytics")
    expect(row).to_contain_text("Declined")
    offer = Offer.objects.get(company="Northwind Analytics")
    assert offer.status == Offer.Status.DECLINED
    assert offer.drafts.get().sent_at == offer.decided_at
    assert offer.follow_ups.count() == 5
    assert csp_errors == []


def test_stop_at_step_three_and_continue_from_the_dashboard(live_server, page, library, csp_errors):
    sign_up(page, live_server, username="resumer")
    page.get_by_role("link", name="Decline an offer").first.click()
    fill_the_offer(page, respond_by=timezone.localdate() + dt.timedelta(days=5))
    reflect_and_decline(page)
    expect_step(page, 3, "Approach")
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()

    log_in(page, live_server, "resumer", PASSWORD)
    page.get_by_role("link", name="Continue — step 3 of 5").click()
    expect_step(page, 3, "Approach")
    # What was saved before is still there, and Back keeps what is typed now.
    page.get_by_label("Location").check()
    page.get_by_role("button", name="Back").click()
    expect_step(page, 2, "Reflect")
    expect(page.get_by_role("group", name="Growth opportunities").get_by_label("5 – great")).to_be_checked()
    stepper = page.locator(".flow-stepper")
    stepper.get_by_role("button", name="Approach").click()
    expect(page.get_by_label("Location")).to_be_checked()
    # A step chosen in the progress list keeps what was typed here, as Back does.
    page.get_by_label("What stood out").fill("the robot arm demo")
    stepper.get_by_role("button", name="Reflect").click()
    expect_step(page, 2, "Reflect")
    stepper.get_by_role("button", name="Approach").click()
    expect(page.get_by_label("What stood out")).to_have_value("the robot arm demo")
    # Enter is "Save and continue", never the first step of the progress list.
    page.get_by_label("Location").press("Enter")
    expect_step(page, 4, "Compose")
    page.get_by_role("button", name="Use this template").click()
    page.get_by_role("button", name="Save and continue").click()
    expect_step(page, 5, "Send and track")
    page.get_by_role("button", name="I sent it").click()
    expect(page.get_by_role("heading", name="Keep the door open")).to_be_visible()
    assert Offer.objects.get(company="Northwind Analytics").status == Offer.Status.DECLINED
    assert csp_errors == []


def test_a_phone_decline_calls_first_then_confirms_the_call_in_writing(live_server, page, library, csp_errors):
    """Approach with "phone call first" → the Call step's script → "I've made the call" →
    Compose with the written confirmation of that call chosen → Send."""
    sign_up(page, live_server, username="caller")
    page.get_by_role("link", name="Decline an offer").first.click()
    fill_the_offer(page, respond_by=timezone.localdate() + dt.timedelta(days=4))
    reflect_and_decline(page)

    expect_step(page, 3, "Approach")
    page.get_by_label("Compensation").check()
    page.get_by_label("Formal", exact=True).check()
    page.get_by_label("Phone call first, then written confirmation").check()
    page.get_by_label("Open to future roles").check()
    page.get_by_label("People to thank").fill("Sam Ortiz (platform team)")
    page.get_by_label("What stood out").fill("Priya's question about how I would grow the data team")
    page.get_by_role("button", name="Save and continue").click()

    expect_step(page, 4, "Make the call", CALL_LABELS)
    script = page.locator(".call-script")
    # The script in the formal tone chosen.
    expect(script).to_contain_text("Is this a convenient time to speak about the Staff Data Engineer offer?")
    expect(script).to_contain_text("I'm calling to tell you that I've decided not to accept it.")
    expect(script).to_contain_text("If they ask whether they can change your mind")
    expect(script).to_contain_text(re.compile("[Yy]our question about how I would grow the data team"))
    # The sentences the tags supply are said in plain words, not the formal letter's ("please pass my thanks on
    # to", stilted aloud); the colleague is still thanked by name (in full: the writer is a Sam too).
    expect(script).not_to_contain_text("please pass my thanks on to")
    expect(script).to_contain_text(re.compile(r"thanks to Sam Ortiz"))
    assert axe_violations(page) == []
    # Compose is not reached before the call.
    expect(page.locator(".flow-stepper").get_by_role("link", name="Compose")).to_have_count(0)

    # A day in the future is refused beside the field; then the call is made today.
    called_on = page.get_by_label("When you called")
    expect(called_on).to_have_value(timezone.localdate().isoformat())
    called_on.fill((timezone.localdate() + dt.timedelta(days=2)).isoformat())
    page.get_by_role("button", name="I’ve made the call").click()
    expect(page.locator("#error_1_id_called_on")).to_contain_text("That day has not come yet")
    page.get_by_label("When you called").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="I’ve made the call").click()

    expect_step(page, 5, "Compose", CALL_LABELS)
    expect(page.get_by_role("status").filter(has_text="Logged your call on")).to_be_visible()
    expect(page.get_by_label("Template")).to_have_value(
        str(EmailTemplate.objects.get(slug="decline-phone-confirmation").pk)
    )
    expect(page.locator("#template-preview")).to_contain_text("Thank you for taking my call today.")
    page.get_by_role("button", name="Use this template").click()
    body = page.get_by_label("Body").input_value()
    # A formal note to someone just spoken to greets them by first name when no title is known.
    assert body.startswith("Dear Priya,\n\nThank you for taking my call today.")
    assert "in person" not in body
    expect(page.locator("#review-summary")).to_contain_text("checks pass")
    page.get_by_role("button", name="Save and continue").click()

    expect_step(page, 6, "Send and track", CALL_LABELS)
    page.get_by_role("button", name="I sent it").click()
    expect(page.get_by_role("heading", name="Keep the door open")).to_be_visible()
    offer = Offer.objects.get(owner__username="caller")
    assert offer.status == Offer.Status.DECLINED
    call = offer.interactions.get()
    assert (call.channel, call.happened_on) == ("call", timezone.localdate())
    assert "Thank you for taking my call today." in offer.drafts.get().body
    assert csp_errors == []


def test_stop_before_the_call_and_continue_from_the_dashboard(live_server, page, library):
    owner = UserFactory(username="later")
    offer = OfferFactory(owner=owner, company="Contoso", flow_step=4, medium="phone")
    log_in(page, live_server, "later")
    page.get_by_role("link", name="Continue — step 4 of 6").click()
    expect_step(page, 4, "Make the call", CALL_LABELS)
    # Back keeps what was chosen at the Approach step.
    page.get_by_role("button", name="Back").click()
    expect_step(page, 3, "Approach", CALL_LABELS)
    expect(page.get_by_label("Phone call first, then written confirmation")).to_be_checked()
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_label("When you called").fill((timezone.localdate() - dt.timedelta(days=1)).isoformat())
    page.get_by_role("button", name="I’ve made the call").click()
    expect_step(page, 5, "Compose", CALL_LABELS)
    expect(page.locator("#template-preview")).to_contain_text("Thank you for taking my call yesterday.")
    page.get_by_role("link", name="Dashboard", exact=True).first.click()
    page.get_by_role("link", name="Continue — step 5 of 6").click()
    expect_step(page, 5, "Compose", CALL_LABELS)
    assert Offer.objects.get(pk=offer.pk).called_on == timezone.localdate() - dt.timedelta(days=1)


def tab_to(page, element_id, most=4):
    """Press Tab until `element_id` has focus; a date field takes one Tab per part."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"Tab did not reach #{element_id}")


def test_step_one_with_the_keyboard_alone(live_server, browser, library):
    UserFactory(username="typist")
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    log_in(page, live_server, "typist")
    page.goto(f"{live_server.url}/offers/new/")

    # Tab from the top of the page to the first field, as a keyboard user would.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_company":
            break
    assert page.evaluate("document.activeElement.id") == "id_company"
    outline = page.evaluate("getComputedStyle(document.activeElement).boxShadow")
    assert outline != "none"  # the focused field is visibly marked
    page.keyboard.type("Northwind Analytics")
    for field, text in [
        ("id_role", "Staff Data Engineer"),
        ("id_contact_name", "Priya Lee"),
        ("id_contact_honorific", "Ms"),
        ("id_contact_title", "Head of Talent"),
        ("id_contact_email", "priya@northwind.example"),
    ]:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == field
        page.keyboard.type(text)
    tab_to(page, "id_received_on")  # today, already filled in
    tab_to(page, "id_respond_by")  # past the day, month and year of the date above
    page.keyboard.type("01102030")  # mm dd yyyy; each part moves on to the next
    tab_to(page, "id_salary_note")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1, name="Reflect")).to_be_visible()
    offer = Offer.objects.get(owner__username="typist")
    assert (offer.company, offer.role, offer.contact_honorific, offer.contact_email) == (
        "Northwind Analytics",
        "Staff Data Engineer",
        "Ms",
        "priya@northwind.example",
    )
    assert offer.respond_by == dt.date(2030, 1, 10)
    assert offer.flow_step == 2
    context.close()


def an_offer_at_every_step(owner, **fields) -> Offer:
    """An offer whose flow reached step 5, so that every step page can be opened."""
    offer = OfferFactory(owner=owner, company="Northwind Analytics", flow_step=5, **fields)
    ReflectionFactory(offer=offer)
    template = EmailTemplate.objects.get(slug="decline-another-offer-warm")
    draft_create(offer=offer, template=template, user=owner)
    return offer


@pytest.mark.parametrize("size", SIZES)
def test_every_step_fits_the_screen_and_passes_axe(live_server, page, library, size, csp_errors):
    owner = UserFactory(username="viewer")
    offer = an_offer_at_every_step(owner, medium="phone", called_on=timezone.localdate())
    page.set_viewport_size({"width": size[0], "height": size[1]})
    log_in(page, live_server, "viewer")
    pages = [
        (f"/offers/{offer.pk}/decline/{step}/", title)
        for step, title in [(1, "The offer"), (2, "Reflect"), (3, "Approach"), (4, "Compose"), (5, "Send and track")]
    ]
    pages.append((f"/offers/{offer.pk}/decline/call/", "Make the call"))
    for path, title in pages:
        page.goto(f"{live_server.url}{path}")
        expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
        assert no_horizontal_scroll(page), path
        assert axe_violations(page) == [], path

    # The step pages before any draft, and the plan page after the decline.
    fresh = OfferFactory(owner=owner, company="Contoso", flow_step=4)
    page.goto(f"{live_server.url}/offers/{fresh.pk}/decline/4/")
    expect(page.get_by_role("button", name="Use this template")).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    page.goto(f"{live_server.url}/offers/new/")
    assert no_horizontal_scroll(page)
    page.goto(f"{live_server.url}/offers/{offer.pk}/decline/5/")
    page.get_by_role("button", name="I sent it").click()
    expect(page.get_by_role("heading", name="Keep the door open")).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    assert csp_errors == []


def test_the_whole_flow_works_without_javascript(live_server, browser, library):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    sign_up(page, live_server, username="nojs")
    page.get_by_role("link", name="Decline an offer").first.click()
    fill_the_offer(page, respond_by=timezone.localdate() + dt.timedelta(days=3))
    reflect_and_decline(page)
    choose_the_approach(page)
    page.get_by_role("button", name="Preview it").click()
    expect(page.get_by_role("heading", level=2, name="filled in for Northwind Analytics")).to_be_visible()
    page.get_by_role("button", name="Use this template").click()

    # Without htmx, the Preview button shows the change, unsaved.
    body = page.get_by_label("Body")
    body.fill(body.input_value() + "\n\nFrankly, I expected more.")
    page.get_by_role("button", name="Preview", exact=True).click()
    expect(page.locator("#draft-preview")).to_contain_text("Frankly, I expected more.")
    expect(page.locator("#draft-checklist")).to_contain_text("“Frankly” can read as negative")
    # Dismissing submits the editor too, so the unsaved text survives.
    page.get_by_role("button", name="Dismiss “Professional tone”").click()
    expect(page.get_by_role("button", name="Restore “Professional tone”")).to_be_visible()
    assert page.get_by_label("Body").input_value().endswith("Frankly, I expected more.")
    page.get_by_label("Body").fill(page.get_by_label("Body").input_value().replace("\n\nFrankly, I expected more.", ""))
    page.get_by_role("button", name="Save and continue").click()

    expect(page.get_by_role("heading", level=1, name="Send and track")).to_be_visible()
    expect(page.get_by_role("button", name="Copy body")).to_be_hidden()
    expect(page.locator("#send-body")).to_contain_text("Dear Priya,")
    assert page.locator("#copy-body").text_content().startswith("Dear Priya,")
    assert page.get_by_role("link", name="Open in your mail app").get_attribute("href").startswith("mailto:")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download .eml").click()
    message = email.message_from_bytes(download.value.path().read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    page.get_by_role("button", name="I sent it").click()
    expect(page.get_by_role("heading", name="Keep the door open")).to_be_visible()
    page.get_by_role("button", name="Save the plan").click()
    expect(page.get_by_role("heading", level=1, name="Staff Data Engineer")).to_be_visible()
    offer = Offer.objects.get(owner__username="nojs")
    assert offer.status == Offer.Status.DECLINED
    assert offer.follow_ups.count() == 5
    context.close()


def test_the_browsers_back_button_after_step_one_edits_the_same_offer(live_server, page, library):
    sign_up(page, live_server, username="backtracker")
    page.get_by_role("link", name="Decline an offer").first.click()
    fill_the_offer(page, respond_by=timezone.localdate() + dt.timedelta(days=5))
    expect_step(page, 2, "Reflect")

    # The browser's own Back shows the first form again; sending it, corrected, changes that offer.
    page.go_back()
    expect(page.get_by_role("heading", level=1, name="The offer")).to_be_visible()
    page.get_by_label("Role").fill("Principal Data Engineer")
    page.get_by_role("button", name="Save and continue").click()
    expect_step(page, 2, "Reflect")

    offers = Offer.objects.filter(owner__username="backtracker")
    assert [(o.company, o.role) for o in offers] == [("Northwind Analytics", "Principal Data Engineer")]
    assert page.url.endswith(f"/offers/{offers[0].pk}/decline/2/")


def test_after_a_call_becomes_an_email_the_draft_can_be_kept_with_what_was_typed(live_server, page, library):
    user = UserFactory(username="changed")
    offer = OfferFactory(
        owner=user,
        company="Northwind Analytics",
        medium="phone",
        reason="location",
        tone="warm",
        flow_step=5,
        called_on=timezone.localdate(),
        received_on=timezone.localdate() - dt.timedelta(days=10),
    )
    confirmation = EmailTemplate.objects.get(slug="decline-phone-confirmation")
    draft_create(offer=offer, template=confirmation, user=user)
    Offer.objects.filter(pk=offer.pk).update(medium="email")
    log_in(page, live_server, "changed")

    page.goto(f"{live_server.url}/offers/{offer.pk}/decline/4/")
    notice = page.locator(".approach-changed")
    expect(notice).to_contain_text("the way of telling them is now “Email”")
    page.get_by_label("Body").fill("Dear Ms Lee,\n\nThank you for the offer. I have decided to decline it.")
    # The button sits in the notice but sends the editor's form: what was typed is saved with it.
    notice.get_by_role("button", name="Keep this draft").click()
    expect(page.get_by_text("Draft saved, and kept for your approach as it is now.")).to_be_visible()
    expect(page.locator(".approach-changed")).to_have_count(0)
    kept = offer.drafts.get()
    offer.refresh_from_db()
    assert (kept.body, kept.written_for) == (
        "Dear Ms Lee,\n\nThank you for the offer. I have decided to decline it.",
        offer.approach_key(),
    )

"""The one draft editor in a real browser: a follow-up drafted with its live
preview and sent, a LinkedIn note's live character count, an answer drafted
on demand, and every kind of draft accessible and fitting a laptop and a phone."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from declines.models import EmailTemplate, FollowUp, Offer
from declines.services.drafts import draft_create
from tests.browser.conftest import SIZES, axe_violations, log_in, no_horizontal_scroll
from tests.factories import FollowUpFactory, OfferFactory, ReflectionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def owner(transactional_db):
    call_command("load_starter_library", verbosity=0)
    return UserFactory(username="writer", profile__full_name="Alex Morgan")


@pytest.fixture
def declined(owner) -> Offer:
    return OfferFactory(
        owner=owner,
        company="Northwind Analytics",
        status=Offer.Status.DECLINED,
        decided_at=timezone.now() - dt.timedelta(days=2),
        received_on=timezone.localdate() - dt.timedelta(days=20),
        flow_step=5,
    )


@pytest.fixture
def csp_errors(page):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    return errors


def test_draft_a_follow_up_with_its_live_preview_then_send_it(live_server, page, context, declined, csp_errors):
    follow_up = FollowUpFactory(offer=declined, kind="thank_you", due_on=timezone.localdate())
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}/follow-ups/")
    page.locator(f"#follow-up-{follow_up.pk}").get_by_role("button", name="Draft it").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank-you note for Northwind Analytics")
    expect(page.get_by_role("status").filter(has_text="Your draft is ready")).to_be_visible()
    editor = page.locator("#editor")
    body = editor.get_by_label("Body")
    assert body.input_value().startswith("Dear Priya,")
    assert axe_violations(page) == []

    # The preview beside the editor follows the typing; what goes out is still the saved text, and the page says so.
    body.press("Control+End")
    body.type("\n\nSee you at the **meetup** in March.")
    expect(page.locator("#draft-preview")).to_contain_text("See you at the meetup in March.")
    expect(page.locator("#draft-preview strong")).to_have_text("meetup")
    expect(page.locator("#send-unsaved")).to_contain_text("You have changes that are not saved yet")
    # Copying now says, as it copies, that it is the saved text (a screen reader user was not told).
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    copy_body = page.get_by_role("button", name="Copy body")
    assert copy_body.get_attribute("aria-describedby") == "send-unsaved"
    copy_body.click()
    expect(page.locator("#copy-status")).to_have_text(
        "Copied the body. It is the saved text: your changes since are not in it. Save the draft first."
    )
    box, preview = editor.bounding_box(), page.locator("#draft-preview").bounding_box()
    assert preview["x"] > box["x"] + box["width"] - 1  # beside it, not below
    assert abs(preview["y"] - box["y"]) < 80
    editor.get_by_label("Subject").fill("Thank you, and let's stay in touch")
    expect(page.locator("#draft-preview .preview-subject")).to_have_text("Thank you, and let's stay in touch")
    assert axe_violations(page) == []

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_role("status").filter(has_text="Draft saved.")).to_be_visible()
    expect(page.locator("#send-unsaved")).to_be_empty()
    page.get_by_role("button", name="Copy body").click()
    expect(page.locator("#copy-status")).to_have_text("Copied the body.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Dear Priya,") and copied.endswith("Alex Morgan\n\nSee you at the meetup in March.")
    mailto = page.get_by_role("link", name="Open in your mail app").get_attribute("href")
    assert mailto.startswith("mailto:priya.lee@example.com?subject=Thank%20you%2C%20and%20let%27s%20stay")
    assert "%0D%0A" in mailto
    with page.expect_download() as download:
        page.get_by_role("link", name="Download .eml").click()
    assert download.value.suggested_filename == "thank-you-northwind-analytics.eml"

    page.get_by_role("button", name="I sent it — mark done").click()
    expect(page.get_by_role("status")).to_contain_text("sent and done")
    follow_up = FollowUp.objects.select_related("draft").get(pk=follow_up.pk)
    assert follow_up.done_at is not None
    assert follow_up.draft.subject == "Thank you, and let's stay in touch"
    assert follow_up.draft.body.endswith("See you at the **meetup** in March.")
    assert follow_up.draft.sent_at is not None
    assert csp_errors == []


def test_edit_a_linkedin_note_with_a_live_count(live_server, page, context, declined, csp_errors):
    follow_up = FollowUpFactory(offer=declined, kind="linkedin", due_on=timezone.localdate())
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}/follow-ups/{follow_up.pk}/draft/")
    expect(page.get_by_label("Template")).to_have_value(str(EmailTemplate.objects.get(slug="linkedin-note").pk))
    expect(page.locator("#template-preview .preview-subject")).to_have_count(0)
    page.get_by_role("button", name="Use this template").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("LinkedIn note for Northwind Analytics")
    expect(page.locator("#editor").get_by_label("Subject")).to_have_count(0)  # a connection note has none
    note = page.locator("#editor").get_by_label("Note")
    count = page.locator("#note-count")
    start = len(note.input_value().strip())
    expect(count).to_have_text(f"{start} of 300 characters")
    assert axe_violations(page) == []

    # The count follows every key, before the preview has answered.
    note.fill("Hi Priya, lovely to meet you.")
    expect(count).to_have_text("29 of 300 characters")
    # Past the limit it says by how much, and the checklist agrees once the preview is back.
    long_note = "Hi Priya, " + "thank you again for your time. " * 10
    note.fill(long_note)
    over = len(long_note.strip()) - 300
    expect(count).to_have_text(f"{len(long_note.strip())} of 300 characters — {over} too many")
    expect(count).to_have_class("note-count is-over")
    expect(page.locator("#draft-checklist")).to_contain_text("LinkedIn allows 300; cut it down.")
    # A tag counts as the name it fills in: the page learns that from the preview.
    note.fill("Hi {{ contact_first_name }}")
    expect(count).to_have_text("8 of 300 characters")
    note.press("End")
    note.type("!")
    expect(count).to_have_text("9 of 300 characters")
    expect(page.locator("#note-count-status")).to_have_text("9 of 300 characters")
    assert axe_violations(page) == []

    note.fill("Hi {{ contact_first_name }}, thank you again for your time. Let's stay in touch.")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_role("status").filter(has_text="Draft saved.")).to_be_visible()
    saved = "Hi Priya, thank you again for your time. Let's stay in touch."
    expect(count).to_have_text(f"{len(saved)} of 300 characters")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.get_by_role("button", name="Copy the note").click()
    expect(page.locator("#copy-status")).to_have_text("Copied the note.")
    assert (
        page.evaluate("navigator.clipboard.readText()")
        == "Hi Priya, thank you again for your time. Let's stay in touch."
    )
    assert page.get_by_role("link", name="Open LinkedIn").get_attribute("href") == "https://www.linkedin.com/"
    expect(page.get_by_role("link", name="Open in your mail app")).to_have_count(0)
    assert csp_errors == []


def test_the_note_count_works_without_javascript(live_server, browser, declined):
    follow_up = FollowUpFactory(offer=declined, kind="linkedin", due_on=timezone.localdate())
    draft_create(
        offer=declined,
        template=EmailTemplate.objects.get(slug="linkedin-note"),
        user=declined.owner,
        follow_up=follow_up,
    )
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}/follow-ups/{follow_up.pk}/draft/")
    page.locator("#editor").get_by_label("Note").fill("Hi Priya, lovely to meet you.")
    page.get_by_role("button", name="Preview", exact=True).click()
    expect(page.locator("#note-count")).to_have_text("29 of 300 characters")
    expect(page.locator("#draft-preview")).to_contain_text("Hi Priya, lovely to meet you.")
    expect(page.locator("#editor").get_by_label("Note")).to_have_value("Hi Priya, lovely to meet you.")
    context.close()


def test_draft_an_answer_on_demand(live_server, page, declined, csp_errors):
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}{declined.get_absolute_url()}")
    answers = page.get_by_role("region", name="Be ready for their questions")
    # Closed at first, and empty: opening the panel fetches the list.
    expect(answers.locator(".answers-list")).to_have_count(0)
    with page.expect_response(lambda response: response.url.endswith(f"/offers/{declined.pk}/answers/")):
        answers.get_by_text("Show the answers", exact=True).click()
    answers.get_by_role("button", name="can we change your mind?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Answer to a question for Northwind Analytics")
    expect(page.get_by_text("Written from “Answer — can we change your mind?”", exact=True)).to_be_visible()
    assert "Northwind Analytics" in page.locator("#editor").get_by_label("Body").input_value()
    page.get_by_role("link", name="Northwind Analytics").click()
    answers.get_by_text("Show the answers", exact=True).click()
    expect(answers.get_by_role("link", name="can we change your mind?")).to_be_visible()
    assert csp_errors == []


@pytest.mark.parametrize("size", SIZES)
def test_the_editor_of_every_kind_passes_axe_and_fits(live_server, page, owner, declined, size, csp_errors):
    flow = OfferFactory(owner=owner, company="Contoso", flow_step=4)
    ReflectionFactory(offer=flow)
    template = EmailTemplate.objects.get
    draft_create(offer=flow, template=template(slug="decline-another-offer-warm"), user=owner)
    urls = {"decline": f"/offers/{flow.pk}/decline/4/"}
    for kind, slug, follow_up_kind in [
        ("thank_you", "thank-you-after-declining", "thank_you"),
        ("linkedin_note", "linkedin-note", "linkedin"),
        ("check_in", "check-in-3-months", "check_in"),
        ("answer", "answer-why-decline", None),
    ]:
        follow_up = FollowUpFactory(offer=declined, kind=follow_up_kind) if follow_up_kind else None
        draft = draft_create(offer=declined, template=template(slug=slug), user=owner, follow_up=follow_up)
        urls[kind] = draft.get_absolute_url()
    urls["chooser"] = f"/follow-ups/{FollowUpFactory(offer=declined, kind='check_in').pk}/draft/"
    page.set_viewport_size({"width": size[0], "height": size[1]})
    log_in(page, live_server, "writer")
    for kind, url in urls.items():
        page.goto(f"{live_server.url}{url}")
        expect(page.locator("main h1")).to_be_visible()
        assert no_horizontal_scroll(page), kind
        assert axe_violations(page) == [], kind
    assert csp_errors == []


def test_leaving_the_editor_with_unsaved_text_asks_first(live_server, page, declined):
    thank_you = EmailTemplate.objects.get(slug="thank-you-after-declining")
    draft = draft_create(offer=declined, template=thank_you, user=declined.owner)
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}{draft.get_absolute_url()}")
    body = page.locator("#editor").get_by_label("Body")
    body.fill("Dear Priya,\n\nThank you again for your time last week.")

    # A link away with the text not saved: the browser asks, and staying keeps every word.
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    page.get_by_role("link", name="Dashboard").first.click()
    page.wait_for_timeout(300)
    assert asked == ["beforeunload"]
    assert body.input_value() == "Dear Priya,\n\nThank you again for your time last week."

    # Sent back with an error, the text is still not saved: leaving asks too.
    body.fill("")
    page.locator("#editor").get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("The email is empty").first).to_be_visible()
    page.once("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    page.get_by_role("link", name="Dashboard").first.click()
    page.wait_for_timeout(300)
    assert asked == ["beforeunload", "beforeunload"]

    # Saved, it leaves without a question.
    body.fill("Dear Priya,\n\nThank you again for your time last week.")
    page.locator("#editor").get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Draft saved.")).to_be_visible()
    page.on("dialog", lambda dialog: asked.append(dialog.type))
    page.get_by_role("link", name="Dashboard").first.click()
    expect(page.get_by_role("heading", name="Your offers")).to_be_visible()
    assert asked == ["beforeunload", "beforeunload"]


def test_starting_again_from_another_template_keeps_what_was_typed(live_server, page, declined, csp_errors):
    follow_up = FollowUpFactory(offer=declined, kind="check_in", due_on=timezone.localdate())
    three, six = (EmailTemplate.objects.get(slug=f"check-in-{months}-months") for months in (3, 6))
    first = draft_create(offer=declined, template=three, user=declined.owner, follow_up=follow_up)
    other = six
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}/drafts/{first.pk}/")
    body = page.locator("#editor").get_by_label("Body")
    body.fill(body.input_value() + "\n\nOne more line, typed and not saved.")
    page.get_by_text("Start again from another template").click()
    page.get_by_label("Template").select_option(str(other.pk))
    # Choosing is not leaving: the editor's form goes with the choice, so no "leave the page?" question either.
    page.on("dialog", lambda dialog: pytest.fail(f"asked before leaving: {dialog.message}"))
    page.get_by_role("button", name="Use this template").click()

    expect(page.get_by_role("status").first).to_contain_text("What you had typed is saved in the draft before it.")
    newest = declined.drafts.order_by("-pk").first()
    assert newest.template == other and newest.pk != first.pk
    first.refresh_from_db()
    assert first.body.endswith("One more line, typed and not saved.")
    assert csp_errors == []

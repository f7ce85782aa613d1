"""The template editor in a real browser: live preview, tag insertion, stale tabs."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from declines.models import EmailTemplate
from tests.browser.conftest import SIZES, axe_violations, log_in, no_horizontal_scroll
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def writer(transactional_db):
    call_command("load_starter_library", verbosity=0)
    return UserFactory(username="writer")


def test_duplicate_a_builtin_then_edit_it_with_the_live_preview(live_server, page, writer):
    log_in(page, live_server, "writer")
    page.get_by_role("link", name="Templates").click()
    page.get_by_role("link", name="Decline — compensation (warm)").click()
    page.get_by_role("button", name="Duplicate to edit").click()
    expect(page.get_by_role("heading", name="Edit “Decline — compensation (warm) (copy)”")).to_be_visible()
    assert axe_violations(page) == []

    body = page.get_by_label("Body*")
    body.fill("{{ greeting }}\n\nThank you, **{{ company }}**.\n\n")
    preview = page.locator("#preview")
    # The preview follows the typing without a page load.
    expect(preview).to_contain_text("Thank you, Northwind Analytics.")
    expect(preview.locator("strong")).to_have_text("Northwind Analytics")

    # Insert puts a tag at the cursor and the preview picks it up.
    body.press("End")
    page.get_by_role("button", name="Insert signature").click()
    assert body.input_value().endswith("{{ signature }}")
    expect(preview).to_contain_text("Alex Morgan")

    # The preview is written for the reason and tone being chosen.
    body.fill("{{ greeting }}\n\n{{ reason_sentence }}\n\n{{ sign_off }}")
    expect(preview).to_contain_text("Dear Priya,")
    expect(preview).to_contain_text("package")
    page.get_by_label("Reason it suits").select_option("location")
    page.get_by_label("Tone").select_option("formal")
    expect(preview).to_contain_text("Dear Ms Raman,")
    expect(preview).to_contain_text("location")
    expect(preview).to_contain_text("Kind regards,")

    # A bad tag is reported in the preview while typing.
    body.fill("Hello {{ compnay }}")
    expect(preview).to_contain_text("did you mean {{ company }}?")

    body.fill("{{ greeting }}\n\nThank you for everything, {{ company }}.\n\n{{ signature }}")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("Saved")
    mine = EmailTemplate.objects.get(owner=writer)
    assert mine.body == "{{ greeting }}\n\nThank you for everything, {{ company }}.\n\n{{ signature }}"
    assert mine.revisions.count() == 2


@pytest.mark.parametrize("size", SIZES)
def test_editor_fits_the_screen(live_server, page, writer, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}/templates/new/")
    expect(page.get_by_role("heading", name="New template")).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    page.goto(f"{live_server.url}/templates/")
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []


def test_two_tabs_editing_one_template_never_lose_a_word(live_server, browser, writer):
    first = browser.new_context().new_page()
    second = browser.new_context().new_page()
    for page in (first, second):
        log_in(page, live_server, "writer")
    page = first
    page.goto(f"{live_server.url}/templates/new/")
    page.get_by_label("Name*").fill("Shared note")
    page.get_by_label("Body*").fill("Original text.")
    page.get_by_role("button", name="Save").click()
    template = EmailTemplate.objects.get(owner=writer, name="Shared note")
    edit_url = f"{live_server.url}/templates/{template.pk}/edit/"

    first.goto(edit_url)
    second.goto(edit_url)
    first.get_by_label("Body*").fill("Text from the first tab.")
    first.get_by_role("button", name="Save").click()
    expect(first.get_by_role("status")).to_contain_text("Saved")

    second.get_by_label("Body*").fill("Text from the second tab.")
    second.get_by_role("button", name="Save").click()
    conflict = second.get_by_role("alert")
    expect(conflict).to_contain_text("saved somewhere else after you opened it")
    expect(conflict.locator(".conflict-mine")).to_have_text("Text from the second tab.")
    expect(conflict.locator(".conflict-saved")).to_have_text("Text from the first tab.")
    template.refresh_from_db()
    assert template.body == "Text from the first tab."

    second.get_by_role("button", name="Keep my text").click()
    expect(second.get_by_role("status")).to_contain_text("Saved")
    template.refresh_from_db()
    assert template.body == "Text from the second tab."
    assert list(template.revisions.order_by("number").values_list("body", flat=True)) == [
        "Original text.",
        "Text from the first tab.",
        "Text from the second tab.",
    ]


def test_the_preview_button_works_without_javascript(live_server, browser, writer):
    page = browser.new_context(java_script_enabled=False).new_page()
    log_in(page, live_server, "writer")
    page.goto(f"{live_server.url}/templates/new/")
    page.get_by_label("Name*").fill("No script")
    page.get_by_label("Subject").fill("About the {{ role }} offer")
    page.get_by_label("Body*").fill("Dear {{ contact_first_name }},\n\nThank you.")
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#preview")).to_contain_text("Dear Priya,")
    expect(page.locator("#preview")).to_contain_text("About the Senior Data Engineer offer")
    assert page.get_by_label("Name*").input_value() == "No script"
    assert not EmailTemplate.objects.filter(owner=writer).exists()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="No script")).to_be_visible()

"""A new user's first minute, in a real browser."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SIZES, axe_violations, no_horizontal_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_up_lands_on_an_empty_dashboard(live_server, page):
    csp_errors = []
    page.on("console", lambda msg: csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.goto(f"{live_server.url}/signup/")
    assert axe_violations(page) == []
    page.get_by_label("Username").fill("newperson")
    page.get_by_label("Full name").fill("Sam Rivera")
    page.get_by_label("Email").fill("sam@example.com")
    page.get_by_label("Password*", exact=True).fill("a-long-and-unusual-passphrase")
    page.get_by_label("Password confirmation").fill("a-long-and-unusual-passphrase")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Your offers")).to_be_visible()
    expect(page.get_by_text("No offers yet")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Your account is ready")
    # The first Tab on a page reaches the skip link, which moves focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    assert axe_violations(page) == []
    assert csp_errors == []


@pytest.mark.parametrize("size", SIZES)
def test_log_in_page_fits_the_screen(live_server, page, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{live_server.url}/accounts/login/")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []


def test_the_accessibility_check_does_find_violations(live_server, page):
    # Guards the check itself: a page with a known fault must be reported.
    page.goto(f"{live_server.url}/accounts/login/")
    page.evaluate("() => { const i = document.createElement('img'); i.src = 'x.png'; document.body.append(i); }")
    assert "image-alt" in [v["id"] for v in axe_violations(page)]


def test_the_accessibility_check_finds_a_fault_only_the_dark_mode_has(live_server, page):
    # The dark mode is read for colours alone: a text that is faint only there must still be reported, in that mode.
    page.goto(f"{live_server.url}/accounts/login/")
    page.evaluate(
        """() => {
            const p = document.createElement('p');
            p.id = 'faint';
            p.textContent = 'Faint in the dark';
            document.querySelector('main').append(p);
            const rule = () => {
                const dark = document.documentElement.dataset.bsTheme === 'dark';
                p.style.color = dark ? '#2a2f36' : '';
            };
            new MutationObserver(rule).observe(document.documentElement, {attributes: true});
            rule();
        }"""
    )
    found = [(v["id"], v["mode"]) for v in axe_violations(page)]
    assert found == [("color-contrast", "dark")]

"""Browser tests: Playwright driving Debian's Chromium against the live server.

Outside CI a machine without Chromium skips these tests; in CI a missing
browser fails the run, so a green CI always means the journeys really ran.
"""

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PASSWORD = "correct horse battery staple"  # UserFactory's
# The two screens every layout sweep is run at. The phone's run is marked slow: CI runs it, and `make test` leaves it
# out so that it stays under four minutes on two cores (the desktop's run of each sweep still drives every page).
SIZES = [
    pytest.param((1280, 800), id="desktop"),
    pytest.param((390, 844), id="phone", marks=pytest.mark.slow),
]

# `make test` runs these beside the rest of the suite, on two cores: a form sent and the page that comes back
# can take longer than Playwright's five seconds there (seen once, accepting a suggestion), never wrongly.
expect.set_options(timeout=15_000)
AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe-core" / "axe.min.js"
# The axe rules that read the colours on the page: text against its background, a link against the text around it.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists() or os.environ.get("CI"):
        return
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}"))


@pytest.fixture(scope="session", autouse=True)
def _chromium_must_exist_in_ci():
    if os.environ.get("CI") and not Path(CHROMIUM).exists():
        pytest.fail(f"CI needs Chromium at {CHROMIUM} for the browser tests (apt-get install chromium).")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS, "headless": True}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 800}}


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page in the light colour mode and then the dark one, and
    return the violations of both, each described briefly with the mode it was in.

    Every rule is run in the light mode; in the dark one, the rules that read colours
    (`COLOUR_RULES`), the only ones whose answer the mode can change.
    The page is left in the mode it was in before."""
    was_dark = page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches")
    # Evaluated through the DevTools protocol, so the page's strict CSP stays on.
    page.evaluate(AXE.read_text())
    violations = []
    try:
        for scheme in ("light", "dark"):
            # Reduced motion turns off Bootstrap's colour transitions, which axe would catch halfway.
            page.emulate_media(color_scheme=scheme, reduced_motion="reduce")
            # js/theme.js follows the change in a task of its own: until it has, Bootstrap's variables
            # for the other mode are in force, and axe would judge a page no one ever sees.
            page.wait_for_function("s => (document.documentElement.dataset.bsTheme || s) === s", arg=scheme)
            options = {"resultTypes": ["violations"]}
            if scheme == "dark":
                options["runOnly"] = {"type": "rule", "values": COLOUR_RULES}
            result = page.evaluate("async options => await axe.run(document, options)", options)
            violations += [
                {"id": v["id"], "impact": v["impact"], "mode": scheme, "targets": [n["target"] for n in v["nodes"]][:3]}
                for v in result["violations"]
            ]
    finally:
        page.emulate_media(color_scheme="dark" if was_dark else "light", reduced_motion="no-preference")
    return violations


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def log_in(page, live_server, username: str, password: str = PASSWORD) -> None:
    """Log in through the form, as a person would, and land on the dashboard."""
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your offers")).to_be_visible()

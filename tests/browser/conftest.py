"""Browser tests: Playwright driving Debian's Chromium against the live server.

Outside CI a machine without Chromium skips these tests; in CI a missing
browser fails the run, so a green CI always means the journeys really ran.
"""

import os
import shutil
from pathlib import Path

import pytest

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
AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe-core" / "axe.min.js"


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
    """Run axe-core on the page and return its violations, described briefly."""
    # Evaluated through the DevTools protocol, so the page's strict CSP stays on.
    page.evaluate(AXE.read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "targets": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
    ]


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")

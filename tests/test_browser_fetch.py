"""The Add page's link field and the Sources page in a real browser: a link to a page of the local HTTP server is
fetched, its rows shown in the editable preview, saved on confirmation; screenshots at desktop and phone width."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_browser import SHOTS, _settle, launched_chromium, running_dashboard
from tests.test_fetch import start_server
from tests.test_watch import FEEDS
from tracker.fetch import ALLOW_PRIVATE_ENV
from tracker.store import Store

DESKTOP = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def web():
    server, httpd = start_server()
    yield server
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def dashboard(web, tmp_path_factory):
    """The dashboard on a store that one watch run filled, allowed to fetch from the local test server."""
    folder = tmp_path_factory.mktemp("browser_fetch")
    db, feeds = folder / "store.duckdb", folder / "feeds.toml"
    feeds.write_text(FEEDS.replace("{base}", web.base), encoding="utf-8")
    subprocess.run(
        [str(Path(sys.executable).with_name("aid-tracker")), "watch", "--once", "--allow-private-addresses", "--feeds", str(feeds),
         "--db", str(db), "--timeout", "1", "--pause", "0"],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    with running_dashboard(folder, {"AID_TRACKER_DB": str(db), ALLOW_PRIVATE_ENV: "1"}) as url:
        yield url, db


@pytest.fixture(scope="module")
def browser():
    with launched_chromium() as launched:
        yield launched


def _shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _preview_link(page, url: str, link: str) -> None:
    page.goto(f"{url}/add")
    _settle(page)
    field = page.locator(".st-key-link input")
    field.fill(link)
    field.press("Enter")
    _settle(page)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_pasted_link_is_fetched_previewed_and_saved(dashboard, web, browser, viewport):
    url, db = dashboard
    link = f"{web.base}/sv/mines.txt" if viewport is PHONE else f"{web.base}/moved/boats"  # pages no feed lists
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    try:
        before = len(Store(db).commitments())
        _preview_link(page, url, link)
        assert page.get_by_text("commitments found").is_visible()
        assert page.locator("[data-testid='stDataFrame']").count() == 1  # the editable preview
        assert len(Store(db).commitments()) == before  # previewed, not saved
        page.locator(".st-key-save").scroll_into_view_if_needed()  # a phone's screen holds the form or the preview
        _shot(page, f"add_link_preview_{'phone' if viewport is PHONE else 'desktop'}")
        page.locator(".st-key-save button").click()
        _settle(page)
        assert page.get_by_text("commitments added").is_visible()
        rows = Store(db).commitments()
        assert len(rows) > before and link in set(rows["source"])  # the row's source is the link
    finally:
        context.close()


def test_a_link_that_fails_shows_its_reason(dashboard, web, browser):
    url, _ = dashboard
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    try:
        _preview_link(page, url, f"{web.base}/releases/missing.html")
        assert page.get_by_text("not found (HTTP 404)").is_visible()
        _preview_link(page, url, "file:///etc/passwd")
        assert page.get_by_text("unsupported scheme").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_sources_page_lists_the_feeds(dashboard, browser, viewport):
    url, _ = dashboard
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    try:
        page.goto(f"{url}/sources")
        _settle(page)
        page.wait_for_selector(".st-key-runs [data-testid='stDataFrame']", timeout=30_000)
        _shot(page, f"sources_{'phone' if viewport is PHONE else 'desktop'}")
        assert page.get_by_role("heading", name="Sources").first.is_visible()
        assert page.locator(".st-key-feeds [data-testid='stDataFrame']").is_visible()
    finally:
        context.close()

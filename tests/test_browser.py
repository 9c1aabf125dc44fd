"""The dashboard in a real browser (Debian's chromium driven by Playwright), with a screenshot per test."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tracker.store import Store

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "screenshots"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"

playwright = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail("CI must install Debian's chromium for the browser tests", pytrace=False)
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "store.duckdb"
    port = _free_port()
    env = {**os.environ, "AID_TRACKER_DB": str(db)}
    log = (folder / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        process.terminate()
        pytest.fail("the dashboard did not start:\n" + (folder / "server.log").read_text())
    yield url, db
    process.terminate()
    process.wait(20)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run"],
        )  # fmt: skip
        yield launched
        launched.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    opened = context.new_page()
    yield opened
    SHOTS.mkdir(exist_ok=True)
    opened.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def _settle(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=90_000)
    page.wait_for_timeout(700)


def test_loads_and_draws_charts(server, page):
    url, _ = server
    page.goto(url)
    _settle(page)
    assert page.get_by_text("Aid to Ukraine: commitments").is_visible()
    page.wait_for_selector(".stPlotlyChart .trace", timeout=30_000)
    assert page.locator(".stPlotlyChart .trace").count() >= 3
    assert page.locator(".stPlotlyChart .xtick").count() > 0


def test_donor_filter_changes_chart_and_url_and_reload_restores_it(server, page):
    url, _ = server
    page.goto(url)
    _settle(page)
    page.wait_for_selector(".stPlotlyChart .xtick", timeout=30_000)
    before = page.locator(".stPlotlyChart").first.locator(".ytick").count()
    donor = page.locator(".st-key-donor input")
    donor.click()
    donor.fill("Germany")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    _settle(page)
    assert "donor=DEU" in page.url
    ticks = page.locator(".stPlotlyChart").first.locator(".ytick").all_text_contents()
    assert ticks == ["Germany"] and before > 1
    page.goto(page.url)
    _settle(page)
    page.wait_for_selector(".stPlotlyChart .xtick", timeout=30_000)
    assert "Germany" in page.locator(".st-key-donor").inner_text()
    assert page.locator(".stPlotlyChart").first.locator(".ytick").all_text_contents() == ["Germany"]


def test_csv_download_arrives_with_the_right_content(server, page):
    url, _ = server
    page.goto(url)
    _settle(page)
    with page.expect_download(timeout=30_000) as download_info:
        page.locator(".st-key-download_rows button").click()
    content = Path(download_info.value.path()).read_text(encoding="utf-8")
    lines = content.splitlines()
    assert lines[0].startswith("id,document_id,donor,donor_name")
    assert len(lines) == 1 + len(Store(server[1]).commitments())
    assert "Patriot" in content


def test_upload_of_a_bad_file_shows_its_error(server, page, tmp_path):
    url, _ = server
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    page.goto(f"{url}/add")
    _settle(page)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(bad))
    _settle(page)
    assert page.get_by_text("broken.pdf: not a readable PDF").is_visible()


def test_upload_of_a_good_file_adds_rows_after_confirmation(server, page, tmp_path):
    url, db = server
    good = tmp_path / "release.txt"
    good.write_text("Sweden will donate 10 CV90 infantry fighting vehicles to Ukraine.", encoding="utf-8")
    before = len(Store(db).commitments())
    page.goto(f"{url}/add")
    _settle(page)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(good))
    _settle(page)
    assert page.get_by_text("1 commitments found").is_visible()
    assert len(Store(db).commitments()) == before  # previewed, not saved
    page.locator(".st-key-save button").click()
    _settle(page)
    assert page.get_by_text("Saved: 1 commitments added.").is_visible()
    assert len(Store(db).commitments()) == before + 1


def test_narrow_window(server, browser):
    url, _ = server
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(url)
    _settle(page)
    page.wait_for_selector(".stPlotlyChart .trace", timeout=30_000)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "narrow.png"), full_page=True)
    widths = page.locator(".stPlotlyChart").evaluate_all("nodes => nodes.map(n => n.getBoundingClientRect().width)")
    assert widths and all(0 < width <= 390 for width in widths)
    context.close()

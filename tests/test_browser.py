"""The dashboard in a real browser (Debian's chromium driven by Playwright), with a screenshot per test."""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tracker import palette
from tracker.store import Store
from tracker.summaries import export_rows, filter_commitments, to_csv_bytes, totals

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "screenshots"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
START_TRIES = 120  # half-second looks at the dashboard's health before giving up

playwright = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail("CI must install Debian's chromium for the browser tests", pytrace=False)
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_dashboard(folder: Path, env: dict[str, str]) -> Iterator[str]:
    """A dashboard server on a free port of 127.0.0.1, with `env` added to this process's: its URL while in use."""
    port = _free_port()
    with (folder / "server.log").open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            for _ in range(START_TRIES):
                try:
                    if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                        break
                except OSError:
                    time.sleep(0.5)
            else:
                pytest.fail("the dashboard did not start:\n" + (folder / "server.log").read_text())
            yield url
        finally:
            process.terminate()
            process.wait(20)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "store.duckdb"
    with running_dashboard(folder, {"AID_TRACKER_DB": str(db)}) as url:
        yield url, db


@contextmanager
def launched_chromium() -> Iterator[object]:
    """Debian's chromium under Playwright, with what would reach the network switched off."""
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run"],
        )  # fmt: skip
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def browser():
    with launched_chromium() as launched:
        yield launched


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
    _choose_donor(page, "Germany")
    assert "donor=DEU" in page.url
    ticks = page.locator(".stPlotlyChart").first.locator(".ytick").all_text_contents()
    assert ticks == ["Germany"] and before > 1
    page.goto(page.url)
    _settle(page)
    page.wait_for_selector(".stPlotlyChart .xtick", timeout=30_000)
    assert "Germany" in page.locator(".st-key-donor").inner_text()
    assert page.locator(".stPlotlyChart").first.locator(".ytick").all_text_contents() == ["Germany"]


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


DOWNLOADS = {"download_rows": None, "download_donor": "donor", "download_category": "category", "download_donor_category": "donor,category"}
SI_OR_TIME = re.compile(r"\d[kMGTB]\b|\d:\d\d|\d{2}:\d{2}")


def _downloads(page) -> dict[str, bytes]:
    """Every file the overview offers, downloaded through its button."""
    files = {}
    for key in DOWNLOADS:
        with page.expect_download(timeout=30_000) as info:
            page.locator(f".st-key-{key} button").click()
        files[key] = Path(info.value.path()).read_bytes()
    return files


def _expected(db: Path, donors: list[str]) -> dict[str, bytes]:
    """What each file must hold: the library's rows and totals for these donors, and nothing else."""
    table = Store(db).commitments()
    files = {"download_rows": to_csv_bytes(export_rows(filter_commitments(table, donors=donors)))}
    counted = filter_commitments(table, donors=donors, counted_only=True)
    for key, by in DOWNLOADS.items():
        if by:
            files[key] = to_csv_bytes(totals(counted, by))
    return files


def _check_downloads_hold_only(page, db: Path, donor: str) -> None:
    files = _downloads(page)
    assert files == _expected(db, [donor])
    rows = list(csv.DictReader(io.StringIO(files["download_rows"].decode())))
    assert rows and {row["donor"] for row in rows} == {donor}
    header = files["download_donor"].decode().splitlines()[0]
    assert header == "donor,donor_name,eur_proposed,eur_committed,eur_allocated,eur_delivered,commitments"


def test_sidebar_filter_downloads_hold_only_that_donor(server, page):
    url, db = server
    page.goto(url)
    _settle(page)
    _choose_donor(page, "Netherlands")
    assert "donor=NLD" in page.url
    _check_downloads_hold_only(page, db, "NLD")


def test_a_link_with_codes_or_names_in_any_case_filters_and_drops_unknown_keys(server, page):
    url, db = server
    page.goto(f"{url}/?donor=nld&measure=eur&colour=red&category=Military%20(unspecified)")
    _settle(page)
    assert "colour=" not in page.url and "donor=NLD" in page.url and "measure=eur" in page.url
    assert "category=military_unspecified" in page.url
    page.wait_for_selector(".stPlotlyChart .ytick", timeout=30_000)
    assert "Netherlands" in page.locator(".st-key-donor").inner_text()
    assert page.locator(".stPlotlyChart").first.locator(".ytick").all_text_contents() == ["Netherlands"]
    _check_downloads_hold_only(page, db, "NLD")
    page.goto(f"{url}/?donor=Netherlands&measure=commitments")
    _settle(page)
    assert "donor=NLD" in page.url and "measure=commitments" in page.url
    assert page.locator(".st-key-measure").inner_text().count("Commitments") == 1


CHARTS_ON_THE_PAGE = 3  # by donor, by category, over time
ALL_CHARTS_DRAWN = """(count) => {
    const charts = [...document.querySelectorAll('.stPlotlyChart')];
    return charts.length >= count && charts.every((chart) => chart.querySelector('.trace'));
}"""


def _chart_texts(page) -> list[str]:
    return page.locator(".stPlotlyChart .xtick, .stPlotlyChart .ytick, .stPlotlyChart .legendtext").all_text_contents()


def _hover_texts(page) -> list[str]:
    """Hover the first bar of every chart and read what plotly shows."""
    texts = []
    charts = page.locator(".stPlotlyChart")
    for number in range(charts.count()):
        bar = charts.nth(number).locator(".trace.bars .point path").first
        bar.hover(force=True)
        page.wait_for_timeout(300)
        texts.append(" ".join(charts.nth(number).locator(".hoverlayer").all_text_contents()))
    return texts


@pytest.mark.parametrize("measure", ["eur", "commitments"])
def test_ticks_legends_and_hovers_read_as_people_write(server, page, measure):
    url, _ = server
    page.goto(f"{url}/?measure={measure}")
    _settle(page)
    # Every chart drawn, not only the first: on a loaded machine the legend and the timeline come later.
    page.wait_for_function(ALL_CHARTS_DRAWN, arg=CHARTS_ON_THE_PAGE, timeout=30_000)
    texts = _chart_texts(page)
    assert texts and not [t for t in texts if SI_OR_TIME.search(t) or "_" in t]
    assert "Military (unspecified)" in texts and "Apr 2024" in texts
    hovers = _hover_texts(page)
    assert len(hovers) == CHARTS_ON_THE_PAGE and all(hovers), hovers
    assert not [h for h in hovers if SI_OR_TIME.search(h) or "_" in h]
    if measure == "eur":
        assert any("€4.0 bn" in h for h in hovers) and "€4.0 bn" in texts
    table = page.locator(".st-key-pledges").inner_text()
    assert "None" not in table and "<NA>" not in table


def _legend_colours(chart) -> dict[str, str]:
    """Legend entry to its colour, as drawn."""
    colours = {}
    for entry in chart.locator(".legend .traces").all():
        name = entry.locator(".legendtext").text_content()
        colours[name] = entry.locator(".legendpoints path").first.evaluate("node => getComputedStyle(node).fill")
    return colours


def test_a_donor_and_a_category_keep_their_colours(server, page):
    url, db = server
    page.goto(f"{url}/?measure=commitments")
    _settle(page)
    page.wait_for_selector(".stPlotlyChart .legend", timeout=30_000)
    categories, donors = (_legend_colours(page.locator(".stPlotlyChart").nth(n)) for n in (0, 1))
    page.goto(f"{url}/?measure=commitments&donor=NLD&donor=DEU")
    _settle(page)
    filtered_categories, filtered_donors = (_legend_colours(page.locator(".stPlotlyChart").nth(n)) for n in (0, 1))
    assert set(filtered_donors) == {"Germany", "Netherlands"} and len(donors) > 2
    for name, colour in filtered_donors.items():
        assert donors[name] == colour
    for name, colour in filtered_categories.items():
        assert categories[name] == colour
    expected = palette.donor_colours(Store(db).commitments()["donor"].unique())
    assert donors["Germany"] == _rgb(expected["DEU"]) and categories["Air defence"] == _rgb(palette.CATEGORY_COLOURS["air_defence"])
    # The filter chips wear the same colours as the charts.
    chip = page.locator('[data-testid="stMultiSelectTagsContainer"] [data-tag][aria-label="Germany"]').first
    assert chip.evaluate("node => getComputedStyle(node).backgroundColor") == donors["Germany"]


def _rgb(colour: str) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def _choose_donor(page, name: str) -> None:
    """Pick a donor in the sidebar's donor filter, as a user types it."""
    donor = page.locator(".st-key-donor input")
    donor.click()
    donor.fill(name)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    _settle(page)


def _select_first_row(page) -> None:
    grid = page.locator(".st-key-table [data-testid='stDataFrameResizable']")
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the row-selection cell of the first row
    _settle(page)


def test_reject_keeps_the_row_selected_confirms_and_can_be_restored(server, page):
    url, db = server
    page.goto(f"{url}/commitments")
    _settle(page)
    _select_first_row(page)
    evidence = page.locator("[data-testid='stText']").first.inner_text()
    page.locator(".st-key-reject button").click()
    _settle(page)
    page.get_by_text("Saved: rejected").wait_for(timeout=15_000)
    assert page.locator("[data-testid='stText']").first.inner_text() == evidence  # still the row just reviewed
    assert page.locator(".st-key-reject button").is_disabled()  # a second click cannot review another row
    rejected = Store(db).commitments()
    assert (rejected["review"] == "rejected").sum() == 1
    page.locator(".st-key-restore button").click()
    _settle(page)
    page.get_by_text("Saved: to review").wait_for(timeout=15_000)
    assert page.locator("[data-testid='stText']").first.inner_text() == evidence
    assert (Store(db).commitments()["review"] == "rejected").sum() == 0


PAGES = {"overview": "", "commitments": "commitments", "add": "add", "method": "method"}


@pytest.mark.parametrize("width", [1400, 390])
def test_every_page_at_desktop_and_phone_width(server, browser, width):
    url, _ = server
    context = browser.new_context(viewport={"width": width, "height": 2600}, is_mobile=width < 500)  # tall: the app scrolls inside itself
    page = context.new_page()
    SHOTS.mkdir(exist_ok=True)
    for name, path in PAGES.items():
        page.goto(f"{url}/{path}")
        _settle(page)
        if name == "overview":
            page.wait_for_selector(".stPlotlyChart .trace", timeout=30_000)
            widths = page.locator(".stPlotlyChart").evaluate_all("nodes => nodes.map(n => n.getBoundingClientRect().width)")
            assert widths and all(0 < w <= width for w in widths)
            donors = page.locator(".stPlotlyChart").first.locator(".ytick").all_text_contents()
            assert "United States" in donors and "Netherlands" in donors  # names on a horizontal axis, never cropped
            assert page.locator(".st-key-pledges").bounding_box()["width"] <= width
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    context.close()

"""Comparing donors in a real browser: the group filter, the EU switch and the XLSX download (Debian's chromium)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from tests.test_browser import SHOTS, _settle, launched_chromium, running_dashboard
from tracker.documents import Document
from tracker.kiel import read_release
from tracker.store import Store
from tracker.summaries import export_rows, filter_commitments

EXPLORER = """"country","iso","year","month","total","financial","humanitarian","military","commitments","to_be_allocated","gdp","pct_gdp"
"Germany","DEU",2024,1,2,1,0,1,2,0,4000,0.05
"Finland","FIN",2024,1,0.5,0,0,0.5,0.5,0,250,0.2
"Japan","JPN",2024,1,1,1,0,0,1,0,4000,0.025
"EU (Commission and Council)","EU",2024,1,6,6,0,0,6,0,0,0
"""
SHARES = """"country","iso","bilateral_pct_gdp","eu_share_pct_gdp","total_pct_gdp","eu_share_bn"
"Germany","DEU",0.05,0.1,0.15,4
"Finland","FIN",0.2,0.8,1.0,2
"""
RELEASE = """"release","period","date","label"
"3","01/2024","2024-02-20","Ukraine Support Tracker, Release 3 (01/2024)"
"""
HOSTILE_SOURCE = '=HYPERLINK("http://evil.test","x")'
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def compare_server(tmp_path_factory):
    """The dashboard on a store of our own: a small Kiel release with GDP and EU shares, and announcements."""
    folder = tmp_path_factory.mktemp("compare")
    paths = []
    for name, text in (("data_explorer.csv", EXPLORER), ("eu_aid_shares.csv", SHARES), ("release_info.csv", RELEASE)):
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    db = folder / "store.duckdb"
    store = Store(db)
    store.import_kiel(read_release(paths))
    announcements = [
        ("Finland will give EUR 100 million in financial aid to Ukraine.", "finland-2022.txt", dt.date(2022, 6, 1)),
        ("Finland will give EUR 200 million in financial aid to Ukraine.", HOSTILE_SOURCE, dt.date(2024, 6, 1)),
        (
            "Norway will donate 10 CV90 infantry fighting vehicles worth EUR 100 million to Ukraine.",
            "norway-pledge.txt",
            dt.date(2024, 2, 1),
        ),
        ("Norway has delivered 5 CV90 infantry fighting vehicles to Ukraine.", "norway-arrival.txt", dt.date(2024, 8, 1)),
        ("Japan will give EUR 300 million in humanitarian aid to Ukraine.", "japan.txt", dt.date(2024, 6, 2)),
    ]
    for text, source, day in announcements:
        store.ingest(Document(text=text, source=source), published=day)
    with running_dashboard(folder, {"AID_TRACKER_DB": str(db)}) as url:
        yield url, db


@pytest.fixture(scope="module")
def browser():
    with launched_chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 6000}, accept_downloads=True)
    opened = context.new_page()
    yield opened
    SHOTS.mkdir(exist_ok=True)
    opened.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def _open(page, url: str) -> None:
    page.goto(url)
    _settle(page)
    page.wait_for_selector(".stPlotlyChart .trace", timeout=60_000)
    assert page.locator("[data-testid='stException']").count() == 0


def _donor_chart_names(page) -> list[str]:
    return page.locator(".st-key-chart_donor .ytick").all_text_contents()


def _download(page, key: str) -> bytes:
    with page.expect_download(timeout=60_000) as info:
        page.locator(f".st-key-{key} button").click()
    return Path(info.value.path()).read_bytes()


def test_the_group_filter_keeps_members_on_their_dates_and_lives_in_the_url(compare_server, page):
    url, _ = compare_server
    _open(page, url)
    assert {"Japan", "Finland", "Germany"} <= set(_donor_chart_names(page))  # in EUR: Norway gave no amount
    group = page.locator(".st-key-group input")
    group.click()
    group.fill("NATO members")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    _settle(page)
    assert "group=nato" in page.url
    names = _donor_chart_names(page)
    assert "Japan" not in names and {"Finland", "Germany"} <= set(names)
    by_donor = {row["donor"]: row for row in csv.DictReader(io.StringIO(_download(page, "download_donor").decode()))}
    assert "JPN" not in by_donor
    assert float(by_donor["FIN"]["eur_committed"]) == 2e8  # the pledge of June 2022 was no NATO member's
    page.goto(page.url)  # a reload keeps the group
    _settle(page)
    assert "NATO members" in page.locator(".st-key-group").inner_text()


def test_the_eu_switch_adds_the_members_shares_in_columns_of_their_own(compare_server, page):
    url, _ = compare_server
    _open(page, f"{url}/?eu_shares=1")
    assert page.locator(".st-key-eu_shares input").is_checked()
    page.wait_for_selector(".st-key-chart_gdp .trace", timeout=30_000)
    assert "With the EU share (cumulative)" in page.locator(".st-key-chart_gdp").inner_text()
    by_donor = {row["donor"]: row for row in csv.DictReader(io.StringIO(_download(page, "download_donor").decode()))}
    # the EU institutions allocated 6 bn EUR; Germany's share is 4 of 6, Finland's 2 of 6
    assert float(by_donor["DEU"]["eu_share_eur"]) == pytest.approx(4e9) and float(by_donor["FIN"]["eu_share_eur"]) == pytest.approx(2e9)
    assert float(by_donor["DEU"]["eur_allocated"]) == pytest.approx(2e9)  # bilateral aid as it was
    assert float(by_donor["DEU"]["pct_of_gdp"]) == pytest.approx(0.05)
    page.locator(".st-key-eu_shares label").click()
    _settle(page)
    assert "eu_shares" not in page.url
    header = _download(page, "download_donor").decode().splitlines()[0]
    assert "eu_share_eur" not in header and "pct_of_gdp" in header
    _open(page, f"{url}/?eu_shares=1&from=2024-01-01")
    assert page.get_by_text("EU shares are cumulative totals").is_visible()
    assert "eu_share_eur" not in _download(page, "download_donor").decode().splitlines()[0]


def test_the_xlsx_download_holds_what_the_page_shows(compare_server, page):
    url, db = compare_server
    _open(page, f"{url}/?donor=FIN")
    book = openpyxl.load_workbook(io.BytesIO(_download(page, "download_xlsx")))
    assert book.sheetnames[0] == "About" and {"Rows", "By donor", "By group", "Promised and delivered"} <= set(book.sheetnames)
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True) if row[0]}
    assert about["Filters"] == "Donor: Finland (FIN)"
    assert about["Kiel release"] == "Kiel Institute Ukraine Support Tracker, Release 3"
    assert dt.datetime.strptime(about["Written"], "%Y-%m-%d %H:%M UTC").date() >= dt.date.today() - dt.timedelta(days=1)
    sheet = book["Rows"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, [cell.value for cell in row], strict=True)) for row in sheet.iter_rows(min_row=2)]
    expected = export_rows(filter_commitments(Store(db).commitments(), donors=["FIN"]))
    assert header == list(expected.columns) and len(rows) == len(expected)
    assert {row["donor"] for row in rows} == {"FIN"}
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)  # no formulas anywhere
    hostile = next(row for row in rows if row["source"] == HOSTILE_SOURCE)
    assert hostile["amount_eur"] == 2e8 and isinstance(hostile["amount_eur"], int | float)  # a number, not text
    assert hostile["announced_on"] == dt.datetime(2024, 6, 1)
    assert all(value != "None" and value != "<NA>" for row in rows for value in row.values())


def test_promised_and_delivered_on_the_page_and_at_phone_width(compare_server, browser):
    url, _ = compare_server
    for name, viewport in (("desktop", {"width": 1400, "height": 7000}), ("phone", {"width": PHONE["width"], "height": 9000})):
        context = browser.new_context(viewport=viewport, accept_downloads=True)
        page = context.new_page()
        _open(page, f"{url}/?donor=NOR")
        page.wait_for_selector(".st-key-chart_delivered .trace", timeout=30_000)
        assert page.locator(".st-key-chart_delivered .trace").count() == 2
        assert page.locator(".st-key-chart_delivered .point path").count() >= 2  # both bars drawn
        promised = list(csv.DictReader(io.StringIO(_download(page, "download_promised").decode())))
        assert [(row["donor"], row["pledges_committed"], row["pledges_partly_delivered"]) for row in promised] == [("NOR", "1", "1")]
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"compare_overview_{name}.png"), full_page=True)
        context.close()


CRIMEA = [[34.1, 44.95], [33.52, 44.6], [36.47, 45.36]]  # longitude, latitude: Simferopol's plain, Sevastopol, Kerch
ELSEWHERE = [[37.6, 55.75], [13.4, 52.5]]  # Moscow, Berlin
MAP_READY = """() => { const gd = document.querySelector('.st-key-chart_map .js-plotly-plot');
  return gd && gd._fullLayout && gd._fullLayout.geo && gd._fullLayout.geo._subplot
    && typeof gd._fullLayout.geo._subplot.projection === 'function' && gd.querySelectorAll('path.choroplethlocation').length > 1; }"""
# Whether each point, projected as plotly projects it, falls inside the shape plotly drew for Ukraine.
IN_UKRAINE = """(points) => { const gd = document.querySelector('.st-key-chart_map .js-plotly-plot');
  const geo = gd._fullLayout.geo._subplot;
  const ukraine = Array.from(gd.querySelectorAll('path.choroplethlocation')).find(p => p.__data__ && p.__data__.loc === 'UKR');
  return points.map(point => { const [x, y] = geo.projection(point); return ukraine.isPointInFill(new DOMPoint(x, y)); }); }"""


def test_the_map_draws_offline_with_crimea_inside_ukraine(compare_server, page):
    url, _ = compare_server
    outside = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith((url, "data:")) else None)
    _open(page, url)
    page.locator(".st-key-map_shown label").click()
    _settle(page)
    page.locator(".st-key-map_region").get_by_text("Europe").click()
    _settle(page)
    page.locator(".st-key-chart_map").scroll_into_view_if_needed()
    page.wait_for_function(MAP_READY, timeout=30_000)
    assert page.evaluate(IN_UKRAINE, CRIMEA) == [True, True, True]
    assert page.evaluate(IN_UKRAINE, ELSEWHERE) == [False, False]
    assert page.locator(".st-key-chart_map .layer.land path").count() > 0  # the base map came from the shipped file
    assert outside == []  # nothing fetched from the internet (plotly's CDN would be https://cdn.plot.ly/...)
    SHOTS.mkdir(exist_ok=True)
    page.locator(".st-key-chart_map").screenshot(path=str(SHOTS / "compare_map_europe.png"))

"""Reviews in a real browser while the store changes under them: two reviewers of one row, and an ingest between a
selection and a click (issue 12). The dashboard, browser and helpers are those of tests/test_browser.py."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.test_browser import SHOTS, _select_first_row, _settle, browser, server  # noqa: F401 (fixtures)
from tracker.store import Store

LATER = "---\npublished: 2024-06-03\n---\nLuxembourg will deliver 5 Bushmaster armoured vehicles to Ukraine.\n"


def _reviewer(browser):  # noqa: F811 (the fixture imported above)
    """A browser context of its own: another person, with another session."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    return context, context.new_page()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _evidence(page) -> str:
    return page.locator("[data-testid='stText']").first.inner_text()


def _review_of(db: Path, evidence: str) -> str:
    table = Store(db).commitments()
    return str(table.loc[table["evidence"] == evidence, "review"].iloc[0])


def test_two_reviewers_of_one_row_one_is_saved_the_other_is_told(server, browser):  # noqa: F811
    url, db = server
    (first_context, first), (second_context, second) = _reviewer(browser), _reviewer(browser)
    try:
        for page in (first, second):
            page.goto(f"{url}/commitments")
            _settle(page)
            _select_first_row(page)
        evidence = _evidence(first)
        assert _evidence(second) == evidence  # both look at the same row
        first.locator(".st-key-accept button").click()
        _settle(first)
        first.get_by_text("Saved: accepted").wait_for(timeout=15_000)
        second.locator(".st-key-reject button").click()
        _settle(second)
        told = second.locator("[data-testid='stAlertContentError']")
        told.first.wait_for(timeout=15_000)
        assert "changed after you loaded it" in told.first.inner_text()
        assert _review_of(db, evidence) == "accepted"  # the first review stands, the second saved nothing
        _shot(first, "two_reviewers-first")
        _shot(second, "two_reviewers-second")
        second.locator(".st-key-restore button").click()  # after looking again, the second reviewer's click goes in
        _settle(second)
        second.get_by_text("Saved: to review").wait_for(timeout=15_000)
        assert _review_of(db, evidence) == "unreviewed"
    finally:
        first_context.close()
        second_context.close()


def test_an_ingest_between_selecting_and_rejecting_rejects_the_row_selected(server, browser, tmp_path):  # noqa: F811
    url, db = server
    context, page = _reviewer(browser)
    try:
        page.goto(f"{url}/commitments")
        _settle(page)
        _select_first_row(page)  # the newest row, until the ingest below puts a newer one above it
        evidence = _evidence(page)
        rejected_before = (Store(db).commitments()["review"] == "rejected").sum()
        later = tmp_path / "later.txt"
        later.write_text(LATER, encoding="utf-8")
        command = shutil.which("aid-tracker", path=str(Path(sys.executable).parent))
        ingested = subprocess.run([command, "ingest", str(later), "--db", str(db)], capture_output=True, text=True, timeout=300)
        assert ingested.returncode == 0, ingested.stderr
        page.locator(".st-key-reject button").click()
        _settle(page)
        page.get_by_text("Saved: rejected").wait_for(timeout=15_000)
        _shot(page, "ingest_between_select_and_reject")
        table = Store(db).commitments()
        assert _review_of(db, evidence) == "rejected"  # the row the reviewer saw, not the one now under the selection
        assert (table["review"] == "rejected").sum() == rejected_before + 1
        assert (table.loc[table["donor"] == "LUX", "review"] == "unreviewed").all()
        assert _evidence(page) == evidence  # the page stays on the row just reviewed
    finally:
        context.close()

"""A team on one store (issue 15): real `aid-tracker` processes and dashboard servers writing to one database at once.

Every test runs real subprocesses on a real store: two ingests at the same time, an ingest killed mid-batch and run
again, two reviewers of one row on two dashboard servers, and DuckDB's one-writer lock. The announcements are this
file's own sentences, written into a temporary folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.store import DEFAULT_BATCH, DEFAULT_TIMEOUT, StoreError, open_store

AID_TRACKER = shutil.which("aid-tracker", path=str(Path(sys.executable).parent))
INGEST_SECONDS = 300  # an ingest of this file's few hundred short documents takes seconds; this is the give-up time
KILL_DOCUMENTS = 2 * DEFAULT_BATCH + DEFAULT_BATCH // 2  # DuckDB commits a batch at a time: a kill after the first lands mid-ingest
POLL_SECONDS = 0.05  # how often the killed ingest's progress is looked at
BUSY_SLACK = 15.0  # seconds beyond the store's timeout that a refused writer may take (start-up, imports)
FIRST_DAY = dt.date(2024, 1, 8)

# Three sentences a document, each naming a different donor, so every document gives three rows of its own.
TEMPLATES = (
    "Norway will deliver {n} NASAMS launchers to Ukraine.",
    "Finland will send {n} armoured personnel carriers to Ukraine.",
    "Portugal pledged EUR {n} million in military aid to Ukraine.",
    "Canada will donate {n} M777 howitzers to Ukraine.",
    "Ireland announced EUR {n} million in humanitarian aid for Ukraine.",
    "Belgium will provide {n} F-16 fighter jets to Ukraine.",
)
ROWS_PER_DOCUMENT = 3
# A document's count stays below 1900 (a count such as 2011 reads as a year, and its row is dropped) and is its own:
# the document's id is the hash of its text without the front matter (the date alone makes no new document), and a
# sentence of one document is never another's (the review test finds its row by the evidence shown).
FEWEST, COUNT_SPAN = 2, 1_800


def _announcement(number: int) -> str:
    """Document `number`: a dated announcement of three pledges whose counts make its text unlike any other's."""
    published = FIRST_DAY + dt.timedelta(days=number % 700)
    count = FEWEST + number % COUNT_SPAN
    sentences = [TEMPLATES[(number + offset) % len(TEMPLATES)].format(n=count) for offset in range(ROWS_PER_DOCUMENT)]
    return f"---\npublished: {published.isoformat()}\n---\n" + " ".join(sentences) + "\n"


def _write(folder: Path, numbers: range | list[int]) -> Path:
    """The announcements `numbers` as text files in `folder` (made here)."""
    folder.mkdir(parents=True)
    for number in numbers:
        (folder / f"announcement-{number:05d}.txt").write_text(_announcement(number), encoding="utf-8")
    return folder


def _ingest(paths: list[Path], db: str, **popen: object) -> subprocess.Popen:
    """`aid-tracker ingest PATHS --db DB` started in a process of its own."""
    return subprocess.Popen(
        [AID_TRACKER, "ingest", *map(str, paths), "--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen
    )


def _finished(process: subprocess.Popen) -> str:
    """Wait for an ingest; its standard output once it has exited 0."""
    out, err = process.communicate(timeout=INGEST_SECONDS)
    assert process.returncode == 0, f"ingest exited {process.returncode}:\n{err}"
    return out


def _export(db: str) -> list[str]:
    """Every stored row as `aid-tracker export` writes it, sorted (so two stores compare whatever their insert order)."""
    done = subprocess.run([AID_TRACKER, "export", "--db", db], capture_output=True, text=True, timeout=INGEST_SECONDS)
    assert done.returncode == 0, done.stderr
    header, *lines = done.stdout.splitlines()
    return [header, *sorted(lines)]


def _rows_by_document(exported: list[str]) -> dict[str, set[str]]:
    """The ids of the rows of each document in an export."""
    found: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO("\n".join(exported))):
        found.setdefault(row["document_id"], set()).add(row["id"])
    return found


def _document_count(db: str, **options: object) -> int:
    """How many documents the store at `db` holds (the store closed again, so no connection is left open)."""
    store = open_store(db, **options)
    try:
        return store.document_count()
    finally:
        store.close()


@pytest.fixture
def reference(tmp_path: Path):
    """What one ingest alone stores from `folders`: the sorted export of a store of its own."""

    def alone(*folders: Path) -> list[str]:
        db = str(tmp_path / f"reference-{len(list(tmp_path.glob('reference-*')))}.duckdb")
        _finished(_ingest(list(folders), db))
        return _export(db)

    return alone


def test_two_ingests_at_once_of_different_documents_store_every_document_and_row_once(tmp_path, store_target, reference):
    first, second = _write(tmp_path / "first", range(0, 40)), _write(tmp_path / "second", range(40, 80))
    both = [_ingest([first], store_target), _ingest([second], store_target)]
    outputs = [_finished(process) for process in both]
    assert all("40 new, 0 unchanged, 0 failed" in out for out in outputs), outputs
    assert _document_count(store_target) == 80
    stored = _export(store_target)
    assert len(stored) - 1 == 80 * ROWS_PER_DOCUMENT
    assert stored == reference(first, second)  # every row once: a duplicate or a missing row would differ


def test_two_ingests_at_once_sharing_a_document_store_it_once(tmp_path, store_target, reference):
    shared = [40, 41, 42]
    first = _write(tmp_path / "first", [*range(0, 30), *shared])
    second = _write(tmp_path / "second", [*range(50, 80), *shared])
    both = [_ingest([first], store_target), _ingest([second], store_target)]
    outputs = [_finished(process) for process in both]
    new = sum(int(out.split("documents: ")[1].split(" new")[0]) for out in outputs)
    assert new == 63, outputs  # each shared document is new to exactly one of the two
    assert _document_count(store_target) == 63
    stored = _export(store_target)
    assert len(stored) - 1 == 63 * ROWS_PER_DOCUMENT
    assert stored == reference(first, second)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """KILL_DOCUMENTS announcements in a folder, and what one ingest of them alone stores (made once for both backends)."""
    folder = _write(tmp_path_factory.mktemp("many") / "announcements", range(KILL_DOCUMENTS))
    db = str(tmp_path_factory.mktemp("reference") / "reference.duckdb")
    _finished(_ingest([folder], db))
    return folder, _export(db)


def test_an_ingest_killed_mid_batch_keeps_every_finished_document_whole_and_a_rerun_completes_it(store_target, many):
    folder, expected = many
    whole = _rows_by_document(expected)
    running = _ingest([folder], store_target, start_new_session=True)
    try:
        while running.poll() is None and _stored_documents(store_target) == 0:
            time.sleep(POLL_SECONDS)
    finally:
        running.send_signal(signal.SIGKILL)
        running.wait(INGEST_SECONDS)
    assert running.returncode == -signal.SIGKILL, "the ingest finished before it could be killed: give it more documents"
    kept = _rows_by_document(_export(store_target))
    assert 0 < len(kept) < KILL_DOCUMENTS  # killed mid-ingest, after some documents were finished
    assert _document_count(store_target) == len(kept)  # no document stored without its rows
    for document, ids in kept.items():
        assert ids == whole[document], f"document {document} is stored in part"
    again = _finished(_ingest([folder], store_target))
    assert f"{KILL_DOCUMENTS - len(kept)} new, {len(kept)} unchanged, 0 failed" in again
    assert _export(store_target) == expected


def _stored_documents(db: str) -> int:
    """Documents stored so far by a running ingest, or 0 while the store cannot be read yet."""
    try:
        return _document_count(db, read_only=True, timeout=POLL_SECONDS)
    except StoreError:
        return 0


HOLD = "import duckdb, sys, time; connection = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(600)"


def test_a_duckdb_store_held_by_one_writer_refuses_a_second_within_the_timeout(tmp_path):
    db = str(tmp_path / "held.duckdb")
    _finished(_ingest([_write(tmp_path / "before", range(3))], db))
    before = _export(db)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, db], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        refused = _ingest([_write(tmp_path / "later", range(3, 6))], db)
        _, err = refused.communicate(timeout=INGEST_SECONDS)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert refused.returncode != 0
    assert "another aid-tracker process is using the store" in err
    assert "Traceback" not in err
    assert DEFAULT_TIMEOUT <= waited < DEFAULT_TIMEOUT + BUSY_SLACK
    assert _export(db) == before  # nothing stored was lost, nothing half-written


@pytest.fixture
def browsing():
    """The browser helpers of tests/test_browser.py (imported here: that module skips itself where chromium is missing)."""
    return pytest.importorskip("tests.test_browser")


def test_two_reviewers_on_two_dashboard_servers_one_is_saved_the_other_is_told_and_then_sees_it(tmp_path, store_target, browsing):
    _finished(_ingest([_write(tmp_path / "announcements", range(6))], store_target))
    servers = [tmp_path / "server-a", tmp_path / "server-b"]
    for folder in servers:
        folder.mkdir()
    with (
        browsing.running_dashboard(servers[0], {"AID_TRACKER_DB": store_target}) as first_url,
        browsing.running_dashboard(servers[1], {"AID_TRACKER_DB": store_target}) as second_url,
        browsing.launched_chromium() as browser,
    ):
        first, second = (browser.new_context(viewport=VIEWPORT).new_page() for _ in range(2))
        for page, url in ((first, first_url), (second, second_url)):
            page.goto(f"{url}/commitments")
            browsing._settle(page)
            browsing._select_first_row(page)
        evidence = _evidence(first)
        assert _evidence(second) == evidence  # both reviewers look at the same row, each on a server of its own
        first.locator(".st-key-accept button").click()
        browsing._settle(first)
        first.get_by_text("Saved: accepted").wait_for(timeout=REVIEW_WAIT_MS)
        second.locator(".st-key-reject button").click()
        browsing._settle(second)
        told = second.locator("[data-testid='stAlertContentError']")
        told.first.wait_for(timeout=REVIEW_WAIT_MS)
        assert "changed after you loaded it" in told.first.inner_text()
        assert _review_of(store_target, evidence) == "accepted"  # the first review stands; the refused one saved nothing
        # The second server, never restarted, shows the first server's review on the rerun that told its reviewer.
        second.locator("strong", has_text="Accepted").wait_for(timeout=REVIEW_WAIT_MS)
        assert second.locator(".st-key-accept button").is_disabled()
        for page, name in ((first, "first"), (second, "second")):
            browsing.SHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(browsing.SHOTS / f"team_two_servers-{name}.png"), full_page=True)


VIEWPORT = {"width": 1400, "height": 1000}
REVIEW_WAIT_MS = 15_000


def _evidence(page) -> str:
    return page.locator("[data-testid='stText']").first.inner_text()


def _review_of(db: str, evidence: str) -> str:
    store = open_store(db)
    try:
        table = store.commitments()
    finally:
        store.close()
    return str(table.loc[table["evidence"] == evidence, "review"].iloc[0])

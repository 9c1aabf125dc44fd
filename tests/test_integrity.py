"""Store integrity (issue 12): reviews land on the row the reviewer saw, edits that could not be read back are refused,
a bad review already stored is skipped and named, the Add page saves all or nothing, damaged, busy and read-only
stores are clear messages, and reparse is as fast as ingest."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers import dashboard_app
from tracker.documents import Document
from tracker.schema import MAX_AMOUNT
from tracker.store import ReviewConflict, Store, StoreError, row_fingerprint

ROOT = Path(__file__).resolve().parent.parent
COMMITMENTS_PAGE, ADD_PAGE = "tracker/app/views/commitments.py", "tracker/app/views/add.py"
EARLY = [
    ("Belgium will deliver 6 Sea King helicopters to Ukraine.", dt.date(2024, 2, 1)),
    ("Finland will send 30 mortars to Ukraine.", dt.date(2024, 3, 1)),
    ("Portugal will donate 3 Leopard tanks to Ukraine.", dt.date(2024, 4, 1)),
]
LATER = "Estonia will deliver 12 Javelin launchers to Ukraine."  # announced after every row above: it goes on top


def _cli(*arguments: str) -> subprocess.CompletedProcess:
    """The real `aid-tracker` command of this environment."""
    command = shutil.which("aid-tracker", path=str(Path(sys.executable).parent)) or shutil.which("aid-tracker")
    assert command, "aid-tracker is not installed in this environment"
    return subprocess.run([command, *arguments], capture_output=True, text=True, timeout=300, env={**os.environ, "TQDM_DISABLE": "1"})


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "store.duckdb"
    store = Store(path)
    for text, day in EARLY:
        store.ingest(Document(text=text, source=f"release of {day}", published=day))
    return path


def _key(store: Store, donor: str) -> str:
    table = store.commitments()
    return str(table.loc[table["donor"] == donor, "row_key"].iloc[0])


def _row(store: Store, donor: str):
    table = store.commitments()
    return table[table["donor"] == donor].iloc[0]


def _unescaped(markdown: str) -> str:
    """A message as a person reads it (common.plain escapes every Markdown special)."""
    return markdown.replace("\\", "")


def _select(app: AppTest, donor_name: str) -> int:
    """Select the donor's row on the Commitments page, as a click on the table does; returns its position."""
    table = app.dataframe[0].value
    position = int(table.index[table["Donor"] == donor_name][0])
    app.session_state["table"] = {"selection": {"rows": [position], "columns": [], "cells": []}}
    app.run()
    return position


# 1. A review lands on the row the reviewer saw, or nowhere


def test_a_review_made_on_a_row_that_changed_since_is_refused(db):
    first, second = Store(db), Store(db)
    seen = row_fingerprint(_row(first, "FIN"))  # both reviewers look at the row as it is now
    first.review(_key(first, "FIN"), "edited", {"quantity": 31}, shown=seen)
    with pytest.raises(ReviewConflict, match="changed after you loaded it"):
        second.review(_key(second, "FIN"), "rejected", shown=seen)
    assert _row(second, "FIN")["review"] == "edited" and _row(second, "FIN")["quantity"] == 31
    second.review(_key(second, "FIN"), "rejected", shown=row_fingerprint(_row(second, "FIN")))  # after looking again
    assert _row(second, "FIN")["review"] == "rejected"


def test_a_row_changed_by_a_newer_parse_refuses_a_review_made_on_the_old_one(db):
    store = Store(db)
    seen = row_fingerprint(_row(store, "PRT"))
    connection = duckdb.connect(str(db))  # what a newer parser may write for the same key: another count
    connection.execute("UPDATE commitments SET quantity = 4 WHERE donor = 'PRT'")
    connection.close()
    with pytest.raises(ReviewConflict):
        store.review(_key(store, "PRT"), "accepted", shown=seen)
    assert _row(store, "PRT")["review"] == "unreviewed"


def test_an_ingest_elsewhere_does_not_block_a_review(db):
    store = Store(db)
    seen = row_fingerprint(_row(store, "BEL"))
    store.ingest(Document(text=LATER, published=dt.date(2024, 5, 1)))
    store.review(_key(store, "BEL"), "accepted", shown=seen)
    assert _row(store, "BEL")["review"] == "accepted"


def test_a_cli_ingest_between_selecting_and_rejecting_rejects_the_row_selected(db, monkeypatch, tmp_path):
    app = dashboard_app(db, monkeypatch).run()
    app.switch_page(COMMITMENTS_PAGE).run()
    position = _select(app, "Finland")
    assert any("mortars" in text.value for text in app.text)
    later = tmp_path / "later.txt"
    later.write_text(f"---\npublished: 2024-05-01\n---\n{LATER}", encoding="utf-8")
    ingested = _cli("ingest", str(later), "--db", str(db))
    assert ingested.returncode == 0, ingested.stderr
    table = Store(db).commitments()
    newest_first = table.sort_values("announced_on", ascending=False).reset_index(drop=True)
    assert newest_first.loc[position, "donor"] != "FIN"  # the selected position now holds another row
    app.button(key="reject").click().run()
    assert not app.exception
    reviews = Store(db).commitments().set_index("donor")["review"]
    assert reviews["FIN"] == "rejected" and (reviews == "rejected").sum() == 1  # the row selected, and only it
    assert any("Saved: rejected" in success.value for success in app.success)
    assert any("mortars" in text.value for text in app.text)  # the page still shows the row just reviewed


def test_the_edit_form_saves_onto_the_row_it_was_drawn_for(db, monkeypatch):
    app = dashboard_app(db, monkeypatch).run()
    app.switch_page(COMMITMENTS_PAGE).run()
    _select(app, "Belgium")
    Store(db).ingest(Document(text=LATER, published=dt.date(2024, 5, 1)))  # a new row on top meanwhile
    next(number for number in app.number_input if number.label == "Count").set_value(7)
    next(button for button in app.button if button.label == "Save edit").click().run()
    assert not app.exception
    stored = Store(db).commitments().set_index("donor")
    assert stored.loc["BEL", "quantity"] == 7 and stored.loc["BEL", "review"] == "edited"
    assert stored.loc["EST", "review"] == "unreviewed"


# 2. Edits are checked against the schema; a bad stored review is skipped and named


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"quantity": 1e19}, "at most"),
        ({"quantity": 2**70}, "at most"),
        ({"quantity": 2.5}, "whole number"),
        ({"quantity": True}, "number"),
        ({"quantity": "lots"}, "number"),
        ({"amount": 1e300}, "at most"),
        ({"amount": MAX_AMOUNT * 2}, "at most"),
        ({"amount": [1]}, "number"),
        ({"category": None}, "cannot be empty"),
        ({"status": None}, "cannot be empty"),
        ({"donor": None}, "cannot be empty"),
        ({"category": ["air_defence"]}, "unknown category"),
        ({"item": "x" * 5_000}, "characters"),
        ({"announced_on": "someday"}, "announced_on"),
    ],
)
def test_an_edit_that_could_not_be_read_back_is_refused_before_anything_is_written(db, changes, message):
    store = Store(db)
    revision = store.revision()
    with pytest.raises(StoreError, match=message):
        store.review(_key(store, "FIN"), "edited", changes)
    assert store.revision() == revision and set(store.commitments()["review"]) == {"unreviewed"}


def test_changes_that_are_not_a_mapping_are_refused(db):
    store = Store(db)
    with pytest.raises(StoreError, match="mapping"):
        store.review(_key(store, "FIN"), "edited", [("quantity", 3)])


BAD_REVIEWS = [
    ("edited", json.dumps({"quantity": 1e19})),
    ("edited", json.dumps({"category": None})),
    ("maybe", "{}"),
]


def _write_bad_reviews(db: Path) -> list[str]:
    """Bad reviews written straight into the file, as an older version or a hand edit could leave them."""
    keys = [_key(Store(db), donor) for donor in ("BEL", "FIN", "PRT")]
    connection = duckdb.connect(str(db))
    for key, (state, changes) in zip(keys, BAD_REVIEWS, strict=True):
        connection.execute("INSERT INTO reviews VALUES (?, ?, ?, now(), 0)", [key, state, changes])
    connection.execute("INSERT INTO reviews VALUES ('no|such|row|key', 'edited', 'not json', now(), 0)")
    connection.close()
    return keys


def test_bad_stored_reviews_are_skipped_and_counted_and_the_store_still_reads(db):
    keys = _write_bad_reviews(db)
    store = Store(db)
    table = store.commitments()
    assert len(table) == len(EARLY) and set(table["review"]) == {"unreviewed"}  # the parser's values, nothing refused
    assert len(store.skipped_reviews) == len(BAD_REVIEWS) + 1
    assert all(key in " ".join(store.skipped_reviews) for key in keys)
    store.review(keys[0], "accepted")  # a good review replaces a bad one
    assert _row(store, "BEL")["review"] == "accepted" and len(store.skipped_reviews) == len(BAD_REVIEWS)


def test_bad_stored_reviews_do_not_stop_export_reparse_or_the_dashboard(db, monkeypatch):
    _write_bad_reviews(db)
    exported = _cli("export", "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == len(EARLY) + 1
    reparsed = _cli("reparse", "--db", str(db))
    assert reparsed.returncode == 0, reparsed.stderr
    app = dashboard_app(db, monkeypatch).run()
    assert not app.exception
    assert any("4 stored reviews could not be applied" in warning.value for warning in app.warning)
    for page in (COMMITMENTS_PAGE, "tracker/app/views/method.py"):
        app.switch_page(page).run()
        assert not app.exception, page


# 4. The Add page: all or nothing, and one parse per text

ADDED = "Lithuania will deliver 9 M577 armoured vehicles to Ukraine on 3 May 2024."


def _add_page(db: Path, monkeypatch, text: str) -> AppTest:
    app = dashboard_app(db, monkeypatch).run()
    app.switch_page(ADD_PAGE).run()
    app.text_area(key="pasted").input(text).run()
    assert not app.exception
    return app


def _preview_edit(app: AppTest, text: str, changes: dict[str, object]) -> None:
    """Seed an edit of the preview's first row, as typing in the editor does (AppTest cannot type in data_editor)."""
    from tracker.parsing import document_id

    app.session_state[f"preview-{document_id(text)}"] = {"edited_rows": {0: changes}, "added_rows": [], "deleted_rows": []}


@pytest.mark.parametrize("changes", [{"donor": "Atlantis"}, {"quantity": -9}, {"amount": 1e300}, {"currency": "ZZZ"}])
def test_an_invalid_edit_in_the_preview_saves_nothing(db, monkeypatch, changes):
    app = _add_page(db, monkeypatch, ADDED)
    before = (Store(db).document_count(), len(Store(db).commitments()), Store(db).revision())
    _preview_edit(app, ADDED, changes)
    app.button(key="save").click().run()
    assert not app.exception
    assert app.error and "Nothing was saved" in app.error[0].value
    assert (Store(db).document_count(), len(Store(db).commitments()), Store(db).revision()) == before


def test_a_valid_edit_in_the_preview_is_saved_with_its_document(db, monkeypatch):
    app = _add_page(db, monkeypatch, ADDED)
    _preview_edit(app, ADDED, {"quantity": 10})
    app.button(key="save").click().run()
    assert not app.exception and "1 commitments added" in app.success[0].value
    row = _row(Store(db), "LTU")
    assert row["quantity"] == 10 and row["review"] == "edited"


def test_the_add_page_parses_a_text_once_across_reruns(db, monkeypatch):
    import tracker.parsing

    calls = []
    original = tracker.parsing.commitment_records

    def counted(announcement):
        calls.append(announcement.text)
        return original(announcement)

    monkeypatch.setattr(tracker.parsing, "commitment_records", counted)
    text = "Latvia will send 4 Stinger launchers to Ukraine."  # a text no other test parses (the cache is per process)
    app = _add_page(db, monkeypatch, text)
    for _ in range(3):
        app.run()
    _preview_edit(app, text, {"item": "Stinger MANPADS"})
    app.run()
    assert calls.count(text) == 1


def test_store_ingest_edited_checks_every_edit_first(db):
    store = Store(db)
    document = Document(text=ADDED, source="s")
    key = "|".join(["x", "LTU", "armoured_vehicles", "committed"])
    with pytest.raises(StoreError, match="does not hold"):
        store.ingest_edited(document, {key: {"quantity": 1}})
    assert store.document_count() == len(EARLY)


# 5. Busy, damaged and read-only stores; reparse speed


def _hold(path: str, ready, release) -> None:
    connection = duckdb.connect(path)
    ready.set()
    release.wait(60)
    connection.close()


def test_a_busy_store_is_a_message_in_the_dashboard(db, monkeypatch):
    """Another process holds the file for longer than the store waits (ten seconds): the page says so."""
    context = multiprocessing.get_context("spawn")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=_hold, args=(str(db), ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        app = dashboard_app(db, monkeypatch).run()
    finally:
        release.set()
        holder.join(30)
    assert not app.exception
    assert app.error and "another aid-tracker process is using the store" in _unescaped(app.error[0].value)


def test_a_truncated_store_is_a_message_in_the_dashboard(db, tmp_path, monkeypatch):
    broken = tmp_path / "broken.duckdb"
    raw = db.read_bytes()
    broken.write_bytes(raw[: len(raw) // 3])
    app = dashboard_app(broken, monkeypatch).run()
    assert not app.exception
    assert app.error and "broken.duckdb: cannot read the store" in _unescaped(app.error[0].value)
    assert broken.read_bytes() == raw[: len(raw) // 3]  # never overwritten


NO_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv to drop the override")
@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_store_can_be_read_and_exported(db, tmp_path, what):
    """chmod 444 (or a read-only folder), read by a process without root's permission override, as any user's would be."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "store.duckdb"
    shutil.copy(db, path)
    (path if what == "file" else folder).chmod(0o444 if what == "file" else 0o555)
    try:
        command = shutil.which("aid-tracker", path=str(Path(sys.executable).parent))
        base = [*NO_OVERRIDE, command]
        exported = subprocess.run([*base, "export", "--db", str(path)], capture_output=True, text=True, timeout=120)
        assert exported.returncode == 0, exported.stderr
        assert len(exported.stdout.splitlines()) == len(EARLY) + 1
        written = subprocess.run([*base, "reparse", "--db", str(path)], capture_output=True, text=True, timeout=120)
        assert written.returncode != 0 and "Traceback" not in written.stderr
        assert "read-only" in written.stderr or "Permission denied" in written.stderr
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert Store(path).document_count() == len(EARLY)  # nothing lost


def test_reparse_writes_by_batches_not_one_transaction_per_document(tmp_path):
    """The cause of reparse being many times slower than ingest: a connection and a commit per document."""
    store = Store(tmp_path / "s.duckdb")
    texts = [f"Croatia will deliver {n} Mi-8 helicopters to Ukraine." for n in range(2, 62)]
    store.ingest_many([Document(text=text, published=dt.date(2024, 1, 5)) for text in texts])
    before, rows = store.revision(), len(store.commitments())
    assert store.reparse(batch=25) == rows
    assert store.revision() - before == 3  # 60 documents, batches of 25: three transactions
    assert len(store.commitments()) == rows

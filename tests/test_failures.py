"""The failure campaign: strange files, impossible values, faults mid-write and two reviewers at once.

Each attack ends in a clear error (a non-zero exit where there is one) and leaves what is stored as it was.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import duckdb
import pytest
from pypdf import PdfWriter

from tracker.cli import main
from tracker.documents import Document, DocumentError, read_document
from tracker.parsing import parse_text
from tracker.store import ReviewConflict, Store, StoreError

TANKS = "Germany will deliver 14 Leopard tanks to Ukraine."
FUTURE = (dt.date.today() + dt.timedelta(days=400)).isoformat()


@pytest.fixture
def store(tmp_path):
    opened = Store(tmp_path / "store.duckdb")
    opened.ingest(Document(text=TANKS, source="release", published=dt.date(2024, 4, 19)))
    return opened


def _snapshot(store: Store) -> tuple:
    table = store.commitments()
    return len(store.documents()), table.drop(columns=["duplicate_of"]).to_csv(index=False)


# Strange files


def _zip_bomb() -> bytes:
    """Twenty megabytes of zeros in a few kilobytes: a reader that inflated it would suffer."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", b"\0" * 20_000_000)
    return buffer.getvalue()


@pytest.mark.parametrize("raw", [_zip_bomb(), gzip.compress(b"<html><body>" + b"a" * 5_000_000 + b"</body></html>")])
def test_compressed_files_renamed_html_are_refused_without_inflating(tmp_path, raw):
    path = tmp_path / "release.html"
    path.write_bytes(raw)
    started = time.monotonic()
    with pytest.raises(DocumentError, match=r"release\.html"):
        read_document(path)
    assert time.monotonic() - started < 5


def test_scripts_and_iframes_never_become_announcement_text(tmp_path):
    page = (
        "<html><head><script>var germany = 'Germany will deliver 99 tanks to Ukraine.';</script></head><body>"
        "<article><p>Poland will deliver 10 PT-91 tanks to Ukraine.</p>"
        "<iframe src='javascript:alert(1)'>Sweden will send 50 Gripen jets to Ukraine.</iframe>"
        "<img src=x onerror=alert(1)></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text = read_document(path).text
    assert "PT-91" in text and "99 tanks" not in text and "alert" not in text and "Gripen" not in text


def test_encrypted_pdf_is_a_clear_error(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as file:
        writer.write(file)
    with pytest.raises(DocumentError, match="encrypted"):
        read_document(path)


def test_a_50_megabyte_text_is_refused_by_ingest_and_the_rest_goes_in(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    with (folder / "huge.txt").open("w", encoding="utf-8") as file:
        for _ in range(50):
            file.write(TANKS * 20_000 + "\n")  # 1 MB lines, 50 MB in all
    (folder / "ok.txt").write_text("France will send 12 Caesar howitzers to Ukraine.", encoding="utf-8")
    assert main(["ingest", str(folder), "--db", str(tmp_path / "s.duckdb")]) == 1
    captured = capsys.readouterr()
    assert "1 new" in captured.out and "huge.txt" in captured.err and "MB" in captured.err


# Impossible values


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1900-01-01", FUTURE])
def test_impossible_publication_dates_are_clear_errors(tmp_path, capsys, day):
    with pytest.raises(ValueError, match="outside"):
        parse_text(TANKS, published=day)
    path = tmp_path / "release.txt"
    path.write_text(TANKS, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_status:
        main(["parse", str(path), "--published", day])
    assert exit_status.value.code == 2 and "outside" in capsys.readouterr().err
    path.write_text(f"---\npublished: {day}\n---\n{TANKS}", encoding="utf-8")
    with pytest.raises(DocumentError, match="outside"):
        read_document(path)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"announced_on": "9999-12-31"}, "outside"),
        ({"donor": "XYZ"}, "unknown donor"),
        ({"donor": "ZZ"}, "unknown donor"),
        ({"currency": "ABC"}, "unknown currency"),
        ({"amount": float("nan")}, None),  # NaN is "no amount", allowed
        ({"amount": -5}, "at least 0"),
        ({"amount": float("inf")}, "at least 0"),
        ({"quantity": -1}, "at least 0"),
    ],
)
def test_impossible_edits_are_refused_and_change_nothing(store, changes, message):
    key = store.commitments()["row_key"].iloc[0]
    before = _snapshot(store)
    if message is None:
        store.review(key, "edited", changes)
        return
    with pytest.raises(StoreError, match=message):
        store.review(key, "edited", changes)
    assert _snapshot(store) == before


def test_an_unknown_donor_filter_is_a_usage_error(store, capsys):
    assert main(["export", "--db", str(store.path), "--donor", "XYZ"]) == 2
    assert "unknown donor XYZ" in capsys.readouterr().err


# Faults while writing


def test_a_failed_write_is_a_clear_error_and_the_store_is_as_it_was(store, monkeypatch):
    """A full disk, simulated: DuckDB's own write error half-way through an ingest."""
    before = _snapshot(store)

    def disk_full(*args, **kwargs):
        raise duckdb.IOException("Could not write file: No space left on device")

    monkeypatch.setattr("tracker.store._insert_commitments", disk_full)
    with pytest.raises(StoreError, match=r"not saved.*No space left on device"):
        store.ingest(Document(text="France will send 12 Caesar howitzers to Ukraine."))
    monkeypatch.undo()
    assert _snapshot(store) == before


def test_a_truncated_store_is_a_clear_error_and_is_not_overwritten(store, tmp_path):
    broken = tmp_path / "broken.duckdb"
    raw = store.path.read_bytes()
    broken.write_bytes(raw[: len(raw) // 3])
    with pytest.raises(StoreError, match=r"broken\.duckdb.*damaged"):
        Store(broken).commitments()
    assert broken.read_bytes() == raw[: len(raw) // 3]


def test_a_store_that_cannot_be_opened_for_writing_is_a_clear_error(tmp_path, monkeypatch):
    """A read-only file, simulated (tests run as root, who may write anywhere): DuckDB's permission error."""

    def refuse(*args, **kwargs):
        raise duckdb.IOException('Cannot open file "store.duckdb": Permission denied')

    monkeypatch.setattr("tracker.store.duckdb.connect", refuse)
    with pytest.raises(StoreError, match="Permission denied"):
        Store(tmp_path / "store.duckdb")


def test_ingest_killed_part_way_keeps_whole_batches_and_resumes(tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    texts = [f"Germany will deliver {n} Leopard tanks to Ukraine. France will send {n} Caesar guns to Ukraine." for n in range(1, 2401)]
    for number, text in enumerate(texts):
        (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "store.duckdb"
    command = [sys.executable, "-m", "tracker.cli", "ingest", str(folder), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "TQDM_DISABLE": "1"})
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:  # wait for the first committed batch
        time.sleep(0.2)
        if db.exists():
            try:
                stored = Store(db, timeout=0.1).document_count()
            except StoreError:
                continue
            if stored:
                break
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < stored < len(texts), "the ingest finished before it could be killed"
    after_kill = Store(db)
    count = after_kill.document_count()
    assert count % 500 == 0, "only whole batches are stored"
    table = after_kill.commitments()
    assert len(table) == 2 * count and table["document_id"].nunique() == count, "every stored document has all its rows"
    assert main(["ingest", str(folder), "--db", str(db)]) == 0
    assert Store(db).document_count() == len(texts) and len(Store(db).commitments()) == 2 * len(texts)


# Two reviewers


def test_two_reviewers_of_one_row_never_overwrite_each_other_unseen(store, tmp_path):
    first, second = Store(store.path), Store(store.path)
    key = first.commitments()["row_key"].iloc[0]
    loaded = first.revision()  # both reviewers open the page at this revision
    first.review(key, "edited", {"quantity": 18}, seen_revision=loaded)
    with pytest.raises(ReviewConflict, match="someone else"):
        second.review(key, "rejected", seen_revision=loaded)
    row = second.commitments().iloc[0]
    assert row["review"] == "edited" and row["quantity"] == 18
    second.review(key, "rejected", seen_revision=second.revision())  # after looking again, the second review goes in
    assert second.commitments().iloc[0]["review"] == "rejected"


def test_reviews_of_different_rows_do_not_conflict(tmp_path):
    store = Store(tmp_path / "s.duckdb")
    store.ingest(Document(text=TANKS + " France will send 12 Caesar howitzers to Ukraine.", published=dt.date(2024, 4, 19)))
    keys = list(store.commitments()["row_key"])
    loaded = store.revision()
    store.review(keys[0], "accepted", seen_revision=loaded)
    store.review(keys[1], "rejected", seen_revision=loaded)
    assert set(store.commitments()["review"]) == {"accepted", "rejected"}


def test_old_stores_gain_the_review_revision_column(tmp_path):
    path = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(path))
    connection.execute(
        "CREATE TABLE reviews (row_key VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, changes VARCHAR NOT NULL, "
        "reviewed_at TIMESTAMP NOT NULL)"
    )
    connection.close()
    store = Store(path)
    store.ingest(Document(text=TANKS, published=dt.date(2024, 4, 19)))
    store.review(store.commitments()["row_key"].iloc[0], "accepted", seen_revision=store.revision())
    assert Path(path).exists() and store.commitments()["review"].iloc[0] == "accepted"


def test_a_kiel_file_with_extra_and_reordered_columns_still_reads(tmp_path):
    from tests.test_kiel import EXPLORER
    from tracker.kiel import read_release

    header, *rows = EXPLORER.strip().splitlines()
    path = tmp_path / "data_explorer.csv"
    path.write_text("\n".join([header + ',"note"', *(row + ',"=cmd"' for row in rows)]), encoding="utf-8")
    widened = read_release([path]).rows
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "data_explorer.csv").write_text(EXPLORER, encoding="utf-8")
    assert widened.equals(read_release([tmp_path / "plain" / "data_explorer.csv"]).rows)


def test_readers_during_an_ingest_see_whole_batches(tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    for number in range(1500):
        (folder / f"{number:05d}.txt").write_text(f"Poland will deliver {number + 1} PT-91 tanks to Ukraine.", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    Store(db)
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker.cli", "ingest", str(folder), "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    seen = set()
    while process.poll() is None:
        try:
            table = Store(db, timeout=30).commitments()
        except StoreError:
            continue
        documents = table["document_id"].nunique()
        assert documents % 500 == 0 and len(table) == documents, "a reader saw part of a batch"
        seen.add(documents)
        time.sleep(0.05)
    assert process.returncode == 0 and Store(db).document_count() == 1500
    assert len(seen) >= 1


@pytest.mark.parametrize("raw", [b"\xff\xfe", b"\xef\xbb\xbf", b"\xfe\xff \x00", "\u2000\u3000".encode()])
def test_a_byte_order_mark_or_unicode_spaces_alone_is_empty(raw):
    """Found by scripts/fuzz_long.py: these gave a document with no text instead of an error."""
    with pytest.raises(DocumentError, match=r"release\.txt: is empty"):
        read_document(raw, name="release.txt")

"""The store on both backends (the `store` fixture of tests/conftest.py): idempotent ingest, transactions, reviews that
survive re-parsing; and DuckDB's own: one writer at a time, a file that is not a store."""

import multiprocessing

import duckdb
import pandas as pd
import pytest

from tracker.documents import Document
from tracker.store import Store, StoreBusy, StoreError

DOCUMENT = Document(
    text="Germany will deliver 14 Leopard tanks to Ukraine. France will send EUR 100 million of humanitarian aid to Ukraine.",
    title="Test",
    source="test-source",
)


def test_ingest_is_idempotent(store):
    first = store.ingest(DOCUMENT)
    again = store.ingest(DOCUMENT)
    assert first.new and first.rows == 2
    assert not again.new and again.rows == 0
    assert len(store.commitments()) == 2 and len(store.documents()) == 1


def test_a_changed_text_is_a_new_document(store):
    store.ingest(DOCUMENT)
    changed = Document(text=DOCUMENT.text + " Norway will donate 2 NASAMS systems to Ukraine.", source="v2")
    assert store.ingest(changed).new
    assert len(store.documents()) == 2


def test_same_text_spaced_differently_is_the_same_document(store):
    store.ingest(DOCUMENT)
    assert not store.ingest(Document(text="  " + DOCUMENT.text.replace(". ", ".\n\n"), source="copy")).new


def test_commitments_keep_the_table_schema(store):
    from tracker import schema

    store.ingest(DOCUMENT)
    table = store.commitments()
    assert list(table.columns) == [*schema.COLUMNS, "source_kind", "row_key", "duplicate_of"]
    assert set(table["source_kind"]) == {"announcement"}
    for column, dtype in schema.DTYPES.items():
        assert str(table[column].dtype) == str(dtype), column
    assert set(table["review"]) == {"unreviewed"}


def test_failure_inside_the_transaction_leaves_the_store_as_it_was(store, monkeypatch):
    store.ingest(DOCUMENT)
    before = (len(store.documents()), len(store.commitments()), store.revision())

    def broken(connection, frame, **options):
        connection.execute("INSERT INTO commitments (source_kind, row_key) VALUES ('announcement', 'half-way')")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("tracker.store._insert_commitments", broken)
    with pytest.raises(RuntimeError):
        store.ingest(Document(text="Norway will donate 2 NASAMS systems to Ukraine.", source="n"))
    assert (len(store.documents()), len(store.commitments()), store.revision()) == before


def test_review_edits_survive_reingest_and_reparse(store):
    store.ingest(DOCUMENT)
    table = store.commitments()
    tanks = table.loc[table["donor"] == "DEU", "row_key"].iloc[0]
    aid = table.loc[table["donor"] == "FRA", "row_key"].iloc[0]
    store.review(tanks, "edited", {"quantity": 18, "item": "Leopard 2A6"})
    store.review(aid, "rejected")
    store.ingest(DOCUMENT)
    store.reparse()
    table = store.commitments().set_index("donor")
    assert table.loc["DEU", "quantity"] == 18 and table.loc["DEU", "item"] == "Leopard 2A6"
    assert table.loc["DEU", "review"] == "edited" and table.loc["FRA", "review"] == "rejected"


def test_editing_amount_recomputes_eur(store):
    store.ingest(Document(text=DOCUMENT.text, source="s", published=None))
    table = store.commitments()
    aid = table.loc[table["donor"] == "FRA", "row_key"].iloc[0]
    store.review(aid, "edited", {"amount": 200e6, "currency": "EUR", "category": "financial"})
    row = store.commitments().set_index("donor").loc["FRA"]
    assert row["amount_eur"] == 200e6 and row["category"] == "financial" and row["aid_type"] == "financial"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"category": "lasers"}, "unknown category"),
        ({"status": "maybe"}, "unknown status"),
        ({"amount": -5}, "at least 0"),
        ({"amount": float("inf")}, "at least 0"),
        ({"evidence": "x"}, "cannot be edited"),
        ({"donor": "Germany!"}, "code"),
    ],
)
def test_bad_edits_are_refused(store, changes, message):
    store.ingest(DOCUMENT)
    key = store.commitments()["row_key"].iloc[0]
    with pytest.raises(StoreError, match=message):
        store.review(key, "edited", changes)


def test_review_of_an_unknown_row_is_refused(store):
    with pytest.raises(StoreError, match="no commitment"):
        store.review("nope", "accepted")


def test_revision_moves_with_every_write(store):
    start = store.revision()
    store.ingest(DOCUMENT)
    assert store.revision() == start + 1


def test_a_file_that_is_not_a_store_is_a_clear_error_and_is_not_overwritten(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store(path)
    assert path.read_bytes() == b"this is not a database" * 100


def _hold_the_store(path, ready, release):
    connection = duckdb.connect(str(path))
    ready.set()
    release.wait(30)
    connection.close()


def test_a_second_writer_waits_then_fails_clearly(tmp_path):
    path = tmp_path / "busy.duckdb"
    Store(path)
    context = multiprocessing.get_context("spawn")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_the_store, args=(path, ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        with pytest.raises(StoreBusy, match="another aid-tracker process"):
            Store(path, timeout=0.5).ingest(DOCUMENT)
    finally:
        release.set()
        holder.join(30)
    assert Store(path).ingest(DOCUMENT).new  # once the other process is done, the write goes through


def _ingest_in_child(path, text, results):
    results.put(Store(path, timeout=60).ingest(Document(text=text, source="child")).new)


def test_two_concurrent_writers_both_succeed(tmp_path):
    path = tmp_path / "two.duckdb"
    Store(path)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    texts = ["Germany will deliver 14 Leopard tanks to Ukraine.", "Norway will donate 2 NASAMS systems to Ukraine."]
    children = [context.Process(target=_ingest_in_child, args=(path, text, results)) for text in texts]
    for child in children:
        child.start()
    for child in children:
        child.join(120)
    assert sorted(results.get(timeout=5) for _ in children) == [True, True]
    assert len(Store(path).documents()) == 2


def test_default_path_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("AID_TRACKER_DB", str(tmp_path / "env.duckdb"))
    assert Store().path == tmp_path / "env.duckdb"


def test_revision_sees_writes_by_another_store_object(store_target):
    """DuckDB caches the revision on the file's stamp, PostgreSQL reads it each time; a write through any other handle
    must still move it."""
    reader, writer = Store(store_target), Store(store_target)
    before = reader.revision()
    assert reader.revision() == before  # unchanged file: the cached number
    writer.ingest(Document(text="Germany will deliver 14 Leopard tanks to Ukraine."))
    assert reader.revision() > before


def test_stored_values_come_back_exactly_on_both_backends(store):
    """PostgreSQL reads through COPY as CSV: text that looks like a number, an empty text beside a missing one, quotes,
    commas and line breaks, and a float with no short decimal form must come back as they were written."""
    import tracker.store
    from tracker.parsing import parse_text

    frame = parse_text("Czechia will deliver 155 howitzers to Ukraine.", source="cz").copy()
    frame.loc[0, "item"] = "0155"
    frame.loc[0, "source"] = ""
    frame.loc[0, "evidence"] = 'He said "155, then more",\nand left; NULL \\N'
    frame.loc[0, "amount"] = 0.1 + 0.2
    frame.loc[0, "currency"] = None
    with store._transaction() as connection:
        tracker.store._insert_commitments(connection, frame)
    row = store.commitments().iloc[0]
    assert row["item"] == "0155" and row["source"] == "" and row["evidence"] == 'He said "155, then more",\nand left; NULL \\N'
    assert row["amount"] == 0.1 + 0.2 and row["currency"] is pd.NA and row["quantity"] == 155

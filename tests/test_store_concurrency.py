"""Several writers on one store: review conflicts by row version, the same text ingested at once, readers never
blocked, each document its own transaction on PostgreSQL. (Separate processes and servers: tests/test_team.py.)"""

import threading
import time

import pytest

import tracker.store
from tracker.documents import Document
from tracker.store import UNREVIEWED_VERSION, ReviewConflict, Store, StoreError

TEXT = "Lithuania will deliver 20 M577 armoured vehicles to Ukraine. Latvia will send EUR 4 million of humanitarian aid to Ukraine."
READ_SECONDS = 5.0  # a read that takes longer while a writer holds its transaction open is blocked


def _key(store: Store, donor: str) -> str:
    table = store.commitments()
    return str(table.loc[table["donor"] == donor, "row_key"].iloc[0])


def test_two_reviewers_of_one_row_one_is_saved_the_other_told(store_target):
    first, second = Store(store_target), Store(store_target)  # two dashboards' store objects
    first.ingest(Document(text=TEXT))
    key = _key(first, "LTU")
    seen_first, seen_second = first.review_version(key), second.review_version(key)
    assert seen_first == seen_second == UNREVIEWED_VERSION
    first.review(key, "edited", {"quantity": 21}, seen_version=seen_first)
    with pytest.raises(ReviewConflict, match="someone else"):
        second.review(key, "rejected", seen_version=seen_second)
    row = second.commitments().set_index("donor").loc["LTU"]
    assert row["review"] == "edited" and row["quantity"] == 21  # the first review stands, untouched
    again = second.review_version(key)  # after looking again, the second reviewer's decision goes in, once
    second.review(key, "rejected", seen_version=again)
    with pytest.raises(ReviewConflict):  # the first reviewer, still on the page drawn before both reviews
        first.review(key, "accepted", seen_version=seen_first)
    assert second.commitments().set_index("donor").loc["LTU", "review"] == "rejected"


def test_a_review_on_another_store_object_moves_the_revision_it_reads(store_target):
    """The dashboard's caches key on revision(): a second server must see the first's review on its next rerun."""
    writer, reader = Store(store_target), Store(store_target)
    writer.ingest(Document(text=TEXT))
    before = reader.revision()
    writer.review(_key(writer, "LVA"), "accepted")
    assert reader.revision() > before
    assert reader.commitments().set_index("donor").loc["LVA", "review"] == "accepted"


def test_the_same_text_ingested_by_two_writers_at_once_is_stored_once(pg_target):
    stores = [Store(pg_target), Store(pg_target)]
    start = threading.Barrier(len(stores))
    results, failures = [], []

    def ingest(store: Store) -> None:
        start.wait()
        try:
            results.append(store.ingest(Document(text=TEXT, source="race")))
        except Exception as error:  # reported below: neither writer may fail
            failures.append(error)

    threads = [threading.Thread(target=ingest, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failures
    assert sorted(result.new for result in results) == [False, True]
    assert stores[0].document_count() == 1 and len(stores[0].commitments()) == 2


def test_a_reader_is_not_blocked_by_a_writer_holding_its_transaction(pg_target):
    store = Store(pg_target)
    store.ingest(Document(text=TEXT))
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with Store(pg_target)._transaction() as connection:
            connection.execute("UPDATE reviews SET state = state")  # row locks and the table lock a writer takes
            connection.execute("DELETE FROM commitments WHERE donor = 'LVA'")
            holding.set()
            release.wait(30)

    writer = threading.Thread(target=hold)
    writer.start()
    try:
        assert holding.wait(30)
        started = time.monotonic()
        table = store.commitments()
        assert time.monotonic() - started < READ_SECONDS and len(table) == 2  # the committed rows, at once
        assert store.revision() >= 1
    finally:
        release.set()
        writer.join(30)
    assert len(store.commitments()) == 1


def test_each_document_is_its_own_transaction_on_postgresql(pg_target, monkeypatch):
    """A failure at the second document keeps the first on PostgreSQL (several writers share it); DuckDB keeps its
    one transaction per batch (tests/test_failures.py)."""
    store = Store(pg_target)
    real, calls = tracker.store._insert_commitments, []

    def second_fails(connection, frame, **options):
        calls.append(len(frame))
        if len(calls) == 2:
            raise StoreError("the disk is full")
        real(connection, frame, **options)

    monkeypatch.setattr(tracker.store, "_insert_commitments", second_fails)
    documents = [
        Document(text="Estonia will send 6 Javelin launchers to Ukraine."),
        Document(text="Finland will deliver 3 CV90 vehicles to Ukraine."),
    ]
    with pytest.raises(StoreError, match="disk is full"):
        store.ingest_many(documents)
    monkeypatch.undo()
    assert store.document_count() == 1 and set(store.commitments()["donor"]) == {"EST"}
    assert [result.new for result in store.ingest_many(documents)] == [False, True]  # ingesting again adds only the rest


def test_two_processes_opening_a_new_database_at_once_both_get_the_schema(pg_server):
    """Both see no tables and migrate: the advisory lock makes one wait, and it then finds the schema made."""
    from psycopg import sql

    name = f"aid_tracker_fresh_{threading.get_ident()}"
    with pg_server.admin() as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        start, opened, failures = threading.Barrier(2), [], []

        def open_it() -> None:
            start.wait()
            try:
                opened.append(Store(pg_server.uri(name)))
            except Exception as error:  # reported below: neither may fail
                failures.append(error)

        threads = [threading.Thread(target=open_it) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not failures and len(opened) == 2
        assert opened[0].ingest(Document(text=TEXT)).new and opened[1].document_count() == 1
        for store in opened:
            store.close()
    finally:
        pg_server.drop_database(name)

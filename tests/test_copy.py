"""`aid-tracker copy`: a whole store from DuckDB to PostgreSQL and back gives the same exports and the same reviews."""

import datetime as dt
import os
import subprocess
import sys

import pytest

from tests.test_kiel import EXPLORER, RELEASE, SHARES, WEAPONS
from tracker.cli import main
from tracker.documents import Document
from tracker.kiel import read_release
from tracker.store import Store

TEXTS = (
    "Norway will deliver 4 NASAMS launchers to Ukraine. Spain will send EUR 30 million of humanitarian aid to Ukraine.",
    "Canada will donate 200 armoured vehicles to Ukraine. The Netherlands will deliver 18 F-16 aircraft to Ukraine.",
    "Belgium has delivered EUR 150 million of military aid to Ukraine. Portugal will send 3 Leopard tanks to Ukraine.",
    "Canada has delivered 200 armoured vehicles to Ukraine.",  # a report of delivery of an earlier pledge: export --by delivered
)
EXPORTS = (("--by", "rows"), ("--by", "donor"), ("--by", "category"), ("--by", "donor,category"), ("--by", "promised"),
           ("--by", "delivered"), ("--by", "donor", "--eu-shares"))  # fmt: skip


def _filled(path, kiel_folder) -> Store:
    """A store with every kind of data: documents, reviews of each kind, a Kiel release with shares, feed state."""
    store = Store(path)
    store.ingest_many([Document(text=text, source=f"release-{n}", published=dt.date(2024, 5, 1 + n)) for n, text in enumerate(TEXTS)])
    table = store.commitments().set_index("donor")
    store.review(table.loc["NOR", "row_key"], "edited", {"quantity": 6, "item": "NASAMS fire units"})
    store.review(table.loc["ESP", "row_key"], "rejected")
    store.review(table.loc["NLD", "row_key"], "accepted")
    files = []
    for name, text in (
        ("data_explorer.csv", EXPLORER),
        ("weapons.csv", WEAPONS),
        ("release_info.csv", RELEASE),
        ("eu_aid_shares.csv", SHARES),
    ):
        (kiel_folder / name).write_text(text, encoding="utf-8")
        files.append(kiel_folder / name)
    store.import_kiel(read_release(files))
    store.record_feed_read("https://gov.example/feed.xml", "Example ministry", etag='"v1"', last_modified=None)
    store.record_page_failure(
        "https://gov.example/a", feed_url="https://gov.example/feed.xml", error="HTTP 503", retry_after=dt.datetime(2030, 1, 1)
    )
    store.record_watch_run(dt.datetime(2024, 6, 1, 8), dt.datetime(2024, 6, 1, 8, 1), {"feeds_read": 1, "failed": 1}, ["a: HTTP 503"])
    return store


def _copy(source: str, target: str, *options: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "tracker.cli", "copy", "--from", source, "--to", target, *options]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env={**os.environ, "TQDM_DISABLE": "1"})


def _exports(target: str, folder) -> dict[str, bytes]:
    found = {}
    for number, arguments in enumerate(EXPORTS):
        output = folder / f"export-{number}.csv"
        assert main(["export", "--db", target, *arguments, "-o", str(output)]) == 0
        found[" ".join(arguments)] = output.read_bytes()
    return found


def _reviews(target: str) -> list[tuple]:
    store = Store(target, read_only=True)
    with store._connect() as connection:
        found = connection.execute("SELECT row_key, state, changes, reviewed_at, revision FROM reviews ORDER BY row_key").fetchall()
    store.close()
    return found


def test_duckdb_to_postgresql_and_back_gives_identical_exports_and_reviews(tmp_path, pg_target):
    (tmp_path / "kiel").mkdir()
    laptop, back = str(tmp_path / "laptop.duckdb"), str(tmp_path / "back.duckdb")
    _filled(laptop, tmp_path / "kiel")
    to_team = _copy(laptop, pg_target)
    assert to_team.returncode == 0, to_team.stderr
    assert "4 documents" in to_team.stdout and "3 reviews" in to_team.stdout
    assert _copy(pg_target, back).returncode == 0
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir(), (tmp_path / "c").mkdir()
    original = _exports(laptop, tmp_path / "a")
    assert _exports(pg_target, tmp_path / "b") == original
    assert _exports(back, tmp_path / "c") == original
    assert {name: len(text.splitlines()) > 1 for name, text in original.items()} == dict.fromkeys(original, True)  # rows, not only headers
    assert _reviews(laptop) == _reviews(pg_target) == _reviews(back)
    copied = Store(back)
    assert copied.kiel_label() == Store(laptop).kiel_label() is not None
    assert copied.feeds().to_dict("records") == Store(laptop).feeds().to_dict("records")
    assert len(copied.watch_runs()) == 1 and copied.page_state("https://gov.example/a").failures == 1
    assert copied.revision() > Store(laptop).revision()  # the target's change marker moved on past the source's


def test_a_target_that_holds_data_is_refused_unless_replace(tmp_path, store_target):
    (tmp_path / "kiel").mkdir()
    source = str(tmp_path / "source.duckdb")
    _filled(source, tmp_path / "kiel")
    target = Store(store_target)
    target.ingest(Document(text="Greece will send 2 Sea Sparrow launchers to Ukraine."))
    before = target.commitments()
    refused = _copy(source, store_target)
    assert refused.returncode == 2 and "not empty" in refused.stderr and "--replace" in refused.stderr
    assert target.commitments().equals(before)  # nothing of the source went in
    replaced = _copy(source, store_target, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert set(target.commitments()["donor"]) == set(Store(source).commitments()["donor"])
    target.close()


def test_copy_refuses_the_same_store_and_a_source_that_does_not_exist(tmp_path):
    path = str(tmp_path / "one.duckdb")
    Store(path).ingest(Document(text=TEXTS[0]))
    same = _copy(path, path)
    assert same.returncode == 2 and "same store" in same.stderr
    missing = _copy(str(tmp_path / "nowhere.duckdb"), str(tmp_path / "new.duckdb"))
    assert missing.returncode == 2 and "no such store" in missing.stderr
    assert not (tmp_path / "new.duckdb").exists()


def test_a_failed_copy_leaves_the_target_as_it_was(tmp_path, pg_target, monkeypatch):
    from tracker.store import StoreError
    from tracker.store.copy import copy_store
    from tracker.store.postgres_backend import PostgresConnection

    (tmp_path / "kiel").mkdir()
    source = _filled(str(tmp_path / "source.duckdb"), tmp_path / "kiel")
    target = Store(pg_target)
    real = PostgresConnection.append

    def fails_on_reviews(self, table, rows):
        if table == "reviews":
            raise StoreError("the network went down")
        real(self, table, rows)

    monkeypatch.setattr(PostgresConnection, "append", fails_on_reviews)
    with pytest.raises(StoreError, match="network"):
        copy_store(source, target)
    monkeypatch.undo()
    assert target.document_count() == 0 and target.commitments().empty
    target.close()

"""Versioned migrations: a store made by an older aid-tracker is upgraded in place, in one transaction, keeping every
row and review; a failure half-way leaves it as it was; a store from a newer aid-tracker is refused, naming both."""

import json

import duckdb
import pytest

from tracker.parsing import parse_text
from tracker.store import Store, StoreError, StoreTooNew, migrations, row_key

# The schema of the DuckDB store as aid-tracker made it before versioned migrations (main, December 2026), frozen
# here as it was written then: these statements must keep opening.
OLD_COMMITMENT_COLUMNS = (
    "id VARCHAR, document_id VARCHAR, donor VARCHAR, donor_name VARCHAR, recipient VARCHAR, aid_type VARCHAR, category VARCHAR, "
    "item VARCHAR, quantity BIGINT, amount DOUBLE, currency VARCHAR, amount_eur DOUBLE, fx_rate DOUBLE, fx_date DATE, "
    "package_amount DOUBLE, package_currency VARCHAR, package_eur DOUBLE, status VARCHAR, announced_on DATE, source VARCHAR, "
    "evidence VARCHAR, evidence_start BIGINT, evidence_end BIGINT, confidence DOUBLE"
)
OLD_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, published DATE, lang VARCHAR,
    text VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL, parser_version VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS commitments ({OLD_COMMITMENT_COLUMNS}, source_kind VARCHAR NOT NULL, row_key VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS reviews (
    row_key VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, changes VARCHAR NOT NULL, reviewed_at TIMESTAMP NOT NULL
);
ALTER TABLE reviews ADD COLUMN IF NOT EXISTS revision BIGINT DEFAULT 0;
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS kiel_donors (donor VARCHAR PRIMARY KEY, gdp_eur DOUBLE, eu_share_eur DOUBLE);
"""
TEXT = "Poland will deliver 12 Krab howitzers to Ukraine. Denmark will send DKK 500 million of humanitarian aid to Ukraine."


def _old_store(path):
    """A store as the previous aid-tracker left it: two documents' rows, an edit and a rejection, a revision."""
    frame = parse_text(TEXT, source="old-release")
    frame["source_kind"] = "announcement"
    frame["row_key"] = [
        row_key(*values) for values in zip(frame["document_id"], frame["donor"], frame["category"], frame["status"], strict=True)
    ]
    rows = frame.drop(columns=["review"]).astype(object).where(frame.drop(columns=["review"]).notna(), None)
    connection = duckdb.connect(str(path))
    connection.execute(OLD_SCHEMA)
    connection.execute(
        "INSERT INTO documents VALUES (?, 'old-release', 'Old', NULL, 'en', ?, now()::TIMESTAMP, '0.0.9')", [frame["document_id"][0], TEXT]
    )
    connection.register("old_rows", rows)
    connection.execute("INSERT INTO commitments BY NAME SELECT * FROM old_rows")
    keys = dict(zip(frame["donor"], frame["row_key"], strict=True))
    connection.execute("INSERT INTO reviews VALUES (?, 'edited', ?, now()::TIMESTAMP, 3)", [keys["POL"], json.dumps({"quantity": 18})])
    connection.execute("INSERT INTO reviews VALUES (?, 'rejected', '{}', now()::TIMESTAMP, 4)", [keys["DNK"]])
    connection.execute("INSERT INTO meta VALUES ('revision', '4'), ('kiel_label', 'Release 21')")
    connection.close()
    return keys


def _columns(path) -> dict[str, list[str]]:
    connection = duckdb.connect(str(path), read_only=True)
    found = connection.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
    ).fetchall()
    connection.close()
    columns: dict[str, list[str]] = {}
    for table, column in found:
        columns.setdefault(table, []).append(column)
    return columns


def _version(path) -> str | None:
    connection = duckdb.connect(str(path), read_only=True)
    try:
        found = connection.execute("SELECT value FROM meta WHERE key = ?", [migrations.VERSION_KEY]).fetchone()
    finally:
        connection.close()
    return found[0] if found else None


def test_a_store_of_the_previous_schema_is_upgraded_in_place_keeping_every_row_and_review(tmp_path):
    path = tmp_path / "old.duckdb"
    keys = _old_store(path)
    store = Store(path)
    assert store.schema_version == migrations.LATEST and _version(path) == str(migrations.LATEST)
    table = store.commitments().set_index("donor")
    assert len(table) == 2 and store.document_count() == 1
    assert table.loc["POL", "review"] == "edited" and table.loc["POL", "quantity"] == 18
    assert table.loc["DNK", "review"] == "rejected"
    assert store.kiel_label() == "Release 21" and store.revision() == 4
    assert store.review_version(keys["POL"]) == 3  # the row versions a reviewer compares are the stored ones
    store.review(keys["POL"], "accepted", seen_version=3)
    assert store.review_version(keys["POL"]) > 3 and store.revision() == 5
    assert store.feeds().empty  # the feed tables the old store made only on the first watch exist now


def test_an_upgraded_store_has_the_same_tables_and_columns_as_a_new_one(tmp_path):
    """A column added to tracker.schema without a migration would exist in new stores only: this catches it."""
    _old_store(tmp_path / "old.duckdb")
    Store(tmp_path / "old.duckdb")
    Store(tmp_path / "new.duckdb")
    old, new = _columns(tmp_path / "old.duckdb"), _columns(tmp_path / "new.duckdb")
    assert {table: sorted(columns) for table, columns in old.items()} == {table: sorted(columns) for table, columns in new.items()}
    assert set(new) == set(migrations.TABLES)


def _failing_migration(monkeypatch):
    """One more migration whose first statement works and whose second fails: the whole upgrade must roll back."""
    broken = migrations.Migration(
        migrations.LATEST + 1,
        "a table, then a mistake",
        lambda backend: ["CREATE TABLE half_made (x BIGINT)", "ALTER TABLE nowhere ADD x BIGINT"],
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "LATEST", broken.version)


def test_a_failure_half_way_through_the_upgrade_leaves_the_old_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    _old_store(path)
    before = _columns(path)
    _failing_migration(monkeypatch)
    with pytest.raises(StoreError, match="not saved"):
        Store(path)
    assert _columns(path) == before and _version(path) is None  # no migration of the run stayed, not even the first ones
    monkeypatch.undo()
    assert Store(path).commitments().set_index("donor").loc["POL", "quantity"] == 18  # and it upgrades once the bug is fixed


def test_a_failed_upgrade_on_either_backend_changes_nothing(store_target, monkeypatch):
    Store(store_target).close()  # a store at this version
    _failing_migration(monkeypatch)
    with pytest.raises(StoreError, match="not saved"):
        Store(store_target)
    monkeypatch.undo()
    store = Store(store_target)
    assert store.schema_version == migrations.LATEST
    with store._connect() as connection:
        assert "half_made" not in connection.tables()
    store.close()


def test_a_store_from_a_newer_aid_tracker_is_refused_naming_both_versions(store_target):
    store = Store(store_target)
    with store._transaction() as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = ?", [str(migrations.LATEST + 3), migrations.VERSION_KEY])
    store.close()
    with pytest.raises(StoreTooNew, match=rf"schema version {migrations.LATEST + 3}.*up to {migrations.LATEST}"):
        Store(store_target)
    with pytest.raises(StoreTooNew):
        Store(store_target, read_only=True)  # reading it could misread it too


def test_migrations_are_numbered_in_order_without_gaps():
    assert [migration.version for migration in migrations.MIGRATIONS] == list(range(1, migrations.LATEST + 1))

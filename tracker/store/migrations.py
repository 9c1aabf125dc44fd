"""The one schema of the store, for every backend, as an ordered list of migrations.

A store records the number of the last migration applied to it (meta key `schema_version`); opening it applies the
ones after, all in one transaction, so that a store made by an older aid-tracker is upgraded in place or left as it
was. A store whose number is higher than the last migration here was made by a newer aid-tracker and is refused.
Stores made before versions were recorded count as version 0: their tables exist already, and every migration is
written to be a no-op on what is there (IF NOT EXISTS), so they are brought up to date the same way.

Each migration's SQL is the same on DuckDB and PostgreSQL (the types below exist in both), except where a backend
needs something the other lacks (indexes: DuckDB's slow down its bulk appends and it scans fast without them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tracker import schema

DUCKDB, POSTGRESQL = "duckdb", "postgresql"
VERSION_KEY = "schema_version"
REVISION_KEY = "revision"  # the store-wide change marker: one more on every write (see Store.revision)
TEXT = "VARCHAR"
SQL_TYPES = {
    "quantity": "BIGINT",
    "amount": "DOUBLE PRECISION",
    "amount_eur": "DOUBLE PRECISION",
    "package_amount": "DOUBLE PRECISION",
    "package_eur": "DOUBLE PRECISION",
    "fx_rate": "DOUBLE PRECISION",
    "fx_date": "DATE",
    "announced_on": "DATE",
    "evidence_start": "BIGINT",
    "evidence_end": "BIGINT",
    "confidence": "DOUBLE PRECISION",
}
COMMITMENT_COLUMNS = tuple(c for c in schema.COLUMNS if c != "review")  # the review is applied on reading, never stored
PACKAGE_COLUMNS = ("package_amount", "package_currency", "package_eur")  # added by migration 3
STORED_COLUMNS = (*COMMITMENT_COLUMNS, "source_kind", "row_key")  # the commitments table, in order
WATCH_COUNTS = (
    "feeds_read", "feeds_failed", "feeds_waiting", "entries_new", "entries_skipped", "fetched", "failed", "commitments_added"
)  # fmt: skip
TABLES = ("documents", "commitments", "reviews", "meta", "kiel_donors", "feeds", "fetched_pages", "watch_runs")


def _column(name: str) -> str:
    return f"{name} {SQL_TYPES.get(name, TEXT)}"


def _first_tables(backend: str) -> list[str]:
    first = [c for c in COMMITMENT_COLUMNS if c not in PACKAGE_COLUMNS]
    return [
        "CREATE TABLE IF NOT EXISTS documents (id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, published DATE, lang VARCHAR, "
        "text VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL, parser_version VARCHAR NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS commitments ({', '.join(map(_column, first))}, "
        "source_kind VARCHAR NOT NULL, row_key VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS reviews (row_key VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, changes VARCHAR NOT NULL, "
        "reviewed_at TIMESTAMP NOT NULL)",
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS kiel_donors (donor VARCHAR PRIMARY KEY, gdp_eur DOUBLE PRECISION, eu_share_eur DOUBLE PRECISION)",
    ]


def _review_revision(backend: str) -> list[str]:
    return ["ALTER TABLE reviews ADD COLUMN IF NOT EXISTS revision BIGINT DEFAULT 0"]


def _package_columns(backend: str) -> list[str]:
    return [f"ALTER TABLE commitments ADD COLUMN IF NOT EXISTS {_column(name)}" for name in PACKAGE_COLUMNS]


def _feed_tables(backend: str) -> list[str]:
    counts = ", ".join(f"{name} BIGINT NOT NULL" for name in WATCH_COUNTS)
    return [
        "CREATE TABLE IF NOT EXISTS feeds (url VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, etag VARCHAR, last_modified VARCHAR, "
        "last_success TIMESTAMP, last_error VARCHAR, last_error_at TIMESTAMP, failures BIGINT NOT NULL DEFAULT 0, retry_after TIMESTAMP)",
        "CREATE TABLE IF NOT EXISTS fetched_pages (url VARCHAR PRIMARY KEY, feed_url VARCHAR, final_url VARCHAR, document_id VARCHAR, "
        "etag VARCHAR, last_modified VARCHAR, fetched_at TIMESTAMP, last_error VARCHAR, failures BIGINT NOT NULL DEFAULT 0, "
        "retry_after TIMESTAMP)",
        f"CREATE TABLE IF NOT EXISTS watch_runs (started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP NOT NULL, {counts}, "
        "failures VARCHAR NOT NULL)",
    ]


def _change_marker(backend: str) -> list[str]:
    """The change marker's row, made once, so that every write only moves it on (one UPDATE, never a lost count)."""
    return [
        f"INSERT INTO meta (key, value) VALUES ('{REVISION_KEY}', '0') ON CONFLICT (key) DO NOTHING",
    ]


def _indexes(backend: str) -> list[str]:
    if backend != POSTGRESQL:
        return []
    return [
        "CREATE INDEX IF NOT EXISTS commitments_document ON commitments (document_id)",
        "CREATE INDEX IF NOT EXISTS commitments_row_key ON commitments (row_key)",
        "CREATE INDEX IF NOT EXISTS commitments_source_kind ON commitments (source_kind)",
        "CREATE INDEX IF NOT EXISTS documents_source ON documents (source)",
    ]


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: its number, what it does in a few words, and its SQL for a backend."""

    version: int
    what: str
    statements: Callable[[str], list[str]]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, commitments, reviews, meta and Kiel donors", _first_tables),
    Migration(2, "the store revision a review was made at", _review_revision),
    Migration(3, "the value of the package a row is part of", _package_columns),
    Migration(4, "feeds, fetched pages and watch runs", _feed_tables),
    Migration(5, "the change marker's row", _change_marker),
    Migration(6, "indexes for the lookups by document, row key and source", _indexes),
)
LATEST = MIGRATIONS[-1].version


def pending(version: int) -> list[Migration]:
    """The migrations a store at `version` still needs, in order."""
    return [migration for migration in MIGRATIONS if migration.version > version]

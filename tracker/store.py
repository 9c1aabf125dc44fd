"""The local store: an embedded DuckDB file of documents, the commitments parsed from them, and reviews.

Every write is one transaction (a failure half-way leaves the file as it was), documents are keyed by the
hash of their normalised text (the same text twice is stored once), and human reviews live in their own
table keyed by a row key that survives re-parsing. DuckDB lets one process hold the file at a time, so
each operation opens it briefly and waits (up to a timeout) while another process has it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import math
import os
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import platformdirs
import pyarrow as pa

from tracker import __version__, fx, schema
from tracker.documents import Document
from tracker.extract.vocabulary import english_name
from tracker.kiel import SOURCE_KIND, KielRelease
from tracker.parsing import Announcement, Parser, document_id
from tracker.summaries import ANNOUNCEMENT, link_reannouncements

DEFAULT_TIMEOUT = 10.0
EDITABLE = ("donor", "category", "item", "quantity", "amount", "currency", "status", "announced_on")
REQUIRED = ("donor", "category", "status")  # every row has them: an edit may change them, never clear them
KEPT_SHARE = 0.5  # a new Kiel release with fewer than half the stored release's rows looks like a truncated download
_SQL_TYPES = {
    "quantity": "BIGINT",
    "amount": "DOUBLE",
    "amount_eur": "DOUBLE",
    "package_amount": "DOUBLE",
    "package_eur": "DOUBLE",
    "fx_rate": "DOUBLE",
    "fx_date": "DATE",
    "announced_on": "DATE",
    "evidence_start": "BIGINT",
    "evidence_end": "BIGINT",
    "confidence": "DOUBLE",
}
_COMMITMENT_COLUMNS = [c for c in schema.COLUMNS if c != "review"]
_ADDED_COLUMNS = ("package_amount", "package_currency", "package_eur")  # columns newer than the first stores: added in place
_TABLES = f"""
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, published DATE, lang VARCHAR,
    text VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL, parser_version VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS commitments (
    {", ".join(f"{c} {_SQL_TYPES.get(c, 'VARCHAR')}" for c in _COMMITMENT_COLUMNS)},
    source_kind VARCHAR NOT NULL,
    row_key VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    row_key VARCHAR PRIMARY KEY, state VARCHAR NOT NULL, changes VARCHAR NOT NULL, reviewed_at TIMESTAMP NOT NULL
);
ALTER TABLE reviews ADD COLUMN IF NOT EXISTS revision BIGINT DEFAULT 0;
{"".join(f"ALTER TABLE commitments ADD COLUMN IF NOT EXISTS {c} {_SQL_TYPES.get(c, 'VARCHAR')};" for c in _ADDED_COLUMNS)}
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS kiel_donors (donor VARCHAR PRIMARY KEY, gdp_eur DOUBLE, eu_share_eur DOUBLE);
"""

# Feed state and watch runs (tracker/feeds.py), made on the first write that needs them: validators and failures per
# feed and per fetched page, and one row per watch run with its counts.
_FEED_TABLES = """
CREATE TABLE IF NOT EXISTS feeds (
    url VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, etag VARCHAR, last_modified VARCHAR, last_success TIMESTAMP,
    last_error VARCHAR, last_error_at TIMESTAMP, failures BIGINT NOT NULL DEFAULT 0, retry_after TIMESTAMP
);
CREATE TABLE IF NOT EXISTS fetched_pages (
    url VARCHAR PRIMARY KEY, feed_url VARCHAR, final_url VARCHAR, document_id VARCHAR, etag VARCHAR, last_modified VARCHAR,
    fetched_at TIMESTAMP, last_error VARCHAR, failures BIGINT NOT NULL DEFAULT 0, retry_after TIMESTAMP
);
CREATE TABLE IF NOT EXISTS watch_runs (
    started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP NOT NULL, feeds_read BIGINT NOT NULL, feeds_failed BIGINT NOT NULL,
    feeds_waiting BIGINT NOT NULL, entries_new BIGINT NOT NULL, entries_skipped BIGINT NOT NULL, fetched BIGINT NOT NULL,
    failed BIGINT NOT NULL, commitments_added BIGINT NOT NULL, failures VARCHAR NOT NULL
);
"""
WATCH_COUNTS = (
    "feeds_read", "feeds_failed", "feeds_waiting", "entries_new", "entries_skipped", "fetched", "failed", "commitments_added"
)  # fmt: skip


class StoreError(Exception):
    """The store cannot be used as asked; the message says why and what to do."""


class ReviewConflict(StoreError):
    """The row changed (someone else reviewed it, a re-parse rewrote it) after this reviewer loaded it; saving would
    silently overwrite what they never saw."""


class StoreBusy(StoreError):
    """Another process held the store for longer than the timeout."""


class StoreReadOnly(StoreError):
    """The store file (or its folder) may be read but not written by this user."""


class KielRefused(StoreError):
    """A Kiel import that would empty or mostly remove the stored release (a truncated download); `force` imports it."""


@dataclass(frozen=True, slots=True)
class KielImport:
    """What importing a Kiel release did."""

    label: str
    rows: int
    replaced: int
    unchanged: bool


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What ingesting one document did."""

    document_id: str
    new: bool
    rows: int


@dataclass(frozen=True, slots=True)
class SourceState:
    """What the store remembers of a feed or a fetched page: its validators, failures in a row, when to try again."""

    etag: str | None
    last_modified: str | None
    failures: int
    retry_after: dt.datetime | None  # UTC, naive (as every timestamp of the store)
    document_id: str | None = None  # pages only: the document its text is stored as


def default_path() -> Path:
    """AID_TRACKER_DB when set, else tracker.duckdb in the user's data folder."""
    configured = os.environ.get("AID_TRACKER_DB")
    if configured:
        return Path(configured)
    return Path(platformdirs.user_data_dir("aid-tracker", appauthor=False)) / "tracker.duckdb"


def row_key(document: str, donor: str, category: str, status: str) -> str:
    """The identity of a commitment that a newer parser finds again: document, donor, category, stage."""
    return f"{document}|{donor}|{category}|{status}"


class Store:
    """The DuckDB store at one path."""

    def __init__(self, path: str | Path | None = None, *, timeout: float = DEFAULT_TIMEOUT, read_only: bool = False) -> None:
        """Open (or create) the store; a file this user may only read is opened read-only: it reads and exports, and every
        write is refused with a clear message."""
        self.path = Path(path) if path is not None else default_path()
        self.timeout = timeout
        self.read_only = read_only
        self._read_at: tuple[tuple[int, int], ...] | None = None
        self._revision = 0
        self.skipped_reviews: tuple[str, ...] = ()  # set by commitments(): the stored reviews it could not apply
        if not read_only:
            try:
                with self._connect() as connection:
                    connection.execute(_TABLES)
            except StoreReadOnly:
                if not self.path.is_file():
                    raise
                self.read_only = True
        if self.read_only:
            with self._connect() as connection:
                tables = {name for (name,) in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            if not {"documents", "commitments", "reviews", "meta"} <= tables:
                raise StoreError(f"{self.path}: not an aid-tracker store (it has no commitments table)")

    @contextmanager
    def _connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the file for one operation, waiting while another process holds it."""
        if not self.read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.timeout
        delay = 0.05
        while True:
            try:
                connection = duckdb.connect(str(self.path), read_only=self.read_only)
                break
            except duckdb.IOException as error:
                message = str(error).lower()
                if "permission denied" in message or "read-only file system" in message:
                    raise StoreReadOnly(f"{self.path}: cannot open the store for writing ({error})") from None
                if "lock" not in message:
                    raise StoreError(f"{self.path}: cannot open the store ({error})") from None
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"{self.path}: another aid-tracker process is using the store; try again when it has finished"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
            except duckdb.Error as error:
                raise StoreError(f"{self.path}: not a readable aid-tracker store ({error})") from None
        try:
            yield connection
        except duckdb.Error as error:  # a damaged file can open and fail later, on the first page it reads
            raise StoreError(f"{self.path}: cannot read the store, the file may be damaged ({error})") from None
        finally:
            connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One all-or-nothing write that also moves the store's revision on."""
        if self.read_only:
            raise StoreReadOnly(f"{self.path}: the store is read-only for this user; nothing was changed")
        with self._connect() as connection:
            connection.begin()
            try:
                yield connection
                connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('revision', "
                    "CAST(COALESCE((SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'revision'), 0) + 1 AS VARCHAR))"
                )
                connection.commit()
            except duckdb.Error as error:
                _rollback(connection)
                raise StoreError(f"{self.path}: the change was not saved, the store is as it was ({error})") from None
            except BaseException:
                _rollback(connection)
                raise

    def revision(self) -> int:
        """A number that changes with every write: the dashboard's cache key, asked on every rerun.

        Opening the file costs milliseconds, so the number is read again only when the file or its write-ahead
        log has changed on disk since the last reading (every commit changes one of them).
        """
        stamp = self._file_stamp()
        if stamp is not None and stamp == self._read_at:
            return self._revision
        with self._connect() as connection:
            found = connection.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        self._read_at, self._revision = stamp, int(found[0]) if found else 0
        return self._revision

    def _file_stamp(self) -> tuple[tuple[int, int], ...] | None:
        """Modification time and size of the file and of its write-ahead log; None when they cannot be read."""
        stamps = []
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                found = path.stat()
            except FileNotFoundError:
                stamps.append((0, 0))
            except OSError:
                return None
            else:
                stamps.append((found.st_mtime_ns, found.st_size))
        return tuple(stamps)

    def ingest(self, document: Document, *, published: dt.date | None = None) -> IngestResult:
        """Parse and store a document once; the same text again changes nothing."""
        return self.ingest_many([document], published=published)[0]

    def ingest_many(
        self, documents: Iterable[Document], *, published: dt.date | None = None, jobs: int = 1, batch: int = 500
    ) -> list[IngestResult]:
        """Parse and store many documents (across `jobs` processes); each batch of `batch` documents is one transaction.

        `published` dates the documents that state no date of their own (front matter or page metadata).

        Texts already stored are recognised by their hash before any parsing, so a repeated ingest reads and hashes
        only. If the process dies, every batch committed so far is complete and nothing of the others is stored.
        """
        results: list[IngestResult] = []
        with Parser(jobs) as parser:
            for chunk in _batches(documents, batch):
                results.extend(self._ingest_batch(chunk, published, parser))
        return results

    def _ingest_batch(self, documents: tuple[Document, ...], published: dt.date | None, parser: Parser) -> list[IngestResult]:
        ids = [document_id(document.text) for document in documents]
        stored = self._stored_ids(ids)
        todo: dict[str, Document] = {}
        for doc_id, document in zip(ids, documents, strict=True):
            if doc_id not in stored:
                todo.setdefault(doc_id, document)  # the same text twice in one batch is stored once
        announcements = [
            Announcement(d.text, d.published or published, d.source, d.lang) for d in todo.values()
        ]  # the file's own date first
        frame = schema.to_frame(itertools.chain.from_iterable(records := parser.records(announcements)))
        rows = dict(zip(todo, map(len, records), strict=True))
        with self._transaction() as connection:
            stored |= self._stored_ids(list(todo), connection)  # another process may have stored some meanwhile
            if stored & todo.keys():
                frame = frame[~frame["document_id"].isin(list(stored)).to_numpy(dtype=bool)]
            fresh = [(doc_id, document) for doc_id, document in todo.items() if doc_id not in stored]
            _insert_documents(connection, fresh, published)
            _insert_commitments(connection, frame)
        new = {doc_id for doc_id, _ in fresh}
        results = []
        for doc_id in ids:
            first = doc_id in new
            new.discard(doc_id)
            results.append(IngestResult(doc_id, new=first, rows=rows[doc_id] if first else 0))
        return results

    def ingest_edited(
        self, document: Document, edits: Mapping[str, Mapping[str, object]], *, published: dt.date | None = None
    ) -> IngestResult:
        """Store a document, its rows and the edits made to them before saving (row key to changed fields) in one
        transaction, or nothing: every edit is checked first. A text already stored changes nothing, edits included."""
        checked = {key: _checked_review("edited", dict(changes)) for key, changes in edits.items()}
        doc_id = document_id(document.text)
        announcement = Announcement(document.text, document.published or published, document.source, document.lang)
        with Parser() as parser:
            frame = schema.to_frame(parser.records([announcement])[0])
        keys = {row_key(*values) for values in zip(frame["document_id"], frame["donor"], frame["category"], frame["status"], strict=True)}
        unknown = sorted(set(checked) - keys)
        if unknown:
            raise StoreError(f"edits of rows this document does not hold: {', '.join(unknown)}; nothing was saved")
        with self._transaction() as connection:
            if self._stored_ids([doc_id], connection):
                return IngestResult(doc_id, new=False, rows=0)
            _insert_documents(connection, [(doc_id, document)], published)
            _insert_commitments(connection, frame)
            for key, cleaned in checked.items():
                _write_review(connection, key, "edited", cleaned)
        return IngestResult(doc_id, new=True, rows=len(frame))

    def _stored_ids(self, ids: list[str], connection: duckdb.DuckDBPyConnection | None = None) -> set[str]:
        if not ids:
            return set()
        if connection is None:
            with self._connect() as opened:
                return self._stored_ids(ids, opened)
        found = connection.execute("SELECT id FROM documents WHERE list_contains(?, id)", [ids]).fetchall()
        return {doc_id for (doc_id,) in found}

    def reparse(self, *, jobs: int = 1, batch: int = 500) -> int:
        """Parse every stored document again with this parser version; reviews stay. Returns the rows written.

        By batches of `batch` documents, each one transaction (as ingest does): one transaction per document cost a
        connection, a commit and a table conversion each, and made reparse many times slower than ingest.
        """
        with self._connect() as connection:
            ids = [doc_id for (doc_id,) in connection.execute("SELECT id FROM documents ORDER BY added_at").fetchall()]
        written = 0
        with Parser(jobs) as parser:
            for start in range(0, len(ids), batch):
                chunk = ids[start : start + batch]
                with self._connect() as connection:
                    found = connection.execute(
                        "SELECT text, published, source, lang FROM documents WHERE list_contains(?, id) ORDER BY added_at", [chunk]
                    ).fetchall()
                frame = schema.to_frame(itertools.chain.from_iterable(parser.records([Announcement(*values) for values in found])))
                with self._transaction() as connection:
                    connection.execute(
                        "DELETE FROM commitments WHERE source_kind = ? AND list_contains(?, document_id)", [ANNOUNCEMENT, chunk]
                    )
                    _insert_commitments(connection, frame)
                    connection.execute("UPDATE documents SET parser_version = ? WHERE list_contains(?, id)", [__version__, chunk])
                written += len(frame)
        return written

    def import_kiel(self, release: KielRelease, *, force: bool = False) -> KielImport:
        """Put a Kiel release beside the announcements; the same files again change nothing, a new release replaces the old.

        A release with no rows, or with fewer than KEPT_SHARE of the stored release's rows, is refused (KielRefused)
        unless `force`: a truncated download must never replace the stored release with nothing.
        """
        with self._transaction() as connection:
            found = connection.execute("SELECT value FROM meta WHERE key = 'kiel_fingerprint'").fetchone()
            if found and found[0] == release.fingerprint:
                # the same files, imported by a version that did not yet keep the donors' GDP and EU shares: add them
                stored_donors = connection.execute("SELECT count(*) FROM kiel_donors").fetchone()[0]
                if stored_donors != len(release.donors):
                    _replace_kiel_donors(connection, release.donors)
                return KielImport(release.label, rows=0, replaced=0, unchanged=True)
            replaced = connection.execute("SELECT count(*) FROM commitments WHERE source_kind = ?", [SOURCE_KIND]).fetchone()[0]
            if not force:
                _check_kiel_size(release, replaced)
            connection.execute("DELETE FROM commitments WHERE source_kind = ?", [SOURCE_KIND])
            _insert_commitments(connection, release.rows, source_kind=SOURCE_KIND, keys=release.rows["id"])
            _replace_kiel_donors(connection, release.donors)
            for key, value in (("kiel_fingerprint", release.fingerprint), ("kiel_label", release.label)):
                connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])
        return KielImport(release.label, rows=len(release.rows), replaced=replaced, unchanged=False)

    def is_synthetic(self) -> bool:
        """Whether this store was written by the benchmark generator (meta synthetic=true): never real data."""
        with self._connect() as connection:
            found = connection.execute("SELECT value FROM meta WHERE key = 'synthetic'").fetchone()
        return bool(found) and found[0] == "true"

    def kiel_label(self) -> str | None:
        """The label of the Kiel release in the store, if any."""
        with self._connect() as connection:
            found = connection.execute("SELECT value FROM meta WHERE key = 'kiel_label'").fetchone()
        return found[0] if found else None

    def kiel_donors(self) -> pd.DataFrame:
        """Each donor's 2021 GDP and share of EU institutions' aid (EUR) from the stored Kiel release; empty without one."""
        with self._connect() as connection:
            tables = {name for (name,) in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            if "kiel_donors" not in tables:  # a read-only store written before this table existed
                return pd.DataFrame({"donor": pd.Series(dtype=object), "gdp_eur": pd.Series(dtype="float64"),
                                     "eu_share_eur": pd.Series(dtype="float64")})  # fmt: skip
            frame = connection.execute("SELECT donor, gdp_eur, eu_share_eur FROM kiel_donors ORDER BY donor").df()
        return frame.astype({"donor": object, "gdp_eur": "float64", "eu_share_eur": "float64"})

    def review(
        self,
        key: str,
        state: str,
        changes: dict[str, object] | None = None,
        *,
        seen_revision: int | None = None,
        shown: str | None = None,
    ) -> None:
        """Accept, reject or edit a row, or restore it ('unreviewed': the parser's values, counted again); the decision is
        kept across re-ingests and re-parses.

        `shown` is the row_fingerprint of the row as the reviewer saw it: if the stored row differs now (someone else
        reviewed it, a re-parse changed it), nothing is saved and ReviewConflict says so. `seen_revision` (the store
        revision the reviewer was looking at) refuses the review when someone reviewed the row after it.
        """
        cleaned = _checked_review(state, changes or {})
        with self._transaction() as connection:
            self._check_unchanged(connection, key, seen_revision, shown)
            _write_review(connection, key, state, cleaned)

    def _check_unchanged(self, connection: duckdb.DuckDBPyConnection, key: str, seen_revision: int | None, shown: str | None) -> None:
        """Refuse a review of a row that is gone, or that changed since the reviewer saw it."""
        rows, _ = _read_commitments(connection, key)
        if rows.empty:
            raise StoreError(f"no commitment with key {key!r} (it may have been re-parsed or replaced); nothing was saved")
        earlier = connection.execute("SELECT state, revision FROM reviews WHERE row_key = ?", [key]).fetchone()
        if seen_revision is not None and earlier is not None and earlier[1] > seen_revision:
            raise ReviewConflict(
                f"this row was reviewed ({earlier[0]}) by someone else after you loaded it; nothing was saved. "
                "Look at the row again, then review it."
            )
        if shown is not None and shown not in {row_fingerprint(row) for _, row in rows.iterrows()}:
            raise ReviewConflict(
                "this row changed after you loaded it (someone else reviewed it, or it was parsed again); nothing was saved. "
                "Look at the row again, then review it."
            )

    def document_count(self) -> int:
        """How many documents are stored (without reading them)."""
        with self._connect() as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents(self) -> pd.DataFrame:
        """The stored documents, without their text."""
        with self._connect() as connection:
            return connection.execute(
                "SELECT id, source, title, published, lang, added_at, parser_version FROM documents ORDER BY added_at"
            ).df()

    def commitments(self) -> pd.DataFrame:
        """Every stored commitment (in storage order), reviews applied, with the row key the review API takes.

        A stored review that no longer passes the checks (written by an older version, or by hand) is skipped, never
        fatal: `skipped_reviews` then names each one, for the dashboard and the command line to say so.
        """
        with self._connect() as connection:
            frame, skipped = _read_commitments(connection)
        self.skipped_reviews = tuple(skipped)
        return link_reannouncements(frame)

    # Feeds and watch runs ------------------------------------------------------------------------------------------

    def _has_feed_tables(self, connection: duckdb.DuckDBPyConnection) -> bool:
        found = connection.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'watch_runs'").fetchone()
        return bool(found and found[0])

    def _source_state(self, table: str, url: str) -> SourceState | None:
        columns = "etag, last_modified, failures, retry_after" + (", document_id" if table == "fetched_pages" else "")
        with self._connect() as connection:
            if not self._has_feed_tables(connection):
                return None
            found = connection.execute(f"SELECT {columns} FROM {table} WHERE url = ?", [url]).fetchone()
        return SourceState(*found) if found else None

    def feed_state(self, url: str) -> SourceState | None:
        """The validators and failures of a feed (None for a feed never read)."""
        return self._source_state("feeds", url)

    def page_state(self, url: str) -> SourceState | None:
        """The validators, failures and document of a fetched page (None for a page never fetched)."""
        return self._source_state("fetched_pages", url)

    def page_known(self, url: str) -> bool:
        """Whether a page's text is stored already: fetched from this address, or a document whose source it is."""
        with self._connect() as connection:
            if self._has_feed_tables(connection):
                found = connection.execute("SELECT count(*) FROM fetched_pages WHERE url = ? AND document_id IS NOT NULL", [url]).fetchone()
                if found[0]:
                    return True
            return bool(connection.execute("SELECT count(*) FROM documents WHERE source = ?", [url]).fetchone()[0])

    def record_feed_read(self, url: str, name: str, *, etag: str | None, last_modified: str | None) -> None:
        """A feed read (or unchanged since): its validators kept for the next conditional request, its failures cleared."""
        with self._transaction() as connection:
            connection.execute(_FEED_TABLES)
            connection.execute(
                "INSERT INTO feeds (url, name, etag, last_modified, last_success, failures) VALUES (?, ?, ?, ?, ?, 0) "
                "ON CONFLICT (url) DO UPDATE SET name = excluded.name, etag = excluded.etag, last_modified = excluded.last_modified, "
                "last_success = excluded.last_success, failures = 0, retry_after = NULL",
                [url, name, etag, last_modified, _now()],
            )

    def record_feed_failure(self, url: str, name: str, error: str, *, retry_after: dt.datetime) -> None:
        """A feed that failed: the error, one more failure in a row, and the time before which it is not asked again."""
        with self._transaction() as connection:
            connection.execute(_FEED_TABLES)
            connection.execute(
                "INSERT INTO feeds (url, name, last_error, last_error_at, failures, retry_after) VALUES (?, ?, ?, ?, 1, ?) "
                "ON CONFLICT (url) DO UPDATE SET name = excluded.name, last_error = excluded.last_error, "
                "last_error_at = excluded.last_error_at, failures = feeds.failures + 1, retry_after = excluded.retry_after",
                [url, name, error, _now(), retry_after],
            )

    def record_page(
        self, url: str, *, feed_url: str | None, final_url: str, document_id: str, etag: str | None, last_modified: str | None
    ) -> None:
        """A page fetched and stored (as `document_id`): it is not fetched again."""
        with self._transaction() as connection:
            connection.execute(_FEED_TABLES)
            connection.execute(
                "INSERT OR REPLACE INTO fetched_pages "
                "(url, feed_url, final_url, document_id, etag, last_modified, fetched_at, last_error, failures, retry_after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, NULL)",  # OR REPLACE sets only the columns named: all are
                [url, feed_url, final_url, document_id, etag, last_modified, _now()],
            )

    def record_page_failure(self, url: str, *, feed_url: str | None, error: str, retry_after: dt.datetime) -> None:
        """A page that could not be fetched or read: the error, and the time before which it is not asked again."""
        with self._transaction() as connection:
            connection.execute(_FEED_TABLES)
            connection.execute(
                "INSERT INTO fetched_pages (url, feed_url, last_error, failures, retry_after) VALUES (?, ?, ?, 1, ?) "
                "ON CONFLICT (url) DO UPDATE SET feed_url = excluded.feed_url, last_error = excluded.last_error, "
                "failures = fetched_pages.failures + 1, retry_after = excluded.retry_after",
                [url, feed_url, error, retry_after],
            )

    def record_watch_run(self, started: dt.datetime, finished: dt.datetime, counts: Mapping[str, int], failures: Iterable[str]) -> None:
        """One watch run: its counts (WATCH_COUNTS) and the failures it met, in plain words."""
        with self._transaction() as connection:
            connection.execute(_FEED_TABLES)
            connection.execute(
                f"INSERT INTO watch_runs VALUES (?, ?, {', '.join('?' for _ in WATCH_COUNTS)}, ?)",
                [started, finished, *(int(counts.get(key, 0)) for key in WATCH_COUNTS), json.dumps(list(failures), ensure_ascii=False)],
            )

    def watch_runs(self, limit: int = 20) -> pd.DataFrame:
        """The latest watch runs, newest first, with their counts and failures (one line each)."""
        with self._connect() as connection:
            if not self._has_feed_tables(connection):
                return pd.DataFrame(columns=["started_at", "finished_at", *WATCH_COUNTS, "failures"])
            frame = connection.execute("SELECT * FROM watch_runs ORDER BY started_at DESC LIMIT ?", [limit]).df()
        frame["failures"] = ["; ".join(json.loads(value)) for value in frame["failures"]]
        return frame

    def feeds(self) -> pd.DataFrame:
        """Each feed watched: last success, last error, failures in a row, when it is asked again, documents stored from it."""
        columns = ["name", "url", "last_success", "last_error", "last_error_at", "failures", "retry_after", "documents"]
        with self._connect() as connection:
            if not self._has_feed_tables(connection):
                return pd.DataFrame(columns=columns)
            return connection.execute(
                f"SELECT {', '.join(columns[:-1])}, (SELECT count(DISTINCT document_id) FROM fetched_pages p "
                "WHERE p.feed_url = feeds.url AND p.document_id IS NOT NULL) AS documents FROM feeds ORDER BY name"
            ).df()


def _replace_kiel_donors(connection: duckdb.DuckDBPyConnection, donors: pd.DataFrame) -> None:
    """The donors' GDP and EU shares of the release being imported, in place of the stored release's."""
    connection.execute("DELETE FROM kiel_donors")
    if len(donors):
        connection.register("new_kiel_donors", donors)
        connection.execute("INSERT INTO kiel_donors SELECT donor, gdp_eur, eu_share_eur FROM new_kiel_donors")
        connection.unregister("new_kiel_donors")


def _check_kiel_size(release: KielRelease, stored: int) -> None:
    """Refuse a release that holds no rows, or that would remove most of the stored release's rows."""
    hint = "nothing was changed. Check that the files downloaded completely, or import them with force (--force)."
    if release.rows.empty:
        raise KielRefused(f"{release.label}: the files hold no rows; {hint}")
    if len(release.rows) < KEPT_SHARE * stored:
        raise KielRefused(f"{release.label}: {len(release.rows):,} rows would replace the {stored:,} stored; {hint}")


def _insert_documents(connection: duckdb.DuckDBPyConnection, documents: list[tuple[str, Document]], published: dt.date | None) -> None:
    if not documents:
        return
    incoming = pd.DataFrame(
        [(doc_id, d.source, d.title, d.published or published, d.lang, d.text) for doc_id, d in documents],
        columns=["id", "source", "title", "published", "lang", "text"],
        dtype=object,
    )
    connection.register("incoming_documents", incoming)
    try:
        connection.execute(
            "INSERT INTO documents SELECT id, source, title, CAST(published AS DATE), lang, text, ?, ? FROM incoming_documents",
            [_now(), __version__],
        )
    finally:
        connection.unregister("incoming_documents")


def _batches(items: Iterable[Document], size: int) -> Iterator[tuple[Document, ...]]:
    iterator = iter(items)
    while chunk := tuple(itertools.islice(iterator, size)):
        yield chunk


def _insert_commitments(
    connection: duckdb.DuckDBPyConnection, frame: pd.DataFrame, *, source_kind: str = ANNOUNCEMENT, keys: Iterable[str] | None = None
) -> None:
    if frame.empty:
        return
    rows = frame[_COMMITMENT_COLUMNS].astype(object).where(frame[_COMMITMENT_COLUMNS].notna(), None)
    rows["source_kind"] = source_kind
    if keys is None:
        keys = (row_key(*values) for values in zip(frame["document_id"], frame["donor"], frame["category"], frame["status"], strict=True))
    rows["row_key"] = list(keys)
    connection.register("incoming", rows)
    try:
        columns = ", ".join([*_COMMITMENT_COLUMNS, "source_kind", "row_key"])
        connection.execute(f"INSERT INTO commitments ({columns}) SELECT {columns} FROM incoming")
    finally:
        connection.unregister("incoming")


def row_fingerprint(row: Mapping[str, object]) -> str:
    """What a reviewer saw of a row (every column of the table, its review included) as a short hash: a review made on
    it is refused once the stored row no longer matches."""
    values = [None if _is_missing(row[column]) else str(row[column]) for column in schema.COLUMNS]
    return hashlib.sha256(json.dumps(values).encode()).hexdigest()[:16]


def _read_commitments(connection: duckdb.DuckDBPyConnection, key: str | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The stored rows (all, or those of one row key) with their usable reviews applied, and the reviews skipped."""
    where, params = ("", None) if key is None else (" WHERE row_key = ?", [key])
    # In storage order: sorting a million rows here cost half a second of every cold load; who shows rows sorts them.
    stored = connection.sql("SELECT * FROM commitments" + where, params=params).to_arrow_table()
    reviews = connection.execute("SELECT row_key, state, changes FROM reviews" + where, params).fetchall()
    frame = schema.from_arrow(stored)
    frame["source_kind"] = pd.arrays.ArrowStringArray(stored["source_kind"].cast(pa.large_string()))
    frame["row_key"] = pd.arrays.ArrowStringArray(stored["row_key"].cast(pa.large_string()))
    usable, skipped = _usable_reviews(reviews)
    _apply_reviews(frame, usable)
    return frame, skipped


def _usable_reviews(reviews: list[tuple[str, str, str]]) -> tuple[dict[str, tuple[str, dict[str, object]]], list[str]]:
    """Each stored review checked as it was on writing; one that fails is left out and named, never fatal."""
    usable, skipped = {}, []
    for key, state, changes in reviews:
        try:
            usable[key] = (state, _checked_review(state, json.loads(changes)))
        except (StoreError, ValueError, TypeError) as error:
            skipped.append(f"review of {key}: {error}")
    return usable, skipped


def _checked_review(state: str, changes: object) -> dict[str, object]:
    """A review's state and edited fields, checked before anything is written (and again when read back)."""
    if state not in schema.REVIEW_STATES:
        raise StoreError(f"review state must be one of {', '.join(schema.REVIEW_STATES)}, not {state!r}")
    cleaned = _validated_changes(changes)
    if state == "edited" and not cleaned:
        raise StoreError("an edit needs at least one changed field")
    if state != "edited" and cleaned:
        raise StoreError(f"only an edit changes fields, not {state!r}")
    return cleaned


def _write_review(connection: duckdb.DuckDBPyConnection, key: str, state: str, cleaned: dict[str, object]) -> None:
    current = connection.execute("SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'revision'").fetchone()
    revision = (current[0] if current else 0) + 1  # the revision this transaction is about to make
    connection.execute(
        "INSERT OR REPLACE INTO reviews (row_key, state, changes, reviewed_at, revision) VALUES (?, ?, ?, ?, ?)",
        [key, state, json.dumps(cleaned), _now(), revision],
    )


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float | np.floating) and math.isnan(value))


def _checked_number(field: str, value: object) -> int | float:
    """A count (a whole number up to schema.MAX_QUANTITY) or an amount (up to schema.MAX_AMOUNT), never a bool, text or infinity."""
    limit = schema.MAX_QUANTITY if field == "quantity" else schema.MAX_AMOUNT
    problem = f"{field} must be a number of at least 0 and at most {limit:,.0f}, not {value!r}"
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating | str):
        raise StoreError(problem)
    try:
        number = float(value)
    except ValueError:
        raise StoreError(problem) from None
    if not math.isfinite(number) or not 0 <= number <= limit:
        raise StoreError(problem)
    if field == "quantity":
        if not number.is_integer():
            raise StoreError(f"quantity must be a whole number, not {value!r}")
        return int(number)
    return number


def _validated_changes(changes: object) -> dict[str, object]:
    """Only editable fields, each checked against the table's vocabulary and ranges: what passes can always be read."""
    if not isinstance(changes, dict):
        raise StoreError(f"the changes must be a mapping of field to value, not {type(changes).__name__}")
    cleaned: dict[str, object] = {}
    for field, value in changes.items():
        if field not in EDITABLE:
            raise StoreError(f"{field!r} cannot be edited; editable: {', '.join(EDITABLE)}")
        if _is_missing(value):
            if field in REQUIRED:
                raise StoreError(f"{field} cannot be empty: every row has one")
            cleaned[field] = None
        elif field == "category":
            if value not in schema.CATEGORIES:
                raise StoreError(f"unknown category {value!r}")
            cleaned[field] = str(value)
        elif field == "status":
            if value not in schema.STATUSES:
                raise StoreError(f"unknown status {value!r}")
            cleaned[field] = str(value)
        elif field in ("quantity", "amount"):
            cleaned[field] = _checked_number(field, value)
        elif field == "item":
            item = str(value).strip()
            if len(item) > schema.MAX_ITEM_CHARS:
                raise StoreError(f"item is {len(item):,} characters long; at most {schema.MAX_ITEM_CHARS:,}")
            cleaned[field] = item or None
        elif field == "announced_on":
            try:
                cleaned[field] = schema.checked_date(dt.date.fromisoformat(str(value)[:10]), "announced_on").isoformat()
            except ValueError as error:
                raise StoreError(f"announced_on: {error}") from None
        elif field == "donor":
            code = str(value).strip().upper()
            if not schema.is_donor_code(code):
                raise StoreError(f"unknown donor {value!r}: give an ISO 3166 alpha-3 code such as DEU, or EU or NATO")
            cleaned[field] = code
        elif field == "currency":
            code = str(value).strip().upper()
            if fx.eur_rate(code, None) is None:
                raise StoreError(f"unknown currency {value!r}: give an ISO 4217 code that the ECB quotes, such as EUR or USD")
            cleaned[field] = code
    return cleaned


def _apply_reviews(frame: pd.DataFrame, by_key: dict[str, tuple[str, dict[str, object]]]) -> None:
    """Set each reviewed row's state and (checked) edits in place; only the reviewed rows are visited."""
    frame["review"] = pd.Categorical.from_codes(np.zeros(len(frame), dtype="int64"), dtype=schema.DTYPES["review"])
    if not by_key:
        return
    reviewed = np.flatnonzero(frame["row_key"].isin(list(by_key)).to_numpy())
    if not len(reviewed):
        return
    updates: dict[str, tuple[list[int], list[object]]] = {}

    def put(field: str, position: int, value: object) -> None:
        positions, values = updates.setdefault(field, ([], []))
        positions.append(position)
        values.append(value)

    columns = frame.columns
    for position in reviewed.tolist():
        state, changes = by_key[frame.iat[position, columns.get_loc("row_key")]]
        put("review", position, state)
        for field, value in changes.items():
            put(field, position, pd.Timestamp(value) if field == "announced_on" and value else value)
        if "category" in changes:
            put("aid_type", position, schema.CATEGORY_AID_TYPE[str(changes["category"])])
        if changes.get("donor"):
            put("donor_name", position, english_name(str(changes["donor"])))
        if {"amount", "currency", "announced_on"} & changes.keys():
            current = {
                field: changes.get(field, frame.iat[position, columns.get_loc(field)]) for field in ("amount", "currency", "announced_on")
            }
            for field, value in _eur_values(**current).items():
                put(field, position, value)
    for field, (positions, values) in updates.items():
        frame.iloc[positions, columns.get_loc(field)] = values


def _eur_values(amount: object, currency: object, announced_on: object) -> dict[str, object]:
    """The EUR fields of an edited row, at the ECB rate of its (possibly edited) date."""
    rate = None
    if not pd.isna(amount) and not pd.isna(currency):
        rate = fx.eur_rate(str(currency), None if pd.isna(announced_on) else pd.Timestamp(announced_on).date())
    if rate is None:
        return {"amount_eur": pd.NA, "fx_rate": pd.NA, "fx_date": pd.NaT}
    return {"amount_eur": float(amount) * rate[0], "fx_rate": rate[0], "fx_date": pd.Timestamp(rate[1])}


def _rollback(connection: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):  # the transaction may already be void (DuckDB ends it on a failed write)
        connection.rollback()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)

"""The store: documents, the commitments parsed from them, reviews, Kiel releases and feed state, behind one interface.

Two backends keep it, with the same schema (tracker/store/migrations.py) and the same behaviour:

- DuckDB (tracker/store/duckdb_backend.py): one file, the embedded default. One process writes at a time; another
  waits up to a timeout, then stops with StoreBusy.
- PostgreSQL (tracker/store/postgres_backend.py): a team's shared store, chosen by a libpq URI
  (`postgresql://user@host/db`, `postgresql:///db` on the local socket, `postgres://`). Several processes write at
  once, readers are never blocked.

`open_store(target)` (or `Store(target)`) opens either from a string: a URI selects PostgreSQL, anything else is a
DuckDB file path. This module holds what both share: every write is one transaction that also moves the store's
change marker on (a failure half-way leaves the store as it was); documents are keyed by the hash of their normalised
text (the same text twice is stored once); reviews live in their own table keyed by a row key that survives
re-parsing, each with a row version that a review must name to be saved. The store only stores: parsing is
tracker/parsing.py's, linking re-announcements tracker/summaries.py's.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Protocol

import duckdb  # noqa: F401  (tests patch tracker.store.duckdb.connect: the DuckDB backend calls it through the module)
import pandas as pd
import platformdirs
import pyarrow as pa

from tracker import __version__, schema
from tracker.documents import Document
from tracker.kiel import SOURCE_KIND, KielRelease
from tracker.parsing import Announcement, Parser, announcement_of, document_id
from tracker.store import migrations
from tracker.store.errors import KielRefused, ReviewConflict, StoreBusy, StoreError, StoreReadOnly, StoreTooNew
from tracker.store.migrations import REVISION_KEY, STORED_COLUMNS, WATCH_COUNTS
from tracker.store.reviews import (
    EDITABLE,
    REQUIRED,
    UNREVIEWED_VERSION,
    apply_reviews,
    checked_review,
    row_fingerprint,
    row_key,
    usable_reviews,
)
from tracker.summaries import ANNOUNCEMENT, link_reannouncements

__all__ = [
    "DEFAULT_TIMEOUT", "EDITABLE", "KEPT_SHARE", "POSTGRES_SCHEMES", "REQUIRED", "WATCH_COUNTS", "Connection", "IngestResult",
    "KielImport", "KielRefused", "ReviewConflict", "SourceState", "Store", "StoreBusy", "StoreError", "StoreReadOnly",
    "StoreTooNew", "default_path", "default_target", "is_postgres", "open_store", "row_fingerprint", "row_key",
]  # fmt: skip

DEFAULT_TIMEOUT = 10.0
DEFAULT_BATCH = 500  # documents parsed together, and (on DuckDB) written in one transaction
KEPT_SHARE = 0.5  # a new Kiel release with fewer than half the stored release's rows looks like a truncated download
POSTGRES_SCHEMES = ("postgresql://", "postgres://")  # libpq's URI schemes
_BUMP_REVISION = f"UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = '{REVISION_KEY}'"


class Rows(Protocol):
    """What a query returns: its rows, one or all."""

    def fetchone(self) -> tuple | None: ...
    def fetchall(self) -> list[tuple]: ...


class Connection(Protocol):
    """One backend connection, as the shared code uses it: parameters as `?`, results as tuples, Arrow or pandas."""

    def execute(self, sql: str, params: Sequence[object] = ()) -> Rows: ...
    def arrow(self, sql: str, params: Sequence[object] = ()) -> pa.Table: ...
    def frame(self, sql: str, params: Sequence[object] = ()) -> pd.DataFrame: ...
    def append(self, table: str, rows: pd.DataFrame | pa.Table) -> None: ...
    def insert_new(self, table: str, rows: pd.DataFrame) -> set[str]: ...
    def tables(self) -> set[str]: ...
    def lock_schema(self) -> None: ...


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
    """AID_TRACKER_DB when it names a file, else tracker.duckdb in the user's data folder."""
    configured = os.environ.get("AID_TRACKER_DB")
    if configured and not is_postgres(configured):
        return Path(configured)
    return Path(platformdirs.user_data_dir("aid-tracker", appauthor=False)) / "tracker.duckdb"


def default_target() -> str:
    """The store to use when none is given: AID_TRACKER_DB (a file path or a PostgreSQL URI), else the default file."""
    configured = os.environ.get("AID_TRACKER_DB")
    return configured if configured else str(default_path())


def is_postgres(target: str | Path) -> bool:
    """Whether a store target is a PostgreSQL URI (else it is a DuckDB file path)."""
    return isinstance(target, str) and target.strip().lower().startswith(POSTGRES_SCHEMES)


def open_store(target: str | Path | None = None, *, timeout: float = DEFAULT_TIMEOUT, read_only: bool = False) -> Store:
    """The store a `--db` value or AID_TRACKER_DB names: a PostgreSQL URI, or a DuckDB file path (None: the default)."""
    return Store(target, timeout=timeout, read_only=read_only)


class Store:
    """Documents, commitments, reviews, Kiel releases and feeds; `Store(target)` opens the backend the target names.

    A backend (a subclass) gives connections (`_connect` to read, `_write` for one transaction) that speak the
    Connection protocol; everything else is here, once.
    """

    backend: ClassVar[str]
    read_only: bool
    timeout: float
    skipped_reviews: tuple[str, ...]
    schema_version: int

    def __new__(cls, target: str | Path | None = None, **options: object) -> Store:
        """`Store(target)` is the backend the target names, so that every caller opens a store the same way."""
        if cls is Store:  # the backends import this module: each is imported when first used
            if is_postgres(str(target) if target is not None else default_target()):
                from tracker.store.postgres_backend import PostgresStore as cls
            else:
                from tracker.store.duckdb_backend import DuckDBStore as cls
        return super().__new__(cls)

    def __init__(self, target: str | Path | None = None, **options: object) -> None:
        """Only a backend is ever made (see __new__)."""
        raise NotImplementedError

    # What a backend provides -------------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The store as messages name it (a file path, or a URI without its password)."""
        raise NotImplementedError

    def _connect(self) -> AbstractContextManager[Connection]:
        """A connection to read with (one consistent view of the store)."""
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        """A connection inside one transaction, committed when the block ends, rolled back (and named) if it fails."""
        raise NotImplementedError

    def revision(self) -> int:
        """A number that changes with every write, by any process: the dashboard's cache key, asked on every rerun."""
        with self._connect() as connection:
            return self._read_revision(connection)

    def close(self) -> None:
        """Let go of any connection kept open (DuckDB keeps none between operations)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"

    # Opening: the schema -----------------------------------------------------------------------------------------

    def _open_schema(self) -> None:
        """Bring the store's schema to this version's (in one transaction), or refuse a store from a newer aid-tracker."""
        with self._connect() as connection:
            tables = connection.tables()
            version = self._stored_version(connection, tables)
        self._check_version(version, tables)
        if self.read_only or version == migrations.LATEST:
            self.schema_version = version
            return
        with self._write() as connection:
            connection.lock_schema()  # two processes opening a new store at once: one migrates, the other waits
            version = self._stored_version(connection, connection.tables())
            self._check_version(version, None)
            for migration in migrations.pending(version):
                for statement in migration.statements(self.backend):
                    connection.execute(statement)
            connection.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [migrations.VERSION_KEY, str(migrations.LATEST)],
            )
        self.schema_version = migrations.LATEST

    def _stored_version(self, connection: Connection, tables: set[str]) -> int:
        if "meta" not in tables:
            return 0
        found = connection.execute("SELECT value FROM meta WHERE key = ?", [migrations.VERSION_KEY]).fetchone()
        return int(found[0]) if found else 0

    def _check_version(self, version: int, tables: set[str] | None) -> None:
        if version > migrations.LATEST:
            raise StoreTooNew(
                f"{self.name}: this store has schema version {version}, made by a newer aid-tracker; this one "
                f"(aid-tracker {__version__}) knows schema versions up to {migrations.LATEST}. Upgrade aid-tracker to use it; "
                "nothing was changed."
            )
        if self.read_only and tables is not None and not {"documents", "commitments", "reviews", "meta"} <= tables:
            raise StoreError(f"{self.name}: not an aid-tracker store (it has no commitments table)")

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One all-or-nothing write that also moves the store's change marker on, last, just before the commit."""
        if self.read_only:
            raise StoreReadOnly(f"{self.name}: the store is read-only for this user; nothing was changed")
        with self._write() as connection:
            yield connection
            connection.execute(_BUMP_REVISION)

    def _read_revision(self, connection: Connection) -> int:
        found = connection.execute("SELECT value FROM meta WHERE key = ?", [REVISION_KEY]).fetchone()
        return int(found[0]) if found else 0

    # Documents ---------------------------------------------------------------------------------------------------

    documents_per_transaction: ClassVar[int | None] = None  # None: a whole batch in one transaction

    def ingest(self, document: Document, *, published: dt.date | None = None) -> IngestResult:
        """Parse and store a document once; the same text again changes nothing."""
        return self.ingest_many([document], published=published)[0]

    def ingest_many(
        self, documents: Iterable[Document], *, published: dt.date | None = None, jobs: int = 1, batch: int = DEFAULT_BATCH
    ) -> list[IngestResult]:
        """Parse and store many documents (across `jobs` processes), `batch` documents parsed at a time.

        `published` dates the documents that state no date of their own (front matter or page metadata).

        Texts already stored are recognised by their hash before any parsing, so a repeated ingest reads and hashes
        only. Each document is written whole or not at all: on DuckDB a batch is one transaction, on PostgreSQL each
        document is (several processes write at once), so a killed process leaves every committed one complete.
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
        records = parser.records([announcement_of(document, published) for document in todo.values()])
        parsed = list(zip(todo.items(), records, strict=True))
        size = self.documents_per_transaction or max(len(parsed), 1)
        new: set[str] = set()
        for start in range(0, len(parsed), size):
            group = parsed[start : start + size]
            frame = schema.to_frame(itertools.chain.from_iterable(rows for _, rows in group))
            with self._transaction() as connection:
                inserted = _insert_documents(connection, [item for item, _ in group], published)
                if len(inserted) < len(group):  # another process stored some meanwhile: theirs stand, with their rows
                    frame = frame[frame["document_id"].isin(list(inserted)).to_numpy(dtype=bool)]
                _insert_commitments(connection, frame)
            new |= inserted
        rows = {doc_id: len(found) for (doc_id, _), found in parsed}
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
        checked = {key: checked_review("edited", dict(changes)) for key, changes in edits.items()}
        doc_id = document_id(document.text)
        with Parser() as parser:
            frame = schema.to_frame(parser.records([announcement_of(document, published)])[0])
        keys = {row_key(*values) for values in zip(frame["document_id"], frame["donor"], frame["category"], frame["status"], strict=True)}
        unknown = sorted(set(checked) - keys)
        if unknown:
            raise StoreError(f"edits of rows this document does not hold: {', '.join(unknown)}; nothing was saved")
        with self._transaction() as connection:
            if not _insert_documents(connection, [(doc_id, document)], published):
                return IngestResult(doc_id, new=False, rows=0)
            _insert_commitments(connection, frame)
            for key, cleaned in checked.items():
                _write_review(connection, key, "edited", cleaned, None)
        return IngestResult(doc_id, new=True, rows=len(frame))

    def _stored_ids(self, ids: list[str], connection: Connection | None = None) -> set[str]:
        if not ids:
            return set()
        if connection is None:
            with self._connect() as opened:
                return self._stored_ids(ids, opened)
        found = connection.execute("SELECT id FROM documents WHERE id = ANY(?)", [ids]).fetchall()
        return {doc_id for (doc_id,) in found}

    def reparse(self, *, jobs: int = 1, batch: int = DEFAULT_BATCH) -> int:
        """Parse every stored document again with this parser version; reviews stay. Returns the rows written.

        By batches of `batch` documents, each one transaction (as ingest does): one transaction per document cost a
        connection, a commit and a table conversion each, and made reparse many times slower than ingest.
        """
        with self._connect() as connection:
            ids = [doc_id for (doc_id,) in connection.execute("SELECT id FROM documents ORDER BY added_at, id").fetchall()]
        written = 0
        with Parser(jobs) as parser:
            for start in range(0, len(ids), batch):
                chunk = ids[start : start + batch]
                with self._connect() as connection:
                    found = connection.execute(
                        "SELECT text, published, source, lang FROM documents WHERE id = ANY(?) ORDER BY added_at, id", [chunk]
                    ).fetchall()
                frame = schema.to_frame(itertools.chain.from_iterable(parser.records([Announcement(*values) for values in found])))
                with self._transaction() as connection:
                    connection.execute("DELETE FROM commitments WHERE source_kind = ? AND document_id = ANY(?)", [ANNOUNCEMENT, chunk])
                    _insert_commitments(connection, frame)
                    connection.execute("UPDATE documents SET parser_version = ? WHERE id = ANY(?)", [__version__, chunk])
                written += len(frame)
        return written

    def document_count(self) -> int:
        """How many documents are stored (without reading them)."""
        with self._connect() as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents(self) -> pd.DataFrame:
        """The stored documents, without their text."""
        with self._connect() as connection:
            return connection.frame(
                "SELECT id, source, title, published, lang, added_at, parser_version FROM documents ORDER BY added_at, id"
            )

    # Kiel releases -----------------------------------------------------------------------------------------------

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
                _set_meta(connection, key, value)
        return KielImport(release.label, rows=len(release.rows), replaced=replaced, unchanged=False)

    def _meta(self, key: str) -> str | None:
        with self._connect() as connection:
            found = connection.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return found[0] if found else None

    def is_synthetic(self) -> bool:
        """Whether this store was written by the benchmark generator (meta synthetic=true): never real data."""
        return self._meta("synthetic") == "true"

    def kiel_label(self) -> str | None:
        """The label of the Kiel release in the store, if any."""
        return self._meta("kiel_label")

    def kiel_donors(self) -> pd.DataFrame:
        """Each donor's 2021 GDP and share of EU institutions' aid (EUR) from the stored Kiel release; empty without one."""
        with self._connect() as connection:
            if "kiel_donors" not in connection.tables():  # a read-only store written before this table existed
                return pd.DataFrame({"donor": pd.Series(dtype=object), "gdp_eur": pd.Series(dtype="float64"),
                                     "eu_share_eur": pd.Series(dtype="float64")})  # fmt: skip
            frame = connection.frame("SELECT donor, gdp_eur, eu_share_eur FROM kiel_donors ORDER BY donor")
        return frame.astype({"donor": object, "gdp_eur": "float64", "eu_share_eur": "float64"})

    # Reviews -----------------------------------------------------------------------------------------------------

    def review(
        self,
        key: str,
        state: str,
        changes: dict[str, object] | None = None,
        *,
        seen_revision: int | None = None,
        shown: str | None = None,
        seen_version: int | None = None,
    ) -> None:
        """Accept, reject or edit a row, or restore it ('unreviewed': the parser's values, counted again); the decision is
        kept across re-ingests and re-parses.

        Three ways to say what the reviewer saw, each refusing the review (ReviewConflict, nothing saved) when the row
        moved on since: `seen_version`, the row's review version as shown (review_version; compared and moved on
        in the same statement, so two reviewers on two servers cannot both save); `shown`, the row_fingerprint of the row
        (also catches a re-parse); `seen_revision`, the store revision the reviewer was looking at.
        """
        cleaned = checked_review(state, changes or {})
        with self._transaction() as connection:
            self._check_unchanged(connection, key, seen_revision, shown)
            if not _write_review(connection, key, state, cleaned, seen_version):
                raise ReviewConflict(
                    "this row was reviewed by someone else after you loaded it; nothing was saved. Look at the row again, then review it."
                )

    def review_version(self, key: str) -> int:
        """The row's review version now (UNREVIEWED_VERSION for a row never reviewed): what a reviewer passes as seen_version."""
        with self._connect() as connection:
            found = connection.execute("SELECT COALESCE(revision, 0) FROM reviews WHERE row_key = ?", [key]).fetchone()
        return found[0] if found else UNREVIEWED_VERSION

    def _check_unchanged(self, connection: Connection, key: str, seen_revision: int | None, shown: str | None) -> None:
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

    def commitments(self) -> pd.DataFrame:
        """Every stored commitment (in storage order), reviews applied, with the row key the review API takes.

        A stored review that no longer passes the checks (written by an older version, or by hand) is skipped, never
        fatal: `skipped_reviews` then names each one, for the dashboard and the command line to say so.
        """
        with self._connect() as connection:
            frame, skipped = _read_commitments(connection)
        self.skipped_reviews = tuple(skipped)
        return link_reannouncements(frame)

    # Feeds and watch runs ----------------------------------------------------------------------------------------

    def _has_feed_tables(self, connection: Connection) -> bool:
        return "watch_runs" in connection.tables()  # a read-only store from before the feeds

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
            connection.execute(
                "INSERT INTO feeds (url, name, etag, last_modified, last_success, failures) VALUES (?, ?, ?, ?, ?, 0) "
                "ON CONFLICT (url) DO UPDATE SET name = excluded.name, etag = excluded.etag, last_modified = excluded.last_modified, "
                "last_success = excluded.last_success, failures = 0, retry_after = NULL",
                [url, name, etag, last_modified, _now()],
            )

    def record_feed_failure(self, url: str, name: str, error: str, *, retry_after: dt.datetime) -> None:
        """A feed that failed: the error, one more failure in a row, and the time before which it is not asked again."""
        with self._transaction() as connection:
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
            connection.execute(
                "INSERT INTO fetched_pages "
                "(url, feed_url, final_url, document_id, etag, last_modified, fetched_at, last_error, failures, retry_after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, NULL) ON CONFLICT (url) DO UPDATE SET feed_url = excluded.feed_url, "
                "final_url = excluded.final_url, document_id = excluded.document_id, etag = excluded.etag, "
                "last_modified = excluded.last_modified, fetched_at = excluded.fetched_at, last_error = NULL, failures = 0, "
                "retry_after = NULL",
                [url, feed_url, final_url, document_id, etag, last_modified, _now()],
            )

    def record_page_failure(self, url: str, *, feed_url: str | None, error: str, retry_after: dt.datetime) -> None:
        """A page that could not be fetched or read: the error, and the time before which it is not asked again."""
        with self._transaction() as connection:
            connection.execute(
                "INSERT INTO fetched_pages (url, feed_url, last_error, failures, retry_after) VALUES (?, ?, ?, 1, ?) "
                "ON CONFLICT (url) DO UPDATE SET feed_url = excluded.feed_url, last_error = excluded.last_error, "
                "failures = fetched_pages.failures + 1, retry_after = excluded.retry_after",
                [url, feed_url, error, retry_after],
            )

    def record_watch_run(self, started: dt.datetime, finished: dt.datetime, counts: Mapping[str, int], failures: Iterable[str]) -> None:
        """One watch run: its counts (WATCH_COUNTS) and the failures it met, in plain words."""
        with self._transaction() as connection:
            connection.execute(
                f"INSERT INTO watch_runs VALUES (?, ?, {', '.join('?' for _ in WATCH_COUNTS)}, ?)",
                [started, finished, *(int(counts.get(key, 0)) for key in WATCH_COUNTS), json.dumps(list(failures), ensure_ascii=False)],
            )

    def watch_runs(self, limit: int = 20) -> pd.DataFrame:
        """The latest watch runs, newest first, with their counts and failures (one line each)."""
        with self._connect() as connection:
            if not self._has_feed_tables(connection):
                return pd.DataFrame(columns=["started_at", "finished_at", *WATCH_COUNTS, "failures"])
            frame = connection.frame("SELECT * FROM watch_runs ORDER BY started_at DESC LIMIT ?", [limit])
        frame["failures"] = ["; ".join(json.loads(value)) for value in frame["failures"]]
        return frame

    def feeds(self) -> pd.DataFrame:
        """Each feed watched: last success, last error, failures in a row, when it is asked again, documents stored from it."""
        columns = ["name", "url", "last_success", "last_error", "last_error_at", "failures", "retry_after", "documents"]
        with self._connect() as connection:
            if not self._has_feed_tables(connection):
                return pd.DataFrame(columns=columns)
            return connection.frame(
                f"SELECT {', '.join(columns[:-1])}, (SELECT count(DISTINCT document_id) FROM fetched_pages p "
                "WHERE p.feed_url = feeds.url AND p.document_id IS NOT NULL) AS documents FROM feeds ORDER BY name"
            )


# What every backend's writes share --------------------------------------------------------------------------------


def _set_meta(connection: Connection, key: str, value: str) -> None:
    connection.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def _replace_kiel_donors(connection: Connection, donors: pd.DataFrame) -> None:
    """The donors' GDP and EU shares of the release being imported, in place of the stored release's."""
    connection.execute("DELETE FROM kiel_donors")
    if len(donors):
        connection.append("kiel_donors", donors[["donor", "gdp_eur", "eu_share_eur"]])


def _check_kiel_size(release: KielRelease, stored: int) -> None:
    """Refuse a release that holds no rows, or that would remove most of the stored release's rows."""
    hint = "nothing was changed. Check that the files downloaded completely, or import them with force (--force)."
    if release.rows.empty:
        raise KielRefused(f"{release.label}: the files hold no rows; {hint}")
    if len(release.rows) < KEPT_SHARE * stored:
        raise KielRefused(f"{release.label}: {len(release.rows):,} rows would replace the {stored:,} stored; {hint}")


def _insert_documents(connection: Connection, documents: list[tuple[str, Document]], published: dt.date | None) -> set[str]:
    """Store the documents not stored yet (another process may have stored some since they were looked up); their ids."""
    if not documents:
        return set()
    now = _now()
    incoming = pd.DataFrame(
        [(doc_id, d.source, d.title, d.published or published, d.lang, d.text, now, __version__) for doc_id, d in documents],
        columns=["id", "source", "title", "published", "lang", "text", "added_at", "parser_version"],
        dtype=object,
    )
    return connection.insert_new("documents", incoming)


def _batches(items: Iterable[Document], size: int) -> Iterator[tuple[Document, ...]]:
    iterator = iter(items)
    while chunk := tuple(itertools.islice(iterator, size)):
        yield chunk


def _insert_commitments(
    connection: Connection, frame: pd.DataFrame, *, source_kind: str = ANNOUNCEMENT, keys: Iterable[str] | None = None
) -> None:
    if frame.empty:
        return
    columns = list(migrations.COMMITMENT_COLUMNS)
    rows = frame[columns].astype(object).where(frame[columns].notna(), None)
    rows["source_kind"] = source_kind
    if keys is None:
        keys = (row_key(*values) for values in zip(frame["document_id"], frame["donor"], frame["category"], frame["status"], strict=True))
    rows["row_key"] = list(keys)
    connection.append("commitments", rows[list(STORED_COLUMNS)])


def _read_commitments(connection: Connection, key: str | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The stored rows (all, or those of one row key) with their usable reviews applied, and the reviews skipped."""
    where, params = ("", []) if key is None else (" WHERE row_key = ?", [key])
    # In storage order: sorting a million rows here cost half a second of every cold load; who shows rows sorts them.
    stored = connection.arrow("SELECT * FROM commitments" + where, params)
    reviews = connection.execute("SELECT row_key, state, changes FROM reviews" + where, params).fetchall()
    frame = schema.from_arrow(stored)
    frame["source_kind"] = pd.arrays.ArrowStringArray(stored["source_kind"].cast(pa.large_string()))
    frame["row_key"] = pd.arrays.ArrowStringArray(stored["row_key"].cast(pa.large_string()))
    usable, skipped = usable_reviews(reviews)
    apply_reviews(frame, usable)
    return frame, skipped


def _write_review(connection: Connection, key: str, state: str, cleaned: dict[str, object], seen_version: int | None) -> bool:
    """Write the review; its row's version becomes the revision this transaction makes. When `seen_version` is given,
    only if the row is still at that version, checked and moved on in the same statement (False when it is not:
    someone else reviewed the row since, and on PostgreSQL a concurrent reviewer waits for the row, then finds it moved)."""
    current = connection.execute("SELECT CAST(value AS BIGINT) FROM meta WHERE key = ?", [REVISION_KEY]).fetchone()
    revision = (current[0] if current else 0) + 1  # the revision this transaction is about to make
    values = [state, json.dumps(cleaned), _now(), revision]
    insert = "INSERT INTO reviews (row_key, state, changes, reviewed_at, revision) VALUES (?, ?, ?, ?, ?) ON CONFLICT (row_key) "
    if seen_version is None:
        connection.execute(
            insert + "DO UPDATE SET state = excluded.state, changes = excluded.changes, reviewed_at = excluded.reviewed_at, "
            "revision = excluded.revision",
            [key, *values],
        )
        return True
    if seen_version == UNREVIEWED_VERSION:  # nobody had reviewed it: the first review wins, a second finds its row there
        return bool(connection.execute(insert + "DO NOTHING RETURNING row_key", [key, *values]).fetchall())
    found = connection.execute(
        "UPDATE reviews SET state = ?, changes = ?, reviewed_at = ?, revision = ? WHERE row_key = ? AND COALESCE(revision, 0) = ? "
        "RETURNING row_key",
        [*values, key, seen_version],
    ).fetchall()
    return bool(found)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)

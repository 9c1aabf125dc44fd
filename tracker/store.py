"""The local store: an embedded DuckDB file of documents, the commitments parsed from them, and reviews.

Every write is one transaction (a failure half-way leaves the file as it was), documents are keyed by the
hash of their normalised text (the same text twice is stored once), and human reviews live in their own
table keyed by a row key that survives re-parsing. DuckDB lets one process hold the file at a time, so
each operation opens it briefly and waits (up to a timeout) while another process has it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import platformdirs

from tracker import __version__, fx, schema
from tracker.documents import Document
from tracker.kiel import SOURCE_KIND, KielRelease
from tracker.parsing import document_id, parse_text
from tracker.summaries import ANNOUNCEMENT, link_reannouncements

DEFAULT_TIMEOUT = 10.0
EDITABLE = ("donor", "category", "item", "quantity", "amount", "currency", "status", "announced_on")
_SQL_TYPES = {
    "quantity": "BIGINT",
    "amount": "DOUBLE",
    "amount_eur": "DOUBLE",
    "fx_rate": "DOUBLE",
    "fx_date": "DATE",
    "announced_on": "DATE",
    "evidence_start": "BIGINT",
    "evidence_end": "BIGINT",
    "confidence": "DOUBLE",
}
_COMMITMENT_COLUMNS = [c for c in schema.COLUMNS if c != "review"]
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
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
"""


class StoreError(Exception):
    """The store cannot be used as asked; the message says why and what to do."""


class StoreBusy(StoreError):
    """Another process held the store for longer than the timeout."""


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

    def __init__(self, path: str | Path | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.timeout = timeout
        with self._connect() as connection:
            connection.execute(_TABLES)

    @contextmanager
    def _connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the file for one operation, waiting while another process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.timeout
        delay = 0.05
        while True:
            try:
                connection = duckdb.connect(str(self.path))
                break
            except duckdb.IOException as error:
                if "lock" not in str(error).lower():
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
        finally:
            connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One all-or-nothing write that also moves the store's revision on."""
        with self._connect() as connection:
            connection.begin()
            try:
                yield connection
                connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('revision', "
                    "CAST(COALESCE((SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'revision'), 0) + 1 AS VARCHAR))"
                )
                connection.commit()
            except BaseException:
                connection.rollback()
                raise

    def revision(self) -> int:
        """A number that changes with every write: the dashboard's cache key."""
        with self._connect() as connection:
            found = connection.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(found[0]) if found else 0

    def ingest(self, document: Document, *, published: dt.date | None = None) -> IngestResult:
        """Parse and store a document once; the same text again changes nothing."""
        doc_id = document_id(document.text)
        with self._connect() as connection:
            if connection.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone():
                return IngestResult(doc_id, new=False, rows=0)
        published = published or document.published
        frame = parse_text(document.text, published=published, source=document.source, lang=document.lang)
        with self._transaction() as connection:
            if connection.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone():
                return IngestResult(doc_id, new=False, rows=0)  # another process stored it meanwhile
            connection.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [doc_id, document.source, document.title, published, document.lang, document.text, _now(), __version__],
            )
            _insert_commitments(connection, frame)
        return IngestResult(doc_id, new=True, rows=len(frame))

    def reparse(self) -> int:
        """Parse every stored document again with this parser version; reviews stay. Returns the rows written."""
        with self._connect() as connection:
            documents = connection.execute("SELECT id, text, published, source, lang FROM documents ORDER BY added_at").fetchall()
        written = 0
        for doc_id, text, published, source, lang in documents:
            frame = parse_text(text, published=published, source=source, lang=lang)
            with self._transaction() as connection:
                connection.execute("DELETE FROM commitments WHERE document_id = ?", [doc_id])
                _insert_commitments(connection, frame)
                connection.execute("UPDATE documents SET parser_version = ? WHERE id = ?", [__version__, doc_id])
            written += len(frame)
        return written

    def import_kiel(self, release: KielRelease) -> KielImport:
        """Put a Kiel release beside the announcements; the same files again change nothing, a new release replaces the old."""
        with self._transaction() as connection:
            found = connection.execute("SELECT value FROM meta WHERE key = 'kiel_fingerprint'").fetchone()
            if found and found[0] == release.fingerprint:
                return KielImport(release.label, rows=0, replaced=0, unchanged=True)
            replaced = connection.execute("SELECT count(*) FROM commitments WHERE source_kind = ?", [SOURCE_KIND]).fetchone()[0]
            connection.execute("DELETE FROM commitments WHERE source_kind = ?", [SOURCE_KIND])
            _insert_commitments(connection, release.rows, source_kind=SOURCE_KIND, keys=release.rows["id"])
            for key, value in (("kiel_fingerprint", release.fingerprint), ("kiel_label", release.label)):
                connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])
        return KielImport(release.label, rows=len(release.rows), replaced=replaced, unchanged=False)

    def kiel_label(self) -> str | None:
        """The label of the Kiel release in the store, if any."""
        with self._connect() as connection:
            found = connection.execute("SELECT value FROM meta WHERE key = 'kiel_label'").fetchone()
        return found[0] if found else None

    def review(self, key: str, state: str, changes: dict[str, object] | None = None) -> None:
        """Accept, reject or edit a row; the decision is kept across re-ingests and re-parses."""
        if state not in ("accepted", "rejected", "edited"):
            raise StoreError(f"review state must be accepted, rejected or edited, not {state!r}")
        cleaned = _validated_changes(changes or {})
        if state == "edited" and not cleaned:
            raise StoreError("an edit needs at least one changed field")
        with self._transaction() as connection:
            if not connection.execute("SELECT 1 FROM commitments WHERE row_key = ?", [key]).fetchone():
                raise StoreError(f"no commitment with key {key!r}")
            connection.execute("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?)", [key, state, json.dumps(cleaned), _now()])

    def documents(self) -> pd.DataFrame:
        """The stored documents, without their text."""
        with self._connect() as connection:
            return connection.execute(
                "SELECT id, source, title, published, lang, added_at, parser_version FROM documents ORDER BY added_at"
            ).df()

    def commitments(self) -> pd.DataFrame:
        """Every stored commitment, reviews applied, with the row key the review API takes."""
        with self._connect() as connection:
            frame = connection.execute("SELECT * FROM commitments ORDER BY announced_on, document_id, donor, category").df()
            reviews = connection.execute("SELECT row_key, state, changes FROM reviews").fetchall()
        keys = frame.pop("row_key")
        kinds = frame.pop("source_kind")
        frame["review"] = "unreviewed"
        frame = schema.coerce(frame)
        for key, state, changes in reviews:
            _apply_review(frame, keys == key, state, json.loads(changes))
        frame["source_kind"] = kinds.astype(schema.DTYPES["id"])
        frame["row_key"] = keys.astype(schema.DTYPES["id"])
        return link_reannouncements(frame)


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
        connection.execute(f"INSERT INTO commitments SELECT {', '.join(_COMMITMENT_COLUMNS)}, source_kind, row_key FROM incoming")
    finally:
        connection.unregister("incoming")


def _validated_changes(changes: dict[str, object]) -> dict[str, object]:
    """Only editable fields, each checked against the table's vocabulary and ranges."""
    cleaned: dict[str, object] = {}
    for field, value in changes.items():
        if field not in EDITABLE:
            raise StoreError(f"{field!r} cannot be edited; editable: {', '.join(EDITABLE)}")
        if value is None or (isinstance(value, float) and math.isnan(value)):
            cleaned[field] = None
        elif field == "category" and value not in schema.CATEGORIES:
            raise StoreError(f"unknown category {value!r}")
        elif field == "status" and value not in schema.STATUSES:
            raise StoreError(f"unknown status {value!r}")
        elif field in ("quantity", "amount"):
            number = float(value)
            if not math.isfinite(number) or number < 0:
                raise StoreError(f"{field} must be a number of at least 0, not {value!r}")
            cleaned[field] = int(number) if field == "quantity" else number
        elif field == "announced_on":
            cleaned[field] = dt.date.fromisoformat(str(value)[:10]).isoformat()
        elif field in ("donor", "currency"):
            code = str(value).strip().upper()
            if not (code.isalpha() and (len(code) == 3 or code in ("EU", "NATO"))):
                raise StoreError(f"{field} must be a code such as DEU or EUR, not {value!r}")
            cleaned[field] = code
        else:
            cleaned[field] = str(value)
    return cleaned


def _apply_review(frame: pd.DataFrame, mask: pd.Series, state: str, changes: dict[str, object]) -> None:
    if not mask.any():
        return
    frame.loc[mask, "review"] = state
    for field, value in changes.items():
        frame.loc[mask, field] = pd.Timestamp(value) if field == "announced_on" and value else value
    if "category" in changes:
        frame.loc[mask, "aid_type"] = schema.CATEGORY_AID_TYPE[str(changes["category"])]
    if {"amount", "currency", "announced_on"} & changes.keys():
        for index in frame.index[mask]:
            amount, currency, on = frame.at[index, "amount"], frame.at[index, "currency"], frame.at[index, "announced_on"]
            rate = None if pd.isna(amount) or pd.isna(currency) else fx.eur_rate(str(currency), None if pd.isna(on) else on.date())
            frame.at[index, "amount_eur"] = float(amount) * rate[0] if rate else pd.NA
            frame.at[index, "fx_rate"] = rate[0] if rate else pd.NA
            frame.at[index, "fx_date"] = pd.Timestamp(rate[1]) if rate else pd.NaT


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)

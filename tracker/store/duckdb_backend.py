"""The DuckDB backend: the store as one embedded file, the default.

DuckDB lets one process hold the file at a time, so each operation opens it briefly and waits (up to a timeout) while
another process has it; a write is one transaction on that connection.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

import duckdb
import pandas as pd
import pyarrow as pa

from tracker.store import DEFAULT_TIMEOUT, Rows, Store, default_path
from tracker.store.errors import StoreBusy, StoreError, StoreReadOnly
from tracker.store.migrations import DUCKDB

FIRST_WAIT, LONGEST_WAIT = 0.05, 0.5  # seconds between tries to open a file another process holds, doubling
_INCOMING = "incoming_rows"  # the name a DataFrame being inserted is registered under, for one statement


class DuckDBConnection:
    """A DuckDB connection as the shared store code speaks to it (DuckDB takes `?` parameters and lists natively)."""

    def __init__(self, raw: duckdb.DuckDBPyConnection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[object] = ()) -> Rows:
        """Run one statement; its rows are read from the returned object."""
        return self.raw.execute(sql, list(params))

    def arrow(self, sql: str, params: Sequence[object] = ()) -> pa.Table:
        """A query's result as an Arrow table, without a copy."""
        return self.raw.sql(sql, params=list(params) or None).to_arrow_table()

    def frame(self, sql: str, params: Sequence[object] = ()) -> pd.DataFrame:
        """A query's result as a DataFrame."""
        return self.raw.execute(sql, list(params)).df()

    def append(self, table: str, rows: pd.DataFrame | pa.Table) -> None:
        """Insert every row of the frame or Arrow table (its columns named as the table's) in one statement."""
        names = ", ".join(rows.column_names if isinstance(rows, pa.Table) else rows.columns)
        self._from_frame(f"INSERT INTO {table} ({names}) SELECT {names} FROM {_INCOMING}", rows)

    def insert_new(self, table: str, rows: pd.DataFrame) -> set[str]:
        """Insert the rows whose key (the first column) is not in the table yet; the keys inserted."""
        columns = ", ".join(rows.columns)
        found = self._from_frame(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {_INCOMING} ON CONFLICT DO NOTHING RETURNING {rows.columns[0]}", rows
        )
        return {key for (key,) in found}

    def _from_frame(self, sql: str, rows: pd.DataFrame | pa.Table) -> list[tuple]:
        self.raw.register(_INCOMING, rows)
        try:
            return self.raw.execute(sql).fetchall()
        finally:
            self.raw.unregister(_INCOMING)

    def tables(self) -> set[str]:
        """The store's tables."""
        found = self.raw.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        return {name for (name,) in found.fetchall()}

    def lock_schema(self) -> None:
        """Nothing to do: the open file is this process's alone."""


class DuckDBStore(Store):
    """The DuckDB store at one path."""

    backend: ClassVar[str] = DUCKDB

    def __init__(self, path: str | Path | None = None, *, timeout: float = DEFAULT_TIMEOUT, read_only: bool = False) -> None:
        """Open (or create) the store; a file this user may only read is opened read-only: it reads and exports, and every
        write is refused with a clear message."""
        self.path = Path(path) if path is not None else default_path()
        self.timeout = timeout
        self.read_only = read_only
        self._read_at: tuple[tuple[int, int], ...] | None = None
        self._revision = 0
        self.skipped_reviews: tuple[str, ...] = ()  # set by commitments(): the stored reviews it could not apply
        try:
            self._open_schema()
        except StoreReadOnly:
            if read_only or not self.path.is_file():
                raise
            self.read_only = True
            self._open_schema()

    @property
    def name(self) -> str:
        """The file's path."""
        return str(self.path)

    @contextmanager
    def _connect(self) -> Iterator[DuckDBConnection]:
        """Open the file for one operation, waiting while another process holds it."""
        if not self.read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.timeout
        delay = FIRST_WAIT
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
                delay = min(delay * 2, LONGEST_WAIT)
            except duckdb.Error as error:
                raise StoreError(f"{self.path}: not a readable aid-tracker store ({error})") from None
        try:
            yield DuckDBConnection(connection)
        except duckdb.Error as error:  # a damaged file can open and fail later, on the first page it reads
            raise StoreError(f"{self.path}: cannot read the store, the file may be damaged ({error})") from None
        finally:
            connection.close()

    @contextmanager
    def _write(self) -> Iterator[DuckDBConnection]:
        """One all-or-nothing write on the file, held by this process until it commits."""
        if self.read_only:
            raise StoreReadOnly(f"{self.path}: the store is read-only for this user; nothing was changed")
        with self._connect() as connection:
            connection.raw.begin()
            try:
                yield connection
                connection.raw.commit()
            except duckdb.Error as error:
                _rollback(connection.raw)
                raise StoreError(f"{self.path}: the change was not saved, the store is as it was ({error})") from None
            except BaseException:
                _rollback(connection.raw)
                raise

    def revision(self) -> int:
        """A number that changes with every write: the dashboard's cache key, asked on every rerun.

        Opening the file costs milliseconds, so the number is read again only when the file or its write-ahead
        log has changed on disk since the last reading (every commit changes one of them).
        """
        stamp = self._file_stamp()
        if stamp is not None and stamp == self._read_at:
            return self._revision
        self._revision, self._read_at = super().revision(), stamp
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


def _rollback(connection: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):  # the transaction may already be void (DuckDB ends it on a failed write)
        connection.rollback()

"""The PostgreSQL backend: a team's shared store, chosen by a libpq URI (`postgresql://user@host/db`, `postgresql:///db`).

Several processes write at once: each write is one READ COMMITTED transaction, documents go in with
`ON CONFLICT DO NOTHING` (two processes ingesting one text store it once), and the change marker is the last
statement before the commit, so it holds its row lock for an instant. Readers use a REPEATABLE READ, READ ONLY
transaction (one consistent view) and are never blocked by writers.

Credentials come only from the URI, the PG* environment variables or a pgpass file (libpq reads them itself); the
password is never part of a message, a log line or `repr` (`name` is the URI without it).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import ClassVar

import pandas as pd
import psycopg
import pyarrow as pa
import pyarrow.csv as pa_csv
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict

from tracker.store import DEFAULT_TIMEOUT, Rows, Store, default_target
from tracker.store.errors import StoreBusy, StoreError, StoreReadOnly
from tracker.store.migrations import POSTGRESQL

IDLE_CONNECTIONS = 4  # connections kept open for the next operation (the dashboard runs each rerun in a new thread)
SCHEMA_LOCK = 0x41494454  # the advisory lock two processes migrating one database at once take in turn ("AIDT")
CONNECT_SECONDS = 10  # libpq's connect_timeout when the URI sets none
APPLICATION = "aid-tracker"
_ARROW_TYPES = {  # PostgreSQL type OIDs to Arrow types, for the types the schema uses (others are left to inference)
    16: pa.bool_(),
    20: pa.int64(),
    21: pa.int16(),
    23: pa.int32(),
    25: pa.string(),
    1043: pa.string(),
    700: pa.float32(),
    701: pa.float64(),
    1082: pa.date32(),
    1114: pa.timestamp("us"),
}
_HIDDEN = "********"
# A password wherever libpq may quote it back: in a URI's user part (it echoes a URI it cannot parse) or as a keyword.
_SECRETS = (
    (re.compile(r"(?i)(postgres(?:ql)?://[^:/@\s\"']*):[^\s\"']*@"), rf"\1:{_HIDDEN}@"),  # to the last @: a password may hold one
    (re.compile(r"(?i)(password\s*=\s*)('[^']*'|[^&\s\"']*)"), rf"\1{_HIDDEN}"),
)


class PostgresConnection:
    """A psycopg connection as the shared store code speaks to it (`?` parameters become psycopg's `%s`)."""

    def __init__(self, raw: psycopg.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[object] = ()) -> Rows:
        """Run one statement (parameters only ever as parameters, never in the SQL text)."""
        if params:
            return self.raw.execute(sql.replace("%", "%%").replace("?", "%s"), list(params))
        return self.raw.execute(sql)

    def arrow(self, sql: str, params: Sequence[object] = ()) -> pa.Table:
        """A query's result as an Arrow table, typed by the columns' PostgreSQL types.

        Without parameters it goes through COPY ... TO STDOUT as CSV, parsed by Arrow's CSV reader (typed by the
        columns, so text that looks like a number stays text): commitments() of 100,000 rows took 0.5 s so, 2.3 s
        with the rows fetched as Python tuples; ADBC's PostgreSQL driver read them in 0.7 s, at the cost of one more
        dependency and connections of its own. COPY takes no parameters, so a query with them is fetched.
        """
        if not params:
            return self._copied(sql)
        cursor = self.execute(sql, params)
        rows = cursor.fetchall()
        described = cursor.description or []
        columns = list(zip(*rows, strict=True)) if rows else [() for _ in described]
        return pa.table(
            {
                column.name: pa.array(values, type=_ARROW_TYPES.get(column.type_code))
                for column, values in zip(described, columns, strict=True)
            }
        )

    def _copied(self, sql: str) -> pa.Table:
        described = self.raw.execute(f"SELECT * FROM ({sql}) AS query LIMIT 0").description or []
        names = [column.name for column in described]
        types = {column.name: _ARROW_TYPES[column.type_code] for column in described if column.type_code in _ARROW_TYPES}
        with self.raw.cursor().copy(f"COPY ({sql}) TO STDOUT (FORMAT csv)") as copy:
            text = pa.py_buffer(b"".join(copy))  # a million rows are a few hundred MB of CSV, gone once parsed
        if not text.size:  # no rows: Arrow's reader refuses an empty file
            return pa.table({name: pa.array([], type=types.get(name, pa.string())) for name in names})
        return pa_csv.read_csv(
                pa.BufferReader(text),
                read_options=pa_csv.ReadOptions(column_names=names),
                convert_options=pa_csv.ConvertOptions(
                    column_types=types, strings_can_be_null=True, quoted_strings_can_be_null=False,  # NULL is unquoted, '' quoted
                    true_values=["t"], false_values=["f"],
                ),
            )  # fmt: skip

    def frame(self, sql: str, params: Sequence[object] = ()) -> pd.DataFrame:
        """A query's result as a DataFrame (timestamps as datetime64, as DuckDB gives them)."""
        return self.arrow(sql, params).to_pandas()

    def append(self, table: str, rows: pd.DataFrame | pa.Table) -> None:
        """Insert every row of the frame or Arrow table (its columns named as the table's) through one COPY."""
        if isinstance(rows, pa.Table):
            names, values = rows.column_names, [column.to_pylist() for column in rows.columns]
        else:
            names, values = list(rows.columns), [_python_values(rows[column]) for column in rows.columns]
        with self.raw.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for row in zip(*values, strict=True):
                copy.write_row(row)

    def insert_new(self, table: str, rows: pd.DataFrame) -> set[str]:
        """Insert the rows whose key (the first column) is not in the table yet; the keys inserted. A row another
        transaction is inserting waits for it, then counts as there."""
        columns = list(rows.columns)
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('%s' for _ in columns)}) "
            f"ON CONFLICT DO NOTHING RETURNING {columns[0]}"
        )
        inserted: set[str] = set()
        with self.raw.cursor() as cursor:
            for row in zip(*(_python_values(rows[column]) for column in columns), strict=True):
                cursor.execute(sql, row)
                inserted.update(key for (key,) in cursor.fetchall())
        return inserted

    def tables(self) -> set[str]:
        """The store's tables (in the connection's current schema)."""
        found = self.raw.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        return {name for (name,) in found.fetchall()}

    def lock_schema(self) -> None:
        """Wait for any other process migrating this database; released when the transaction ends."""
        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [SCHEMA_LOCK])


def _python_values(series: pd.Series) -> list[object]:
    """A column's values as the Python objects psycopg sends (numbers, text, dates; None for a missing value)."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return [None if pd.isna(value) else value.to_pydatetime() for value in series]
    values = series.to_numpy(dtype=object, na_value=None)
    return [value.to_pydatetime() if isinstance(value, pd.Timestamp) else (None if value is pd.NaT else value) for value in values]


def _check_uri(target: str) -> None:
    """Refuse a URI whose user part is ambiguous: libpq would take part of the password for the host, and name it."""
    authority = target.split("://", 1)[-1].split("/", 1)[0]
    if authority.count("@") > 1:
        raise StoreError(
            "the PostgreSQL URI has more than one '@' before its host: write an '@' in the user name or password as %40 "
            "(or keep the password in a pgpass file); nothing was opened"
        )


def without_secrets(text: str, target: str) -> str:
    """The text with the target's password, and any password written in a URI or as `password=`, replaced."""
    try:
        password = conninfo_to_dict(target).get("password")
    except psycopg.ProgrammingError:
        password = None
    if password:
        text = text.replace(password, _HIDDEN)
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def printable(target: str) -> str:
    """The URI as messages show it: user, host, port and database, never a password."""
    try:
        parts = conninfo_to_dict(target)
    except psycopg.ProgrammingError:
        return "the PostgreSQL store (its URI cannot be read)"
    user = parts.get("user") or os.environ.get("PGUSER") or ""
    host = parts.get("host") or os.environ.get("PGHOST") or ""
    port = f":{parts['port']}" if parts.get("port") else ""
    where = f"{user}@" if user else ""
    if host.startswith("/"):
        return f"postgresql://{where}/{parts.get('dbname', '')} (socket {host})"
    return f"postgresql://{where}{host}{port}/{parts.get('dbname', '')}"


class PostgresStore(Store):
    """The store in one PostgreSQL database. Each operation borrows a connection and gives it back for the next one (a few
    are kept open: connecting costs more than most reads); a process forked from this one opens its own."""

    backend: ClassVar[str] = POSTGRESQL
    documents_per_transaction: ClassVar[int | None] = 1  # several writers at once: each document commits on its own

    def __init__(self, target: str, *, timeout: float = DEFAULT_TIMEOUT, read_only: bool = False) -> None:
        """Connect (credentials from the URI, the PG* environment or a pgpass file) and bring the schema up to date."""
        self._target = str(target) if target is not None else default_target()
        _check_uri(self._target)
        self._name = printable(self._target)
        self.timeout = timeout
        self.read_only = read_only
        self.skipped_reviews: tuple[str, ...] = ()
        self._idle: list[psycopg.Connection] = []
        self._idle_lock = threading.Lock()
        self._pid = os.getpid()
        self._open_schema()

    @property
    def name(self) -> str:
        """The URI without its password."""
        return self._name

    @contextmanager
    def _borrowed(self) -> Iterator[psycopg.Connection]:
        """A connection for one operation: an idle one, else a new one; given back afterwards unless it broke."""
        with self._idle_lock:
            if self._pid != os.getpid():  # a forked child must not use (or close) its parent's sockets
                self._inherited, self._idle, self._pid = self._idle, [], os.getpid()
            raw = self._idle.pop() if self._idle else None
        if raw is None or raw.closed or raw.broken:
            raw = self._connect_new()
        try:
            yield raw
        finally:
            with self._idle_lock:
                keep = not raw.broken and len(self._idle) < IDLE_CONNECTIONS and self._pid == os.getpid()
                if keep:
                    self._idle.append(raw)
            if not keep:
                raw.close()

    def _connect_new(self) -> psycopg.Connection:
        try:
            return psycopg.connect(self._target, autocommit=True, application_name=APPLICATION, connect_timeout=CONNECT_SECONDS)
        except psycopg.Error as error:
            raise StoreError(f"{self._name}: cannot connect to the PostgreSQL store ({self._without_secrets(error)})") from None

    def _without_secrets(self, error: BaseException) -> str:
        """An error's first line, with the password blanked out: the URI's own, and anything that looks like one."""
        return without_secrets(str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__, self._target)

    @contextmanager
    def _connect(self) -> Iterator[PostgresConnection]:
        """One consistent, read-only view of the store (a REPEATABLE READ transaction that blocks no writer)."""
        try:
            with self._borrowed() as raw, raw.transaction():
                raw.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                yield PostgresConnection(raw)
        except psycopg.Error as error:
            raise self._store_error(error, "cannot read the store") from None

    @contextmanager
    def _write(self) -> Iterator[PostgresConnection]:
        """One all-or-nothing write; a row another writer holds for longer than the timeout ends it with StoreBusy."""
        if self.read_only:
            raise StoreReadOnly(f"{self._name}: the store is opened read-only; nothing was changed")
        try:
            with self._borrowed() as raw, raw.transaction():
                raw.execute("SELECT set_config('lock_timeout', %s, true)", [f"{int(self.timeout * 1000)}ms"])
                yield PostgresConnection(raw)
        except errors.LockNotAvailable:
            raise StoreBusy(
                f"{self._name}: another aid-tracker process held the rows this change needs; nothing was changed, try again"
            ) from None
        except errors.InsufficientPrivilege as error:
            raise StoreReadOnly(
                f"{self._name}: this database role may not make this change; nothing was changed ({self._without_secrets(error)})"
            ) from None
        except psycopg.Error as error:
            raise self._store_error(error, "the change was not saved, the store is as it was") from None

    def _store_error(self, error: psycopg.Error, what: str) -> StoreError:
        return StoreError(f"{self._name}: {what} ({self._without_secrets(error)})")

    def close(self) -> None:
        """Close the connections kept open (an operation after this opens a new one)."""
        with self._idle_lock:
            idle, self._idle = self._idle, []
        for raw in idle:
            raw.close()

"""Moving a whole store between backends (a laptop's DuckDB file into the team's PostgreSQL, and back): every table,
reviews with their row versions, in one transaction on the target."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from tracker.store import Store, StoreError
from tracker.store.migrations import REVISION_KEY, TABLES, VERSION_KEY

OWN_KEYS = (VERSION_KEY, REVISION_KEY)  # meta keys each store keeps for itself: its schema and its change marker


class TargetNotEmpty(StoreError):
    """The target store holds data already: a copy would mix two stores, so it asks for `replace`."""


@dataclass(frozen=True, slots=True)
class CopyResult:
    """What a copy moved: rows per table."""

    rows: dict[str, int]


def copy_store(source: Store, target: Store, *, replace: bool = False) -> CopyResult:
    """Copy every table of `source` into `target`, refusing a target that holds anything unless `replace` (then the
    target's data are replaced, all in the same transaction: a failure leaves the target as it was)."""
    if source.name == target.name and type(source) is type(target):
        raise StoreError(f"{source.name}: the source and the target are the same store; nothing was copied")
    with source._connect() as connection:  # one consistent view of the source
        present = connection.tables()
        tables = {table: connection.arrow(f"SELECT * FROM {table}") for table in TABLES if table in present}
        source_revision = source._read_revision(connection)
    meta = tables.get("meta")
    if meta is not None:
        tables["meta"] = meta.filter(pa.compute.invert(pa.compute.is_in(meta["key"], pa.array(OWN_KEYS))))
    with target._transaction() as connection:
        held = _rows_held(connection)
        if held and not replace:
            described = ", ".join(f"{count:,} {table}" for table, count in held.items())
            raise TargetNotEmpty(
                f"{target.name}: the target store is not empty ({described}); nothing was copied. Copy with --replace to overwrite it."
            )
        for table in TABLES:
            if table == "meta":
                connection.execute(f"DELETE FROM meta WHERE key NOT IN ({', '.join('?' for _ in OWN_KEYS)})", list(OWN_KEYS))
            else:
                connection.execute(f"DELETE FROM {table}")
        for table, rows in tables.items():
            if rows.num_rows:
                connection.append(table, rows)
        # The target's change marker never goes back (a dashboard's cache keyed on an old number would be hit again):
        # it moves past both stores' markers, and the transaction moves it on once more.
        connection.execute(
            "UPDATE meta SET value = CAST(GREATEST(CAST(value AS BIGINT), ?) AS VARCHAR) WHERE key = ?", [source_revision, REVISION_KEY]
        )
    return CopyResult({table: rows.num_rows for table, rows in tables.items()})


def _rows_held(connection) -> dict[str, int]:
    """The target's tables that hold rows (meta: keys other than the store's own), with their counts."""
    held = {}
    for table in TABLES:
        if table == "meta":
            found = connection.execute(f"SELECT count(*) FROM meta WHERE key NOT IN ({', '.join('?' for _ in OWN_KEYS)})", list(OWN_KEYS))
        else:
            found = connection.execute(f"SELECT count(*) FROM {table}")
        count = found.fetchone()[0]
        if count:
            held[table] = count
    return held

"""The PostgreSQL backend's own behaviour: choosing it from a string, credentials never shown, the command line on it."""

import os
import socket
import subprocess
import sys

import pytest

from tracker.store import Store, StoreError, is_postgres, open_store
from tracker.store.duckdb_backend import DuckDBStore
from tracker.store.postgres_backend import PostgresStore, printable

PASSWORD = "s3cret-Pa55word"


def _closed_port() -> int:
    with socket.socket() as probe:  # a port nothing listens on: bound, then released
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    ("target", "postgres"),
    [
        ("postgresql://ana@db.example/aid", True),
        ("postgresql:///aid", True),
        ("POSTGRES://ana@db.example/aid", True),
        ("tracker.duckdb", False),
        ("/data/postgresql/store.duckdb", False),
        ("postgresql.duckdb", False),
    ],
)
def test_a_uri_selects_postgresql_and_anything_else_is_a_file(target, postgres):
    assert is_postgres(target) is postgres


def test_a_path_opens_duckdb(tmp_path):
    assert isinstance(open_store(str(tmp_path / "s.duckdb")), DuckDBStore)
    assert isinstance(Store(tmp_path / "t.duckdb"), DuckDBStore)


def test_a_failing_connection_names_the_server_but_never_the_password():
    target = f"postgresql://ana:{PASSWORD}@127.0.0.1:{_closed_port()}/aid?connect_timeout=2"
    with pytest.raises(StoreError) as raised:
        open_store(target)
    message = str(raised.value)
    assert "cannot connect" in message and "127.0.0.1" in message and "ana@" in message
    assert PASSWORD not in message and PASSWORD not in repr(raised.value)
    assert raised.value.__cause__ is None  # raised "from None": no chained libpq error to print the URI


@pytest.mark.parametrize(
    "template",
    [
        "postgresql://ana:{password}@[broken/aid",  # libpq quotes a URI it cannot parse back in its message
        "postgresql://ana:{password}@[broken@/aid",
        "postgres://ana:{password}@127.0.0.1:{port}/aid?sslmode=sometimes",
        "postgresql:///aid?host=/nowhere&password={password}",
        "postgresql://ana:{password}@127.0.0.1:{port}/aid?unknown_option=1",
    ],
)
def test_a_malformed_uri_never_shows_its_password(template):
    for password in (PASSWORD, "p@ss:w0rd@x"):
        with pytest.raises(StoreError) as raised:
            open_store(template.format(password=password, port=_closed_port()))
        assert password not in str(raised.value) and password.split("@")[-1] not in str(raised.value), str(raised.value)


def test_the_printable_name_and_repr_hold_no_password():
    assert printable(f"postgresql://ana:{PASSWORD}@db.example:5433/aid") == "postgresql://ana@db.example:5433/aid"
    assert PASSWORD not in printable(f"postgresql:///aid?user=ana&password={PASSWORD}")


def test_a_store_opened_with_a_password_never_shows_it(pg_target):
    """A server that trusts its socket ignores the password, one that checks it refuses this one: either way the store's
    name, its repr and the refusal leave the password out."""
    target = f"{pg_target}{'&' if '?' in pg_target else '?'}password={PASSWORD}"
    try:
        opened = open_store(target)
    except StoreError as refused:
        assert PASSWORD not in str(refused)
        return
    assert isinstance(opened, PostgresStore)
    assert PASSWORD not in repr(opened) and PASSWORD not in opened.name
    opened.close()


def test_the_command_line_ingests_into_and_exports_from_postgresql(pg_target, tmp_path):
    release = tmp_path / "release.txt"
    release.write_text("Sweden will deliver 8 Archer howitzers to Ukraine.", encoding="utf-8")
    environment = {**os.environ, "TQDM_DISABLE": "1"}
    command = [sys.executable, "-m", "tracker.cli"]
    ingest = subprocess.run([*command, "ingest", str(release), "--db", pg_target], capture_output=True, text=True, env=environment)
    assert ingest.returncode == 0, ingest.stderr
    exported = subprocess.run(
        [*command, "export"], capture_output=True, text=True, env={**environment, "AID_TRACKER_DB": pg_target}
    )  # the environment variable selects it as --db does
    assert exported.returncode == 0, exported.stderr
    assert "SWE" in exported.stdout and "artillery" in exported.stdout


def test_export_refuses_a_database_that_holds_no_store(pg_server):
    from psycopg import sql

    name = "aid_tracker_empty_database"
    with pg_server.admin() as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        exported = subprocess.run(
            [sys.executable, "-m", "tracker.cli", "export", "--db", pg_server.uri(name)], capture_output=True, text=True
        )
        assert exported.returncode != 0 and "not an aid-tracker store" in exported.stderr
    finally:
        pg_server.drop_database(name)

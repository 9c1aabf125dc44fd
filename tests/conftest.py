"""The `store` fixture: every store test runs on DuckDB and on PostgreSQL (one parametrised suite, not two copies).

PostgreSQL comes from AID_TRACKER_TEST_PG when it is set: a libpq URI of a server where the test role may CREATE
DATABASE (CI sets it). Then a server that cannot be reached fails the tests, never skips them. When it is not set, a
throwaway cluster is started for the session from Debian's binaries (/usr/lib/postgresql/*/bin) on a unix socket in
a temporary folder, run as the `postgres` user when the tests run as root (PostgreSQL refuses to run as root); with
no binaries the PostgreSQL side is skipped, saying what to install.

Each PostgreSQL test gets a database of its own, made from a template that holds the migrated schema (fast) and
dropped after. Fixtures other test files use:

- `store`: a fresh, empty Store on each backend (params "duckdb" and "postgresql"; ids `[duckdb]`, `[postgresql]`).
- `store_target`: the same, as the string `--db` and AID_TRACKER_DB take (a file path or a PostgreSQL URI), with no
  store opened yet: for tests that start `aid-tracker` subprocesses or open several Store objects on one store.
- `pg_target`: a fresh PostgreSQL database's URI alone (for PostgreSQL-only tests).
- `pg_server`: the session's server (PgServer: `.uri(database)`, `.new_database()`, `.drop_database(name)`).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.store import Store

PG_ENVIRONMENT = "AID_TRACKER_TEST_PG"
BACKENDS = ("duckdb", "postgresql")
SERVER_START_SECONDS = 60
PG_SYSTEM_USER = "postgres"  # who runs a throwaway cluster when the tests run as root
TEMPLATE = "aid_tracker_template"
INSTALL_HINT = "install Debian's PostgreSQL server (apt-get install postgresql) or set AID_TRACKER_TEST_PG to a server's URI"
_numbers = itertools.count(1)


class PgServer:
    """A PostgreSQL server the tests may create databases on."""

    def __init__(self, base_uri: str) -> None:
        self.base_uri = base_uri
        self.template_ready = False

    def uri(self, database: str) -> str:
        """The server's URI with another database name (user, host, socket folder and password kept)."""
        parts = urllib.parse.urlsplit(self.base_uri)
        return f"{parts.scheme}://{parts.netloc}/{database}" + (f"?{parts.query}" if parts.query else "")

    def admin(self):  # -> psycopg.Connection
        """An autocommit connection to the server's own database, for CREATE and DROP DATABASE."""
        import psycopg

        return psycopg.connect(self.base_uri, autocommit=True)

    def new_database(self) -> str:
        """A fresh database holding an empty, migrated store; its name."""
        from psycopg import sql

        if not self.template_ready:
            with self.admin() as connection:
                connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(TEMPLATE)))
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(TEMPLATE)))
            Store(self.uri(TEMPLATE)).close()  # migrate the template once; every test database is a copy of it
            self.template_ready = True
        name = f"aid_tracker_test_{os.getpid()}_{next(_numbers)}"
        with self.admin() as connection:
            connection.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(TEMPLATE)))
        return name

    def drop_database(self, name: str) -> None:
        """Drop a test database, closing whatever still connects to it."""
        from psycopg import sql

        with self.admin() as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(Path(path).parts[4]))
    return Path(found[-1]).parent if found else None


def _as_cluster_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", PG_SYSTEM_USER, "--", *command]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server: AID_TRACKER_TEST_PG's, else a throwaway cluster, else skipped."""
    configured = os.environ.get(PG_ENVIRONMENT)
    if configured:
        server = PgServer(configured)
        try:
            server.admin().close()
        except Exception as error:  # a server CI promised must be there: fail, never skip
            pytest.fail(f"{PG_ENVIRONMENT} is set but the server cannot be reached: {type(error).__name__}: {error}")
        yield server
        return
    binaries = _binaries()
    if binaries is None or (os.geteuid() == 0 and not _has_user(PG_SYSTEM_USER)):
        pytest.skip(f"PostgreSQL tests need a server: {INSTALL_HINT}")
    folder = Path(tempfile.mkdtemp(prefix="aid-tracker-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        account = pwd.getpwnam(PG_SYSTEM_USER)
        os.chown(folder, account.pw_uid, account.pw_gid)
    subprocess.run(
        _as_cluster_user([str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]),
        check=True, capture_output=True,
    )  # fmt: skip
    options = f"-k {folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=200"
    subprocess.run(
        _as_cluster_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                          "-t", str(SERVER_START_SECONDS), "start"]),
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield PgServer(f"postgresql:///postgres?host={urllib.parse.quote(str(folder))}&user=postgres")
    finally:
        subprocess.run(_as_cluster_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture
def pg_target(pg_server: PgServer) -> Iterator[str]:
    """A fresh PostgreSQL database holding an empty store, as a URI; dropped after the test."""
    name = pg_server.new_database()
    try:
        yield pg_server.uri(name)
    finally:
        _drop_when_free(pg_server, name)


def _drop_when_free(server: PgServer, name: str) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while True:
        try:
            server.drop_database(name)
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store on each backend, as the string `--db` takes (nothing opened yet)."""
    if request.param == "duckdb":
        return str(tmp_path / "store.duckdb")
    return request.getfixturevalue("pg_target")


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    """A fresh, empty store on each backend."""
    opened = Store(store_target)
    yield opened
    opened.close()

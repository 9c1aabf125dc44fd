"""The README's least-privilege roles, run as they stand there: the dashboard reads and reviews but cannot add a
document, ingest writes data but no table, the owner runs the migrations."""

import re
import secrets
import urllib.parse
from pathlib import Path

import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from tracker.documents import Document
from tracker.store import Store, StoreError, StoreReadOnly, migrations

README = Path(__file__).resolve().parents[1] / "README.md"
ROLES = ("aid_owner", "aid_ingest", "aid_dashboard")
TEXT = "Romania will deliver 1 Patriot system to Ukraine. Bulgaria will send EUR 20 million of humanitarian aid to Ukraine."


def _readme_sql() -> tuple[str, str]:
    """The two SQL blocks of the README's team section: the superuser's, then the owner's."""
    section = README.read_text(encoding="utf-8").split("### A team's store (PostgreSQL)", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) == 2, "the README's team section should hold the superuser's and the owner's SQL"
    return blocks[0], blocks[1]


def _as_role(server_uri: str, database: str, user: str, password: str) -> str:
    """A URI for `user` on the test server (its host, socket folder and port kept)."""
    parts = conninfo_to_dict(server_uri)
    host, port = parts.get("host", ""), parts.get("port")
    query = {"host": host} if host.startswith("/") else {}
    if port and query:
        query["port"] = port
    netloc = f"{user}:{urllib.parse.quote(password)}@" + ("" if query else host + (f":{port}" if port else ""))
    return f"postgresql://{netloc}/{database}" + (f"?{urllib.parse.urlencode(query)}" if query else "")


def _run(connection, block: str) -> None:
    """A README block statement by statement, as psql runs it (CREATE DATABASE cannot share a transaction)."""
    for statement in block.split(";"):
        if statement.strip():
            connection.execute(statement)


@pytest.fixture
def team(pg_server):
    """The README's roles and database under names of this test's own, dropped after; each role's URI."""
    suffix = secrets.token_hex(4)
    names = {role: f"{role}_{suffix}" for role in ROLES}
    passwords = {role: secrets.token_hex(12) for role in ROLES}
    database = f"aid_{suffix}"

    def ours(text: str) -> str:
        for role in ROLES:
            text = text.replace(f"'{role.removeprefix('aid_')}-secret'", f"'{passwords[role]}'")
            text = re.sub(rf"\b{role}\b", names[role], text)
        return re.sub(r"\bDATABASE aid\b", f"DATABASE {database}", text)

    superuser_sql, owner_sql = (ours(block) for block in _readme_sql())
    with pg_server.admin() as connection:
        _run(connection, superuser_sql)
    uris = {role: _as_role(pg_server.base_uri, database, names[role], passwords[role]) for role in ROLES}
    Store(uris["aid_owner"]).close()  # the owner creates the tables
    import psycopg

    with psycopg.connect(uris["aid_owner"], autocommit=True) as connection:
        _run(connection, owner_sql)
    yield uris
    with pg_server.admin() as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database)))
        for role in ROLES:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(names[role])))


def test_ingest_writes_documents_and_the_dashboard_reviews_them(team):
    ingest = Store(team["aid_ingest"])
    assert ingest.ingest(Document(text=TEXT, source="ro")).new
    dashboard = Store(team["aid_dashboard"])
    table = dashboard.commitments()
    assert set(table["donor"]) == {"ROU", "BGR"}
    key = str(table.loc[table["donor"] == "ROU", "row_key"].iloc[0])
    before = dashboard.revision()
    dashboard.review(key, "accepted", seen_version=dashboard.review_version(key))
    assert dashboard.revision() > before and ingest.commitments().set_index("donor").loc["ROU", "review"] == "accepted"


def test_the_dashboard_role_cannot_insert_a_document_or_change_other_meta_values(team):
    dashboard = Store(team["aid_dashboard"])
    with pytest.raises(StoreReadOnly, match="may not make this change"):
        dashboard.ingest(Document(text=TEXT, source="from the dashboard"))
    assert dashboard.document_count() == 0
    with pytest.raises(StoreError), dashboard._transaction() as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = ?", [migrations.VERSION_KEY])
        found = connection.execute("SELECT value FROM meta WHERE key = ?", [migrations.VERSION_KEY]).fetchone()
        if found[0] != "99":  # the policy filtered the row out: nothing updated, said as a refusal here
            raise StoreError("the row-level policy kept the schema version")
    with pytest.raises(StoreError), dashboard._transaction() as connection:
        connection.execute("CREATE TABLE intruder (x BIGINT)")
    assert Store(team["aid_owner"]).schema_version == migrations.LATEST


def test_the_ingest_role_changes_no_table_and_leaves_migrations_to_the_owner(team, monkeypatch):
    ingest = Store(team["aid_ingest"])
    with pytest.raises(StoreError), ingest._transaction() as connection:
        connection.execute("DROP TABLE reviews")
    extra = migrations.Migration(
        migrations.LATEST + 1, "a column", lambda backend: ["ALTER TABLE documents ADD COLUMN IF NOT EXISTS note VARCHAR"]
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr(migrations, "LATEST", extra.version)
    with pytest.raises(StoreError, match="may not make this change"):
        Store(team["aid_ingest"])
    assert Store(team["aid_owner"]).schema_version == extra.version  # the owner upgrades it
    assert Store(team["aid_ingest"]).ingest(Document(text=TEXT)).new  # and the ingest role works on the new schema

"""Write a store of SYNTHETIC commitments for the dashboard and export benchmarks (never real data).

The rows look like parsed announcements (same columns and vocabularies, skewed donors, re-announcements
of earlier pledges, a few reviews) so that every code path has real work, but every document is titled
SYNTHETIC, every source is synthetic://, and the store's meta table says synthetic=true. The generator
refuses to write into a file that exists or a PostgreSQL store that holds documents, so it can never mix with a real
store.

    python -m benchmarks.synthetic ROWS TARGET   # a new DuckDB file, or the URI of an empty PostgreSQL store
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from tracker import schema
from tracker.extract.vocabulary import english_name
from tracker.store import is_postgres, open_store, row_key
from tracker.store.migrations import STORED_COLUMNS, TABLES

# Donor codes with a heavy head, as in the real data (a few donors give most of the pledges).
DONORS = [
    "USA",
    "DEU",
    "GBR",
    "NLD",
    "DNK",
    "SWE",
    "NOR",
    "POL",
    "FRA",
    "CAN",
    "FIN",
    "ITA",
    "BEL",
    "CZE",
    "ESP",
    "LTU",
    "EST",
    "LVA",
    "AUT",
    "PRT",
    "JPN",
    "AUS",
    "SVK",
    "IRL",
    "NZL",
    "ROU",
    "BGR",
    "GRC",
    "HRV",
    "SVN",
    "LUX",
    "CHE",
    "KOR",
    "TUR",
    "ISL",
    "EU",
    "NATO",
]
CURRENCIES = {"EUR": 1.0, "USD": 0.92, "GBP": 1.16, "DKK": 0.134, "SEK": 0.088, "NOK": 0.087}
FIRST_DAY = np.datetime64("2022-02-24")
DAYS = 1_735  # to late 2026
ROWS_PER_DOCUMENT = 4
REANNOUNCED = 0.05  # share of rows that repeat an earlier document's pledge
REVIEWS = 500
SOURCE = "synthetic://benchmark"
TITLE = "SYNTHETIC benchmark document"
TEXT = "SYNTHETIC benchmark document: not a real announcement."
SYNTHETIC_KEY = "synthetic"  # the meta key Store.is_synthetic() reads


def commitments(rows: int, *, seed: int = 7) -> pd.DataFrame:
    """`rows` synthetic commitments in the store's column layout (vectorised: 1 000 000 rows in a few seconds)."""
    rng = np.random.default_rng(seed)
    donor_weights = 1.0 / np.arange(1, len(DONORS) + 1) ** 1.1
    donors = np.array(DONORS)[rng.choice(len(DONORS), rows, p=donor_weights / donor_weights.sum())]
    categories = np.array(schema.CATEGORIES)[rng.choice(len(schema.CATEGORIES), rows)]
    statuses = np.array(["proposed", "committed", "delivered"])[rng.choice(3, rows, p=[0.15, 0.6, 0.25])]
    documents = np.array([f"synthetic{n:010d}" for n in range(rows // ROWS_PER_DOCUMENT + 1)])[np.arange(rows) // ROWS_PER_DOCUMENT]
    announced = FIRST_DAY + np.sort(rng.integers(0, DAYS, rows // ROWS_PER_DOCUMENT + 1))[np.arange(rows) // ROWS_PER_DOCUMENT]
    priced = rng.random(rows) < 0.6
    currencies = np.array(list(CURRENCIES))[rng.choice(len(CURRENCIES), rows, p=[0.5, 0.3, 0.08, 0.04, 0.04, 0.04])]
    amounts = np.round(np.exp(rng.uniform(np.log(1e5), np.log(5e9), rows)), -4)
    quantities = rng.integers(1, 200, rows)
    # Re-announcements: a later document repeats an earlier row's donor, category, amount and count.
    repeat = np.flatnonzero(rng.random(rows) < REANNOUNCED)
    original = np.maximum(repeat - rng.integers(ROWS_PER_DOCUMENT, 400, len(repeat)), 0)
    for column in (donors, categories, amounts, quantities, currencies, priced):
        column[repeat] = column[original]
    rates = np.array([CURRENCIES[c] for c in currencies])
    names = {code: english_name(code) for code in DONORS}
    items = np.array(["Leopard tanks", "155 mm shells", "Patriot system", "drones", "budget support", "medical kits", "F-16 jets"])
    item = items[rng.choice(len(items), rows)]
    evidence = pd.Series(donors).map(names) + " will provide " + pd.Series(quantities).astype(str) + " " + item + " to Ukraine (SYNTHETIC)."
    frame = pd.DataFrame(
        {
            "id": [f"s{n:015d}" for n in range(rows)],
            "document_id": documents,
            "donor": donors,
            "donor_name": pd.Series(donors).map(names),
            "recipient": "UKR",
            "aid_type": pd.Series(categories).map(schema.CATEGORY_AID_TYPE),
            "category": categories,
            "item": item,
            "quantity": pd.array(np.where(priced, None, quantities), dtype="Int64"),
            "amount": pd.array(np.where(priced, amounts, np.nan), dtype="Float64"),
            "currency": np.where(priced, currencies, None),
            "amount_eur": pd.array(np.where(priced, amounts * rates, np.nan), dtype="Float64"),
            "fx_rate": pd.array(np.where(priced, rates, np.nan), dtype="Float64"),
            "fx_date": np.where(priced, announced, np.datetime64("NaT")).astype("datetime64[s]"),
            "status": statuses,
            "announced_on": announced.astype("datetime64[s]"),
            "source": SOURCE,
            "evidence": evidence,
            "evidence_start": 0,
            "evidence_end": evidence.str.len(),
            "confidence": 0.9,
            "source_kind": "announcement",
        }
    )
    frame["row_key"] = [row_key(*key) for key in zip(frame["document_id"], frame["donor"], frame["category"], frame["status"], strict=True)]
    return frame


def write_store(rows: int, target: str | Path) -> None:
    """A new store at `target` (a DuckDB file path that does not exist yet, or the URI of an empty PostgreSQL store)
    holding `rows` synthetic commitments, their documents and some reviews, written in one transaction."""
    if not is_postgres(target) and Path(target).exists():
        raise SystemExit(f"{target} exists: the synthetic store is always written to a new file")
    store = open_store(target)
    try:
        if store.document_count():
            raise SystemExit(f"{store.name} holds documents: the synthetic store is only written into an empty store")
        table = commitments(rows)
        documents = table.drop_duplicates("document_id")[["document_id", "announced_on"]].rename(columns={"document_id": "id"})
        documents = documents.assign(
            source=SOURCE, title=TITLE, published=documents["announced_on"].dt.date, lang="en", text=TEXT,
            added_at=pd.Timestamp.now(), parser_version="synthetic",
        ).drop(columns="announced_on")  # fmt: skip
        reviewed = table.sample(min(REVIEWS, rows), random_state=1)["row_key"].drop_duplicates().to_numpy()
        states = np.resize(["accepted", "rejected", "edited"], len(reviewed))
        changes = np.where(states == "edited", '{"amount": 1000000.0, "currency": "EUR"}', "{}")
        reviews = pd.DataFrame({"row_key": reviewed, "state": states, "changes": changes, "reviewed_at": pd.Timestamp.now()})
        with store._transaction() as connection:
            connection.append("documents", documents)
            connection.append("commitments", table[[column for column in STORED_COLUMNS if column in table]])  # the rest stay NULL
            connection.append("reviews", reviews)
            connection.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [SYNTHETIC_KEY, "true"])
    finally:
        store.close()


def clear(target: str | Path) -> None:
    """Delete every row of a synthetic store (its schema stays), so that another size can be written into it; any other
    store is refused."""
    store = open_store(target)
    try:
        if not store.is_synthetic():
            raise SystemExit(f"{store.name} is not a synthetic store: only a synthetic store is ever cleared")
        with store._transaction() as connection:
            for name in TABLES:
                if name != "meta":
                    connection.execute(f"DELETE FROM {name}")  # names from the schema's own list, never from input
            connection.execute("DELETE FROM meta WHERE key = ?", [SYNTHETIC_KEY])
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("target", help="a DuckDB file path that does not exist yet, or the URI of an empty PostgreSQL store")
    args = parser.parse_args(argv)
    started = dt.datetime.now()
    write_store(args.rows, args.target)
    print(f"{args.rows:,} synthetic rows in {(dt.datetime.now() - started).total_seconds():.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

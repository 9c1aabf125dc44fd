"""Shared helpers for the tests: parse one sentence and look at the rows as plain tuples."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from tracker import parse_text

ROOT = Path(__file__).resolve().parent.parent
APP_TIMEOUT = 90  # seconds AppTest waits for a run of the dashboard (the first imports pandas, plotly and the store)


def dashboard_app(db: Path, monkeypatch) -> AppTest:
    """The dashboard as a new user opens it, on the store at `db`."""
    monkeypatch.setenv("AID_TRACKER_DB", str(db))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=APP_TIMEOUT)


def rows(text: str, **kwargs: object) -> list[tuple]:
    """(donor, category, quantity, amount, currency, status) of each row, sorted, missing values as None."""
    frame = parse_text(text, **kwargs)
    out = []
    for row in frame.itertuples():
        out.append(
            (
                row.donor,
                row.category,
                None if pd.isna(row.quantity) else int(row.quantity),
                None if pd.isna(row.amount) else float(row.amount),
                None if pd.isna(row.currency) else row.currency,
                row.status,
            )
        )
    return sorted(out, key=lambda r: (r[0], r[1], r[5]))


def keys(text: str, **kwargs: object) -> set[tuple[str, str]]:
    """The (donor, category) pairs a text commits."""
    return {(r[0], r[1]) for r in rows(text, **kwargs)}

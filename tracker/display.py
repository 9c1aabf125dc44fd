"""Tables for people (pure functions): labels instead of codes, money as '€4.0 bn', dates without a time, blanks.

CSV files and URLs keep the codes; only what a person reads on a page goes through here.
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal

from tracker import money, schema

LABELLED = ("category", "aid_type", "status", "review", "source_kind")
MONEY = ("amount_eur", "package_eur", "kiel_eur", "new_eur")
DATES = ("announced_on", "fx_date", "published", "added_at")


def count(value: object) -> str:
    """A count as '50,000'; blank when missing."""
    return "" if pd.isna(value) else format_decimal(int(value), locale=money.LOCALE)


def amount(value: object) -> str:
    """An amount in its own currency as '7.5 bn' (blank when missing): it fits its cell; the CSV keeps every digit."""
    return "" if pd.isna(value) else money.scaled(value)


def day(value: object) -> str:
    """A date as YYYY-MM-DD, without a time; blank when missing."""
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def text(value: object) -> str:
    """Text as written; blank (never None or <NA>) when missing."""
    return "" if value is None or pd.isna(value) else str(value)


def for_people(frame: pd.DataFrame, columns: list[str] | tuple[str, ...]) -> pd.DataFrame:
    """The columns a page shows, every cell as text a person reads, headers from schema.COLUMN_LABELS."""
    shown = {}
    for column in columns:
        values = frame[column]
        if column in LABELLED:
            cells = values.astype(object).map(lambda v: "" if pd.isna(v) else schema.label(v))
        elif column in MONEY:
            cells = values.astype(object).map(money.eur)
        elif column == "amount":
            cells = values.astype(object).map(amount)
        elif column == "quantity" or column == "commitments":
            cells = values.astype(object).map(count)
        elif column in DATES:
            cells = values.map(day)
        else:
            cells = values.astype(object).map(text)
        shown[schema.COLUMN_LABELS.get(column, column.replace("_", " ").capitalize())] = cells.astype(str).to_numpy()
    return pd.DataFrame(shown, index=frame.index)

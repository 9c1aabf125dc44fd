"""Filters, group-bys and timelines of the commitments table, and safe CSV (pure functions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

# A spreadsheet treats a cell starting with any of these as a formula or a command.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00", "＝", "＋", "－", "＠")
GROUPINGS = {"donor": ["donor", "donor_name"], "category": ["category"], "donor,category": ["donor", "donor_name", "category"]}


def filter_commitments(
    table: pd.DataFrame,
    *,
    donors: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
    aid_types: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    include_rejected: bool = False,
) -> pd.DataFrame:
    """The rows that match every given filter (None means no filter); rejected rows are left out by default."""
    mask = pd.Series(True, index=table.index)
    for column, allowed in (("donor", donors), ("category", categories), ("aid_type", aid_types), ("status", statuses)):
        if allowed is not None:
            mask &= table[column].astype(object).isin(list(allowed))
    if date_from is not None:
        mask &= table["announced_on"] >= pd.Timestamp(date_from)
    if date_to is not None:
        mask &= table["announced_on"] <= pd.Timestamp(date_to)
    if not include_rejected and "review" in table:
        mask &= table["review"].astype(object) != "rejected"
    return table[mask.fillna(False)]


def totals(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """EUR total, number of commitments and quantity per donor, category or donor x category."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose from {', '.join(GROUPINGS)}")
    keys = GROUPINGS[by]
    grouped = table.assign(**{k: table[k].astype(object) for k in keys}).groupby(keys, dropna=False, sort=True)
    result = grouped.agg(
        eur=("amount_eur", lambda s: s.sum(min_count=1)),
        commitments=("donor", "size"),
        quantity=("quantity", lambda s: s.sum(min_count=1)),
    ).reset_index()
    return result.sort_values(["eur", "commitments"], ascending=False, na_position="last", ignore_index=True)


def monthly(table: pd.DataFrame, *, cumulative: bool = False) -> pd.DataFrame:
    """EUR total and count per calendar month of announcement (optionally running totals)."""
    dated = table.dropna(subset=["announced_on"])
    months = dated["announced_on"].dt.to_period("M")
    result = (
        dated.assign(month=months)
        .groupby("month", sort=True)
        .agg(eur=("amount_eur", lambda s: s.sum(min_count=1)), commitments=("donor", "size"))
        .reset_index()
    )
    if cumulative:
        result["eur"] = result["eur"].fillna(0).cumsum()
        result["commitments"] = result["commitments"].cumsum()
    result["month"] = result["month"].astype(str)
    return result


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would evaluate with an apostrophe; leave numbers and missing values alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame whose text cells and headers are all neutralised; numbers stay numbers."""
    safe = frame.copy()
    for column in safe.columns:
        series = safe[column]
        if isinstance(series.dtype, pd.CategoricalDtype) or series.dtype == object or isinstance(series.dtype, pd.StringDtype):
            safe[column] = series.astype(object).map(neutralise, na_action="ignore")
    safe.columns = [neutralise(str(column)) for column in safe.columns]
    return safe


def to_csv_text(frame: pd.DataFrame) -> str:
    """RFC 4180 CSV (CRLF line ends, so a CR or LF inside a cell is quoted), dates as YYYY-MM-DD, formulas neutralised."""
    return safe_frame(frame).to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\r\n")


def to_csv_bytes(frame: pd.DataFrame, *, excel: bool = False) -> bytes:
    """UTF-8 CSV bytes; for Excel with a byte-order mark, so that accented names open correctly."""
    return ("\ufeff" if excel else "").encode("utf-8") + to_csv_text(frame).encode("utf-8")

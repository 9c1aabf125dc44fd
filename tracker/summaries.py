"""Filters, group-bys and timelines of the commitments table, and safe CSV (pure functions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

# A spreadsheet treats a cell starting with any of these as a formula or a command.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00", "＝", "＋", "－", "＠")
ANNOUNCEMENT = "announcement"  # source kind of parsed rows; the Kiel importer's rows have their own
REANNOUNCEMENT_DAYS = 45
AMOUNT_TOLERANCE = 0.02
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
    source_kinds: Iterable[str] | None = None,
    include_rejected: bool = False,
) -> pd.DataFrame:
    """The rows that match every given filter (None means no filter); rejected rows are left out by default."""
    mask = pd.Series(True, index=table.index)
    if source_kinds is not None and "source_kind" in table:
        mask &= table["source_kind"].astype(object).isin(list(source_kinds))
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


def link_reannouncements(table: pd.DataFrame, *, days: int = REANNOUNCEMENT_DAYS) -> pd.DataFrame:
    """Mark a parsed row that repeats an earlier document's pledge: column duplicate_of holds the earlier row's id.

    Same pledge: another document, same donor and category, announced within `days` of the first report,
    and either amounts in EUR within 2 % of each other, or the same count and an item word in common.
    """
    duplicate_of: dict[object, str] = {}
    kinds = table["source_kind"].astype(object) if "source_kind" in table else pd.Series(ANNOUNCEMENT, index=table.index)
    candidates = table[(kinds == ANNOUNCEMENT) & table["announced_on"].notna()].sort_values("announced_on", kind="stable")
    window = pd.Timedelta(days=days)
    for _, group in candidates.groupby(["donor", "category"], observed=True, sort=False):
        if len(group) < 2:
            continue
        firsts: list[pd.Series] = []
        for index, row in group.iterrows():
            match = next((first for first in firsts if _same_pledge(first, row, window)), None)
            if match is None:
                firsts.append(row)
            else:
                duplicate_of[index] = match["id"]
    linked = table.copy()
    linked["duplicate_of"] = pd.array([duplicate_of.get(index) for index in table.index], dtype=table["id"].dtype)
    return linked


def _same_pledge(first: pd.Series, later: pd.Series, window: pd.Timedelta) -> bool:
    if first["document_id"] == later["document_id"] or later["announced_on"] - first["announced_on"] > window:
        return False
    if pd.notna(first["amount_eur"]) and pd.notna(later["amount_eur"]) and first["amount_eur"] > 0:
        return abs(later["amount_eur"] - first["amount_eur"]) <= AMOUNT_TOLERANCE * first["amount_eur"]
    if pd.notna(first["quantity"]) and first["quantity"] == later["quantity"]:
        return bool(_item_words(first["item"]) & _item_words(later["item"]))
    return False


def _item_words(item: object) -> set[str]:
    return {word.lower() for word in str(item).replace(";", " ").split() if len(word) > 2} if pd.notna(item) else set()


def counted(table: pd.DataFrame) -> pd.DataFrame:
    """The rows a total counts: neither rejected by a reviewer nor a re-announcement of an earlier pledge."""
    mask = pd.Series(True, index=table.index)
    if "review" in table:
        mask &= table["review"].astype(object) != "rejected"
    if "duplicate_of" in table:
        mask &= table["duplicate_of"].isna()
    return table[mask]


def totals(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """EUR total, number of commitments and quantity per donor, category or donor x category (each pledge once)."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose from {', '.join(GROUPINGS)}")
    table = counted(table)
    keys = GROUPINGS[by]
    grouped = table.assign(**{k: table[k].astype(object) for k in keys}).groupby(keys, dropna=False, sort=True)
    result = grouped.agg(
        eur=("amount_eur", lambda s: s.sum(min_count=1)),
        commitments=("donor", "size"),
        quantity=("quantity", lambda s: s.sum(min_count=1)),
    ).reset_index()
    return result.sort_values(["eur", "commitments"], ascending=False, na_position="last", ignore_index=True)


def monthly(table: pd.DataFrame, *, cumulative: bool = False) -> pd.DataFrame:
    """EUR total, count and quantity per month of announcement, each pledge once (optionally running totals)."""
    dated = counted(table).dropna(subset=["announced_on"])
    months = dated["announced_on"].dt.to_period("M")
    result = (
        dated.assign(month=months)
        .groupby("month", sort=True)
        .agg(
            eur=("amount_eur", lambda s: s.sum(min_count=1)),
            commitments=("donor", "size"),
            quantity=("quantity", lambda s: s.sum(min_count=1)),
        )
        .reset_index()
    )
    if cumulative:
        for column in ("eur", "commitments", "quantity"):
            result[column] = result[column].fillna(0).cumsum()
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


def headline(table: pd.DataFrame) -> dict[str, float | int]:
    """The overview's figures: EUR per stage, donors and commitments (each pledge once)."""
    rows = counted(table)
    figures: dict[str, float | int] = {"donors": int(rows["donor"].nunique()), "commitments": len(rows)}
    for status in ("proposed", "committed", "allocated", "delivered"):
        figures[f"eur_{status}"] = float(rows.loc[rows["status"].astype(object) == status, "amount_eur"].sum())
    return figures


def kiel_cutoff(table: pd.DataFrame) -> pd.Timestamp | None:
    """The last day the loaded Kiel release covers (end of its last month of allocations), or None."""
    kiel = table[
        (table.get("source_kind", pd.Series(dtype=object)).astype(object) == "kiel") & (table["status"].astype(object) == "allocated")
    ]
    if kiel.empty or kiel["announced_on"].isna().all():
        return None
    return kiel["announced_on"].max() + pd.offsets.MonthEnd(0)


def kiel_comparison(table: pd.DataFrame) -> pd.DataFrame:
    """Per donor: allocations in the Kiel release, and EUR announced after its cut-off ('new since the release')."""
    cutoff = kiel_cutoff(table)
    if cutoff is None:
        return pd.DataFrame(columns=["donor", "donor_name", "kiel_eur", "new_eur"])
    rows = counted(table)
    kinds = rows["source_kind"].astype(object)
    kiel = rows[(kinds == "kiel") & (rows["status"].astype(object) == "allocated")]
    new = rows[(kinds == ANNOUNCEMENT) & (rows["announced_on"] > cutoff)]
    names = pd.concat([kiel, new])[["donor", "donor_name"]].astype(object).drop_duplicates("donor").set_index("donor")["donor_name"]
    result = pd.DataFrame(
        {
            "kiel_eur": kiel.groupby(kiel["donor"].astype(object))["amount_eur"].sum(),
            "new_eur": new.groupby(new["donor"].astype(object))["amount_eur"].sum(),
        }
    ).fillna(0.0)
    result = result[(result["kiel_eur"] > 0) | (result["new_eur"] > 0)]
    result.insert(0, "donor_name", names.reindex(result.index).to_numpy())
    return result.rename_axis("donor").reset_index().sort_values("kiel_eur", ascending=False, ignore_index=True)

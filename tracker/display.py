"""Tables for people (pure functions): labels instead of codes, money as '€4.0 bn', dates without a time, blanks.

CSV files and URLs keep the codes; only what a person reads on a page goes through here.
"""

from __future__ import annotations

import pandas as pd
from babel.numbers import format_decimal

from tracker import money, schema

LABELLED = ("category", "aid_type", "status", "review", "source_kind")
MONEY = (
    "amount_eur", "package_eur", "kiel_eur", "new_eur", "delivered_eur", "eur_proposed", "eur_committed", "eur_allocated",
    "eur_delivered", "eur_not_delivered", "eur_committed_total", "eu_share_eur", "gdp_eur",
)  # fmt: skip
COUNTS = (
    "quantity", "commitments", "donors", "delivered_quantity", "pledges_proposed", "pledges_committed", "pledges_allocated",
    "pledges_delivered", "pledges_partly_delivered",
)  # fmt: skip
SHARES = ("delivered_share",)  # a fraction shown as a percentage
PERCENTS = ("pct_of_gdp", "pct_of_gdp_with_eu_share")  # already percentages
PERCENT_DECIMALS = 3  # shares of GDP are small: 0.012 % must not read as 0.0 %
DATES = ("announced_on", "fx_date", "published", "added_at", "delivered_on")
# Headers of the summary columns (the commitments table's own are schema.COLUMN_LABELS).
HEADERS = {
    "eur_proposed": "Proposed", "eur_committed": "Committed", "eur_allocated": "Allocated (Kiel)",
    "eur_committed_total": "Committed (incl. delivered)", "eur_delivered": "Delivered", "eur_not_delivered": "Not yet delivered",
    "delivered_share": "Delivered share", "pledges_proposed": "Pledges proposed", "pledges_committed": "Pledges committed",
    "pledges_allocated": "Allocations", "pledges_delivered": "Pledges delivered", "pledges_partly_delivered": "Partly delivered",
    "delivered": "Delivered", "delivered_quantity": "Count delivered", "donors": "Donors",
    "delivered_eur": "EUR delivered", "delivered_on": "Delivered on", "delivery_source": "Delivery reported by",
    "pct_of_gdp": "Share of GDP (allocations)", "pct_of_gdp_with_eu_share": "Share of GDP with EU share", "gdp_eur": "GDP 2021",
    "eu_share_eur": "EU institutions' aid attributed (cumulative)", "group": "Group", "group_name": "Group",
}  # fmt: skip


def count(value: object) -> str:
    """A count as '50,000'; blank when missing."""
    return "" if pd.isna(value) else format_decimal(int(value), locale=money.LOCALE)


def amount(value: object) -> str:
    """An amount in its own currency as '7.5 bn' (blank when missing): it fits its cell; the CSV keeps every digit."""
    return "" if pd.isna(value) else money.scaled(value)


def day(value: object) -> str:
    """A date as YYYY-MM-DD, without a time; blank when missing."""
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def percent(value: object, *, fraction: bool = False) -> str:
    """A share of GDP as '0.831 %', or a fraction of 1 as '50 %' (`fraction`); blank when missing."""
    if pd.isna(value):
        return ""
    if fraction:
        return f"{float(value) * 100:,.0f} %"
    return f"{float(value):,.{PERCENT_DECIMALS}f} %"


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
        elif column in COUNTS:
            cells = values.astype(object).map(count)
        elif column in SHARES:
            cells = values.astype(object).map(lambda v: percent(v, fraction=True))
        elif column in PERCENTS:
            cells = values.astype(object).map(percent)
        elif column in DATES:
            cells = values.map(day)
        else:
            cells = values.astype(object).map(text)
        header = HEADERS.get(column) or schema.COLUMN_LABELS.get(column, column.replace("_", " ").capitalize())
        shown[header] = cells.astype(str).to_numpy()
    return pd.DataFrame(shown, index=frame.index)

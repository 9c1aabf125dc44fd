"""Filters, group-bys and timelines of the commitments table, and safe CSV (pure functions)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tracker import schema
from tracker.groups import in_groups
from tracker.groups import names as group_names

# A spreadsheet treats a cell starting with any of these as a formula or a command.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00", "＝", "＋", "－", "＠")
ANNOUNCEMENT = "announcement"  # source kind of parsed rows; the Kiel importer's rows have their own
REANNOUNCEMENT_DAYS = 45
DELIVERY_DAYS = 3 * 365  # a report of delivery moves a pledge announced up to this long before it
AMOUNT_TOLERANCE = 0.02
PLEDGE_STATUSES = ("proposed", "committed")  # stages a later report of delivery can move on
DELIVERED = "delivered"
WHOLE = 1 - 1e-9  # a delivered share at least this large is the whole pledge (floating-point sums of parts)
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
    groups: Iterable[str] | None = None,
    include_rejected: bool = False,
    counted_only: bool = False,
    columns: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The rows that match every given filter (None means no filter); rejected rows are left out by default.

    `counted_only` gives what totals count: no re-announcements (see counted()), and each package's value not tied
    to an item as a row of its own (see package_rests), built from the whole table so that a filter on the items
    cannot inflate it, then filtered like any row. `columns` keeps only those columns: a summary of a million rows
    need not copy every row's evidence.
    """
    filters = {
        "donors": donors, "categories": categories, "aid_types": aid_types, "statuses": statuses,
        "date_from": date_from, "date_to": date_to, "source_kinds": source_kinds, "groups": groups,
        "include_rejected": include_rejected,
    }  # fmt: skip
    if counted_only:
        table = with_deliveries(table)
    mask = _filter_mask(table, **filters)
    rests = table.iloc[0:0]
    if counted_only:
        mask &= _counted_mask(table) & ~_moved_mask(table)
        rests = _counted_extras(table)
        rests = rests[_filter_mask(rests, **filters)]
    if columns is not None:
        table = table[list(columns)]
    view = table if mask.all() else table[mask]
    return view if not counted_only else _with_rests(view, rests)


def with_deliveries(table: pd.DataFrame) -> pd.DataFrame:
    """The table with its reports of delivery linked (column delivers: see link_deliveries), unless it holds them."""
    if "delivers" in table or not {"id", "status", "document_id", "announced_on"} <= set(table.columns):
        return table
    return link_deliveries(table)


def _with_rests(view: pd.DataFrame, rests: pd.DataFrame) -> pd.DataFrame:
    """The view's rows and the rows _counted_extras() built; `value_only` marks a row that adds a value but is no
    pledge of its own (a package's rest, the delivered part of a pledge)."""
    marked = view.assign(value_only=False)
    if rests.empty:
        return marked
    return pd.concat([marked, rests[[c for c in [*view.columns, "value_only"] if c in rests]]], ignore_index=True)


def _counted_extras(table: pd.DataFrame) -> pd.DataFrame:
    """What totals count beside the table's own rows: package rests, and each delivered pledge as it stands now."""
    rests = package_rests(table).assign(value_only=True)
    delivered = delivery_rows(table)
    if delivered.empty:
        return rests
    return delivered if rests.empty else pd.concat([rests, delivered], ignore_index=True)


def _filter_mask(
    table: pd.DataFrame,
    *,
    donors: Iterable[str] | None,
    categories: Iterable[str] | None,
    aid_types: Iterable[str] | None,
    statuses: Iterable[str] | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    source_kinds: Iterable[str] | None,
    groups: Iterable[str] | None,
    include_rejected: bool,
) -> np.ndarray:
    mask = np.ones(len(table), dtype=bool)
    if source_kinds is not None and "source_kind" in table:
        mask &= _is_in(table["source_kind"], source_kinds)
    for column, allowed in (("donor", donors), ("category", categories), ("aid_type", aid_types), ("status", statuses)):
        if allowed is not None:
            mask &= _is_in(table[column], allowed)
    if groups is not None:
        mask &= in_groups(table, groups)
    if date_from is not None:
        mask &= (table["announced_on"] >= pd.Timestamp(date_from)).to_numpy()
    if date_to is not None:
        mask &= (table["announced_on"] <= pd.Timestamp(date_to)).to_numpy()
    if not include_rejected and "review" in table:
        mask &= (table["review"] != "rejected").to_numpy(dtype=bool, na_value=True)
    return mask


def by_date(table: pd.DataFrame, *, newest_first: bool = False, limit: int | None = None) -> pd.DataFrame:
    """Rows in order of announcement (stable: same-day rows as stored; undated last); sorts one column, then takes rows."""
    order = table["announced_on"].sort_values(ascending=not newest_first, kind="stable", na_position="last").index
    return table.loc[order if limit is None else order[:limit]]


def _is_in(column: pd.Series, allowed: Iterable[str]) -> np.ndarray:
    return column.isin(list(allowed)).to_numpy(dtype=bool, na_value=False)


def link_reannouncements(table: pd.DataFrame, *, days: int = REANNOUNCEMENT_DAYS) -> pd.DataFrame:
    """Mark a parsed row that repeats an earlier document's pledge: column duplicate_of holds the earlier row's id.

    Same pledge: another document, same donor and category, announced within `days` of the first report,
    and either amounts in EUR within 2 % of each other, or the same count and an item word in common; a report of
    delivery never repeats a pledge that was not delivered (it delivers it). Rows are taken in date order; a row
    repeats the earliest first report it matches.
    """
    kinds = table["source_kind"] if "source_kind" in table else pd.Series(ANNOUNCEMENT, index=table.index)
    announced = table["announced_on"].to_numpy(dtype="datetime64[s]")
    positions = np.flatnonzero((kinds == ANNOUNCEMENT).fillna(False).to_numpy(dtype=bool) & ~np.isnat(announced))
    positions = positions[np.argsort(announced[positions], kind="stable")]
    first_of = np.full(len(table), -1, dtype="int64")
    for later, first in _pledge_pairs(table, positions, days):  # by later row, then first report: the earliest wins
        if first_of[later] < 0 and first_of[first] < 0:
            first_of[later] = first
    return table.assign(duplicate_of=table["id"].array.take(first_of, allow_fill=True))


def _pledge_pairs(table: pd.DataFrame, positions: np.ndarray, days: int) -> list[tuple[int, int]]:
    """(later, first) table positions of rows that could be the same pledge, in the order the rows are taken.

    DuckDB joins rows on their donor and category, amount bucket or count, and date window: never all pairs.
    """
    if len(positions) < 2:
        return []
    donors = pd.factorize(table["donor"].array.take(positions))[0]
    categories = pd.factorize(table["category"].array.take(positions))[0]
    delivered = _is_in(table["status"], [DELIVERED])[positions].astype("int64")  # a delivery repeats deliveries only
    amount = table["amount_eur"].to_numpy(dtype="float64", na_value=-1.0)[positions]  # -1: no amount (never negative)
    features = pd.DataFrame(
        {
            "r": np.arange(len(positions)),
            "grp": np.where((donors < 0) | (categories < 0), -1, (donors * len(schema.CATEGORIES) + categories) * 2 + delivered),
            "doc": pd.factorize(table["document_id"].array.take(positions))[0],
            "t": table["announced_on"].to_numpy(dtype="datetime64[s]")[positions].astype("int64"),
            "amount": amount,
            # An amount's 2 % neighbourhood lies within one bucket either side of its own.
            "bucket": np.floor(np.log(np.where(amount > 0, amount, 1.0)) / np.log1p(AMOUNT_TOLERANCE)).astype("int64"),
            "qty": table["quantity"].to_numpy(dtype="float64", na_value=-1.0)[positions],
        }
    )
    with duckdb.connect() as connection:
        connection.register("features", features)
        found = connection.execute(
            """
            WITH rows AS (SELECT *, t // $window AS period FROM features WHERE grp >= 0),
                 priced AS (SELECT * FROM rows WHERE amount > 0),
                 counted AS (SELECT * FROM rows WHERE qty >= 0),
                 -- where a later row may fall: the next period at most, and (for amounts) the next bucket either side
                 periods AS (SELECT * FROM (VALUES (0), (1)) AS next(step)),
                 near AS (SELECT priced.*, bucket + shift AS near_bucket, period + step AS near_period
                          FROM priced, (VALUES (-1), (0), (1)) AS shifts(shift), periods)
            SELECT l.r AS later, f.r AS first, false AS by_count
            FROM near f JOIN priced l ON l.grp = f.grp AND l.bucket = f.near_bucket AND l.period = f.near_period
            WHERE l.t >= f.t AND l.t <= f.t + $window AND l.r > f.r AND l.doc <> f.doc AND abs(l.amount - f.amount) <= $tolerance * f.amount
            UNION ALL
            SELECT l.r, f.r, true
            FROM (SELECT counted.*, period + step AS near_period FROM counted, periods) f
            JOIN counted l ON l.grp = f.grp AND l.qty = f.qty AND l.period = f.near_period
            WHERE l.t >= f.t AND l.t <= f.t + $window AND l.r > f.r AND l.doc <> f.doc AND NOT (f.amount > 0 AND l.amount >= 0)
            ORDER BY 1, 2
            """,
            {"window": days * 86_400, "tolerance": AMOUNT_TOLERANCE},
        ).fetchnumpy()
    later, first = positions[found["later"]], positions[found["first"]]
    by_count = found["by_count"].astype(bool)
    if by_count.any():  # a shared count needs an item word in common too
        items = table["item"].array
        first_items = items.take(first[by_count]).to_numpy(dtype=object, na_value=None)
        later_items = items.take(later[by_count]).to_numpy(dtype=object, na_value=None)
        words = functools.lru_cache(maxsize=65_536)(_item_words)
        keep = ~by_count
        keep[by_count] = [bool(words(a) & words(b)) for a, b in zip(first_items, later_items, strict=True)]
        later, first = later[keep], first[keep]
    return list(zip(later.tolist(), first.tolist(), strict=True))


def link_deliveries(table: pd.DataFrame, *, days: int = DELIVERY_DAYS) -> pd.DataFrame:
    """Mark a parsed report of delivery that an earlier pledge arrived: column delivers holds the pledge's id.

    The pledge (proposed or committed) is the same pledge as the re-announcement rule reads it: another, earlier
    document (within `days`), same donor and category, and either EUR within 2 %, or an item word in common with no
    more delivered than was pledged (a count, or EUR, at most the pledge's: 5 of 10 is part of it). Reports are taken
    in date order; each moves the earliest pledge it matches that is not yet wholly delivered, looking at no more than
    DELIVERY_SCAN pledges (so that a store of a million rows links in seconds). Rejected rows and re-announcements
    take no part.
    """
    table = table.drop(columns=["delivers"], errors="ignore")
    delivers = np.full(len(table), -1, dtype="int64")
    groups = _delivery_groups(table)
    if groups:
        rows = _DeliveryColumns(
            day=table["announced_on"].to_numpy(dtype="datetime64[D]").astype("int64").tolist(),
            amount=table["amount_eur"].to_numpy(dtype="float64", na_value=-1.0).tolist(),  # -1: no amount (never negative)
            quantity=table["quantity"].to_numpy(dtype="float64", na_value=-1.0).tolist(),  # -1: no count
            document=table["document_id"].astype(object).to_numpy().tolist(),
            item=table["item"].astype(object).to_numpy().tolist(),
        )
        for deliveries, pledges in groups:
            _match_group(rows, deliveries.tolist(), pledges.tolist(), days, delivers)
    return table.assign(delivers=table["id"].array.take(delivers, allow_fill=True))


@dataclass(frozen=True, slots=True)
class _DeliveryColumns:
    """The columns delivery linking reads, as plain lists (indexing a list is far faster than an Arrow array)."""

    day: list[int]
    amount: list[float]
    quantity: list[float]
    document: list[object]
    item: list[object]


DELIVERY_SCAN = 64  # pledges a report of delivery looks at, from the earliest not yet wholly delivered


def _delivery_groups(table: pd.DataFrame) -> list[tuple[np.ndarray, np.ndarray]]:
    """(deliveries, pledges) table positions per donor and category that has both, each in date order."""
    kinds = table["source_kind"] if "source_kind" in table else pd.Series(ANNOUNCEMENT, index=table.index)
    usable = (kinds == ANNOUNCEMENT).fillna(False).to_numpy(dtype=bool) & table["announced_on"].notna().to_numpy()
    usable &= _counted_mask(table)  # neither rejected nor a re-announcement
    deliveries = usable & _is_in(table["status"], [DELIVERED])
    pledges = usable & _is_in(table["status"], PLEDGE_STATUSES)
    if not deliveries.any() or not pledges.any():
        return []
    positions = np.flatnonzero(deliveries | pledges)
    donors = pd.factorize(table["donor"].array.take(positions))[0]
    categories = pd.factorize(table["category"].array.take(positions))[0]
    group = donors.astype("int64") * len(schema.CATEGORIES) + categories
    days = table["announced_on"].to_numpy(dtype="datetime64[s]")[positions]
    order = np.lexsort((positions, days, group))  # by group, then date, then storage order
    positions, group = positions[order], group[order]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    found = []
    for chunk in np.split(positions, starts[1:]):
        is_delivery = deliveries[chunk]
        if is_delivery.any() and not is_delivery.all():
            found.append((chunk[is_delivery], chunk[~is_delivery]))
    return found


def _match_group(rows: _DeliveryColumns, deliveries: list[int], pledges: list[int], days: int, delivers: np.ndarray) -> None:
    """Link each report of delivery of one donor and category to its pledge (see link_deliveries), in `delivers`."""
    day, amount, quantity, document, item = rows.day, rows.amount, rows.quantity, rows.document, rows.item
    words = _words_of
    promised = [(day[p], document[p], amount[p], quantity[p], words(item[p])) for p in pledges]
    share = [0.0] * len(pledges)
    first = 0  # the earliest pledge that is neither wholly delivered nor too old for the reports still to come
    for delivery in deliveries:
        on, doc, given, count, named = day[delivery], document[delivery], amount[delivery], quantity[delivery], words(item[delivery])
        while first < len(promised) and (share[first] >= WHOLE or promised[first][0] < on - days):
            first += 1
        for candidate in range(first, min(first + DELIVERY_SCAN, len(promised))):
            pledged_on, pledge_doc, value, pledged, pledge_words = promised[candidate]
            if pledged_on > on:
                break
            if share[candidate] >= WHOLE or pledge_doc == doc:
                continue
            same_value = value > 0 and given > 0 and abs(given - value) <= AMOUNT_TOLERANCE * value
            within = (count < 0 or pledged < 0 or count <= pledged) and (
                given <= 0 or value <= 0 or given <= value * (1 + AMOUNT_TOLERANCE)
            )
            if same_value or (within and named & pledge_words):
                delivers[delivery] = pledges[candidate]
                share[candidate] += count / pledged if count >= 0 and pledged > 0 else (given / value if given >= 0 and value > 0 else 1.0)
                break


@functools.lru_cache(maxsize=65_536)
def _words_of(item: object) -> frozenset[str]:
    """An item's words as the re-announcement rule compares them (missing: none)."""
    return _item_words(_text_or_none(item))


def _text_or_none(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def _item_words(item: str | None) -> frozenset[str]:
    return frozenset(word.lower() for word in item.replace(";", " ").split() if len(word) > 2) if item else frozenset()


def counted(table: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """The rows a total counts: neither rejected by a reviewer nor a re-announcement of an earlier pledge, and each
    package's value not tied to an item once (unless the table came from filter_commitments(counted_only=True),
    which already holds it).

    Pass the columns a summary needs: copying only those keeps a million-row summary fast.
    """
    holds_rests = "value_only" in table
    table = table if holds_rests else with_deliveries(table)
    mask = _counted_mask(table) if holds_rests else _counted_mask(table) & ~_moved_mask(table)
    rests = table.iloc[0:0] if holds_rests else _counted_extras(table)
    if columns is not None:
        table = table[[c for c in dict.fromkeys([*columns, "value_only"]) if c in table]]
    table = table if mask.all() else table[mask]
    return table if holds_rests else _with_rests(table, rests)


PACKAGE_KEY = ["document_id", "donor", "package_amount", "package_currency"]
PACKAGE_REST_CATEGORY = "military_unspecified"  # where a package's value not tied to an item is counted


def package_rests(table: pd.DataFrame) -> pd.DataFrame:
    """One row per package for the part of its value the text ties to none of its items.

    A package's items carry only the amounts the text ties to them; with these rows a donor's total counts the
    package once (its items' amounts plus this rest make its value), and a total by category shows the rest as
    Military (unspecified) rather than losing it or adding the whole value to every item. Rejected rows and
    re-announcements tie nothing, and a package that is a re-announcement adds no rest.
    """
    if "package_eur" not in table:
        return table.iloc[0:0]
    in_package = table["package_eur"].notna().to_numpy(dtype=bool, na_value=False) & _counted_mask(table)
    if not in_package.any():
        return table.iloc[0:0]
    packaged = table[in_package]  # few rows: only those of packages, not the whole table
    groups = packaged.assign(tied=packaged["amount_eur"].fillna(0.0)).groupby(PACKAGE_KEY, dropna=False, sort=False, observed=True)
    first = groups.head(1).set_index(PACKAGE_KEY)
    rest = (groups["package_eur"].first() - groups["tied"].sum()).clip(lower=0.0)
    rows = first.assign(amount_eur=rest.reindex(first.index).to_numpy(), quantity=pd.NA, item=None).reset_index()
    if "category" in rows:
        rows["category"] = pd.Categorical([PACKAGE_REST_CATEGORY] * len(rows), dtype=table["category"].dtype)
    if "aid_type" in rows:
        aid_type = schema.CATEGORY_AID_TYPE[PACKAGE_REST_CATEGORY]
        rows["aid_type"] = pd.Categorical([aid_type] * len(rows), dtype=table["aid_type"].dtype)
    return rows[rows["amount_eur"] > 0]


def _counted_mask(table: pd.DataFrame) -> np.ndarray:
    mask = np.ones(len(table), dtype=bool)
    if "review" in table:
        mask &= (table["review"] != "rejected").to_numpy(dtype=bool, na_value=True)
    if "duplicate_of" in table:
        mask &= table["duplicate_of"].isna().to_numpy()
    if "delivers" in table:  # a report that an earlier pledge arrived moves that pledge (delivery_rows), adds none
        mask &= table["delivers"].isna().to_numpy()
    return mask


def _moved_mask(table: pd.DataFrame) -> np.ndarray:
    """The pledges a later report delivered: counted as delivery_rows() gives them, not as stored."""
    if "delivers" not in table or table["delivers"].isna().all():
        return np.zeros(len(table), dtype=bool)
    # Arrow's is_in: a million ids against the delivered pledges' in milliseconds (pandas' isin loops in Python here)
    ids = pa.array(table["id"].astype("string[pyarrow]").array)
    pledges = pa.array(table["delivers"].dropna().astype("string[pyarrow]").array)
    return pc.is_in(ids, value_set=pledges).to_numpy(zero_copy_only=False).astype(bool)


STAGE_EUR: dict[str, str] = {status: f"eur_{status}" for status in schema.STATUSES}  # one EUR column per stage


def _delivered_parts(table: pd.DataFrame, *, with_reports: bool = False) -> pd.DataFrame:
    """One row per pledge that later reports delivered (whole or in part): what was pledged and what arrived.

    Columns: the pledge's position in `table`, the share delivered (at most 1), the EUR delivered (the reports' own
    amounts, else the pledge's value times the share), the count delivered; `with_reports` adds the reports' ids,
    sources and last date (text joined per pledge: only the deliveries table needs it, and it costs).
    """
    if "delivers" not in table:
        return pd.DataFrame()
    linked = table["delivers"].notna().to_numpy(dtype=bool, copy=True)
    if "review" in table:
        linked &= ~_is_in(table["review"], ["rejected"])
    reports = table[linked]
    if reports.empty:
        return pd.DataFrame()
    position_of = pd.Series(np.arange(len(table)), index=table["id"].astype(object).to_numpy())
    position_of = position_of[~position_of.index.duplicated()]
    pledge = position_of.reindex(reports["delivers"].astype(object).to_numpy()).to_numpy()
    promised_qty = table["quantity"].to_numpy(dtype="float64", na_value=np.nan)[pledge]
    promised_eur = table["amount_eur"].to_numpy(dtype="float64", na_value=np.nan)[pledge]
    given_qty = reports["quantity"].to_numpy(dtype="float64", na_value=np.nan)
    given_eur = reports["amount_eur"].to_numpy(dtype="float64", na_value=np.nan)
    by_count = ~np.isnan(given_qty) & (promised_qty > 0)
    by_value = ~by_count & ~np.isnan(given_eur) & (promised_eur > 0)
    share = np.where(
        by_count,
        given_qty / np.where(by_count, promised_qty, 1.0),
        np.where(by_value, given_eur / np.where(by_value, promised_eur, 1.0), 1.0),
    )
    eur = np.where(np.isnan(given_eur), share * promised_eur, given_eur)
    grouped = pd.DataFrame({"pledge": pledge, "share": share, "eur": eur, "quantity": given_qty}).groupby("pledge", sort=True)
    result = pd.DataFrame(
        {
            "share": grouped["share"].sum().clip(upper=1.0),
            "eur": grouped["eur"].sum(min_count=1),
            "quantity": grouped["quantity"].sum(min_count=1),
        }
    )
    if with_reports:  # plain lists: a groupby of text runs Python per group anyway, and far slower
        sources = reports["source"].astype(object).fillna("").tolist() if "source" in reports else [""] * len(reports)
        ids: dict[int, list[str]] = {}
        named: dict[int, dict[str, None]] = {}
        for at, report, source in zip(pledge.tolist(), reports["id"].astype(object).tolist(), sources, strict=True):
            ids.setdefault(at, []).append(str(report))
            if source:
                named.setdefault(at, {})[str(source)] = None  # each source once, in report order
        result["reports"] = ["; ".join(ids[at]) for at in result.index]
        result["report_sources"] = ["; ".join(named.get(at, {})) for at in result.index]
        result["report_on"] = pd.Series(reports["announced_on"].to_numpy(), index=pledge).groupby(level=0).max()
    return result.rename_axis("pledge").reset_index()


def delivery_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Each pledge that later reports delivered, as totals count it: a wholly delivered pledge at stage delivered (one
    pledge, its own value); a part delivered as two rows, the rest at the pledge's stage and the part delivered
    (value_only: no second pledge). Built from the whole table, like package_rests."""
    parts = _delivered_parts(table)
    if parts.empty:
        return table.iloc[0:0].assign(value_only=False)
    pledges = table.iloc[parts["pledge"].to_numpy()].reset_index(drop=True)
    whole = (parts["share"] >= WHOLE).to_numpy()
    promised_eur = pledges["amount_eur"].to_numpy(dtype="float64", na_value=np.nan)
    promised_qty = pledges["quantity"].to_numpy(dtype="float64", na_value=np.nan)
    delivered_eur = parts["eur"].to_numpy(dtype="float64")
    delivered_qty = parts["quantity"].to_numpy(dtype="float64")
    status = pledges["status"].astype(object).to_numpy().copy()
    status[whole] = DELIVERED
    rest_eur = np.where(
        whole, np.where(np.isnan(promised_eur), delivered_eur, promised_eur), np.clip(promised_eur - np.nan_to_num(delivered_eur), 0, None)
    )
    rest_qty = np.where(whole, promised_qty, promised_qty - np.nan_to_num(delivered_qty))
    moved = pledges.assign(
        status=pd.Categorical(status, dtype=table["status"].dtype),
        amount_eur=pd.array(rest_eur, dtype="Float64"),
        quantity=pd.array(np.where(np.isnan(rest_qty), None, rest_qty), dtype="Int64"),
        value_only=False,
    )
    part = pledges[~whole].assign(
        status=pd.Categorical([DELIVERED] * int((~whole).sum()), dtype=table["status"].dtype),
        amount_eur=pd.array(delivered_eur[~whole], dtype="Float64"),
        quantity=pd.array(np.where(np.isnan(delivered_qty[~whole]), None, delivered_qty[~whole]), dtype="Int64"),
        value_only=True,
    )
    return pd.concat([moved, part], ignore_index=True) if len(part) else moved


DELIVERY_COLUMNS = (
    "donor", "donor_name", "category", "item", "quantity", "amount_eur", "status", "announced_on", "source",
    "delivered", "delivered_quantity", "delivered_eur", "delivered_on", "delivered_by", "delivery_source", "id",
)  # fmt: skip


def deliveries(table: pd.DataFrame) -> pd.DataFrame:
    """Each pledge a later report delivered, with both reports: the pledge's own row (what, how many, EUR, stage, date,
    source), how much arrived ('delivered', or '5 of 10' for a part), and which report moved it (its id and source)."""
    table = with_deliveries(table)
    parts = _delivered_parts(table, with_reports=True)
    if parts.empty:
        return pd.DataFrame({column: pd.Series(dtype=object) for column in DELIVERY_COLUMNS})
    pledges = table.iloc[parts["pledge"].to_numpy()].reset_index(drop=True)
    whole = parts["share"] >= WHOLE
    promised = pledges["quantity"].to_numpy(dtype="float64", na_value=np.nan)
    given = parts["quantity"].to_numpy(dtype="float64")
    state = [
        "delivered"
        if full
        else (f"{int(got):,} of {int(of):,} delivered" if not np.isnan(got) and not np.isnan(of) else f"{share:.0%} delivered")
        for full, got, of, share in zip(whole, given, promised, parts["share"], strict=True)
    ]
    result = pledges.assign(
        delivered=state,
        delivered_quantity=pd.array(np.where(np.isnan(given), None, given), dtype="Int64"),
        delivered_eur=pd.array(parts["eur"].to_numpy(dtype="float64"), dtype="Float64"),
        delivered_on=parts["report_on"].to_numpy(),
        delivered_by=parts["reports"].to_numpy(),
        delivery_source=parts["report_sources"].to_numpy(),
    )
    return result[[c for c in DELIVERY_COLUMNS if c in result]]


PROMISE_GROUPINGS = {"donor": ["donor", "donor_name"], "donor,category": ["donor", "donor_name", "category"]}
PLEDGE_COUNTS = {status: f"pledges_{status}" for status in schema.STATUSES}  # pledges by the stage they stand at now
PROMISE_COLUMNS = (
    "eur_proposed", "eur_committed_total", "eur_allocated", "eur_delivered", "eur_not_delivered", "delivered_share",
    *PLEDGE_COUNTS.values(), "pledges_partly_delivered",
)  # fmt: skip


def promised_and_delivered(table: pd.DataFrame, by: str = "donor") -> pd.DataFrame:
    """Per donor (or donor x category): how much of what was promised has arrived, each pledge once.

    eur_committed_total is every firm pledge, delivered since or not (committed or delivered now); eur_delivered what
    arrived of it; eur_not_delivered the gap; delivered_share their ratio; proposed and allocated (Kiel) stand apart.
    pledges_<stage> count pledges by the stage they stand at now; pledges_partly_delivered those a report delivered
    in part (they stand at their own stage).
    """
    if by not in PROMISE_GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose from {', '.join(PROMISE_GROUPINGS)}")
    keys = [key for key in PROMISE_GROUPINGS[by] if key != "donor_name"]
    rows = counted(table, [*PROMISE_GROUPINGS[by], "status", "amount_eur", *PACKAGE_KEY, "package_eur"])
    stage = rows["status"].astype(object)
    pledge = ~rows["value_only"].to_numpy(dtype=bool)
    frame = pd.DataFrame({key: rows[key].astype(object).to_numpy() for key in PROMISE_GROUPINGS[by]})
    eur = rows["amount_eur"].to_numpy(dtype="float64", na_value=np.nan)
    for status in schema.STATUSES:
        at = (stage == status).to_numpy(dtype=bool)
        frame[STAGE_EUR[status]] = np.where(at, eur, np.nan)
        frame[PLEDGE_COUNTS[status]] = (at & pledge).astype("int64")
    frame["eur_committed_total"] = np.where(stage.isin(["committed", DELIVERED]).to_numpy(dtype=bool), eur, np.nan)
    frame["pledges_partly_delivered"] = (~pledge & (stage == DELIVERED).to_numpy(dtype=bool)).astype("int64")
    grouped = frame.groupby(keys, sort=True, dropna=False)
    result = grouped[["eur_committed_total", *STAGE_EUR.values()]].sum(min_count=1)
    result = result.join(grouped[[*PLEDGE_COUNTS.values(), "pledges_partly_delivered"]].sum())
    if "donor_name" in PROMISE_GROUPINGS[by]:
        result.insert(0, "donor_name", grouped["donor_name"].first())
    committed, delivered = result["eur_committed_total"], result["eur_delivered"].fillna(0.0)
    result["eur_not_delivered"] = (committed - delivered).clip(lower=0.0)
    result["delivered_share"] = (delivered / committed).where(committed > 0)
    result = result.reset_index()[[*PROMISE_GROUPINGS[by], *PROMISE_COLUMNS]]
    return result.sort_values(
        ["eur_committed_total", "eur_delivered"], ascending=False, na_position="last", ignore_index=True, kind="stable"
    )


def totals(table: pd.DataFrame, by: str) -> pd.DataFrame:
    """EUR per stage (proposed, committed, allocated, delivered: never added together) and number of commitments per
    donor, category or donor x category, each pledge once. Counts of items are not summed: 50,000 rounds and one
    Patriot system make no total."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose from {', '.join(GROUPINGS)}")
    keys = [key for key in GROUPINGS[by] if key != "donor_name"]  # a donor's name follows from its code
    rows = counted(table, [*GROUPINGS[by], "status", "amount_eur", *PACKAGE_KEY, "package_eur"])
    grouped = rows.groupby(keys, dropna=False, sort=True, observed=True)
    result = pd.DataFrame({"commitments": grouped["amount_eur"].size() - grouped["value_only"].sum()})
    if "donor_name" in GROUPINGS[by]:
        result["donor_name"] = grouped["donor_name"].first()
    by_stage = rows.groupby([*keys, "status"], dropna=False, sort=True, observed=True)["amount_eur"].sum(min_count=1).unstack("status")
    for status, column in STAGE_EUR.items():
        result[column] = by_stage[status].reindex(result.index) if status in by_stage else np.nan
    result = result.reset_index()[[*GROUPINGS[by], *STAGE_EUR.values(), "commitments"]]
    for key in GROUPINGS[by]:
        result[key] = result[key].astype(object)
    for column in STAGE_EUR.values():
        result[column] = result[column].astype("float64")
    order = [STAGE_EUR[s] for s in ("committed", "delivered", "allocated", "proposed")]
    return result.sort_values([*order, "commitments"], ascending=False, na_position="last", ignore_index=True, kind="stable")


_SUMMED = ["amount_eur", "quantity"]
# What every summary here reads from a table of counted rows (filter_commitments(counted_only=True)).
SUMMARY_COLUMNS = (
    "donor", "donor_name", "category", "status", "announced_on", "amount_eur", "quantity", "source_kind",
    "document_id", "package_amount", "package_currency", "package_eur",
)  # fmt: skip


def _sums(rows: pd.DataFrame, keys: list[str] | pd.Series) -> pd.DataFrame:
    """EUR, number of rows and quantity per group; a group with no amount has no EUR total (not zero)."""
    grouped = rows.groupby(keys, dropna=False, sort=True, observed=True)
    pledges = grouped["amount_eur"].size() - grouped["value_only"].sum()  # a package's rest is a value, not a pledge
    sums = {
        "eur": grouped["amount_eur"].sum(min_count=1),
        "commitments": pledges,
        "quantity": grouped["quantity"].sum(min_count=1),
    }
    if "donor_name" in rows and "donor_name" not in keys:
        sums["donor_name"] = grouped["donor_name"].first()
    return pd.DataFrame(sums)


def monthly(table: pd.DataFrame, *, cumulative: bool = False) -> pd.DataFrame:
    """EUR total, count and quantity per month of announcement, each pledge once (optionally running totals)."""
    dated = counted(table, ["announced_on", *_SUMMED, *PACKAGE_KEY, "package_eur"]).dropna(subset=["announced_on"])
    # Months as small integers group far faster than a million timestamps do.
    months = dated["announced_on"].to_numpy(dtype="datetime64[s]").astype("datetime64[M]").astype("int64")
    result = _sums(dated, pd.Series(months, index=dated.index, name="month")).reset_index()
    result["month"] = np.datetime_as_string(result["month"].to_numpy().astype("datetime64[M]"), unit="M")  # "2024-04"
    return running_totals(result) if cumulative else result


def running_totals(months: pd.DataFrame) -> pd.DataFrame:
    """monthly()'s table with each figure summed up to and including its month."""
    running = months.copy()
    for column in ("eur", "commitments", "quantity"):
        running[column] = running[column].fillna(0).cumsum()
    return running


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would evaluate with an apostrophe; leave numbers and missing values alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame whose text cells and headers are all neutralised; numbers stay numbers."""
    safe = frame.copy(deep=False)
    for column in safe.columns:
        safe[column] = _neutralised(safe[column])
    safe.columns = [neutralise(str(column)) for column in safe.columns]
    return safe


def _neutralised(series: pd.Series) -> pd.Series:
    """Vectorised where the dtype allows: a category's labels once, Arrow text with one startswith over the column."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        labels = [neutralise(label) for label in series.cat.categories]
        if len(set(labels)) == len(labels):
            return series.cat.rename_categories(labels)
        series = series.astype(object)
    if isinstance(series.dtype, pd.StringDtype):
        risky = series.str.startswith(FORMULA_STARTS).to_numpy(dtype=bool, na_value=False)
        return series.mask(risky, "'" + series) if risky.any() else series
    if series.dtype == object:
        return series.map(neutralise, na_action="ignore")
    return series


MONEY_COLUMNS = (
    "amount", "amount_eur", "package_amount", "package_eur", "kiel_eur", "new_eur", "delivered_eur", "eur_not_delivered",
    "eur_committed_total", "eu_share_eur", *STAGE_EUR.values(),
)  # fmt: skip
CENT_DECIMALS = 2


def to_cents(frame: pd.DataFrame) -> pd.DataFrame:
    """Money columns rounded to the cent (a converted amount carries no more precision than that)."""
    present = [column for column in MONEY_COLUMNS if column in frame]
    return frame.assign(**{column: frame[column].round(CENT_DECIMALS) for column in present}) if present else frame


def export_rows(table: pd.DataFrame) -> pd.DataFrame:
    """The rows a 'rows' CSV holds (dashboard download and CLI export alike): in date order, without the review key, as
    stored (with duplicate_of); which report delivered which pledge is the deliveries() table."""
    return by_date(table).drop(columns=["row_key", "delivers"], errors="ignore")


def to_csv_text(frame: pd.DataFrame) -> str:
    """RFC 4180 CSV (CRLF line ends, so a CR or LF inside a cell is quoted), dates as YYYY-MM-DD, money to the cent,
    formulas neutralised."""
    return safe_frame(to_cents(frame)).to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\r\n")


def to_csv_bytes(frame: pd.DataFrame, *, excel: bool = False) -> bytes:
    """UTF-8 CSV bytes; for Excel with a byte-order mark, so that accented names open correctly."""
    return ("\ufeff" if excel else "").encode("utf-8") + to_csv_text(frame).encode("utf-8")


def headline(table: pd.DataFrame) -> dict[str, float | int]:
    """The overview's figures: EUR per stage, donors and commitments (each pledge once)."""
    rows = counted(table, ["donor", "status", "amount_eur", *PACKAGE_KEY, "package_eur"])
    pledges = len(rows) - int(rows["value_only"].sum())
    figures: dict[str, float | int] = {"donors": int(rows["donor"].nunique()), "commitments": pledges}
    by_status = rows.groupby("status", observed=False)["amount_eur"].sum()
    for status in ("proposed", "committed", "allocated", "delivered"):
        figures[f"eur_{status}"] = float(by_status.get(status, 0.0))
    return figures


def kiel_cutoff(table: pd.DataFrame) -> pd.Timestamp | None:
    """The last day the loaded Kiel release covers (end of its last month of allocations), or None."""
    if "source_kind" not in table:
        return None
    kiel = table[((table["source_kind"] == "kiel") & (table["status"] == "allocated")).to_numpy(dtype=bool, na_value=False)]
    if kiel.empty or kiel["announced_on"].isna().all():
        return None
    return kiel["announced_on"].max() + pd.offsets.MonthEnd(0)


def kiel_comparison(table: pd.DataFrame) -> pd.DataFrame:
    """Per donor: allocations in the Kiel release, and EUR announced after its cut-off ('new since the release')."""
    cutoff = kiel_cutoff(table)
    if cutoff is None:
        return pd.DataFrame(columns=["donor", "donor_name", "kiel_eur", "new_eur"])
    rows = counted(table, ["source_kind", "status", "announced_on", "donor", "donor_name", "amount_eur", *PACKAGE_KEY, "package_eur"])
    kinds = rows["source_kind"]
    kiel = rows[((kinds == "kiel") & (rows["status"] == "allocated")).to_numpy(dtype=bool, na_value=False)]
    new = rows[((kinds == ANNOUNCEMENT) & (rows["announced_on"] > cutoff)).to_numpy(dtype=bool, na_value=False)]
    names = donor_names(pd.concat([kiel, new]))
    result = pd.DataFrame(
        {
            "kiel_eur": kiel.groupby("donor", observed=True)["amount_eur"].sum(),
            "new_eur": new.groupby("donor", observed=True)["amount_eur"].sum(),
        }
    ).fillna(0.0)
    result = result[(result["kiel_eur"] > 0) | (result["new_eur"] > 0)]
    result.insert(0, "donor_name", [names.get(code, code) for code in result.index])
    return result.rename_axis("donor").reset_index().sort_values("kiel_eur", ascending=False, ignore_index=True)


def donor_names(table: pd.DataFrame) -> dict[str, str]:
    """Donor code to English name, for the donors present (one pass over the distinct pairs, not the rows)."""
    pairs = table.groupby(["donor", "donor_name"], observed=True, sort=False).size().index
    return {str(code): str(name) for code, name in pairs}


EU_INSTITUTIONS = "EU"  # the donor code of the EU institutions' own aid
PERCENT = 100


def with_gdp(by_donor: pd.DataFrame, donors: pd.DataFrame) -> pd.DataFrame:
    """Totals by donor with pct_of_gdp: EUR allocated over the donor's 2021 GDP, in percent, as the Kiel Institute computes
    its share of GDP (blank where the GDP is not known; `donors` is Store.kiel_donors())."""
    gdp = _by_code(donors, "gdp_eur")
    known = by_donor["donor"].map(gdp).astype("float64")
    allocated = by_donor["eur_allocated"].astype("float64").fillna(0.0)
    return by_donor.assign(pct_of_gdp=(allocated / known * PERCENT).where(known > 0))


def eu_institutions_allocated(table: pd.DataFrame) -> float:
    """EUR allocated by the EU institutions (the Kiel release's donor EU), each pledge once: what EU shares attribute."""
    rows = counted(table, ["donor", "status", "amount_eur", *PACKAGE_KEY, "package_eur"])
    mine = ((rows["donor"] == EU_INSTITUTIONS) & (rows["status"] == "allocated")).to_numpy(dtype=bool, na_value=False)
    return float(rows.loc[mine, "amount_eur"].sum())


def with_eu_shares(by_donor: pd.DataFrame, donors: pd.DataFrame, eu_allocated: float) -> pd.DataFrame:
    """Totals by donor with each EU member's part of the EU institutions' aid, in columns of their own (never added to
    the member's bilateral aid): eu_share_eur (the EU institutions' allocations `eu_allocated` times the member's share
    in the Kiel release's eu_aid_shares.csv) and pct_of_gdp_with_eu_share. Cumulative totals only: the shares are
    stated for all the EU's aid to the release's cut-off, not per month, category or stage."""
    stated = _by_code(donors, "eu_share_eur").dropna()
    if stated.sum() <= 0:
        raise ValueError("the store holds no EU shares: import a Kiel release with its eu_aid_shares.csv (aid-tracker import-kiel)")
    share = by_donor["donor"].map(stated / stated.sum()).astype("float64")
    attributed = share * eu_allocated
    result = by_donor.assign(eu_share_eur=attributed)
    if "pct_of_gdp" not in result:
        result = with_gdp(result, donors)
    gdp = by_donor["donor"].map(_by_code(donors, "gdp_eur")).astype("float64")
    own = result["eur_allocated"].astype("float64").fillna(0.0)
    return result.assign(pct_of_gdp_with_eu_share=((own + attributed) / gdp * PERCENT).where((gdp > 0) & attributed.notna()))


def _by_code(donors: pd.DataFrame, column: str) -> pd.Series:
    return pd.Series(donors[column].to_numpy(dtype="float64"), index=donors["donor"].astype(object).to_numpy())


def donor_totals(view: pd.DataFrame, donors: pd.DataFrame, *, eu_allocated: float | None = None) -> pd.DataFrame:
    """Totals by donor as the CLI and the dashboard give them: EUR per stage, commitments, pct_of_gdp (when the store holds
    a Kiel release's GDP), and with EU shares (`eu_allocated`, from the whole store: see eu_institutions_allocated) the
    members' parts in columns of their own."""
    result = totals(view, "donor")
    if donors["gdp_eur"].notna().any():  # without a Kiel release's GDP the column would be blank throughout: left out
        result = with_gdp(result, donors)
    return result if eu_allocated is None else with_eu_shares(result, donors, eu_allocated)


def group_totals(table: pd.DataFrame) -> pd.DataFrame:
    """EUR per stage, commitments and donors per donor group (each row counted in the groups its donor belonged to on
    its date; a country in two groups counts in both, so groups are never added together)."""
    rows = counted(table, ["donor", "status", "announced_on", "amount_eur", *PACKAGE_KEY, "package_eur"])
    records = []
    for code, name in group_names().items():
        members = rows[in_groups(rows, [code])]
        record: dict[str, object] = {"group": code, "group_name": name}
        for status, column in STAGE_EUR.items():
            at = members.loc[(members["status"] == status).to_numpy(dtype=bool, na_value=False), "amount_eur"]
            values = at.to_numpy(dtype="float64", na_value=np.nan)
            record[column] = float(np.nansum(values)) if (~np.isnan(values)).any() else np.nan  # no amount: no total
        record["commitments"] = len(members) - int(members["value_only"].sum())
        record["donors"] = int(members["donor"].nunique())
        records.append(record)
    result = pd.DataFrame.from_records(records, columns=["group", "group_name", *STAGE_EUR.values(), "commitments", "donors"])
    return result.astype({column: "float64" for column in STAGE_EUR.values()})


def pledge_list(view: pd.DataFrame, moved: pd.DataFrame) -> pd.DataFrame:
    """One row per pledge as it was promised (a counted view's pledges; `moved` is deliveries()): a pledge a later report
    delivered keeps its own count and EUR, and says how much arrived in column delivered ('5 of 10 delivered')."""
    pledges = view[~view["value_only"].to_numpy(dtype=bool)] if "value_only" in view else view
    delivered = pd.Series("", index=pledges.index, dtype=object)
    if moved.empty or "id" not in pledges:
        return pledges.assign(delivered=delivered)
    promised = moved.set_index("id")
    at = pledges["id"].isin(promised.index).to_numpy(dtype=bool, na_value=False)
    ids = pledges.loc[at, "id"].astype(object).to_numpy()
    result = pledges.copy()
    result.loc[at, "quantity"] = promised["quantity"].reindex(ids).to_numpy()
    result.loc[at, "amount_eur"] = promised["amount_eur"].reindex(ids).to_numpy()
    delivered[at] = promised["delivered"].reindex(ids).to_numpy()
    return result.assign(delivered=delivered)

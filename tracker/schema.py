"""The commitments table: the one place that defines its columns, dtypes and vocabularies."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pycountry

CATEGORY_AID_TYPE: dict[str, str] = {
    "air_defence": "military",
    "artillery": "military",
    "ammunition": "military",
    "long_range_strike": "military",
    "drones": "military",
    "armoured_vehicles": "military",
    "aircraft": "military",
    "naval": "military",
    "small_arms": "military",
    "equipment": "military",
    "training": "military",
    "military_unspecified": "military",
    "financial": "financial",
    "humanitarian": "humanitarian",
}
CATEGORIES: tuple[str, ...] = tuple(CATEGORY_AID_TYPE)
AID_TYPES: tuple[str, ...] = ("military", "financial", "humanitarian")
STATUSES: tuple[str, ...] = ("proposed", "committed", "allocated", "delivered")
REVIEW_STATES: tuple[str, ...] = ("unreviewed", "accepted", "edited", "rejected")
COLLECTIVE_DONORS: dict[str, str] = {"EU": "European Union", "NATO": "NATO"}

# What a person reads for each code (the codes stay in CSV files and URLs).
CATEGORY_LABELS: dict[str, str] = {
    "air_defence": "Air defence",
    "artillery": "Artillery",
    "ammunition": "Ammunition",
    "long_range_strike": "Long-range strike",
    "drones": "Drones",
    "armoured_vehicles": "Armoured vehicles",
    "aircraft": "Aircraft",
    "naval": "Naval",
    "small_arms": "Small arms",
    "equipment": "Equipment",
    "training": "Training",
    "military_unspecified": "Military (unspecified)",
    "financial": "Financial",
    "humanitarian": "Humanitarian",
}
AID_TYPE_LABELS: dict[str, str] = {"military": "Military", "financial": "Financial", "humanitarian": "Humanitarian"}
STATUS_LABELS: dict[str, str] = {"proposed": "Proposed", "committed": "Committed", "allocated": "Allocated", "delivered": "Delivered"}
REVIEW_LABELS: dict[str, str] = {"unreviewed": "To review", "accepted": "Accepted", "edited": "Edited", "rejected": "Rejected"}
SOURCE_KIND_LABELS: dict[str, str] = {"announcement": "Announcements", "kiel": "Kiel Institute"}
COLUMN_LABELS: dict[str, str] = {
    "donor": "Donor code",
    "donor_name": "Donor",
    "aid_type": "Aid type",
    "category": "Category",
    "item": "Item",
    "quantity": "Count",
    "amount": "Amount",
    "currency": "Currency",
    "amount_eur": "EUR",
    "status": "Stage",
    "announced_on": "Date",
    "source": "Source",
    "review": "Review",
    "commitments": "Commitments",
    "evidence": "Evidence",
    "title": "Title",
    "published": "Published",
    "lang": "Language",
    "added_at": "Added",
    "fx_date": "Rate date",
    "fx_rate": "EUR per unit",
}
_LABELS: dict[str, str] = {**CATEGORY_LABELS, **AID_TYPE_LABELS, **STATUS_LABELS, **REVIEW_LABELS, **SOURCE_KIND_LABELS}


def label(code: object) -> str:
    """The human label of a category, aid type, stage, review state or source kind code (other values as given)."""
    return _LABELS.get(str(code), str(code))


def _categories(values: tuple[str, ...]) -> pd.CategoricalDtype:
    # Plain object labels: reading rows back (to_dict, itertuples) is several times faster than with Arrow labels.
    return pd.CategoricalDtype(pd.Index(values, dtype=object))


# Arrow-backed text: a million rows read from the store without a copy, compact in memory, fast to filter.
_STRING = pd.StringDtype("pyarrow")
DTYPES: dict[str, object] = {
    "id": _STRING,
    "document_id": _STRING,
    "donor": _STRING,
    "donor_name": _STRING,
    "recipient": _STRING,
    "aid_type": _categories(AID_TYPES),
    "category": _categories(CATEGORIES),
    "item": _STRING,
    "quantity": pd.Int64Dtype(),
    "amount": pd.Float64Dtype(),
    "currency": _STRING,
    "amount_eur": pd.Float64Dtype(),
    "fx_rate": pd.Float64Dtype(),
    "fx_date": "datetime64[s]",
    "package_amount": pd.Float64Dtype(),  # the value of the package the row is part of, as announced (counted once)
    "package_currency": _STRING,
    "package_eur": pd.Float64Dtype(),
    "status": _categories(STATUSES),
    "announced_on": "datetime64[s]",
    "source": _STRING,
    "evidence": _STRING,
    "evidence_start": pd.Int64Dtype(),
    "evidence_end": pd.Int64Dtype(),
    "confidence": pd.Float64Dtype(),
    "review": _categories(REVIEW_STATES),
}
COLUMNS: tuple[str, ...] = tuple(DTYPES)
FIRST_DAY = dt.date(1991, 8, 24)  # Ukraine's independence: no aid to Ukraine was announced before it
DAYS_AHEAD = 31  # a release may carry an embargo date a few weeks ahead, never more


def date_window() -> tuple[dt.date, dt.date]:
    """The days an announcement can be dated: from Ukraine's independence to a few weeks from today (an embargo)."""
    return FIRST_DAY, dt.date.today() + dt.timedelta(days=DAYS_AHEAD)


def checked_date(day: dt.date, what: str = "date") -> dt.date:
    """The day, if an announcement could carry it; a clear error for 0001-01-01, 9999-12-31 and the like."""
    first, latest = date_window()
    if not first <= day <= latest:
        raise ValueError(f"{what} {day.isoformat()} is outside {FIRST_DAY.isoformat()} .. {latest.isoformat()}")
    return day


INT64 = np.iinfo(np.int64)  # the range of the table's Int64 columns (DuckDB BIGINT)
_NUMERIC_DTYPES = [(column, dtype) for column, dtype in DTYPES.items() if isinstance(dtype, (pd.Int64Dtype, pd.Float64Dtype))]
MAX_AMOUNT = 1e15  # a quadrillion units of any currency: above any state budget, in won or yen too
MAX_QUANTITY = 10**9  # a billion items: more than any count of rounds ever announced, far inside BIGINT
MAX_ITEM_CHARS = 1_000  # an item's name as a person types it
LIMITS = {"quantity": MAX_QUANTITY, "amount": MAX_AMOUNT, "package_amount": MAX_AMOUNT}  # what a row, an edit or a Kiel line may hold


def unstorable(record: Mapping[str, object]) -> str | None:
    """Why a row cannot go in the table (a count or amount beyond the limits, or beyond what its column holds), else None.

    The one check every parsed row passes: a misread figure such as a count of 10^20 refuses its row, never the document.
    """
    for column, dtype in _NUMERIC_DTYPES:
        value = record.get(column)
        if value is None or _missing_as_none(value) is None:
            continue
        try:
            number = float(value)
        except OverflowError:
            return f"{column} {value} is too large to store"
        except (TypeError, ValueError):
            return f"{column} {value!r} is not a number"
        if not math.isfinite(number):
            return f"{column} {value} is not a finite number"
        if isinstance(dtype, pd.Int64Dtype) and not INT64.min <= int(value) <= INT64.max:
            return f"{column} {value} is too large to store"
        if abs(number) > LIMITS.get(column, math.inf):
            return f"{column} {value:,} is above the most any announcement states ({LIMITS[column]:,})"
    return None


def is_donor_code(code: str) -> bool:
    """Whether a donor code exists: an ISO 3166 alpha-3 country code, or EU or NATO."""
    return code in COLLECTIVE_DONORS or (len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None)


def empty_frame() -> pd.DataFrame:
    """A table with no rows but every column typed, so callers never special-case 'nothing found'."""
    return _EMPTY.copy()


def to_frame(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Build the table from plain dicts, enforcing column order and dtypes in one place."""
    records = list(records)
    arrays = []
    for column, dtype in DTYPES.items():
        values = [record.get(column) for record in records]
        if isinstance(dtype, pd.CategoricalDtype):
            arrays.append(pd.Categorical.from_codes([_CODES[column].get(v, -1) for v in values], dtype=dtype))
        elif dtype == "datetime64[s]":
            arrays.append(np.array([_datetime64(v) for v in values], dtype="datetime64[s]"))
        elif isinstance(dtype, (pd.Float64Dtype, pd.Int64Dtype)):
            arrays.append(_masked(values, dtype))
        else:
            arrays.append(pd.arrays.ArrowStringArray(pa.array([_text_or_none(v) for v in values], type=pa.large_string())))
    # Built column by column from typed arrays: one document's handful of rows costs well under a millisecond.
    return pd.DataFrame(dict(zip(COLUMNS, arrays, strict=True)), copy=False)


def _text_or_none(value: object) -> str | None:
    return None if _missing_as_none(value) is None else str(value)


def _masked(values: list[object], dtype: pd.Float64Dtype | pd.Int64Dtype) -> pd.api.extensions.ExtensionArray:
    """A nullable numeric array built straight from values and a mask (pd.array is slow for a handful of rows)."""
    mask = np.array([_missing_as_none(v) is None for v in values], dtype=bool)
    if isinstance(dtype, pd.Int64Dtype):
        numbers = np.array([0 if m else int(v) for v, m in zip(values, mask, strict=True)], dtype="int64")
        return pd.arrays.IntegerArray(numbers, mask)
    numbers = np.array([0.0 if m else float(v) for v, m in zip(values, mask, strict=True)], dtype="float64")
    return pd.arrays.FloatingArray(numbers, mask)


def _datetime64(value: object) -> np.datetime64:
    value = _missing_as_none(value)
    if value is None:
        return np.datetime64("NaT")
    return value.to_datetime64() if isinstance(value, pd.Timestamp) else np.datetime64(value)


def _missing_as_none(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    return value


_CODES = {
    column: {value: code for code, value in enumerate(dtype.categories)}
    for column, dtype in DTYPES.items()
    if isinstance(dtype, pd.CategoricalDtype)
}
_EMPTY = to_frame([])


def from_arrow(table: pa.Table) -> pd.DataFrame:
    """The table from the store's Arrow result: every column converted once, vectorised (a million rows in about a second)."""
    data: dict[str, object] = {}
    for column, dtype in DTYPES.items():
        values = table[column] if column in table.column_names else pa.chunked_array([pa.nulls(table.num_rows, pa.string())])
        if isinstance(dtype, pd.CategoricalDtype):
            data[column] = _categorical(values, column, dtype)
        elif dtype == "datetime64[s]":
            data[column] = values.cast(pa.timestamp("s")).to_numpy(zero_copy_only=False).astype("datetime64[s]")
        elif isinstance(dtype, pd.Int64Dtype):
            data[column] = dtype.__from_arrow__(values.cast(pa.int64()))
        elif isinstance(dtype, pd.Float64Dtype):
            data[column] = dtype.__from_arrow__(values.cast(pa.float64()))
        else:
            data[column] = pd.arrays.ArrowStringArray(values.cast(pa.large_string()))
    return pd.DataFrame(data, copy=False)


def _categorical(values: pa.ChunkedArray, column: str, dtype: pd.CategoricalDtype) -> pd.Categorical:
    """Codes through the few distinct labels rather than per row; a label outside the vocabulary becomes missing."""
    encoded = values.cast(pa.string()).combine_chunks().dictionary_encode()
    lookup = np.array([_CODES[column].get(label, -1) for label in encoded.dictionary.to_pylist()] + [-1], dtype="int64")
    indices = pc.fill_null(encoded.indices, len(encoded.dictionary)).to_numpy(zero_copy_only=False)
    return pd.Categorical.from_codes(lookup[indices], dtype=dtype)

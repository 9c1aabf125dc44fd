"""Reviews, the same on every backend: what an edit may change (checked on writing and again on reading), how reviews
are applied to the parsed rows, and the EUR values of an edited row."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

from tracker import fx, schema
from tracker.extract.vocabulary import english_name
from tracker.store.errors import StoreError

EDITABLE = ("donor", "category", "item", "quantity", "amount", "currency", "status", "announced_on")
REQUIRED = ("donor", "category", "status")  # every row has them: an edit may change them, never clear them
# A review row's version is the store revision that wrote it (reviews.revision): it changes with every review of the
# row. A row nobody has reviewed has no review row, and this version:
UNREVIEWED_VERSION = -1


def row_key(document: str, donor: str, category: str, status: str) -> str:
    """The identity of a commitment that a newer parser finds again: document, donor, category, stage."""
    return f"{document}|{donor}|{category}|{status}"


def row_fingerprint(row: Mapping[str, object]) -> str:
    """What a reviewer saw of a row (every column of the table, its review included) as a short hash: a review made on
    it is refused once the stored row no longer matches."""
    values = [None if is_missing(row[column]) else str(row[column]) for column in schema.COLUMNS]
    return hashlib.sha256(json.dumps(values).encode()).hexdigest()[:16]


def usable_reviews(reviews: list[tuple[str, str, str]]) -> tuple[dict[str, tuple[str, dict[str, object]]], list[str]]:
    """Each stored review checked as it was on writing; one that fails is left out and named, never fatal."""
    usable, skipped = {}, []
    for key, state, changes in reviews:
        try:
            usable[key] = (state, checked_review(state, json.loads(changes)))
        except (StoreError, ValueError, TypeError) as error:
            skipped.append(f"review of {key}: {error}")
    return usable, skipped


def checked_review(state: str, changes: object) -> dict[str, object]:
    """A review's state and edited fields, checked before anything is written (and again when read back)."""
    if state not in schema.REVIEW_STATES:
        raise StoreError(f"review state must be one of {', '.join(schema.REVIEW_STATES)}, not {state!r}")
    cleaned = _validated_changes(changes)
    if state == "edited" and not cleaned:
        raise StoreError("an edit needs at least one changed field")
    if state != "edited" and cleaned:
        raise StoreError(f"only an edit changes fields, not {state!r}")
    return cleaned


def is_missing(value: object) -> bool:
    """None, pandas' NA and NaT, and a float NaN: a cell with no value."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float | np.floating) and math.isnan(value))


def _checked_number(field: str, value: object) -> int | float:
    """A count (a whole number up to schema.MAX_QUANTITY) or an amount (up to schema.MAX_AMOUNT), never a bool, text or infinity."""
    limit = schema.MAX_QUANTITY if field == "quantity" else schema.MAX_AMOUNT
    problem = f"{field} must be a number of at least 0 and at most {limit:,.0f}, not {value!r}"
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating | str):
        raise StoreError(problem)
    try:
        number = float(value)
    except ValueError:
        raise StoreError(problem) from None
    if not math.isfinite(number) or not 0 <= number <= limit:
        raise StoreError(problem)
    if field == "quantity":
        if not number.is_integer():
            raise StoreError(f"quantity must be a whole number, not {value!r}")
        return int(number)
    return number


def _validated_changes(changes: object) -> dict[str, object]:
    """Only editable fields, each checked against the table's vocabulary and ranges: what passes can always be read."""
    if not isinstance(changes, dict):
        raise StoreError(f"the changes must be a mapping of field to value, not {type(changes).__name__}")
    cleaned: dict[str, object] = {}
    for field, value in changes.items():
        if field not in EDITABLE:
            raise StoreError(f"{field!r} cannot be edited; editable: {', '.join(EDITABLE)}")
        if is_missing(value):
            if field in REQUIRED:
                raise StoreError(f"{field} cannot be empty: every row has one")
            cleaned[field] = None
        elif field == "category":
            if value not in schema.CATEGORIES:
                raise StoreError(f"unknown category {value!r}")
            cleaned[field] = str(value)
        elif field == "status":
            if value not in schema.STATUSES:
                raise StoreError(f"unknown status {value!r}")
            cleaned[field] = str(value)
        elif field in ("quantity", "amount"):
            cleaned[field] = _checked_number(field, value)
        elif field == "item":
            item = str(value).strip()
            if len(item) > schema.MAX_ITEM_CHARS:
                raise StoreError(f"item is {len(item):,} characters long; at most {schema.MAX_ITEM_CHARS:,}")
            cleaned[field] = item or None
        elif field == "announced_on":
            try:
                cleaned[field] = schema.checked_date(dt.date.fromisoformat(str(value)[:10]), "announced_on").isoformat()
            except ValueError as error:
                raise StoreError(f"announced_on: {error}") from None
        elif field == "donor":
            code = str(value).strip().upper()
            if not schema.is_donor_code(code):
                raise StoreError(f"unknown donor {value!r}: give an ISO 3166 alpha-3 code such as DEU, or EU or NATO")
            cleaned[field] = code
        elif field == "currency":
            code = str(value).strip().upper()
            if fx.eur_rate(code, None) is None:
                raise StoreError(f"unknown currency {value!r}: give an ISO 4217 code that the ECB quotes, such as EUR or USD")
            cleaned[field] = code
    return cleaned


def apply_reviews(frame: pd.DataFrame, by_key: dict[str, tuple[str, dict[str, object]]]) -> None:
    """Set each reviewed row's state and (checked) edits in place; only the reviewed rows are visited."""
    frame["review"] = pd.Categorical.from_codes(np.zeros(len(frame), dtype="int64"), dtype=schema.DTYPES["review"])
    if not by_key:
        return
    reviewed = np.flatnonzero(frame["row_key"].isin(list(by_key)).to_numpy())
    if not len(reviewed):
        return
    updates: dict[str, tuple[list[int], list[object]]] = {}

    def put(field: str, position: int, value: object) -> None:
        positions, values = updates.setdefault(field, ([], []))
        positions.append(position)
        values.append(value)

    columns = frame.columns
    for position in reviewed.tolist():
        state, changes = by_key[frame.iat[position, columns.get_loc("row_key")]]
        put("review", position, state)
        for field, value in changes.items():
            put(field, position, pd.Timestamp(value) if field == "announced_on" and value else value)
        if "category" in changes:
            put("aid_type", position, schema.CATEGORY_AID_TYPE[str(changes["category"])])
        if changes.get("donor"):
            put("donor_name", position, english_name(str(changes["donor"])))
        if {"amount", "currency", "announced_on"} & changes.keys():
            current = {
                field: changes.get(field, frame.iat[position, columns.get_loc(field)]) for field in ("amount", "currency", "announced_on")
            }
            for field, value in eur_values(**current).items():
                put(field, position, value)
    for field, (positions, values) in updates.items():
        frame.iloc[positions, columns.get_loc(field)] = values


def eur_values(amount: object, currency: object, announced_on: object) -> dict[str, object]:
    """The EUR fields of an edited row, at the ECB rate of its (possibly edited) date."""
    rate = None
    if not pd.isna(amount) and not pd.isna(currency):
        rate = fx.eur_rate(str(currency), None if pd.isna(announced_on) else pd.Timestamp(announced_on).date())
    if rate is None:
        return {"amount_eur": pd.NA, "fx_rate": pd.NA, "fx_date": pd.NaT}
    return {"amount_eur": float(amount) * rate[0], "fx_rate": rate[0], "fx_date": pd.Timestamp(rate[1])}

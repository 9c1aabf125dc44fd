"""The Kiel Institute's Ukraine Support Tracker aggregates, as commitments rows beside parsed announcements.

Reads the published files by name: data_explorer.csv (allocations per donor, month and aid type),
weapons.csv (heavy weapons committed per donor and class) and release_info.csv (the release label).
Values in those files are billions of euros, except weapons' monetary_value_eur (euros).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd
import pycountry

from tracker import schema
from tracker.extract.vocabulary import english_name

SOURCE_KIND = "kiel"
LAYOUTS = {
    "data_explorer": ("country", "iso", "year", "month", "financial", "humanitarian", "military"),
    "weapons": ("donor", "category", "number_of_weapons", "monetary_value_eur", "weapons_list"),
    "release_info": ("release", "date", "label"),
}
AID_TYPE_COLUMNS = ("financial", "humanitarian", "military")
BILLION = 1e9


class KielError(ValueError):
    """A Kiel file that cannot be imported as it is; the message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class KielRelease:
    """The rows of one Kiel release, ready for the store, and what identifies the release."""

    label: str
    release: str | None
    fingerprint: str
    rows: pd.DataFrame
    skipped: tuple[str, ...]


def read_release(paths: list[Path]) -> KielRelease:
    """Read the Kiel files given (others are reported as skipped) into commitments rows."""
    tables: dict[str, pd.DataFrame] = {}
    skipped: list[str] = []
    digest = hashlib.sha256()
    for path in sorted(paths):
        layout = path.stem.lower()
        if layout not in LAYOUTS:
            skipped.append(f"{path.name}: not one of {', '.join(f'{name}.csv' for name in LAYOUTS)}; not imported")
            continue
        tables[layout] = _read_table(path, layout)
        digest.update(layout.encode() + path.read_bytes())
    if "data_explorer" not in tables and "weapons" not in tables:
        raise KielError("no data_explorer.csv or weapons.csv among the files: nothing to import")
    release, label, released_on = _release(tables.get("release_info"))
    names = _donor_codes(tables.get("data_explorer"))
    records = []
    if "data_explorer" in tables:
        records += _allocations(tables["data_explorer"], label)
    if "weapons" in tables:
        records += _weapons(tables["weapons"], label, names, released_on)
    rows = schema.to_frame(records)
    rows["source_kind"] = SOURCE_KIND
    return KielRelease(label=label, release=release, fingerprint=digest.hexdigest()[:16], rows=rows, skipped=tuple(skipped))


def _read_table(path: Path, layout: str) -> pd.DataFrame:
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise KielError(f"{path.name}: cannot be read as CSV ({error})") from None
    missing = [column for column in LAYOUTS[layout] if column not in table.columns]
    if missing:
        raise KielError(f"{path.name}: missing columns {', '.join(missing)} (found: {', '.join(map(str, table.columns))})")
    table.attrs["name"] = path.name
    return table


def _release(info: pd.DataFrame | None) -> tuple[str | None, str, dt.date | None]:
    if info is None or info.empty:
        return None, "Kiel Institute Ukraine Support Tracker", None
    first = info.iloc[0]
    release = str(first["release"]).strip() or None
    try:
        released_on = dt.date.fromisoformat(str(first["date"]).strip())
    except ValueError:
        released_on = None
    return release, f"Kiel Institute Ukraine Support Tracker, Release {release}", released_on


def _category_map() -> dict[str, str]:
    with resources.files("tracker").joinpath("lexicon", "kiel_categories.csv").open(encoding="utf-8") as handle:
        return {row["kiel"]: row["category"] for row in csv.DictReader(handle)}


def _donor_codes(explorer: pd.DataFrame | None) -> dict[str, str]:
    """Donor names to codes: the data explorer's own pairs first (they include 'EU')."""
    if explorer is None:
        return {}
    return dict(zip(explorer["country"], explorer["iso"], strict=True))


def _code_of(name: str, known: dict[str, str], file_name: str) -> str:
    if name in known:
        return known[name]
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        raise KielError(f"{file_name}: unknown donor {name!r}") from None


def _number(value: str, file_name: str, line: int, column: str) -> float:
    try:
        number = float(value) if value.strip() else 0.0
    except ValueError:
        raise KielError(f"{file_name} line {line}: {column} {value!r} is not a number") from None
    if math.isnan(number) or math.isinf(number) or number < 0:
        raise KielError(f"{file_name} line {line}: {column} {value!r} must be a number of at least 0")
    return number


def _allocations(table: pd.DataFrame, label: str) -> list[dict[str, object]]:
    categories = _category_map()
    name = table.attrs["name"]
    records = []
    for line, row in enumerate(table.to_dict("records"), start=2):
        try:
            month = dt.date(int(row["year"]), int(row["month"]), 1)
        except ValueError:
            raise KielError(f"{name} line {line}: {row['year']}-{row['month']} is not a calendar month") from None
        if not 1990 <= month.year <= 2100:
            raise KielError(f"{name} line {line}: year {month.year} is out of range")
        donor = str(row["iso"]).strip().upper()
        for column in AID_TYPE_COLUMNS:
            value = _number(str(row[column]), name, line, column)
            if value:
                category = categories[column]
                evidence = f"{name}: {row['country']} {month:%Y-%m} {column} allocations {row[column]} bn EUR"
                records.append(_record(label, donor, category, "allocated", value * BILLION, month, evidence, item=None, quantity=None))
    return records


def _weapons(table: pd.DataFrame, label: str, names: dict[str, str], released_on: dt.date | None) -> list[dict[str, object]]:
    categories = _category_map()
    name = table.attrs["name"]
    records = []
    for line, row in enumerate(table.to_dict("records"), start=2):
        if row["category"] not in categories:
            raise KielError(f"{name} line {line}: unknown weapon class {row['category']!r} (known: {', '.join(categories)})")
        donor = _code_of(str(row["donor"]).strip(), names, name)
        quantity = _number(str(row["number_of_weapons"]), name, line, "number_of_weapons")
        value = _number(str(row["monetary_value_eur"]), name, line, "monetary_value_eur")
        evidence = f"{name}: {row['donor']} {row['category']}: {row['weapons_list']}"
        records.append(
            _record(
                label,
                donor,
                categories[row["category"]],
                "committed",
                value or None,
                released_on,
                evidence,
                item=str(row["weapons_list"]) or None,
                quantity=int(quantity) or None,
            )
        )
    return records


def _record(
    label: str, donor: str, category: str, status: str, eur: float | None, on: dt.date | None, evidence: str, *, item, quantity
) -> dict[str, object]:
    key = f"{label}|{donor}|{category}|{status}|{on}|{evidence}"
    return {
        "id": hashlib.sha256(key.encode()).hexdigest()[:16],
        "document_id": "kiel:" + hashlib.sha256(label.encode()).hexdigest()[:12],
        "donor": donor,
        "donor_name": english_name(donor),
        "recipient": "UKR",
        "aid_type": schema.CATEGORY_AID_TYPE[category],
        "category": category,
        "item": item,
        "quantity": quantity,
        "amount": eur,
        "currency": "EUR" if eur is not None else None,
        "amount_eur": eur,
        "fx_rate": 1.0 if eur is not None else None,
        "fx_date": on if eur is not None else None,
        "status": status,
        "announced_on": on,
        "source": label,
        "evidence": evidence,
        "evidence_start": None,
        "evidence_end": None,
        "confidence": 1.0,
        "review": "unreviewed",
    }

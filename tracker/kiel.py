"""The Kiel Institute's Ukraine Support Tracker aggregates, as commitments rows beside parsed announcements.

Reads the published files by name: data_explorer.csv (allocations per donor, month and aid type, and each donor's
2021 GDP), weapons.csv (heavy weapons committed per donor and class), eu_aid_shares.csv (each EU member's share of
the EU institutions' aid) and release_info.csv (the release label). Values in those files are billions of euros,
except weapons' monetary_value_eur (euros).
"""

from __future__ import annotations

import csv
import dataclasses
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
    "eu_aid_shares": ("country", "iso", "eu_share_bn"),
}
GDP_COLUMN = "gdp"  # data_explorer.csv: the donor's 2021 GDP in EUR bn, repeated on each of its lines (0: not known)
DONOR_COLUMNS = ("donor", "gdp_eur", "eu_share_eur")
AID_TYPE_COLUMNS = ("financial", "humanitarian", "military")
BILLION = 1e9
MAX_GDP = 1e15  # EUR: above any country's GDP (the world's is about 1e14)
TRACKER = "Kiel Institute Ukraine Support Tracker"


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
    # One row per donor the release states a figure for: 2021 GDP and share of EU institutions' aid, in EUR (NaN: none).
    donors: pd.DataFrame = dataclasses.field(default_factory=lambda: pd.DataFrame(columns=list(DONOR_COLUMNS)))


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
    donors = _donor_figures(tables.get("data_explorer"), tables.get("eu_aid_shares"))
    return KielRelease(label=label, release=release, fingerprint=digest.hexdigest()[:16], rows=rows, skipped=tuple(skipped), donors=donors)


def _donor_figures(explorer: pd.DataFrame | None, shares: pd.DataFrame | None) -> pd.DataFrame:
    """Each donor's 2021 GDP (data explorer) and share of EU institutions' aid (eu_aid_shares), in EUR."""
    gdp = _gdp(explorer) if explorer is not None and GDP_COLUMN in explorer.columns else {}
    eu = _eu_shares(shares) if shares is not None else {}
    codes = sorted(set(gdp) | set(eu))
    return pd.DataFrame(
        {
            "donor": codes,
            "gdp_eur": [gdp.get(code, math.nan) for code in codes],
            "eu_share_eur": [eu.get(code, math.nan) for code in codes],
        },
        columns=list(DONOR_COLUMNS),
    ).astype({"gdp_eur": "float64", "eu_share_eur": "float64"})


def _gdp(explorer: pd.DataFrame) -> dict[str, float]:
    """A donor's GDP, the same on each of its lines (a line stating another is an error); 0 or blank: not known."""
    name = explorer.attrs["name"]
    found: dict[str, tuple[float, int]] = {}
    for line, row in enumerate(explorer.to_dict("records"), start=2):
        donor = _donor_code(row["iso"], row["country"], name, line)
        value = _number(str(row[GDP_COLUMN]), name, line, GDP_COLUMN, scale=BILLION, limit=MAX_GDP)
        if donor in found and not math.isclose(found[donor][0], value, rel_tol=1e-9):
            raise KielError(
                f"{name} line {line}: {row['country']} has the GDP {row[GDP_COLUMN]} bn EUR, line {found[donor][1]} another; "
                "which one holds?"
            )
        found.setdefault(donor, (value, line))
    return {donor: value for donor, (value, _) in found.items() if value > 0}


def _eu_shares(shares: pd.DataFrame) -> dict[str, float]:
    """Each EU member's share of the EU institutions' aid (eu_share_bn), in EUR."""
    name = shares.attrs["name"]
    found: dict[str, float] = {}
    seen: dict[tuple[str, ...], int] = {}
    for line, row in enumerate(shares.to_dict("records"), start=2):
        donor = _donor_code(row["iso"], row["country"], name, line)
        if donor in schema.COLLECTIVE_DONORS:
            raise KielError(f"{name} line {line}: {row['country']!r} ({donor}) is no EU member state")
        _first_time(seen, (donor,), name, line)
        found[donor] = _number(str(row["eu_share_bn"]), name, line, "eu_share_bn", scale=BILLION)
    return found


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
    """The release number, label and date; a date that is not a date, or that no release can carry, is an error."""
    if info is None or info.empty:
        return None, TRACKER, None
    first = info.iloc[0]
    release = str(first["release"]).strip() or None
    given = str(first["date"]).strip()
    released_on = None
    if given:
        try:
            released_on = schema.checked_date(dt.date.fromisoformat(given), "release date")
        except ValueError as error:
            raise KielError(f"{info.attrs['name']} line 2: date {given!r} is not a release date ({error})") from None
    return release, f"{TRACKER}, Release {release}" if release else TRACKER, released_on


def _category_map() -> dict[str, str]:
    with resources.files("tracker").joinpath("lexicon", "kiel_categories.csv").open(encoding="utf-8") as handle:
        return {row["kiel"]: row["category"] for row in csv.DictReader(handle)}


def _donor_codes(explorer: pd.DataFrame | None) -> dict[str, str]:
    """Donor names to codes: the data explorer's own pairs first (they include 'EU')."""
    if explorer is None:
        return {}
    return dict(zip(explorer["country"], explorer["iso"], strict=True))


def _code_of(name: str, known: dict[str, str], file_name: str, line: int) -> str:
    if name in known:
        return _donor_code(known[name], name, file_name, line)
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        raise KielError(f"{file_name} line {line}: unknown donor {name!r}") from None


def _donor_code(iso: str, country: str, file_name: str, line: int) -> str:
    """The ISO code of a line, if it is one a donor can have (ISO 3166 alpha-3, EU or NATO)."""
    code = str(iso).strip().upper()
    if not schema.is_donor_code(code):
        raise KielError(f"{file_name} line {line}: {country!r} has the ISO code {iso!r}, which is no ISO 3166 alpha-3 code, EU or NATO")
    return code


def _number(value: str, file_name: str, line: int, column: str, *, scale: float = 1.0, limit: float = schema.MAX_AMOUNT) -> float:
    """The cell's number times `scale` (an empty cell is 0); it must lie between 0 and `limit` once scaled."""
    try:
        number = float(value) if value.strip() else 0.0
    except ValueError:
        raise KielError(f"{file_name} line {line}: {column} {value!r} is not a number") from None
    scaled = number * scale
    if not math.isfinite(scaled) or not 0 <= scaled <= limit:
        raise KielError(f"{file_name} line {line}: {column} {value!r} must be a number of at least 0 and at most {limit / scale:,.0f}")
    return scaled


def _month(row: dict[str, str], file_name: str, line: int) -> dt.date:
    """The first day of the line's month, inside the months an allocation to Ukraine can fall in."""
    try:
        month = dt.date(int(row["year"]), int(row["month"]), 1)
    except (ValueError, OverflowError):
        raise KielError(f"{file_name} line {line}: {row['year']}-{row['month']} is not a calendar month") from None
    earliest = schema.FIRST_DAY.replace(day=1)
    latest = dt.date.today() + dt.timedelta(days=schema.DAYS_AHEAD)
    if not earliest <= month <= latest:
        raise KielError(f"{file_name} line {line}: month {month:%Y-%m} is out of range ({earliest:%Y-%m} .. {latest:%Y-%m})")
    return month


def _first_time(seen: dict[tuple[str, ...], int], key: tuple[str, ...], file_name: str, line: int) -> None:
    """Refuse a line that repeats an earlier one (the same donor and month, or donor and weapon class)."""
    if key in seen:
        raise KielError(f"{file_name} line {line}: {' '.join(key)} appears twice (lines {seen[key]} and {line}); which one holds?")
    seen[key] = line


def _allocations(table: pd.DataFrame, label: str) -> list[dict[str, object]]:
    categories = _category_map()
    name = table.attrs["name"]
    records = []
    seen: dict[tuple[str, ...], int] = {}
    for line, row in enumerate(table.to_dict("records"), start=2):
        month = _month(row, name, line)
        donor = _donor_code(row["iso"], row["country"], name, line)
        _first_time(seen, (donor, f"{month:%Y-%m}"), name, line)
        for column in AID_TYPE_COLUMNS:
            value = _number(str(row[column]), name, line, column, scale=BILLION)
            if value:
                category = categories[column]
                evidence = f"{name}: {row['country']} {month:%Y-%m} {column} allocations {row[column]} bn EUR"
                records.append(_record(label, donor, category, "allocated", value, month, evidence, item=None, quantity=None))
    return records


def _weapons(table: pd.DataFrame, label: str, names: dict[str, str], released_on: dt.date | None) -> list[dict[str, object]]:
    categories = _category_map()
    name = table.attrs["name"]
    records = []
    seen: dict[tuple[str, ...], int] = {}
    for line, row in enumerate(table.to_dict("records"), start=2):
        if row["category"] not in categories:
            raise KielError(f"{name} line {line}: unknown weapon class {row['category']!r} (known: {', '.join(categories)})")
        donor = _code_of(str(row["donor"]).strip(), names, name, line)
        _first_time(seen, (donor, row["category"]), name, line)
        quantity = _number(str(row["number_of_weapons"]), name, line, "number_of_weapons", limit=schema.MAX_QUANTITY)
        if not quantity.is_integer():
            raise KielError(f"{name} line {line}: number_of_weapons {row['number_of_weapons']!r} is not a whole number")
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

"""The one definition of the filters: their names (sidebar key, URL key, CLI option), labels, allowed codes, and
how a value from a link or a command line is read (ISO codes or donor names in any case; unknown values dropped)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tracker import groups, schema

CHOICE, DATE = "choice", "date"


@dataclass(frozen=True, slots=True)
class Filter:
    """One filter: `key` names it in the sidebar, the URL and the CLI (--key); `argument` is filter_commitments' keyword."""

    key: str
    label: str
    argument: str
    kind: str
    help: str


FILTERS: tuple[Filter, ...] = (
    Filter("donor", "Donor", "donors", CHOICE, "keep this donor: ISO 3166 alpha-3 code (DEU), EU, NATO, or name (repeatable)"),
    Filter("group", "Donor group", "groups", CHOICE, "keep the donors that were members of this group on each row's date (repeatable)"),
    Filter("category", "Category", "categories", CHOICE, "keep this category (repeatable)"),
    Filter("aid_type", "Aid type", "aid_types", CHOICE, "keep this aid type (repeatable)"),
    Filter("status", "Stage", "statuses", CHOICE, "keep this stage (repeatable)"),
    Filter("source", "Source", "source_kinds", CHOICE, "keep rows of this origin (repeatable)"),
    Filter("from", "From", "date_from", DATE, "announced on or after YYYY-MM-DD"),
    Filter("to", "To", "date_to", DATE, "announced on or before YYYY-MM-DD"),
)
BY_KEY: dict[str, Filter] = {f.key: f for f in FILTERS}
FIXED_CHOICES: dict[str, tuple[str, ...]] = {
    "category": schema.CATEGORIES,
    "aid_type": schema.AID_TYPES,
    "status": schema.STATUSES,
    "source": tuple(schema.SOURCE_KIND_LABELS),
    "group": tuple(groups.names()),
}


def choices(key: str, donors: Mapping[str, str]) -> dict[str, str]:
    """The codes a choice filter allows, each with its label (donors: code to name, as given)."""
    if key == "donor":
        return dict(donors)
    if key == "group":
        return groups.names()
    return {code: schema.label(code) for code in FIXED_CHOICES[key]}


def read_choice(key: str, values: Iterable[str], donors: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """(codes, unknown values) of a choice filter's values: a code or a label in any case; for donors also any ISO code."""
    allowed = choices(key, donors)
    lookup = {code.casefold(): code for code in allowed} | {name.casefold(): code for code, name in allowed.items()}
    codes, unknown = [], []
    for value in values:
        text = str(value).strip()
        code = lookup.get(text.casefold())
        if code is None and key == "donor" and schema.is_donor_code(text.upper()):
            code = text.upper()
        if code is None:
            unknown.append(text)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


def read_date(value: str | None) -> dt.date | None:
    """A YYYY-MM-DD date a filter can take, or None (for anything else)."""
    try:
        return schema.checked_date(dt.date.fromisoformat(str(value)))
    except (TypeError, ValueError):
        return None


def from_url(params: Mapping[str, list[str]], donors: Mapping[str, str]) -> dict[str, object]:
    """The filter values a link holds: known keys only, known values only (everything else is dropped)."""
    values: dict[str, object] = {}
    for spec in FILTERS:
        given = [v for v in params.get(spec.key, []) if v]
        if not given:
            continue
        if spec.kind == CHOICE:
            codes, _ = read_choice(spec.key, given, donors)
            if codes:
                values[spec.key] = codes
        elif (day := read_date(given[0])) is not None:
            values[spec.key] = day
    return values


def to_url(values: Mapping[str, object]) -> dict[str, list[str] | str]:
    """The URL parameters of filter values: codes and ISO dates, empty filters left out."""
    params: dict[str, list[str] | str] = {}
    for spec in FILTERS:
        value = values.get(spec.key)
        if spec.kind == CHOICE and value:
            params[spec.key] = [str(code) for code in value]
        elif spec.kind == DATE and isinstance(value, dt.date):
            params[spec.key] = value.isoformat()
    return params


def arguments(values: Mapping[str, object]) -> dict[str, object]:
    """filter_commitments' keyword arguments for filter values (an empty choice means no filter)."""
    return {
        spec.argument: (list(values[spec.key]) or None) if spec.kind == CHOICE else values[spec.key]
        for spec in FILTERS
        if values.get(spec.key)
    }


# Filters that cut a cumulative total into parts: EU shares are stated for all of the EU's aid up to a release's cut-off,
# so they cannot be attributed to a category, a stage or a period.
CUMULATIVE_CUTS = ("category", "aid_type", "status", "from", "to")


def cumulative_cuts(values: Mapping[str, object]) -> list[str]:
    """The labels of the filters set in `values` that a cumulative total (EU shares) cannot follow."""
    return [BY_KEY[key].label for key in CUMULATIVE_CUTS if values.get(key)]


def describe(values: Mapping[str, object], donors: Mapping[str, str]) -> dict[str, str]:
    """The filters set in `values` as a person reads them ('Donor': 'Germany (DEU)'), for the first sheet of a workbook."""
    shown: dict[str, str] = {}
    for spec in FILTERS:
        value = values.get(spec.key)
        if not value:
            continue
        if spec.kind == CHOICE:
            labels = choices(spec.key, donors)
            shown[spec.label] = ", ".join(f"{labels.get(code, code)} ({code})" for code in value)
        else:
            shown[spec.label] = value.isoformat() if isinstance(value, dt.date) else str(value)
    return shown

"""Donor groups (EU members, G7, NATO members, Nordic-Baltic Eight) with each country's dates of membership.

The memberships are data (tracker/data/groups.csv: group, group_name, donor, joined, until; `until` is the last day
as a member, empty while it lasts). A row belongs to a group when its donor was a member on the day it was announced
(an undated row: today), so that Finland's aid before April 2023 is no NATO member's aid, and the United Kingdom's
after January 2020 no EU member's.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import numpy as np
import pandas as pd

from tracker import schema

GROUPS_FILE = ("data", "groups.csv")


class GroupsError(ValueError):
    """The groups file is not as this module reads it; the message names the line."""


@dataclass(frozen=True, slots=True)
class Membership:
    """One country's membership of one group, from `joined` to `until` (both days included; None: still a member)."""

    group: str
    donor: str
    joined: dt.date
    until: dt.date | None

    def covers(self, day: dt.date) -> bool:
        """Whether the country was a member on that day."""
        return self.joined <= day and (self.until is None or day <= self.until)


@functools.cache
def memberships() -> tuple[Membership, ...]:
    """Every membership in the groups file, checked once."""
    found = []
    with resources.files("tracker").joinpath(*GROUPS_FILE).open(encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            donor = row["donor"].strip()
            if not schema.is_donor_code(donor):
                raise GroupsError(f"groups.csv line {line}: {donor!r} is no ISO 3166 alpha-3 code")
            try:
                joined = dt.date.fromisoformat(row["joined"])
                until = dt.date.fromisoformat(row["until"]) if row["until"].strip() else None
            except ValueError:
                raise GroupsError(f"groups.csv line {line}: joined {row['joined']!r} or until {row['until']!r} is no date") from None
            if until is not None and until < joined:
                raise GroupsError(f"groups.csv line {line}: {donor} left {row['group']} before it joined")
            found.append(Membership(row["group"].strip(), donor, joined, until))
    return tuple(found)


@functools.cache
def names() -> dict[str, str]:
    """Group code to its name ('nato': 'NATO members'), in the file's order."""
    with resources.files("tracker").joinpath(*GROUPS_FILE).open(encoding="utf-8") as handle:
        return {row["group"].strip(): row["group_name"].strip() for row in csv.DictReader(handle)}


def members(group: str, on: dt.date | None = None) -> list[str]:
    """The group's members on a day (default today), as donor codes."""
    day = on or dt.date.today()
    return sorted({m.donor for m in memberships() if m.group == group and m.covers(day)})


def in_groups(table: pd.DataFrame, groups: Iterable[str]) -> np.ndarray:
    """Which rows' donors were members of any of the groups on the day the row was announced (undated: today)."""
    chosen = set(groups)
    mask = np.zeros(len(table), dtype=bool)
    if not chosen or table.empty:
        return mask
    codes, uniques = pd.factorize(table["donor"].astype(object).to_numpy())
    position = {str(code): number for number, code in enumerate(uniques)}
    days = pd.to_datetime(table["announced_on"]).fillna(pd.Timestamp(dt.date.today())).to_numpy(dtype="datetime64[D]")
    for membership in memberships():
        if membership.group not in chosen:
            continue
        if membership.donor not in position:
            continue
        member = (codes == position[membership.donor]) & (days >= np.datetime64(membership.joined, "D"))
        if membership.until is not None:
            member &= days <= np.datetime64(membership.until, "D")
        mask |= member
    return mask

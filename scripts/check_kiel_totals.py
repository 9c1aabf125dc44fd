"""Check an import of the Kiel Institute's files against their own monthly totals.

    python scripts/check_kiel_totals.py PATH/TO/KIEL/FOLDER

Imports data_explorer.csv, weapons.csv and release_info.csv into a temporary store, sums the
allocations per month and aid type, and prints the largest difference from total_allocations.csv.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pandas as pd

from tracker.kiel import read_release
from tracker.store import Store
from tracker.summaries import filter_commitments, monthly


def main(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "kiel.duckdb")
        store.import_kiel(read_release([folder / name for name in ("data_explorer.csv", "weapons.csv", "release_info.csv")]))
        allocated = filter_commitments(store.commitments(), source_kinds=["kiel"], statuses=["allocated"])
    reference = pd.read_csv(folder / "total_allocations.csv")
    reference.index = reference["year"].astype(str) + "-" + reference["month"].map("{:02d}".format)
    ours = monthly(allocated).set_index("month")["eur"] / 1e9
    by_type = (
        allocated.assign(month=allocated["announced_on"].dt.strftime("%Y-%m"))
        .groupby(["month", "aid_type"], observed=True)["amount_eur"]
        .sum()
        .unstack()
        .div(1e9)
    )
    print(f"months: {len(ours)} imported, {len(reference)} in total_allocations.csv")
    print(f"total allocations, largest monthly difference: {(ours - reference['total_allocations']).abs().max():.3g} bn EUR")
    for aid_type in ("military", "financial", "humanitarian"):
        difference = (by_type[aid_type].fillna(0) - reference[aid_type]).abs().max()
        print(f"{aid_type}, largest monthly difference: {difference:.3g} bn EUR")
    print(f"sum over all months: {ours.sum():.3f} bn EUR imported, {reference['total_allocations'].sum():.3f} bn EUR published")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))

"""Check `aid-tracker export --by donor` (share of GDP, EU shares) against the Kiel Institute's own figures.

    python scripts/check_kiel_gdp.py PATH/TO/KIEL/FOLDER

Imports the release's files into a temporary store with `aid-tracker import-kiel`, runs `aid-tracker export --by donor`
and `--eu-shares` as a user would, and compares every donor with what the Kiel files state:

- pct_of_gdp against data_explorer.csv's pct_gdp (the donor-month shares of 2021 GDP, summed over the donor's months),
  and, for EU members, against eu_aid_shares.csv's bilateral_pct_gdp;
- eu_share_eur against eu_aid_shares.csv's eu_share_bn, and pct_of_gdp_with_eu_share against its total_pct_gdp.

Prints each comparison's worst difference and donor, and every donor beyond TOLERANCE_PP; exit status 1 if the
export's pct_of_gdp misses data_explorer.csv's by more than that for any donor.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

TOLERANCE_PP = 0.01  # percentage points
BILLION = 1e9


def _aid_tracker(*arguments: str) -> str:
    command = [sys.executable, "-m", "tracker.cli", *arguments]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _report(name: str, ours: pd.Series, theirs: pd.Series, unit: str, tolerance: float) -> bool:
    """Print the worst difference of one comparison (over the donors both state) and each donor past `tolerance`."""
    both = pd.concat({"ours": ours, "theirs": theirs}, axis=1).dropna()
    difference = (both["ours"] - both["theirs"]).abs()
    worst = difference.idxmax()
    print(f"{name}: {len(both)} donors compared; worst difference {difference.max():.3g} {unit} ({worst})")
    beyond = difference[difference > tolerance]
    for donor, value in beyond.items():
        print(f"  {donor}: ours {both.loc[donor, 'ours']:.6f}, Kiel {both.loc[donor, 'theirs']:.6f} (difference {value:.4f} {unit})")
    return beyond.empty


def main(folder: Path) -> int:
    files = [str(folder / name) for name in ("data_explorer.csv", "weapons.csv", "release_info.csv", "eu_aid_shares.csv")]
    with tempfile.TemporaryDirectory() as scratch:
        db = str(Path(scratch) / "kiel.duckdb")
        _aid_tracker("import-kiel", *files, "--db", db)
        plain = pd.read_csv(io.StringIO(_aid_tracker("export", "--by", "donor", "--db", db))).set_index("donor")
        shared = pd.read_csv(io.StringIO(_aid_tracker("export", "--by", "donor", "--eu-shares", "--db", db))).set_index("donor")
    explorer = pd.read_csv(folder / "data_explorer.csv", keep_default_na=False)
    kiel_pct = explorer.groupby("iso")["pct_gdp"].sum()
    kiel_pct = kiel_pct[explorer.groupby("iso")["gdp"].first() > 0]  # a GDP of 0 (EU institutions) states no share
    shares = pd.read_csv(folder / "eu_aid_shares.csv").set_index("iso")
    print(f"donors exported: {len(plain)}; with a share of GDP: {plain['pct_of_gdp'].notna().sum()}; in data_explorer.csv: {len(kiel_pct)}")
    missing = sorted(set(kiel_pct.index) - set(plain["pct_of_gdp"].dropna().index))
    if missing:
        print(f"no pct_of_gdp exported for: {', '.join(missing)}")
    good = _report("pct_of_gdp vs data_explorer.csv pct_gdp", plain["pct_of_gdp"], kiel_pct, "pp", TOLERANCE_PP) and not missing
    _report("pct_of_gdp vs eu_aid_shares.csv bilateral_pct_gdp", plain["pct_of_gdp"], shares["bilateral_pct_gdp"], "pp", TOLERANCE_PP)
    _report("eu_share_eur vs eu_aid_shares.csv eu_share_bn", shared["eu_share_eur"] / BILLION, shares["eu_share_bn"], "bn EUR", 1e-3)
    _report(
        "pct_of_gdp_with_eu_share vs eu_aid_shares.csv total_pct_gdp",
        shared["pct_of_gdp_with_eu_share"], shares["total_pct_gdp"], "pp", TOLERANCE_PP,
    )  # fmt: skip
    attributed = shared["eu_share_eur"].sum() / BILLION
    print(f"EU shares attributed: {attributed:.6f} bn EUR; eu_share_bn summed: {shares['eu_share_bn'].sum():.6f} bn EUR")
    return 0 if good else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))

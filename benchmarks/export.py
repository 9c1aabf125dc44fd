"""Export: aid-tracker's safe CSV against plain DataFrame.to_csv of the same frame, at three sizes (medians).

The frame is the store's table read from a SYNTHETIC store (benchmarks/synthetic.py) in a temporary folder.

    python -m benchmarks.export [--sizes 10000 100000 1000000] [--runs 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.timing import median_seconds
from tracker.store import Store
from tracker.summaries import to_csv_bytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"medians of {args.runs} runs")
    print(f"{'rows':>10} {'to_csv s':>9} {'aid-tracker CSV s':>18} {'ratio':>6} {'MB':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            db = Path(folder) / f"synthetic-{size}.duckdb"
            subprocess.run(
                [sys.executable, "-m", "benchmarks.synthetic", str(size), str(db)],
                check=True,
                capture_output=True,
                cwd=Path(__file__).resolve().parent.parent,
            )
            frame = Store(db).commitments().drop(columns=["row_key"])
            plain = median_seconds(lambda f=frame: f.to_csv(index=False).encode("utf-8"), args.runs)
            safe = median_seconds(lambda f=frame: to_csv_bytes(f), args.runs)
            megabytes = len(to_csv_bytes(frame)) / 1e6
            print(f"{size:>10,} {plain:>9.2f} {safe:>18.2f} {safe / plain:>6.2f} {megabytes:>6.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Dashboard: cold first load, warm rerun after a filter change, and peak memory, at several store sizes.

Each size runs in a fresh Python process (so that nothing is cached and peak memory is that size's own)
against a SYNTHETIC store written by `python -m benchmarks.synthetic` into a temporary folder. The app is driven
by Streamlit's AppTest, which runs the same script a browser session runs. Streamlit itself is imported
before the clock starts, as a running server has it loaded; everything the app imports is timed.

    python -m benchmarks.dashboard [--sizes 1000 100000 1000000] [--reruns 7]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILTER_CHANGES = [["USA"], ["DEU", "GBR"], [], ["FRA"], ["NLD"], ["POL", "DNK", "SWE"], [], ["USA", "DEU"]]


def measure(db: str, reruns: int) -> dict[str, float]:
    """Run in the child process: cold load, then `reruns` filter changes, each a full rerun of the overview."""
    import os

    from streamlit.testing.v1 import AppTest

    os.environ["AID_TRACKER_DB"] = db
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    started = time.perf_counter()
    app.run()
    cold = time.perf_counter() - started
    if app.exception:
        raise SystemExit(f"the app failed: {app.exception}")
    warm = []
    for number in range(reruns):
        donors = FILTER_CHANGES[number % len(FILTER_CHANGES)]
        app.multiselect(key="donor").set_value(donors)
        started = time.perf_counter()
        app.run()
        warm.append(time.perf_counter() - started)
        if app.exception:
            raise SystemExit(f"the app failed: {app.exception}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"cold_s": cold, "warm_median_ms": statistics.median(warm) * 1000, "warm_max_ms": max(warm) * 1000, "peak_mb": peak_mb}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000, 1_000_000])
    parser.add_argument("--reruns", type=int, default=7)
    parser.add_argument("--child", metavar="TARGET", help=argparse.SUPPRESS)  # a file path or a PostgreSQL URI
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.reruns)))
        return 0
    print(f"{'rows':>10} {'cold load s':>12} {'warm rerun ms (median)':>23} {'warm max ms':>12} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            db = Path(folder) / f"synthetic-{size}.duckdb"
            subprocess.run([sys.executable, "-m", "benchmarks.synthetic", str(size), str(db)], check=True, cwd=ROOT, capture_output=True)
            child = [sys.executable, "-m", "benchmarks.dashboard", "--child", str(db), "--reruns", str(args.reruns)]
            figures = json.loads(subprocess.run(child, check=True, capture_output=True, text=True, cwd=ROOT).stdout.splitlines()[-1])
            print(
                f"{size:>10,} {figures['cold_s']:>12.2f} {figures['warm_median_ms']:>23.0f} {figures['warm_max_ms']:>12.0f}"
                f" {figures['peak_mb']:>8.0f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

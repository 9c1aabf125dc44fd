"""Ingest: documents/s into a new store, then the same documents again (nothing new), at three sizes (medians).

The documents are SYNTHETIC files written by corpus.py into a temporary folder, ingested by the command line
(`aid-tracker ingest FOLDER --db STORE --jobs N`) into a temporary store: never the user's.

    python -m benchmarks.ingest [--sizes 1000 3000 10000] [--runs 3] [--jobs 1 2]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import corpus
from tracker.cli import main as cli
from tracker.parsing import warm_up


def ingest(folder: Path, db: str | Path, jobs: int) -> float:
    """Wall time of `aid-tracker ingest FOLDER --db DB --jobs JOBS` in this process (the parser warmed up before)."""
    output, errors = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()  # the CLI writes bytes to stdout
    started = time.perf_counter()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(errors):
        status = cli(["ingest", str(folder), "--db", str(db), "--jobs", str(jobs)])
    if status != 0:
        raise SystemExit(f"ingest failed: {errors.getvalue()}")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 3_000, 10_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    warm_up()
    print(f"medians of {args.runs} runs; documents/s")
    print(f"{'documents':>9} {'jobs':>4} {'new store':>10} {'same again':>11} {'again faster':>12}")
    with tempfile.TemporaryDirectory() as temporary:
        for size in args.sizes:
            folder = Path(temporary) / f"corpus-{size}"
            corpus.write(folder, size)
            for jobs in args.jobs:
                first, again = [], []
                for run in range(args.runs):
                    db = Path(temporary) / f"store-{size}-{jobs}-{run}.duckdb"
                    first.append(ingest(folder, db, jobs))
                    again.append(ingest(folder, db, jobs))
                one, two = statistics.median(first), statistics.median(again)
                print(f"{size:>9,} {jobs:>4} {size / one:>10,.0f} {size / two:>11,.0f} {one / two:>11.0f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

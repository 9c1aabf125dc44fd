"""Where the time of `Store.commitments()` goes, step by step, on one store (a DuckDB file or a PostgreSQL URI).

Each step is the store's own code run again on its own: the query to Arrow (on PostgreSQL first the COPY transfer
alone, then COPY with Arrow's CSV reader), the Arrow table to the pandas frame, the reviews read and applied, and the
re-announcement linking. Run it on a synthetic store (benchmarks/synthetic.py); medians of `--runs`, in one process
after one warm-up read.

    python -m benchmarks.read_parts TARGET [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable

import pandas as pd
import pyarrow as pa

from tracker import schema
from tracker.store import is_postgres, open_store
from tracker.store.reviews import apply_reviews, usable_reviews
from tracker.summaries import link_reannouncements

QUERY = "SELECT * FROM commitments"


def _seconds(step: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median wall time of `runs` calls, and the last call's result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def parts(target: str, runs: int) -> dict[str, float]:
    """Seconds of each step of reading the whole table."""
    store = open_store(target, read_only=True)
    figures: dict[str, float] = {}
    try:
        store.commitments()  # warm-up: the connection, the server's and the OS's caches
        figures["commitments() s"], _ = _seconds(store.commitments, runs)
        with store._connect() as connection:  # the store's own connection and queries, step by step
            if is_postgres(target):

                def transfer() -> int:
                    with connection.raw.cursor().copy(f"COPY ({QUERY}) TO STDOUT (FORMAT csv)") as copy:
                        return sum(len(block) for block in copy)

                figures["COPY transfer s"], size = _seconds(transfer, runs)
                figures["CSV MB"] = size / 1e6
            figures["query to Arrow s"], stored = _seconds(lambda: connection.arrow(QUERY), runs)
            figures["Arrow to pandas s"], frame = _seconds(lambda: schema.from_arrow(stored), runs)
            figures["reviews read s"], reviews = _seconds(
                lambda: connection.execute("SELECT row_key, state, changes FROM reviews").fetchall(), runs
            )
        for column in ("source_kind", "row_key"):  # as the store's _read_commitments adds them
            frame[column] = pd.arrays.ArrowStringArray(stored[column].cast(pa.large_string()))
        usable, _ = usable_reviews(reviews)
        figures["reviews applied s"], _ = _seconds(lambda: apply_reviews(frame.copy(), usable), runs)
        figures["linking s"], _ = _seconds(lambda: link_reannouncements(frame), runs)
        figures["rows"] = float(len(frame))
    finally:
        store.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", help="a DuckDB file path or a PostgreSQL URI of a synthetic store")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(json.dumps({name: round(value, 3) for name, value in parts(args.target, args.runs).items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

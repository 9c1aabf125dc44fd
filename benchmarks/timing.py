"""Shared by the benchmark scripts: the median of several timed runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(run: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls (the first call included: warm-up is each script's own explicit step)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)

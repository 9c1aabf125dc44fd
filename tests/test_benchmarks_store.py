"""benchmarks/store.py runs on both backends at a tiny size, and never writes into a store that is not synthetic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TINY = ["--sizes", "400", "--runs", "1", "--reruns", "1", "--documents", "4"]
BENCHMARK_SECONDS = 600
ANNOUNCEMENT = "---\npublished: 2024-03-05\n---\nEstonia will send 16 field kitchens to Ukraine.\n"


def _benchmark(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks.store", *arguments], cwd=ROOT, capture_output=True, text=True, timeout=BENCHMARK_SECONDS
    )


def test_the_store_benchmark_prints_a_line_of_figures_for_its_backend(store_target):
    done = _benchmark("--db", store_target, *TINY)
    assert done.returncode == 0, done.stderr
    last = done.stdout.splitlines()[-1].split()
    assert last[0] == "400" and last[1] == ("postgresql" if store_target.startswith("postgresql") else "duckdb")
    assert all(float(figure.replace(",", "")) > 0 for figure in last[2:])


def test_the_store_benchmark_refuses_a_real_store_and_leaves_it_as_it_was(store_target, tmp_path):
    announcement = tmp_path / "announcement.txt"
    announcement.write_text(ANNOUNCEMENT, encoding="utf-8")
    command = [sys.executable, "-m", "tracker.cli"]
    subprocess.run([*command, "ingest", str(announcement), "--db", store_target], check=True, capture_output=True, cwd=ROOT)
    before = subprocess.run([*command, "export", "--db", store_target], check=True, capture_output=True, cwd=ROOT).stdout
    done = _benchmark("--db", store_target, *TINY)
    assert done.returncode != 0
    assert "not synthetic" in done.stderr and "Traceback" not in done.stderr
    assert subprocess.run([*command, "export", "--db", store_target], check=True, capture_output=True, cwd=ROOT).stdout == before

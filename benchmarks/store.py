"""Store backends side by side: bulk load, the table read, the dashboard's cold load and warm rerun, and ingest.

For each size a SYNTHETIC store is written into every target by benchmarks/synthetic.py (timed, with the generation of
its rows: the bulk write). Then, run after run, each target in turn (the order flips every run, so that a drift of the
machine falls on both alike):

- read: a new process opens the store and reads the whole table (`Store.commitments()`), imports excluded;
- cold and warm: a new process draws the overview (benchmarks/dashboard.py's child: AppTest, everything the app
  imports timed), then reruns it after donor filter changes;
- ingest: `aid-tracker ingest` of fresh corpus documents (benchmarks/corpus.py, synthetic) into the store that holds
  the size's rows, a new slice each run (documents/s).

    python -m benchmarks.store [--db TARGET ...] [--sizes 100000 1000000] [--runs 3] [--documents 300]

A TARGET is a DuckDB file path or a PostgreSQL URI (`postgresql:///bench`, `postgresql://user@host/db`); the default is
one DuckDB file in a temporary folder. A target must be empty or hold an earlier run's synthetic store: anything else
is refused, so a real store is never written to. A PostgreSQL target keeps the last size's synthetic store afterwards
(labelled synthetic, as the dashboard says). Credentials come from the URI, PG* variables or a pgpass file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import corpus
from benchmarks.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = [100_000, 1_000_000]
DEFAULT_RUNS = 3
DEFAULT_RERUNS = 7
DEFAULT_DOCUMENTS = 300  # documents ingested per run: enough for a steady rate, few next to the stored rows


@dataclass
class Figures:
    """One target's measurements at one size, a list per figure (one entry a run)."""

    target: str
    write_s: float = 0.0
    runs: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.runs.setdefault(name, []).append(value)

    def median(self, name: str) -> float:
        return statistics.median(self.runs[name])


def backend(target: str) -> str:
    """The backend's name, as the tables print it."""
    from tracker.store import is_postgres

    return "postgresql" if is_postgres(target) else "duckdb"


def check_target(target: str) -> None:
    """Refuse a target that holds a real store: the benchmark replaces what is there."""
    from tracker.store import StoreError, is_postgres, open_store

    if not is_postgres(target) and not Path(target).exists():
        return
    try:
        store = open_store(target, read_only=True)
        name, empty, synthetic = store.name, store.document_count() == 0, store.is_synthetic()
        store.close()
    except StoreError as error:
        raise SystemExit(f"cannot use this store for the benchmark: {error}") from None
    if not (empty or synthetic):
        raise SystemExit(f"{name} holds a store that is not synthetic: the benchmark writes only into empty or synthetic stores")


def make_room(target: str) -> None:
    """Before a size is written: a synthetic or empty DuckDB file is removed (the generator writes only new files), a
    synthetic PostgreSQL store is emptied (its schema stays), an empty one is left as it is."""
    from benchmarks import synthetic
    from tracker.store import is_postgres, open_store

    if not is_postgres(target) and not Path(target).exists():
        return
    store = open_store(target, read_only=True)
    empty, is_synthetic = store.document_count() == 0, store.is_synthetic()
    store.close()
    if is_postgres(target):
        if is_synthetic:
            synthetic.clear(target)
    elif is_synthetic or empty:
        for path in (Path(target), Path(target + ".wal")):
            path.unlink(missing_ok=True)


def timed(module: str, *arguments: str) -> float:
    """Run `python -m MODULE ARGUMENTS` in a new process; its wall time (fails loudly with its error output)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", module, *arguments], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{module} failed: {done.stderr.strip()[-2000:]}")
    return time.perf_counter() - started


def child(module: str, *arguments: str) -> dict[str, float]:
    """The JSON figures a benchmark child process prints on its last line."""
    done = subprocess.run([sys.executable, "-m", module, *arguments], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{module} {' '.join(arguments[:1])} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def measure_read(target: str) -> dict[str, float]:
    """Run in the child process: open the store and read the whole table once (the store's modules imported first)."""
    from tracker.store import open_store

    started = time.perf_counter()
    store = open_store(target, read_only=True)
    table = store.commitments()
    seconds = time.perf_counter() - started
    store.close()
    return {"read_s": seconds, "rows": float(len(table))}


def run_size(size: int, targets: list[str], args: argparse.Namespace, folder: Path) -> list[Figures]:
    """Every figure of every target at one size."""
    figures = [Figures(target) for target in targets]
    for one in figures:
        make_room(one.target)
        one.write_s = timed("benchmarks.synthetic", str(size), one.target)
    slices = corpus.documents(args.documents * args.runs)
    for run in range(args.runs):
        batch = folder / f"ingest-{size}-{run}"
        batch.mkdir()
        for name, text in slices[run * args.documents : (run + 1) * args.documents]:
            (batch / name).write_text(text, encoding="utf-8")
        for one in figures if run % 2 == 0 else reversed(figures):
            one.add("read_s", child("benchmarks.store", "--read-child", one.target)["read_s"])
            shown = child("benchmarks.dashboard", "--child", one.target, "--reruns", str(args.reruns))
            for name, value in shown.items():
                one.add(name, value)
            one.add("ingest_per_s", args.documents / ingest(batch, one.target, jobs=1))
    return figures


HEADER = (
    f"{'rows':>10} {'backend':>10} {'write s':>7} {'read s':>7} {'cold load s':>11} {'warm ms':>8} {'warm max ms':>11}"
    f" {'peak MB':>8} {'ingest docs/s':>13}"
)


def row(size: int, one: Figures) -> str:
    """One line of the table: medians of the runs."""
    return (
        f"{size:>10,} {backend(one.target):>10} {one.write_s:>7.1f} {one.median('read_s'):>7.2f} {one.median('cold_s'):>11.2f}"
        f" {one.median('warm_median_ms'):>8.0f} {one.median('warm_max_ms'):>11.0f} {one.median('peak_mb'):>8.0f}"
        f" {one.median('ingest_per_s'):>13.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", metavar="TARGET", help="a DuckDB file path or a PostgreSQL URI (repeat to compare)")
    parser.add_argument("--sizes", type=int, nargs="+", default=DEFAULT_SIZES)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--reruns", type=int, default=DEFAULT_RERUNS, help="warm reruns per cold load")
    parser.add_argument("--documents", type=int, default=DEFAULT_DOCUMENTS, help="documents ingested per run")
    parser.add_argument("--read-child", metavar="TARGET", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.read_child:
        print(json.dumps(measure_read(args.read_child)))
        return 0
    from tracker.parsing import warm_up

    warm_up()  # the parser's vocabularies load once, before any ingest is timed
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        targets = args.db or [str(folder / "benchmark.duckdb")]
        for target in targets:
            check_target(target)
        print(
            f"medians of {args.runs} runs, targets in turn; {args.reruns} warm reruns per cold load; {args.documents} documents per ingest"
        )
        print(HEADER)
        for size in args.sizes:
            for one in run_size(size, targets, args, folder):
                print(row(size, one), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Parse: characters/s and documents/s, one process and --jobs 2, at three corpus sizes (medians of several runs).

Corpora (both from the project's own files, see corpus.py):
  fixtures  SYNTHETIC documents of 8-16 test-suite sentences; nearly every sentence names aid, so every rule runs
  release   the bundled NATO release of 19 April 2024 (data/), real prose, repeated

    python -m benchmarks.parse [--sizes 300 1000 3000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import sys

import pandas as pd

from benchmarks import corpus
from benchmarks.timing import median_seconds
from tracker.documents import read_document
from tracker.parsing import Announcement, parse_many, parse_text, warm_up


def corpora(size: int) -> dict[str, list[Announcement]]:
    release = read_document(corpus.ROOT / "data" / "nato-2024-04-19.txt")
    return {
        "fixtures": [Announcement(text, source=name) for name, text in corpus.documents(size)],
        "release": [Announcement(release.text, release.published, release.source, release.lang)] * size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 1_000, 3_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    warm_up()  # loads the vocabularies once, as a long-running process has them
    print(f"{os.cpu_count()} cores; medians of {args.runs} runs; thousand characters/s (documents/s)")
    print(f"{'corpus':>9} {'documents':>9} {'chars':>10} {'parse_text each':>16} {'parse_many':>16} {'--jobs 2':>16} {'speed-up':>8}")
    for size in args.sizes:
        for name, announcements in corpora(size).items():
            chars = sum(len(a.text) for a in announcements)
            each = median_seconds(
                lambda a=announcements: [parse_text(x.text, published=x.published, source=x.source) for x in a], args.runs
            )
            batch = median_seconds(lambda a=announcements: parse_many(a), args.runs)
            parallel = median_seconds(lambda a=announcements: parse_many(a, jobs=2), args.runs)
            pd.testing.assert_frame_equal(parse_many(announcements, jobs=2), parse_many(announcements))  # same result
            cells = [f"{chars / s / 1e3:>7,.0f} ({len(announcements) / s:>5,.0f})" for s in (each, batch, parallel)]
            print(f"{name:>9} {size:>9,} {chars:>10,} {cells[0]:>16} {cells[1]:>16} {cells[2]:>16} {batch / parallel:>7.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

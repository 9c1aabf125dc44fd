"""The fuzz tests of tests/ run for a set time each, far beyond CI's short runs; prints examples tried and failures.

    python scripts/fuzz_long.py --minutes 3     # per property: parse_text, the reader, CSV export, URL filters

Hypothesis keeps any failing example in .hypothesis/, so that the next pytest run replays it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import test_fuzz, test_properties
from tracker.extract.lexicon import LANGUAGES

ROUND = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def properties(folder: Path) -> tuple[dict[str, int], dict[str, object]]:
    """Each property as a Hypothesis test that counts its examples."""
    counts = dict.fromkeys(["parse_text", "document reader", "CSV export", "URL filters"], 0)

    @ROUND
    @given(test_properties.texts, st.sampled_from([None, *LANGUAGES]))
    def parse(text, lang):
        counts["parse_text"] += 1
        test_properties.test_any_text_gives_a_valid_table.hypothesis.inner_test(text, lang)

    @ROUND
    @given(test_fuzz.raw_documents(), st.sampled_from(test_fuzz.SUFFIXES))
    def reader(raw, name):
        counts["document reader"] += 1
        test_fuzz.check_reader(raw, name)

    @ROUND
    @given(st.lists(st.lists(test_fuzz.CELLS, min_size=3, max_size=3), min_size=1, max_size=6))
    def export(cells):
        counts["CSV export"] += 1
        test_fuzz.check_csv(cells)

    @settings(ROUND, max_examples=20)
    @given(test_fuzz.PARAMETERS)
    def url(parameters):
        counts["URL filters"] += 1
        test_fuzz.check_url(folder / "fuzz.duckdb", parameters)

    return counts, {"parse_text": parse, "document reader": reader, "CSV export": export, "URL filters": url}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="time per property")
    args = parser.parse_args(argv)
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        counts, tests = properties(Path(folder))
        for name, test in tests.items():
            deadline = time.monotonic() + args.minutes * 60
            found = 0
            while time.monotonic() < deadline:
                try:
                    test()
                except InvalidArgument:
                    raise
                except Exception:  # a falsifying example: Hypothesis has printed it (shrunk); fix it before running on
                    found += 1
                    traceback.print_exc(limit=3)
                    break
            failures += found
            outcome = "a failing example (above)" if found else "no failure"
            print(f"{name}: {counts.get(name, 0):,} examples, {outcome}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

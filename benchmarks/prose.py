"""Parse throughput on real prose: the labelled corpora's texts repeated to 1, 3 and 10 MB, parse_many in one process.

The corpora are other people's texts and do not ship with the project: pass them with --corpus (JSON lines with
"text" and "lang", as the labelled corpora are); by default the script reads ../shared/corpus/dev*.jsonl beside the
checkout. Each size is parsed --runs times; the median is printed, with the language given (as ingest passes a file's
stated language) and, with --detect, detected from the text.

    python -m benchmarks.prose [--corpus FILE ...] [--megabytes 1 3 10] [--runs 3] [--detect]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.corpus import ROOT
from benchmarks.timing import median_seconds
from tracker.parsing import Announcement, parse_many, warm_up

DEFAULT_CORPORA = sorted((ROOT.parent / "shared" / "corpus").glob("dev*.jsonl"))
MEGABYTE = 1_000_000  # characters


def texts(paths: list[Path]) -> list[tuple[str, str]]:
    """(text, language) of every document in the corpora."""
    found = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                document = json.loads(line)
                found.append((document["text"], document.get("lang") or ""))
    return found


def supported() -> frozenset[str]:
    """The languages this checkout's parser reads (an older checkout reads fewer: it detects the others)."""
    try:
        from tracker.extract.lexicon import LANGUAGES
    except ImportError:  # the parser before languages became data
        from tracker.extract.vocabulary import LANGUAGES  # type: ignore[attr-defined,no-redef]
    return frozenset(LANGUAGES)


def repeated(documents: list[tuple[str, str]], characters: int, *, detect: bool) -> list[Announcement]:
    """The documents over and over, in order, until they hold `characters` characters."""
    known = supported()
    announcements: list[Announcement] = []
    total = 0
    while total < characters:
        for text, lang in documents:
            given = None if detect or lang not in known else lang
            announcements.append(Announcement(text, None, f"prose-{len(announcements)}", given))
            total += len(text)
            if total >= characters:
                break
    return announcements


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=DEFAULT_CORPORA, help="JSON-lines files of texts")
    parser.add_argument("--megabytes", type=float, nargs="+", default=[1, 3, 10])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--detect", action="store_true", help="also time with the language detected, not given")
    parser.add_argument("--languages", nargs="+", help="only the documents in these languages (to compare parsers)")
    args = parser.parse_args(argv)
    if not args.corpus:
        parser.error("no corpus found: pass --corpus FILE (JSON lines with 'text' and 'lang')")
    documents = [(text, lang) for text, lang in texts(args.corpus) if not args.languages or lang in args.languages]
    warm_up()  # the vocabularies load once, as in a long-running process
    parse_many(repeated(documents, sum(len(text) for text, _ in documents), detect=False))  # first-parse costs paid here
    print(f"{len(documents)} documents from {', '.join(p.name for p in args.corpus)}; medians of {args.runs} runs")
    print(f"{'size':>6} {'language':>9} {'documents':>10} {'characters':>12} {'thousand chars/s':>17} {'documents/s':>12}")
    for megabytes in args.megabytes:
        for detect in (False, True) if args.detect else (False,):
            batch = repeated(documents, int(megabytes * MEGABYTE), detect=detect)
            characters = sum(len(a.text) for a in batch)
            seconds = median_seconds(lambda b=batch: parse_many(b), args.runs)
            label = "detected" if detect else "given"
            print(
                f"{megabytes:>5g}M {label:>9} {len(batch):>10,} {characters:>12,} {characters / seconds / 1e3:>17,.0f} "
                f"{len(batch) / seconds:>12,.0f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

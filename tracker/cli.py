"""`aid-tracker`: the command line for scripts (parse, ingest, export, open the dashboard)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from tracker import filters, schema
from tracker.documents import SUFFIXES, Document, DocumentError, read_document
from tracker.extract.lexicon import LANGUAGES
from tracker.kiel import KielError, read_release
from tracker.parsing import Announcement, parse_many
from tracker.store import Store, StoreError, default_path
from tracker.summaries import GROUPINGS, donor_names, export_rows, filter_commitments, to_csv_bytes, to_csv_text, totals

EXIT_USAGE = 2
DB_HELP = "store file (default: $AID_TRACKER_DB, else the user data folder)"


class CliError(Exception):
    """A problem the user can fix: printed as one line, exit status 2."""


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `aid-tracker` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except CliError as error:
        print(f"aid-tracker: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aid-tracker", description="Track what governments promise and deliver to Ukraine.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse", help="extract commitments from announcement files", description="Print the commitments each file states."
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="text or Markdown files ('-' reads standard input)")
    parse.add_argument(
        "--published", type=_date, help="announcement date YYYY-MM-DD (default: the file's front matter, else a date in the text)"
    )
    parse.add_argument("--lang", choices=LANGUAGES, help="language of the files (default: detected)")
    parse.add_argument("--format", choices=("csv", "json"), default="csv", help="output format (default: csv)")
    parse.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parse.add_argument("--jobs", type=_jobs, default=1, help="parse in this many processes (default 1; same output)")
    parse.set_defaults(run=_run_parse)

    ingest = commands.add_parser(
        "ingest", help="parse announcements into the store",
        description="Parse announcement files and folders (searched recursively) and store their commitments. "
        "A text already stored is skipped; exit status 1 when a file failed or no readable file was found.",
    )  # fmt: skip
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files (.txt .md .html .pdf) or folders")
    ingest.add_argument("--db", type=Path, help=DB_HELP)
    ingest.add_argument("--published", type=_date, help="announcement date YYYY-MM-DD for files whose front matter or metadata states none")
    ingest.add_argument("--max-mb", type=float, default=20.0, help="refuse files larger than this many megabytes (default 20)")
    ingest.add_argument("--jobs", type=_jobs, default=1, help="parse in this many processes (default 1; same result)")
    ingest.set_defaults(run=_run_ingest)

    reparse = commands.add_parser(
        "reparse", help="parse every stored document again with this version",
        description="Parse every stored document again with this version of the parser; reviews are kept.",
    )  # fmt: skip
    reparse.add_argument("--db", type=Path, help=DB_HELP + "; must exist")
    reparse.set_defaults(run=_run_reparse)

    export = commands.add_parser(
        "export", help="write commitments or summaries as CSV",
        description="Write the stored commitments, or their totals, as CSV; the filters are the dashboard's sidebar filters. "
        "Rows keep re-announcements (see duplicate_of); totals count each pledge once, in EUR per stage. "
        "Rejected rows are left out.",
    )  # fmt: skip
    export.add_argument("--db", type=Path, help=DB_HELP + "; must exist")
    export.add_argument(
        "--by", choices=("rows", *GROUPINGS), default="rows", help="rows (default), or totals by donor, category or donor,category"
    )
    for spec in filters.FILTERS:
        if spec.kind == filters.CHOICE:
            known = "" if spec.key == "donor" else f" ({', '.join(filters.FIXED_CHOICES[spec.key])})"
            export.add_argument(
                f"--{spec.key.replace('_', '-')}", dest=spec.argument, action="append", metavar=spec.key.upper(), help=spec.help + known
            )
        else:
            export.add_argument(f"--{spec.key}", dest=spec.argument, type=_date, metavar="YYYY-MM-DD", help=spec.help)
    export.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    export.add_argument("--excel", action="store_true", help="add a byte-order mark so that Excel reads UTF-8")
    export.set_defaults(run=_run_export)

    kiel = commands.add_parser(
        "import-kiel", help="put the Kiel Institute's published aggregates beside the announcements",
        description="Import a Kiel Institute Ukraine Support Tracker release; the same files again change nothing, "
        "a newer release replaces the older one.",
    )  # fmt: skip
    kiel.add_argument("files", nargs="+", type=Path, metavar="FILE", help="data_explorer.csv, weapons.csv, release_info.csv")
    kiel.add_argument("--db", type=Path, help=DB_HELP)
    kiel.set_defaults(run=_run_import_kiel)

    dashboard = commands.add_parser(
        "dashboard", help="open the dashboard in a browser",
        description="Serve the dashboard on http://localhost:PORT (bound to localhost); an empty store opens on the bundled "
        "announcement. Ctrl-C or SIGTERM stops the server.",
    )  # fmt: skip
    dashboard.add_argument("--db", type=Path, help=DB_HELP)
    dashboard.add_argument("--port", type=int, default=8501, help="port to serve on (default 8501)")
    dashboard.set_defaults(run=_run_dashboard)
    return parser


def _date(value: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None
    try:
        return schema.checked_date(day)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def _run_parse(args: argparse.Namespace) -> int:
    announcements = []
    for name in args.files:
        try:
            document = read_document(sys.stdin.buffer.read(), name="<stdin>") if name == "-" else read_document(Path(name))
        except DocumentError as error:
            raise CliError(str(error)) from None
        announcements.append(
            Announcement(document.text, args.published or document.published, document.source or name, args.lang or document.lang)
        )
    table = parse_many(announcements, jobs=args.jobs)
    output = to_csv_text(table) if args.format == "csv" else _to_json(table)
    if args.output:
        try:
            args.output.write_text(output, encoding="utf-8")
        except OSError as error:
            raise CliError(f"{args.output}: cannot write ({error.strerror or error})") from None
    else:
        sys.stdout.write(output)
    return 0


def _store(path: Path | None) -> Store:
    try:
        return Store(path)
    except StoreError as error:
        raise CliError(str(error)) from None


def _files(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files to read (folders searched recursively for announcement files), and paths that do not exist."""
    files, missing = [], []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.exists():
            files.append(path)
        else:
            missing.append(f"{name}: no such file or folder")
    return files, missing


def _run_ingest(args: argparse.Namespace) -> int:
    store = _store(args.db)
    files, failed = _files(args.paths)

    def readable() -> Iterator[Document]:
        for path in tqdm(files, desc="ingest", unit="file", disable=None):
            try:
                yield read_document(path, max_bytes=int(args.max_mb * 1024 * 1024))
            except DocumentError as error:
                failed.append(str(error))

    try:
        results = store.ingest_many(readable(), published=args.published, jobs=args.jobs)
    except StoreError as error:
        raise CliError(str(error)) from None
    if not results and not failed:
        print(f"no readable announcement files ({', '.join(sorted(SUFFIXES))}) in {', '.join(args.paths)}", file=sys.stderr)
        return 1
    new = sum(result.new for result in results)
    unchanged = len(results) - new
    rows = sum(result.rows for result in results)
    print(f"documents: {new} new, {unchanged} unchanged, {len(failed)} failed; commitments added: {rows}")
    for message in failed:
        print(f"failed: {message}", file=sys.stderr)
    return 1 if failed else 0


def _run_import_kiel(args: argparse.Namespace) -> int:
    try:
        release = read_release(args.files)
        result = _store(args.db).import_kiel(release)
    except (KielError, StoreError) as error:
        raise CliError(str(error)) from None
    for message in release.skipped:
        print(f"skipped: {message}", file=sys.stderr)
    if result.unchanged:
        print(f"{result.label}: already in the store, nothing changed")
    else:
        print(f"{result.label}: {result.rows} rows imported, {result.replaced} rows of the previous release replaced")
    return 0


def _run_reparse(args: argparse.Namespace) -> int:
    try:
        written = _existing_store(args.db).reparse()
    except StoreError as error:
        raise CliError(str(error)) from None
    print(f"commitments written: {written}")
    return 0


def _existing_store(path: Path | None) -> Store:
    """The store at `path` (or the default), which must exist: reading a store never creates an empty one."""
    found = path if path is not None else default_path()
    if not found.is_file():
        raise CliError(f"{found}: no such store (create one with aid-tracker ingest)")
    return _store(found)


def _run_export(args: argparse.Namespace) -> int:
    try:
        table = _existing_store(args.db).commitments()
    except StoreError as error:
        raise CliError(str(error)) from None
    chosen: dict[str, object] = {}
    names = donor_names(table)
    for spec in filters.FILTERS:
        given = getattr(args, spec.argument)
        if spec.kind == filters.CHOICE and given:
            codes, unknown = filters.read_choice(spec.key, given, names)
            if unknown:
                hint = (
                    "ISO 3166 alpha-3 codes such as DEU, EU, NATO, or donor names"
                    if spec.key == "donor"
                    else ", ".join(filters.FIXED_CHOICES[spec.key])
                )
                raise CliError(f"unknown {spec.key} {', '.join(unknown)}: give {hint}")
            chosen[spec.key] = codes
        elif given:
            chosen[spec.key] = given
    # totals count each pledge and each package once
    table = filter_commitments(table, **filters.arguments(chosen), counted_only=args.by != "rows")
    output = export_rows(table) if args.by == "rows" else totals(table, args.by)
    data = to_csv_bytes(output, excel=args.excel)
    if args.output:
        try:
            args.output.write_bytes(data)
        except OSError as error:
            raise CliError(f"{args.output}: cannot write ({error.strerror or error})") from None
    else:
        sys.stdout.buffer.write(data)
    return 0


def _to_json(table: pd.DataFrame) -> str:
    """JSON records: dates as YYYY-MM-DD, missing values as null, text as written (not escaped to ASCII)."""
    records = []
    for row in table.astype(object).to_dict("records"):
        records.append({key: _json_value(value) for key, value in row.items()})
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def _json_value(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp | dt.date):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):
        return value.item()
    return value


def _run_dashboard(args: argparse.Namespace) -> int:
    app = Path(__file__).resolve().parent / "app" / "main.py"
    environment = os.environ.copy()
    if args.db:
        environment["AID_TRACKER_DB"] = str(args.db.resolve())
    command = [
        sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(args.port), "--server.address", "localhost",
        "--client.disableDataExport", "true", "--client.toolbarMode", "minimal", "--server.maxUploadSize", "20",
        "--browser.gatherUsageStats", "false", "--server.enableCORS", "true", "--server.enableXsrfProtection", "true",
    ]  # fmt: skip
    from tracker.app.safety import allowed_hosts  # imports streamlit: only this command needs it

    for host in allowed_hosts(environment):  # the server refuses the WebSocket of any other Host (DNS rebinding)
        command += ["--server.allowedHosts", host]
    sys.stdout.flush()
    # The server replaces this process: Ctrl-C and SIGTERM reach it directly, and no child is left holding the port.
    os.execve(sys.executable, command, environment)


if __name__ == "__main__":
    sys.exit(main())

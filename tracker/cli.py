"""`aid-tracker`: the command line for scripts (parse, ingest, export, open the dashboard)."""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import logging
import math
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from tracker import exports, filters, schema
from tracker.documents import DEFAULT_MAX_BYTES, SUFFIXES, Document, DocumentError, printable_name, read_document, read_stream
from tracker.extract.lexicon import LANGUAGES
from tracker.kiel import KielError, read_release
from tracker.parsing import Announcement, parse_many
from tracker.store import IngestResult, Store, StoreError, default_path, default_target, is_postgres, open_store
from tracker.store.copy import copy_store
from tracker.summaries import (
    GROUPINGS,
    deliveries,
    donor_names,
    donor_totals,
    eu_institutions_allocated,
    export_rows,
    filter_commitments,
    link_deliveries,
    promised_and_delivered,
    to_csv_bytes,
    to_csv_text,
    totals,
)

EXIT_USAGE = 2
EXIT_FAILED = 1  # some files could not be read or parsed; the others went in
INGEST_BATCH = 500  # documents per transaction: a failure or a kill loses at most the unfinished batch
MEGABYTE = 1024 * 1024
DB_HELP = "the store: a DuckDB file or a PostgreSQL URI, postgresql://user@host/db (default: $AID_TRACKER_DB, else the user data folder)"
WATCH_EVERY = 60.0  # minutes between two watch runs when not --once
EXPORT_FORMATS = ("csv", "xlsx")
EXPORT_TABLES = ("promised", "delivered")  # export --by: tables other than totals


class CliError(Exception):
    """A problem the user can fix: printed as one line, exit status 2."""


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `aid-tracker` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    _show_warnings()
    try:
        return args.run(args)
    except CliError as error:
        print(f"aid-tracker: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _show_warnings() -> None:
    """The package's warnings (a row left out, for one) as one line each on standard error, without a logger's prefix."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("aid-tracker: warning: %(message)s"))
    package = logging.getLogger("tracker")
    package.handlers[:] = [handler]
    package.propagate = False


def _warn(document: Document) -> None:
    for message in document.warnings:
        print(f"aid-tracker: warning: {message}", file=sys.stderr)


def _write_stdout(data: bytes) -> None:
    """Write to standard output; a full disk or a closed pipe is a clear error, never a traceback at exit."""
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except OSError as error:
        # Point standard output at nothing, so that the interpreter's last flush does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise CliError(f"cannot write to standard output ({error.strerror or error})") from None


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
    ingest.add_argument("--db", type=store_target, help=DB_HELP)
    ingest.add_argument("--published", type=_date, help="announcement date YYYY-MM-DD for files whose front matter or metadata states none")
    ingest.add_argument(
        "--max-mb", type=_megabytes, default=DEFAULT_MAX_BYTES / MEGABYTE,
        help=f"refuse files larger than this many megabytes (default {DEFAULT_MAX_BYTES // MEGABYTE})",
    )  # fmt: skip
    ingest.add_argument("--jobs", type=_jobs, default=1, help="parse in this many processes (default 1; same result)")
    ingest.set_defaults(run=_run_ingest)

    reparse = commands.add_parser(
        "reparse", help="parse every stored document again with this version",
        description="Parse every stored document again with this version of the parser; reviews are kept.",
    )  # fmt: skip
    reparse.add_argument("--db", type=store_target, help=DB_HELP + "; must exist")
    reparse.set_defaults(run=_run_reparse)

    copy = commands.add_parser(
        "copy", help="copy a whole store to another (DuckDB file or PostgreSQL), with every review",
        description="Copy documents, commitments, reviews, the Kiel release, feeds and watch runs from one store to another, "
        "in one transaction on the target. A target that holds anything is refused unless --replace.",
    )  # fmt: skip
    copy.add_argument("--from", dest="source", type=store_target, required=True, help="the store to copy; must exist")
    copy.add_argument("--to", dest="target", type=store_target, required=True, help="the store to write (made if missing)")
    copy.add_argument("--replace", action="store_true", help="replace whatever the target holds")
    copy.set_defaults(run=_run_copy)

    export = commands.add_parser(
        "export", help="write commitments or summaries as CSV",
        description="Write the stored commitments, or their totals, as CSV; the filters are the dashboard's sidebar filters. "
        "Rows keep re-announcements (see duplicate_of); totals count each pledge once, in EUR per stage. "
        "Rejected rows are left out.",
    )  # fmt: skip
    export.add_argument("--db", type=store_target, help=DB_HELP + "; must exist")
    export.add_argument(
        "--by",
        choices=("rows", *GROUPINGS, *EXPORT_TABLES),
        default="rows",
        help="rows (default); totals by donor, category or donor,category; promised (committed and delivered per donor); "
        "delivered (each pledge a later report delivered, with both reports)",
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
    export.add_argument(
        "--format", choices=EXPORT_FORMATS, dest="export_format",
        help="csv, or xlsx (a workbook: a first sheet naming the filters, the Kiel release and the date, then the table); "
        "default: xlsx when --output ends in .xlsx, else csv",
    )  # fmt: skip
    export.add_argument(
        "--eu-shares", action="store_true",
        help="with --by donor: each EU member's part of the EU institutions' aid (Kiel's eu_aid_shares.csv), in columns of "
        "its own; cumulative totals only (no category, aid type, stage or date filter)",
    )  # fmt: skip
    export.set_defaults(run=_run_export)

    kiel = commands.add_parser(
        "import-kiel", help="put the Kiel Institute's published aggregates beside the announcements",
        description="Import a Kiel Institute Ukraine Support Tracker release; the same files again change nothing, "
        "a newer release replaces the older one.",
    )  # fmt: skip
    kiel.add_argument("files", nargs="+", type=Path, metavar="FILE", help="data_explorer.csv, weapons.csv, release_info.csv")
    kiel.add_argument("--db", type=store_target, help=DB_HELP)
    kiel.add_argument(
        "--force",
        action="store_true",
        help="import even a release with no rows, or one that would remove most of the stored rows",
    )
    kiel.set_defaults(run=_run_import_kiel)

    fetch = commands.add_parser(
        "fetch", help="fetch announcement pages by their address and store them",
        description="Fetch each page (HTML, PDF or plain text), read its main text, title and date, and store its commitments; "
        "the rows' source is the URL. A page stored already is not fetched again; exit status 1 when a page failed.",
    )  # fmt: skip
    fetch.add_argument("urls", nargs="+", metavar="URL", help="http or https addresses")
    fetch.add_argument("--db", type=store_target, help=DB_HELP)
    fetch.add_argument("--published", type=_date, help="announcement date YYYY-MM-DD for pages that state none")
    fetch.add_argument("--lang", choices=LANGUAGES, help="language of the pages (default: detected)")
    _fetch_options(fetch)
    fetch.set_defaults(run=_run_fetch)

    watch = commands.add_parser(
        "watch", help="follow official feeds and store the new announcements about aid to Ukraine",
        description="Read RSS and Atom feeds, keep the entries about aid to Ukraine, fetch each new entry's page once and store "
        "it. Each run prints a summary and is recorded in the store. With --once (for cron) exit status 1 when a feed or page "
        "failed; without it, runs every --every minutes until stopped.",
    )  # fmt: skip
    watch.add_argument("--feeds", type=Path, help="the feeds file (TOML, one [[feed]] per feed; default: the shipped official feeds)")
    watch.add_argument("--db", type=store_target, help=DB_HELP)
    when = watch.add_mutually_exclusive_group()
    when.add_argument("--once", action="store_true", help="one run, then exit (for cron or a systemd timer)")
    when.add_argument(
        "--every", type=_minutes, default=WATCH_EVERY, metavar="MINUTES", help=f"minutes between runs (default {WATCH_EVERY:g})"
    )
    _fetch_options(watch)
    watch.set_defaults(run=_run_watch)

    dashboard = commands.add_parser(
        "dashboard", help="open the dashboard in a browser",
        description="Serve the dashboard on http://localhost:PORT (bound to localhost); an empty store opens on the bundled "
        "announcement. Ctrl-C or SIGTERM stops the server.",
    )  # fmt: skip
    dashboard.add_argument("--db", type=store_target, help=DB_HELP)
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


def _number(what: str, *, zero: bool = False) -> Callable[[str], float]:
    """An argparse type: a finite number above 0 (or 0 and more), its error naming `what` it must be."""

    def read(value: str) -> float:
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number) or number < 0 or (number == 0 and not zero):
            raise argparse.ArgumentTypeError(f"{value!r} is not {what}")
        return number

    return read


_megabytes = _number("a size in megabytes (a number above 0, such as 20 or 0.5)")
_minutes = _number("a number of minutes above 0")
_seconds = _number("a number of seconds (0 or more)", zero=True)


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def _run_parse(args: argparse.Namespace) -> int:
    announcements = []
    for name in args.files:
        try:
            document = read_stream(sys.stdin.buffer, name="<stdin>") if name == "-" else read_document(Path(name))
        except DocumentError as error:
            raise CliError(str(error)) from None
        _warn(document)
        source = document.source or printable_name(name)
        announcements.append(Announcement(document.text, args.published or document.published, source, args.lang or document.lang))
    try:
        table = parse_many(announcements, jobs=args.jobs)
    except ValueError as error:  # a language or date that the parser refuses
        raise CliError(str(error)) from None
    output = to_csv_text(table) if args.format == "csv" else _to_json(table)
    if args.output:
        try:
            args.output.write_text(output, encoding="utf-8")
        except OSError as error:
            raise CliError(f"{printable_name(args.output)}: cannot write ({error.strerror or error})") from None
    else:
        _write_stdout(output.encode("utf-8"))
    return 0


def store_target(value: str) -> str | Path:
    """A --db value: a PostgreSQL URI as given, anything else a DuckDB file's path."""
    return value if is_postgres(value) else Path(value)


def _store(path: str | Path | None, *, read_only: bool = False) -> Store:
    if is_postgres(path if path is not None else default_target()):
        try:
            return open_store(path, read_only=read_only)
        except StoreError as error:
            raise CliError(str(error)) from None
    found = path if path is not None else default_path()
    blocking = next((parent for parent in found.parents if parent.exists() and not parent.is_dir()), None)
    if blocking is not None:
        raise CliError(f"{printable_name(found)}: cannot make the store there, {printable_name(blocking)} is a file, not a folder")
    try:
        return Store(path, read_only=read_only)
    except StoreError as error:
        raise CliError(str(error)) from None
    except OSError as error:  # its folder cannot be made or the file opened (the store says so itself for most causes)
        raise CliError(f"{printable_name(found)}: cannot open the store ({error.strerror or error})") from None


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
            missing.append(f"{printable_name(name)}: no such file or folder")
    return files, missing


def _run_ingest(args: argparse.Namespace) -> int:
    store = _store(args.db)
    files, failed = _files(args.paths)
    max_bytes = int(args.max_mb * MEGABYTE)

    def readable() -> Iterator[tuple[str, Document]]:
        for path in tqdm(files, desc="ingest", unit="file", disable=None):
            try:
                document = read_document(path, max_bytes=max_bytes)
            except DocumentError as error:
                failed.append(str(error))
                continue
            except Exception as error:  # a reader library's own failure on one file is that file's failure
                failed.append(f"{printable_name(path)}: cannot be read ({type(error).__name__}: {error})")
                continue
            _warn(document)
            yield printable_name(path), document

    results: list[IngestResult] = []
    documents = readable()
    while batch := list(itertools.islice(documents, INGEST_BATCH)):
        results.extend(_ingest_batch(store, batch, args, failed))
    if not results and not failed:
        print(f"no readable announcement files ({', '.join(sorted(SUFFIXES))}) in {', '.join(args.paths)}", file=sys.stderr)
        return EXIT_FAILED
    new = sum(result.new for result in results)
    unchanged = len(results) - new
    rows = sum(result.rows for result in results)
    _write_stdout(f"documents: {new} new, {unchanged} unchanged, {len(failed)} failed; commitments added: {rows}\n".encode())
    for message in failed:
        print(f"failed: {message}", file=sys.stderr)
    return EXIT_FAILED if failed else 0


def _ingest_batch(store: Store, batch: list[tuple[str, Document]], args: argparse.Namespace, failed: list[str]) -> list[IngestResult]:
    """One batch in one transaction; if a document of it cannot be parsed, each goes in alone and that one is named."""
    try:
        return store.ingest_many((document for _, document in batch), published=args.published, jobs=args.jobs, batch=len(batch))
    except StoreError as error:
        raise CliError(str(error)) from None
    except Exception:  # the parser failed on one of them (nothing of this batch was stored): find which, keep the rest
        pass
    return list(itertools.chain.from_iterable(_ingest_alone(store, name, document, args, failed) for name, document in batch))


def _ingest_alone(store: Store, name: str, document: Document, args: argparse.Namespace, failed: list[str]) -> list[IngestResult]:
    try:
        return [store.ingest(document, published=args.published)]
    except StoreError as error:
        raise CliError(str(error)) from None
    except Exception as error:
        failed.append(f"{name}: cannot be parsed ({type(error).__name__}: {error})")
        return []


def _fetch_options(command: argparse.ArgumentParser) -> None:
    """The options of every command that fetches from the web."""
    from tracker import fetch

    command.add_argument(
        "--allow-private-addresses", action="store_true",
        help="fetch from private, loopback and link-local addresses too (refused by default: a feed or page must not reach "
        "the machines of your own network)",
    )  # fmt: skip
    command.add_argument(
        "--contact", help=f"a URL or e-mail address for site owners, sent in the User-Agent (default: ${fetch.CONTACT_ENV})"
    )
    command.add_argument(
        "--timeout", type=_seconds, default=fetch.TOTAL_TIMEOUT, help=f"seconds for one answer (default {fetch.TOTAL_TIMEOUT:g})"
    )
    command.add_argument(
        "--pause", type=_seconds, default=fetch.HOST_PAUSE, help=f"seconds between requests to one host (default {fetch.HOST_PAUSE:g})"
    )
    command.add_argument(
        "--max-mb", type=_megabytes, default=DEFAULT_MAX_BYTES / MEGABYTE,
        help=f"stop reading an answer past this many megabytes (default {DEFAULT_MAX_BYTES // MEGABYTE})",
    )  # fmt: skip


def _fetcher(args: argparse.Namespace):
    from tracker.fetch import Fetcher

    return Fetcher(
        allow_private=args.allow_private_addresses, contact=args.contact, timeout=args.timeout, pause=args.pause,
        max_bytes=int(args.max_mb * MEGABYTE),
    )  # fmt: skip


def _run_fetch(args: argparse.Namespace) -> int:
    from tracker.feeds import store_page
    from tracker.fetch import FetchError, normal_url

    store = _store(args.db)
    failed: list[str] = []
    new = unchanged = rows = 0
    with _fetcher(args) as client:
        for given in args.urls:
            try:
                url = normal_url(given)
            except Exception as error:  # httpx names many kinds of bad addresses
                failed.append(f"{given}: not an address ({error})")
                continue
            if store.page_known(url):
                unchanged += 1
                continue
            try:
                result = store_page(store, client, url, published=args.published, lang=args.lang)
            except (FetchError, DocumentError) as error:
                failed.append(str(error))
                continue
            except StoreError as error:
                raise CliError(str(error)) from None
            except Exception as error:  # the parser's failure on one page is that page's failure
                failed.append(f"{url}: cannot be parsed ({type(error).__name__}: {error})")
                continue
            new += result.new
            unchanged += not result.new
            rows += result.rows
    _write_stdout(f"pages: {new} new, {unchanged} unchanged, {len(failed)} failed; commitments added: {rows}\n".encode())
    for message in failed:
        print(f"failed: {message}", file=sys.stderr)
    return EXIT_FAILED if failed else 0


def _run_watch(args: argparse.Namespace) -> int:
    from tracker.feeds import FeedsFileError, read_feeds, shipped_feeds_file, watch, watch_once

    try:
        feeds = read_feeds(args.feeds or shipped_feeds_file())
    except FeedsFileError as error:
        raise CliError(str(error)) from None
    store = _store(args.db)

    def report(run) -> None:
        _write_stdout((run.summary() + "\n").encode())

    try:
        with _fetcher(args) as client:
            if not args.once:
                watch(store, feeds, client, every=dt.timedelta(minutes=args.every), report=report)
            run = watch_once(store, feeds, client)
    except StoreError as error:
        raise CliError(str(error)) from None
    report(run)
    return EXIT_FAILED if run.failures else 0


def _run_import_kiel(args: argparse.Namespace) -> int:
    try:
        release = read_release(args.files)
        result = _store(args.db).import_kiel(release, force=args.force)
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


def _existing_store(path: str | Path | None, *, read_only: bool = False) -> Store:
    """The store at `path` (or the default), which must exist: reading a store never creates an empty one."""
    if is_postgres(path if path is not None else default_target()):
        checked = _store(path, read_only=True)  # refuses a database that holds no store, and creates nothing
        if read_only:
            return checked
        checked.close()
        return _store(path)
    found = path if path is not None else default_path()
    if not found.is_file():
        raise CliError(f"{found}: no such store (create one with aid-tracker ingest)")
    return _store(found, read_only=read_only)


def _run_copy(args: argparse.Namespace) -> int:
    source = _existing_store(args.source, read_only=True)
    target = _store(args.target)
    try:
        result = copy_store(source, target, replace=args.replace)
    except StoreError as error:
        raise CliError(str(error)) from None
    moved = ", ".join(f"{count:,} {table}" for table, count in result.rows.items() if count and table != "meta")
    print(f"copied {moved or 'an empty store'} from {source.name} to {target.name}")
    return 0


def _run_export(args: argparse.Namespace) -> int:
    try:
        store = _existing_store(args.db, read_only=True)  # an export writes nothing: a store it may only read will do
        table = link_deliveries(store.commitments())  # once: every total below reads the links
        kiel_donors = store.kiel_donors()
        for message in store.skipped_reviews:
            print(f"aid-tracker: warning: review skipped: {message}", file=sys.stderr)
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
    eu_allocated = None
    if args.eu_shares:
        eu_allocated = _eu_shares_allowed(args, chosen, table, kiel_donors)
    # totals count each pledge and each package once
    view = filter_commitments(table, **filters.arguments(chosen), counted_only=args.by not in ("rows", "delivered"))
    if args.by == "rows":
        output = export_rows(view)
    elif args.by == "promised":
        output = promised_and_delivered(view)
    elif args.by == "delivered":  # linked over the whole store; the pledges the filters keep
        moved = deliveries(table)
        output = moved[moved["id"].isin(view["id"])]
    elif args.by == "donor":
        output = donor_totals(view, kiel_donors, eu_allocated=eu_allocated)
    else:
        output = totals(view, args.by)
    export_format = args.export_format or ("xlsx" if args.output and args.output.suffix.lower() == ".xlsx" else "csv")
    if export_format == "xlsx":
        if not args.output and sys.stdout.isatty():
            raise CliError("an XLSX workbook is binary: write it to a file with -o FILE.xlsx")
        about = exports.about_lines(
            filters.describe(chosen, names), store.kiel_label(), eu_shares=args.eu_shares, written=dt.datetime.now(dt.UTC)
        )
        title = {"rows": "Rows", "promised": "Promised and delivered", "delivered": "Pledges delivered"}.get(
            args.by, f"By {args.by.replace(',', ' x ')}"
        )
        try:
            data = exports.to_xlsx_bytes({title: output}, about)
        except exports.ExportTooLarge as error:
            raise CliError(str(error)) from None
    else:
        data = to_csv_bytes(output, excel=args.excel)
    if args.output:
        try:
            args.output.write_bytes(data)
        except OSError as error:
            raise CliError(f"{printable_name(args.output)}: cannot write ({error.strerror or error})") from None
    else:
        _write_stdout(data)
    return 0


def _eu_shares_allowed(args: argparse.Namespace, chosen: dict[str, object], table: pd.DataFrame, kiel_donors: pd.DataFrame) -> float:
    """The EU institutions' allocations to attribute, when --eu-shares can be followed; else a CliError saying why."""
    if args.by != "donor":
        raise CliError("--eu-shares needs --by donor: EU shares are a donor's part of the EU institutions' aid")
    cuts = filters.cumulative_cuts(chosen)
    if cuts:
        raise CliError(
            f"--eu-shares gives cumulative totals only (the shares are stated for all the EU's aid up to the Kiel release's "
            f"cut-off); drop the filters {', '.join(cuts)}"
        )
    if not (kiel_donors["eu_share_eur"] > 0).any():  # none stated, or all zero: nothing to attribute by
        raise CliError("the store holds no EU shares: import a Kiel release with its eu_aid_shares.csv (aid-tracker import-kiel)")
    return eu_institutions_allocated(table)


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
        environment["AID_TRACKER_DB"] = args.db if isinstance(args.db, str) else str(args.db.resolve())
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

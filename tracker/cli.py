"""`aid-tracker`: the command line for scripts (parse announcements, open the dashboard)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

from tracker.documents import DocumentError, read_document
from tracker.extract.vocabulary import LANGUAGES
from tracker.parsing import parse_text
from tracker.summaries import to_csv_text

EXIT_USAGE = 2


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
    parse.set_defaults(run=_run_parse)

    dashboard = commands.add_parser("dashboard", help="open the dashboard in a browser")
    dashboard.add_argument("--port", type=int, default=8501)
    dashboard.set_defaults(run=_run_dashboard)
    return parser


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _run_parse(args: argparse.Namespace) -> int:
    frames = []
    for name in args.files:
        try:
            document = read_document(sys.stdin.buffer.read(), name="<stdin>") if name == "-" else read_document(Path(name))
        except DocumentError as error:
            raise CliError(str(error)) from None
        frames.append(
            parse_text(
                document.text,
                published=args.published or document.published,
                source=document.source or name,
                lang=args.lang or document.lang,
            )
        )
    table = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    output = to_csv_text(table) if args.format == "csv" else _to_json(table)
    if args.output:
        try:
            args.output.write_text(output, encoding="utf-8")
        except OSError as error:
            raise CliError(f"{args.output}: cannot write ({error.strerror or error})") from None
    else:
        sys.stdout.write(output)
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
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(args.port), "--server.address", "localhost"]
    return subprocess.call(command, env=os.environ.copy())


if __name__ == "__main__":
    sys.exit(main())

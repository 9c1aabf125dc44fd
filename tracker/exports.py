"""XLSX workbooks of what a page or an export shows (pure: DataFrames in, bytes out).

A first sheet names what the workbook holds (the filters, the Kiel release, the date it was written); every other sheet
is one table, as its CSV download has it: codes, money to the cent, numbers as numbers, dates as dates, blanks for
missing values. Text is always written as text: xlsxwriter's conversions of strings to formulas, links and numbers are
off, so that '=HYPERLINK(...)' or '+1' from an announcement stays the characters it was.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd
import xlsxwriter

from tracker.summaries import to_cents

ABOUT_SHEET = "About"
MAX_ROWS = 1_048_576  # rows in one Excel sheet, the header included
MAX_CELL_TEXT = 32_767  # characters Excel keeps in one cell
SHEET_NAME_LENGTH = 31
_SHEET_NAME_FORBIDDEN = str.maketrans({character: " " for character in "[]:*?/\\"})
WORKBOOK_OPTIONS = {
    "in_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": False,
}
DATE_FORMAT = "yyyy-mm-dd"
WIDEST_COLUMN = 60  # characters: a column of evidence sentences is not drawn a page wide
# XML 1.0 has no control characters but tab, LF and CR: they are shown as U+FFFD, as the reader shows a stray byte.
# (A literal "_x0041_" is escaped by xlsxwriter itself, so that Excel shows it as written.)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class ExportTooLarge(ValueError):
    """A table with more rows than one Excel sheet holds; the CSV export has no such limit."""


def sheet_name(title: str) -> str:
    """A title as Excel accepts it for a sheet: at most 31 characters, none of []:*?/\\."""
    return title.translate(_SHEET_NAME_FORBIDDEN).strip()[:SHEET_NAME_LENGTH] or "Sheet"


def to_xlsx_bytes(sheets: Mapping[str, pd.DataFrame], about: Mapping[str, str]) -> bytes:
    """A workbook: first the About sheet (`about`: what it holds, one line per entry), then one sheet per table."""
    for title, frame in sheets.items():
        if len(frame) + 1 > MAX_ROWS:
            raise ExportTooLarge(
                f"{title}: {len(frame):,} rows do not fit in one Excel sheet ({MAX_ROWS - 1:,} at most); export CSV instead"
            )
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, WORKBOOK_OPTIONS)
    bold = workbook.add_format({"bold": True})
    dates = workbook.add_format({"num_format": DATE_FORMAT})
    cut: list[str] = []
    written = {sheet_name(ABOUT_SHEET)}
    sheet_names = {}
    for title in sheets:
        name = sheet_name(title)
        while name in written:  # two titles alike once shortened
            name = sheet_name(f"{name[: SHEET_NAME_LENGTH - 3]} {len(written)}")
        written.add(name)
        sheet_names[title] = name
    about_sheet = workbook.add_worksheet(sheet_name(ABOUT_SHEET))
    for title, frame in sheets.items():
        cut += _write_table(workbook.add_worksheet(sheet_names[title]), to_cents(frame), bold, dates, title)
    lines = dict(about)
    if cut:
        lines["Shortened"] = f"{len(cut)} cells held more than {MAX_CELL_TEXT:,} characters (Excel's limit) and end in '…': {cut[0]} …"
    about_sheet.write_string(0, 0, "aid-tracker export", bold)
    for row, (key, value) in enumerate(lines.items(), start=2):
        about_sheet.write_string(row, 0, str(key), bold)
        about_sheet.write_string(row, 1, str(value))
    about_sheet.set_column(0, 0, 18)
    about_sheet.set_column(1, 1, 100)
    workbook.close()
    return buffer.getvalue()


def _write_table(sheet, frame: pd.DataFrame, bold, dates, title: str) -> list[str]:
    """One table: a header of column codes, then each cell as its type; returns the cells shortened to Excel's limit."""
    cut = []
    for column_number, column in enumerate(frame.columns):
        sheet.write_string(0, column_number, str(column), bold)
        values = frame[column]
        is_date = pd.api.types.is_datetime64_any_dtype(values.dtype)
        widest = len(str(column))
        for row_number, value in enumerate(values.astype(object).to_numpy(), start=1):
            if _missing(value):
                continue
            if is_date or isinstance(value, dt.date | pd.Timestamp):
                sheet.write_datetime(row_number, column_number, pd.Timestamp(value).to_pydatetime().replace(tzinfo=None), dates)
                widest = max(widest, len(DATE_FORMAT))
            elif isinstance(value, bool | np.bool_):
                sheet.write_boolean(row_number, column_number, bool(value))
            elif isinstance(value, int | float | np.integer | np.floating):
                sheet.write_number(row_number, column_number, float(value))
                widest = max(widest, len(f"{value}"))
            else:
                text = _CONTROL.sub("\ufffd", str(value))
                if len(text) > MAX_CELL_TEXT:
                    text = text[: MAX_CELL_TEXT - 1] + "…"
                    cut.append(f"{title} row {row_number + 1} column {column}")
                sheet.write_string(row_number, column_number, text)
                widest = max(widest, min(len(text), WIDEST_COLUMN))
        sheet.set_column(column_number, column_number, min(widest + 2, WIDEST_COLUMN))
    sheet.freeze_panes(1, 0)
    return cut


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float | np.floating) and not math.isfinite(float(value))


def about_lines(filters_shown: Mapping[str, str], kiel_label: str | None, *, eu_shares: bool, written: dt.datetime) -> dict[str, str]:
    """The About sheet's lines: the filters as a person reads them, the Kiel release, the EU switch, the date."""
    lines = {"Written": written.strftime("%Y-%m-%d %H:%M UTC")}
    lines["Filters"] = "; ".join(f"{label}: {value}" for label, value in filters_shown.items()) or "none: every stored row"
    lines["Kiel release"] = kiel_label or "none loaded"
    lines["EU shares"] = (
        "on: EU members' parts of the EU institutions' aid (cumulative, in columns eu_share_eur and pct_of_gdp_with_eu_share)"
        if eu_shares
        else "off"
    )
    lines["Counting"] = (
        "Totals count each pledge once (re-announcements and rejected rows left out; a report of delivery moves its pledge); "
        "EUR per stage is never added together. Rows keep every report (duplicate_of, delivers)."
    )
    return lines

"""XLSX exports, opened with openpyxl: text stays text (never a formula), numbers are numbers, a first About sheet."""

import datetime as dt
import io
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest

from tracker import exports, schema
from tracker.documents import Document
from tracker.store import Store

HOSTILE = ['=HYPERLINK("http://evil.test","click")', "+1+1", "-2", "@SUM(A1)", "=1+1", "\tTab", "https://example.org"]


def _open(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))  # formulas, if any, would stay formulas (data_only=False)


def _table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "item": pd.array(HOSTILE, dtype="string"),
            "amount_eur": pd.array([1234.5678, None, 3.0, 4.0, 5.0, 6.0, 7.0], dtype="Float64"),
            "quantity": pd.array([1, None, 3, 4, 5, 6, 7], dtype="Int64"),
            "announced_on": pd.to_datetime(["2024-04-19", None, "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05"]),
            "status": pd.Categorical(["committed"] * 7, categories=schema.STATUSES),
        }
    )


def test_text_stays_text_numbers_stay_numbers_dates_stay_dates():
    about = exports.about_lines({"Donor": "Germany (DEU)"}, "Kiel Release 7", eu_shares=False, written=dt.datetime(2026, 12, 1, 9, 30))
    book = _open(exports.to_xlsx_bytes({"Rows": _table()}, about))
    assert book.sheetnames == ["About", "Rows"]
    sheet = book["Rows"]
    assert [cell.value for cell in sheet[1]] == ["item", "amount_eur", "quantity", "announced_on", "status"]
    items = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in items] == HOSTILE
    assert all(cell.data_type == "s" for cell in items)  # strings, not formulas ('f') nor numbers
    assert not any(cell.hyperlink for cell in items)
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    first = [cell.value for cell in sheet[2]]
    assert first[1] == 1234.57 and isinstance(first[1], float)  # to the cent, as the CSV
    assert first[2] == 1 and first[3] == dt.datetime(2024, 4, 19) and first[4] == "committed"
    assert [cell.value for cell in sheet[3]][1:4] == [None, None, None]  # blanks, never "None" or "<NA>"


def test_the_about_sheet_names_the_filters_the_release_and_the_date():
    about = exports.about_lines({"Donor": "Germany (DEU)"}, "Kiel Release 7", eu_shares=True, written=dt.datetime(2026, 12, 1, 9, 30))
    lines = {
        row[0]: row[1] for row in _open(exports.to_xlsx_bytes({"Rows": _table()}, about))["About"].iter_rows(values_only=True) if row[0]
    }
    assert lines["Written"] == "2026-12-01 09:30 UTC"
    assert lines["Filters"] == "Donor: Germany (DEU)" and lines["Kiel release"] == "Kiel Release 7"
    assert lines["EU shares"].startswith("on:")
    none = exports.about_lines({}, None, eu_shares=False, written=dt.datetime(2026, 12, 1))
    assert none["Filters"].startswith("none") and none["Kiel release"] == "none loaded"


def test_a_cell_beyond_excels_limit_is_shortened_and_said_so():
    long = pd.DataFrame({"evidence": ["x" * (exports.MAX_CELL_TEXT + 10)]})
    book = _open(exports.to_xlsx_bytes({"Rows": long}, {}))
    assert len(book["Rows"]["A2"].value) == exports.MAX_CELL_TEXT and book["Rows"]["A2"].value.endswith("…")
    assert "Shortened" in [row[0] for row in book["About"].iter_rows(values_only=True)]


def test_more_rows_than_a_sheet_holds_is_a_named_error(monkeypatch):
    monkeypatch.setattr(exports, "MAX_ROWS", 3)
    with pytest.raises(exports.ExportTooLarge, match="export CSV instead"):
        exports.to_xlsx_bytes({"Rows": _table()}, {})


def test_sheet_names_are_ones_excel_takes():
    assert exports.sheet_name("By donor x category: totals [EUR] / stage?") == "By donor x category  totals  EU"
    book = _open(exports.to_xlsx_bytes({"A" * 40: _table(), "A" * 41: _table()}, {}))
    assert len(set(book.sheetnames)) == 3 and all(len(name) <= 31 for name in book.sheetnames)


def test_the_command_line_writes_a_workbook(tmp_path):
    db = tmp_path / "store.duckdb"
    Store(db).ingest(
        Document(text="Germany will deliver 3 Patriot systems worth EUR 1 billion to Ukraine.", source="=cmd|' /C calc'!A0"),
        published=dt.date(2024, 4, 19),
    )
    target = tmp_path / "rows.xlsx"
    command = [sys.executable, "-m", "tracker.cli", "export", "--db", str(db), "--donor", "DEU", "-o", str(target)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    book = _open(target.read_bytes())
    assert book.sheetnames == ["About", "Rows"]
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True) if row[0]}
    assert about["Filters"] == "Donor: Germany (DEU)" and about["Kiel release"] == "none loaded"
    header = [cell.value for cell in book["Rows"][1]]
    row = dict(zip(header, [cell.value for cell in book["Rows"][2]], strict=True))
    assert row["source"] == "=cmd|' /C calc'!A0" and book["Rows"].cell(2, header.index("source") + 1).data_type == "s"
    assert row["amount_eur"] == 1e9 and row["quantity"] == 3 and row["announced_on"] == dt.datetime(2024, 4, 19)
    totals = tmp_path / "by-donor"
    command = [sys.executable, "-m", "tracker.cli", "export", "--db", str(db), "--by", "donor", "--format", "xlsx", "-o", str(totals)]
    assert subprocess.run(command, capture_output=True, text=True, timeout=120).returncode == 0
    assert _open(totals.read_bytes()).sheetnames == ["About", "By donor"]


def test_control_characters_and_excel_escapes_read_as_written():
    """Excel reads '_x0041_' as 'A' unless escaped, and XML cannot hold most control characters."""
    import zipfile

    frame = pd.DataFrame({"item": ["a\x00b\x01c", "_x0041_", "tab\tand\nline"]}, dtype=object)
    data = exports.to_xlsx_bytes({"Rows": frame}, {})
    assert [cell.value for cell in _open(data)["Rows"]["A"]][1:] == ["a\ufffdb\ufffdc", "_x0041_", "tab\tand\nline"]
    assert "<t>_x005F_x0041_</t>" in zipfile.ZipFile(io.BytesIO(data)).read("xl/sharedStrings.xml").decode()

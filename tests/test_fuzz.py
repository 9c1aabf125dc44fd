"""Hypothesis on the other entry points: the document reader, the CSV export and the dashboard's URL filters.

Short runs here; `python scripts/fuzz_long.py` runs the same properties for as long as it is told.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from tracker.documents import DocumentError, read_document
from tracker.summaries import FORMULA_STARTS, to_csv_bytes

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = ["release.txt", "release.md", "page.html", "scan.pdf", "noname"]
HTML_BITS = ["<html>", "<body>", "<p>", "</p>", "<script>", "<iframe>", "<!--", "-->", "Germany will deliver 14 tanks to Ukraine.", "\x00"]
TEXT_BITS = st.one_of(st.text(max_size=40), st.sampled_from([*HTML_BITS, "---\n", "published: 2024-04-19\n", "%PDF-1.4\n", "\ufeff"]))


@st.composite
def raw_documents(draw) -> bytes:
    """Bytes that look like text, HTML, front matter or a PDF header, in a random encoding, sometimes cut short."""
    text = "".join(draw(st.lists(TEXT_BITS, max_size=12)))
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"]))
    raw = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        raw = raw[: draw(st.integers(0, len(raw)))]  # truncated mid-character
    return raw + draw(st.binary(max_size=8))


def check_reader(raw: bytes, name: str) -> None:
    """The reader gives a document with text, or a DocumentError naming the input; nothing else."""
    try:
        document = read_document(raw, name=name)
    except DocumentError as error:
        assert name in str(error)
    else:
        assert isinstance(document.text, str) and document.text.strip()
        assert "\x00" not in document.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_documents(), st.sampled_from(SUFFIXES))
def test_reader_never_fails_otherwise(raw, name):
    check_reader(raw, name)


CELLS = st.one_of(st.none(), st.text(max_size=20), st.sampled_from(["=1+1", "+SUM(A1)", "-2", "@x", "\tx", "＝1", " =1", "'=1"]))


def check_csv(cells: list[list[str | None]]) -> None:
    """Every text cell comes back as written, or with one apostrophe before a formula start; rows and columns survive."""
    frame = pd.DataFrame(cells, columns=["a", "b", "c"]).astype({"a": "string[pyarrow]", "b": object, "c": "category"})
    for excel in (False, True):
        text = to_csv_bytes(frame, excel=excel).decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert rows[0] == ["a", "b", "c"] and len(rows) == len(cells) + 1
        for written, read in zip(cells, rows[1:], strict=True):
            for value, cell in zip(written, read, strict=True):
                if value is None or value == "":
                    assert cell == ""
                elif value.startswith(FORMULA_STARTS):
                    assert cell == "'" + value
                else:
                    assert cell == value


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=3, max_size=3), min_size=1, max_size=6))
def test_csv_cells_come_back_neutralised_and_intact(cells):
    check_csv(cells)


PARAMETERS = st.dictionaries(
    st.sampled_from(["donor", "category", "aid_type", "status", "source", "from", "to", "page", "x"]),
    st.one_of(
        st.text(max_size=15), st.lists(st.text(max_size=10), max_size=3), st.sampled_from(["DEU", "9999-12-31", "2024-02-30", "delivered"])
    ),
    max_size=4,
)


def check_url(db: Path, parameters: dict) -> None:
    """Any query string opens the overview without an exception; unknown values are dropped, never shown raw."""
    import os

    os.environ["AID_TRACKER_DB"] = str(db)
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in parameters.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception, (parameters, app.exception)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(parameters=PARAMETERS)
def test_any_url_opens_the_dashboard(tmp_path, monkeypatch, parameters):
    monkeypatch.setenv("AID_TRACKER_DB", str(tmp_path / "fuzz.duckdb"))
    check_url(tmp_path / "fuzz.duckdb", parameters)

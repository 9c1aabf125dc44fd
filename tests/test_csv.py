"""CSV output never hands a spreadsheet a formula."""

import csv
import io

import pandas as pd
import pytest

from tracker.summaries import FORMULA_STARTS, neutralise, to_csv_text


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_dangerous_start_is_neutralised(start):
    assert neutralise(start + "cmd") == "'" + start + "cmd"


def test_numbers_stay_numbers_and_headers_are_safe():
    frame = pd.DataFrame({"=x": ["=1+1", "fine", None], "amount": pd.array([-5.0, 1.0, None], dtype="Float64")})
    text = to_csv_text(frame)
    assert text.splitlines()[0] == "'=x,amount"
    assert text.splitlines()[1] == "'=1+1,-5.0"


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_text_column_of_the_table_is_neutralised(start):
    from tracker import schema

    text_columns = [c for c, dtype in schema.DTYPES.items() if str(dtype) == "string"]
    frame = schema.to_frame([{column: f"{start}evil" for column in text_columns} | {"quantity": 3, "amount": -1.5}])
    header, cells = list(csv.reader(io.StringIO(to_csv_text(frame))))
    for column, cell in zip(header, cells, strict=True):
        if column in text_columns:
            assert cell == f"'{start}evil", column
    assert cells[header.index("quantity")] == "3" and cells[header.index("amount")] == "-1.5"

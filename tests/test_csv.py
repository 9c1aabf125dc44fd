"""CSV output never hands a spreadsheet a formula."""

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

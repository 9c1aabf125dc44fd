"""Tables for people: safe CSV text (no cell that a spreadsheet would run as a formula)."""

from __future__ import annotations

import pandas as pd

# A spreadsheet treats a cell starting with any of these as a formula or a command.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00", "＝", "＋", "－", "＠")


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would evaluate with an apostrophe; leave numbers and missing values alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame whose text cells and headers are all neutralised; numbers stay numbers."""
    safe = frame.copy()
    for column in safe.columns:
        series = safe[column]
        if isinstance(series.dtype, pd.CategoricalDtype) or series.dtype == object or isinstance(series.dtype, pd.StringDtype):
            safe[column] = series.astype(object).map(neutralise, na_action="ignore")
    safe.columns = [neutralise(str(column)) for column in safe.columns]
    return safe


def to_csv_text(frame: pd.DataFrame) -> str:
    """CSV with a header row, dates as YYYY-MM-DD, and every dangerous text cell neutralised."""
    return safe_frame(frame).to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\n")

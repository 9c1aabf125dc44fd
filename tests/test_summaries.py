"""Filters, totals and timelines agree with hand counts on a small table of our own."""

import datetime as dt

import pandas as pd
import pytest

from tracker import schema
from tracker.summaries import filter_commitments, monthly, to_csv_bytes, totals


@pytest.fixture
def table():
    def row(donor, name, category, eur, quantity, status, day, review="unreviewed"):
        return {
            "donor": donor,
            "donor_name": name,
            "category": category,
            "aid_type": schema.CATEGORY_AID_TYPE[category],
            "amount_eur": eur,
            "quantity": quantity,
            "status": status,
            "announced_on": day,
            "review": review,
        }

    return schema.to_frame(
        [
            row("DEU", "Germany", "air_defence", 1e9, 1, "committed", dt.date(2024, 1, 5)),
            row("DEU", "Germany", "ammunition", None, 4000, "delivered", dt.date(2024, 1, 20)),
            row("FRA", "France", "artillery", 2e8, 12, "committed", dt.date(2024, 2, 1)),
            row("NLD", "Netherlands", "military_unspecified", 4e9, None, "proposed", dt.date(2024, 3, 9)),
            row("NLD", "Netherlands", "drones", 8e7, None, "committed", dt.date(2024, 3, 9), review="rejected"),
        ]
    )


def test_filters(table):
    assert list(filter_commitments(table, donors=["DEU"])["category"]) == ["air_defence", "ammunition"]
    assert len(filter_commitments(table, statuses=["committed"])) == 2  # the rejected drones row is left out
    assert len(filter_commitments(table, include_rejected=True, statuses=["committed"])) == 3
    assert list(filter_commitments(table, date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 2, 28))["donor"]) == ["FRA"]
    assert len(filter_commitments(table, donors=[])) == 0


def test_totals_by_donor_and_category(table):
    kept = filter_commitments(table)
    by_donor = totals(kept, "donor").set_index("donor")
    assert by_donor.loc["NLD", "eur"] == 4e9 and by_donor.loc["DEU", "eur"] == 1e9
    assert by_donor.loc["DEU", "commitments"] == 2 and by_donor.loc["DEU", "quantity"] == 4001
    both = totals(kept, "donor,category")
    assert len(both) == 4 and set(both.columns) == {"donor", "donor_name", "category", "eur", "commitments", "quantity"}
    with pytest.raises(ValueError):
        totals(kept, "planet")


def test_monthly_and_cumulative(table):
    kept = filter_commitments(table)
    assert list(monthly(kept)["eur"]) == [1e9, 2e8, 4e9]
    running = monthly(kept, cumulative=True)
    assert list(running["month"]) == ["2024-01", "2024-02", "2024-03"]
    assert list(running["eur"]) == [1e9, 1.2e9, 5.2e9] and list(running["commitments"]) == [2, 3, 4]


def test_excel_csv_has_a_bom_and_safe_cells(table):
    hostile = table.assign(item=pd.array(["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\tx"], dtype="string"))
    data = to_csv_bytes(hostile, excel=True)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    for dangerous in ("=cmd", "+1", "-1", "@SUM", "\tx"):
        assert f",'{dangerous}" in text or f"\"'{dangerous}" in text

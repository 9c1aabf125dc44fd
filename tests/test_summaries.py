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
    assert list(running["quantity"]) == [4001, 4013, 4013]


def test_excel_csv_has_a_bom_and_safe_cells(table):
    hostile = table.assign(item=pd.array(["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\tx"], dtype="string"))
    data = to_csv_bytes(hostile, excel=True)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    for dangerous in ("=cmd", "+1", "-1", "@SUM", "\tx"):
        assert f",'{dangerous}" in text or f"\"'{dangerous}" in text


def _announcement(document, donor, category, eur, quantity, item, day):
    return {
        "id": f"{document}-{donor}-{category}",
        "document_id": document,
        "donor": donor,
        "donor_name": donor,
        "category": category,
        "aid_type": schema.CATEGORY_AID_TYPE[category],
        "amount_eur": eur,
        "quantity": quantity,
        "item": item,
        "status": "committed",
        "announced_on": day,
        "review": "unreviewed",
    }


def test_reannouncements_are_linked_and_counted_once():
    from tracker.summaries import link_reannouncements

    table = schema.to_frame(
        [
            _announcement("a", "NLD", "military_unspecified", 4e9, None, None, dt.date(2024, 4, 10)),
            _announcement("b", "NLD", "military_unspecified", 4.05e9, None, None, dt.date(2024, 4, 19)),  # same pledge
            _announcement("c", "NLD", "military_unspecified", 4e9, None, None, dt.date(2024, 9, 1)),  # months later: new
            _announcement("a", "DEU", "air_defence", None, 1, "Patriot", dt.date(2024, 4, 13)),
            _announcement("b", "DEU", "air_defence", None, 1, "système Patriot", dt.date(2024, 4, 19)),  # same pledge
            _announcement("b", "DEU", "artillery", None, 1, "PzH 2000", dt.date(2024, 4, 19)),
        ]
    )
    linked = link_reannouncements(table).set_index("id")
    assert linked.loc["b-NLD-military_unspecified", "duplicate_of"] == "a-NLD-military_unspecified"
    assert linked.loc["b-DEU-air_defence", "duplicate_of"] == "a-DEU-air_defence"
    assert linked["duplicate_of"].notna().sum() == 2
    by_donor = totals(linked.reset_index(), "donor").set_index("donor")
    assert by_donor.loc["NLD", "eur"] == 8e9 and by_donor.loc["NLD", "commitments"] == 2

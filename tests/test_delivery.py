"""Promised and delivered: a later report that a pledge arrived moves that pledge instead of adding a second one."""

import datetime as dt

import pandas as pd
import pytest

from tracker import parse_text, schema
from tracker.documents import Document
from tracker.store import Store
from tracker.summaries import (
    deliveries,
    filter_commitments,
    headline,
    link_deliveries,
    link_reannouncements,
    promised_and_delivered,
    totals,
)


def _row(document, donor, category, status, day, *, eur=None, quantity=None, item=None, review="unreviewed"):
    return {
        "id": f"{document}-{donor}-{category}-{status}",
        "document_id": document,
        "donor": donor,
        "donor_name": {"NOR": "Norway", "DEU": "Germany", "FRA": "France"}[donor],
        "category": category,
        "aid_type": schema.CATEGORY_AID_TYPE[category],
        "amount_eur": eur,
        "quantity": quantity,
        "item": item,
        "status": status,
        "announced_on": day,
        "source": f"report {document}",
        "review": review,
    }


def _linked(rows):
    """As the dashboard and the command line read a store: re-announcements, then reports of delivery, linked."""
    return link_deliveries(link_reannouncements(schema.to_frame(rows)))


def test_a_delivery_months_later_moves_the_pledge_and_keeps_both_reports():
    table = _linked(
        [
            _row("pledge", "NOR", "armoured_vehicles", "committed", dt.date(2024, 2, 1), quantity=10, item="CV90"),
            _row("arrival", "NOR", "armoured_vehicles", "delivered", dt.date(2024, 9, 20), quantity=10, item="CV90 vehicles"),
        ]
    )
    assert table.set_index("id").loc["arrival-NOR-armoured_vehicles-delivered", "delivers"] == "pledge-NOR-armoured_vehicles-committed"
    by_donor = totals(filter_commitments(table, counted_only=True), "donor").set_index("donor")
    assert by_donor.loc["NOR", "commitments"] == 1  # one pledge, not two
    view = filter_commitments(table, counted_only=True)
    assert list(view["status"].astype(str)) == ["delivered"]
    moved = deliveries(table)
    assert len(moved) == 1
    first = moved.iloc[0]
    assert first["source"] == "report pledge" and first["delivery_source"] == "report arrival"
    assert first["delivered_by"] == "arrival-NOR-armoured_vehicles-delivered" and first["delivered"] == "delivered"
    # the row export keeps both reports, the delivery marked with the pledge it delivered
    assert len(filter_commitments(table)) == 2


def test_a_delivery_of_part_is_shown_as_such():
    table = _linked(
        [
            _row("pledge", "DEU", "artillery", "committed", dt.date(2024, 3, 1), eur=100e6, quantity=10, item="PzH 2000"),
            _row("arrival", "DEU", "artillery", "delivered", dt.date(2024, 6, 1), quantity=5, item="PzH 2000 howitzers"),
        ]
    )
    moved = deliveries(table).iloc[0]
    assert moved["delivered"] == "5 of 10 delivered"
    assert moved["delivered_quantity"] == 5 and moved["delivered_eur"] == pytest.approx(50e6)
    summary = promised_and_delivered(filter_commitments(table, counted_only=True)).set_index("donor").loc["DEU"]
    assert summary["eur_committed_total"] == pytest.approx(100e6)  # the pledge, once
    assert summary["eur_delivered"] == pytest.approx(50e6) and summary["eur_not_delivered"] == pytest.approx(50e6)
    assert summary["pledges_committed"] == 1 and summary["pledges_delivered"] == 0 and summary["pledges_partly_delivered"] == 1
    assert summary["delivered_share"] == pytest.approx(0.5)
    figures = headline(filter_commitments(table, counted_only=True))
    assert (
        figures["commitments"] == 1 and figures["eur_committed"] == pytest.approx(50e6) and figures["eur_delivered"] == pytest.approx(50e6)
    )


def test_two_parts_then_the_pledge_is_whole_and_a_third_goes_to_the_next_pledge():
    table = _linked(
        [
            _row("a", "NOR", "armoured_vehicles", "committed", dt.date(2024, 1, 1), quantity=10, item="Leopard"),
            _row(
                "b", "NOR", "armoured_vehicles", "committed", dt.date(2024, 3, 20), quantity=10, item="Leopard"
            ),  # no re-announcement: 79 days on
            _row("c", "NOR", "armoured_vehicles", "delivered", dt.date(2024, 4, 1), quantity=5, item="Leopard"),
            _row(
                "d", "NOR", "armoured_vehicles", "delivered", dt.date(2024, 6, 5), quantity=5, item="Leopard"
            ),  # 65 days after c: no repeat
            _row("e", "NOR", "armoured_vehicles", "delivered", dt.date(2024, 7, 1), quantity=4, item="Leopard"),
        ]
    ).set_index("id")
    assert list(table["delivers"].dropna().str[0]) == ["a", "a", "b"]
    summary = deliveries(table.reset_index()).set_index("id")
    assert summary.loc["a-NOR-armoured_vehicles-committed", "delivered"] == "delivered"
    assert summary.loc["b-NOR-armoured_vehicles-committed", "delivered"] == "4 of 10 delivered"


def test_what_is_not_the_same_pledge_is_not_moved():
    table = _linked(
        [
            _row("a", "FRA", "artillery", "committed", dt.date(2024, 1, 1), quantity=6, item="Caesar"),
            _row("b", "FRA", "artillery", "delivered", dt.date(2024, 3, 1), quantity=12, item="Caesar"),  # more than pledged
            _row("c", "FRA", "artillery", "delivered", dt.date(2024, 3, 2), quantity=2, item="TRF1"),  # no item in common
            _row("d", "DEU", "artillery", "delivered", dt.date(2024, 3, 2), quantity=2, item="Caesar"),  # another donor
            _row("e", "FRA", "artillery", "delivered", dt.date(2023, 12, 1), quantity=6, item="Caesar"),  # before the pledge
            _row("f", "FRA", "artillery", "delivered", dt.date(2024, 3, 9), quantity=6, item="Caesar", review="rejected"),
        ]
    )
    assert table["delivers"].isna().all()


def test_a_delivery_within_the_reannouncement_window_is_no_duplicate_but_a_delivery():
    """Before: a delivery reported 10 days after the pledge, same count and item, was a re-announcement, so the
    pledge stayed 'committed' and the delivery was lost from every total."""
    table = _linked(
        [
            _row("a", "DEU", "air_defence", "committed", dt.date(2024, 4, 1), eur=1e9, quantity=1, item="Patriot"),
            _row("b", "DEU", "air_defence", "delivered", dt.date(2024, 4, 11), eur=1e9, quantity=1, item="Patriot"),
        ]
    )
    assert table["duplicate_of"].isna().all()
    figures = headline(filter_commitments(table, counted_only=True))
    assert figures["eur_delivered"] == 1e9 and figures["eur_committed"] == 0 and figures["commitments"] == 1


def test_a_stage_filter_sees_the_pledge_where_it_stands_now():
    table = _linked(
        [
            _row("a", "DEU", "artillery", "committed", dt.date(2024, 3, 1), eur=100e6, quantity=10, item="PzH"),
            _row("b", "DEU", "artillery", "delivered", dt.date(2024, 6, 1), eur=100e6, quantity=10, item="PzH"),
        ]
    )
    assert filter_commitments(table, statuses=["committed"], counted_only=True).empty
    delivered = filter_commitments(table, statuses=["delivered"], counted_only=True)
    assert len(delivered) == 1 and delivered["amount_eur"].iloc[0] == 100e6


def test_our_own_announcements_through_the_parser_and_the_store(tmp_path):
    """End to end: two announcements of our own, parsed and stored, then read back linked."""
    store = Store(tmp_path / "store.duckdb")
    pledge = "Norway will donate 10 CV90 infantry fighting vehicles to Ukraine."
    arrival = "Norway has delivered 5 CV90 infantry fighting vehicles to Ukraine."
    assert parse_text(pledge, published="2024-02-01")["status"].tolist() == ["committed"]
    assert parse_text(arrival, published="2024-08-01")["status"].tolist() == ["delivered"]
    store.ingest(Document(text=pledge, source="pledge.txt"), published=dt.date(2024, 2, 1))
    store.ingest(Document(text=arrival, source="arrival.txt"), published=dt.date(2024, 8, 1))
    table = store.commitments()  # as stored: the links are read by the summaries (and the dashboard links once)
    assert "delivers" not in table
    moved = deliveries(table)
    assert len(moved) == 1 and moved["delivered"].iloc[0] == "5 of 10 delivered"
    assert moved["source"].iloc[0] == "pledge.txt" and moved["delivery_source"].iloc[0] == "arrival.txt"
    assert totals(filter_commitments(table, counted_only=True), "donor")["commitments"].tolist() == [1]
    linked = link_deliveries(table).set_index("source")
    assert linked.loc["arrival.txt", "delivers"] == linked.loc["pledge.txt", "id"]


def test_the_command_line_exports_promised_and_delivered_and_the_moved_pledges(tmp_path):
    import io
    import subprocess
    import sys

    store = Store(tmp_path / "store.duckdb")
    store.ingest(
        Document(text="Norway will donate 10 CV90 infantry fighting vehicles to Ukraine.", source="p"), published=dt.date(2024, 2, 1)
    )
    store.ingest(
        Document(text="Norway has delivered 5 CV90 infantry fighting vehicles to Ukraine.", source="d"), published=dt.date(2024, 8, 1)
    )

    def export(*arguments):
        command = [sys.executable, "-m", "tracker.cli", "export", "--db", str(tmp_path / "store.duckdb"), *arguments]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return pd.read_csv(io.StringIO(result.stdout))

    promised = export("--by", "promised")
    assert promised[["donor", "pledges_committed", "pledges_partly_delivered"]].values.tolist() == [["NOR", 1, 1]]
    moved = export("--by", "delivered")
    assert moved[["source", "delivered", "delivery_source"]].values.tolist() == [["p", "5 of 10 delivered", "d"]]
    assert len(export()) == 2 and "delivers" not in export().columns  # the rows as stored, both reports


def test_who_pledged_what_lists_the_pledge_as_promised_and_how_much_arrived():
    from tracker.summaries import pledge_list

    table = _linked(
        [
            _row("pledge", "DEU", "artillery", "committed", dt.date(2024, 3, 1), eur=100e6, quantity=10, item="PzH 2000"),
            _row("arrival", "DEU", "artillery", "delivered", dt.date(2024, 6, 1), quantity=5, item="PzH 2000"),
        ]
    )
    listed = pledge_list(filter_commitments(table, counted_only=True), deliveries(table))
    assert len(listed) == 1  # one pledge, not its two parts
    first = listed.iloc[0]
    assert first["quantity"] == 10 and first["amount_eur"] == 100e6 and first["delivered"] == "5 of 10 delivered"

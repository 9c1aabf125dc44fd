"""Filters, totals and timelines agree with hand counts on a small table of our own."""

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import schema
from tracker.summaries import STAGE_EUR, filter_commitments, monthly, to_csv_bytes, totals


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
    # each stage in its own column: the proposed Dutch package does not top the committed figures
    assert by_donor.loc["NLD", "eur_proposed"] == 4e9 and pd.isna(by_donor.loc["NLD", "eur_committed"])
    assert by_donor.loc["DEU", "eur_committed"] == 1e9 and pd.isna(by_donor.loc["DEU", "eur_delivered"])
    assert list(by_donor.index) == ["DEU", "FRA", "NLD"]  # committed first
    assert by_donor.loc["DEU", "commitments"] == 2
    both = totals(kept, "donor,category")
    assert len(both) == 4 and list(both.columns) == [
        "donor", "donor_name", "category", "eur_proposed", "eur_committed", "eur_allocated", "eur_delivered", "commitments",
    ]  # fmt: skip
    # no quantity: one Patriot system and 4,000 rounds make no total
    assert "quantity" not in totals(kept, "category")
    with pytest.raises(ValueError):
        totals(kept, "planet")


def test_csv_amounts_are_rounded_to_the_cent(table):
    priced = table.assign(amount_eur=pd.array([1234.5678, None, 0.005, 1e9 / 3, 1.0], dtype="Float64"))
    lines = to_csv_bytes(priced).decode().splitlines()
    column = lines[0].split(",").index("amount_eur")
    assert [line.split(",")[column] for line in lines[1:]] == ["1234.57", "", "0.0", "333333333.33", "1.0"]


def _eur(totals_frame: pd.DataFrame) -> pd.Series:
    """EUR of every stage, added up (a test's sum: the summaries themselves never add stages)."""
    return totals_frame[list(STAGE_EUR.values())].sum(axis=1)


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
    assert _eur(by_donor).loc["NLD"] == 8e9 and by_donor.loc["NLD", "commitments"] == 2


def test_a_count_without_a_partner_count_is_no_reannouncement():
    """Regression: a first report with a count beside a later one without (same donor and category) crashed the linker."""
    from tracker.summaries import link_reannouncements

    table = schema.to_frame(
        [
            _announcement("a", "DEU", "armoured_vehicles", None, 10, "Leopard tanks", dt.date(2024, 4, 1)),
            _announcement("b", "DEU", "armoured_vehicles", None, None, "Leopard tanks", dt.date(2024, 4, 9)),
        ]
    )
    assert link_reannouncements(table)["duplicate_of"].isna().all()


def _reference_links(records: list[dict]) -> dict[str, str]:
    """The linking rule written plainly (every pair, in date order), to check the bucketed join against."""
    ordered = sorted((r for r in records if r["announced_on"] is not None), key=lambda r: r["announced_on"])  # stable
    firsts: dict[tuple, list[dict]] = {}
    links = {}
    for row in ordered:
        group = firsts.setdefault((row["donor"], row["category"]), [])
        for first in group:
            if first["document_id"] == row["document_id"] or (row["announced_on"] - first["announced_on"]).days > 45:
                continue
            if first["amount_eur"] is not None and row["amount_eur"] is not None and first["amount_eur"] > 0:
                same = abs(row["amount_eur"] - first["amount_eur"]) <= 0.02 * first["amount_eur"]
            else:
                words = [{w.lower() for w in (r["item"] or "").split() if len(w) > 2} for r in (first, row)]
                same = first["quantity"] is not None and first["quantity"] == row["quantity"] and bool(words[0] & words[1])
            if same:
                links[row["id"]] = first["id"]
                break
        else:
            group.append(row)
    return links


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("abc"),
            st.sampled_from(["DEU", "DEU", "FRA"]),
            st.sampled_from(["air_defence", "air_defence", "artillery"]),
            st.sampled_from([None, 0.0, 1e6, 1.01e6, 1.03e6, 4e9, 4.05e9]),
            st.sampled_from([None, 1, 2, 12]),
            st.sampled_from([None, "Patriot", "Patriot system", "Caesar guns", "guns"]),
            st.sampled_from([None, 0, 1, 30, 44, 45, 46, 47, 80, 91]),
        ),
        min_size=2,
        max_size=16,
    )
)
def test_linking_matches_the_plain_rule(rows):
    from tracker.summaries import link_reannouncements

    records = []
    for number, (document, donor, category, eur, quantity, item, day) in enumerate(rows):
        record = _announcement(
            document, donor, category, eur, quantity, item, None if day is None else dt.date(2024, 1, 1) + dt.timedelta(day)
        )
        records.append({**record, "id": f"row{number}"})
    linked = link_reannouncements(schema.to_frame(records))
    found = {i: d for i, d in zip(linked["id"], linked["duplicate_of"], strict=True) if not pd.isna(d)}
    assert found == _reference_links(records)


def test_by_date_orders_rows_stably_with_undated_last():
    from tracker.summaries import by_date

    table = schema.to_frame(
        [
            _announcement("c", "DEU", "artillery", None, 1, None, dt.date(2024, 3, 1)),
            _announcement("u", "DEU", "artillery", None, 2, None, None),
            _announcement("a", "DEU", "artillery", None, 3, None, dt.date(2024, 1, 1)),
            _announcement("b", "FRA", "artillery", None, 4, None, dt.date(2024, 3, 1)),
        ]
    )
    assert list(by_date(table)["document_id"]) == ["a", "c", "b", "u"]
    assert list(by_date(table, newest_first=True, limit=3)["document_id"]) == ["c", "b", "a"]


PACKAGE_TEXT = (
    "Norway announced a new package worth EUR 500 million for Ukraine, including air defence systems "
    "and 20,000 artillery shells worth EUR 100 million."
)


def test_a_package_counts_once_for_its_donor_and_its_rest_shows_as_unspecified():
    from tracker import parse_text

    kept = filter_commitments(parse_text(PACKAGE_TEXT, lang="en", published="2024-05-01"))
    assert set(kept["category"]) == {"air_defence", "ammunition"}
    by_donor = totals(kept, "donor").set_index("donor")
    assert _eur(by_donor).loc["NOR"] == 5e8 and by_donor.loc["NOR", "commitments"] == 2
    by_category = totals(kept, "category").set_index("category")
    assert _eur(by_category).loc["ammunition"] == 1e8
    assert _eur(by_category).loc["military_unspecified"] == 4e8  # the value tied to no item, counted once
    assert by_category.loc["military_unspecified", "commitments"] == 0  # a rest is not a commitment of its own
    assert _eur(by_category).sum() == _eur(by_donor).sum()


def test_a_filter_on_items_neither_inflates_nor_misplaces_a_package_rest():
    from tracker import parse_text

    table = parse_text(PACKAGE_TEXT, lang="en", published="2024-05-01")
    air_only = totals(filter_commitments(table, categories=["air_defence"], counted_only=True), "category")
    assert list(air_only["category"]) == ["air_defence"]  # the rest is Military (unspecified): filtered out
    with_rest = totals(filter_commitments(table, categories=["air_defence", "military_unspecified"], counted_only=True), "category")
    assert _eur(with_rest.set_index("category")).loc["military_unspecified"] == 4e8  # not 5e8: the shells' 1e8 stays tied
    whole = totals(filter_commitments(table, counted_only=True), "donor").set_index("donor")
    assert _eur(whole).loc["NOR"] == 5e8 and whole.loc["NOR", "commitments"] == 2


def test_two_packages_of_one_donor_are_each_counted_once():
    from tracker import parse_text

    second = "Norway will also give EUR 50 million for demining equipment to Ukraine."
    kept = filter_commitments(parse_text(f"{PACKAGE_TEXT} {second}", lang="en", published="2024-05-01"))
    assert _eur(totals(kept, "donor").set_index("donor")).loc["NOR"] == 5.5e8

"""Charts are built from summary tables, escape announcement text, read money as people write it and keep one
colour per category and per donor."""

import json
import re

import pandas as pd
import pytest

from tracker import charts, display, money, palette
from tracker.summaries import STAGE_EUR

SI_SUFFIX = re.compile(r"\d[kMGTB]\b")


def _donor_category():
    return pd.DataFrame(
        {
            "donor": ["DEU", "DEU", "FRA"],
            "donor_name": ["Germany", "Germany", "<b>France</b> $x$"],
            "category": ["air_defence", "ammunition", "air_defence"],
            "eur_proposed": [None, None, None],
            "eur_committed": [1e9, None, 2e8],
            "eur_allocated": [None, None, None],
            "eur_delivered": [3e9, None, None],
            "commitments": [2, 2, 1],
        }
    )


def test_donor_chart_escapes_names_and_uses_the_category_colours_and_labels():
    figure = charts.by_donor(_donor_category(), "commitments")
    spec = json.loads(figure.to_json())
    names = {y for trace in spec["data"] for y in trace["y"]}
    assert "&lt;b&gt;France&lt;/b&gt; &#36;x&#36;" in names and not any("<b>" in name for name in names)
    colours = {trace["name"]: trace["marker"]["color"] for trace in spec["data"]}
    assert colours["Air defence"] == palette.CATEGORY_COLOURS["air_defence"]
    assert spec["layout"]["showlegend"] and all(trace["orientation"] == "h" for trace in spec["data"])


def test_eur_chart_adds_the_stages_of_a_row_and_leaves_out_rows_without_an_amount():
    figure = charts.by_category(_donor_category(), palette.donor_colours(["DEU", "FRA"]), "eur")
    drawn = {y for trace in figure.data for y in trace.y}
    assert drawn == {"Air defence"}
    germany = next(trace for trace in figure.data if trace.name == "Germany")
    assert list(germany.x) == [4e9] and list(germany.customdata) == ["€4.0 bn"]


def test_money_axes_say_euros_with_a_scale_never_an_si_suffix():
    figure = charts.by_donor(_donor_category(), "eur")
    ticks = list(figure.layout.xaxis.ticktext)
    assert ticks[0] == "€0" and "€4.0 bn" in ticks
    assert not any(SI_SUFFIX.search(tick) for tick in ticks)
    assert all(text.startswith("€") for trace in figure.data for text in trace.customdata)


def test_a_donor_keeps_its_colour_whatever_else_is_shown():
    colours = palette.donor_colours(["DEU", "FRA", "USA"])
    both = charts.by_category(_donor_category(), colours, "commitments")
    only_germany = charts.by_category(_donor_category().iloc[:2], colours, "commitments")
    first = {trace.name: trace.marker.color for trace in both.data}
    second = {trace.name: trace.marker.color for trace in only_germany.data}
    assert first["Germany"] == second["Germany"] == colours["DEU"] != colours["FRA"]
    assert palette.donor_colours(["FRA", "DEU", "USA"]) == colours  # from the codes, not their order


def test_one_month_is_a_month_and_gaps_are_months_too():
    one = pd.DataFrame({"month": ["2024-03"], "eur": [3.5e8], "commitments": [1]})
    figure = charts.timeline(one, "eur")
    assert figure.layout.xaxis.type == "category" and list(figure.data[0].x) == ["Mar 2024"]
    assert list(figure.layout.yaxis.ticktext)[-1] == "€400 m"
    low, high = figure.layout.xaxis.range
    assert high - low >= charts.MONTHS_SHOWN  # one bar among empty slots, not a band across the plot
    gap = pd.DataFrame({"month": ["2024-01", "2024-04"], "eur": [1e9, 2e9], "commitments": [1, 1]})
    figure = charts.timeline(gap, "eur")
    assert list(figure.data[0].x) == ["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"]
    assert list(figure.data[1].y) == [1e9, 1e9, 1e9, 3e9]  # the running total, on the bars' own axis
    assert "yaxis2" not in figure.to_plotly_json()["layout"]


def test_money_formatter():
    assert [money.eur(v) for v in (4e9, 3.5e8, 1.25e7, 12_345, 0, None)] == ["€4.0 bn", "€350 m", "€12.5 m", "€12,345", "€0", ""]
    # An amount in its own currency fits its cell: '4,000,000,000.00' was cut to '0,000,000' at table width.
    assert [display.amount(v) for v in (4e9, 3.5e8, 12_500, None)] == ["4.0 bn", "350 m", "12,500", ""]
    values, labels = money.eur_ticks(2e9)
    assert labels == ["€0", "€0.5 bn", "€1.0 bn", "€1.5 bn", "€2.0 bn"] and values[-1] == 2e9


def test_empty_states():
    empty = _donor_category().iloc[0:0]
    for figure in (charts.by_donor(empty), charts.by_category(empty, {}), charts.kiel_comparison(pd.DataFrame())):
        assert not figure.data and figure.layout.annotations
    months = pd.DataFrame(columns=["month", "eur", "commitments"])
    assert charts.timeline(months).layout.annotations
    assert set(STAGE_EUR) == {"proposed", "committed", "allocated", "delivered"}


def test_filter_chips_take_the_chart_colours_and_unsafe_labels_none():
    css = palette.chip_css({"Germany": "#112233", 'Evil"]{}<style>': "#445566"})
    assert '[aria-label="Germany"] {background-color: #112233' in css
    assert "445566" not in css and "<style>" not in css


def test_no_donor_colour_can_be_taken_for_a_category_colour():
    assert len(palette.DONOR_PALETTE) >= 10
    assert all(palette._distinct(colour) for colour in palette.DONOR_PALETTE)
    assert not set(palette.DONOR_PALETTE) & set(palette.CATEGORY_COLOURS.values())


def test_committed_and_delivered_per_donor():
    import datetime as dt

    from tracker import schema
    from tracker.summaries import filter_commitments, link_reannouncements, promised_and_delivered

    def row(document, status, day, quantity, eur=None):
        return {
            "id": f"{document}-{status}", "document_id": document, "donor": "NOR", "donor_name": "Nor<b>way</b>",
            "category": "artillery", "aid_type": "military", "amount_eur": eur, "quantity": quantity, "item": "M109",
            "status": status, "announced_on": day, "review": "unreviewed",
        }  # fmt: skip

    table = link_reannouncements(
        schema.to_frame([row("a", "committed", dt.date(2024, 1, 1), 10, 2e8), row("b", "delivered", dt.date(2024, 5, 1), 4)])
    )
    figure = charts.committed_and_delivered(promised_and_delivered(filter_commitments(table, counted_only=True)))
    committed, delivered = figure.data
    assert (committed.name, delivered.name) == ("Committed", "Delivered")
    assert list(committed.x) == [2e8] and list(delivered.x) == [pytest.approx(8e7)]
    assert list(committed.y) == ["Nor&lt;b&gt;way&lt;/b&gt;"]  # escaped
    assert list(delivered.customdata) == ["€80.0 m"]
    assert figure.layout.showlegend
    empty = charts.committed_and_delivered(promised_and_delivered(filter_commitments(table.iloc[0:0], counted_only=True)))
    assert empty.layout.annotations[0].text.startswith("No committed")


@pytest.mark.parametrize(
    ("longitude", "latitude", "place"),
    [(34.1, 44.95, "Crimea"), (33.52, 44.6, "Sevastopol"), (36.47, 45.36, "Kerch"), (30.52, 50.45, "Kyiv")],
)
def test_the_shipped_geometry_draws_crimea_inside_ukraine(longitude, latitude, place):
    from tracker import maps

    assert maps.country_at(longitude, latitude) == "UKR", place


def test_the_shipped_geometry_knows_the_donors_and_ships_its_licence():
    from importlib import resources

    from tracker import maps

    assert maps.country_at(37.6, 55.75) == "RUS" and maps.country_at(13.4, 52.5) == "DEU" and maps.country_at(0, 0) is None
    assert {"UKR", "DEU", "USA", "JPN", "NOR"} <= maps.country_codes()
    licence = resources.files("tracker").joinpath("data", "world_110m.LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "United Nations" in licence
    assert maps.topojson_url().startswith("data:application/json;base64,") and maps.topojson_url().endswith("#")


def test_the_map_draws_donor_countries_from_the_shipped_geometry_only():
    frame = pd.DataFrame(
        {
            "donor": ["DEU", "EU", "NOR", "FRA"], "donor_name": ["Germany", "European Union", "Nor<b>way</b>", "France"],
            **{column: [2e9, 5e9, 1e8, None] for column in STAGE_EUR.values()}, "pct_of_gdp": [0.8, None, 2.6, None],
        }
    )  # fmt: skip
    figure = charts.donor_map(frame, "eur", "europe")
    donors, recipient = figure.data
    assert list(donors.locations) == ["DEU", "NOR"]  # the EU institutions are no country; France gave no amount
    assert donors.locationmode == "ISO-3" and list(recipient.locations) == ["UKR"]
    assert list(donors.customdata) == ["€8.0 bn", "€400 m"] and list(donors.text) == ["Germany", "Nor&lt;b&gt;way&lt;/b&gt;"]
    assert figure.layout.geo.lonaxis.range == (-25, 50)
    share = charts.donor_map(frame, "pct_of_gdp")
    assert list(share.data[0].customdata) == ["0.800 %", "2.600 %"]
    assert charts.donor_map(frame.iloc[0:0], "eur").layout.annotations[0].text.startswith("No donor country")

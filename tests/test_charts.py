"""Charts are built from summary tables, escape announcement text and keep one colour per category."""

import json

import pandas as pd

from tracker import charts


def _donor_category():
    return pd.DataFrame(
        {
            "donor": ["DEU", "DEU", "FRA"],
            "donor_name": ["Germany", "Germany", "<b>France</b> $x$"],
            "category": ["air_defence", "ammunition", "air_defence"],
            "eur": [1e9, None, 2e8],
            "commitments": [1, 2, 1],
            "quantity": [1, 4000, 12],
        }
    )


def test_donor_chart_escapes_names_and_uses_the_category_colours():
    figure = charts.by_donor(_donor_category(), "commitments")
    spec = json.loads(figure.to_json())
    names = {x for trace in spec["data"] for x in trace["x"]}
    assert "&lt;b&gt;France&lt;/b&gt; &#36;x&#36;" in names and not any("<b>" in name for name in names)
    colours = {trace["name"]: trace["marker"]["color"] for trace in spec["data"]}
    assert colours["air_defence"] == charts.CATEGORY_COLOURS["air_defence"]


def test_eur_chart_leaves_out_rows_without_an_amount():
    figure = charts.by_category(_donor_category(), "eur")
    drawn = {y for trace in figure.data for y in trace.y}
    assert drawn == {"air_defence"}


def test_empty_states():
    empty = _donor_category().iloc[0:0]
    for figure in (charts.by_donor(empty), charts.by_category(empty), charts.kiel_comparison(pd.DataFrame())):
        assert not figure.data and figure.layout.annotations
    months = pd.DataFrame(columns=["month", "eur", "commitments"])
    assert charts.timeline(months, months).layout.annotations

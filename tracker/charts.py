"""Plotly figures from summary tables (pure functions: DataFrame in, Figure out).

Money reads as people write it ("€4.0 bn": ticks and hovers come from tracker.money, never plotly's SI suffixes),
categories and stages by their labels, colours from tracker.palette, and every label that may come from an
announcement is escaped, so that no text reaches a chart as HTML or LaTeX.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from tracker import display, maps, money
from tracker.palette import CATEGORY_COLOURS, PAIR_COLOURS
from tracker.schema import CATEGORIES, CATEGORY_LABELS
from tracker.summaries import STAGE_EUR

MEASURES = {"eur": "EUR", "commitments": "Commitments"}
BAR_HEIGHT = 30  # pixels per bar of a horizontal chart: the chart grows with the donors and categories it holds
MIN_HEIGHT, BASE_HEIGHT = 260, 170
FEW_COUNTS = 10  # up to this many commitments, one tick per commitment
LEGEND_MARGIN, LEGEND_ROW = 40, 22  # pixels below the plot for the tick labels, and per row of legend
MONTHS_SHOWN = 6  # slots on the month axis at least, so that a single month draws one bar, not a band


def safe_label(value: object) -> str:
    """Text for a chart: HTML-escaped, and '$' spelled as an entity so that plotly never reads LaTeX."""
    return html.escape(str(value)).replace("$", "&#36;")


def _empty(message: str) -> go.Figure:
    return go.Figure(
        layout={
            "annotations": [{"text": message, "showarrow": False, "font": {"size": 16}}],
            "xaxis": {"visible": False},
            "yaxis": {"visible": False},
            "height": MIN_HEIGHT,
            "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        }
    )


def _formatted(measure: str, values: list[float]) -> list[str]:
    """Hover text of each value: money as '€4.0 bn', counts as whole numbers."""
    if measure == "eur":
        return [money.eur(v) for v in values]
    return [f"{int(v):,} commitment{'s' if int(v) != 1 else ''}" for v in values]


def _value_axis(measure: str, largest: float) -> dict[str, object]:
    """The value axis: money ticks in one notation from tracker.money; counts as whole numbers."""
    if measure == "eur":
        values, labels = money.eur_ticks(largest)
        # a little past the last tick, so that its label is drawn whole
        return {"tickmode": "array", "tickvals": values, "ticktext": labels, "range": [0, values[-1] * 1.04], "automargin": True}
    return {"tickformat": ",d", "rangemode": "tozero", "automargin": True, **({"dtick": 1} if largest <= FEW_COUNTS else {})}


def _figure(
    traces: list[dict[str, object]], layout: dict[str, object], title: str, legend_title: str | None, height: int, legend_rows: int = 1
) -> go.Figure:
    """One figure from plain trace and layout dicts, validated once; the legend always shown (colour means something),
    at the foot of the figure, below the tick labels."""
    common = {
        "title": {"text": title, "font": {"size": 15}},
        "showlegend": True,
        "legend": {"orientation": "h", "yref": "container", "yanchor": "bottom", "y": 0, "x": 0, "title": {"text": legend_title}},
        "margin": {"l": 10, "r": 10, "t": 40, "b": LEGEND_MARGIN + LEGEND_ROW * legend_rows},
        "height": height + LEGEND_ROW * legend_rows,
    }
    return go.Figure(data=traces, layout={**common, **layout})


def _measured(totals: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The donor x category rows with something to draw: EUR of every stage in the table, or the number of commitments."""
    if measure == "eur":
        totals = totals.assign(eur=totals[list(STAGE_EUR.values())].sum(axis=1, min_count=1))
    data = totals.dropna(subset=[measure])
    return data[data[measure] > 0]


def _height(bars: int) -> int:
    return max(MIN_HEIGHT, BASE_HEIGHT + BAR_HEIGHT * bars)


def _bars(
    data: pd.DataFrame, *, axis: str, stack: str, measure: str, names: Mapping[str, str], colours: Mapping[str, str], title: str
) -> go.Figure:
    """Horizontal bars (readable at phone width), one per `axis` value, largest first, split into a trace per `stack` value."""
    table = data.groupby([axis, stack], observed=True)[measure].sum().unstack()
    order = table.sum(axis=1).sort_values(ascending=False).index.tolist()
    stacks = table.sum(axis=0).sort_values(ascending=False).index.tolist() if stack == "donor" else [c for c in CATEGORIES if c in table]
    table = table.reindex(index=order, columns=stacks)
    axis_names = [safe_label(names.get(code, code)) for code in order]
    traces = []
    for code in stacks:
        values = table[code].to_numpy(dtype="float64", na_value=np.nan)
        shown = np.flatnonzero(~np.isnan(values))
        amounts = values[shown].tolist()
        name = safe_label(names.get(code, code))
        traces.append(
            {
                "type": "bar", "orientation": "h", "name": name, "x": amounts, "y": [axis_names[i] for i in shown],
                "marker": {"color": colours.get(code, "#888888")}, "customdata": _formatted(measure, amounts),
                "hovertemplate": f"%{{y}}<br>{name}: %{{customdata}}<extra></extra>",
            }
        )  # fmt: skip
    largest = float(np.nansum(table.to_numpy(dtype="float64", na_value=np.nan), axis=1).max())
    layout = {
        "barmode": "stack",
        "xaxis": _value_axis(measure, largest),
        "yaxis": {"title": None, "categoryorder": "array", "categoryarray": axis_names, "autorange": "reversed", "automargin": True},
    }
    legend_title = "Category" if stack == "category" else "Donor"
    return _figure(traces, layout, title, legend_title, _height(len(order)), legend_rows=1 + len(stacks) // 3)


def by_donor(totals: pd.DataFrame, measure: str = "eur") -> go.Figure:
    """Bars per donor (by name, largest first), stacked by category; `measure` is 'eur' or 'commitments'."""
    data = _measured(totals, measure)
    if data.empty:
        return _empty("No commitments match the filters")
    names = {**dict(zip(data["donor"], data["donor_name"], strict=True)), **CATEGORY_LABELS}
    title = f"{MEASURES[measure]} by donor"
    return _bars(data, axis="donor", stack="category", measure=measure, names=names, colours=CATEGORY_COLOURS, title=title)


def by_category(totals: pd.DataFrame, donor_colours: Mapping[str, str], measure: str = "eur") -> go.Figure:
    """Bars per category, stacked by donor (largest donor first), each donor in its own colour."""
    data = _measured(totals, measure)
    if data.empty:
        return _empty("No commitments match the filters")
    names = {**dict(zip(data["donor"], data["donor_name"], strict=True)), **CATEGORY_LABELS}
    title = f"{MEASURES[measure]} by category"
    return _bars(data, axis="category", stack="donor", measure=measure, names=names, colours=donor_colours, title=title)


def month_labels(months: pd.Series) -> list[str]:
    """'2024-04' as 'Apr 2024'."""
    return pd.to_datetime(months, format="%Y-%m").dt.strftime("%b %Y").tolist()


def _every_month(months: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Every month from the first to the last (a month without commitments is a zero, not a gap the axis closes)."""
    span = pd.period_range(months["month"].min(), months["month"].max(), freq="M").strftime("%Y-%m")
    return months.set_index("month")[[measure]].reindex(span, fill_value=0).fillna(0).rename_axis("month").reset_index()


def timeline(months: pd.DataFrame, measure: str = "eur") -> go.Figure:
    """Monthly bars and the running total as a line, on one axis; months are months (category labels), however few."""
    if months.empty:
        return _empty("No dated commitments match the filters")
    full = _every_month(months, measure)
    labels = month_labels(full["month"])
    per_month = full[measure].astype("float64").tolist()
    running = full[measure].astype("float64").cumsum().tolist()
    traces = [
        {"type": "bar", "x": labels, "y": per_month, "name": "Per month", "marker": {"color": "#4C78A8"},
         "customdata": _formatted(measure, per_month), "hovertemplate": "%{x}: %{customdata}<extra>Per month</extra>"},
        {"type": "scatter", "x": labels, "y": running, "name": "Running total", "mode": "lines+markers", "line": {"color": "#F58518"},
         "customdata": _formatted(measure, running), "hovertemplate": "%{x}: %{customdata}<extra>Running total</extra>"},
    ]  # fmt: skip
    # However few months there are, the axis holds at least MONTHS_SHOWN slots: one month is one bar, not the plot.
    margin = max(MONTHS_SHOWN - len(labels), 0) / 2
    layout = {
        "xaxis": {"type": "category", "title": None, "range": [-0.5 - margin, len(labels) - 0.5 + margin]},
        "yaxis": _value_axis(measure, max(running)),
    }
    return _figure(traces, layout, f"{MEASURES[measure]} by month, and running total", None, 380)  # short enough for a phone


def _paired_bars(frame: pd.DataFrame, series: list[tuple[str, str]], title: str) -> go.Figure:
    """Two EUR bars per donor side by side (horizontal, largest first as the frame is ordered), one trace per series."""
    names = frame["donor_name"].map(safe_label).tolist()
    traces = []
    for (column, name), colour in zip(series, PAIR_COLOURS, strict=True):
        values = frame[column].astype("float64").fillna(0.0).tolist()
        traces.append(
            {"type": "bar", "orientation": "h", "name": name, "x": values, "y": names, "marker": {"color": colour},
             "customdata": _formatted("eur", values), "hovertemplate": f"%{{y}}<br>{name}: %{{customdata}}<extra></extra>"}
        )  # fmt: skip
    largest = float(np.nanmax(frame[[column for column, _ in series]].to_numpy(dtype="float64", na_value=np.nan)))
    layout = {
        "barmode": "group",
        "xaxis": _value_axis("eur", largest if largest > 0 else 1.0),
        "yaxis": {"title": None, "autorange": "reversed", "automargin": True},
    }
    return _figure(traces, layout, title, None, _height(2 * len(names)))


def kiel_comparison(comparison: pd.DataFrame) -> go.Figure:
    """Each donor's allocations in the Kiel release beside what announcements added after its cut-off."""
    if comparison.empty:
        return _empty("No Kiel release loaded")
    return _paired_bars(
        comparison, [("kiel_eur", "Kiel release"), ("new_eur", "New since the release")], "Kiel release and announcements since"
    )


def committed_and_delivered(promised: pd.DataFrame) -> go.Figure:
    """Per donor: EUR committed (every firm pledge, delivered since or not) beside EUR delivered of it."""
    shown = promised[(promised["eur_committed_total"].fillna(0) > 0) | (promised["eur_delivered"].fillna(0) > 0)]
    if shown.empty:
        return _empty("No committed or delivered EUR match the filters")
    return _paired_bars(shown, [("eur_committed_total", "Committed"), ("eur_delivered", "Delivered")], "Committed and delivered, by donor")


def share_of_gdp(ranked: pd.DataFrame) -> go.Figure:
    """Donors ranked by allocations as a share of their 2021 GDP; with EU shares, the share with them beside it."""
    shown = ranked.dropna(subset=["pct_of_gdp"])
    if shown.empty:
        return _empty("No donor with a known GDP matches the filters")
    names = shown["donor_name"].map(safe_label).tolist()
    series = [("pct_of_gdp", "Bilateral allocations")]
    if "pct_of_gdp_with_eu_share" in shown and shown["pct_of_gdp_with_eu_share"].notna().any():
        series.append(("pct_of_gdp_with_eu_share", "With the EU share (cumulative)"))
    traces = []
    for (column, name), colour in zip(series, PAIR_COLOURS, strict=False):
        values = shown[column].astype("float64").fillna(0.0).tolist()
        traces.append(
            {"type": "bar", "orientation": "h", "name": name, "x": values, "y": names, "marker": {"color": colour},
             "customdata": [display.percent(v) for v in values], "hovertemplate": f"%{{y}}<br>{name}: %{{customdata}}<extra></extra>"}
        )  # fmt: skip
    layout = {
        "barmode": "group",
        "xaxis": {"ticksuffix": " %", "rangemode": "tozero", "automargin": True, "title": {"text": "share of 2021 GDP"}},
        "yaxis": {"title": None, "autorange": "reversed", "automargin": True},
    }
    return _figure(traces, layout, "Allocations as a share of GDP", None, _height(len(series) * len(names)))


MAP_COLOURS = "Blues"  # a sequential scale: more aid, a darker country
RECIPIENT = "UKR"
RECIPIENT_COLOUR = "#FFD500"  # Ukraine, the recipient, in the yellow of its flag
MAP_HEIGHT = 480
MAP_MEASURES = {"eur": "EUR (the stages the filters keep)", "pct_of_gdp": "Allocations as a share of GDP"}
MAP_REGIONS = {"world": "World", "europe": "Europe"}
REGION_BOUNDS = {"world": {"lataxis": {"range": [-58, 84]}}, "europe": {"lonaxis": {"range": [-25, 50]}, "lataxis": {"range": [34, 71]}}}


def donor_map(by_donor: pd.DataFrame, measure: str = "eur", region: str = "world") -> go.Figure:
    """A world map of EUR (every stage the table holds) or share of GDP by donor country, Ukraine marked as the
    recipient. Draws from the shipped geometry only: pass config={"topojsonURL": tracker.maps.topojson_url()}."""
    if measure == "eur":
        values = by_donor[list(STAGE_EUR.values())].sum(axis=1, min_count=1)
    else:
        values = by_donor[measure] if measure in by_donor else pd.Series(np.nan, index=by_donor.index)
    shown = by_donor.assign(value=values.astype("float64")).dropna(subset=["value"])
    shown = shown[(shown["value"] > 0) & shown["donor"].isin(maps.country_codes())]  # EU institutions, NATO: no country
    if shown.empty:
        return _empty("No donor country with a value matches the filters")
    labels = [money.eur(v) if measure == "eur" else display.percent(v) for v in shown["value"]]
    traces = [
        {
            "type": "choropleth", "locationmode": "ISO-3", "locations": shown["donor"].tolist(), "z": shown["value"].tolist(),
            "colorscale": MAP_COLOURS, "marker": {"line": {"color": "#666666", "width": 0.4}},
            "text": shown["donor_name"].map(safe_label).tolist(), "customdata": labels, "name": MAP_MEASURES[measure],
            "hovertemplate": "%{text}: %{customdata}<extra></extra>",
            "colorbar": {"title": {"text": "EUR" if measure == "eur" else "% of GDP"}, "thickness": 12, "len": 0.7,
                         **({"tickvals": [], "ticktext": []} if measure == "eur" else {"ticksuffix": " %"})},
        },
        {
            "type": "choropleth", "locationmode": "ISO-3", "locations": [RECIPIENT], "z": [1], "showscale": False,
            "colorscale": [[0, RECIPIENT_COLOUR], [1, RECIPIENT_COLOUR]], "marker": {"line": {"color": "#333333", "width": 0.8}},
            "name": "Ukraine (recipient)", "hovertemplate": "Ukraine (recipient)<extra></extra>",
        },
    ]  # fmt: skip
    if measure == "eur":  # the colour bar in one money notation
        ticks, tick_labels = money.eur_ticks(float(shown["value"].max()))
        traces[0]["colorbar"].update({"tickvals": ticks, "ticktext": tick_labels})
        traces[0]["zmin"], traces[0]["zmax"] = 0, ticks[-1]
    layout = {
        "geo": {
            "projection": {"type": "natural earth"}, "showcountries": True, "countrycolor": "#999999", "showland": True,
            "landcolor": "#EEEEEE", "showocean": True, "oceancolor": "#F7FBFF", "showframe": False, "resolution": 110,
            **REGION_BOUNDS[region],
        },
        "height": MAP_HEIGHT, "margin": {"l": 0, "r": 0, "t": 40, "b": 0}, "showlegend": False,
        "title": {"text": f"Donors on the map: {MAP_MEASURES[measure]}", "font": {"size": 15}},
    }  # fmt: skip
    return go.Figure(data=traces, layout=layout)

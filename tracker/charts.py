"""Plotly figures from summary tables (pure functions: DataFrame in, Figure out).

Every label that may come from an announcement is escaped, so that no text reaches a chart as HTML or LaTeX.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from tracker.schema import CATEGORIES

# One colour per category, the same in every chart.
CATEGORY_COLOURS = dict(zip(CATEGORIES, qualitative.Dark24[: len(CATEGORIES)], strict=True))
MEASURES = {"eur": "EUR", "commitments": "Commitments"}


def safe_label(value: object) -> str:
    """Text for a chart: HTML-escaped, and '$' spelled as an entity so that plotly never reads LaTeX."""
    return html.escape(str(value)).replace("$", "&#36;")


def _empty(message: str) -> go.Figure:
    return go.Figure(
        layout={
            "annotations": [{"text": message, "showarrow": False, "font": {"size": 16}}],
            "xaxis": {"visible": False},
            "yaxis": {"visible": False},
            "height": 260,
            "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        }
    )


def _value_axis(measure: str, largest: float) -> dict[str, object]:
    """EUR as 4B / 250M; counts as whole numbers (one tick per unit when there are few)."""
    if measure == "eur":
        return {"tickformat": "~s"}
    return {"tickformat": ",d", "rangemode": "tozero", **({"dtick": 1} if largest <= 10 else {})}


def _figure(traces: list[dict[str, object]], layout: dict[str, object], title: str, legend_title: str | None = None) -> go.Figure:
    """One figure from plain trace and layout dicts, validated once (update_* calls each validate again)."""
    common = {
        "title": {"text": title, "font": {"size": 15}},
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.25, "title": {"text": legend_title}},
        "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
        "height": 420,
    }
    return go.Figure(data=traces, layout={**common, **layout})


def _plottable(donor_category: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The donor x category rows with something to draw, donor names escaped."""
    data = donor_category.dropna(subset=[measure])
    data = data[data[measure] > 0]
    return data.assign(donor_name=data["donor_name"].map(safe_label))


def _stacked_bars(data: pd.DataFrame, *, axis: str, stack: str, measure: str, axis_order: list, stack_order: list, title: str) -> go.Figure:
    """One bar per `axis` value, split into one trace per `stack` value (graph objects: a tenth of plotly.express's cost)."""
    table = data.groupby([axis, stack], observed=True)[measure].sum().unstack().reindex(axis_order)
    horizontal = axis == "category"
    labels, columns = table.index.tolist(), {name: j for j, name in enumerate(table.columns)}
    matrix = table.to_numpy(dtype="float64", na_value=np.nan)  # plain arrays: a trace per donor costs microseconds, not pandas calls
    traces = []
    for name in (s for s in stack_order if s in columns):
        values = matrix[:, columns[name]]
        shown = np.flatnonzero(~np.isnan(values))
        positions, amounts = [labels[i] for i in shown], values[shown].tolist()
        trace = {
            "type": "bar",
            "name": name,
            "x": amounts if horizontal else positions,
            "y": positions if horizontal else amounts,
            "orientation": "h" if horizontal else "v",
            "hovertemplate": f"%{{{'y' if horizontal else 'x'}}}<br>{name}: %{{{'x' if horizontal else 'y'}:,.0f}}<extra></extra>",
        }
        if name in CATEGORY_COLOURS:
            trace["marker"] = {"color": CATEGORY_COLOURS[name]}
        traces.append(trace)
    largest = float(np.nansum(matrix, axis=1).max())
    labelled = {"title": MEASURES[measure], **_value_axis(measure, largest)}
    category_axis = {"title": None, "categoryorder": "array", "categoryarray": axis_order}
    layout = {
        "barmode": "stack",
        "xaxis": labelled if horizontal else category_axis,
        "yaxis": {**category_axis, "autorange": "reversed"} if horizontal else labelled,
    }
    return _figure(traces, layout, title, legend_title="Category" if stack == "category" else "Donor")


def by_donor(donor_category: pd.DataFrame, measure: str = "eur") -> go.Figure:
    """Bars per donor (by name, largest first), stacked by category; `measure` is 'eur' or 'commitments'."""
    data = _plottable(donor_category, measure)
    if data.empty:
        return _empty("No commitments match the filters")
    order = data.groupby("donor_name")[measure].sum().sort_values(ascending=False).index.tolist()
    title = f"{MEASURES[measure]} by donor"
    return _stacked_bars(
        data, axis="donor_name", stack="category", measure=measure, axis_order=order, stack_order=list(CATEGORIES), title=title
    )


def by_category(donor_category: pd.DataFrame, measure: str = "eur") -> go.Figure:
    """Bars per category, stacked by donor (largest donor first)."""
    data = _plottable(donor_category, measure)
    if data.empty:
        return _empty("No commitments match the filters")
    donors = data.groupby("donor_name")[measure].sum().sort_values(ascending=False).index.tolist()
    order = [c for c in CATEGORIES if c in set(data["category"])]
    title = f"{MEASURES[measure]} by category"
    return _stacked_bars(data, axis="category", stack="donor_name", measure=measure, axis_order=order, stack_order=donors, title=title)


def timeline(months: pd.DataFrame, cumulative: pd.DataFrame, measure: str = "eur") -> go.Figure:
    """Monthly bars and the running total as a line."""
    if months.empty:
        return _empty("No dated commitments match the filters")
    hover = "%{x}: %{y:,.0f}<extra></extra>"
    traces = [
        {"type": "bar", "x": months["month"].tolist(), "y": months[measure].tolist(), "name": "per month", "hovertemplate": hover},
        {
            "type": "scatter", "x": cumulative["month"].tolist(), "y": cumulative[measure].tolist(), "name": "running total",
            "mode": "lines+markers", "yaxis": "y2", "hovertemplate": hover,
        },
    ]  # fmt: skip
    layout = {
        "yaxis": {"title": MEASURES[measure], **_value_axis(measure, months[measure].max())},
        "yaxis2": {
            "overlaying": "y",
            "side": "right",
            "showgrid": False,
            "rangemode": "tozero",
            **_value_axis(measure, cumulative[measure].max()),
        },
    }
    return _figure(traces, layout, f"{MEASURES[measure]} per month of announcement")


def kiel_comparison(comparison: pd.DataFrame) -> go.Figure:
    """Each donor's allocations in the Kiel release beside what announcements added after its cut-off."""
    if comparison.empty:
        return _empty("No Kiel release loaded")
    names = comparison["donor_name"].map(safe_label).tolist()
    traces = [
        {"type": "bar", "name": label, "x": names, "y": comparison[column].tolist(), "hovertemplate": "%{x}: %{y:,.0f}<extra></extra>"}
        for column, label in (("kiel_eur", "Kiel release"), ("new_eur", "new since the release"))
    ]
    return _figure(traces, {"barmode": "group", "yaxis": {"title": "EUR", "tickformat": "~s"}}, "Kiel release and announcements since")

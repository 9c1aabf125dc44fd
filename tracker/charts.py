"""Plotly figures from summary tables (pure functions: DataFrame in, Figure out).

Every label that may come from an announcement is escaped, so that no text reaches a chart as HTML or LaTeX.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from tracker.schema import CATEGORIES

# One colour per category, the same in every chart.
CATEGORY_COLOURS = dict(zip(CATEGORIES, px.colors.qualitative.Dark24[: len(CATEGORIES)], strict=True))
MEASURES = {"eur": "EUR", "commitments": "Commitments"}


def safe_label(value: object) -> str:
    """Text for a chart: HTML-escaped, and '$' spelled as an entity so that plotly never reads LaTeX."""
    return html.escape(str(value)).replace("$", "&#36;")


def _empty(message: str) -> go.Figure:
    figure = go.Figure()
    figure.add_annotation(text=message, showarrow=False, font={"size": 16})
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    figure.update_layout(height=260, margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return figure


def _value_axis(measure: str, largest: float) -> dict[str, object]:
    """EUR as 4B / 250M; counts as whole numbers (one tick per unit when there are few)."""
    if measure == "eur":
        return {"tickformat": "~s"}
    return {"tickformat": ",d", "rangemode": "tozero", **({"dtick": 1} if largest <= 10 else {})}


def _layout(figure: go.Figure, title: str) -> go.Figure:
    figure.update_layout(
        title={"text": title, "font": {"size": 15}},
        legend={"orientation": "h", "yanchor": "top", "y": -0.25, "title": None},
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        height=420,
    )
    return figure


def _plottable(donor_category: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The donor x category rows with something to draw, donor names escaped."""
    data = donor_category.dropna(subset=[measure])
    data = data[data[measure] > 0]
    return data.assign(donor_name=data["donor_name"].map(safe_label))


def by_donor(donor_category: pd.DataFrame, measure: str = "eur") -> go.Figure:
    """Bars per donor (by name), stacked by category; `measure` is 'eur' or 'commitments'."""
    data = _plottable(donor_category, measure)
    if data.empty:
        return _empty("No commitments match the filters")
    order = data.groupby("donor_name")[measure].sum().sort_values(ascending=False).index.tolist()
    figure = px.bar(
        data,
        x="donor_name",
        y=measure,
        color="category",
        color_discrete_map=CATEGORY_COLOURS,
        category_orders={"donor_name": order, "category": list(CATEGORIES)},
        labels={"donor_name": "Donor", measure: MEASURES[measure], "category": "Category"},
        hover_data={measure: ":,.0f"},
    )
    figure.update_yaxes(**_value_axis(measure, data.groupby("donor_name")[measure].sum().max()))
    figure.update_xaxes(title=None)
    return _layout(figure, f"{MEASURES[measure]} by donor")


def by_category(donor_category: pd.DataFrame, measure: str = "eur") -> go.Figure:
    """Bars per category, stacked by donor."""
    data = _plottable(donor_category, measure)
    if data.empty:
        return _empty("No commitments match the filters")
    figure = px.bar(
        data,
        x=measure,
        y="category",
        color="donor_name",
        orientation="h",
        category_orders={"category": [c for c in CATEGORIES if c in set(data["category"])]},
        labels={"donor_name": "Donor", measure: MEASURES[measure], "category": "Category"},
        hover_data={measure: ":,.0f"},
    )
    figure.update_xaxes(**_value_axis(measure, data.groupby("category")[measure].sum().max()))
    figure.update_yaxes(title=None)
    return _layout(figure, f"{MEASURES[measure]} by category")


def timeline(months: pd.DataFrame, cumulative: pd.DataFrame, measure: str = "eur") -> go.Figure:
    """Monthly bars and the running total as a line."""
    if months.empty:
        return _empty("No dated commitments match the filters")
    figure = go.Figure()
    figure.add_bar(x=months["month"], y=months[measure], name="per month", hovertemplate="%{x}: %{y:,.0f}<extra></extra>")
    figure.add_scatter(
        x=cumulative["month"], y=cumulative[measure], name="running total", mode="lines+markers", yaxis="y2",
        hovertemplate="%{x}: %{y:,.0f}<extra></extra>",
    )  # fmt: skip
    figure.update_layout(
        yaxis={"title": MEASURES[measure], **_value_axis(measure, months[measure].max())},
        yaxis2={
            "overlaying": "y",
            "side": "right",
            "showgrid": False,
            "rangemode": "tozero",
            **_value_axis(measure, cumulative[measure].max()),
        },
    )
    return _layout(figure, f"{MEASURES[measure]} per month of announcement")


def kiel_comparison(comparison: pd.DataFrame) -> go.Figure:
    """Each donor's allocations in the Kiel release beside what announcements added after its cut-off."""
    if comparison.empty:
        return _empty("No Kiel release loaded")
    data = comparison.assign(donor_name=comparison["donor_name"].map(safe_label)).melt(
        id_vars="donor_name", value_vars=["kiel_eur", "new_eur"], var_name="figure", value_name="eur"
    )
    data["figure"] = data["figure"].map({"kiel_eur": "Kiel release", "new_eur": "new since the release"})
    figure = px.bar(data, x="donor_name", y="eur", color="figure", barmode="group", labels={"donor_name": "Donor", "eur": "EUR"})
    return _layout(figure, "Kiel release and announcements since")

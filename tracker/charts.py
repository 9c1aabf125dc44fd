"""Plotly figures from the commitments table (pure functions: DataFrame in, Figure out)."""

from __future__ import annotations

import html

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go


def commitments_by_donor(table: pd.DataFrame) -> go.Figure:
    """How many commitments each donor made, stacked by category, donors by name."""
    counts = (
        table.assign(donor_name=table["donor_name"].astype(str).map(html.escape), category=table["category"].astype(str))
        .groupby(["donor_name", "category"], observed=True)
        .size()
        .reset_index(name="commitments")
    )
    figure = px.bar(counts, x="donor_name", y="commitments", color="category", labels={"donor_name": "Donor"})
    figure.update_layout(legend_title_text="Category", margin={"l": 10, "r": 10, "t": 30, "b": 10})
    return figure

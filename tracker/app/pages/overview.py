"""Overview: headline figures, charts by donor and category, the timeline, Kiel comparison, downloads."""

from __future__ import annotations

import streamlit as st

from tracker import charts
from tracker.app import common
from tracker.summaries import GROUPINGS, SUMMARY_COLUMNS, by_date, headline, kiel_comparison, monthly, running_totals, to_csv_bytes, totals

view = common.filtered(SUMMARY_COLUMNS, counted_only=True)  # every figure here counts each pledge once
st.title("Aid to Ukraine: commitments")
figures = headline(view)
columns = st.columns(4)
columns[0].metric("EUR committed", common.eur(figures["eur_committed"]))
columns[1].metric("EUR delivered", common.eur(figures["eur_delivered"]))
columns[2].metric("Donors", f"{figures['donors']:,}")
columns[3].metric("Commitments", f"{figures['commitments']:,}")
st.caption(
    f"Proposed: {common.eur(figures['eur_proposed'])} · allocated (Kiel): {common.eur(figures['eur_allocated'])} · "
    "each pledge counted once, rejected rows left out."
)
if view.empty:
    st.info("No commitments match the filters. Clear some filters in the sidebar.")
    st.stop()

priced = view["amount_eur"].notna().mean()  # EUR charts say little when few rows have an amount
measure = st.segmented_control(
    "Measure", list(charts.MEASURES), format_func=charts.MEASURES.get, default="eur" if priced >= 0.5 else "commitments",
    key="measure", required=True,
)  # fmt: skip
donor_category = totals(view, "donor,category")
left, right = st.columns(2)
left.plotly_chart(charts.by_donor(donor_category, measure), width="stretch", key="chart_donor")
right.plotly_chart(charts.by_category(donor_category, measure), width="stretch", key="chart_category")
months = monthly(view)
st.plotly_chart(charts.timeline(months, running_totals(months), measure), width="stretch", key="chart_timeline")

comparison = kiel_comparison(view)
if not comparison.empty:
    st.subheader("The latest Kiel release, and what was announced since")
    st.plotly_chart(charts.kiel_comparison(comparison), width="stretch", key="chart_kiel")

st.subheader("Downloads")
excel = st.checkbox("For Excel (UTF-8 with byte-order mark)", key="excel")
downloads = st.columns(4)
downloads[0].download_button(
    "Filtered rows (CSV)", data=lambda: to_csv_bytes(by_date(common.filtered()).drop(columns=["row_key"]), excel=excel),
    file_name="commitments.csv", mime="text/csv", on_click="ignore", key="download_rows",
)  # fmt: skip
for column, by in zip(downloads[1:], GROUPINGS, strict=True):
    column.download_button(
        f"By {by.replace(',', ' × ')} (CSV)", data=lambda by=by: to_csv_bytes(totals(view, by), excel=excel),
        file_name=f"by-{by.replace(',', '-')}.csv", mime="text/csv", on_click="ignore", key=f"download_{by}",
    )  # fmt: skip

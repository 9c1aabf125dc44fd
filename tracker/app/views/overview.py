"""Overview: headline figures, who pledged what, charts by donor and category, the timeline, Kiel comparison, downloads."""

from __future__ import annotations

import datetime as dt
import functools

import streamlit as st

from tracker import charts, display, exports, filters, maps, money
from tracker.app import common
from tracker.summaries import (
    GROUPINGS,
    PROMISE_COLUMNS,
    SUMMARY_COLUMNS,
    by_date,
    donor_totals,
    eu_institutions_allocated,
    export_rows,
    group_totals,
    headline,
    kiel_comparison,
    monthly,
    pledge_list,
    promised_and_delivered,
    to_csv_bytes,
    totals,
)

PLEDGE_COLUMNS = ("donor_name", "category", "item", "quantity", "amount_eur", "status", "delivered", "announced_on")
PLEDGES_SHOWN = 200  # the newest pledges listed on the overview (all are on the Commitments page)
GDP_COLUMNS = ("donor_name", "eur_allocated", "gdp_eur", "pct_of_gdp")
EU_SHARE_COLUMNS = ("eu_share_eur", "pct_of_gdp_with_eu_share")
GROUP_COLUMNS = ("group_name", "eur_proposed", "eur_committed", "eur_allocated", "eur_delivered", "commitments", "donors")
NO_GDP = (
    "Share of GDP needs each donor's 2021 GDP, which comes with the Kiel Institute's Ukraine Support Tracker release "
    "(data_explorer.csv, column gdp). Download the release from the Kiel Institute and load it with "
    "`aid-tracker import-kiel data_explorer.csv weapons.csv release_info.csv eu_aid_shares.csv`."
)

view = common.filtered(SUMMARY_COLUMNS, counted_only=True)  # every figure here counts each pledge once
st.title("Aid to Ukraine: commitments")
figures = headline(view)
columns = st.columns(4)
columns[0].metric("EUR committed", money.eur(figures["eur_committed"]))
columns[1].metric("EUR delivered", money.eur(figures["eur_delivered"]))
columns[2].metric("Donors", f"{figures['donors']:,}")
columns[3].metric("Commitments", f"{figures['commitments']:,}")
st.caption(
    f"Proposed: {money.eur(figures['eur_proposed'])} · allocated (Kiel): {money.eur(figures['eur_allocated'])} · "
    "each pledge counted once, rejected rows left out."
)
if common.nothing_to_show(view):
    st.stop()

st.subheader("Who pledged what")
moved = common.deliveries()  # linked over the whole store, like every total; then the pledges the filters keep
moved = moved[moved["id"].isin(common.filtered(("id",))["id"])]
pledges = pledge_list(by_date(common.filtered(counted_only=True), newest_first=True, limit=PLEDGES_SHOWN), moved)
st.container(key="pledges").dataframe(display.for_people(pledges, PLEDGE_COLUMNS), hide_index=True)
st.caption(
    "Each row is one pledge as announced: the item, how many, its value in EUR where the text gives one, its stage, and "
    "how much of it later reports say arrived. "
    "Military (unspecified) holds aid the text does not tie to an item."
    + (f" The {PLEDGES_SHOWN} most recent are listed; all are on the Commitments page." if len(pledges) == PLEDGES_SHOWN else "")
)

priced = view["amount_eur"].notna().mean()  # EUR charts say little when few rows have an amount
default = "eur" if priced >= 0.5 else "commitments"
if common.MEASURE_KEY not in st.session_state:
    st.session_state[common.MEASURE_KEY] = common.measure(default)
measure = st.segmented_control(
    "Measure", list(common.MEASURES), format_func=common.MEASURES.get, key=common.MEASURE_KEY, required=True
)  # fmt: skip
common.remember_measure(measure)
if measure == "eur":
    st.caption("EUR charts add the stages the Stage filter keeps; the headline and the CSV files keep each stage apart.")
donor_category = totals(view, "donor,category")
left, right = st.columns(2)
left.plotly_chart(charts.by_donor(donor_category, measure), width="stretch", key="chart_donor")
right.plotly_chart(charts.by_category(donor_category, common.donor_colours(), measure), width="stretch", key="chart_category")
st.plotly_chart(charts.timeline(monthly(view), measure), width="stretch", key="chart_timeline")

st.subheader("Promised and delivered")
promised = promised_and_delivered(view)
st.container(key="promised").dataframe(display.for_people(promised, ["donor_name", *PROMISE_COLUMNS]), hide_index=True)
st.caption(
    "Committed counts every firm pledge once, delivered since or not; delivered is what later reports say arrived of it "
    "(a report of delivery moves its pledge, it adds none); not yet delivered is the gap. Counts are pledges by the "
    "stage they stand at now."
)
if (promised["eur_delivered"].fillna(0) > 0).any():
    st.plotly_chart(charts.committed_and_delivered(promised), width="stretch", key="chart_delivered")
else:  # the chart would only repeat the committed bars above
    st.caption("No report of a delivery with a value matches the filters: the chart of committed against delivered shows once one does.")
if not moved.empty:
    st.markdown("**Pledges a later report delivered** (both reports: the pledge's source, and the report that moved it)")
    st.container(key="deliveries").dataframe(
        display.for_people(
            moved,
            ["donor_name", "category", "item", "quantity", "amount_eur", "announced_on", "source", "delivered", "delivered_eur",
             "delivered_on", "delivery_source"],
        ),
        hide_index=True,
    )  # fmt: skip

st.subheader("By donor group")
by_group = group_totals(view)
st.container(key="groups").dataframe(display.for_people(by_group, GROUP_COLUMNS), hide_index=True)
st.caption(
    "A row counts in a group when its donor was a member on the day it was announced (Finland in NATO from 4 April 2023, "
    "the United Kingdom in the EU until 31 January 2020). A country in two groups counts in both: groups are not added up."
)

st.subheader("Share of GDP")
kiel_figures = common.kiel_donors()
eu_allocated = None
if common.eu_shares():
    cuts = filters.cumulative_cuts(common.current_filters())
    if cuts:
        st.warning(
            "EU shares are cumulative totals (all the EU's aid up to the Kiel release's cut-off); they are not shown while "
            f"these filters cut the totals: {', '.join(cuts)}."
        )
    elif not (kiel_figures["eu_share_eur"] > 0).any():  # none stated, or all zero
        st.info("The Kiel release in the store has no EU shares: import it with its eu_aid_shares.csv.")
    else:
        eu_allocated = eu_institutions_allocated(common.table())  # all of the EU institutions' aid, whatever the donor filter
by_donor = donor_totals(view, kiel_figures, eu_allocated=eu_allocated)
gdp = dict(zip(kiel_figures["donor"], kiel_figures["gdp_eur"], strict=True))
ranked = by_donor.iloc[0:0]
if "pct_of_gdp" in by_donor:  # the store holds a Kiel release's GDP
    ranked = by_donor.dropna(subset=["pct_of_gdp"]).sort_values("pct_of_gdp", ascending=False, kind="stable")
    ranked = ranked.assign(gdp_eur=ranked["donor"].map(gdp))
if kiel_figures["gdp_eur"].notna().sum() == 0:
    st.info(NO_GDP)
elif ranked.empty:
    st.info("No donor the filters keep has a 2021 GDP in the Kiel release.")
else:
    st.plotly_chart(charts.share_of_gdp(ranked), width="stretch", key="chart_gdp")
    shown = [*GDP_COLUMNS, *(EU_SHARE_COLUMNS if eu_allocated is not None else ())]
    st.container(key="gdp").dataframe(display.for_people(ranked, shown), hide_index=True)
    st.caption(
        "EUR allocated (the Kiel release's allocations) over the donor's 2021 GDP, as the Kiel Institute computes it."
        + (
            " With the EU switch, each EU member's part of the EU institutions' allocations (by its share in the Kiel "
            "release) stands in a column of its own, beside its bilateral aid, never added into it."
            if eu_allocated is not None
            else ""
        )
    )

st.subheader("Map")
# Off by default: the map carries its geometry (about 380 kB) into the page on every run that draws it.
if st.toggle("Show the map", key="map_shown"):
    map_options = ["eur", *(["pct_of_gdp"] if "pct_of_gdp" in by_donor else [])]
    left, right = st.columns(2)
    map_measure = left.radio("Map of", map_options, format_func=charts.MAP_MEASURES.get, horizontal=True, key="map_measure")
    region = right.radio("Region", list(charts.MAP_REGIONS), format_func=charts.MAP_REGIONS.get, horizontal=True, key="map_region")
    st.plotly_chart(
        charts.donor_map(by_donor, map_measure or "eur", region or "world"), width="stretch", key="chart_map",
        config={"topojsonURL": maps.topojson_url()},  # the shipped geometry, never plotly's CDN
    )  # fmt: skip
    st.caption(
        "Borders from United Nations geodata as plotly.js ships them, drawn from a file inside aid-tracker (nothing is fetched "
        "from the internet): Crimea is part of Ukraine. The EU institutions and NATO are not countries and are not on the map."
    )

comparison = kiel_comparison(view)
if not comparison.empty:
    st.subheader("The latest Kiel release, and what was announced since")
    st.plotly_chart(charts.kiel_comparison(comparison), width="stretch", key="chart_kiel")

st.subheader("Downloads")
st.caption("The files hold what this page shows: the filtered rows, and the totals by stage in EUR (codes, not labels).")
excel = st.checkbox("For Excel (UTF-8 with byte-order mark)", key="excel")
downloads = [*st.columns(4), *st.columns(4)]  # two rows: the labels fit a button
# Built in this run, which knows the filters (a download callback runs outside it and would see none).
downloads[0].download_button(
    "Filtered rows (CSV)", data=to_csv_bytes(export_rows(common.filtered()), excel=excel),
    file_name="commitments.csv", mime="text/csv", on_click="ignore", key="download_rows",
)  # fmt: skip
summaries = {by: by_donor if by == "donor" else totals(view, by) for by in GROUPINGS}  # by donor: with GDP, EU shares
for column, by in zip(downloads[1:], GROUPINGS, strict=False):
    column.download_button(
        f"By {by.replace(',', ' × ')} (CSV)", data=to_csv_bytes(summaries[by], excel=excel),
        file_name=f"by-{by.replace(',', '-')}.csv", mime="text/csv", on_click="ignore", key=f"download_{by.replace(',', '_')}",
    )  # fmt: skip
downloads[4].download_button(
    "By donor group (CSV)", data=to_csv_bytes(by_group, excel=excel), file_name="by-group.csv", mime="text/csv",
    on_click="ignore", key="download_group",
)  # fmt: skip
downloads[5].download_button(
    "Promised and delivered (CSV)", data=to_csv_bytes(promised, excel=excel), file_name="promised-delivered.csv",
    mime="text/csv", on_click="ignore", key="download_promised",
)  # fmt: skip

downloads[6].download_button(
    "Pledges delivered (CSV)", data=to_csv_bytes(moved, excel=excel), file_name="pledges-delivered.csv", mime="text/csv",
    on_click="ignore", key="download_delivered",
)  # fmt: skip
rows = export_rows(common.filtered())
workbook = {
    "Rows": rows, **{f"By {by.replace(',', ' x ')}": summaries[by] for by in GROUPINGS}, "By group": by_group,
    "Promised and delivered": promised, "Pledges delivered": moved,
}  # fmt: skip
about = exports.about_lines(
    filters.describe(common.current_filters(), common.donors()), common.store().kiel_label(), eu_shares=eu_allocated is not None,
    written=dt.datetime.now(dt.UTC),
)  # fmt: skip
too_large = len(rows) >= exports.MAX_ROWS
st.download_button(
    "Everything above (XLSX)", data=functools.partial(exports.to_xlsx_bytes, workbook, about), file_name="aid-tracker.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore", key="download_xlsx",
    disabled=too_large,
)  # fmt: skip
st.caption(
    f"{len(rows):,} rows: more than one Excel sheet holds; the CSV files hold them all."
    if too_large
    else "The workbook: a first sheet naming the filters, the Kiel release and the date; then the rows and each summary "
    "above, numbers as numbers, text as text."
)

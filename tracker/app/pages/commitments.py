"""Commitments: the filtered table, the evidence of the selected row, and its review (accept, edit, reject)."""

from __future__ import annotations

import streamlit as st

from tracker import schema
from tracker.app import common
from tracker.store import StoreError
from tracker.summaries import by_date

SHOWN = ["donor_name", "category", "item", "quantity", "amount", "currency", "amount_eur", "status", "announced_on", "source", "review"]

ROW_LIMIT = 5_000  # a browser table of a million rows would take minutes to send and to draw

matching = common.filtered()
view = by_date(matching, newest_first=True, limit=ROW_LIMIT).reset_index(drop=True)
st.title("Commitments")
shown = (
    f"the {ROW_LIMIT:,} most recent are shown; narrow the filters, or download all from the Overview" if len(matching) > ROW_LIMIT else ""
)
st.caption(f"{len(matching):,} rows match the filters{'; ' + shown if shown else ''}. Select a row to read its evidence and review it.")
if view.empty:
    st.info("No commitments match the filters.")
    st.stop()

selection = st.dataframe(
    view[SHOWN],
    hide_index=True,
    on_select="rerun",
    selection_mode="single-row",
    key="table",
    column_config={
        "donor_name": "Donor",
        "amount": st.column_config.NumberColumn("Amount", format="%,.0f"),
        "amount_eur": st.column_config.NumberColumn("EUR", format="%,.0f"),
        "announced_on": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
    },
)
rows = selection.selection.rows if selection else []
if not rows:
    st.stop()
row = view.iloc[rows[0]]
st.subheader("Evidence")
st.text(str(row["evidence"]))  # st.text renders nothing as Markdown, HTML or LaTeX
st.caption(f"Source: {common.plain(row['source'])} · duplicate of: {common.plain(row['duplicate_of'])}")

st.subheader("Review")
key = str(row["row_key"])
accept, reject = st.columns(2)
try:
    if accept.button("Accept", key="accept", type="primary"):
        common.store().review(key, "accepted", seen_revision=common.seen_revision())
        st.rerun()
    if reject.button("Reject", key="reject"):
        common.store().review(key, "rejected", seen_revision=common.seen_revision())
        st.rerun()
    with st.form("edit"):
        st.write("Correct the row (saved as an edit; the parser's values stay in the store).")
        category = st.selectbox("Category", schema.CATEGORIES, index=schema.CATEGORIES.index(row["category"]))
        status = st.selectbox("Stage", schema.STATUSES, index=schema.STATUSES.index(row["status"]))
        item = st.text_input("Item", value="" if row.isna()["item"] else str(row["item"]))
        quantity = st.number_input("Quantity", min_value=0, value=None if row.isna()["quantity"] else int(row["quantity"]), step=1)
        amount = st.number_input("Amount", min_value=0.0, value=None if row.isna()["amount"] else float(row["amount"]), format="%.2f")
        currency = st.text_input("Currency (ISO 4217)", value="" if row.isna()["currency"] else str(row["currency"]), max_chars=3)
        if st.form_submit_button("Save edit"):
            changes = {"category": category, "status": status, "item": item or None, "quantity": quantity, "amount": amount}
            if currency:
                changes["currency"] = currency
            common.store().review(key, "edited", changes, seen_revision=common.seen_revision())
            st.rerun()
except StoreError as error:
    st.error(common.plain(error))

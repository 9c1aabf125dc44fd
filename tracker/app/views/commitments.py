"""Commitments: the filtered table, the evidence of the selected row, and its review (accept, edit, reject, restore)."""

from __future__ import annotations

import pandas as pd
import pycountry
import streamlit as st

from tracker import display, money, schema
from tracker.app import common
from tracker.extract.vocabulary import english_name
from tracker.store import StoreError
from tracker.summaries import by_date

SHOWN = ["donor_name", "category", "item", "quantity", "amount", "currency", "amount_eur", "status", "announced_on", "source", "review"]
ROW_LIMIT = 5_000  # a browser table of a million rows would take minutes to send and to draw
REVIEWING, SAVED, PICKED = "_reviewing", "_review_saved", "_picked"
DONORS = {code: english_name(code) for code in [*(country.alpha_3 for country in pycountry.countries), *schema.COLLECTIVE_DONORS]}


def _with_reviewed_row(matching: pd.DataFrame, everything: pd.DataFrame, key: str | None) -> pd.DataFrame:
    """The rows shown, and the row just reviewed even if the review (or an edit) took it out of the filters: it stays
    where it was, so that the selection stays on it and a second click never reviews the next row."""
    if key is None or (matching["row_key"] == key).any():
        return matching
    reviewed = everything[(everything["row_key"] == key).to_numpy(dtype=bool, na_value=False)]
    return pd.concat([matching, reviewed]).sort_index(kind="stable")


st.title("Commitments")
everything = common.filtered(include_rejected=True)
states = st.pills(
    "Review", list(schema.REVIEW_STATES), format_func=schema.label, selection_mode="multi", key="review_states",
    help="Show rows by review; rejected rows are left out of every total and can be restored here.",
)  # fmt: skip
matching = everything if not states else everything[everything["review"].isin(states).to_numpy(dtype=bool, na_value=False)]
matching = _with_reviewed_row(matching, everything, st.session_state.get(REVIEWING))
view = by_date(matching, newest_first=True, limit=ROW_LIMIT).reset_index(drop=True)
shown = (
    f"the {ROW_LIMIT:,} most recent are shown; narrow the filters, or download all from the Overview" if len(matching) > ROW_LIMIT else ""
)
st.caption(f"{len(matching):,} rows match the filters{'; ' + shown if shown else ''}. Select a row to read its evidence and review it.")
if common.nothing_to_show(view):
    st.stop()

selection = st.dataframe(
    display.for_people(view, SHOWN), hide_index=True, on_select="rerun", selection_mode="single-row", key="table"
)  # fmt: skip
rows = selection.selection.rows if selection else []
if not rows or rows[0] >= len(view):
    st.session_state.pop(REVIEWING, None)
    st.stop()
row = view.iloc[rows[0]]
key = str(row["row_key"])
st.session_state[REVIEWING] = key
saved = st.session_state.get(SAVED)
if saved and saved[0] == key:  # the confirmation stays until another row is reviewed or selected
    st.success(saved[1])
else:
    st.session_state.pop(SAVED, None)

st.subheader("Evidence")
st.text(str(row["evidence"]))  # st.text renders nothing as Markdown, HTML or LaTeX
st.caption(
    f"Source: {common.plain(display.text(row['source']))} · duplicate of: {common.plain(display.text(row['duplicate_of'])) or 'none'}"
)

st.subheader("Review")
what = " · ".join(part for part in (display.text(row["donor_name"]), schema.label(row["category"]), display.text(row["item"])) if part)
st.write(f"{common.plain(what)}: **{schema.label(row['review'])}**")


def _save(state: str, changes: dict[str, object] | None = None) -> None:
    common.store().review(key, state, changes, seen_revision=common.seen_revision())
    st.session_state[SAVED] = (key, f"Saved: {schema.label(state).lower()} — {common.plain(what)}.")
    st.rerun()


accept, reject, restore = st.columns(3)
try:
    if accept.button("Accept", key="accept", type="primary", disabled=row["review"] == "accepted"):
        _save("accepted")
    if reject.button("Reject", key="reject", disabled=row["review"] == "rejected"):
        _save("rejected")
    if restore.button("Restore (to review)", key="restore", disabled=row["review"] == "unreviewed"):
        _save("unreviewed")
    with st.form("edit"):
        st.write("Correct the row (saved as an edit; the parser's values stay in the store).")
        donor_codes = sorted(DONORS, key=DONORS.get)
        donor = st.selectbox(
            "Donor", donor_codes, index=donor_codes.index(row["donor"]) if row["donor"] in DONORS else None,
            format_func=lambda code: f"{DONORS[code]} ({code})", key="edit_donor",
        )  # fmt: skip
        category = st.selectbox("Category", schema.CATEGORIES, index=schema.CATEGORIES.index(row["category"]), format_func=schema.label)
        status = st.selectbox("Stage", schema.STATUSES, index=schema.STATUSES.index(row["status"]), format_func=schema.label)
        item = st.text_input("Item", value=display.text(row["item"]))
        quantity = st.number_input("Count", min_value=0, value=None if pd.isna(row["quantity"]) else int(row["quantity"]), step=1)
        amount = st.number_input("Amount", min_value=0.0, value=None if pd.isna(row["amount"]) else float(row["amount"]), format="%.2f")
        currency = st.text_input("Currency (ISO 4217)", value=display.text(row["currency"]), max_chars=3)
        if not pd.isna(row["amount"]):
            st.caption(
                f"Now: {display.amount(row['amount'])} {common.plain(display.text(row['currency']))} = "
                f"{money.eur(row['amount_eur']) or 'no EUR rate'}"
            )
        if st.form_submit_button("Save edit"):
            changes = {"category": category, "status": status, "item": item or None, "quantity": quantity, "amount": amount}
            if donor and donor != row["donor"]:
                changes["donor"] = donor
            if currency:
                changes["currency"] = currency
            _save("edited", changes)
except StoreError as error:
    st.error(common.plain(error))

"""Commitments: the filtered table, the evidence of the selected row, and its review (accept, edit, reject, restore)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pycountry
import streamlit as st

from tracker import display, money, schema
from tracker.app import common
from tracker.extract.vocabulary import english_name
from tracker.store import StoreError, row_fingerprint
from tracker.summaries import by_date

SHOWN = ["donor_name", "category", "item", "quantity", "amount", "currency", "amount_eur", "status", "announced_on", "source", "review"]
ROW_LIMIT = 5_000  # a browser table of a million rows would take minutes to send and to draw
REVIEWING, SAVED, PICKED, FAILED = "_reviewing", "_review_saved", "_picked", "_review_failed"
EDIT = "_edit_"  # prefix of the edit form's widget keys
DONORS = {code: english_name(code) for code in [*(country.alpha_3 for country in pycountry.countries), *schema.COLLECTIVE_DONORS]}


def _with_reviewed_row(matching: pd.DataFrame, everything: pd.DataFrame, key: str | None) -> pd.DataFrame:
    """The rows shown, and the row just reviewed even if the review (or an edit) took it out of the filters: it stays
    where it was, so that the selection stays on it and a second click never reviews the next row."""
    if key is None or (matching["row_key"] == key).any():
        return matching
    reviewed = everything[(everything["row_key"] == key).to_numpy(dtype=bool, na_value=False)]
    return pd.concat([matching, reviewed]).sort_index(kind="stable")


def _picked_position(view: pd.DataFrame, rows: tuple[int, ...]) -> int:
    """Where the selected row is now: the grid keeps a position, so when the same selection now sits on another row
    (an ingest put newer rows above it), the row the reviewer picked is followed by its key."""
    picked = st.session_state.get(PICKED)
    if picked and tuple(picked[0]) == rows and view.iat[rows[0], view.columns.get_loc("row_key")] != picked[1]:
        found = np.flatnonzero((view["row_key"] == picked[1]).to_numpy(dtype=bool, na_value=False))
        if len(found):
            return int(found[0])
    return rows[0]


def _save(key: str, shown: str, what: str, version: int, state: str, changes: dict[str, object] | None = None) -> None:
    """Review the row the reviewer saw (its key, fingerprint and review version bound when the page was drawn), or say
    why not: a reviewer on another server who saved first moved the row's version on, and this one is refused."""
    try:
        common.store().review(key, state, changes, shown=shown, seen_version=version)
    except StoreError as error:
        st.session_state[FAILED] = (key, str(error))
        st.session_state.pop(SAVED, None)
        return
    st.session_state[SAVED] = (key, f"Saved: {schema.label(state).lower()} — {common.plain(what)}.")


def _edit_key(shown: str, field: str) -> str:
    """The edit form's widgets are keyed by the row as shown: a review, a re-parse or another row starts a fresh form."""
    return f"{EDIT}{shown}-{field}"


def _save_edit(key: str, shown: str, what: str, version: int, donor_before: str) -> None:
    """The edit form's values, saved as an edit of the row it was drawn for."""
    value = {
        field: st.session_state.get(_edit_key(shown, field)) for field in ("donor", "category", "status", "item", "quantity", "amount")
    }
    changes = {field: value[field] for field in ("category", "status", "quantity", "amount")} | {"item": value["item"] or None}
    if value["donor"] and value["donor"] != donor_before:
        changes["donor"] = value["donor"]
    currency = st.session_state.get(_edit_key(shown, "currency"))
    if currency:
        changes["currency"] = currency
    _save(key, shown, what, version, "edited", changes)


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
rows = tuple(selection.selection.rows) if selection else ()
if not rows or rows[0] >= len(view):
    st.session_state.pop(REVIEWING, None)
    st.session_state.pop(PICKED, None)
    st.stop()
position = _picked_position(view, rows)
row = view.iloc[position]
key = str(row["row_key"])
shown = row_fingerprint(row)  # what the reviewer sees now: a review made on it is refused once the stored row differs
st.session_state[REVIEWING] = key
st.session_state[PICKED] = (rows, key)
if position != rows[0]:
    st.info(f"New rows came in since you selected this row; it is now row {position + 1:,} of the table. It stays selected below.")
failed = st.session_state.pop(FAILED, None)
if failed and failed[0] == key:
    st.error(common.plain(failed[1]))
saved = st.session_state.get(SAVED)
if saved and saved[0] == key:  # the confirmation stays until another row is reviewed or selected
    st.success(saved[1])
else:
    st.session_state.pop(SAVED, None)

st.subheader("Evidence")
st.text(str(row["evidence"]))  # st.text renders nothing as Markdown, HTML or LaTeX
st.caption(
    f"Source: {common.plain(display.text(row['source']))} · duplicate of: {common.plain(display.text(row['duplicate_of'])) or 'none'}"
    f" · delivers pledge: {common.plain(display.text(row.get('delivers'))) or 'none'}"
)

st.subheader("Review")
what = " · ".join(part for part in (display.text(row["donor_name"]), schema.label(row["category"]), display.text(row["item"])) if part)
st.write(f"{common.plain(what)}: **{schema.label(row['review'])}**")
# The buttons carry the key and the fingerprint of the row drawn here (callbacks, bound now): a click reviews this row
# or nothing, whatever an ingest or another reviewer moved under the selection before the click arrived.
bound = (key, shown, what, common.store().review_version(key))
accept, reject, restore = st.columns(3)
accept.button("Accept", key="accept", type="primary", disabled=row["review"] == "accepted", on_click=_save, args=(*bound, "accepted"))
reject.button("Reject", key="reject", disabled=row["review"] == "rejected", on_click=_save, args=(*bound, "rejected"))
restore.button("Restore (to review)", key="restore", disabled=row["review"] == "unreviewed", on_click=_save, args=(*bound, "unreviewed"))
with st.form(f"edit-{shown}"):  # a form per row as shown: its fields start from that row's values
    st.write("Correct the row (saved as an edit; the parser's values stay in the store).")
    donor_codes = sorted(DONORS, key=DONORS.get)
    st.selectbox(
        "Donor", donor_codes, index=donor_codes.index(row["donor"]) if row["donor"] in DONORS else None,
        format_func=lambda code: f"{DONORS[code]} ({code})", key=_edit_key(shown, "donor"),
    )  # fmt: skip
    st.selectbox(
        "Category",
        schema.CATEGORIES,
        index=schema.CATEGORIES.index(row["category"]),
        format_func=schema.label,
        key=_edit_key(shown, "category"),
    )
    st.selectbox(
        "Stage", schema.STATUSES, index=schema.STATUSES.index(row["status"]), format_func=schema.label, key=_edit_key(shown, "status")
    )
    st.text_input("Item", value=display.text(row["item"]), key=_edit_key(shown, "item"))
    st.number_input(
        "Count", min_value=0, value=None if pd.isna(row["quantity"]) else int(row["quantity"]), step=1,
        key=_edit_key(shown, "quantity"),
    )  # fmt: skip
    st.number_input(
        "Amount", min_value=0.0, value=None if pd.isna(row["amount"]) else float(row["amount"]), format="%.2f",
        key=_edit_key(shown, "amount"),
    )  # fmt: skip
    st.text_input("Currency (ISO 4217)", value=display.text(row["currency"]), max_chars=3, key=_edit_key(shown, "currency"))
    if not pd.isna(row["amount"]):
        st.caption(
            f"Now: {display.amount(row['amount'])} {common.plain(display.text(row['currency']))} = "
            f"{money.eur(row['amount_eur']) or 'no EUR rate'}"
        )
    st.form_submit_button("Save edit", on_click=_save_edit, args=(*bound, row["donor"]))

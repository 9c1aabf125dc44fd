"""Add an announcement: paste or upload, preview and correct the parsed rows, then save them."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from tracker import parse_text, schema
from tracker.app import common
from tracker.documents import DEFAULT_MAX_BYTES, DocumentError, read_document
from tracker.store import StoreError, row_key

EDITABLE = ["donor", "category", "item", "quantity", "amount", "currency", "status"]

st.title("Add an announcement")
pasted = st.text_area("Paste the announcement's text", height=200, key="pasted")
uploaded = st.file_uploader(
    "…or upload a file", type=["txt", "md", "html", "htm", "pdf"], key="upload", max_upload_size=DEFAULT_MAX_BYTES // (1024 * 1024)
)
source = st.text_input("Source (URL or title)", key="source_name")

document = None
try:
    if uploaded is not None:
        document = read_document(uploaded.getvalue(), name=uploaded.name)
    elif pasted.strip():
        document = read_document(pasted, name="pasted text")
except DocumentError as error:
    st.error(common.plain(error))
if document is None:
    st.stop()

frame = parse_text(document.text, published=document.published, source=source or document.source, lang=document.lang)
if frame.empty:
    st.info("No commitment to Ukraine found in this text.")
    st.stop()
st.caption(f"{len(frame)} commitments found. Correct them below if needed; nothing is saved until you confirm.")
edited = st.data_editor(
    frame[[*EDITABLE, "evidence"]],
    key=f"preview-{frame['document_id'].iloc[0]}",
    hide_index=True,
    disabled=["evidence"],
    column_config={
        **{column: schema.COLUMN_LABELS.get(column, column) for column in [*EDITABLE, "evidence"]},
        "donor": st.column_config.TextColumn("Donor (ISO code)"),
        "category": st.column_config.SelectboxColumn("Category", options=list(schema.CATEGORIES), format_func=schema.label, required=True),
        "status": st.column_config.SelectboxColumn("Stage", options=list(schema.STATUSES), format_func=schema.label, required=True),
        "amount": st.column_config.NumberColumn("Amount", format="localized"),
    },
)
if st.button(f"Save {len(frame)} commitments to the store", type="primary", key="save"):
    try:
        result = common.store().ingest(replace(document, source=source) if source else document)
        for index, original in frame.iterrows():
            changes = {
                column: None if pd.isna(edited.at[index, column]) else edited.at[index, column]
                for column in EDITABLE
                if str(edited.at[index, column]) != str(original[column])
            }
            if changes:
                key = row_key(original["document_id"], original["donor"], original["category"], original["status"])
                common.store().review(key, "edited", changes)
    except (StoreError, ValueError) as error:
        st.error(common.plain(error))
        st.stop()
    if result.new:
        st.success(f"Saved: {result.rows} commitments added.")
    else:
        st.info("This announcement is already in the store; nothing was added.")

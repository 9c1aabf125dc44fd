"""Add an announcement: paste, upload or give its link, preview and correct the parsed rows, then save them."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import pandas as pd
import streamlit as st

from tracker import parse_text, schema
from tracker.app import common
from tracker.documents import DEFAULT_MAX_BYTES, Document, DocumentError, read_document
from tracker.fetch import ALLOW_PRIVATE_ENV, Fetcher, FetchError, document_from
from tracker.store import StoreError, row_key

EDITABLE = ["donor", "category", "item", "quantity", "amount", "currency", "status"]
CACHED = 8  # texts whose reading and parse are kept (per server): the few a person goes back and forth between
FETCHED_FOR = 600  # seconds a fetched page is reused by reruns before it is fetched again

st.title("Add an announcement")
pasted = st.text_area("Paste the announcement's text", height=200, key="pasted")
uploaded = st.file_uploader(
    "…or upload a file", type=["txt", "md", "html", "htm", "pdf"], key="upload", max_upload_size=DEFAULT_MAX_BYTES // (1024 * 1024)
)
link = st.text_input("…or the address of its page (HTML, PDF or plain text)", key="link", placeholder="https://")
source = st.text_input("Source (URL or title)", key="source_name")


@st.cache_data(max_entries=CACHED, show_spinner=False)
def _read(data: bytes | str, name: str) -> Document:
    """The document in an upload or a pasted text, read once per content (reruns reuse it)."""
    return read_document(data, name=name)


@st.cache_data(max_entries=CACHED, ttl=FETCHED_FOR, show_spinner="Fetching the page…")
def _fetched(url: str) -> Document:
    """The page at a link, fetched politely and safely (tracker.fetch) and read like an upload; its source is the URL.
    Private and loopback addresses are refused unless the server was started with AID_TRACKER_ALLOW_PRIVATE_ADDRESSES=1."""
    with Fetcher(allow_private=os.environ.get(ALLOW_PRIVATE_ENV) == "1") as client:
        return document_from(client.page(url))


@st.cache_data(max_entries=CACHED, show_spinner="Reading the announcement…")
def _parsed(text: str, published: dt.date | None, source: str | None, lang: str | None) -> pd.DataFrame:
    """The preview's rows, parsed once per text and source: typing elsewhere on the page or a click reuses them."""
    return parse_text(text, published=published, source=source, lang=lang)


def _edits(frame: pd.DataFrame, edited: pd.DataFrame) -> dict[str, dict[str, object]]:
    """Row key to the fields the preview changed (only those), as Store.ingest_edited takes them."""
    edits = {}
    for index, original in frame.iterrows():
        changes = {
            column: None if pd.isna(edited.at[index, column]) else edited.at[index, column]
            for column in EDITABLE
            if str(edited.at[index, column]) != str(original[column])
        }
        if changes:
            edits[row_key(original["document_id"], original["donor"], original["category"], original["status"])] = changes
    return edits


document = None
try:
    if uploaded is not None:
        document = _read(uploaded.getvalue(), uploaded.name)
    elif link.strip():
        document = _fetched(link.strip())
    elif pasted.strip():
        document = _read(pasted, "pasted text")
except (DocumentError, FetchError) as error:
    st.error(common.plain(error))
if document is None:
    st.stop()
for warning in document.warnings:  # a guessed encoding, a replaced stray byte: said, as the command line says it
    st.warning(common.plain(warning))
if uploaded is None and link.strip():  # what was read from the page, as it will be stored
    published = document.published.isoformat() if document.published else "no date stated (read from the text)"
    st.caption(f"Page: {common.plain(document.title or 'no title')} · {common.plain(published)} · {common.plain(document.source)}")
if source:
    document = replace(document, source=source)

try:
    frame = _parsed(document.text, document.published, document.source, document.lang)
except ValueError as error:  # a date or language the parser refuses: this text's failure, named
    st.error(f"This text cannot be parsed: {common.plain(error)}")
    st.stop()
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
    try:  # every edit is checked before anything is written; the document, its rows and the edits go in together
        result = common.store().ingest_edited(document, _edits(frame, edited))
    except StoreError as error:
        st.error(f"Nothing was saved: {common.plain(error)}")
        st.stop()
    if result.new:
        st.success(f"Saved: {result.rows} commitments added.")
    else:
        st.info("This announcement is already in the store; nothing was added.")

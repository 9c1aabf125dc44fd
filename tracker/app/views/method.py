"""Method: what is counted, categories, stages, FX, the Kiel release, caveats (the feeds followed are on Sources)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from tracker import display
from tracker.app import common

data = common.table()
st.title("Method")
st.markdown((Path(__file__).resolve().parent.parent / "method.md").read_text(encoding="utf-8"))  # our own text, not an announcement's

st.subheader("Sources in the store")
kiel_label = common.store().kiel_label()
if kiel_label:
    st.write(f"Kiel Institute release: {common.plain(kiel_label)}")  # the label comes from the imported files
else:
    st.write("No Kiel Institute release is loaded (aid-tracker import-kiel).")
documents = common.store().documents()
st.dataframe(display.for_people(documents, ["source", "title", "published", "lang", "added_at"]), hide_index=True)

st.subheader("Exchange rates used")
rates = data.dropna(subset=["fx_rate"]).astype({"currency": object})
rates = rates[rates["currency"] != "EUR"][["currency", "fx_date", "fx_rate"]].drop_duplicates().sort_values(["currency", "fx_date"])
if rates.empty:
    st.write("Every amount in the store is in euros.")
else:
    st.dataframe(display.for_people(rates, ["currency", "fx_date", "fx_rate"]), hide_index=True)

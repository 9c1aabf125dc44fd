"""The dashboard page (layout and widgets only; the work is done in tracker)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tracker.bundled import bundled_commitments
from tracker.charts import commitments_by_donor

st.set_page_config(page_title="aid-tracker", layout="wide")
st.title("Aid to Ukraine: commitments")


@st.cache_data(show_spinner="Reading the bundled announcements…")
def _load() -> pd.DataFrame:
    return bundled_commitments()


table = _load()
st.caption(f"{len(table)} commitments parsed from the announcements bundled in data/.")
if table.empty:
    st.info("No commitments found in the bundled announcements.")
else:
    st.plotly_chart(commitments_by_donor(table), width="stretch")
    shown = [
        "donor_name",
        "category",
        "item",
        "quantity",
        "amount",
        "currency",
        "amount_eur",
        "status",
        "announced_on",
        "source",
        "evidence",
    ]
    st.dataframe(table[shown], hide_index=True, width="stretch")

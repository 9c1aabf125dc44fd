"""The dashboard: pages, sidebar filters and data loading (layout and widgets only; the work is done in tracker)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from tracker.app import common, safety

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="aid-tracker", page_icon="🇺🇦", layout="wide")
safety.refuse_unknown_host()  # first: a page under a name this dashboard does not serve reads nothing
common.synthetic_warning()
common.table()  # read (or reuse) the table first, so that a broken store stops here with its message
common.sidebar_filters()
navigation = st.navigation(
    [
        st.Page(HERE / "views" / "overview.py", title="Overview", default=True),
        st.Page(HERE / "views" / "commitments.py", title="Commitments"),
        st.Page(HERE / "views" / "add.py", title="Add announcement"),
        st.Page(HERE / "views" / "sources.py", title="Sources"),
        st.Page(HERE / "views" / "method.py", title="Method"),
    ]
)
navigation.run()

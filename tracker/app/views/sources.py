"""Sources: the feeds `aid-tracker watch` follows, when each was last read, its last error and the documents it brought,
and what each watch run did."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tracker.app import common

RUNS_SHOWN = 20  # the latest watch runs listed
NO_FEED = (
    "No feed has been read yet. `aid-tracker watch --once` reads the official feeds shipped with aid-tracker "
    "(`--feeds FILE` names your own); the README's section Following feeds shows how to run it unattended."
)


def _when(value: object) -> str:
    """A stored UTC time as a person reads it; blank when there is none."""
    return "" if pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d %H:%M} UTC"


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


st.title("Sources")
st.caption("The feeds that `aid-tracker watch` follows. Times are UTC; a feed that failed waits before it is asked again.")
store = common.store()
feeds = store.feeds()
if feeds.empty:
    st.info(NO_FEED)
else:
    # Every cell is text (feed names, addresses and errors come from outside): a dataframe shows it as plain text.
    st.container(key="feeds").dataframe(
        pd.DataFrame(
            {
                "Feed": feeds["name"].map(_text),
                "Documents": feeds["documents"].map(lambda count: f"{int(count):,}"),
                "Last success": feeds["last_success"].map(_when),
                "Last error": feeds["last_error"].map(_text),
                "Error at": feeds["last_error_at"].map(_when),
                "Asked again after": [
                    _when(at) if failures else "" for at, failures in zip(feeds["retry_after"], feeds["failures"], strict=True)
                ],
                "Address": feeds["url"].map(_text),
            }
        ),
        hide_index=True,
    )

st.subheader("Watch runs")
runs = store.watch_runs(RUNS_SHOWN)
if runs.empty:
    st.write("No watch run yet.")
else:
    st.container(key="runs").dataframe(
        pd.DataFrame(
            {
                "Started": runs["started_at"].map(_when),
                "Feeds read": runs["feeds_read"].astype(str),
                "Feeds failed": runs["feeds_failed"].astype(str),
                "Feeds waiting": runs["feeds_waiting"].astype(str),
                "New entries": runs["entries_new"].astype(str),
                "Skipped entries": runs["entries_skipped"].astype(str),
                "Pages fetched": runs["fetched"].astype(str),
                "Pages failed": runs["failed"].astype(str),
                "Commitments added": runs["commitments_added"].astype(str),
                "Failures": runs["failures"].map(_text),
            }
        ),
        hide_index=True,
    )

"""What every page shares: the store, the cached table, the sidebar filters (bound to the URL), safe text."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import streamlit as st

from tracker import schema
from tracker.bundled import ingest_bundled
from tracker.store import Store, StoreError, default_path
from tracker.summaries import donor_names, filter_commitments

FILTER_KEYS = ("donor", "category", "aid_type", "status", "source", "from", "to")
SOURCE_KINDS = {"announcement": "Announcements", "kiel": "Kiel Institute"}
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|$<>~:=&])")


def plain(text: object) -> str:
    """Announcement text made inert for st.markdown/st.error: no links, images, LaTeX, HTML or colours."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", str(text))


def store() -> Store:
    """The store this server uses (AID_TRACKER_DB or the user's data folder); filled from data/ when empty."""
    return _open_store(str(default_path()))


def synthetic_warning() -> None:
    """Say so on every page when the store holds benchmark rows, so that nobody reads them as real pledges."""
    if _is_synthetic(str(store().path)):
        st.warning("This store holds SYNTHETIC benchmark data written by benchmarks/synthetic.py, not real announcements.")


@st.cache_resource
def _is_synthetic(path: str) -> bool:
    return _open_store(path).is_synthetic()


@st.cache_resource
def _open_store(path: str) -> Store:
    opened = Store(path)
    if opened.document_count() == 0:
        ingest_bundled(opened)
    return opened


# cache_resource, not cache_data: every session shares the one frame instead of unpickling a copy on each rerun
# (a million rows take a second to copy). Nothing may modify these frames; the summaries are pure functions.
@st.cache_resource(max_entries=2, show_spinner="Loading commitments…")
def _table(path: str, revision: int) -> pd.DataFrame:
    """The whole table, read once per store revision: a rerun that changed nothing reads nothing."""
    return _open_store(path).commitments()


@st.cache_resource(max_entries=2, show_spinner=False)
def _donor_names(path: str, revision: int) -> dict[str, str]:
    names = donor_names(_table(path, revision))
    return dict(sorted(names.items(), key=lambda item: item[1]))


def note_revision() -> None:
    """Remember, per session, the store revision this run shows and the one the previous run showed.

    A review is saved against the previous one (what the reviewer was looking at when they clicked), so that
    someone else's review of the same row in between is a conflict, not silently overwritten.
    """
    current = store().revision()
    st.session_state["seen_revision"] = st.session_state.get("shown_revision", current)
    st.session_state["shown_revision"] = current


def seen_revision() -> int | None:
    """The store revision the reviewer was looking at (see note_revision)."""
    return st.session_state.get("seen_revision")


def table() -> pd.DataFrame:
    """Every stored commitment (cached on the store's revision)."""
    current = store()
    try:
        return _table(str(current.path), current.revision())
    except StoreError as error:
        st.error(plain(error))
        st.stop()


def sidebar_filters() -> None:
    """The filters every page follows; their values live in the URL so that a link restores the view."""
    current = store()
    names = _donor_names(str(current.path), current.revision())
    with st.sidebar:
        st.header("Filters")
        st.multiselect(
            "Donor", list(names), format_func=lambda code: names.get(code, code), key="donor", bind="query-params",
            placeholder="All donors",
        )  # fmt: skip
        st.multiselect("Category", list(schema.CATEGORIES), key="category", bind="query-params", placeholder="All categories")
        st.multiselect("Aid type", list(schema.AID_TYPES), key="aid_type", bind="query-params", placeholder="All aid types")
        st.multiselect("Stage", list(schema.STATUSES), key="status", bind="query-params", placeholder="All stages")
        st.multiselect(
            "Source", list(SOURCE_KINDS), format_func=SOURCE_KINDS.get, key="source", bind="query-params", placeholder="All sources"
        )
        st.date_input("From", value=None, key="from", bind="query-params", format="YYYY-MM-DD")
        st.date_input("To", value=None, key="to", bind="query-params", format="YYYY-MM-DD")


def _chosen(key: str) -> list[str] | None:
    value = st.session_state.get(key)
    return list(value) if value else None


def _date(key: str) -> dt.date | None:
    value = st.session_state.get(key)
    return value if isinstance(value, dt.date) else None


def filtered(columns: tuple[str, ...] | None = None, *, counted_only: bool = False) -> pd.DataFrame:
    """The table as the sidebar filters narrow it (rejected rows left out), computed once per store revision and filters.

    Pages that only summarise ask for the columns they read: at a million rows, copying every text column costs more
    than all the summaries together. `counted_only` also leaves out re-announcements (what every total counts), once.
    """
    current = store()
    choices = (
        ("donors", _chosen("donor")),
        ("categories", _chosen("category")),
        ("aid_types", _chosen("aid_type")),
        ("statuses", _chosen("status")),
        ("source_kinds", _chosen("source")),
        ("date_from", _date("from")),
        ("date_to", _date("to")),
    )
    frozen = tuple((name, tuple(v) if isinstance(v, list) else v) for name, v in choices)
    return _view(str(current.path), current.revision(), frozen, columns, counted_only)


@st.cache_resource(max_entries=16, show_spinner=False)
def _view(path: str, revision: int, choices: tuple, columns: tuple[str, ...] | None, counted_only: bool) -> pd.DataFrame:
    options = {name: list(value) if isinstance(value, tuple) else value for name, value in choices}
    data = _table(path, revision)
    return filter_commitments(
        data, **options, counted_only=counted_only, columns=None if columns is None else [c for c in columns if c in data]
    )


def eur(value: float) -> str:
    """EUR for a headline: 4.0 bn, 185.0 m, 12,345."""
    if value >= 1e9:
        return f"€{value / 1e9:,.2f} bn"
    if value >= 1e6:
        return f"€{value / 1e6:,.1f} m"
    return f"€{value:,.0f}"

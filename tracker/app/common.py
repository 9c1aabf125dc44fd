"""What every page shares: the store, the cached table, the sidebar filters (bound to the URL), safe text."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import pandas as pd
import streamlit as st

from tracker import filters, palette, schema
from tracker.bundled import ingest_bundled
from tracker.charts import MEASURES
from tracker.store import Store, StoreError, StoreReadOnly, default_target, open_store
from tracker.summaries import deliveries as moved_pledges
from tracker.summaries import donor_names, filter_commitments, link_deliveries

MEASURE_KEY = "measure"
EU_SHARES_KEY = "eu_shares"  # the switch, in the sidebar and the URL (?eu_shares=1)
EU_SHARES_ON = "1"
PLURALS = {"donor": "donors", "group": "groups", "category": "categories", "aid_type": "aid types", "status": "stages", "source": "sources"}
EMPTY_STORE = (
    "The store is empty. Add announcements on the page 'Add announcement', or from a shell with "
    "`aid-tracker ingest FOLDER` (files .txt, .md, .html, .pdf)."
)
_READ_URL, _MEASURE = "_filters_read_from_url", "_measure"
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|$<>~:=&])")
# Streamlit's Markdown also rewrites plain text after parsing, where a backslash no longer counts: bare URLs, www. and
# e-mail addresses become links, :name: and :material/name: icons, "->" or ">=" arrows. An invisible word joiner breaks
# each pattern: after a colon or @ that a word follows, after www before its dot, between the two signs of an arrow.
WORD_JOINER = "\u2060"
_REWRITTEN = re.compile(r"(?<=[:@])(?=\S)|(?i:(?<=www)(?=\.))|(?<=[-<>~=])(?=[-<>=])")
ISOLATE, END_ISOLATE = "\u2068", "\u2069"  # keeps the text's own direction marks from reordering the words around it


_P, _R = ParamSpec("_P"), TypeVar("_R")


def _store_errors_shown(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """A store that is busy, damaged or unreadable ends the run with its message on the page, never a traceback."""

    @functools.wraps(function)
    def shown(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return function(*args, **kwargs)
        except StoreError as error:
            st.error(plain(error))
            st.stop()

    return shown


def plain(text: object) -> str:
    """Outside text (announcements, sources, file names, labels, headers) made inert for every Streamlit element that
    reads Markdown (st.markdown, st.caption, st.error, labels ...): no links, icons, images, LaTeX, HTML or colours; one line."""
    words = " ".join(str(text).split())  # a new line could start a heading, a list or a code block
    if not words:
        return ""
    return ISOLATE + _MARKDOWN_SPECIALS.sub(r"\\\1", _REWRITTEN.sub(WORD_JOINER, words)) + END_ISOLATE


@_store_errors_shown
def store() -> Store:
    """The store this server uses (AID_TRACKER_DB, a file or a PostgreSQL URI, or the user's data folder); filled from
    data/ when empty."""
    return _open_store(default_target())


@_store_errors_shown
def synthetic_warning() -> None:
    """Say so on every page when the store holds benchmark rows, so that nobody reads them as real pledges."""
    if _is_synthetic(default_target()):
        st.warning("This store holds SYNTHETIC benchmark data written by benchmarks/synthetic.py, not real announcements.")


@st.cache_resource
def _is_synthetic(path: str) -> bool:
    return _open_store(path).is_synthetic()


@st.cache_resource
def _open_store(path: str) -> Store:
    opened = open_store(path)
    if opened.document_count() == 0:
        with contextlib.suppress(StoreReadOnly):  # a dashboard role that may only review: the page says the store is empty
            ingest_bundled(opened)
    return opened


# cache_resource, not cache_data: every session shares the one frame instead of unpickling a copy on each rerun
# (a million rows take a second to copy). Nothing may modify these frames; the summaries are pure functions.
@st.cache_resource(max_entries=2, show_spinner="Loading commitments…")
def _table(path: str, revision: int) -> pd.DataFrame:
    """The whole table, read once per store revision (a rerun that changed nothing reads nothing), its reports of
    delivery linked to their pledges once (summaries.link_deliveries), so that no summary links them again."""
    return link_deliveries(_open_store(path).commitments())


@st.cache_resource(max_entries=2, show_spinner=False)
def _donor_names(path: str, revision: int) -> dict[str, str]:
    """The donors a filter offers: those with at least one row not rejected, by name."""
    names = donor_names(filter_commitments(_table(path, revision), columns=["donor", "donor_name", "review"]))
    return dict(sorted(names.items(), key=lambda item: item[1]))


@st.cache_resource(max_entries=2, show_spinner=False)
def _donor_colours(path: str, revision: int) -> dict[str, str]:
    return palette.donor_colours(_table(path, revision)["donor"].dropna().unique())


@_store_errors_shown
def donor_colours() -> dict[str, str]:
    """A colour per donor of the whole store (never of a filtered view), so that filters never recolour a donor."""
    current = store()
    return _donor_colours(default_target(), current.revision())


@st.cache_resource(max_entries=2, show_spinner=False)
def _deliveries(path: str, revision: int) -> pd.DataFrame:
    return moved_pledges(_table(path, revision))


@_store_errors_shown
def deliveries() -> pd.DataFrame:
    """The pledges later reports delivered, linked over the whole store (summaries.deliveries), once per revision."""
    current = store()
    return _deliveries(default_target(), current.revision())


@st.cache_resource(max_entries=2, show_spinner=False)
def _kiel_donors(path: str, revision: int) -> pd.DataFrame:
    return _open_store(path).kiel_donors()


@_store_errors_shown
def kiel_donors() -> pd.DataFrame:
    """Each donor's 2021 GDP and EU share from the stored Kiel release (empty without one), read once per revision."""
    current = store()
    return _kiel_donors(default_target(), current.revision())


def eu_shares() -> bool:
    """Whether the EU switch is on."""
    return bool(st.session_state.get(EU_SHARES_KEY))


@_store_errors_shown
def donors() -> dict[str, str]:
    """Code to name of the donors the filters offer."""
    current = store()
    return _donor_names(default_target(), current.revision())


@_store_errors_shown
def table() -> pd.DataFrame:
    """Every stored commitment (cached on the store's revision)."""
    current = store()
    return _table(default_target(), current.revision())


def sidebar_filters() -> None:
    """The filters every page follows (tracker.filters defines them); their values live in the URL as codes."""
    names = donors()
    if not st.session_state.get(_READ_URL):  # a session's first run: the link sets the filters
        params = {key: st.query_params.get_all(key) for key in st.query_params}
        for key, value in filters.from_url(params, names).items():
            st.session_state[key] = value
        measure = params.get(MEASURE_KEY, [None])[0]
        if measure in MEASURES:
            st.session_state[_MEASURE] = measure
        st.session_state[EU_SHARES_KEY] = params.get(EU_SHARES_KEY, [None])[0] == EU_SHARES_ON
        st.session_state[_READ_URL] = True
    with st.sidebar:
        skipped_reviews_warning()
        st.header("Filters")
        for spec in filters.FILTERS:
            if spec.kind == filters.CHOICE:
                allowed = filters.choices(spec.key, names)
                if spec.key in st.session_state:  # a donor may have left the list since
                    st.session_state[spec.key] = [code for code in st.session_state[spec.key] if code in allowed]
                st.multiselect(
                    spec.label, list(allowed), format_func=lambda code, allowed=allowed: allowed.get(code, code), key=spec.key,
                    placeholder=f"All {PLURALS[spec.key]}",
                )  # fmt: skip
            else:
                st.date_input(spec.label, value=None, key=spec.key, format="YYYY-MM-DD")
        st.toggle(
            "Count EU members' shares of EU aid", key=EU_SHARES_KEY,
            help="Attribute the EU institutions' aid to the member states by the shares in the Kiel release "
            "(eu_aid_shares.csv): cumulative totals only, in columns of their own beside each member's bilateral aid.",
        )  # fmt: skip
        _colour_chips(names)
    write_url()


def skipped_reviews_warning() -> None:
    """Say so when stored reviews could not be applied (the store reads on without them: see Store.commitments)."""
    skipped = store().skipped_reviews
    if skipped:
        st.warning(
            f"{len(skipped):,} stored reviews could not be applied and are left out; those rows show the parser's values. "
            f"First: {plain(skipped[0])}"
        )


def _colour_chips(names: dict[str, str]) -> None:
    """A chosen donor or category wears its chart colour in the filter too."""
    labelled = {names.get(code, code): colour for code, colour in donor_colours().items()}
    labelled |= {schema.label(code): colour for code, colour in palette.CATEGORY_COLOURS.items()}
    css = palette.chip_css(labelled)
    if css:
        st.markdown(f"<style>{css}</style>", unsafe_allow_html=True)


def current_filters() -> dict[str, object]:
    """The filter values of this run, by filter key."""
    return {spec.key: st.session_state.get(spec.key) for spec in filters.FILTERS}


def measure(default: str) -> str:
    """The measure the charts show ('eur' or 'commitments'): as last chosen, else the link's, else `default`."""
    return st.session_state.get(MEASURE_KEY) or st.session_state.get(_MEASURE) or default


def remember_measure(value: str) -> None:
    """Keep the chosen measure for the URL and for the next visit of the page."""
    st.session_state[_MEASURE] = value
    write_url()


def write_url() -> None:
    """The URL holds the filters and the measure, as codes; any other key is dropped."""
    params = filters.to_url(current_filters())
    if st.session_state.get(_MEASURE):
        params[MEASURE_KEY] = st.session_state[_MEASURE]
    if st.session_state.get(EU_SHARES_KEY):
        params[EU_SHARES_KEY] = EU_SHARES_ON
    now = {key: st.query_params.get_all(key) for key in st.query_params}
    wanted = {key: value if isinstance(value, list) else [value] for key, value in params.items()}
    if now != wanted:
        st.query_params.from_dict(params)


@_store_errors_shown
def filtered(columns: tuple[str, ...] | None = None, *, counted_only: bool = False, include_rejected: bool = False) -> pd.DataFrame:
    """The table as the sidebar filters narrow it (rejected rows left out unless asked), computed once per store
    revision and filters.

    Pages that only summarise ask for the columns they read: at a million rows, copying every text column costs more
    than all the summaries together. `counted_only` also leaves out re-announcements (what every total counts), once.
    """
    current = store()
    options = filters.arguments(current_filters())
    frozen = tuple(sorted((name, tuple(v) if isinstance(v, list) else v) for name, v in options.items()))
    return _view(default_target(), current.revision(), frozen, columns, counted_only, include_rejected)


@st.cache_resource(max_entries=16, show_spinner=False)
def _view(
    path: str, revision: int, choices: tuple, columns: tuple[str, ...] | None, counted_only: bool, include_rejected: bool
) -> pd.DataFrame:
    options = {name: list(value) if isinstance(value, tuple) else value for name, value in choices}
    data = _table(path, revision)
    wanted = None if columns is None else [c for c in columns if c in data]
    return filter_commitments(data, **options, counted_only=counted_only, include_rejected=include_rejected, columns=wanted)


def nothing_to_show(view: pd.DataFrame) -> bool:
    """Say why nothing is shown (an empty store, or filters that hide every row); True when nothing is to be shown."""
    if not view.empty:
        return False
    st.info(EMPTY_STORE if table().empty else "No rows match the filters. Clear some filters in the sidebar.")
    return True

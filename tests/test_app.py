"""The dashboard with Streamlit's AppTest: every page, filters, URL parameters, hostile text."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers import dashboard_app
from tracker import money
from tracker.documents import Document
from tracker.store import Store
from tracker.summaries import filter_commitments, headline

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["tracker/app/views/overview.py", "tracker/app/views/commitments.py", "tracker/app/views/add.py", "tracker/app/views/method.py"]
HOSTILE = (
    '<img src=x onerror=alert(1)> $\\href{javascript:alert(1)}{x}$ =HYPERLINK("http://x") Germany will deliver 14 Leopard tanks to Ukraine.'
)
MANY = [
    "Germany will deliver 14 Leopard tanks to Ukraine.",
    "France will send 12 Caesar howitzers to Ukraine.",
    "Norway pledged NOK 7.5 billion in military support to Ukraine.",
    "The Netherlands will provide EUR 2 billion of military aid to Ukraine.",
    "Japan will provide EUR 4 billion in budget support to Ukraine.",
    "Denmark has delivered 19 F-16 fighter jets to Ukraine.",
    "Spain is considering sending Patriot interceptors to Ukraine.",
]


@pytest.fixture
def many(tmp_path):
    db = tmp_path / "many.duckdb"
    store = Store(db)
    for number, text in enumerate(MANY):
        store.ingest(Document(text=text, source=f"release-{number}", published=date(2024, 1 + number, 10)))
    return db


def _numbers(values: object) -> list[float]:
    """Plotly stores numeric arrays either as lists or as base64 typed arrays."""
    if isinstance(values, dict):
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return list(values)


def _run_all_pages(app: AppTest) -> None:
    app.run()
    assert not app.exception, app.exception
    for page in PAGES[1:]:
        app.switch_page(page).run()
        assert not app.exception, (page, app.exception)


def test_every_page_on_an_empty_store_opens_on_the_bundled_seed(tmp_path, monkeypatch):
    app = dashboard_app(tmp_path / "empty.duckdb", monkeypatch)
    app.run()
    assert not app.exception
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Donors"] == "7" and metrics["EUR committed"] == "€4.0 bn"
    assert not any("SYNTHETIC" in warning.value for warning in app.warning)  # real data is never labelled synthetic
    _run_all_pages(app)


def test_every_page_on_a_store_of_many_documents(many, monkeypatch):
    _run_all_pages(dashboard_app(many, monkeypatch))


def test_every_page_when_filters_match_nothing(many, monkeypatch):
    app = dashboard_app(many, monkeypatch)
    app.query_params["donor"] = "Czechia"  # no such donor in the store: ignored
    app.query_params["category"] = "naval"  # a real category with no rows
    _run_all_pages(app)


def test_filters_change_figures_as_the_summaries_predict(many, monkeypatch):
    app = dashboard_app(many, monkeypatch).run()
    table = Store(many).commitments()
    app.multiselect(key="donor").set_value(["NOR", "NLD"]).run()
    expected = headline(filter_commitments(table, donors=["NOR", "NLD"]))
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Donors"] == str(expected["donors"]) == "2"
    assert metrics["Commitments"] == str(expected["commitments"])
    assert metrics["EUR committed"] == money.eur(expected["eur_committed"])
    chart = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert {y for trace in chart["data"] for y in trace.get("y", [])} <= {"Norway", "Netherlands"}
    app.switch_page(PAGES[1]).run()
    assert set(app.dataframe[-1].value["Donor"]) == {"Norway", "Netherlands"}


def test_query_parameters_restore_filters_and_garbage_is_ignored(many, monkeypatch):
    app = dashboard_app(many, monkeypatch)
    app.query_params["donor"] = ["Germany", "Atlantis", "<script>"]
    app.query_params["status"] = ["delivered", "nonsense"]
    app.query_params["from"] = "not-a-date"
    app.run()
    assert not app.exception
    assert app.multiselect(key="donor").value == ["DEU"]
    assert app.multiselect(key="status").value == ["delivered"]
    assert app.date_input(key="from").value is None
    assert {metric.label: metric.value for metric in app.metric}["Commitments"] == "0"


def test_hostile_evidence_renders_inert_and_exports_neutralised(tmp_path, monkeypatch):
    db = tmp_path / "hostile.duckdb"
    Store(db).ingest(Document(text=HOSTILE, source='=HYPERLINK("http://evil")'))
    app = dashboard_app(db, monkeypatch).run()
    app.switch_page(PAGES[1]).run()
    assert not app.exception
    table = app.dataframe[0].value
    assert table["Source"].iloc[0] == '=HYPERLINK("http://evil")'  # shown as text in the grid, never evaluated
    # Nothing from the announcement reaches Markdown: the page's markdown holds only our own words.
    for element in app.markdown:
        assert "onerror" not in element.value and "href" not in element.value
    from tracker.summaries import to_csv_bytes

    csv_text = to_csv_bytes(filter_commitments(Store(db).commitments()).drop(columns=["row_key"])).decode()
    assert "'=HYPERLINK" in csv_text and ",=HYPERLINK" not in csv_text


def _commitments_page_with_row_selected(db: Path, monkeypatch, donor_name: str) -> AppTest:
    """The Commitments page with the first row of this donor selected, as a click on the table does."""
    app = dashboard_app(db, monkeypatch).run()
    app.switch_page(PAGES[1]).run()
    table = app.dataframe[0].value
    position = int(table.index[table["Donor"] == donor_name][0])
    app.session_state["table"] = {"selection": {"rows": [position], "columns": [], "cells": []}}
    return app.run()


def test_selected_row_shows_evidence_and_review_is_written(many, monkeypatch):
    app = _commitments_page_with_row_selected(many, monkeypatch, "France")
    assert any("Caesar" in text.value for text in app.text)
    app.button(key="reject").click().run()
    assert not app.exception
    stored = Store(many).commitments().set_index("donor")
    assert stored.loc["FRA", "review"] == "rejected"


def test_add_announcement_preview_then_save(many, monkeypatch):
    app = dashboard_app(many, monkeypatch).run()
    app.switch_page(PAGES[2]).run()
    app.text_area(key="pasted").input("Poland will deliver 10 PT-91 tanks to Ukraine.").run()
    assert not app.exception
    before = len(Store(many).commitments())
    assert len(Store(many).commitments()) == before  # nothing saved before confirming
    app.button(key="save").click().run()
    assert len(Store(many).commitments()) == before + 1
    assert app.success and "1 commitments added" in app.success[0].value


def test_add_announcement_bad_text_is_a_clear_message(many, monkeypatch):
    app = dashboard_app(many, monkeypatch).run()
    app.switch_page(PAGES[2]).run()
    app.text_area(key="pasted").input("binary \x00\x01 junk").run()
    assert app.error and "binary" in app.error[0].value


def test_review_edit_is_written(many, monkeypatch):
    app = _commitments_page_with_row_selected(many, monkeypatch, "Germany")
    next(number for number in app.number_input if number.label == "Count").set_value(18)
    submit = [button for button in app.button if button.label == "Save edit"]
    assert submit
    submit[0].click().run()
    assert not app.exception
    stored = Store(many).commitments().set_index("donor")
    assert stored.loc["DEU", "quantity"] == 18 and stored.loc["DEU", "review"] == "edited"


def test_kiel_release_beside_announcements(tmp_path, monkeypatch):
    from tracker.kiel import read_release

    explorer = tmp_path / "data_explorer.csv"
    explorer.write_text(
        '"country","iso","year","month","financial","humanitarian","military"\n"Germany","DEU",2024,1,0,0,2.5\n', encoding="utf-8"
    )
    db = tmp_path / "kiel.duckdb"
    store = Store(db)
    store.import_kiel(read_release([explorer]))
    announcement = Document(text="Germany will provide EUR 500 million of military aid to Ukraine.", source="s", published=date(2024, 6, 1))
    store.ingest(announcement)
    app = dashboard_app(db, monkeypatch).run()
    assert not app.exception
    assert any(header.value.startswith("The latest Kiel release") for header in app.subheader)
    spec = json.loads(app.get("plotly_chart")[-1].proto.spec)
    values = {trace["name"]: _numbers(trace["x"]) for trace in spec["data"]}
    assert values["Kiel release"] == [2.5e9] and values["New since the release"] == [5e8]


def test_a_hostile_kiel_release_label_renders_as_plain_text(many, monkeypatch):
    """The label comes from the Kiel files a user imports: it must not become a link, LaTeX or HTML on the method page."""
    import duckdb

    hostile = "[Kiel](javascript:alert(1)) $\\href{javascript:alert(1)}{x}$ <img src=x onerror=alert(1)>"
    connection = duckdb.connect(str(many))
    connection.execute("INSERT OR REPLACE INTO meta VALUES ('kiel_label', ?), ('revision', '999')", [hostile])
    connection.close()
    app = dashboard_app(many, monkeypatch)
    app.run()
    app.switch_page(PAGES[3]).run()
    assert not app.exception
    shown = [m.value for m in app.markdown if "Kiel Institute release" in m.value]
    assert shown and "](javascript" not in shown[0] and "\\[Kiel\\]" in shown[0] and "\\<img" in shown[0]


def test_two_sessions_reviewing_one_row_see_a_conflict_not_a_silent_overwrite(many, monkeypatch):
    first, second = (_commitments_page_with_row_selected(many, monkeypatch, "France") for _ in range(2))  # two reviewers
    first.button(key="accept").click().run()
    assert not first.exception and not first.error
    second.button(key="reject").click().run()
    assert not second.exception
    assert any("someone else" in error.value for error in second.error)
    assert Store(many).commitments().set_index("donor").loc["FRA", "review"] == "accepted"  # the first review stands


def test_a_huge_table_shows_the_most_recent_rows_and_says_so(tmp_path, monkeypatch):
    from benchmarks.synthetic import write_store

    db = tmp_path / "synthetic.duckdb"
    write_store(6_000, db)
    app = dashboard_app(db, monkeypatch).run()
    app.switch_page(PAGES[1]).run()
    assert not app.exception
    assert len(app.dataframe[0].value) == 5_000
    assert any("5,000 most recent" in caption.value for caption in app.caption)
    assert any("SYNTHETIC" in warning.value for warning in app.warning)
    dates = app.dataframe[0].value["Date"]
    assert dates.is_monotonic_decreasing


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nlang: xx\n---\nPoland will deliver 10 PT-91 tanks to Ukraine.", "xx"),  # a language the parser lacks
        ("---\npublished: 9999-12-31\n---\nPoland will deliver 10 PT-91 tanks to Ukraine.", "9999"),  # a date outside the window
    ],
)
def test_add_announcement_a_text_the_parser_refuses_is_named(many, monkeypatch, text, message):
    app = dashboard_app(many, monkeypatch).run()
    app.switch_page(PAGES[2]).run()
    app.text_area(key="pasted").input(text).run()
    assert not app.exception
    assert app.error and message in app.error[0].value

"""The dashboard page runs on the bundled announcement (the full dashboard comes with its own issue)."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def test_dashboard_opens_on_the_bundled_data():
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not app.exception
    table = app.dataframe[0].value
    assert {"Germany", "Netherlands", "Czechia", "Denmark", "Norway", "United States"} <= set(table["donor_name"])
    assert len(app.get("plotly_chart")) == 1

"""Donor groups: members on the day of each row, the group filter (sidebar codes, URL, CLI) and totals per group."""

import datetime as dt
import io
import subprocess
import sys

import pandas as pd
import pytest

from tracker import filters, groups, schema
from tracker.documents import Document
from tracker.store import Store
from tracker.summaries import filter_commitments, group_totals


def test_the_groups_today():
    assert len(groups.members("eu")) == 27 and "GBR" not in groups.members("eu")
    assert len(groups.members("nato")) == 32 and {"FIN", "SWE"} <= set(groups.members("nato"))
    assert groups.members("g7") == ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]
    assert groups.members("nb8") == ["DNK", "EST", "FIN", "ISL", "LTU", "LVA", "NOR", "SWE"]
    assert groups.names() == {"eu": "EU members", "g7": "G7", "nato": "NATO members", "nb8": "Nordic-Baltic Eight"}


def test_membership_follows_the_dates():
    assert "FIN" not in groups.members("nato", dt.date(2023, 4, 3)) and "FIN" in groups.members("nato", dt.date(2023, 4, 4))
    assert "SWE" not in groups.members("nato", dt.date(2024, 3, 6)) and "SWE" in groups.members("nato", dt.date(2024, 3, 7))
    assert "GBR" in groups.members("eu", dt.date(2020, 1, 31)) and "GBR" not in groups.members("eu", dt.date(2020, 2, 1))
    assert "HRV" not in groups.members("eu", dt.date(2013, 6, 30))


def _row(donor, day, eur, name):
    return {
        "id": f"{donor}-{day}", "document_id": f"doc-{donor}-{day}", "donor": donor, "donor_name": name,
        "category": "financial", "aid_type": "financial", "amount_eur": eur, "status": "committed", "announced_on": day,
        "review": "unreviewed",
    }  # fmt: skip


@pytest.fixture
def table():
    return schema.to_frame(
        [
            _row("FIN", dt.date(2022, 6, 1), 1e8, "Finland"),  # before Finland joined NATO
            _row("FIN", dt.date(2024, 6, 1), 2e8, "Finland"),
            _row("GBR", dt.date(2024, 6, 1), 4e8, "United Kingdom"),
            _row("DEU", dt.date(2024, 6, 1), 8e8, "Germany"),
            _row("JPN", None, 16e8, "Japan"),  # undated: today's groups
        ]
    )


def test_the_filter_keeps_rows_of_members_on_their_date(table):
    nato = filter_commitments(table, groups=["nato"])
    assert sorted(nato["id"]) == ["DEU-2024-06-01", "FIN-2024-06-01", "GBR-2024-06-01"]
    assert sorted(filter_commitments(table, groups=["eu"])["donor"]) == ["DEU", "FIN", "FIN"]  # the UK had left
    assert sorted(filter_commitments(table, groups=["g7"])["donor"]) == ["DEU", "GBR", "JPN"]
    assert sorted(filter_commitments(table, groups=["eu", "g7"])["donor"]) == ["DEU", "FIN", "FIN", "GBR", "JPN"]
    assert filter_commitments(table, groups=[]).empty


def test_totals_per_group_count_each_member_in_each_of_its_groups(table):
    by_group = group_totals(table).set_index("group")
    assert by_group.loc["nato", "eur_committed"] == pytest.approx(14e8) and by_group.loc["nato", "donors"] == 3
    assert by_group.loc["eu", "eur_committed"] == pytest.approx(11e8)
    assert by_group.loc["g7", "eur_committed"] == pytest.approx(28e8) and by_group.loc["g7", "commitments"] == 3
    assert pd.isna(by_group.loc["nb8", "eur_proposed"])
    assert list(by_group.index) == ["eu", "g7", "nato", "nb8"]


def test_a_link_and_a_command_line_read_a_group_by_code_or_name():
    assert filters.from_url({"group": ["NATO", "nordic-baltic eight", "<script>"]}, {}) == {"group": ["nato", "nb8"]}
    assert filters.read_choice("group", ["G7", "atlantis"], {}) == (["g7"], ["atlantis"])


def test_export_by_group_in_a_real_subprocess(tmp_path):
    db = tmp_path / "store.duckdb"
    store = Store(db)
    store.ingest(
        Document(text="Finland will give EUR 100 million in financial aid to Ukraine.", source="fi"), published=dt.date(2022, 6, 1)
    )
    store.ingest(
        Document(text="Finland will give EUR 200 million in financial aid to Ukraine.", source="fi2"), published=dt.date(2024, 6, 1)
    )
    command = [sys.executable, "-m", "tracker.cli", "export", "--db", str(db), "--by", "donor", "--group", "nato"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    by_donor = pd.read_csv(io.StringIO(result.stdout))
    assert by_donor["eur_committed"].tolist() == [2e8]  # the 2022 pledge was no NATO member's
    refused = subprocess.run([*command[:-1], "atlantis"], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "unknown group atlantis" in refused.stderr

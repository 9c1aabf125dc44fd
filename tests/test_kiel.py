"""The Kiel importer on small files written for these tests (the real files are never committed)."""

import io
import subprocess
import sys

import pandas as pd
import pytest

from tracker.kiel import KielError, read_release
from tracker.store import Store
from tracker.summaries import filter_commitments, monthly, totals

EXPLORER = """"country","iso","year","month","total","financial","humanitarian","military","commitments","to_be_allocated","gdp","pct_gdp"
"Germany","DEU",2024,1,1.5,0.5,0.25,0.75,2,0.5,4000,0.01
"Germany","DEU",2024,2,0.1,0,0,0.1,0.1,0,4000,0.001
"EU (Commission and Council)","EU",2024,1,3,3,0,0,5,2,0,0
"Poland","POL",2024,2,0,0,0,0,0,0,700,0
"""
WEAPONS = """"donor","category","number_of_weapons","monetary_value_eur","weapons_list"
"Germany","Air Defense",3,1500000000,"Patriot air defense battery (3)"
"Poland","Tanks",300,900000000,"T-72 (300)"
"Germany","IFV",40,200000000,"Marder (40)"
"""
RELEASE = """"release","period","date","label"
"7","02/2024","2024-03-15","Ukraine Support Tracker, Release 7 (02/2024)"
"""


@pytest.fixture
def kiel_files(tmp_path):
    paths = []
    for name, text in (("data_explorer.csv", EXPLORER), ("weapons.csv", WEAPONS), ("release_info.csv", RELEASE)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_release_rows(kiel_files):
    release = read_release(kiel_files)
    rows = release.rows
    assert release.label == "Kiel Institute Ukraine Support Tracker, Release 7"
    assert set(rows["source"]) == {release.label} and set(rows["source_kind"]) == {"kiel"}
    allocated = rows[rows["status"] == "allocated"]
    assert len(allocated) == 5  # zero values give no row
    germany_january = allocated[(allocated["donor"] == "DEU") & (allocated["announced_on"] == "2024-01-01")]
    assert dict(zip(germany_january["category"], germany_january["amount_eur"], strict=True)) == {
        "financial": 0.5e9,
        "humanitarian": 0.25e9,
        "military_unspecified": 0.75e9,
    }
    weapons = rows[rows["status"] == "committed"].set_index(["donor", "category"])
    assert weapons.loc[("DEU", "air_defence"), "quantity"] == 3
    assert weapons.loc[("POL", "armoured_vehicles"), "amount_eur"] == 9e8
    assert weapons.loc[("DEU", "armoured_vehicles"), "item"] == "Marder (40)"
    assert (weapons["announced_on"] == "2024-03-15").all()


def test_monthly_allocations_add_up(kiel_files):
    allocated = filter_commitments(read_release(kiel_files).rows, statuses=["allocated"])
    assert list(monthly(allocated)["eur"]) == pytest.approx([4.5e9, 0.1e9])


def test_import_is_idempotent_and_a_new_release_replaces_the_old(kiel_files, tmp_path):
    store = Store(tmp_path / "store.duckdb")
    first = store.import_kiel(read_release(kiel_files))
    assert first.rows == 8 and not first.unchanged
    assert store.import_kiel(read_release(kiel_files)).unchanged
    kiel_files[2].write_text(RELEASE.replace('"7"', '"8"'), encoding="utf-8")
    second = store.import_kiel(read_release(kiel_files))
    assert second.replaced == 8 and second.rows == 8
    table = store.commitments()
    assert set(table["source"]) == {"Kiel Institute Ukraine Support Tracker, Release 8"}
    assert store.kiel_label() == "Kiel Institute Ukraine Support Tracker, Release 8"


def test_kiel_rows_sit_beside_announcements_without_mixing(kiel_files, tmp_path):
    from tracker.documents import Document

    store = Store(tmp_path / "store.duckdb")
    store.import_kiel(read_release(kiel_files))
    store.ingest(Document(text="Germany will deliver 3 Patriot systems to Ukraine.", source="release"))
    table = store.commitments()
    announced = filter_commitments(table, source_kinds=["announcement"])
    assert list(announced["donor"]) == ["DEU"] and announced["duplicate_of"].isna().all()
    assert totals(filter_commitments(table, source_kinds=["kiel"]), "donor").set_index("donor").loc["DEU", "commitments"] == 6


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("data_explorer.csv", EXPLORER.replace('"military"', '"army"'), "missing columns military"),
        ("data_explorer.csv", EXPLORER.replace("0.75", "-0.75"), "at least 0"),
        ("data_explorer.csv", EXPLORER.replace("0.75", "nan"), "at least 0"),
        ("data_explorer.csv", EXPLORER.replace("0.75", "lots"), "not a number"),
        ("data_explorer.csv", EXPLORER.replace("2024,1,", "9999,1,"), "out of range"),
        ("data_explorer.csv", EXPLORER.replace("2024,1,", "2024,13,"), "calendar month"),
        ("weapons.csv", WEAPONS.replace("Air Defense", "Lasers"), "unknown weapon class"),
        ("weapons.csv", WEAPONS.replace('"Poland","Tanks"', '"Atlantis","Tanks"'), "unknown donor"),
        ("data_explorer.csv", "", "cannot be read"),
    ],
)
def test_bad_files_are_clear_errors(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KielError, match=message):
        read_release([path])


def test_other_files_are_skipped_and_nothing_to_import_is_an_error(tmp_path):
    other = tmp_path / "total_allocations.csv"
    other.write_text("year,month,total_allocations\n2024,1,1\n", encoding="utf-8")
    with pytest.raises(KielError, match="nothing to import"):
        read_release([other])


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("data_explorer.csv", EXPLORER.replace('"DEU",2024,2', '"",2024,2'), "ISO code ''"),
        ("data_explorer.csv", EXPLORER.replace('"POL"', '"XXA"'), "ISO code 'XXA'"),
        ("data_explorer.csv", EXPLORER.replace("2024,1,", "99999999999999999999,1,"), "calendar month"),
        ("data_explorer.csv", EXPLORER.replace("2024,1,", "1970,1,"), "out of range"),
        ("data_explorer.csv", EXPLORER.replace("0.75", "1e300"), "at most"),
        ("data_explorer.csv", EXPLORER.replace("0.75", "1e290"), "at most"),
        ("data_explorer.csv", EXPLORER + '"Germany","DEU",2024,1,1,1,0,0,0,0,0,0\n', "appears twice"),
        ("weapons.csv", WEAPONS.replace(",3,", ",99999999999999999999999,"), "at most"),
        ("weapons.csv", WEAPONS.replace(",3,", ",2.5,"), "whole number"),
        ("weapons.csv", WEAPONS.replace("1500000000", "1e300"), "at most"),
        ("weapons.csv", WEAPONS + '"Germany","Air Defense",1,1,"IRIS-T (1)"\n', "appears twice"),
        ("release_info.csv", RELEASE.replace("2024-03-15", "9999-12-31"), "not a release date"),
        ("release_info.csv", RELEASE.replace("2024-03-15", "15 March"), "not a release date"),
    ],
)
def test_impossible_values_are_named_errors_not_rows(kiel_files, tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(KielError, match=message) as error:
        read_release(kiel_files)
    assert name in str(error.value)


def test_a_truncated_download_does_not_replace_the_stored_release(kiel_files, tmp_path):
    from tracker.store import KielRefused

    store = Store(tmp_path / "store.duckdb")
    assert store.import_kiel(read_release(kiel_files)).rows == 8
    header_only = EXPLORER.splitlines()[0] + "\n"
    kiel_files[0].write_text(header_only, encoding="utf-8")  # a download cut after its first line
    kiel_files[1].write_text(WEAPONS.splitlines()[0] + "\n", encoding="utf-8")
    with pytest.raises(KielRefused, match="no rows"):
        store.import_kiel(read_release(kiel_files))
    kiel_files[1].write_text(WEAPONS, encoding="utf-8")  # 3 rows of 8: most of the release would go
    with pytest.raises(KielRefused, match="3 rows would replace the 8 stored"):
        store.import_kiel(read_release(kiel_files))
    assert len(store.commitments()) == 8 and store.kiel_label().endswith("Release 7")
    forced = store.import_kiel(read_release(kiel_files), force=True)
    assert forced.rows == 3 and forced.replaced == 8 and len(store.commitments()) == 3


def test_an_empty_first_release_is_refused_unless_forced(tmp_path):
    from tracker.store import KielRefused

    path = tmp_path / "data_explorer.csv"
    path.write_text(EXPLORER.splitlines()[0] + "\n", encoding="utf-8")
    store = Store(tmp_path / "store.duckdb")
    with pytest.raises(KielRefused, match="no rows"):
        store.import_kiel(read_release([path]))
    assert store.import_kiel(read_release([path]), force=True).rows == 0


def test_the_command_line_refuses_a_truncated_release_unless_forced(kiel_files, tmp_path):
    db = str(tmp_path / "store.duckdb")

    def import_kiel(*extra: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "tracker.cli", "import-kiel", *map(str, kiel_files), "--db", db, *extra]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    assert import_kiel().returncode == 0
    for path, text in zip(kiel_files[:2], (EXPLORER, WEAPONS), strict=True):
        path.write_text(text.splitlines()[0] + "\n", encoding="utf-8")  # downloads cut after their header
    refused = import_kiel()
    assert refused.returncode == 2 and "no rows" in refused.stderr and "Traceback" not in refused.stderr
    assert len(Store(db).commitments()) == 8  # the stored release is kept
    assert import_kiel("--force").returncode == 0
    assert len(Store(db).commitments()) == 0


SHARES = """"country","iso","bilateral_pct_gdp","eu_share_pct_gdp","total_pct_gdp","eu_share_bn"
"Germany","DEU",0.0296,0.05,0.0796,2
"Poland","POL",0,0.14,0.14,1
"""


@pytest.fixture
def kiel_with_shares(kiel_files, tmp_path):
    path = tmp_path / "eu_aid_shares.csv"
    path.write_text(SHARES, encoding="utf-8")
    return [*kiel_files, path]


def _export(db, *arguments):
    command = [sys.executable, "-m", "tracker.cli", "export", "--db", str(db), *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_gdp_and_eu_shares_are_imported_with_the_release(kiel_with_shares, tmp_path):
    release = read_release(kiel_with_shares)
    donors = release.donors.set_index("donor")
    assert donors.loc["DEU", "gdp_eur"] == 4000e9 and donors.loc["POL", "gdp_eur"] == 700e9
    assert "EU" not in donors.index or pd.isna(donors.loc["EU", "gdp_eur"])  # a GDP of 0 is not known, not zero
    assert donors.loc["DEU", "eu_share_eur"] == 2e9
    store = Store(tmp_path / "store.duckdb")
    store.import_kiel(release)
    assert store.kiel_donors().set_index("donor").loc["POL", "eu_share_eur"] == 1e9


def test_export_by_donor_gives_the_share_of_gdp_of_allocations(kiel_with_shares, tmp_path):
    db = tmp_path / "store.duckdb"
    Store(db).import_kiel(read_release(kiel_with_shares))
    result = _export(db, "--by", "donor")
    assert result.returncode == 0, result.stderr
    by_donor = pd.read_csv(io.StringIO(result.stdout)).set_index("donor")
    # Germany allocated 1.6 bn EUR (January 1.5, February 0.1) of a 4,000 bn EUR GDP: 0.04 %
    assert by_donor.loc["DEU", "pct_of_gdp"] == pytest.approx(0.04)
    assert pd.isna(by_donor.loc["EU", "pct_of_gdp"])  # no GDP: blank, not infinite
    assert pd.isna(by_donor.loc["POL", "pct_of_gdp"]) or by_donor.loc["POL", "pct_of_gdp"] == 0


def test_eu_shares_attribute_the_eu_institutions_allocations_in_columns_of_their_own(kiel_with_shares, tmp_path):
    db = tmp_path / "store.duckdb"
    Store(db).import_kiel(read_release(kiel_with_shares))
    result = _export(db, "--by", "donor", "--eu-shares")
    assert result.returncode == 0, result.stderr
    by_donor = pd.read_csv(io.StringIO(result.stdout)).set_index("donor")
    # the EU institutions allocated 3 bn EUR; Germany's share is 2 of 3, Poland's 1 of 3
    assert by_donor.loc["DEU", "eu_share_eur"] == pytest.approx(2e9) and by_donor.loc["POL", "eu_share_eur"] == pytest.approx(1e9)
    assert by_donor["eu_share_eur"].sum() == pytest.approx(3e9)
    assert by_donor.loc["DEU", "eur_allocated"] == pytest.approx(1.6e9)  # bilateral aid unchanged: never mixed in
    assert by_donor.loc["DEU", "pct_of_gdp_with_eu_share"] == pytest.approx((1.6 + 2) / 4000 * 100)
    assert pd.isna(by_donor.loc["EU", "eu_share_eur"])


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--by", "donor", "--eu-shares", "--from", "2024-02-01"], "cumulative totals only"),
        (["--by", "donor", "--eu-shares", "--category", "financial"], "drop the filters Category"),
        (["--by", "category", "--eu-shares"], "needs --by donor"),
    ],
)
def test_eu_shares_refuse_what_they_cannot_follow(kiel_with_shares, tmp_path, arguments, message):
    db = tmp_path / "store.duckdb"
    Store(db).import_kiel(read_release(kiel_with_shares))
    result = _export(db, *arguments)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_eu_shares_without_them_in_the_store_say_how_to_load_them(kiel_files, tmp_path):
    db = tmp_path / "store.duckdb"
    Store(db).import_kiel(read_release(kiel_files))
    result = _export(db, "--by", "donor", "--eu-shares")
    assert result.returncode == 2 and "import-kiel" in result.stderr and "eu_aid_shares.csv" in result.stderr


def test_a_release_imported_before_gdp_was_kept_gains_it_on_the_same_files(kiel_files, tmp_path):
    db = tmp_path / "store.duckdb"
    store = Store(db)
    store.import_kiel(read_release(kiel_files))
    import duckdb

    with duckdb.connect(str(db)) as connection:  # as an older version left it: the release, no donor figures
        connection.execute("DELETE FROM kiel_donors")
    assert store.kiel_donors().empty
    assert store.import_kiel(read_release(kiel_files)).unchanged
    assert store.kiel_donors().set_index("donor").loc["DEU", "gdp_eur"] == 4000e9


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("data_explorer.csv", EXPLORER.replace("0.1,0,0,0.1,0.1,0,4000", "0.1,0,0,0.1,0.1,0,4100"), "another; which one holds"),
        ("data_explorer.csv", EXPLORER.replace(",4000,0.01", ",-4000,0.01"), "gdp '-4000' must be"),
        ("eu_aid_shares.csv", SHARES.replace(",2\n", ",-2\n"), "eu_share_bn '-2' must be"),
        ("eu_aid_shares.csv", SHARES.replace('"DEU"', '"EU"'), "no EU member state"),
        ("eu_aid_shares.csv", SHARES + '"Germany","DEU",0,0,0,1\n', "appears twice"),
        ("eu_aid_shares.csv", SHARES.replace('"eu_share_bn"', '"share"'), "missing columns eu_share_bn"),
    ],
)
def test_bad_gdp_and_shares_are_named_errors(kiel_with_shares, tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(KielError, match=message) as error:
        read_release(kiel_with_shares)
    assert name in str(error.value)


def test_eu_shares_that_are_all_zero_are_refused_not_a_traceback(kiel_files, tmp_path):
    zero = tmp_path / "eu_aid_shares.csv"
    zero.write_text(SHARES.replace(",2\n", ",0\n").replace(",1\n", ",0\n"), encoding="utf-8")
    db = tmp_path / "store.duckdb"
    Store(db).import_kiel(read_release([*kiel_files, zero]))
    result = _export(db, "--by", "donor", "--eu-shares")
    assert result.returncode == 2 and "holds no EU shares" in result.stderr and "Traceback" not in result.stderr

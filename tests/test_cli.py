"""The `aid-tracker parse` command: output formats, standard input, and one-line errors."""

import csv
import io
import json
import subprocess
import sys

import pytest

from tracker.cli import main

SENTENCE = "Germany will deliver 14 Leopard tanks to Ukraine.\n"


@pytest.fixture
def announcement(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("---\ntitle: Test release\npublished: 2024-05-02\nsource: https://example.org/r\n---\n" + SENTENCE, encoding="utf-8")
    return path


def test_parse_writes_csv_with_header(announcement, capsys):
    assert main(["parse", str(announcement)]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 1
    assert table[0]["donor"] == "DEU" and table[0]["quantity"] == "14"
    assert table[0]["announced_on"] == "2024-05-02" and table[0]["source"] == "https://example.org/r"


def test_parse_json_and_output_file(announcement, tmp_path):
    out = tmp_path / "rows.json"
    assert main(["parse", str(announcement), "--format", "json", "-o", str(out), "--published", "2024-06-01"]) == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records[0]["category"] == "armoured_vehicles" and records[0]["announced_on"] == "2024-06-01"
    assert records[0]["amount"] is None


def test_parse_reads_standard_input():
    result = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "parse", "-", "--lang", "en"], input=SENTENCE.encode(), capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "DEU" in result.stdout.decode()


def test_several_files_give_all_rows(announcement, tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text("France will deliver 6 Caesar howitzers to Ukraine.", encoding="utf-8")
    assert main(["parse", str(announcement), str(other)]) == 0
    donors = {row["donor"] for row in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert donors == {"DEU", "FRA"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"   \n\t ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "tracker.cli", "parse", str(path)], capture_output=True, check=False)
    assert result.returncode == 2
    error = result.stderr.decode().strip()
    assert len(error.splitlines()) == 1 and "Traceback" not in error
    assert str(path) in error and message in error


def test_a_folder_is_not_a_file(tmp_path):
    result = subprocess.run([sys.executable, "-m", "tracker.cli", "parse", str(tmp_path)], capture_output=True, check=False)
    assert result.returncode == 2 and "is a folder" in result.stderr.decode()


def test_bad_date_is_a_usage_error(announcement, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(announcement), "--published", "19/04/2024"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_formula_text_is_neutralised_in_csv(tmp_path, capsys):
    path = tmp_path / "hostile.txt"
    path.write_text('=HYPERLINK("http://x") Germany will deliver 14 Leopard tanks to Ukraine.', encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert table[0]["evidence"].startswith("'=")


def _write_corpus(folder):
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Germany will deliver 14 Leopard tanks to Ukraine.", encoding="utf-8")
    (folder / "sub" / "b.md").write_text(
        "---\npublished: 2024-03-01\n---\nNorway will donate 2 NASAMS systems to Ukraine.", encoding="utf-8"
    )
    (folder / "sub" / "c.html").write_text(
        "<html><body><article><p>France will send 6 Caesar howitzers to Ukraine, the ministry said today in Paris.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)


def test_ingest_folder_reports_bad_files_and_is_idempotent(tmp_path, capsys):
    corpus, db = tmp_path / "corpus", tmp_path / "store.duckdb"
    _write_corpus(corpus)
    assert main(["ingest", str(corpus), "--db", str(db)]) == 1
    out = capsys.readouterr()
    assert "3 new, 0 unchanged, 2 failed" in out.out
    assert "empty.txt: is empty" in out.err and "binary.txt: is a binary file" in out.err
    assert main(["export", "--db", str(db)]) == 0
    first = capsys.readouterr().out
    assert main(["ingest", str(corpus), "--db", str(db)]) == 1
    assert "0 new, 3 unchanged" in capsys.readouterr().out
    assert main(["export", "--db", str(db)]) == 0
    second = capsys.readouterr().out
    assert len(first.splitlines()) == len(second.splitlines()) == 4  # header and three rows


def test_export_summaries_and_filters(tmp_path, capsys):
    corpus, db = tmp_path / "corpus", tmp_path / "store.duckdb"
    _write_corpus(corpus)
    main(["ingest", str(corpus), "--db", str(db)])
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--by", "donor"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {row["donor"] for row in table} == {"DEU", "NOR", "FRA"}
    out_file = tmp_path / "rows.csv"
    assert main(["export", "--db", str(db), "--donor", "nor", "--excel", "-o", str(out_file)]) == 0
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert [row["donor"] for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))] == ["NOR"]


def test_ingest_of_a_missing_path_fails_but_keeps_the_rest(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    assert main(["ingest", str(good), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "s.duckdb")]) == 1
    captured = capsys.readouterr()
    assert "1 new" in captured.out and "missing.txt: no such file" in captured.err


def test_ingest_size_limit_is_configurable(tmp_path, capsys):
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * 30_000, encoding="utf-8")
    assert main(["ingest", str(big), "--db", str(tmp_path / "s.duckdb"), "--max-mb", "1"]) == 1
    assert "is over the 1.0 MB limit" in capsys.readouterr().err


def test_import_kiel_command(tmp_path, capsys):
    explorer = tmp_path / "data_explorer.csv"
    explorer.write_text(
        '"country","iso","year","month","financial","humanitarian","military"\n"Germany","DEU",2024,1,0.5,0,0.25\n', encoding="utf-8"
    )
    db = str(tmp_path / "s.duckdb")
    assert main(["import-kiel", str(explorer), "--db", db]) == 0
    assert "2 rows imported" in capsys.readouterr().out
    assert main(["import-kiel", str(explorer), "--db", db]) == 0
    assert "nothing changed" in capsys.readouterr().out
    explorer.write_text('"country","year"\n', encoding="utf-8")
    assert main(["import-kiel", str(explorer), "--db", db]) == 2
    assert "missing columns iso, month" in capsys.readouterr().err

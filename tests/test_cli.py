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

"""Issue 12: bad input read right. One bad file never sinks a batch; text is decoded by the evidence; what a reader
never sees (hidden HTML, comments, invisible characters) never becomes a commitment; sizes hold for pipes and devices;
the command line's small failures are clear errors."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import keys
from tracker import documents, parsing
from tracker.documents import DocumentError, read_document, read_stream
from tracker.store import Store

CLI = [sys.executable, "-m", "tracker.cli"]
GOOD = "France will deliver 12 Caesar howitzers to Ukraine.\n"
HIDDEN = "Sweden will send 50 Gripen jets to Ukraine."


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120, **kwargs)


# 1. One bad file never sinks a batch


def test_ingest_keeps_the_good_files_and_names_each_bad_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "count.txt").write_text(
        "Germany will send 100000000000000000000 artillery shells to Ukraine.\n" + GOOD.replace("France", "Spain")
    )
    (folder / "amount.txt").write_text("Italy will give EUR " + "9" * 400 + " of military aid to Ukraine.\n")
    (folder / "lang.txt").write_text("---\nlang: xx\n---\nNorway will donate 2 NASAMS systems to Ukraine.\n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    odd_name = os.fsencode(folder) + b"/caf\xe9.txt"  # Latin-1 bytes in a file name: not UTF-8
    with open(odd_name, "wb") as handle:
        handle.write(GOOD.replace("France", "Poland").encode())
    db = tmp_path / "store.duckdb"

    result = run("ingest", str(folder), "--db", str(db))

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "lang.txt: front matter unsupported language 'xx'" in result.stderr
    assert "binary.txt: is a binary file" in result.stderr
    assert "count.txt: a row was left out: quantity 100000000000000000000 is too large to store" in result.stderr
    assert "amount.txt: a row was left out: amount" in result.stderr
    table = Store(db).commitments()
    # every good file and every good row of a file with a bad row went in; the odd name is stored as printable text
    assert set(table["donor"]) == {"FRA", "ESP", "POL"}
    assert "caf\\xe9.txt" in set(table["source"])
    assert "documents: 4 new, 0 unchanged, 2 failed" in result.stdout


def test_a_row_too_large_for_the_table_is_refused_alone():
    text = "Germany will send 100000000000000000000 artillery shells to Ukraine. France will deliver 12 Caesar howitzers to Ukraine."
    assert keys(text) == {("FRA", "artillery")}


def test_a_parser_failure_names_its_document_and_the_batch_goes_in(tmp_path, monkeypatch, capsys):
    """A document the parser fails on (any exception) is that document's failure; the others of its batch are stored."""
    from tracker import cli
    from tracker.extract import commitments

    real = commitments.extract

    def failing(text: str, lang: str, **options: object) -> list[dict[str, object]]:
        if "Norway" in text:
            raise RuntimeError("a parser bug")
        return real(text, lang, **options)

    monkeypatch.setattr(parsing, "extract", failing)
    for name, donor in (("a.txt", "France"), ("b.txt", "Norway"), ("c.txt", "Spain")):
        (tmp_path / name).write_text(GOOD.replace("France", donor), encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert cli.main(["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"), "--db", str(db)]) == 1
    assert "b.txt: cannot be parsed (RuntimeError: a parser bug)" in capsys.readouterr().err
    assert set(Store(db).commitments()["donor"]) == {"FRA", "ESP"}


@pytest.mark.parametrize("tag", ["en-GB", "NB", "de_AT"])
def test_front_matter_language_tags_are_read(tag):
    assert read_document(f"---\nlang: {tag}\n---\n{GOOD}").lang in {"en", "no", "de"}


# 2. Decode by the evidence

SENTENCES = {
    "pl": "Polska przekaże Ukrainie czterdzieści czołgów i zestaw amunicji. Minister obrony narodowej ogłosił, że pomoc "
    "dotrze w ciągu dwóch tygodni. Źródło: Ministerstwo Obrony Narodowej, Warszawa.",
    "cs": "Česká republika pošle Ukrajině dvacet houfnic a tisíce nábojů. Ministryně obrany řekla, že zásilka odjede příští "
    "týden ze skladů v Brně. Žádné další podrobnosti nezveřejnila.",
    "hu": "Magyarország humanitárius segítséget küld Ukrajnának: élelmiszert, gyógyszert és áramfejlesztőket. A "
    "külügyminiszter szerint a szállítmány jövő héten indul Záhonyból.",
}


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_central_european_legacy_encodings(lang, encoding):
    document = read_document(SENTENCES[lang].encode(encoding), name="release.txt")
    assert document.text == SENTENCES[lang]
    assert any("not UTF-8 and no charset declared" in warning for warning in document.warnings)


def test_one_stray_byte_keeps_a_utf8_file_utf8():
    text = "Česká republika pošle Ukrajině 20 houfnic, řekla ministryně. Deutschland wird der Ukraine 40 Schützenpanzer liefern."
    raw = text.encode("utf-8").replace(b"20 houfnic", b"20 houfnic\x96")
    document = read_document(raw, name="release.txt")
    assert document.text == text.replace("20 houfnic", "20 houfnic\ufffd")
    assert document.warnings == ("release.txt: 1 byte(s) that are not UTF-8 in a UTF-8 text, shown as \ufffd",)
    assert ("DEU", "armoured_vehicles") in keys(document.text, lang="de")


HTML_1250 = """<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<title>Pomoc dla Ukrainy</title></head><body><article><p>{}</p></article></body></html>"""


def test_html_meta_charset_is_honoured():
    raw = HTML_1250.format(SENTENCES["pl"]).encode("cp1250")
    document = read_document(raw, name="page.html")
    assert SENTENCES["pl"] in document.text and document.warnings == ()


def test_xml_declaration_is_honoured():
    page = f'<?xml version="1.0" encoding="ISO-8859-2"?>\n<html><body><article><p>{SENTENCES["cs"]}</p></article></body></html>'
    assert SENTENCES["cs"] in read_document(page.encode("iso-8859-2"), name="page.xhtml").text


def test_a_false_declaration_gives_way_to_the_bytes():
    raw = HTML_1250.format(SENTENCES["hu"]).replace("windows-1250", "no-such-charset").encode("utf-8")
    document = read_document(raw, name="page.html")
    assert SENTENCES["hu"] in document.text
    assert document.warnings == ("page.html: declares an unknown charset 'no-such-charset'; read by its bytes",)


def test_guessed_encodings_are_printed_by_the_cli(tmp_path):
    path = tmp_path / "release.txt"
    path.write_bytes(SENTENCES["cs"].encode("cp1250"))
    result = run("parse", str(path))
    assert result.returncode == 0 and "aid-tracker: warning: " in result.stderr and "read as cp1250" in result.stderr


# 3. What a reader never sees never becomes a commitment

HIDING = [
    f"<p hidden>{HIDDEN}</p>",
    f'<p style="display: none">{HIDDEN}</p>',
    f'<div style="visibility:hidden !important"><p>{HIDDEN}</p></div>',
    f'<p aria-hidden="true">{HIDDEN}</p>',
    f'<p style="font-size:0px">{HIDDEN}</p>',
    f'<p style="opacity: 0">{HIDDEN}</p>',
    f'<p style="position:absolute; left:-10000px">{HIDDEN}</p>',
    f'<p style="height:0; overflow:hidden">{HIDDEN}</p>',
    f"<!-- {HIDDEN} -->",
    f"<dialog><p>{HIDDEN}</p></dialog>",
    f'<style>.note, #x {{ display: none }}</style><p class="lead note">{HIDDEN}</p>',
    f'<style>article div > p[data-x] {{ display: none }}</style><div><p data-x="1">{HIDDEN}</p></div>',  # any selector
]


@pytest.mark.parametrize("hiding", HIDING)
def test_invisible_html_is_not_read(hiding):
    page = f"<html><head><title>t</title></head><body><article><p>{GOOD} The ministry said so today.</p>{hiding}</article></body></html>"
    text = read_document(page.encode(), name="page.html").text
    assert "France" in text and "Sweden" not in text


def test_text_after_a_hidden_element_stays():
    page = f"<html><body><article><p>Today: <span hidden>{HIDDEN}</span>{GOOD}</p></article></body></html>"
    text = read_document(page.encode(), name="page.html").text
    assert "France will deliver" in text and "Sweden" not in text


@pytest.mark.parametrize(
    "hiding",
    [f"<!-- {HIDDEN} -->", f"<!--\n{HIDDEN}\n", f"[//]: # ({HIDDEN})", f'[note]: https://example.org "{HIDDEN}"'],
)
def test_markdown_comments_are_not_read(hiding):
    document = read_document(f"{GOOD}\n{hiding}\n".encode(), name="release.md")
    assert "France" in document.text and "Sweden" not in document.text


def test_a_comment_in_plain_text_is_text():
    assert "Sweden" in read_document(f"{GOOD}<!-- {HIDDEN} -->".encode(), name="release.txt").text


# 4. Text hygiene

INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\ufe0f", "\U000e0041"]


@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_characters_do_not_hide_a_donor(char):
    text = read_document(f"Ger{char}many will send 14 Leopard tanks to Ukraine.".encode(), name="release.txt").text
    assert text == "Germany will send 14 Leopard tanks to Ukraine."
    assert keys(text) == {("DEU", "armoured_vehicles")}


def test_invisible_characters_go_in_html_entities_too():
    page = "<html><body><article><p>Ger&shy;many will send 14 Leo&#8203;pard tanks to Ukraine.</p></article></body></html>"
    assert "Germany will send 14 Leopard tanks" in read_document(page.encode(), name="page.html").text


def test_a_lone_surrogate_is_a_named_error():
    with pytest.raises(DocumentError, match="pasted text: contains a lone surrogate"):
        read_document("Germany will send \ud800 tanks.", name="pasted text")


@pytest.mark.parametrize("date", ["2024-02-30", "2024-13-01", "2024-02-10T10:00:00+99:99"])
def test_an_impossible_page_date_is_dropped_never_shifted(date):
    page = (
        f'<html><head><title>T</title><meta property="article:published_time" content="{date}">'
        '<link rel="canonical" href="https://example.org/a"></head>'
        f"<body><article><p>{GOOD} The ministry said so in Paris today.</p></article></body></html>"
    )
    document = read_document(page.encode(), name="page.html")
    assert document.published is None and "France" in document.text


def test_a_stated_page_date_is_kept():
    page = f'<html><head><meta name="date" content="2024-05-03"></head><body><article><p>{GOOD}</p></article></body></html>'
    assert read_document(page.encode(), name="page.html").published.isoformat() == "2024-05-03"


# 5. Sizes


def test_a_device_without_a_size_is_read_to_the_limit_only():
    started = time.monotonic()
    with pytest.raises(DocumentError, match=r"more than the 0\.0 MB limit"):
        read_document(Path("/dev/zero"), max_bytes=1000)
    assert time.monotonic() - started < 5


def test_a_fifo_nobody_writes_to_times_out(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "PIPE_TIMEOUT", 0.5)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match=r"nothing .* arrived within 0\.5 s"):
        read_document(fifo)


def test_a_fifo_with_a_writer_is_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def write() -> None:
        time.sleep(0.3)  # the reader is already waiting
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write(GOOD)

    writer = threading.Thread(target=write)
    writer.start()
    assert read_document(fifo).text == GOOD
    writer.join()


def test_standard_input_is_read_to_the_limit_only():
    with open("/dev/zero", "rb") as endless, pytest.raises(DocumentError, match="<stdin>: more than"):
        read_stream(endless, name="<stdin>", max_bytes=1000)


def test_ingest_of_dev_zero_is_one_failure(tmp_path):
    result = run("ingest", "/dev/zero", "--max-mb", "1", "--db", str(tmp_path / "s.duckdb"))
    assert result.returncode == 1 and "failed: /dev/zero: more than the 1.0 MB limit" in result.stderr


READ_BUDGET = 4  # peak memory of reading a text file and taking its id, in multiples of its size


def test_reading_a_large_text_stays_within_its_memory_budget(tmp_path):
    import tracemalloc

    path = tmp_path / "large.txt"
    path.write_text((GOOD + "The ministry said so on Friday.\n") * 50_000, encoding="utf-8")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        parsing.document_id(read_document(path).text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < READ_BUDGET * size, f"{peak / size:.1f}x the file's size"


ID_TEXT = st.lists(st.sampled_from(["a", "é", "e\u0301", " ", "\n", "\u3000", "\x1c", "\u2028", "  "]), max_size=40).map("".join)


@given(ID_TEXT)
def test_document_ids_are_those_of_the_plain_rule(text):
    """The id is computed a slice at a time (memory); it must stay the hash of the whole normalised text."""
    plain = hashlib.sha256(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()[:16]
    saved = parsing.ID_SLICE
    try:
        for size in (1, 3, 1024):
            parsing.ID_SLICE = size
            assert parsing.document_id(text) == plain
    finally:
        parsing.ID_SLICE = saved


# 6. The command line's small failures


def test_a_store_under_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "plain").write_text("x")
    path = tmp_path / "release.txt"
    path.write_text(GOOD)
    result = run("ingest", str(path), "--db", str(tmp_path / "plain" / "store.duckdb"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "plain is a file, not a folder" in result.stderr


@pytest.mark.parametrize("command", [["parse", "{release}"], ["export", "--db", "{db}"]])
def test_a_full_disk_on_standard_output_is_a_clear_error(tmp_path, command):
    release = tmp_path / "release.txt"
    release.write_text(GOOD)
    db = tmp_path / "store.duckdb"
    Store(db).ingest(read_document(release))
    args = [part.format(release=release, db=db) for part in command]
    with open("/dev/full", "w") as full:
        result = subprocess.run([*CLI, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip() == "aid-tracker: error: cannot write to standard output (No space left on device)"


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-1", "twenty"])
def test_max_mb_must_be_a_positive_size(tmp_path, value):
    result = run("ingest", str(tmp_path), f"--max-mb={value}", "--db", str(tmp_path / "s.duckdb"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "is not a size in megabytes" in result.stderr


def test_a_read_only_store_can_be_exported(tmp_path):
    if shutil.which("chattr") is None:
        pytest.skip("chattr is needed to make a file read-only even for root")
    db = tmp_path / "store.duckdb"
    Store(db).ingest(read_document(GOOD, name="release.txt"))
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot make a file immutable")
    try:
        assert not os.access(db, os.W_OK) or os.geteuid() == 0
        result = run("export", "--db", str(db))
        assert result.returncode == 0, result.stderr
        assert "FRA" in result.stdout
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
        db.chmod(stat.S_IRUSR | stat.S_IWUSR)

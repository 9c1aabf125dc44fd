"""Reading announcements: encodings, front matter and clear errors."""

import codecs

import pytest

from tracker.documents import DocumentError, read_document

TEXT = "L’Allemagne livrera un système Patriot à l’Ukraine."


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.replace("’", "'").encode("cp1252"),
    ],
)
def test_encodings(raw):
    assert read_document(raw).text.replace("’", "'") == TEXT.replace("’", "'")


def test_front_matter_is_taken_out():
    document = read_document("---\ntitle: T\npublished: 2024-04-19\nsource: S\nlang: fr\n---\n" + TEXT)
    assert (document.title, document.published.isoformat(), document.source, document.lang) == ("T", "2024-04-19", "S", "fr")
    assert document.text == TEXT


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (b"", "empty"),
        ("   ", "empty"),
        (b"\x00\x00binary", "binary"),
        ("text\x00with nul", "binary"),
        ("---\npublished: 19/04/2024\n---\ntext", "YYYY-MM-DD"),
        ("---\ntitle: only\n---\n  ", "no text"),
    ],
)
def test_bad_input(source, message):
    with pytest.raises(DocumentError, match=message):
        read_document(source, name="upload")


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(DocumentError, match="limit"):
        read_document(path, max_bytes=1000)

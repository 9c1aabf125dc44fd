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
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
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


HTML = """<!doctype html><html><head><title>Germany sends tanks</title>
<meta property="article:published_time" content="2024-04-19">
<link rel="canonical" href="https://example.org/release"></head>
<body><nav>Home | About | Contact</nav>
<article><h1>Germany sends tanks</h1>
<p>Germany will deliver 14 Leopard tanks to Ukraine, the ministry said on Friday in Berlin.</p>
<p>The tanks will arrive within weeks, together with spare parts and training.</p></article>
<footer>Copyright 2024 Ministry</footer><script>document.write("=HYPERLINK(1)")</script></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "release.html"
    path.write_text(HTML, encoding="utf-8")
    document = read_document(path)
    assert "14 Leopard tanks" in document.text
    assert "HYPERLINK" not in document.text and "Copyright" not in document.text
    assert document.title == "Germany sends tanks"
    assert document.published.isoformat() == "2024-04-19"
    # The source is where the page was read from; the address it gives for itself is kept beside it, never instead.
    assert (document.source, document.url) == ("release.html", "https://example.org/release")


def _pdf_with_text(text: str) -> bytes:
    """A one-page PDF with a text layer, written by hand (no PDF writer needed for a fixture)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_text_layer(tmp_path):
    path = tmp_path / "release.pdf"
    path.write_bytes(_pdf_with_text("Germany will deliver 14 Leopard tanks to Ukraine."))
    assert "14 Leopard tanks" in read_document(path).text


def test_pdf_without_text_and_damaged_pdf(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf_with_text(""))
    with pytest.raises(DocumentError, match="no text layer"):
        read_document(path)
    path.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(DocumentError, match="PDF"):
        read_document(path)

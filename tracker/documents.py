"""Announcement files and strings to Documents: decoding, front matter, and a clear error for bad input."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tracker.schema import checked_date

logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file becomes one DocumentError, not log noise

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
# Control characters that never occur in text (tab, newlines and form feed excepted).
_NEVER_SHOWN = ["iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template"]  # their text is fallback
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")


class DocumentError(ValueError):
    """An input that cannot be read as an announcement; the message names it and says why."""


@dataclass(frozen=True, slots=True)
class Document:
    """An announcement's text and what is known about it."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    lang: str | None = None
    source: str | None = None


def read_document(source: str | Path | bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a path, raw bytes or a string: text, Markdown, HTML (main text only) or PDF.

    Front matter (title, published, source, lang) and an HTML page's metadata become the Document's fields.
    """
    if isinstance(source, Path):
        label = name or str(source)
        raw = _read_file(source, label, max_bytes)
        return _from_bytes(raw, label, source.suffix.lower(), default_source=source.name)
    if isinstance(source, bytes):
        label = name or "input"
        if len(source) > max_bytes:
            raise DocumentError(f"{label}: {_megabytes(len(source))} is over the {_megabytes(max_bytes)} limit")
        return _from_bytes(source, label, Path(label).suffix.lower(), default_source=name)
    if isinstance(source, str):
        label = name or "text"
        if len(source.encode("utf-8", "surrogatepass")) > max_bytes:
            raise DocumentError(f"{label}: text is over the {_megabytes(max_bytes)} limit")
        if _BINARY.search(source):
            raise DocumentError(f"{label}: contains binary control characters, not text")
        if not source.strip():
            raise DocumentError(f"{label}: is empty")
        return _with_front_matter(source, label, name)
    raise TypeError(f"cannot read a document from {type(source).__name__}")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"


def _read_file(path: Path, label: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"{label}: {_megabytes(size)} is over the {_megabytes(max_bytes)} limit (ingest --max-mb raises it)")
        return path.read_bytes()
    except DocumentError:
        raise
    except FileNotFoundError:
        raise DocumentError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{label}: is a folder, not a file") from None
    except OSError as error:
        raise DocumentError(f"{label}: cannot be read ({error.strerror or error})") from None


def _from_bytes(raw: bytes, label: str, suffix: str, default_source: str | None) -> Document:
    if not raw.strip():
        raise DocumentError(f"{label}: is empty")
    if suffix == ".pdf" or raw.startswith(b"%PDF-"):
        return _from_pdf(raw, label, default_source)
    text = decode(raw, label)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        return _from_html(text, label, default_source)
    return _with_front_matter(text, label, default_source)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower()


def _from_html(html: str, label: str, default_source: str | None) -> Document:
    """The page's main text (no scripts, menus or footers) and its title, date and address (trafilatura)."""
    import trafilatura  # imported on first use: a quarter of a second that readers of plain text never pay
    from lxml_html_clean import Cleaner

    # Fallback text inside frames, objects and noscript is never shown to a reader, so it is never announcement text
    # (trafilatura would keep it); scripts, styles and comments go too. Meta tags stay: they carry the date and title.
    inert = Cleaner(
        scripts=True, javascript=True, comments=True, style=True, embedded=False, frames=False, forms=False, page_structure=False,
        meta=False, links=False, safe_attrs_only=False, kill_tags=_NEVER_SHOWN,
    )  # fmt: skip
    try:
        html = inert.clean_html(html)
    except (ValueError, etree.ParserError):
        raise DocumentError(f"{label}: not readable HTML") from None
    extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True, include_comments=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise DocumentError(f"{label}: the page has no readable main text")
    published = None
    if getattr(extracted, "date", None):
        try:
            published = checked_date(dt.date.fromisoformat(str(extracted.date)[:10]))
        except ValueError:
            published = None  # a page's metadata is a hint: an unreadable or impossible date is dropped, not fatal
    return Document(
        text=text,
        title=getattr(extracted, "title", None) or None,
        published=published,
        lang=None,
        source=getattr(extracted, "url", None) or default_source,
    )


def _from_pdf(raw: bytes, label: str, default_source: str | None) -> Document:
    """The text layer of a PDF (pypdf); an encrypted or image-only PDF is a clear error."""
    import pypdf  # imported on first use, like trafilatura

    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise DocumentError(f"{label}: the PDF is encrypted")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        title = (reader.metadata.title if reader.metadata else None) or None
    except DocumentError:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on damaged files
        raise DocumentError(f"{label}: not a readable PDF ({type(error).__name__})") from None
    if not text.strip():
        raise DocumentError(f"{label}: the PDF has no text layer (scanned images only?)")
    return Document(text=text, title=str(title) if title else None, source=default_source)


def decode(raw: bytes, label: str) -> str:
    """Bytes to text: a BOM decides; UTF-16 is recognised by its zero bytes; else UTF-8; else Windows-1252."""
    if not raw.strip():
        raise DocumentError(f"{label}: is empty")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return _text_or_error(raw.decode(encoding), label)
            except UnicodeDecodeError:
                raise DocumentError(f"{label}: starts with a {encoding} mark but is not valid {encoding}") from None
    if b"\x00" in raw:
        encoding = _utf16_without_bom(raw)
        if encoding is None:
            raise DocumentError(f"{label}: is a binary file, not text")
        try:
            return _text_or_error(raw.decode(encoding), label)
        except UnicodeDecodeError:
            raise DocumentError(f"{label}: is a binary file, not text") from None
    try:
        return _text_or_error(raw.decode("utf-8"), label)
    except UnicodeDecodeError:
        pass
    try:
        return _text_or_error(raw.decode("cp1252"), label)
    except UnicodeDecodeError:
        raise DocumentError(f"{label}: is neither UTF-8 nor Windows-1252 text") from None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text of Latin script has a zero in every other byte: the side of the zeros gives the byte order."""
    sample = raw[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 4 and odd.count(0) >= 0.4 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if len(sample) >= 4 and even.count(0) >= 0.4 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def _text_or_error(text: str, label: str) -> str:
    if _BINARY.search(text):
        raise DocumentError(f"{label}: is a binary file, not text")
    if not text.strip():  # a byte-order mark alone, or Unicode spaces only
        raise DocumentError(f"{label}: is empty")
    return text


def _with_front_matter(text: str, label: str, default_source: str | None) -> Document:
    match = _FRONT_MATTER.match(text)
    if not match:
        return Document(text=text, source=default_source)
    fields = {m["key"].lower(): m["value"] for m in _FIELD.finditer(match["body"])}
    published = None
    if fields.get("published"):
        try:
            published = checked_date(dt.date.fromisoformat(fields["published"]), "front matter date")
        except ValueError as error:
            reason = error if "outside" in str(error) else f"front matter date {fields['published']!r} is not YYYY-MM-DD"
            raise DocumentError(f"{label}: {reason}") from None
    body = text[match.end() :]
    if not body.strip():
        raise DocumentError(f"{label}: has front matter but no text")
    return Document(
        text=body,
        title=fields.get("title") or None,
        published=published,
        lang=(fields.get("lang") or None),
        source=fields.get("source") or fields.get("url") or default_source,
    )

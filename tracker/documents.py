"""Announcement files and strings to Documents: decoding, front matter, and a clear error for bad input."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
# Control characters that never occur in text (tab, newlines and form feed excepted).
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
    """Read a path, raw bytes or a string; front matter (title, published, source, lang) is taken out of the text."""
    if isinstance(source, Path):
        label = name or str(source)
        try:
            size = source.stat().st_size
            if size > max_bytes:
                raise DocumentError(f"{label}: {size:,} bytes is over the {max_bytes:,}-byte limit")
            raw = source.read_bytes()
        except DocumentError:
            raise
        except FileNotFoundError:
            raise DocumentError(f"{label}: no such file") from None
        except IsADirectoryError:
            raise DocumentError(f"{label}: is a folder, not a file") from None
        except OSError as error:
            raise DocumentError(f"{label}: cannot be read ({error.strerror or error})") from None
        text = decode(raw, label)
        default_source = Path(label).name
    elif isinstance(source, bytes):
        label = name or "input"
        if len(source) > max_bytes:
            raise DocumentError(f"{label}: {len(source):,} bytes is over the {max_bytes:,}-byte limit")
        text = decode(source, label)
        default_source = name
    elif isinstance(source, str):
        label = name or "text"
        if len(source.encode("utf-8", "surrogatepass")) > max_bytes:
            raise DocumentError(f"{label}: text is over the {max_bytes:,}-byte limit")
        if _BINARY.search(source):
            raise DocumentError(f"{label}: contains binary control characters, not text")
        text = source
        default_source = name
    else:
        raise TypeError(f"cannot read a document from {type(source).__name__}")
    if not text.strip():
        raise DocumentError(f"{label}: is empty")
    return _with_front_matter(text, label, default_source)


def decode(raw: bytes, label: str) -> str:
    """Bytes to text: a BOM decides; else UTF-8; else Windows-1252 (a superset of Latin-1 for letters)."""
    if not raw.strip():
        raise DocumentError(f"{label}: is empty")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return _text_or_error(raw.decode(encoding), label)
            except UnicodeDecodeError:
                raise DocumentError(f"{label}: starts with a {encoding} mark but is not valid {encoding}") from None
    if b"\x00" in raw:
        raise DocumentError(f"{label}: is a binary file, not text")
    try:
        return _text_or_error(raw.decode("utf-8"), label)
    except UnicodeDecodeError:
        pass
    try:
        return _text_or_error(raw.decode("cp1252"), label)
    except UnicodeDecodeError:
        raise DocumentError(f"{label}: is neither UTF-8 nor Windows-1252 text") from None


def _text_or_error(text: str, label: str) -> str:
    if _BINARY.search(text):
        raise DocumentError(f"{label}: is a binary file, not text")
    return text


def _with_front_matter(text: str, label: str, default_source: str | None) -> Document:
    match = _FRONT_MATTER.match(text)
    if not match:
        return Document(text=text, source=default_source)
    fields = {m["key"].lower(): m["value"] for m in _FIELD.finditer(match["body"])}
    published = None
    if fields.get("published"):
        try:
            published = dt.date.fromisoformat(fields["published"])
        except ValueError:
            raise DocumentError(f"{label}: front matter date {fields['published']!r} is not YYYY-MM-DD") from None
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

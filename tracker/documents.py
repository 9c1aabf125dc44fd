"""Announcement files and strings to Documents: decoding by the evidence, front matter, and a clear error for bad input."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import functools
import io
import logging
import os
import re
import select
import stat
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from tracker.schema import checked_date

logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file becomes one DocumentError, not log noise

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
READ_CHUNK = 1024 * 1024  # bytes read at a time: memory stays at the limit even for /dev/zero
PIPE_TIMEOUT = 10.0  # seconds a FIFO or device may take to deliver its text (nobody writing must not hang a batch)
PIPE_POLL = 0.05  # seconds between looks at a FIFO that no writer has opened yet
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_NEVER_SHOWN = ["iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template"]  # their text is fallback
# Control characters that never occur in text (tab, newlines and form feed excepted).
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Markdown that a reader never sees: comments (an unclosed one hides the rest) and link reference definitions
# ("[//]: # (note)", '[1]: https://x "title"'), the usual way to write a comment in Markdown.
_MARKDOWN_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)|^ {0,3}\[[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$",
    re.DOTALL | re.MULTILINE,
)

# Decoding. HTML declares its charset in the first 1024 bytes (the WHATWG prescan), XML in its declaration.
DECLARATION_BYTES = 1024
_DECLARED = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)|\A\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.:-]+)", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Labels that browsers read as Windows-1252 (WHATWG Encoding): pages that say Latin-1 are written in it.
_AS_WINDOWS_1252 = frozenset({"latin_1", "iso8859_1", "ascii", "iso8859_15", "cp1252"})
# A file is UTF-8 with a few stray bytes when its valid multi-byte characters outnumber its invalid bytes this much.
UTF8_EVIDENCE_RATIO = 4
# The legacy encodings the supported languages are written in; charset-normalizer chooses only among these.
LEGACY_ENCODINGS = (
    "cp1250", "iso8859_2", "cp1252", "iso8859_15", "iso8859_16", "cp1257", "iso8859_13", "iso8859_4",
    "cp1251", "iso8859_5", "koi8_u", "cp1253", "iso8859_7", "shift_jis", "cp932", "euc_jp", "iso2022_jp", "euc_kr", "cp949",
)  # fmt: skip
LETTER_SHARE_DOUBTFUL = 0.9  # below this share of letters of its language, a guessed decoding is flagged as doubtful


class DocumentError(ValueError):
    """An input that cannot be read as an announcement; the message names it and says why."""


@dataclass(frozen=True, slots=True)
class Document:
    """An announcement's text and what is known about it.

    `source` is where it was read from (the file name, or the front matter's `source`); `url` is the address the page
    gives for itself (its canonical link), kept apart because a page may claim any address. `warnings` are things the
    reader should know (a guessed encoding, replaced bytes) that did not stop the reading.
    """

    text: str
    title: str | None = None
    published: dt.date | None = None
    lang: str | None = None
    source: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()


def printable_name(path: str | Path) -> str:
    """A file name as it can be printed and stored: bytes that are not UTF-8 shown as \\xNN, never a lone surrogate."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_document(source: str | Path | bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a path, raw bytes or a string: text, Markdown, HTML (main text only) or PDF.

    Front matter (title, published, source, lang) and an HTML page's metadata become the Document's fields.
    """
    if isinstance(source, Path):
        label = name or printable_name(source)
        raw = _read_file(source, label, max_bytes)
        return _from_bytes(raw, label, source.suffix.lower(), default_source=printable_name(source.name))
    if isinstance(source, bytes):
        label = name or "input"
        if len(source) > max_bytes:
            raise DocumentError(f"{label}: {_megabytes(len(source))} is over the {_megabytes(max_bytes)} limit")
        return _from_bytes(source, label, Path(label).suffix.lower(), default_source=name)
    if isinstance(source, str):
        label = name or "text"
        if len(source.encode("utf-8", "surrogatepass")) > max_bytes:
            raise DocumentError(f"{label}: text is over the {_megabytes(max_bytes)} limit")
        text = _text_or_error(source, label)
        return _with_front_matter(text, label, name, markdown=Path(label).suffix.lower() in MARKDOWN_SUFFIXES)
    raise TypeError(f"cannot read a document from {type(source).__name__}")


def read_stream(stream: BinaryIO, *, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read an open binary stream (standard input) to its end, but never more than the limit and one byte."""
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise DocumentError(f"{name}: more than the {_megabytes(max_bytes)} limit")
    return read_document(raw, name=name, max_bytes=max_bytes)


def _blank(text: str | bytes) -> bool:
    """Empty or spaces only, without the copy that strip() makes of a 20 MB text."""
    return not text or text.isspace()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"


def _read_file(path: Path, label: str, max_bytes: int) -> bytes:
    """The file's bytes, at most the limit: a size on disk is checked first, and files without one (pipes, devices) are
    read up to the limit and one byte, within PIPE_TIMEOUT."""
    try:
        # Non-blocking, so that opening a FIFO nobody writes to returns at once (the wait is bounded below).
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise DocumentError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{label}: is a folder, not a file") from None
    except OSError as error:
        raise DocumentError(f"{label}: cannot be read ({error.strerror or error})") from None
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise DocumentError(f"{label}: is a folder, not a file")
        if stat.S_ISREG(mode):
            size = os.fstat(handle).st_size
            if size > max_bytes:
                raise DocumentError(f"{label}: {_megabytes(size)} is over the {_megabytes(max_bytes)} limit (ingest --max-mb raises it)")
            raw = _read_at_most(handle, max_bytes + 1, deadline=None, wait_for_writer=False)
        else:
            deadline = time.monotonic() + PIPE_TIMEOUT
            raw = _read_at_most(handle, max_bytes + 1, deadline=deadline, wait_for_writer=stat.S_ISFIFO(mode))
    except TimeoutError:  # before OSError, of which it is a kind
        raise DocumentError(f"{label}: nothing (or not all of it) arrived within {PIPE_TIMEOUT:g} s") from None
    except OSError as error:
        raise DocumentError(f"{label}: cannot be read ({error.strerror or error})") from None
    finally:
        os.close(handle)
    if len(raw) > max_bytes:  # a file that grew, or one without a size
        raise DocumentError(f"{label}: more than the {_megabytes(max_bytes)} limit (ingest --max-mb raises it)")
    return raw


def _read_at_most(handle: int, limit: int, *, deadline: float | None, wait_for_writer: bool) -> bytes:
    """Up to `limit` bytes; a FIFO without a writer yet is waited for, and any wait ends at the deadline (TimeoutError)."""
    chunks: list[bytes] = []
    size = 0
    writer_seen = not wait_for_writer
    while size < limit:
        try:
            chunk = os.read(handle, min(READ_CHUNK, limit - size))
        except BlockingIOError:  # a writer is there, but has sent nothing yet
            writer_seen = True
            remaining = _remaining(deadline)
            select.select([handle], [], [], remaining)
            continue
        if not chunk:
            if writer_seen or size:
                break
            _remaining(deadline)  # a FIFO reads as ended until someone opens it to write
            time.sleep(PIPE_POLL)
            continue
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _remaining(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _from_bytes(raw: bytes, label: str, suffix: str, default_source: str | None) -> Document:
    if _blank(raw):
        raise DocumentError(f"{label}: is empty")
    if suffix == ".pdf" or raw.startswith(b"%PDF-"):
        return _from_pdf(raw, label, default_source)
    text, warnings = _decode(raw, label)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        document = _from_html(text, label, default_source)
    else:
        document = _with_front_matter(text, label, default_source, markdown=suffix in MARKDOWN_SUFFIXES)
    return _with_warnings(document, warnings)


def _with_warnings(document: Document, warnings: tuple[str, ...]) -> Document:
    return dataclasses.replace(document, warnings=document.warnings + warnings) if warnings else document


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in text[:5000].lower()


def _from_html(html: str, label: str, default_source: str | None) -> Document:
    """The page's main text (no scripts, menus, footers or hidden parts), its title and date, and its own address."""
    import lxml.html
    import trafilatura  # imported on first use: a quarter of a second that readers of plain text never pay
    from lxml_html_clean import Cleaner

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that declares its encoding; it is decoded already
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, etree.ParserError):
        raise DocumentError(f"{label}: not readable HTML") from None
    _remove_invisible(tree)  # before the cleaner, which takes the style attributes and sheets that say what is hidden
    # Fallback text inside frames, objects and noscript is never shown to a reader, so it is never announcement text
    # (trafilatura would keep it); scripts, styles and comments go too. Meta tags stay: they carry the date and title.
    inert = Cleaner(
        scripts=True, javascript=True, comments=True, style=True, embedded=False, frames=False, forms=False, page_structure=False,
        meta=False, links=False, safe_attrs_only=False, kill_tags=_NEVER_SHOWN,
    )  # fmt: skip
    try:
        inert(tree)
    except (ValueError, etree.ParserError):
        raise DocumentError(f"{label}: not readable HTML") from None
    options = {"favor_recall": True, "include_comments": False}
    extracted = trafilatura.bare_extraction(tree, with_metadata=True, **options)
    if extracted is None:  # metadata it cannot read (a date with a +99:99 offset) makes it drop the page: read it without
        extracted = trafilatura.bare_extraction(tree, with_metadata=False, **options)
    text = _text_or_none(getattr(extracted, "text", None), label)
    if not text:
        raise DocumentError(f"{label}: the page has no readable main text")
    title = _text_or_none(getattr(extracted, "title", None) or tree.findtext(".//title"), label)
    return Document(
        text=text, title=title, published=_stated_date(getattr(extracted, "date", None), html), lang=None, source=default_source,
        url=getattr(extracted, "url", None) or None,
    )  # fmt: skip


def _stated_date(found: object, html: str) -> dt.date | None:
    """The page's date, only if the page states it as such: htmldate turns 2024-02-30 into 2024-02-01 and 2024-13-01
    into 2024-01-13, and a shifted date is worse than none (the text's own date is read instead)."""
    if not found:
        return None
    day = str(found)[:10]
    if day not in html:
        return None
    try:
        return checked_date(dt.date.fromisoformat(day))
    except ValueError:
        return None  # a page's metadata is a hint: an unreadable or impossible date is dropped, not fatal


# What makes an element invisible: its attributes, or one of its style declarations (property, value pattern).
_HIDDEN_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("display", re.compile(r"none")),
    ("visibility", re.compile(r"hidden|collapse")),
    ("font-size", re.compile(r"[0.]+(?:[a-z]+|%)?")),
    ("opacity", re.compile(r"[0.]+%?")),
    ("color", re.compile(r"transparent")),
    ("clip", re.compile(r"rect\(\s*0[^)]*\)")),
    ("clip-path", re.compile(r"inset\(\s*50%.*|circle\(\s*0.*")),
    ("transform", re.compile(r"scale[xy]?\(\s*0(?:\.0*)?\s*[,)].*")),
    ("text-indent", re.compile(r"-\d{4,}(?:\.\d+)?(?:px|pt)|-\d{3,}(?:\.\d+)?(?:em|rem)")),  # pushed out of the page
    ("left", re.compile(r"-\d{4,}(?:\.\d+)?(?:px|pt)|-\d{3,}(?:\.\d+)?(?:em|rem)")),
    ("top", re.compile(r"-\d{4,}(?:\.\d+)?(?:px|pt)|-\d{3,}(?:\.\d+)?(?:em|rem)")),
)
_ZERO_SIZE = re.compile(r"[0.]+(?:[a-z]+|%)?")
_CSS = HTMLTranslator()
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def _declarations(style: str) -> dict[str, str]:
    declarations = {}
    for declaration in style.split(";"):
        prop, colon, value = declaration.partition(":")
        if colon:
            declarations[prop.strip().lower()] = " ".join(value.lower().replace("!important", "").split())
    return declarations


def _hides(style: str) -> bool:
    """Whether a style attribute or rule makes its text invisible (not shown, zero-sized, transparent, off the page)."""
    found = _declarations(style)
    if any(pattern.fullmatch(found.get(prop, "")) for prop, pattern in _HIDDEN_STYLES):
        return True
    return found.get("overflow") == "hidden" and any(
        _ZERO_SIZE.fullmatch(found.get(prop, "x")) for prop in ("width", "height", "max-width", "max-height")
    )


def _remove_invisible(tree: etree._Element) -> None:
    """Drop what a reader never sees, with its text (the text after it stays): the `hidden` attribute, aria-hidden,
    closed dialogs, hiding inline styles, and elements that a page's style sheet hides (any selector cssselect reads)."""
    hidden = tree.xpath("//*[@hidden or @aria-hidden='true' or self::dialog[not(@open)]] | //input[@type='hidden']") + [
        element for element in tree.xpath("//*[@style]") if _hides(element.get("style", ""))
    ]
    for sheet in tree.xpath("//style/text()"):
        for selectors, body in _RULE.findall(re.sub(r"/\*.*?\*/", "", str(sheet), flags=re.DOTALL)):
            if _hides(body):
                hidden += _selected(tree, selectors)
    for element in hidden:
        if element.getparent() is not None and element.tag not in ("html", "body"):
            element.drop_tree()


def _selected(tree: etree._Element, selectors: str) -> list[etree._Element]:
    """The elements a style sheet's selectors match (cssselect translates them to XPath); one it cannot read matches none."""
    try:
        return tree.xpath(_CSS.css_to_xpath(selectors))
    except (SelectorError, etree.XPathError):
        return []


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
    text = _text_or_none(text, label)
    if not text:
        raise DocumentError(f"{label}: the PDF has no text layer (scanned images only?)")
    return Document(text=text, title=_text_or_none(str(title) if title else None, label), source=default_source)


def _decode(raw: bytes, label: str) -> tuple[str, tuple[str, ...]]:
    """Bytes to text by the evidence, strongest first: a byte-order mark; UTF-16's zero bytes; a declared charset (HTML
    meta, XML declaration); valid UTF-8 (a few stray bytes replaced, and said); else the legacy encoding of one of the
    supported languages that charset-normalizer finds most plausible, flagged as a guess. Returns text and warnings."""
    if _blank(raw):
        raise DocumentError(f"{label}: is empty")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
    ):  # fmt: skip
        if raw.startswith(bom):
            try:
                return _text_or_error(raw.decode(encoding), label), ()
            except UnicodeDecodeError:
                raise DocumentError(f"{label}: starts with a {encoding} mark but is not valid {encoding}") from None
    if b"\x00" in raw:
        encoding = _utf16_without_bom(raw)
        if encoding is None:
            raise DocumentError(f"{label}: is a binary file, not text")
        try:
            return _text_or_error(raw.decode(encoding), label), ()
        except UnicodeDecodeError:
            raise DocumentError(f"{label}: is a binary file, not text") from None
    warnings: list[str] = []
    declared = _declared_encoding(raw, label, warnings)
    if declared is not None:
        try:
            return _text_or_error(raw.decode(declared), label), tuple(warnings)
        except UnicodeDecodeError:
            warnings.append(f"{label}: declares the charset {declared} but is not written in it; read by its bytes")
    try:
        return _text_or_error(raw.decode("utf-8"), label), tuple(warnings)
    except UnicodeDecodeError:
        pass
    replaced = raw.decode("utf-8", "replace")
    stray = replaced.count("\ufffd")
    multibyte = sum(1 for char in replaced if char > "\x7f") - stray
    if multibyte >= UTF8_EVIDENCE_RATIO * stray:
        warnings.append(f"{label}: {stray} byte(s) that are not UTF-8 in a UTF-8 text, shown as \ufffd")
        return _text_or_error(replaced, label), tuple(warnings)
    text, guess = _guess_legacy(raw, label)
    return text, (*warnings, guess)


def _declared_encoding(raw: bytes, label: str, warnings: list[str]) -> str | None:
    """The charset an HTML meta tag or XML declaration names (as a Python codec), None when none or an unknown one."""
    match = _DECLARED.search(raw[:DECLARATION_BYTES])
    if match is None:
        return None
    name = (match[1] or match[2]).decode("ascii", "replace")
    try:
        codec = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        warnings.append(f"{label}: declares an unknown charset {name!r}; read by its bytes")
        return None
    if codec.startswith(("utf_16", "utf_32")):
        return None  # a page without zero bytes is not UTF-16 whatever it says (browsers read it as UTF-8 too)
    return "cp1252" if codec in _AS_WINDOWS_1252 else codec


def _guess_legacy(raw: bytes, label: str) -> tuple[str, str]:
    """The most plausible legacy decoding and the warning that says it was guessed (and whether it stays doubtful).

    charset-normalizer ranks the decodings that read as text; among those, the one whose accented letters belong to
    the alphabet of the language it reads as wins (ISO-8859-2 Czech also reads cleanly as Windows-1257, with
    Lithuanian letters in Czech words)."""
    from charset_normalizer import from_bytes

    from tracker.extract.language import detect_language

    candidates: dict[str, str] = {}
    for match in from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)):
        text = str(match)
        if text not in candidates.values() and not _BINARY.search(text):
            candidates[match.encoding] = text
    if not candidates:
        raise DocumentError(f"{label}: is neither UTF-8 nor text in an encoding of the supported languages")
    scored = []
    for encoding, text in candidates.items():
        lang = detect_language(text)
        scored.append((_letter_share(text, lang), encoding, lang, text))
    share, encoding, lang, text = max(scored, key=lambda item: item[0])  # max keeps charset-normalizer's order on ties
    warning = f"{label}: not UTF-8 and no charset declared; read as {encoding} ({lang}), a guess from its bytes"
    rivals = [other for other in scored if other[0] == share and other[1] != encoding]
    if share < LETTER_SHARE_DOUBTFUL or rivals:
        warning += "; doubtful: check its accented letters, or save it as UTF-8"
    return _text_or_error(text, label), warning


def _letter_share(text: str, lang: str) -> float:
    """The share of the text's accented letters that belong to the language's alphabet (1.0 when it has none)."""
    accented = [char for char in text.lower() if char > "\x7f" and char.isalpha()]
    if not accented:
        return 1.0
    alphabet = _alphabet(lang)
    return sum(char in alphabet for char in accented) / len(accented)


@functools.cache
def _alphabet(lang: str) -> frozenset[str]:
    """The letters a language writes, from its CLDR names of countries, languages, currencies, months and days (Babel)."""
    from babel import Locale

    locale = Locale.parse("nb" if lang == "no" else lang)
    names = [
        *locale.territories.values(), *locale.languages.values(), *locale.currencies.values(),
        *locale.months["format"]["wide"].values(), *locale.days["format"]["wide"].values(),
    ]  # fmt: skip
    return frozenset(char for name in names for char in name.lower() if char.isalpha())


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text of Latin script has a zero in every other byte: the side of the zeros gives the byte order."""
    sample = raw[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 4 and odd.count(0) >= 0.4 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if len(sample) >= 4 and even.count(0) >= 0.4 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


@functools.cache
def _invisible() -> re.Pattern[str]:
    """Characters that are never seen, yet split a word for a reader of code points ("Ger\\u00admany").

    Unicode's format characters (category Cf: zero-width spaces and joiners, soft hyphens, word joiners, bidi controls,
    an inner U+FEFF, tag characters) and the other default-ignorable ones (variation selectors, Hangul fillers,
    the combining grapheme joiner). Built once, on first use (a pass over Unicode, an eighth of a second)."""
    ignorable = {code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"}
    ignorable |= {code for start, end in _OTHER_IGNORABLE for code in range(start, end + 1)}
    ranges: list[list[int]] = []
    for code in sorted(ignorable):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    # As ranges: a class of single characters is tested one by one, 30 s on 18 MB; ranges take a fraction of a second.
    return re.compile("[" + "".join(f"{re.escape(chr(start))}-{re.escape(chr(end))}" for start, end in ranges) + "]")


# Default-ignorable code points outside category Cf (Unicode DerivedCoreProperties).
_OTHER_IGNORABLE = ((0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x3164, 0x3164),
                    (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xE0100, 0xE01EF))  # fmt: skip


def _text_or_none(text: str | None, label: str) -> str | None:
    """The text without invisible characters, None when nothing is left; a lone surrogate is an error."""
    if text is None:
        return None
    if _SURROGATE.search(text):
        raise DocumentError(f"{label}: contains a lone surrogate (broken UTF-16), not text")
    text = _invisible().sub("", text)
    return None if _blank(text) else text


def _text_or_error(text: str, label: str) -> str:
    if _BINARY.search(text):
        raise DocumentError(f"{label}: is a binary file, not text")
    cleaned = _text_or_none(text, label)
    if cleaned is None:  # a byte-order mark alone, Unicode spaces or invisible characters only
        raise DocumentError(f"{label}: is empty")
    return cleaned


def _with_front_matter(text: str, label: str, default_source: str | None, *, markdown: bool = False) -> Document:
    from tracker.parsing import language_code

    match = _FRONT_MATTER.match(text)
    fields = {m["key"].lower(): m["value"] for m in _FIELD.finditer(match["body"])} if match else {}
    body = text[match.end() :] if match else text
    if markdown:
        body = _MARKDOWN_HIDDEN.sub("", body)
    if match and _blank(body):
        raise DocumentError(f"{label}: has front matter but no text")
    if _blank(body):
        raise DocumentError(f"{label}: is empty")
    published = None
    if fields.get("published"):
        try:
            published = checked_date(dt.date.fromisoformat(fields["published"]), "front matter date")
        except ValueError as error:
            reason = error if "outside" in str(error) else f"front matter date {fields['published']!r} is not YYYY-MM-DD"
            raise DocumentError(f"{label}: {reason}") from None
    lang = None
    if fields.get("lang"):
        # A stated language is the author's word: one we cannot read is an error, not a guess (detection would pick the
        # nearest supported language and read the text wrongly without a word).
        try:
            lang = language_code(fields["lang"])
        except ValueError as error:
            raise DocumentError(f"{label}: front matter {error}") from None
    return Document(
        text=body,
        title=fields.get("title") or None,
        published=published,
        lang=lang,
        source=fields.get("source") or fields.get("url") or default_source,
    )

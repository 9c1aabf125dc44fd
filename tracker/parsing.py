"""parse_text: announcement text in, commitments table out (no store involved)."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import itertools
import logging
import multiprocessing
import re
import unicodedata
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import NamedTuple

import pandas as pd

from tracker import fx, schema
from tracker.documents import Document
from tracker.extract.commitments import extract
from tracker.extract.dates import find_date
from tracker.extract.language import detect_language
from tracker.extract.lexicon import LANGUAGES
from tracker.extract.vocabulary import english_name, vocabulary

_log = logging.getLogger(__name__)
_SPACE = re.compile(r"\s")
ID_SLICE = 64 * 1024  # characters normalised at a time for a document's id (its word list costs 11x that)
EVIDENCE_SHOWN = 80  # characters of a refused row's sentence quoted in its warning
_LANGUAGE_ALIASES = {"nb": "no", "nn": "no"}  # Norwegian Bokmål and Nynorsk are read as one language
_warm = False  # set once warm_up has run in this process (forked workers inherit it)


def warm_up() -> None:
    """Compile every language's vocabulary and date patterns now, so that no parse call pays for it (once per process)."""
    global _warm
    if _warm:
        return
    _warm = True
    for lang in LANGUAGES:
        vocabulary(lang)
        find_date("", lang)
    detect_language("")
    fx.latest_rate_date()
    # Move the long-lived tables built above out of the collector's reach (gc.freeze); otherwise every full
    # collection during parsing traverses them all, which slowed parsing down by a third.
    gc.collect()
    gc.freeze()


def document_id(text: str) -> str:
    """Stable id of a document: the same words, however spaced or composed, give the same id."""
    # The hash of " ".join(text.split()), taken a slice at a time: the list of every word cost 11x the text's size.
    digest = hashlib.sha256()
    text = unicodedata.normalize("NFC", text)
    start, separator = 0, b""
    while start < len(text):
        cut = _SPACE.search(text, start + ID_SLICE)  # a slice ends at a space, so that no word is cut in two
        end = cut.start() if cut else len(text)
        words = text[start:end].split()
        if words:
            digest.update(separator + " ".join(words).encode("utf-8"))
            separator = b" "
        start = end
    return digest.hexdigest()[:16]


def language_code(value: str) -> str:
    """The code of a supported language from a tag such as "de", "en-GB" or "nb"; a clear error for any other."""
    code = value.strip().lower().replace("_", "-").split("-")[0]
    code = _LANGUAGE_ALIASES.get(code, code)
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {value!r}; supported: {', '.join(LANGUAGES)}")
    return code


class Announcement(NamedTuple):
    """One text to parse, with what is known about it."""

    text: str
    published: dt.date | str | None = None
    source: str | None = None
    lang: str | None = None


def announcement_of(document: Document, published: dt.date | None = None) -> Announcement:
    """What the parser reads of a document: its text, its own date (else `published`), its source and language."""
    return Announcement(document.text, document.published or published, document.source, document.lang)


def parse_text(
    text: str,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """Commitments stated in an announcement, one row per donor, category and stage, with evidence and EUR value."""
    records = commitment_records(Announcement(text, published, source, lang))
    return schema.to_frame(records) if records else schema.empty_frame()


def parse_many(announcements: Iterable[Announcement], *, jobs: int = 1) -> pd.DataFrame:
    """All their commitments in one table, in input order: the same rows as parse_text on each, built once (faster)."""
    with Parser(jobs) as parser:
        per_document = parser.records(list(announcements))
    return schema.to_frame(itertools.chain.from_iterable(per_document))


class Parser:
    """Parses batches of announcements in this process, or across `jobs` processes; results keep the input order."""

    def __init__(self, jobs: int = 1) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None  # started on the first batch worth sharing out: nothing to parse, no cost

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def records(self, announcements: list[Announcement]) -> list[list[dict[str, object]]]:
        """Each announcement's commitment records (plain dicts of table fields)."""
        if self.jobs == 1 or len(announcements) < 2:
            return [commitment_records(announcement) for announcement in announcements]
        if self._pool is None:
            warm_up()  # before the workers fork, so that they inherit the vocabularies instead of building them again
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("fork"))
        size = max(1, min(64, -(-len(announcements) // (4 * self.jobs))))  # a few chunks per worker keeps both busy to the end
        chunks = [announcements[start : start + size] for start in range(0, len(announcements), size)]
        return list(itertools.chain.from_iterable(self._pool.map(_records_of_chunk, chunks)))


def _records_of_chunk(announcements: list[Announcement]) -> list[list[dict[str, object]]]:
    return [commitment_records(announcement) for announcement in announcements]


def commitment_records(announcement: Announcement) -> list[dict[str, object]]:
    """The rows parse_text returns, as plain dicts (cheap to send between processes and to join into one table)."""
    text, published, source, lang = announcement
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    warm_up()
    published_on = _as_date(published)
    lang = language_code(lang) if lang else detect_language(text)
    announced_on = published_on or find_date(text, lang, within=schema.date_window())
    found = extract(text, lang, year=announced_on.year if announced_on else None)
    if not found:
        return []
    doc_id = document_id(text)
    records = []
    for row in found:
        record = dict(row)
        if _refused(record, source):
            continue
        record.update(
            document_id=doc_id,
            donor_name=english_name(str(row["donor"])),
            recipient="UKR",
            aid_type=schema.CATEGORY_AID_TYPE[str(row["category"])],
            announced_on=announced_on,
            source=source,
            review="unreviewed",
        )
        record.update(_eur_fields(row.get("amount"), row.get("currency"), announced_on))
        record["package_eur"] = _eur_fields(row.get("package_amount"), row.get("package_currency"), announced_on)["amount_eur"]
        if _refused(record, source):  # a value that only overflows once converted to EUR
            continue
        record["id"] = _row_id(doc_id, record)
        records.append(record)
    return records


def _refused(record: dict[str, object], source: str | None) -> bool:
    """Whether the row holds a value the table cannot store; such a row is dropped, and the drop said (logged)."""
    problem = schema.unstorable(record)
    if problem is not None:
        evidence = " ".join(str(record.get("evidence") or "").split())[:EVIDENCE_SHOWN]
        _log.warning("%s: a row was left out: %s (in %r)", source or "text", problem, evidence)
    return problem is not None


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value))
        except ValueError as error:
            raise ValueError(f"published must be a date in YYYY-MM-DD form, not {value!r}") from error
    return schema.checked_date(value, "published")


def _eur_fields(amount: object, currency: object, on: dt.date | None) -> dict[str, object]:
    if amount is None or currency is None:
        return {"amount_eur": None, "fx_rate": None, "fx_date": None}
    rate = fx.eur_rate(str(currency), on)
    if rate is None:
        return {"amount_eur": None, "fx_rate": None, "fx_date": None}
    value, day = rate
    return {"amount_eur": float(amount) * value, "fx_rate": value, "fx_date": day}


def _row_id(doc_id: str, record: dict[str, object]) -> str:
    key = "|".join(str(record.get(k)) for k in ("donor", "category", "status", "item", "amount", "currency"))
    return hashlib.sha256(f"{doc_id}|{key}".encode()).hexdigest()[:16]

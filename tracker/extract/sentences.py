"""Split a document into sentences with their character offsets."""

from __future__ import annotations

import re

# A sentence ends at . ! ? or … (closing quotes allowed) before white space and a capital, digit or quote.
_BOUNDARY = re.compile(r"[.!?…][\"»”’')\]]*\s+(?=[\"«“„(\[]?\s?[^\W\d_a-zß-ÿ]|[\"«“„]?\d)")
_LINE = re.compile(r"[^\n]+")
# Tokens before a full stop that do not end a sentence: titles, initials, month and unit abbreviations.
_ABBREVIATION = re.compile(
    r"(?:\b[A-ZÀ-Ý]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Adm|Mme|Mlle|No|Nr|Nos|Jan|Feb|Febr|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|Mrd|Mio|Md|Mds|ca|bzw|z\.B|vs|etc|approx|inkl|sog|St|U\.S|U\.K|D\.C|Co|Corp|Inc|Ltd)|\b\d{1,2})$"
)
MAX_SENTENCE = 1500


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; lines are hard breaks and over-long runs are cut at white space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            if _ABBREVIATION.search(text, max(start, boundary.start() - 12), boundary.start()):
                continue
            _add(text, start, boundary.start() + 1, spans)
            start = boundary.end()
        _add(text, start, line.end(), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut + (text[cut] == " ")
    if end > start:
        spans.append((start, end))

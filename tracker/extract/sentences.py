"""Split a document into sentences with their character offsets, with each language's abbreviations."""

from __future__ import annotations

import re
import unicodedata

from tracker.extract.vocabulary import Vocabulary, normalise

# A sentence may end at . ! ? or … (closing quotes allowed) before white space; in Chinese and Japanese script at 。！？.
# One character class opens the pattern (the look-behinds then tell which mark it was), so that the regex engine skips
# ahead to the next mark instead of trying three branches at every character (3x faster).
_BOUNDARY = re.compile(
    r"[.!?…。！？](?:(?<=[.!?…])[\"»”’')\]]*\s+|(?<=[。！？])[。！？]*[」』）]*\s*|(?<=[^\W\d_]{3}\.)(?=[^\W\d_](?:[^\W\d_]| )))"
)
_LINE = re.compile(r"[^\n]+")
_TOKEN_BEFORE = re.compile(r"[\w.]+$")
_OPENING = '"«“„([ '  # what may stand between a boundary and the first letter of the next sentence
TOKEN_REACH = 20  # characters back to look for the token before a full stop
ORDINAL_DIGITS = 2  # "am 26. April", "23. mai": a number this short before a full stop is a day, not an end
MAX_SENTENCE = 1500


def split_sentences(text: str, vocabulary: Vocabulary) -> list[tuple[int, int]]:
    """(start, end) of each sentence; lines are hard breaks and over-long runs are cut at white space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            if not _ends_sentence(text, start, boundary, vocabulary.abbreviations, vocabulary.language.ordinal_dot):
                continue
            _add(text, start, boundary.start() + 1, spans)
            start = boundary.end()
        _add(text, start, line.end(), spans)
    return spans


def _ends_sentence(text: str, start: int, boundary: re.Match[str], abbreviations: set[str], ordinal_dot: bool) -> bool:
    """A full stop ends a sentence before a capital, a digit or an uncased script, and not after an abbreviation."""
    if text[boundary.start()] in "。！？":
        return True
    following = boundary.end()
    while following < len(text) and text[following] in _OPENING:
        following += 1
    if following >= len(text):
        return True
    letter = text[following]
    after = text[following + 1 : following + 2]
    if boundary.group() == "." and not (text[boundary.start() - 1].islower() and letter.isupper() and (after.islower() or after == " ")):
        return False  # no space after the full stop: only 'Ucrânia.Depois' ends a sentence, not 'bundesregierung.de'
    money = unicodedata.category(letter) == "Sc"  # '... to Ukraine. £150m will go to drones.'
    if not (letter.isupper() or letter.isdigit() or money or (letter.isalpha() and not letter.islower())):
        return False  # lower case goes on: 'z. B. die', 'Ukrainalle 23. helmikuuta'
    if text[boundary.start()] != ".":
        return True
    token = _TOKEN_BEFORE.search(text, max(start, boundary.start() - TOKEN_REACH), boundary.start())
    if token is None:
        return True
    word = token.group()
    initial = len(word) == 1 and word.isupper() and text[token.start() - 1 : token.start()] != "-"  # not 'Iris-T.'
    if initial or (ordinal_dot and word.isdigit() and len(word) <= ORDINAL_DIGITS):
        return False  # an initial ('J. Smith') or, where numbers take a dot as ordinals, a day ('am 26. April')
    return normalise(word).rstrip(".") not in abbreviations


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

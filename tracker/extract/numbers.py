"""Numbers in announcements: digits in every locale's format, number words and scale words composed, currencies attached.

Composition follows how people write numbers in every language of the lexicon: number words add up ("twenty four"),
a multiplier multiplies the group it ends ("five hundred", 4千), and a scale closes the group ("5 hundred thousand",
"224億4千万" = 224 x 10^8 + 4 x 10^3 x 10^4). Digits take a following scale ("4 milliards", "1,5 mld", "1억").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

# Digits with a consistent group separator and an optional decimal part, or plain digits: linear on any input. Digits
# that go on in no format ('4,5,6', '1.2.3') or into a Latin code ('1e300'; not '224億4千万') are no number at all.
# The first digit comes first and the check on what stands before it second: a pattern that opens with a digit lets
# the regex engine skip ahead to the next digit (one opening with the look-behind tried every position, 4x slower).
DIGITS = re.compile(
    r"\d(?<![\d.,]\d)(?:\d{0,2}(?P<sep>[ .,'])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*(?:[.,]\d+)?|\d*(?:[.,]\d+)?)(?!\d|[.,]\d|[A-Za-z]+\d)"
)
GROUP_DIGITS = 3
# What may stand between two parts of one number: spaces and hyphens ("quarter-million", "4 milliards").
MAX_GAP = 2
MAX_JOINED_GAP = 6  # "200 de milioane": a joiner word this short may stand between a number and its scale
ADDITIVE_TENS = 20  # "twenty four": a ten of at least this value adds the unit that follows it
COUNTABLE = frozenset({"digits", "number", "fraction"})  # pieces that carry a value of their own


@dataclass(slots=True)
class Piece:
    """One part of a written number: digits, a number word or a scale, at a character span."""

    start: int
    end: int
    kind: str  # digits, number, multiplier, scale, abbrev, fraction, connector
    value: float
    raw: str = ""  # the digits as written


@dataclass(slots=True)
class Number:
    """A number read from digits or words, scaled, with its character span and its currency if any."""

    value: float
    start: int
    end: int
    from_digits: bool
    currency: str | None = None


def parse_digits(raw: str, decimal: str | None = None) -> float:
    """Read '1 234,5', '1.234,5', '1,234.5', "1'234.5" or '4,8'.

    One separator before exactly three digits groups them ('50.000', '100,000'), unless `decimal` says it is the
    decimal sign of the text's language (only asked where a scale word follows: '1.086 billion').
    """
    raw = raw.replace(" ", "").replace("'", "")
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        point = "." if raw.rfind(".") > raw.rfind(",") else ","
        group = "," if point == "." else "."
        return float(raw.replace(group, "").replace(point, "."))
    separator = "." if dots else "," if commas else ""
    if not separator:
        return float(raw)
    head, _, tail = raw.rpartition(separator)
    if raw.count(separator) > 1 or (len(tail) == GROUP_DIGITS and separator != decimal):
        return float(raw.replace(separator, ""))
    return float(f"{head.replace(separator, '')}.{tail}")


def compose(pieces: list[Piece], norm: str, decimal: str = ",", joiners: frozenset[str] = frozenset()) -> list[Number]:
    """Join adjacent pieces into numbers, in reading order ("vier Milliarden", "two hundred thousand", "224億4千万").

    `decimal` is the language's decimal sign: before a scale word, "1.086 billion" (English) is 1.086, and
    "1.500 millones" (Spanish) 1500. `joiners` are the words allowed between a number and its scale ("200 de milioane").
    """
    if len(pieces) == 1 and pieces[0].kind == "digits":  # the common case: one plain number
        piece = pieces[0]
        return [Number(piece.value, piece.start, piece.end, True)]
    numbers: list[Number] = []
    run: list[Piece] = []
    pieces = sorted(pieces, key=_reading_order)
    for piece, following in itertools.pairwise(pieces):
        if piece.kind == "digits" and following.kind in ("scale", "abbrev") and _continues(piece, following, norm, joiners):
            piece.value = parse_digits(piece.raw, decimal)
    for piece in pieces:
        if run and piece.start < run[-1].end:
            continue  # overlapping reading of the same letters
        if run and not _continues(run[-1], piece, norm, joiners):
            numbers.extend(_read(run))
            run = []
        run.append(piece)
    if run:
        numbers.extend(_read(run))
    return numbers


def _reading_order(piece: Piece) -> tuple[int, int]:
    return piece.start, -piece.end


def _continues(previous: Piece, piece: Piece, norm: str, joiners: frozenset[str] = frozenset()) -> bool:
    gap = norm[previous.end : piece.start]
    if len(gap) > MAX_GAP or gap.strip(" -"):
        words = gap.split()
        joined = piece.kind in ("scale", "abbrev") and len(gap) <= MAX_JOINED_GAP and words and all(w in joiners for w in words)
        if not joined:
            return False
    if previous.kind == "digits" and piece.kind in ("digits", "number"):
        return False  # "2024 15", "3 two"
    return not (previous.kind == "number" and piece.kind == "digits")


def _read(run: list[Piece]) -> list[Number]:
    """The number(s) a run of pieces spells; a run that cannot be one number splits where it breaks."""
    numbers: list[Number] = []
    total = group = 0.0
    last: Piece | None = None
    start = run[0].start
    connected = False  # a connector ("und", "és") joins the next number word to the one before
    for piece in run:
        if piece.kind == "connector":
            connected = last is not None
            continue
        if piece.kind == "fraction" and last is not None and last.kind in ("scale", "abbrev") and not group:
            total += piece.value * last.value  # 'un milliard et demi', 'two million and a half': half of that scale
            connected = False
            last = piece
            continue
        if piece.kind in COUNTABLE:
            joined = connected and "digits" not in (last.kind if last else "", piece.kind)  # 'vier und zwanzig', not '2023 és 2024'
            if last is not None and last.kind in COUNTABLE and not (joined or _adds(last, piece)):
                numbers.append(_number(total + group, start, last.end, run))
                total = group = 0.0
                start = piece.start
            group += piece.value
        elif piece.kind == "multiplier":
            group = (group or 1.0) * piece.value
        else:  # scale, abbrev
            total += (group or 1.0) * piece.value
            group = 0.0
        connected = False
        last = piece
    if last is not None and total + group:
        numbers.append(_number(total + group, start, last.end, run))
    # A scale or multiplier alone ("million", "cent") is not a number: "a million" is read by the scan, with its article.
    # A multiplier that a scale closes is one ("hundred million", "hundert Millionen").
    return [n for n in numbers if _spelt(n, run)]


def _spelt(number: Number, run: list[Piece]) -> bool:
    """Whether the pieces of a number give it a value of its own: a number word or digits, or a multiplier and a scale."""
    kinds = {p.kind for p in run if number.start <= p.start < number.end}
    return bool(kinds & COUNTABLE) or ("multiplier" in kinds and bool(kinds & {"scale", "abbrev"}))


def _adds(previous: Piece, piece: Piece) -> bool:
    """'twenty four', 'drei und zwanzig' ... add; 'five six' are two numbers."""
    if piece.kind == "fraction":
        return True  # "nyolc és fél milliárd": eight and a half
    return previous.kind == "number" and previous.value >= ADDITIVE_TENS and piece.value < previous.value and piece.kind == "number"


def _number(value: float, start: int, end: int, run: list[Piece]) -> Number:
    from_digits = any(p.kind == "digits" and start <= p.start < end for p in run)
    return Number(value, start, end, from_digits)

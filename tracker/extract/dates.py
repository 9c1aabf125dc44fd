"""Find the announcement date written in a text, with Babel's month names for the text's language."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from tracker.extract.lexicon import default_lexicon
from tracker.extract.vocabulary import babel_locale

EARLIEST, LATEST = 1990, 2100
MONTH_LETTERS = 3  # shorter abbreviations ('V.', 'mä') are too ambiguous to read as months


@functools.cache
def month_names(babel: str) -> dict[str, int]:
    """Month names and abbreviations (at least three letters, lower case) in a CLDR locale, with their numbers."""
    locale = babel_locale(babel)
    months: dict[str, int] = {}
    if locale is None:
        return months
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                name = name.lower().rstrip(".")
                if len(name) >= MONTH_LETTERS:
                    months.setdefault(name, number)
    return months


@functools.cache
def _month_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    months: dict[str, int] = {}
    for code in dict.fromkeys((lang, "en")):
        for name, number in month_names(default_lexicon().language(code).babel).items():
            months.setdefault(name, number)
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    day = r"(?P<day>[0-3]?\d)(?:\.|er|st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20|21)\d\d)"
    pattern = re.compile(
        rf"\b(?:{day}\s+(?:de\s+)?(?P<month>{names})\.?,?\s+(?:de\s+)?{year}"
        rf"|(?P<month2>{names})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20|21)\d\d)"
        rf"|(?P<iso_year>(?:19|20|21)\d\d)-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)"
        rf"|(?P<num_day>[0-3]?\d)\.\s?(?P<num_month>[01]?\d)\.\s?(?P<num_year>(?:19|20|21)\d\d))\b",
        re.IGNORECASE,
    )
    return pattern, months


# The century's digits first, then the check that no digit stands before them: a pattern that opens with a look-behind
# is tried at every position of the text, one that opens with '19', '20' or '21' skips ahead to them.
YEAR = re.compile(r"(?:19|20|21)(?<!\d\d\d)\d\d(?!\d)")
WINDOW = 40  # a written date spans at most this many characters before the end of its year


def find_date(text: str, lang: str, within: tuple[dt.date, dt.date] | None = None) -> dt.date | None:
    """The first complete calendar date (day, month and year) in the text, within the window if one is given, or None."""
    pattern, months = _month_pattern(lang)
    searched_to = 0
    for year in YEAR.finditer(text):
        # Only the stretch just around a year can hold a full date: search there, not the whole text.
        start = max(year.start() - WINDOW, searched_to)
        for found in _dates(pattern, months, text[start : year.end() + 6]):
            if within is None or within[0] <= found <= within[1]:
                return found
        searched_to = year.start()
    return None


def _dates(pattern: re.Pattern[str], months: dict[str, int], text: str) -> Iterator[dt.date]:
    for match in pattern.finditer(text):
        groups = match.groupdict()
        try:
            if groups["month"]:
                parts = (groups["year"], months[groups["month"].lower().rstrip(".")], groups["day"])
            elif groups["month2"]:
                parts = (groups["year2"], months[groups["month2"].lower().rstrip(".")], groups["day2"])
            elif groups["iso_year"]:
                parts = (groups["iso_year"], groups["iso_month"], groups["iso_day"])
            else:
                parts = (groups["num_year"], groups["num_month"], groups["num_day"])
            found = dt.date(*map(int, parts))
        except (KeyError, ValueError):
            continue
        if EARLIEST <= found.year <= LATEST:
            yield found

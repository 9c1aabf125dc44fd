"""One sentence, looked up once: its words, clauses, vocabulary matches and numbers."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

from tracker.extract.vocabulary import AID_WORD_KINDS, Entry, Vocabulary, normalise

WORD = re.compile(r"\w+")
# Commas and colons end a clause only before a space: "1,5 milliarder" and "18:e" stay whole.
CLAUSE_BREAK = re.compile(r"[;()«»\"“”\[\]]|[,:](?=\s)| [–—-] ")
# Digits with a consistent group separator and an optional decimal part, or plain digits: linear on any input.
NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?P<sep>[ .,'])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)")
ATTACHED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "mrd": 1e9, "md": 1e9, "mds": 1e9}
INFLECTION_LETTERS = 4
_WORD_REST = re.compile(r"[^\W_]*")
# Words allowed between an amount and its currency: "4 milliards d'euros", "174 milioni di euro".
JOINERS = frozenset({"of", "de", "d", "di", "af", "van", "z", "da"})


@dataclass(slots=True)
class Match:
    """A stretch of the sentence that the vocabulary knows, with every meaning that fits there."""

    start: int
    end: int
    first: int  # first word index
    last: int  # last word index
    entries: tuple[Entry, ...]
    surface: str


@dataclass(slots=True)
class Number:
    """A number read from digits or words, scaled ("4 bn", "quatre milliards"), with its currency if any."""

    value: float
    first: int
    last: int
    currency: str | None = None
    in_parentheses: bool = False


def _no_surface(start: int, end: int) -> str:
    return ""


def parse_digits(raw: str) -> float:
    """Read '1 234,5', '1.234,5', '1,234.5', "1'234.5" or '4,8'; one separator before exactly three digits groups."""
    raw = raw.replace(" ", "").replace("'", "")
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        group = "," if decimal == "." else "."
        return float(raw.replace(group, "").replace(decimal, "."))
    separator = "." if dots else "," if commas else ""
    if not separator:
        return float(raw)
    head, _, tail = raw.rpartition(separator)
    if raw.count(separator) > 1 or len(tail) == 3:
        return float(raw.replace(separator, ""))
    return float(f"{head.replace(separator, '')}.{tail}")


class SentenceScan:
    """The facts about one sentence that the extraction rules ask for, computed once."""

    def __init__(self, text: str, vocabulary: Vocabulary, norm: str | None = None) -> None:
        self.text = text
        self.norm = normalise(text) if norm is None else norm
        self._word_cues = vocabulary.word_cues
        self.content, self.cues = self._lookup(vocabulary)
        self.cue_values = {entry.value for match in self.cues for entry in match.entries}
        self.word_spans: list[tuple[int, int]] = []
        self.word_starts: list[int] = []
        self.clause_of: list[int] = []
        self.cue_words: dict[str, list[int]] = {}
        self._indexed = False

    def index_words(self) -> None:
        """Split into words and clauses and place every match on them; only sentences that may commit need this."""
        if self._indexed:
            return
        self._indexed = True
        self.word_spans = [m.span() for m in WORD.finditer(self.norm)]
        self.word_starts = [start for start, _ in self.word_spans]
        breaks = [m.start() for m in CLAUSE_BREAK.finditer(self.norm)]
        self.clause_of = [bisect_right(breaks, start) for start in self.word_starts]
        starts = self.word_starts
        for match in self.content + self.cues:
            match.first = max(bisect_right(starts, match.start) - 1, 0)
            match.last = max(bisect_right(starts, match.end - 1) - 1, 0)
        for match in self.cues:
            for entry in match.entries:
                self.cue_words.setdefault(entry.value, []).append(match.first)

    def words_before(self, char: int, count: int) -> list[str]:
        """The last few words before a character offset (no full word split needed)."""
        return WORD.findall(self.norm, max(0, char - 12 * count), char)[-count:]

    def cue_just_before(self, cue: str, char: int, reach: int = 12) -> bool:
        """Whether a cue match ends within `reach` characters before an offset."""
        return any(char - reach <= match.end <= char for match in self.cues for entry in match.entries if entry.value == cue)

    def mentions_aid(self) -> bool:
        """Whether any weapon, aid or category word occurs: only such sentences need their numbers read."""
        return any(match.entries[0].kind in AID_WORD_KINDS for match in self.content)

    @functools.cached_property
    def numbers(self) -> list[Number]:
        """Every number in the sentence, with scale words applied and currencies attached."""
        self.index_words()
        self._currencies = [m for m in self.content if m.entries[0].kind == "currency"]
        self._currency_starts = [m.start for m in self._currencies]
        self._currency_by_end = sorted(range(len(self._currencies)), key=lambda i: self._currencies[i].end)
        self._currency_ends = [self._currencies[i].end for i in self._currency_by_end]
        return self._numbers()

    def word_index(self, char: int) -> int:
        """Index of the word at or before a character offset."""
        return max(bisect_right(self.word_starts, char) - 1, 0)

    def has_cue(self, cue: str) -> bool:
        return cue in self.cue_values

    def cue_near(self, cue: str, word: int, before: int, after: int = 0) -> bool:
        """Whether the cue starts within `before` words before, or `after` words after, a word."""
        if cue in self._word_cues:
            words = self._word_cues[cue]
            return any(self.word_text(at) in words for at in range(max(word - before, 0), min(word + after + 1, len(self.word_spans))))
        return any(word - before <= at <= word + after for at in self.cue_words.get(cue, ()))

    def vocabulary_words(self, cue: str) -> set[str]:
        """The language's function words of one kind ('to', 'nach', 'en' for destination)."""
        return self._word_cues.get(cue, set())

    def word_is(self, cue: str, word: int) -> bool:
        """Whether the word at an index is one of a language's function words of that kind ('and', 'of', 'a')."""
        return 0 <= word < len(self.word_spans) and self.word_text(word) in self._word_cues.get(cue, ())

    def word_text(self, word: int) -> str:
        start, end = self.word_spans[word]
        return self.norm[start:end]

    def _lookup(self, vocabulary: Vocabulary) -> tuple[list[Match], list[Match]]:
        norm, text = self.norm, self.text
        size = len(norm)
        content: dict[tuple[int, int], list[Entry]] = {}
        cues: dict[tuple[int, int], list[Entry]] = {}
        for last_char, term in vocabulary.automaton.iter(norm):
            start = last_char - term.length + 1
            inside = start > 0 and norm[start - 1].isalnum() and norm[start].isalnum()
            if inside and term.starts_word:
                continue  # a substring of a longer word: the common case, rejected first
            end = last_char + 1
            suffix = 0
            if end < size and norm[end].isalnum() and norm[last_char].isalnum():
                suffix = _WORD_REST.match(norm, end).end() - end
            if term.plain and not suffix and not inside:
                if term.content:
                    content[start, end] = list(term.content)
                if term.cues:
                    cues[start, end] = list(term.cues)
                continue
            for entry in term.entries:
                if suffix > entry.max_suffix or (inside and not entry.inside_word):
                    continue
                if entry.case == "exact" and text[start:end] != entry.surface:
                    continue
                if entry.case == "title" and not text[start].isupper():
                    continue
                (content if entry.layer == "content" else cues).setdefault((start, end), []).append(entry)
        return self._longest(content), self._longest(cues, named=False)

    def _longest(self, candidates: dict[tuple[int, int], list[Entry]], *, named: bool = True) -> list[Match]:
        """Leftmost-longest matches that do not overlap, in reading order (cues need no surface text).

        "air defence equipment" reads as "air defence" + "equipment", not "air" + "defence equipment".
        """
        surface = self._surface if named else _no_surface
        chosen: list[Match] = []
        taken_to = -1
        for start, end in sorted(candidates, key=lambda span: (span[0], -span[1])):
            if start >= taken_to:
                chosen.append(Match(start, end, -1, -1, tuple(candidates[start, end]), surface(start, end)))
                taken_to = end
        return chosen

    def _surface(self, start: int, end: int) -> str:
        """The words as written, with an inflection ending the lexicon left out ('opancerzon' + 'ych')."""
        if end < len(self.norm) and self.norm[end].isalpha() and self.norm[end - 1].isalpha():
            word_end = _WORD_REST.match(self.norm, end).end()
            if word_end - end <= INFLECTION_LETTERS:
                end = word_end
        return self.text[start:end]

    def _numbers(self) -> list[Number]:
        systems = [(m.start, m.end) for m in self.content if m.entries[0].kind == "system"]
        items: list[tuple[int, int, str, float]] = []  # start, end, kind, value
        for found in NUMBER.finditer(self.norm):
            start, end = found.span()
            if any(s <= start < e for s, e in systems):
                continue
            letters = end
            while letters < len(self.norm) and self.norm[letters].isalpha():
                letters += 1
            suffix = self.norm[end:letters]
            value = parse_digits(found.group())
            if not suffix:
                items.append((start, end, "number", value))
            elif suffix in ATTACHED_SCALES:
                items.append((start, letters, "number", value * ATTACHED_SCALES[suffix]))
        for match in self.content:
            for entry in match.entries:
                if entry.kind in ("number", "one", "fraction", "scale", "abbrev"):
                    items.append((match.start, match.end, entry.kind, float(entry.value)))
                    break
        items.sort()
        numbers: list[Number] = []
        index = 0
        while index < len(items):
            start, end, kind, value = items[index]
            index += 1
            if kind in ("scale", "abbrev"):
                continue
            # Multiply by following scale words: "4 milliards", "quarter-million", "4 1000000000" (text2num output).
            while index < len(items):
                next_start, next_end, next_kind, next_value = items[index]
                gap = self.norm[end:next_start]
                if gap.strip(" -") or len(gap) > 2:
                    break
                is_power = next_kind == "number" and next_value >= 1000 and str(int(next_value)).strip("0") == "1"
                if next_kind in ("scale", "abbrev") or (is_power and kind in ("number", "one", "fraction")):
                    value *= next_value
                    end = next_end
                    index += 1
                else:
                    break
            if kind in ("one", "fraction") and value < 2:
                continue  # a bare "a"/"un"/"half" is not a number here; quantities read it separately
            number = Number(value, self.word_index(start), self.word_index(end - 1))
            number.currency = self._currency_around(start, end)
            before = self.norm[max(0, start - 40) : start]
            number.in_parentheses = before.rfind("(") > before.rfind(")")
            numbers.append(number)
        return numbers

    def _currency_around(self, start: int, end: int) -> str | None:
        """A currency written just before the number ('€4bn', 'EUR 4 bn') or just after ('4 milliards d'euros')."""
        before = bisect_right(self._currency_ends, start) - 1
        if before >= 0:
            match = self._currencies[self._currency_by_end[before]]
            if not self.norm[match.end : start].strip():
                return match.entries[0].value
        after = bisect_right(self._currency_starts, end - 1)
        if after < len(self._currencies):
            match = self._currencies[after]
            gap = self.norm[end : match.start]
            words = WORD.findall(gap)
            if len(gap) <= 12 and len(words) <= 1 and all(w in JOINERS for w in words):
                return match.entries[0].value
        return None

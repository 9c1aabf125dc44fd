"""One language's vocabulary, compiled: lexicon files plus Babel's country and currency names, in one automaton."""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick
import pycountry
from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_territory_currencies

from tracker.extract.lexicon import COMMON, Language, Lexicon, default_lexicon

# Cues that are single function words ("and", "to", "of"): asked about at one position, so looked up by word.
WORD_CUES = frozenset(
    {"and", "destination", "location", "source", "agent", "partitive", "range_from", "range_to", "joiner", "relative", "complement"}
)
# Kinds of category vocabulary that make a sentence worth reading closely.
AID_WORD_KINDS = frozenset({"system", "noun", "general", "radar", "qualifier", "aid", "service"})
NUMBER_KINDS = frozenset({"number", "multiplier", "scale", "abbrev", "one", "fraction", "connector", "counter"})
NON_DONORS = frozenset({"UKR", "RUS", "BLR", "PRK", "IRN"})
# Currencies whose names Babel knows in every language and that donors announce in.
NAMED_CURRENCIES = (
    "EUR", "USD", "GBP", "CHF", "DKK", "NOK", "SEK", "CZK", "PLN", "CAD", "AUD", "JPY", "NZD", "HUF", "KRW", "RON", "BGN", "HRK", "UAH",
)  # fmt: skip
# Plural categories to ask Babel for ("1 euro", "2 euros", "5 euros" differ in some languages).
CURRENCY_COUNTS = (1, 2, 5, 1.5)
SYSTEM_SUFFIX = 1  # a system name takes at most a plural letter ("F-16s")
SHORT_CUE = 6  # cues shorter than this match whole words only
CUE_SUFFIX = 2  # longer cues allow this many letters of inflection
INFLECTED_CURRENCY_LETTERS = 3  # alphabetic currency terms shorter than this ('kr', 'zł', 'Ft') are abbreviations: whole words
CJK_START = 0x3000  # letters from here on are kana, kanji and hangul (syllables, not letters of an alphabet)
UNSPACED_SUFFIX = 99  # in a script without spaces any letters may follow a term
COMPOUND_PART_LETTERS = 5  # in compounding languages, category terms this long are found inside longer words too
STEM_LENGTH = 5  # words at least this long have a stem without their final vowel
PARTICLE_LETTERS = 4  # "zu", "an", "af", "aan", "ud": the second word of a separable verb is this short


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of one surface form: what it is, and how strictly it must match."""

    layer: str  # "content" (donors, categories, currencies, numbers) or "cue"
    kind: str
    value: str
    role: str = ""
    case: str = "any"  # "any", "title" (first letter upper case) or "exact"
    surface: str = ""
    inside_word: bool = False  # may start inside a word (compounds, scripts without spaces)
    max_suffix: int = 0  # letters allowed after the term before the word ends


_VARIANTS = (
    ("’", "'"), ("‘", "'"), ("ʼ", "'"), ("‐", "-"), ("‑", "-"), ("\u00a0", " "), ("\u202f", " "), ("\u2009", " "),
    ("ş", "ș"), ("ţ", "ț"), ("ς", "σ"), ("ά", "α"), ("έ", "ε"), ("ή", "η"), ("ί", "ι"), ("ό", "ο"), ("ύ", "υ"), ("ώ", "ω"),
    ("ΐ", "ι"), ("ΰ", "υ"), ("ϊ", "ι"), ("ϋ", "υ"),
    *((chr(0xFF10 + digit), str(digit)) for digit in range(10)),
)  # fmt: skip
_NORMALISE_TABLE = str.maketrans(dict(_VARIANTS))


def normalise(text: str) -> str:
    """Lower-case and unify apostrophes, hyphens, spaces and accents without changing the length, so offsets still hold."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return "".join(map(_normalise_char, text))
    # One str.replace per variant present (each a scan in C) is over ten times faster than translate with a dict
    # table, and gives the same text: no variant's replacement is itself a variant.
    for variant, plain in _VARIANTS:
        if variant in lowered:
            lowered = lowered.replace(variant, plain)
    return lowered


def _normalise_char(char: str) -> str:
    lowered = char.lower()
    return (lowered if len(lowered) == 1 else char).translate(_NORMALISE_TABLE)


@functools.cache
def alpha3(alpha2: str) -> str | None:
    """ISO alpha-3 for an alpha-2 territory code, or None for regions and unknown codes."""
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


@functools.cache
def alpha2_of(code: str) -> str | None:
    """ISO alpha-2 for an alpha-3 donor code (None for EU, NATO and unknown codes)."""
    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country else None


@functools.cache
def english_name(code: str) -> str:
    """The English short name of a donor, as CLDR spells it ("Czechia", "United States")."""
    if code in ("EU", "NATO"):
        return {"EU": "European Union", "NATO": "NATO"}[code]
    alpha2 = alpha2_of(code)
    return Locale("en").territories.get(alpha2, code) if alpha2 else code


def babel_locale(locale_name: str) -> Locale | None:
    try:
        return Locale.parse(locale_name)
    except (UnknownLocaleError, ValueError):
        return None


@functools.cache
def currency_families() -> dict[str, dict[str, str]]:
    """family -> context (language, donor code or '*') -> ISO currency."""
    families: dict[str, dict[str, str]] = defaultdict(dict)
    for row in default_lexicon().currency_families():
        families[row["family"]][row["context"]] = row["currency"]
    return dict(families)


def resolve_currency(value: str, donor: str | None, lang: str, written: frozenset[str] = frozenset()) -> str:
    """Turn '$', 'kroner' or 'francs' into ISO 4217 using the donor's own currency, then the language.

    `written` holds the currencies the document names by code: where it writes 'NZD 6 million ($3.68 million)', its
    bare dollar is not the donor's own but the family's default (USD).
    """
    if not value.startswith("family:"):
        return value
    options = currency_families()[value.removeprefix("family:")]
    own = None
    if donor and donor in options:
        own = options[donor]
    elif donor and (alpha2 := alpha2_of(donor)):
        own = next((code for code in get_territory_currencies(alpha2) if code in options.values()), None)
    if own is not None and own not in written:
        return own
    default = options.get(lang, options["*"])
    return default if own is None or default != own else options["*"]


class Term(NamedTuple):
    """What the automaton returns for a surface form: its meanings, and what the scan may skip checking."""

    length: int
    starts_word: bool
    whole_word: bool  # no meaning allows letters after it: a hit followed by a letter is rejected at once
    plain: bool
    entries: tuple[Entry, ...]
    content: tuple[Entry, ...]
    cues: tuple[Entry, ...]


class Vocabulary:
    """Everything one language's parser looks up, with one Aho-Corasick automaton over all surface forms."""

    def __init__(self, language: Language, lexicon: Lexicon) -> None:
        self.language = language
        self.lang = language.code
        self._lexicon = lexicon
        self._entries: dict[str, list[Entry]] = defaultdict(list)
        self.word_cues: dict[str, set[str]] = defaultdict(set)
        self.suffix_cues: dict[str, list[str]] = defaultdict(list)  # role -> endings ("lle", "에")
        self.separable_cues: dict[str, list[tuple[str, str]]] = {}  # verb -> (particle, cue): 'sagt' -> ('zu', 'give')
        self.abbreviations: set[str] = set()
        self.attached: dict[str, tuple[str, str]] = {}  # words written onto digits ("4bn", "1억", "50대", "1325억원"): kind, value
        self.folders = (COMMON, language.code, *language.siblings)
        locale = babel_locale(language.babel)
        self.decimal = locale.number_symbols["latn"]["decimal"] if locale is not None else ","  # Babel: '.' in English
        self._add_categories()
        self._add_cues()
        self._add_donors()
        self._add_currencies()
        self._add_numbers()
        for folder in self.folders:
            self.abbreviations.update(normalise(row["abbreviation"]).rstrip(".") for row in lexicon.rows(folder, "abbreviations"))
        self.automaton = self._compile()
        kinds: dict[str, list[str]] = defaultdict(list)
        for kind, words in self.word_cues.items():
            for word in words:
                kinds[word].append(kind)
        self.word_kinds = {word: tuple(found) for word, found in kinds.items()}  # word -> its function-word kinds
        # One copy of each function word ('the', 'and', 'of'), which every sentence's word list points to: cheaper than
        # sys.intern on every word, and these are the words that repeat.
        self.shared_words = {word: word for word in self.word_kinds}
        self.joiners = frozenset(self.word_cues.get("joiner", ()))  # words between a number and its scale or currency
        # Calibre units, which may be written onto their digits ('155mm'): those letters are no scale ('m' for million).
        self.calibres = frozenset(normalise(row["term"]) for row in self._rows("cues") if row["cue"] == "caliber")

    # Building ----------------------------------------------------------------------------------------------------

    def _rows(self, name: str) -> list[dict[str, str]]:
        return [row for folder in self.folders for row in self._lexicon.rows(folder, name)]

    def _add(self, term: str, entry: Entry) -> None:
        key = normalise(term.strip())
        if not self.language.spaced:
            entry = dataclasses.replace(entry, inside_word=True, max_suffix=UNSPACED_SUFFIX)
        if key and entry not in self._entries[key]:
            self._entries[key].append(entry)

    def _inflected(self, term: str, entry: Entry) -> None:
        """The term, and its stem when inflection replaces a final vowel (amunicja -> amunicji, Suomi -> Suomelta)."""
        self._add(term, entry)
        stem_vowels = self.language.stem_vowels
        names = entry.kind == "donor"
        if stem_vowels and len(term) >= STEM_LENGTH and term[-1].lower() in stem_vowels and (self.language.inflected_names or not names):
            self._add(term[:-1], entry)

    def _add_categories(self) -> None:
        language = self.language
        for row in self._rows("categories"):
            kind, term = row["kind"], row["term"]
            if kind == "system":
                # A system name the lexicon writes with a capital is one only when capitalised (Dana, Grad, Milan).
                case = "title" if term[:1].isupper() else "any"
                self._add(term, Entry("content", kind, row["category"], case=case, surface=term, max_suffix=SYSTEM_SUFFIX))
                continue
            # A "not_aid" word (Ausschuss) is matched like any term and read by no rule: it covers the term inside it.
            inside = language.compounding and (len(term) >= COMPOUND_PART_LETTERS or kind == "not_aid")
            suffix = UNSPACED_SUFFIX if inside else language.suffix_letters
            self._inflected(term, Entry("content", kind, row["category"], surface=term, inside_word=inside, max_suffix=suffix))

    def _add_cues(self) -> None:
        for row in self._rows("cues"):
            term, cue = row["term"], row["cue"]
            if term.startswith("-"):
                self.suffix_cues[cue].append(normalise(term[1:]))  # an ending: Ukrainalle, 한국으로부터
            elif cue in WORD_CUES and " " not in term:
                self.word_cues[cue].add(normalise(term))
            else:
                suffix = max(CUE_SUFFIX, self.language.suffix_letters - 1) if len(term) >= SHORT_CUE else 0
                self._add(term, Entry("cue", "cue", cue, surface=term, max_suffix=suffix))
                verb, _, particle = normalise(term).rpartition(" ")
                if self.language.separable and verb and " " not in verb and len(particle) <= PARTICLE_LETTERS:
                    self.separable_cues.setdefault(verb, []).append((particle, cue))  # 'sagt ... zu', 'wijst ... af'

    def _add_donors(self) -> None:
        """Babel's territory names in this language and in English, then the lexicon's aliases and exclusions."""
        excluded = {normalise(row["name"]) for row in self._rows("donors") if row["role"] == "exclude"}
        suffix = self.language.suffix_letters
        for locale_name in dict.fromkeys((self.language.babel, "en")):
            locale = babel_locale(locale_name)
            if locale is None:
                continue
            for territory, name in locale.territories.items():
                code = "EU" if territory == "EU" else alpha3(territory)
                if code is None or normalise(name) in excluded:
                    continue
                role = "recipient" if code == "UKR" else "nondonor" if code in NON_DONORS else "donor"
                case = "title" if name[:1].isupper() else "any"
                self._inflected(name, Entry("content", "donor", code, role=role, case=case, surface=name, max_suffix=suffix))
        for row in self._rows("donors"):
            if row["role"] == "exclude":
                continue
            # 'regeringen', 'rząd': the government of the one country that writes the language (none where several do).
            code = self.language.home if row["role"] == "government" else row["code"]
            if not code:
                continue
            name, case = row["name"], row["case"]
            self._add(
                name,
                Entry("content", "donor", code, role=row["role"], case=case, surface=name, max_suffix=0 if case == "exact" else suffix),
            )

    @property
    def _currency_suffix(self) -> int:
        """Case endings on currency names (eurų, δολαρίων) where the language inflects; none where it only adds plurals."""
        return self.language.suffix_letters if self.language.inflected_names or self.language.adposition == "post" else 0

    def _add_currencies(self) -> None:
        for row in self._rows("currencies"):
            term = row["term"]
            if term.isalpha():
                self.attached.setdefault(normalise(term), ("currency", row["currency"]))
            exact = term.upper() == row["currency"]  # ISO codes: "EUR" is a currency, "eur" inside a word is not ("lei" is RON)
            entry = Entry("content", "currency", row["currency"], case="exact" if exact else "any", surface=term.upper() if exact else term)
            abbreviation = len(term) < INFLECTED_CURRENCY_LETTERS and all(ord(c) < CJK_START for c in term)
            if exact or abbreviation:
                self._add(term, entry)  # 'kr' is kronor, 'kraujo' (blood) is not
            else:
                self._inflected(term, dataclasses.replace(entry, max_suffix=self._currency_suffix))
        locale = babel_locale(self.language.babel)
        if locale is None:
            return
        for code in NAMED_CURRENCIES:
            for count in CURRENCY_COUNTS:
                name = get_currency_name(code, count, locale)
                if name and name != code:
                    self._add(name, Entry("content", "currency", code, surface=name, max_suffix=1))

    def _add_numbers(self) -> None:
        inside = self.language.compounding
        for row in self._rows("numbers"):
            kind = row["kind"]
            if kind == "one":
                self.word_cues["one"].add(normalise(row["word"]))
                continue
            # Number words join into compounds in some languages (viertausend, ötezer): the number reader checks that
            # such a word is made of number words alone.
            suffix = UNSPACED_SUFFIX if inside else 0
            if kind in ("scale", "abbrev", "multiplier", "counter"):
                self.attached[normalise(row["word"]).rstrip(".")] = (kind, row["value"])
                if kind == "abbrev" and len(row["word"].rstrip(".")) == 1:
                    continue  # 'm', 'b', 'k' stand for a scale only written onto digits ('£200m'), not as words
            self._add(row["word"], Entry("content", kind, row["value"], surface=row["word"], inside_word=inside, max_suffix=suffix))

    def _compile(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, meanings in self._entries.items():
            # Most terms must start a word: say so up front, so that the scan can skip substring hits cheaply.
            starts_word = key[0].isalnum() and not any(entry.inside_word for entry in meanings)
            content = tuple(entry for entry in meanings if entry.layer == "content")
            cues = tuple(entry for entry in meanings if entry.layer == "cue")
            # Whole-word matches of terms without case rules need no per-meaning checks: the scan's fast path.
            plain = all(entry.case == "any" for entry in meanings)
            whole_word = key[-1].isalnum() and all(entry.max_suffix == 0 for entry in meanings)
            automaton.add_word(key, Term(len(key), starts_word, whole_word, plain, tuple(meanings), content, cues))
        automaton.make_automaton()
        return automaton


def vocabulary(lang: str, lexicon: Lexicon | None = None) -> Vocabulary:
    """The compiled vocabulary of a language (built once per process and lexicon)."""
    # Resolved before the cache: 'vocabulary("en")' and 'vocabulary("en", None)' are one vocabulary, not two builds.
    return _compiled(lang, lexicon or default_lexicon())


@functools.cache
def _compiled(lang: str, lexicon: Lexicon) -> Vocabulary:
    return Vocabulary(lexicon.language(lang), lexicon)

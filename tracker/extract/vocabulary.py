"""The multilingual vocabulary: lexicon files plus Babel's country names, compiled into one automaton per language."""

from __future__ import annotations

import csv
import functools
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

import ahocorasick
import pycountry
from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_territory_currencies

# Cues that are single function words ("and", "to", "of"): asked about at one position, so looked up by word.
WORD_CUES = frozenset({"and", "destination", "preposition", "partitive", "range_from", "range_to"})
LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "nl", "da", "no", "sv", "pl", "cs", "pt")
# Languages close enough that a short text is easily mistaken for the other: each reads both vocabularies.
SIBLINGS = {"da": ("no",), "no": ("da",)}
COMPOUNDING = frozenset({"de", "nl", "da", "no", "sv"})
INFLECTED = frozenset({"pl", "cs"})
BABEL_LOCALE = {"no": "nb"}
INFLECTION_VOWELS = frozenset("aeiouyąęěíáéůý")
# Kinds of category vocabulary that make a sentence worth reading closely.
AID_WORD_KINDS = frozenset({"system", "noun", "radar", "qualifier", "aid"})
NON_DONORS = frozenset({"UKR", "RUS", "BLR", "PRK", "IRN"})
# Currencies whose names Babel knows in every language and that donors announce in.
NAMED_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "DKK", "NOK", "SEK", "CZK", "PLN", "CAD", "AUD", "JPY", "NZD", "HUF")


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of one surface form: what it is, and how strictly it must match."""

    layer: str  # "content" (donors, categories, currencies, numbers) or "cue"
    kind: str
    value: str
    role: str = ""
    case: str = "any"  # "any", "title" (first letter upper case) or "exact"
    surface: str = ""
    inside_word: bool = False  # may start inside a compound word
    max_suffix: int = 0  # letters allowed after the term before the word ends


def normalise(text: str) -> str:
    """Lower-case and unify apostrophes, hyphens and spaces without changing the length, so offsets still hold."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return "".join(map(_normalise_char, text))
    for variant, plain in _VARIANTS:
        if variant in lowered:
            lowered = lowered.replace(variant, plain)
    return lowered


_VARIANTS = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("‐", "-"), ("‑", "-"), ("\u00a0", " "), ("\u202f", " "))
_NORMALISE_TABLE = str.maketrans(dict(_VARIANTS))


def _normalise_char(char: str) -> str:
    char = char.translate(_NORMALISE_TABLE)
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("tracker").joinpath("lexicon", f"{name}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


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


def babel_locale(lang: str) -> Locale | None:
    try:
        return Locale.parse(BABEL_LOCALE.get(lang, lang))
    except (UnknownLocaleError, ValueError):
        return None


@functools.cache
def currency_families() -> dict[str, dict[str, str]]:
    """family -> context (language, donor code or '*') -> ISO currency."""
    families: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _rows("currency_families"):
        families[row["family"]][row["context"]] = row["currency"]
    return dict(families)


def resolve_currency(value: str, donor: str | None, lang: str) -> str:
    """Turn '$', 'kroner' or 'francs' into ISO 4217 using the donor's own currency, then the language."""
    if not value.startswith("family:"):
        return value
    options = currency_families()[value.removeprefix("family:")]
    if donor and donor in options:
        return options[donor]
    if donor and (alpha2 := alpha2_of(donor)):
        for code in get_territory_currencies(alpha2):
            if code in options.values():
                return code
    return options.get(lang, options["*"])


class Term(NamedTuple):
    """What the automaton returns for a surface form: its meanings, and what the scan may skip checking."""

    length: int
    starts_word: bool
    names_aid: bool
    plain: bool
    entries: tuple[Entry, ...]
    content: tuple[Entry, ...]
    cues: tuple[Entry, ...]


class Vocabulary:
    """Everything one language's parser looks up, with one Aho-Corasick automaton over all surface forms."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        entries: dict[str, list[Entry]] = defaultdict(list)

        def add(term: str, entry: Entry) -> None:
            key = normalise(term.strip())
            if key and entry not in entries[key]:
                entries[key].append(entry)

        wanted = {lang, "*", *SIBLINGS.get(lang, ())}
        compounding = lang in COMPOUNDING
        inflection = 4 if lang in INFLECTED else 3

        for row in _rows("categories"):
            if row["lang"] not in wanted:
                continue
            kind, term = row["kind"], row["term"]
            if kind == "system":
                add(term, Entry("content", kind, row["category"], surface=term, max_suffix=1))
            else:
                inside = compounding and len(term) >= 5
                entry = Entry("content", kind, row["category"], surface=term, inside_word=inside, max_suffix=99 if inside else inflection)
                add(term, entry)
                if lang in INFLECTED and len(term) >= 6 and term[-1] in INFLECTION_VOWELS:
                    add(term[:-1], entry)  # Slavic case endings replace the last vowel: amunicja, amunicji, amunicję

        self.word_cues: dict[str, set[str]] = defaultdict(set)
        for row in _rows("cues"):
            if row["lang"] in wanted:
                term, cue = row["term"], row["cue"]
                if cue in WORD_CUES and " " not in term:
                    self.word_cues[cue].add(normalise(term))
                else:
                    add(term, Entry("cue", "cue", cue, surface=term, max_suffix=2 if len(term) >= 6 else 0))

        self._add_donors(add, wanted)

        for row in _rows("currencies"):
            term = row["term"]
            case = "exact" if len(term) == 3 and term.isalpha() and term not in ("kr.",) else "any"
            add(term, Entry("content", "currency", row["currency"], case=case, surface=term.upper() if case == "exact" else term))
        locale = babel_locale(lang)
        if locale is not None:
            for code in NAMED_CURRENCIES:
                for count in (1, 2, 5, 1.5):
                    name = get_currency_name(code, count, locale)
                    if name and name != code:
                        add(name, Entry("content", "currency", code, surface=name, max_suffix=1))

        for row in _rows("numbers"):
            if row["lang"] in wanted:
                if row["kind"] == "one":
                    self.word_cues["one"].add(normalise(row["word"]))
                else:
                    add(row["word"], Entry("content", row["kind"], row["value"], surface=row["word"]))

        self.automaton = ahocorasick.Automaton()
        for key, meanings in entries.items():
            # Most terms must start a word: say so up front, so that the scan can skip substring hits cheaply.
            starts_word = key[0].isalnum() and not any(entry.inside_word for entry in meanings)
            names_aid = any(entry.kind in AID_WORD_KINDS for entry in meanings)
            content = tuple(entry for entry in meanings if entry.layer == "content")
            cues = tuple(entry for entry in meanings if entry.layer == "cue")
            # Whole-word matches of terms without case rules need no per-meaning checks: the scan's fast path.
            plain = all(entry.case == "any" for entry in meanings)
            self.automaton.add_word(key, Term(len(key), starts_word, names_aid, plain, tuple(meanings), content, cues))
        self.automaton.make_automaton()

    def _add_donors(self, add, wanted: set[str]) -> None:
        """Babel's territory names in this language and in English, then the lexicon's aliases and exclusions."""
        excluded: set[str] = set()
        for row in _rows("donors"):
            if row["role"] == "exclude":
                excluded.add(normalise(row["name"]))
        inflection = 4 if self.lang in INFLECTED else 3
        for locale_lang in dict.fromkeys((self.lang, "en")):
            locale = babel_locale(locale_lang)
            if locale is None:
                continue
            for alpha2, name in locale.territories.items():
                code = "EU" if alpha2 == "EU" else alpha3(alpha2)
                if code is None or normalise(name) in excluded:
                    continue
                role = "recipient" if code == "UKR" else "nondonor" if code in NON_DONORS else "donor"
                add(name, Entry("content", "donor", code, role=role, case="title", surface=name, max_suffix=inflection))
                if self.lang in INFLECTED and name[-1] in "oaey":
                    add(name[:-1], Entry("content", "donor", code, role=role, case="title", surface=name, max_suffix=inflection))
        for row in _rows("donors"):
            if row["lang"] not in wanted or row["role"] == "exclude":
                continue
            name, case = row["name"], row["case"]
            suffix = 0 if case == "exact" else inflection
            add(name, Entry("content", "donor", row["code"], role=row["role"], case=case, surface=name, max_suffix=suffix))


def names_aid(norm: str, vocab: Vocabulary) -> bool:
    """Whether a normalised text holds any weapon, aid or category word (a quick first look, stops at the first)."""
    for last_char, term in vocab.automaton.iter(norm):
        if term.names_aid:
            start = last_char - term.length + 1
            if not (term.starts_word and start and norm[start - 1].isalnum()):
                return True
    return False


@functools.cache
def vocabulary(lang: str) -> Vocabulary:
    """The compiled vocabulary of a language (built once per process)."""
    return Vocabulary(lang if lang in LANGUAGES else "en")

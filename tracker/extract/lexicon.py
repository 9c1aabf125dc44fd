"""The lexicon as data: languages and their traits, vocabulary files per language, and the registry of kinds.

Layout of a lexicon folder (the package's own `tracker/lexicon`, or any folder with the same shape):

    languages.csv          one row per language: its traits (see Language)
    kinds.csv              every kind of cue, category term, number word and donor role, with its meaning
    common/*.csv           vocabulary shared by all languages (weapon system names, currency symbols, EU and NATO)
    <lang>/*.csv           one language's vocabulary: cues, categories, donors, numbers, currencies, abbreviations

In donors.csv the code is an ISO 3166 alpha-3 code, EU or NATO; a name several countries use lists them all,
separated by spaces ('Bundesregierung' is 'DEU AUT'), and a document resolves it to the one it names most.

Adding a language is adding its row to languages.csv and its folder: no code changes.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tracker.schema import CATEGORIES

COMMON = "common"
# The vocabulary files a language folder may hold, with their columns.
VOCABULARY_FILES: dict[str, tuple[str, ...]] = {
    "cues": ("term", "cue"),
    "categories": ("term", "category", "kind"),
    "donors": ("name", "code", "case", "role"),
    "numbers": ("word", "value", "kind"),
    "currencies": ("term", "currency"),
    "abbreviations": ("abbreviation",),
}
# The column of each vocabulary file that names a kind registered in kinds.csv.
KIND_COLUMNS = {"cues": "cue", "categories": "kind", "donors": "role", "numbers": "kind"}
# Category words whose category comes from the words around them (written '-'); every other kind names its own.
CATEGORY_FROM_CONTEXT = frozenset({"aid", "missile", "radar", "unit", "not_aid"})  # kinds whose row names no category ("-")


@dataclass(frozen=True, slots=True)
class Language:
    """What the parser must know about a language beyond its words."""

    code: str
    name: str
    babel: str  # the CLDR locale that names countries, currencies and months in it
    siblings: tuple[str, ...]  # languages close enough that a text in one is read with the other's words too
    script: str  # latin, cyrillic, greek, japanese, hangul
    spaced: bool  # words are separated by spaces (False for Japanese: terms may start and end anywhere)
    compounding: bool  # words join into compounds: a term may start inside a word (Luftverteidigungssystem)
    suffix_letters: int  # letters of inflection allowed after a term before the word ends
    stem_vowels: str  # final letters of a word that inflection replaces (amunicja -> amunicji, Polska -> Polsce)
    inflected_names: bool  # country names take case endings too (Polsce, Suomelta); not in Bulgarian (Дания stays)
    adposition: str  # "pre": role words come before a name (to Poland); "post": after it or as an ending (Ukrainalle)
    count_position: str  # "before": the count comes before the item (14 tanks); "after": after it (戦車14両)
    verb_final: bool  # the verb ends its clause (Japanese, Korean): a request follows what it asks for (提供を要請)
    modifier_position: str  # "before": adjectives and noun modifiers precede their noun (military aid); "after": aide militaire
    separable: bool  # verbs split around their object: 'sagt ... zu', 'wijst ... af' (a two-word cue may stand apart)
    capitalised_nouns: bool  # every noun is capitalised (German): a capitalised word before a name is no first name
    ordinal_dot: bool  # a number with a full stop is an ordinal ('am 26. April', '2. Weltkrieg'), not a sentence end
    home: str  # the one government that writes in it (sv: SWE), or "" where several do (en, fr, de, nl, ro, el, uk)


class Lexicon:
    """One lexicon folder, read once: its languages, kinds and vocabulary rows."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(str(resources.files("tracker").joinpath("lexicon"))) if root is None else Path(root)
        self.languages = {row["lang"]: _language(row) for row in self._read(self.root / "languages.csv")}
        self.kinds: dict[str, dict[str, str]] = {}
        for row in self._read(self.root / "kinds.csv"):
            self.kinds.setdefault(row["file"], {})[row["kind"]] = row["meaning"]

    def rows(self, folder: str, name: str) -> list[dict[str, str]]:
        """The rows of one vocabulary file of a language folder (or `common`); none when the file does not exist."""
        path = self.root / folder / f"{name}.csv"
        if not path.exists():
            return []
        rows = self._read(path)
        columns = VOCABULARY_FILES[name]
        if rows and tuple(rows[0]) != columns:
            raise ValueError(f"{path}: columns must be {', '.join(columns)}, not {', '.join(rows[0])}")
        known = self.kinds.get(name, {})
        column = KIND_COLUMNS.get(name)
        for line, row in enumerate(rows, start=2):
            if column and row[column] not in known:
                raise ValueError(f"{path}, line {line}: unknown {column} {row[column]!r}; kinds.csv lists {', '.join(known)}")
            if name == "categories" and row["category"] not in (("-",) if row["kind"] in CATEGORY_FROM_CONTEXT else CATEGORIES):
                raise ValueError(
                    f"{path}, line {line}: a {row['kind']} row needs a category of {', '.join(CATEGORIES)}, not {row['category']!r}"
                )
        return rows

    def language(self, code: str) -> Language:
        try:
            return self.languages[code]
        except KeyError:
            raise ValueError(f"unsupported language {code!r}; supported: {', '.join(self.languages)}") from None

    def currency_families(self) -> list[dict[str, str]]:
        """The rows of currency_families.csv: which currency '$' or 'kroner' is, by language or donor."""
        return self._read(self.root / "currency_families.csv")

    @staticmethod
    def _read(path: Path) -> list[dict[str, str]]:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))


def _language(row: dict[str, str]) -> Language:
    return Language(
        code=row["lang"],
        name=row["name"],
        babel=row["babel"],
        siblings=tuple(row["siblings"].split()),
        script=row["script"],
        spaced=row["spaced"] == "yes",
        compounding=row["compounding"] == "yes",
        suffix_letters=int(row["suffix_letters"]),
        stem_vowels=row["stem_vowels"],
        inflected_names=row["inflected_names"] == "yes",
        adposition=row["adposition"],
        count_position=row["count_position"],
        verb_final=row["verb_final"] == "yes",
        modifier_position=row["modifier_position"],
        separable=row["separable"] == "yes",
        capitalised_nouns=row["capitalised_nouns"] == "yes",
        ordinal_dot=row["ordinal_dot"] == "yes",
        home=row["home"],
    )


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped inside the package."""
    return Lexicon()


LANGUAGES: tuple[str, ...] = tuple(default_lexicon().languages)  # the languages the shipped lexicon reads, in its order

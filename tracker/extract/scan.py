"""One sentence, looked up once: its words, clauses, vocabulary matches, donors with their roles, and numbers."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from tracker.extract.dates import EARLIEST, LATEST, month_names
from tracker.extract.numbers import DIGITS, Number, Piece, compose, parse_digits
from tracker.extract.vocabulary import AID_WORD_KINDS, CJK_START, NUMBER_KINDS, Entry, Vocabulary, normalise

# Words: letters and digits in a spaced script; in Japanese, runs of one script (kanji, katakana, hiragana, latin,
# digits, and the kanji that write numbers, so that '戦闘機十三機' reads as fighters, thirteen, counter).
WORD = re.compile(r"\w+")
SCRIPT_RUN = re.compile(
    r"[\u3040-\u309f]+|[\u30a0-\u30ffー]+|[〇一二三四五六七八九十百千万億兆]+|(?:(?![〇一二三四五六七八九十百千万億兆])[\u3400-\u4dbf\u4e00-\u9fff々〆])+|\d+|[^\W\d_]+"
)
# Commas and colons end a clause only before a space: "1,5 milliarder" and "18:e" stay whole. Brackets open a clause
# of their own, and the words after the closing bracket go on with the clause before it.
# One character class first, so that the regex engine skips ahead to the next candidate (twice as fast as two branches).
CLAUSE_BREAK = re.compile(r"[;\[\]()、，；：,:](?:(?<![,:])|(?=\s))")
PARENTHESIS_REACH = 40  # characters back to look for an opening parenthesis around a number
CURRENCY_GAP = 12  # characters at most between a number and the currency after it
ROLE_WORDS = ("destination", "location", "source", "agent")
RELEVANT_KINDS = AID_WORD_KINDS | {"donor", "currency", "unit", "missile"}  # what makes a sentence worth reading
GIVER_RELATIONS = ("subject", "source", "agent", "comitative", "partitive")
ARTICLE_LETTERS = 3  # a short word between a role word and a name is an article ("to the Netherlands", "an die Ukraine")
COORDINATION_WORDS = 2  # "and the": words at most between two coordinated names
MODEL_CODE_LETTERS = 5  # "ASC 890", "M 777": a number after a capitalised code this long is a model number
ATTACHED_LETTERS = 6  # letters at most of one word written onto digits ("bn", "억원")
SEPARABLE_REACH = 15  # words at most between a separable verb and its particle
COMITATIVE_REACH = 16  # characters before a name within which 'together with' makes it a co-giver
NUMBER_WORD_KINDS = frozenset({"number", "multiplier", "scale", "fraction"})  # words that make a number without digits
LINK_LEAD = " \t\n•·*-–—►>|"  # what may stand before 'Read also:' at the start of a line (bullets, dashes)
YEAR_DIGITS = 4
SINCE_REACH = 2  # words at most between 'since' and its year or month ('since February 2022', '2022년 이후')
DATELINE_REACH = 20  # characters after a city's name where a dateline's date or dash stands
DATELINE_MARKS = frozenset("-–—(/")  # what follows a city in capitals in a dateline
PHRASE_REACH = 6  # characters between a role phrase ('in support of') and the name after it (an article)
ADJACENT_SPACE = 1  # characters between two names that make one name ('British Red Cross')
COMPANY_REACH = 2  # words after a country's adjective where a company word makes it the company's home ("German arms maker")


@dataclass(slots=True)
class Match:
    """A stretch of the sentence that the vocabulary knows, with every meaning that fits there."""

    start: int
    end: int
    first: int  # first word index
    last: int  # last word index
    entries: tuple[Entry, ...]
    ending: str = ""  # letters after the term inside its word (an inflection: "Ukrainalle" -> "lle")
    kind: str = ""  # the first meaning's kind and value, read often (set by the one place that makes matches)
    value: str = ""


@dataclass(slots=True)
class DonorMention:
    """A country or institution named in the sentence, and the role the words around it give it."""

    code: str
    role: str  # the lexicon's role: donor, metonym, demonym, collective, recipient, nondonor (a government word: metonym)
    relation: str  # subject, destination, location, source, agent, comitative, origin
    first: int
    last: int
    start: int
    weak: bool = False  # a modifier of an item ('U.S. Patriot') or a possessor ('forces of Moldova'): a giver of last resort
    dateline: bool = False  # 'BERLIN (dpa) -': where the story was filed (weak too), never coordinated with the names after it

    @property
    def can_give(self) -> bool:
        """Whether the words around it let it be the giver (not a recipient, a place or a weapon's maker)."""
        return self.relation in GIVER_RELATIONS and self.role in ("donor", "metonym", "demonym", "collective")


@dataclass(slots=True)
class Value:
    """A number in the sentence with its words, its currency and what surrounds it."""

    value: float
    first: int
    last: int
    start: int
    end: int
    currency: str | None
    in_parentheses: bool
    model: bool  # part of a model name ("F-16", "ASC 890"): never a count
    plain_digits: bool = False  # digits alone, as years are written ("2024", not "2,000" or "two thousand")
    calibre: bool = False  # a calibre unit written onto the digits ("155mm", "155-mm"): never a count


class SentenceScan:
    """The facts about one sentence that the rules ask for, computed once."""

    # Slots: a long text holds one scan per sentence for the whole document (a dict per scan cost 1 KB each).
    __slots__ = (
        "_attached_counters", "_attached_currencies", "_cue_ends", "_donors", "_kinds_at", "_values", "_words", "clause_of",
        "content", "cue_values", "cue_words", "cues", "empty", "language", "norm", "text", "vocabulary", "word_ends",
        "word_starts",
    )  # fmt: skip

    def __init__(self, text: str, vocabulary: Vocabulary, norm: str | None = None) -> None:
        self._donors: list[DonorMention] | None = None  # read on first use (the donors and values properties)
        self._values: list[Value] | None = None
        self._attached_counters: frozenset[int] = _NO_COUNTERS  # words of numbers with a counter written onto them ('50대를')
        self._attached_currencies: Mapping[int, str] = _NO_CURRENCIES  # end of digits -> currency written onto them (rare)
        self.text = text
        self.norm = normalise(text) if norm is None else norm
        self.vocabulary = vocabulary
        self.language = vocabulary.language
        self.content, self.cues = self._lookup()
        if self.cues and _QUOTED_NAME.search(self.norm):
            self.cues = self._outside_names(self.cues)
        self.cue_values = {entry.value for match in self.cues for entry in match.entries}
        self.cue_words: dict[str, list[int]] = {}
        # A sentence that names no country, aid or money, and makes no decision pending, says nothing the rules read:
        # it needs no words or clauses (the context sentences of long texts).
        named = any(m.kind in RELEVANT_KINDS for m in self.content)
        self.empty = not named and not ("proposed" in self.cue_values and self.cue_values & {"decision", "package"})
        # 'Read also: Germany plans to deliver ...': the title of another article, linked from this one.
        self.empty = self.empty or any(
            e.value == "see_also" and not self.norm[: m.start].strip(LINK_LEAD) for m in self.cues for e in m.entries
        )
        # One pass over the words: where each starts and ends (two lists of ints: a fraction of the memory of spans), and
        # the function-word kinds of each ('to', 'and', 'of').
        self.word_starts: list[int] = []
        self.word_ends: list[int] = []
        self._words: list[str] = []
        self._kinds_at: list[tuple[str, ...]] = []
        cue_words = self.cue_words
        if not self.empty:
            self.word_starts, self.word_ends, words = _words_of(self.norm, self.language.spaced)
            self._words = list(map(vocabulary.shared_words.get, words, words))  # one copy of 'the' for the whole document
            self._kinds_at = list(map(vocabulary.word_kinds.get, self._words, itertools.repeat(())))
            for at, kinds in enumerate(self._kinds_at):
                for kind in kinds:
                    cue_words.setdefault(kind, []).append(at)
            self.cue_values.update(cue_words)
        self.clause_of = _clauses(self.norm, self.word_starts, self._list_commas()) if self.word_starts else []
        starts = self.word_starts
        for match in self.content + self.cues:
            match.first = max(bisect_right(starts, match.start) - 1, 0)
            match.last = max(bisect_right(starts, match.end - 1) - 1, 0)
        self._cue_ends: dict[str, list[int]] = {}
        for match in self.cues:
            for entry in match.entries:
                cue_words.setdefault(entry.value, []).append(match.first)
                self._cue_ends.setdefault(entry.value, []).append(match.end)
        if vocabulary.separable_cues and self.word_starts:
            self._separated_cues(vocabulary.separable_cues)
        if "since" in cue_words and self.word_starts:
            self._since_a_time()
        if self.empty:
            self._share_empty_containers()

    def _outside_names(self, cues: list[Match]) -> list[Match]:
        """A cue inside a short quoted name is part of the name: 「緊急復旧計画」 (the Emergency Recovery Plan) plans nothing."""
        names = [(m.start(), m.end()) for m in _QUOTED_NAME.finditer(self.norm)]
        return [c for c in cues if not any(start < c.start and c.end < end for start, end in names)]

    def _share_empty_containers(self) -> None:
        """A sentence the rules skip (most of a long text) keeps shared, read-only empty containers: a document holds
        every sentence's scan to its end, and empty lists, sets and dicts cost over a kilobyte a sentence."""
        self.word_starts = self.word_ends = self._words = self._kinds_at = self.clause_of = _NO_WORDS  # type: ignore[assignment]
        if not self.cue_words:
            self.cue_words = self._cue_ends = _NO_CUES  # type: ignore[assignment]
        if not self.cue_values:
            self.cue_values = _NO_CUE_VALUES  # type: ignore[assignment]

    def _since_a_time(self) -> None:
        """'since 2022', 'seit Februar', '2022年以降': a starting time makes its clause a running total, as 'so far' does."""
        months = month_names(self.language.babel)
        for at in self.cue_words["since"]:
            near = range(max(at - SINCE_REACH, 0), min(at + SINCE_REACH + 1, len(self._words)))
            if any(w != at and self.clause_of[w] == self.clause_of[at] and _names_a_time(self._words[w], months) for w in near):
                self.cue_words["cumulative"] = sorted({*self.cue_words.get("cumulative", ()), at})
                self.cue_values.add("cumulative")

    def mark_past_years(self, year: int) -> None:
        """A year before the document's own ('delivered in 2023', in a text of 2024) is a time in the past, as 'last year'
        is: its clause is recalled. Not the start of a range or a running total ('from 2023 to 2026', 'since 2022')."""
        if self.empty:
            return
        opening = {*self.cue_words.get("range_from", ()), *self.cue_words.get("since", ())}
        opening |= {m.last for m in self.content if m.kind in AID_WORD_KINDS}  # 'Panzerhaubitzen 2000' names a model
        past = [
            v.first
            for v in self.values
            if v.plain_digits and v.currency is None and EARLIEST <= v.value < year and not any(0 < v.first - w <= 1 for w in opening)
        ]
        if past:
            self.cue_words["earlier"] = sorted({*self.cue_words.get("earlier", ()), *past})
            self.cue_values.add("earlier")

    def _separated_cues(self, separable: dict[str, list[tuple[str, str]]]) -> None:
        """'Deutschland sagt der Ukraine weitere Hilfe zu': a separable verb's particle later in its clause completes it."""
        for at in range(len(self.word_starts)):
            for particle, cue in separable.get(self.word_text(at), ()):
                clause = self.clause_of[at]
                end = min(at + SEPARABLE_REACH, len(self.word_starts) - 1)
                if any(self.word_text(w) == particle and self.clause_of[w] == clause for w in range(at + 2, end + 1)):
                    self.cue_words.setdefault(cue, []).append(at)
                    self.cue_values.add(cue)

    def _list_commas(self) -> set[int]:
        """Commas between two names of a list of countries: 'Denmark, Sweden and Norway', 'la Norvège, la Suède'."""
        names = [m for m in self.content if m.kind == "donor"]
        commas = set()
        for before, after in itertools.pairwise(names):
            gap = self.norm[before.end + len(before.ending) : after.start]
            if not gap.lstrip().startswith(","):
                continue
            words = WORD.findall(gap)
            if len(words) <= 1 and all(len(w) <= ARTICLE_LETTERS for w in words):
                commas.add(before.end + len(before.ending) + gap.index(","))
        return commas

    # Looking things up ------------------------------------------------------------------------------------------

    def has_cue(self, cue: str) -> bool:
        return cue in self.cue_values

    def cue_near(self, cue: str, word: int, before: int, after: int = 0) -> bool:
        """Whether the cue starts within `before` words before, or `after` words after, a word."""
        positions = self.cue_words.get(cue)  # most cues asked for are not in the sentence: no generator for those
        return bool(positions) and any(word - before <= at <= word + after for at in positions)  # type: ignore[union-attr]

    def cue_in_clause(self, cue: str, clause: int) -> list[int]:
        """The words of a clause where a cue starts."""
        positions = self.cue_words.get(cue)
        return [at for at in positions if self.clause_of[at] == clause] if positions else []

    def word_is(self, cue: str, word: int) -> bool:
        """Whether the word at an index is one of a language's function words of that kind ('and', 'of', 'a')."""
        return 0 <= word < len(self._kinds_at) and cue in self._kinds_at[word]

    def word_text(self, word: int) -> str:
        return self._words[word]

    def word_index(self, char: int) -> int:
        """Index of the word at or before a character offset."""
        return max(bisect_right(self.word_starts, char) - 1, 0)

    def cue_just_before(self, cue: str, char: int, reach: int = 12) -> bool:
        """Whether a cue match ends within `reach` characters before an offset."""
        return cue in self.cue_values and any(char - reach <= end <= char for end in self._cue_ends.get(cue, ()))

    def coordinated(self, left: DonorMention, right: DonorMention) -> bool:
        """'Denmark and the Netherlands', 'Dánsko, Nemecko': at most a few words between two names, each 'and' or an
        article (a comma is no word: a list joins too)."""
        gap = range(left.last + 1, right.first)
        return (
            not left.dateline
            and len(gap) <= COORDINATION_WORDS
            and all(self.word_is("and", w) or len(self.word_text(w)) <= ARTICLE_LETTERS for w in gap)
        )

    def mentions_aid(self) -> bool:
        """Whether any weapon, aid or category word occurs: only such sentences can commit anything."""
        return any(match.kind in AID_WORD_KINDS for match in self.content)

    # Donors -----------------------------------------------------------------------------------------------------

    @property
    def donors(self) -> list[DonorMention]:
        """Every country or institution named, with its relation to the sentence (subject, recipient, place ...)."""
        if self._donors is None:
            self._donors = [] if self.empty else self._find_donors()
        return self._donors

    def _find_donors(self) -> list[DonorMention]:
        found = []
        for match in self.content:
            entry = match.entries[0]
            if entry.kind == "donor":
                found.append(DonorMention(entry.value, entry.role, self._relation(match), match.first, match.last, match.start))
        found = self._without_foreign_governments(found)
        self._appositions(found)
        self._second_names(found)
        items = {m.first for m in self.content if m.kind in AID_WORD_KINDS or m.kind in ("unit", "missile")}
        # 'WASHINGTON, June 28 (Reuters) -': where the story was filed, its government's only if no one else acts.
        datelines = {m.start for m in self.content if m.kind == "donor" and m.entries[0].role == "metonym" and self._dateline(m)}
        for donor in found:
            # 'U.S. Patriot missiles', 'the Armed Forces of Moldova': a possible giver only when no other is named.
            donor.dateline = donor.start in datelines
            donor.weak = donor.relation == "partitive" or (donor.last + 1 in items and donor.role != "demonym") or donor.dateline
        return found

    def _relation(self, match: Match) -> str:
        if self.cue_just_before("origin", match.start):
            return "origin"  # 'made by Germany', 'fabriqué par la France'
        after = self.norm[match.end + len(match.ending) : match.end + len(match.ending) + 10]
        if after[:1] == "-" and after[1:2].isalpha():
            return "origin"  # the first part of a compound: 'U.S.-made', 'US-led', 'US-Luftwaffenstützpunkt', 'Nato-Kaliber'
        made = self.cue_words.get("produce", ())
        if match.entries[0].role == "demonym" and (match.last + 1 in made or match.first - 1 in made):
            return "origin"  # 'slovenskej výroby' (of Slovak make), 'de fabrication française'
        if match.entries[0].role != "organisation" and self._names_an_organisation(match):
            return "origin"  # 'the British Red Cross', 'Croix-Rouge française': part of an organisation's name
        if match.entries[0].role == "demonym" and self._qualifies_a_company(match):
            return "origin"  # 'Swedish company Saab', 'l'entreprise française Thales': the company's home, not a giver
        if self.cue_just_before("comitative", match.start, COMITATIVE_REACH):
            return "comitative"  # 'together with the Netherlands'
        for role in ROLE_WORDS:
            if self.cue_just_before(role, match.start, PHRASE_REACH):
                return role  # a role phrase: 'in support of Georgia', 'à destination de la Moldavie'
        previous = match.first - 1
        # The word before, or the one before a short article ('to the Netherlands', 'an die Ukraine'), in the name's own
        # clause: 'in May, Germany will provide' is no place.
        while previous >= 0 and self.clause_of[previous] == self.clause_of[match.first]:
            for role in (*ROLE_WORDS, "partitive"):
                # A sentence does not open with 'of': 'Der Internationale Währungsfonds zahlte ...' is its subject.
                if self.word_is(role, previous) and (role != "partitive" or previous > 0):
                    return role
            if len(self.word_text(previous)) > ARTICLE_LETTERS or previous < match.first - 2:
                break
            previous -= 1
        for role in ROLE_WORDS:
            if self.language.adposition == "post" and self.word_is(role, match.last + 1):
                return role  # a postposition: ウクライナ に
            endings = self.vocabulary.suffix_cues.get(role, ())
            if match.ending and match.entries[0].role in ("donor", "metonym") and any(match.ending.endswith(e) for e in endings):
                return role  # a case ending on a name: Ukrainalle, Németországtól, 한국으로부터 (not on adjectives)
        return "subject"

    def _names_an_organisation(self, match: Match) -> bool:
        """Whether a country's name or adjective stands right beside an organisation's name, as part of it."""
        end = match.end + len(match.ending)
        possessive = _POSSESSIVE.match(self.norm, end)  # "Norway's Red Cross"
        end = possessive.end() if possessive else end
        return any(
            other.kind == "donor"
            and other.entries[0].role in ("organisation", "company")
            and (0 <= other.start - end <= ADJACENT_SPACE or 0 <= match.start - other.end <= ADJACENT_SPACE)
            for other in self.content
        )

    def _qualifies_a_company(self, match: Match) -> bool:
        """Whether a country's adjective stands beside a company word, on the side where the language puts modifiers."""
        companies = self.cue_words.get("company", ())
        if self.language.modifier_position == "after":
            return any(0 < match.first - w <= COMPANY_REACH for w in companies)
        return any(0 < w - match.last <= COMPANY_REACH for w in companies)

    def _without_foreign_governments(self, found: list[DonorMention]) -> list[DonorMention]:
        """A government word stands for the home country ('Hallitus päätti') only where no country is named that may
        give; beside a country's name it is that country's ('Saksan hallitus', 'rząd Niemiec', 'the German government')."""
        kept = []
        named = [d for d in found if d.role != "government"]
        for donor in found:
            if donor.role == "government":
                # Any country that may give speaks for itself: 'Secondo il governo, la Germania invierà ...'.
                if any(self._owns_government(other, donor) or other.can_give for other in named):
                    continue
                donor.role = "metonym"  # a seat of government, as 'Berlin' is: a giver as the subject
            kept.append(donor)
        return kept

    def _owns_government(self, country: DonorMention, government: DonorMention) -> bool:
        """'Saksan hallitus', 'the German government' (the name right before), 'rząd Niemiec', 'government of Canada'
        (right after, or after 'of', where adpositions come first); not 'Hallitus antaa Ukrainalle' (the receiver)."""
        if country.role == "government" or country.relation not in ("subject", "partitive", "origin"):
            return False
        if government.first - country.last == 1:
            return True
        if self.language.adposition == "post":
            return False  # the owner stands before: '한국 정부', 'Saksan hallitus'
        gap = range(government.last + 1, country.first)
        return len(gap) <= 1 and all(self.word_is("partitive", w) for w in gap)

    def _dateline(self, match: Match) -> bool:
        """A city opening the text in capitals, or before a date ('BRUSSELS -', 'Ottawa, 4 December')."""
        if self.norm[: match.start].strip(LINK_LEAD):
            return False
        after = self.text[match.end : match.end + DATELINE_REACH].lstrip(" ,")
        following = WORD.match(after)
        dated = following is not None and (following.group().isdigit() or following.group().lower() in month_names(self.language.babel))
        capitals = self.text[match.start : match.end].isupper() and after[:1] in DATELINE_MARKS
        return capitals or (self.text[match.end : match.end + 1] == "," and dated)

    def _second_names(self, found: list[DonorMention]) -> None:
        """'Hrvatska će Moldaviji poslati pomoć': where names take case endings, a second bare country name in the
        clause of a first one, and not joined to it by 'and', is the recipient (a dative), not a second giver."""
        if not self.language.inflected_names:
            return
        bare = [d for d in found if d.relation == "subject" and d.role in ("donor", "metonym") and not d.weak]
        for first, second in itertools.pairwise(bare):
            if self.clause_of[first.first] != self.clause_of[second.first] or second.code == "UKR" or second.first == 0:
                continue
            before = self.norm[self.word_ends[second.first - 1] : self.word_starts[second.first]]
            joined = any(self.word_is("and", w) for w in range(max(first.last + 1, second.first - COORDINATION_WORDS), second.first))
            listed = joined or bool(set(before) & set(",–—-:"))  # 'Kanada – ..., oraz Hiszpania', 'και η Ισπανία'
            if second.first > first.last + 1 and not listed:
                second.relation = "destination"

    def _appositions(self, found: list[DonorMention]) -> None:
        """'in Helsinki, Finland', 'led by the United Kingdom and Latvia', 'to Poland and Lithuania': a country in
        apposition or coordination with another keeps that one's relation."""
        for before, after in itertools.pairwise(found):
            if before.relation == "subject" or after.relation != "subject":
                continue
            text_gap = self.norm[self.word_ends[before.last] : self.word_starts[after.first]]
            joined = after.first > before.last + 1 and self.coordinated(before, after) and "," not in text_gap
            if joined or text_gap.strip() == ",":
                after.relation = before.relation

    # Numbers ----------------------------------------------------------------------------------------------------

    @property
    def values(self) -> list[Value]:
        """Every number in the sentence with scale words applied and its currency attached, in reading order."""
        if self._values is None:
            self._values = self._find_values()
        return self._values

    def _find_values(self) -> list[Value]:
        if self.empty or (not _ANY_DIGIT.search(self.norm) and not any(m.kind in NUMBER_WORD_KINDS for m in self.content)):
            return []  # nothing to read, or no digits and no number words ('a' and 'and' alone make none): most sentences
        systems = [(m.start, m.end) for m in self.content if m.kind == "system"]
        pieces: list[Piece] = []
        for found in DIGITS.finditer(self.norm):
            start, end = found.span()
            if any(s <= start < e for s, e in systems):
                continue  # "Panzerhaubitze 2000", "Mi-17" name a system
            pieces.append(Piece(start, end, "digits", parse_digits(found.group()), found.group()))
            pieces.extend(self._attached(end))
        for match in self.content:
            if match.kind in NUMBER_KINDS and match.kind != "counter":
                pieces.append(Piece(match.start, match.end + len(match.ending), match.kind, float(match.value)))
        numbers = compose(pieces, self.norm, self.vocabulary.decimal, self.vocabulary.joiners)
        numbers.extend(self._article_scales(pieces, numbers))
        numbers.sort(key=lambda n: n.start)
        currencies = [m for m in self.content if m.kind == "currency"]
        values = []
        for number in numbers:
            before = self.norm[max(0, number.start - PARENTHESIS_REACH) : number.start]
            currency = self._currency_around(number, currencies) or self._attached_currency(number)
            values.append(
                Value(
                    number.value,
                    self.word_index(number.start),
                    self.word_index(number.end - 1),
                    number.start,
                    number.end,
                    currency,
                    before.rfind("(") > before.rfind(")"),
                    currency is None and self._is_model(number),  # 'NZD 6 million' is money, 'ASC 890' a model
                    self.norm[number.start : number.end].isdigit(),
                    self._calibre_after(number.end),
                )
            )
        return values

    def _attached(self, end: int) -> list[Piece]:
        """Words written onto digits: scales ('4bn', '1억'), counters ('50대를') and currencies ('1325억원')."""
        pieces = []
        known = self.vocabulary.attached
        position = end
        if self._calibre_after(end):
            return []  # '155mm': a calibre written onto its digits, not 155 million and a million more
        while position < len(self.norm) and self.norm[position].isalpha():
            for length in range(min(len(self.norm) - position, ATTACHED_LETTERS), 0, -1):
                word = self.norm[position : position + length]
                if word in known:
                    kind, value = known[word]
                    if kind == "counter":
                        self._attached_counters |= {self.word_index(end - 1)}
                    elif kind == "currency":
                        self._attached_currencies = {**self._attached_currencies, end: value}
                    else:
                        pieces.append(Piece(position, position + length, kind, float(value)))
                    position += length
                    break
            else:
                break
        return pieces

    def _calibre_after(self, end: int) -> bool:
        """Whether the letters written onto a number ending here are a calibre unit ('155mm', '155-mm')."""
        written = _WRITTEN_ON.match(self.norm, end)
        return written is not None and written.group(2) in self.vocabulary.calibres

    def _attached_currency(self, number: Number) -> str | None:
        """A currency written onto the number's digits or scale: '1325억원'."""
        return next((code for end, code in self._attached_currencies.items() if number.start < end <= number.end + ATTACHED_LETTERS), None)

    def counters(self) -> set[int]:
        """Words where a counter follows a number: a separate word ('14 両') or written onto it ('50대를')."""
        self.values  # noqa: B018 - reading the numbers finds the counters written onto them
        return {m.first for m in self.content if m.kind == "counter"} | self._attached_counters

    def _article_scales(self, pieces: list[Piece], numbers: list[Number]) -> list[Number]:
        """Scales and hundreds that stand for one of them.

        'a billion euro', 'un milliard', 'eine Milliarde' (after an indefinite article); 'miljardin dollarin' (right
        before a currency); 'sada tanki', 'hundert Panzer' (a hundred alone).
        """
        found = []
        currencies = {m.start for m in self.content if m.kind == "currency"}
        for piece in pieces:
            if piece.kind not in ("scale", "abbrev", "multiplier") or any(n.start <= piece.start < n.end for n in numbers):
                continue
            if self.norm[: piece.start].rstrip()[-1:].isdigit():
                continue  # '4,5,6 million': digits no format reads stand before it, and it is not a number alone
            word = self.word_index(piece.start)
            after = piece.end + len(self.norm[piece.end :]) - len(self.norm[piece.end :].lstrip())
            if self.word_is("one", word - 1) and piece.kind != "multiplier":
                found.append(Number(piece.value, self.word_starts[word - 1], piece.end, False))
            elif piece.kind != "multiplier" and after in currencies:  # 'miljardin dollarin', 'milliárd forint'
                found.append(Number(piece.value, piece.start, piece.end, False))
            elif piece.kind == "multiplier" and not (self.word_is("destination", word - 1) or self.word_is("partitive", word - 1)):
                found.append(Number(piece.value, piece.start, piece.end, False))  # not 'pour cent'
        return found

    def _currency_around(self, number: Number, currencies: list[Match]) -> str | None:
        """A currency written just before the number ('€4bn', 'EUR 4 bn') or just after ('4 milliards d'euros')."""
        for match in reversed(currencies):
            if match.end <= number.start:
                if not self.norm[match.end : number.start].strip():
                    return match.value
                break
        for match in currencies:
            if match.start >= number.end:
                gap = self.norm[number.end : match.start]
                words = WORD.findall(gap)
                if len(gap) <= CURRENCY_GAP and len(words) <= 1 and all(w in self.vocabulary.joiners for w in words):
                    return match.value
                break
        return None

    def _is_model(self, number: Number) -> bool:
        """'F-16', 'T-72', 'K9', '2A6', 'ASC 890', 'five-year': a number that belongs to a name or a compound word, never a
        count or a value.

        A number followed by a counter counts, whatever stands before it ('NASAMS2基')."""
        if any(m.kind == "counter" and 0 <= m.start - number.end <= 1 for m in self.content):
            return False
        before = self.text[max(0, number.start - MODEL_CODE_LETTERS - 2) : number.start]
        letter_before = _LETTER_BEFORE.search(before)
        if letter_before and ord(letter_before.group(1)) < CJK_START:  # kana, kanji, hangul make no model name
            return True  # a letter in an alphabetic script: 'F-16', 'M777' (not '約30' in Japanese)
        if self.text[number.end : number.end + 1].isupper():
            return True  # '2A6', '2S19'
        joined = _WRITTEN_ON.match(self.norm, number.end)
        if joined and joined.group(1) and len(joined.group(2)) > self.language.suffix_letters:
            return True  # a compound: 'sixty-second tranche', 'a five-year plan' (not an ending: '10-et' in Hungarian)
        return _MODEL_CODE.search(before) is not None  # 'ASC 890', 'M 777'

    # Matching ---------------------------------------------------------------------------------------------------

    def _lookup(self) -> tuple[list[Match], list[Match]]:
        norm, text = self.norm, self.text
        size = len(norm)
        content: dict[tuple[int, int], list[Entry]] = {}
        cues: dict[tuple[int, int], list[Entry]] = {}
        endings: dict[tuple[int, int], str] = {}
        for last_char, term in self.vocabulary.automaton.iter(norm):
            start = last_char - term.length + 1
            inside = start > 0 and norm[start - 1].isalnum() and norm[start].isalnum()
            if inside and term.starts_word:
                continue  # a substring of a longer word: the common case, rejected first
            end = last_char + 1
            suffix = 0
            if end < size and norm[end].isalnum() and norm[last_char].isalnum():
                if term.whole_word:
                    continue  # 'uk' in 'ukraine': the word goes on, and no meaning allows that
                suffix = _word_rest(norm, end) - end
            if term.plain and not suffix and not inside:
                if term.content:
                    content[start, end] = term.content  # type: ignore[assignment]
                if term.cues:
                    cues[start, end] = term.cues  # type: ignore[assignment]
                continue
            for entry in term.entries:
                if suffix > entry.max_suffix or (inside and not entry.inside_word):
                    continue
                if entry.case == "exact" and text[start:end] != entry.surface:
                    continue
                if entry.case == "title" and not text[start].isupper():
                    continue
                (content if entry.layer == "content" else cues).setdefault((start, end), []).append(entry)
                if suffix:
                    endings[start, end] = norm[end : end + suffix]
        chosen = self._longest(content)
        if self.language.spaced:  # without spaces, the letters after a term are the next words, not its ending
            for match in chosen:
                match.ending = endings.get((match.start, match.end), "")
        # A cue read with an inflection into a word the lexicon knows as a whole is not that cue: 'lanciato' (launched)
        # in 'lanciatore' (launcher).
        whole_words = {m.start: m.end for m in chosen}
        cue_matches = [
            m for m in self._longest(cues) if not (whole_words.get(m.start, 0) > m.end and norm[m.end : whole_words[m.start]].isalpha())
        ]
        return self._without_person_names(self._whole_number_words(chosen), cue_matches), cue_matches

    def _without_person_names(self, matches: list[Match], cues: list[Match]) -> list[Match]:
        """Names of people spelt like a weapon or a country: 'Zuzana Čaputová' (a capitalised system name before a
        capitalised unknown word), 'Luís Montenegro' (a country after a first name)."""
        starts = {m.start for m in matches}
        # Only where names keep one form and common nouns are lower-case: elsewhere 'Wojska Polskiego' is an institution.
        first_names_apply = not self.language.capitalised_nouns and not self.language.inflected_names
        known = matches + cues
        kept = []
        for match in matches:
            if match.kind == "system" and match.entries[0].case == "title":
                following = _NEXT_WORD.match(self.text, match.end)
                if following and following.group(1).isupper() and following.start(1) not in starts:
                    continue
            named_country = match.kind == "donor" and match.entries[0].role in ("donor", "metonym")
            if first_names_apply and named_country and self._after_first_name(match, known):
                continue
            kept.append(match)
        return kept

    def _after_first_name(self, match: Match, known: list[Match]) -> bool:
        """Whether a name follows a capitalised word that is not the sentence's first and that the lexicon does not
        know (a first name: 'Luís Montenegro'), rather than an article, a title word or a known term."""
        gap = match.start - 1  # one space between the two words
        if gap <= 0 or self.text[gap] != " ":
            return False
        start = gap
        while start > 0 and self.text[start - 1].isalpha():
            start -= 1
        word = self.text[start:gap]
        if start == 0 or not word or any(m.start <= start < m.end for m in known):
            return False
        return word[0].isupper() and word[1:].islower() and not self.vocabulary.word_kinds.get(self.norm[start:gap])

    @staticmethod
    def _longest(candidates: dict[tuple[int, int], list[Entry]]) -> list[Match]:
        """Leftmost-longest matches that do not overlap, in reading order.

        "air defence equipment" reads as "air defence" + "equipment", not "air" + "defence equipment".
        """
        chosen: list[Match] = []
        taken_to = -1
        # Sorted by start, then by end, into a dict of start -> end: the longest at each start is the one that stays.
        longest = dict(sorted(candidates))
        for start, end in longest.items():
            if start >= taken_to:
                entries = tuple(candidates[start, end])
                chosen.append(Match(start, end, -1, -1, entries, "", entries[0].kind, entries[0].value))
                taken_to = end
        return chosen

    def _whole_number_words(self, matches: list[Match]) -> list[Match]:
        """Number words found inside a longer word count only when number words make up that whole word (viertausend)."""
        if not self.language.compounding or not self.language.spaced:
            return matches
        kept = []
        for match in matches:
            if match.kind in NUMBER_KINDS and (match.ending or _inside(self.norm, match.start)):
                start = _word_start(self.norm, match.start)
                end = _word_rest(self.norm, match.end)
                covered = [m for m in matches if start <= m.start and m.end <= end]
                tiles = all(m.kind in NUMBER_KINDS for m in covered) and _tiles(covered, start, end)
                if not tiles:
                    continue
                match.ending = ""
            kept.append(match)
        return kept

    def surface_of(self, match: Match) -> str:
        """The words of a match as written, with an inflection ending the lexicon left out ('opancerzon' + 'ych')."""
        start, end = match.start, match.end
        if self.language.spaced and end < len(self.norm) and self.norm[end].isalpha() and self.norm[end - 1].isalpha():
            word_end = _word_rest(self.norm, end)
            if word_end - end <= self.language.suffix_letters:
                end = word_end
        return self.text[start:end]


_NO_CURRENCIES: Mapping[int, str] = MappingProxyType({})  # shared, read-only: a sentence that has some gets its own
_NO_COUNTERS: frozenset[int] = frozenset()
_NO_WORDS: tuple = ()
_NO_CUES: Mapping[str, list[int]] = MappingProxyType({})
_NO_CUE_VALUES: frozenset[str] = frozenset()
# A short quoted name: a programme's or an operation's title ('「緊急復旧計画」', '« Bouclier »'), with no sentence inside.
QUOTED_NAME_CHARS = 32  # characters at most in a quoted name
_QUOTED_NAME = re.compile(rf"[「『“«„][^「」『』“”«»„.!?。！？]{{1,{QUOTED_NAME_CHARS}}}[」』”»“]")
_WORD_REST = re.compile(r"[^\W_]*")
_POSSESSIVE = re.compile(r"['’]s?(?=\s)")  # an apostrophe ending a name: "Norway's", "Lithuania's"
_ANY_DIGIT = re.compile(r"\d")
_NEXT_WORD = re.compile(r"\s+(\w)")
_LETTER_BEFORE = re.compile(r"([^\W\d_])-?$")
_WRITTEN_ON = re.compile(r"(-?)([^\W\d_]+)")  # letters written onto a number, after a hyphen or none: '155mm', 'five-year'
_MODEL_CODE = re.compile(r"(?:^|\s)[A-Z][A-Z0-9]{1,4}\s$")


_SPLIT_WORDS = re.compile(rf"({WORD.pattern})")  # the same words, with the text between them kept
_SPLIT_SCRIPT_RUNS = re.compile(rf"({SCRIPT_RUN.pattern})")


def _words_of(norm: str, spaced: bool) -> tuple[list[int], list[int], list[str]]:
    """Where each word starts and ends, and its letters: WORD (or SCRIPT_RUN where no spaces part words) as finditer
    gives them, built in C from one split (a match object per word cost twice as much, on every sentence)."""
    parts = (_SPLIT_WORDS if spaced else _SPLIT_SCRIPT_RUNS).split(norm)  # gap, word, gap, word, ..., gap
    offsets = list(itertools.accumulate(map(len, parts)))  # where each part ends
    return offsets[0:-1:2], offsets[1::2], parts[1::2]


def _clauses(norm: str, word_starts: list[int], kept: set[int]) -> list[int]:
    """The clause number of each word: a new number after each break; after ')' the number from before '('.

    Commas at the offsets in `kept` join a list ('Denmark, the Czech Republic and the Netherlands') and break nothing.
    """
    breaks = [found for found in CLAUSE_BREAK.finditer(norm) if found.start() not in kept]
    clause_at: list[tuple[int, int]] = []  # (offset, clause) from that offset on
    current = counter = 0
    opened: list[int] = []
    for found in breaks:
        mark = found.group()
        if mark in "([":
            opened.append(current)
            counter += 1
            current = counter
        elif mark in ")]" and opened:
            current = opened.pop()
        else:
            counter += 1
            current = counter
        clause_at.append((found.start(), current))
    if not clause_at:
        return [0] * len(word_starts)
    offsets = [offset for offset, _ in clause_at]
    numbers = [0, *(clause for _, clause in clause_at)]  # the clause before the first break, then after each
    return [numbers[bisect_right(offsets, start)] for start in word_starts]


def _names_a_time(word: str, months: dict[str, int]) -> bool:
    """A year ('2022', '2022년', '2022-ben') or a month name."""
    year = word[:YEAR_DIGITS]
    starts_with_year = year.isdigit() and EARLIEST <= int(year) <= LATEST and not word[YEAR_DIGITS : YEAR_DIGITS + 1].isdigit()
    return starts_with_year or word in months


def _word_rest(norm: str, position: int) -> int:
    return _WORD_REST.match(norm, position).end()  # type: ignore[union-attr]


def _inside(norm: str, start: int) -> bool:
    return start > 0 and norm[start - 1].isalnum()


def _word_start(norm: str, position: int) -> int:
    while position > 0 and norm[position - 1].isalnum():
        position -= 1
    return position


def _tiles(matches: list[Match], start: int, end: int) -> bool:
    position = start
    for match in sorted(matches, key=lambda m: m.start):
        if match.start != position:
            return False
        position = match.end
    return position == end

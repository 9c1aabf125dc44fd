"""From a document's sentences to commitments: the grammar per sentence, then what the document as a whole says.

Order of the document-level steps (`extract`):
 1. Sentences, each scanned once; the headline is told apart from the body.
 2. The document's main donor (the most named giver; on a tie the language's home government, if it is among them)
    and prevailing kind of aid (military unless it reads otherwise).
 3. Each sentence read by the grammar (tracker.extract.grammar) in the context of the sentences before it: the main
    donor, whether the sentence before committed something (a list running on), whether the line is an item of a
    list that a committing sentence opened with a colon ("The package includes:"), the receiver named last.
 4. Stages carried: an item listed without an act of its own, or under a plain future ("will send"), takes the
    stage the document is at ("is planning to send ..." makes the package's items proposed); a later sentence that
    makes a decision pending ("the formal decision follows next week") makes the items before it proposed.
 5. Wholes and parts: an amount that the next sentences split into parts for other items or recipients gives way
    to its parts; parts of one item's amount give way to the whole.
 6. Rows: one per donor, category and stage. A package value that the text does not tie to a category stays on a
    military_unspecified row only when the donor has no firm category rows; otherwise it is the package value of
    those rows (package_amount), so that totals count it once.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from tracker.extract.grammar import MILITARY_CATEGORIES, Context, Mention, Reading, read_sentence, stated_amounts
from tracker.extract.lexicon import Language, Lexicon
from tracker.extract.scan import SentenceScan
from tracker.extract.sentences import split_sentences
from tracker.extract.vocabulary import currency_families, normalise, resolve_currency, vocabulary

STAGE_ORDER = ("proposed", "committed", "allocated", "delivered")  # from the least to the most firm
HEADLINE_WORDS = 25  # a first line this short without a final full stop is a headline
WHOLE_REACH = 3  # sentences after an amount in which its parts may follow
MAX_PARTS = 4  # parts of one whole considered at most
SUM_TOLERANCE = 0.005  # parts add up to their whole within half a per cent
SPENDING_REACH = 3  # sentences after a commitment within which 'the money will be used for ...' tells its purpose
QUALIFIER_WORDS = 2  # a qualifier this close to an aid word qualifies it
PRIOR_MAJORITY = 1  # a non-military kind prevails when it is named more than this many times as often as military aid
ITEMS_SHOWN = 5  # item names kept on a row
STEM_LETTERS = 3  # letters two inflections of one word share at least ('czołgi', 'czołgów')
LIST_OPENERS = (":", "：")  # a sentence ending so opens a list of what it gives
LIST_BULLETS = frozenset("-–—•·*▪►●○◦")  # marks that start an item of a list
LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s")  # '1. ', '2) ': a numbered item
CONFIDENCE = {"base": 0.9, "donor_from_context": 0.2, "unqualified": 0.2, "floor": 0.1}


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    scan: SentenceScan
    headline: bool


@dataclass(slots=True)
class Row:
    """A commitment before it becomes a table row: the merge of mentions with the same key."""

    donor: str
    category: str
    status: str
    mentions: list[Mention] = field(default_factory=list)


def extract(text: str, lang: str, lexicon: Lexicon | None = None, *, year: int | None = None) -> list[dict[str, object]]:
    """Commitments found in a text, as dicts of table fields (without ids, FX or document fields). `year` is the year
    the text was published, when known: what it dates to an earlier year is recalled."""
    vocab = vocabulary(lang, lexicon)
    spans = split_sentences(text, vocab)
    if not spans:
        return []
    first_line_end = text.find("\n")
    norm = normalise(text)  # once per document: normalising keeps every offset, so sentences slice it
    sentences: list[Sentence] = []
    for start, end in spans:
        sentence_text = text[start:end]
        headline = start == spans[0][0] and first_line_end != -1 and end <= first_line_end and _looks_like_headline(sentence_text)
        scan = SentenceScan(sentence_text, vocab, norm[start:end])
        if year is not None:
            scan.mark_past_years(year)
        sentences.append(Sentence(start, end, scan, headline))

    _resolve_shared_names(sentences)
    main_donor = _main_donor(sentences, vocab.language)
    prior = _prior_category(sentences)
    mentions: list[Mention] = []
    retracted: set[int] = set()
    running_stage = "committed"
    stage_of_donor: dict[str, str] = {}  # the stage each donor's sentences stated last
    receiver: str | None = None
    previous: list[Mention] = []
    decided = False  # the sentence before spoke of a decision or package
    recent: list[Mention] = []  # the mentions of the last sentence that committed, if it is at most SPENDING_REACH back
    listing = False  # a committing sentence opened a list ('The package includes:') that the next lines go on with
    previous_text = ""
    for index, sentence in enumerate(sentences):
        givers = {str(m.donor) for m in previous if not m.donor_from_context}
        recent = recent if recent and index - recent[0].sentence <= SPENDING_REACH else []
        recent_amounts = frozenset(m.amount for m in recent if m.amount is not None)
        giver = givers.pop() if len(givers) == 1 else None
        recent_categories = frozenset(m.category for m in recent)
        in_list = listing and _is_list_item(sentence.scan.text, previous_text)
        context = Context(
            main_donor, prior, bool(previous), receiver, giver, decided, bool(recent), recent_amounts, recent_categories, in_list
        )
        reading = read_sentence(sentence.scan, context) if not sentence.scan.empty else Reading()
        listing = (in_list or _opens_list(sentence.scan.text)) and (in_list or reading.commits)
        previous_text = sentence.scan.text
        decided = (reading.about_decision or "decision" in sentence.scan.cue_values) and reading.receiver != "other"
        retracted |= reading.retracted
        if reading.purpose is not None:
            for mention in recent:
                # 'The money will serve reconstruction.'; 'The military aid will be used to buy drones.'
                narrows = mention.category == "military_unspecified" and reading.purpose in MILITARY_CATEGORIES
                if mention.kind == "generic" and (not mention.qualified or narrows):
                    mention.category, mention.qualified = reading.purpose, True
        receiver = reading.receiver or receiver
        found = [m for m in reading.mentions if m.donor is not None] if reading.commits else []
        if reading.stage == "proposed" and not found and reading.about_decision:
            for mention in previous:
                mention.status, mention.firm = "proposed", True  # 'the formal decision is to be taken shortly'
        for mention in found:
            mention.sentence = index
            donor_stage = stage_of_donor.get(str(mention.donor))
            if mention.status is None:
                mention.status = reading.stage or donor_stage or running_stage
            elif not mention.firm and donor_stage == "proposed":
                mention.status = donor_stage  # 'The U.S. is planning to send ... The U.S. will also send ...'
        if reading.stage is not None and found:  # a stage stated about items carries to the items after it
            running_stage = reading.stage
            for donor in {str(m.donor) for m in found} | reading.subjects:
                stage_of_donor[donor] = reading.stage
        mentions.extend(found)
        previous = found
        recent = found or recent
    mentions = [m for m in mentions if m.quantity is None or m.quantity not in retracted]
    _resolve_wholes(mentions, sentences)
    rows = _merge(mentions, sentences)
    packages = _packages(mentions, rows)
    rows += _unjoined_packages(rows, packages, sentences)
    written = frozenset(
        m.value for sentence in sentences for m in sentence.scan.content if m.kind == "currency" and not m.value.startswith("family:")
    )
    return [_row_fields(row, packages, sentences, text, lang, written) for row in rows]


def _resolve_shared_names(sentences: list[Sentence]) -> None:
    """A name several countries use ('Bundesregierung': Germany's or Austria's government) is the one of them the
    document names most, else the first the lexicon lists."""
    mentions = [donor for sentence in sentences for donor in sentence.scan.donors]
    named = Counter(donor.code for donor in mentions if " " not in donor.code)
    for donor in mentions:
        if " " in donor.code:
            options = donor.code.split()
            donor.code = max(options, key=lambda code: (named[code], -options.index(code)))  # most named; on a tie the first


def _opens_list(sentence: str) -> bool:
    """'The capabilities in this package include:': a sentence ending with a colon opens a list."""
    return sentence.rstrip().endswith(LIST_OPENERS)


def _is_list_item(sentence: str, previous: str) -> bool:
    """'- Stinger missiles;', '• 20 Bradleys': a line that starts with a bullet or a number, or follows an item ending with a
    semicolon or a colon."""
    start = sentence.lstrip()
    return start[:1] in LIST_BULLETS or LIST_NUMBER.match(start) is not None or previous.rstrip().endswith((";", *LIST_OPENERS))


def _looks_like_headline(sentence: str) -> bool:
    stripped = sentence.rstrip()
    return bool(stripped) and stripped[-1] not in '.!?:;»"”。' and len(stripped.split()) <= HEADLINE_WORDS


def _main_donor(sentences: list[Sentence], language: Language) -> str | None:
    """The donor the document is about: the most named giver; on a tie, the language's home government if it is
    among them ('Regeringen har beslutat ...; Danmark och Norge meddelade förra veckan ...')."""
    counts: Counter[str] = Counter()
    last_resort: Counter[str] = Counter()  # modifiers, possessors and datelines ('DEN HAAG (ANP) - Het kabinet ...')
    for sentence in sentences:
        for donor in sentence.scan.donors:
            if donor.can_give and donor.role != "collective" and donor.code != "UKR":
                (last_resort if donor.weak else counts)[donor.code] += 1
    ranked = (counts or last_resort).most_common()
    home = language.home
    if not ranked:
        return None  # a text that names no giver (a donor's own purchase, often) gives nothing
    tied = [code for code, count in ranked if count == ranked[0][1]]
    if len(tied) > 1:
        return home if home in tied else None  # several donors named as often: the home one, else none of them
    return ranked[0][0]


def _prior_category(sentences: list[Sentence]) -> str:
    """What an unqualified 'aid' or 'package' most likely is in this document: military, unless it reads otherwise."""
    counts: Counter[str] = Counter()
    for sentence in sentences:
        content = sentence.scan.content
        aid_words = {m.first for m in content if m.kind == "aid"}
        for match in content:
            kind = match.kind
            if kind == "qualifier":
                # A qualifier counts beside an aid word ('military aid'), not beside others ('military invasion').
                if not any(w in aid_words for w in range(match.first - QUALIFIER_WORDS, match.last + QUALIFIER_WORDS + 1)):
                    continue
            elif kind not in ("system", "noun", "service"):
                continue
            counts["military_unspecified" if match.value in MILITARY_CATEGORIES else match.value] += 1
    military = counts["military_unspecified"]
    for category, count in counts.most_common():
        if category != "military_unspecified" and count > PRIOR_MAJORITY * military:
            return category  # a clearly humanitarian or financial document
    return "military_unspecified"


def _resolve_wholes(mentions: list[Mention], sentences: list[Sentence]) -> None:
    """An amount that the next sentences split into parts: when the parts land on other rows or go elsewhere
    ('EUR 40 million, of which 35 for Ukraine and 5 for Moldova'), the whole gives way to its parts and stays only
    as the package value; when every part is on the whole's own row, the whole stands."""
    by_place = {(m.sentence, m.amount_first): m for m in mentions if m.amount is not None}
    for whole in [m for m in mentions if m.amount is not None]:
        if whole.amount is None:
            continue  # already a part of an earlier whole
        total = float(whole.amount)
        candidates: list[Part] = []
        for index in range(whole.sentence, min(whole.sentence + WHOLE_REACH + 1, len(sentences))):
            scan = sentences[index].scan
            for_ukraine = {a.first for a in stated_amounts(scan)}
            for before, value in zip([None, *scan.values], scan.values, strict=False):
                after_whole = (index, value.first) > (whole.sentence, whole.amount_first)
                # '($2.2 billion)' after an amount converts it; '(465 and 295 million dollars respectively)' are parts.
                converted = value.in_parentheses and before is not None and not before.in_parentheses
                if after_whole and _same_currency(value.currency, whole.currency) and not converted and value.value < total:
                    candidates.append(Part(value.value, by_place.get((index, value.first)), value.first in for_ukraine))
        parts = _parts_of(total, candidates)
        if not parts:
            continue
        own_row = (whole.donor, whole.category)
        on_other_rows = [p for p in parts if p.mention is not None and (p.mention.donor, p.mention.category) != own_row]
        loose = [p for p in parts if p.mention is None]
        if not on_other_rows and not loose:
            # Parts of the row's own amount: the whole stands, on the first part (in the body, where a headline's
            # total would give way to the body's figures).
            first_part = min((p.mention for p in parts if p.mention), key=lambda m: (m.sentence, m.amount_first))
            for part in parts:
                if part.mention is not None and part.mention is not first_part:
                    part.mention.amount = part.mention.currency = None
            first_part.amount, first_part.currency, first_part.amount_tied = whole.amount, whole.currency, True
            if first_part is not whole:
                whole.amount = whole.currency = None
        elif not on_other_rows and any(p.for_ukraine for p in loose) and not all(p.for_ukraine for p in loose):
            # Parts in no row of their own: those stated for Ukraine ('EUR 35 million is for projects in Ukraine')
            # stay on the whole's row, those for elsewhere ('EUR 5 million for refugees in Moldova') leave it.
            whole.amount = sum(p.value for p in parts if p.for_ukraine or p.mention is not None)
            whole.amount_tied = True
            for part in parts:
                if part.mention is not None and part.mention is not whole:
                    part.mention.amount = part.mention.currency = None
        else:
            whole.package = True
            whole.package_value, whole.package_currency = whole.amount, whole.currency
            whole.amount = whole.currency = None


def _same_currency(first: str | None, second: str | None) -> bool:
    """'760 млн доларів США' and '465 млн дол.': a currency and a name of its family ('dollar') may be the same money."""
    return first == second or (first is not None and second is not None and bool(_currencies(first) & _currencies(second)))


def _currencies(code: str) -> set[str]:
    """The ISO codes a currency term may stand for: itself, or every member of its family ('family:dollar')."""
    if not code.startswith("family:"):
        return {code}
    return {code, *currency_families()[code.removeprefix("family:")].values()}


@dataclass(frozen=True, slots=True)
class Part:
    """An amount after a whole that may be one of its parts."""

    value: float
    mention: Mention | None  # the row mention it stands on, if any
    for_ukraine: bool  # stated for Ukraine, not for refugees abroad or another country


def _parts_of(total: float, candidates: list[Part]) -> list[Part]:
    """The first two to MAX_PARTS candidates that add up to the total."""
    for size in range(2, min(MAX_PARTS, len(candidates)) + 1):
        for combination in itertools.combinations(candidates, size):
            if abs(sum(part.value for part in combination) - total) <= SUM_TOLERANCE * total:
                return list(combination)
    return []


def _merge(mentions: list[Mention], sentences: list[Sentence]) -> list[Row]:
    """One row per donor, category and stage; generic rows give way to specific ones of the same donor."""
    rows: dict[tuple[str, str, str], Row] = {}
    for mention in mentions:
        key = (str(mention.donor), mention.category, str(mention.status))
        rows.setdefault(key, Row(*key)).mentions.append(mention)
    specific_donors = {donor for donor, category, _ in rows if category in MILITARY_CATEGORIES}
    firmest = {}  # donor -> the firmest stage of its category rows
    for donor, category, status in rows:
        if category in MILITARY_CATEGORIES:
            firmest[donor] = max(firmest.get(donor, status), status, key=STAGE_ORDER.index)
    other_donors = {donor for donor, category, _ in rows if category != "military_unspecified"}
    kept: list[Row] = []
    for (donor, category, status), row in rows.items():
        if category == "military_unspecified":
            # A package's value gives way to category rows at least as firm as itself ('X is planning to send $400m,
            # including ...'), not to items only under discussion ('EUR 2 billion in 2025; it may include drones').
            as_firm = donor in firmest and STAGE_ORDER.index(firmest[donor]) >= STAGE_ORDER.index(status)
            row.mentions = [m for m in row.mentions if _unspecified_stands(m, donor in specific_donors, as_firm, donor in other_donors)]
            if not row.mentions:
                continue
        body = [m for m in row.mentions if not sentences[m.sentence].headline]
        row.mentions = body or row.mentions
        kept.append(row)
    return kept


def _unspecified_stands(mention: Mention, has_specific: bool, has_as_firm_specific: bool, has_other: bool) -> bool:
    """Whether a 'military aid' mention is news of its own, or only the heading of items listed elsewhere.

    'Military equipment' or 'weapons' with a value is a category of its own. A package's value ('aid
    worth X, including A and B') stands on a military_unspecified row only when the text names no
    firm commitment of a specific kind for that donor; without a value, only when it names none at all.
    """
    if mention.kind == "noun":
        return mention.amount is not None or not has_specific
    if mention.amount is None:
        return not has_specific and (mention.qualified or not has_other)
    return not has_as_firm_specific


@dataclass(frozen=True, slots=True)
class Package:
    """A donor's package: its whole value and the sentence that states it."""

    value: float
    currency: str | None
    sentence: int
    mention: Mention  # the mention that states it


def _packages(mentions: list[Mention], rows: list[Row]) -> dict[str, Package]:
    """Each donor's package value: its first military value that the text ties to no category and no row shows."""
    shown = {id(m) for row in rows for m in row.mentions}
    packages: dict[str, Package] = {}
    for mention in mentions:
        if mention.donor in packages or id(mention) in shown:
            continue
        value = mention.package_value if mention.package_value is not None else mention.amount
        if value is not None and (mention.package or mention.category == "military_unspecified"):
            packages[str(mention.donor)] = Package(value, mention.package_currency or mention.currency, mention.sentence, mention)
    return packages


def _unjoined_packages(rows: list[Row], packages: dict[str, Package], sentences: list[Sentence]) -> list[Row]:
    """A package that none of its donor's rows belongs to ('NOK 1 billion in military aid. NOK 50 million will be
    spent on demining.') stands as a military_unspecified row of its own, so that its value is never lost; it then
    leaves `packages`, which keeps only the packages that rows join."""
    standing = []
    for donor, package in list(packages.items()):
        own = [row for row in rows if row.donor == donor]
        if any(_in_package(row, _chosen(row), package, sentences) for row in own):
            continue
        del packages[donor]
        shown = any(row.category == "military_unspecified" or package.value in {m.amount for m in row.mentions} for row in own)
        if package.mention.amount is not None and not shown:  # not split into parts, not on a row already
            standing.append(Row(donor, "military_unspecified", str(package.mention.status), [package.mention]))
    return standing


def _chosen(row: Row) -> Mention | None:
    """The mention whose amount the row shows: the one the text ties to the row's kind ('military support of NOK 17
    billion' before 'funding of NOK 135 billion')."""
    priced = [m for m in row.mentions if m.amount is not None]
    return min(priced, key=lambda m: (not (m.amount_tied and m.qualified), not m.amount_tied), default=None)


def _in_package(row: Row, chosen: Mention | None, package: Package | None, sentences: list[Sentence]) -> bool:
    """Whether a row belongs to its donor's package: a military row, unless its own amount stands in a later
    sentence that speaks of no package ('Norway will also give EUR 50 million for demining'), a commitment beside it."""
    if package is None or row.category not in MILITARY_CATEGORIES:
        return False
    if chosen is None or chosen.sentence <= package.sentence:
        return True
    scan = sentences[chosen.sentence].scan
    return any(scan.has_cue(cue) for cue in ("package", "part", "contains"))


def _row_fields(
    row: Row, packages: dict[str, Package], sentences: list[Sentence], text: str, lang: str, written: frozenset[str]
) -> dict[str, object]:
    mentions = row.mentions
    first = mentions[0]
    chosen = _chosen(row)
    items = list(dict.fromkeys(item for m in mentions for item in m.items))
    sentence = sentences[(chosen or first).sentence]
    package = packages.get(row.donor)
    in_package = package is not None and _in_package(row, chosen, package, sentences)
    package_amount, package_currency = (package.value, package.currency) if in_package else (None, None)
    confidence = (
        CONFIDENCE["base"] - CONFIDENCE["donor_from_context"] * first.donor_from_context - CONFIDENCE["unqualified"] * (not first.qualified)
    )
    return {
        "donor": row.donor,
        "category": row.category,
        "item": "; ".join(items[:ITEMS_SHOWN]) or None,
        "quantity": _merged_quantity(mentions, sentence.scan.language.suffix_letters),
        "amount": chosen.amount if chosen else None,
        "currency": resolve_currency(chosen.currency, row.donor, lang, written) if chosen and chosen.currency else None,
        "package_amount": package_amount,
        "package_currency": resolve_currency(package_currency, row.donor, lang, written) if package_currency else None,
        "status": row.status,
        "evidence": text[sentence.start : sentence.end],
        "evidence_start": sentence.start,
        "evidence_end": sentence.end,
        "confidence": round(max(confidence, CONFIDENCE["floor"]), 2),
    }


def _merged_quantity(mentions: list[Mention], ending_letters: int) -> int | None:
    """One count for the row when the row is one counted thing.

    The first count of an item wins over later counts of the same item (recalled totals); items counted differently,
    or a counted item beside another named item ('ammunition for HIMARS', another system), leave the row without a
    count. A plain category noun elsewhere ('artillery') is a restatement, not another item.
    """
    counted = [m for m in mentions if m.quantity is not None]
    if not counted:
        return None
    chosen = counted[0]
    if any(_item_key(m) != _item_key(chosen) and m.quantity != chosen.quantity for m in counted):
        return None
    for other in mentions:
        if other.quantity is not None or other.kind == "generic" or _item_key(other) == _item_key(chosen):
            continue
        if any(_same_word(_item_key(chosen), normalise(item), ending_letters) for item in other.items):
            continue  # 'czołgi Leopard' elsewhere, then 'ośmiu czołgów': the counted noun, named with its system
        if len(other.items) > 1 or (other.kind == "system" and chosen.kind == "system"):
            return None  # 'ammunition for HIMARS', 'howitzer rounds', another named system: a different item
    return chosen.quantity


def _same_word(first: str, second: str, ending_letters: int) -> bool:
    """'czołgi' and 'czołgów', 'tank' and 'tanks': one word in two inflections (they differ only in an ending)."""
    stem = next((at for at, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), min(len(first), len(second)))
    return stem >= STEM_LETTERS and max(len(first), len(second)) - stem <= ending_letters


def _item_key(mention: Mention) -> str:
    """What a mention names: its system if it has one, else its noun."""
    return normalise(mention.items[-1] if mention.items else mention.category)

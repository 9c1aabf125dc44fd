"""From a document's sentences to commitments: who gives what, how much, at which stage.

The rules read each sentence once (tracker.extract.scan) and then decide, in order:
which sentences can state a commitment at all (no losses, purchases, needs, refusals, recalls),
what each aid mention is (category, item, quantity), whom it belongs to (the nearest donor in
the clause, else in the sentence, else the document's main donor), what amount it carries, and
at which stage it is. Rows for the same donor, category and status are then merged per document.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from text_to_num import alpha2digit

from tracker.extract.scan import Match, Number, SentenceScan
from tracker.extract.sentences import split_sentences
from tracker.extract.vocabulary import names_aid, normalise, resolve_currency, vocabulary

TEXT2NUM_LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "nl", "da", "pt"})
SPECIFIC_KINDS = frozenset({"system", "noun"})
MENTION_KINDS = frozenset({"system", "noun", "unit", "radar", "missile", "qualifier", "aid"})
MILITARY_CATEGORIES = frozenset(
    {
        "air_defence",
        "artillery",
        "ammunition",
        "long_range_strike",
        "drones",
        "armoured_vehicles",
        "aircraft",
        "naval",
        "small_arms",
        "equipment",
        "training",
    }
)
THREATS = frozenset({"aircraft", "drones", "long_range_strike"})
EXPLICIT_ROLES = frozenset({"donor", "metonym", "demonym"})
YEARS = range(1990, 2101)
LOOKBACK_WORDS = 6


@dataclass(slots=True)
class Mention:
    """One aid item in one sentence, with what the sentence says about it."""

    category: str
    kind: str
    first: int
    last: int
    items: list[str]
    donor: str | None = None
    donor_from_context: bool = False
    status: str | None = None
    status_from_context: bool = False
    quantity: int | None = None
    amount: float | None = None
    currency: str | None = None
    amount_score: int = 0
    qualified: bool = True
    countable: bool = True
    sentence: int = 0


@dataclass(slots=True)
class Row:
    """A commitment before it becomes a table row: the merge of mentions with the same key."""

    donor: str
    category: str
    status: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    scan: SentenceScan
    headline: bool


def extract(text: str, lang: str) -> list[dict[str, object]]:
    """Commitments found in a text, as dicts of table fields (without ids, FX or document fields)."""
    vocab = vocabulary(lang)
    spans = split_sentences(text)
    if not spans:
        return []
    first_line_end = text.find("\n")
    sentences: list[Sentence] = []
    for start, end in spans:
        sentence_text = text[start:end]
        norm = normalise(sentence_text)
        if lang in TEXT2NUM_LANGUAGES and names_aid(norm, vocab):
            # Numbers written as words ("quatre milliards", "viertausend") become digits for the rules below.
            converted = alpha2digit(sentence_text, lang)
            if converted != sentence_text:
                sentence_text, norm = converted, normalise(converted)
        scan = SentenceScan(sentence_text, vocab, norm)
        headline = start == spans[0][0] and first_line_end != -1 and end <= first_line_end and _looks_like_headline(sentence_text)
        sentences.append(Sentence(start, end, scan, headline))

    donors_by_sentence = [_donor_matches(sentence.scan) for sentence in sentences]
    context_donor = _main_donor(donors_by_sentence)
    prior_category = _prior_category(sentences)
    mentions: list[Mention] = []
    retracted: set[int] = set()
    carried_status = "committed"
    carried_explicit = False
    previous: list[Mention] = []
    for index, sentence in enumerate(sentences):
        scan = sentence.scan
        found, status = _sentence_mentions(scan, donors_by_sentence[index], context_donor, prior_category, retracted, bool(previous))
        if status is not None:
            carried_status, carried_explicit = status, True
        if not found:
            if status == "proposed" and not scan.mentions_aid():
                for mention in previous:
                    mention.status = "proposed"
            previous = []
            continue
        for mention in found:
            mention.sentence = index
            if mention.status is None:
                mention.status = carried_status
                mention.status_from_context = not carried_explicit
        mentions.extend(found)
        previous = found
    mentions = [m for m in mentions if m.quantity is None or m.quantity not in retracted]
    rows = _merge(mentions, sentences)
    return [_row_fields(row, sentences, text, lang) for row in rows]


def _looks_like_headline(sentence: str) -> bool:
    stripped = sentence.rstrip()
    return bool(stripped) and stripped[-1] not in '.!?:;»"”' and len(stripped.split()) <= 25


def _main_donor(donors_by_sentence: list[list[tuple[str, Match]]]) -> str | None:
    """The donor the document is about: the most mentioned explicit donor, the earliest on a tie."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for donors in donors_by_sentence:
        for donor, _match in donors:
            counts[donor] += 1
            order.setdefault(donor, len(order))
    if not counts:
        return None
    return max(counts, key=lambda code: (counts[code], -order[code]))


def _prior_category(sentences: list[Sentence]) -> str:
    """What an unqualified 'aid' or 'package' most likely is in this document: military, unless it reads otherwise."""
    counts: Counter[str] = Counter()
    for sentence in sentences:
        for match in sentence.scan.content:
            entry = match.entries[0]
            if entry.kind in ("system", "noun", "qualifier"):
                counts["military_unspecified" if entry.value in MILITARY_CATEGORIES else entry.value] += 1
    military = counts["military_unspecified"]
    for category, count in counts.most_common():
        if category != "military_unspecified" and count > 2 * military:
            return category  # a clearly humanitarian or financial document
    return "military_unspecified"


def _donor_matches(scan: SentenceScan) -> list[tuple[str, Match]]:
    """Donor mentions that can give: not recipients, not places after a preposition, not 'U.S.-made'."""
    found: list[tuple[str, Match]] = []
    for match in scan.content:
        entry = match.entries[0]
        if entry.kind != "donor" or entry.role not in EXPLICIT_ROLES:
            continue
        if _is_place_or_origin(scan, match, entry.role):
            continue
        found.append((entry.value, match))
    return found


def _is_place_or_origin(scan: SentenceScan, match: Match, role: str) -> bool:
    if scan.cue_just_before("origin", match.start):
        return True  # 'made by Germany', 'fabriqué par la France'
    after = scan.norm[match.end : match.end + 10]
    if after[:1] == "-" and after[1:2].isalpha() and not after.startswith("-led"):
        return True  # the first part of a compound: 'U.S.-made', 'US-Luftwaffenstützpunkt', 'Nato-Kaliber'
    previous = scan.words_before(match.start, 1)
    if previous and previous[0] in scan.vocabulary_words("destination"):
        return True
    return role == "metonym" and bool(previous) and previous[0] in scan.vocabulary_words("preposition")


def _is_other_recipient(scan: SentenceScan, match: Match) -> bool:
    """A country other than Ukraine after 'to'/'nach'/'en': the aid in that sentence goes elsewhere."""
    entry = match.entries[0]
    if entry.kind != "donor" or entry.value == "UKR":
        return False
    previous = scan.words_before(match.start, 1)
    return bool(previous) and previous[0] in scan.vocabulary_words("destination")


def _sentence_mentions(
    scan: SentenceScan,
    donors: list[tuple[str, Match]],
    context_donor: str | None,
    prior_category: str,
    retracted: set[int],
    follows_commitment: bool,
) -> tuple[list[Mention], str | None]:
    """The aid mentions one sentence commits, and the stage it states (None when it states none)."""
    status = _sentence_status(scan)
    if scan.has_cue("destroyed"):
        return [], None
    ukraine = any(m.entries[0].kind == "donor" and m.entries[0].value == "UKR" for m in scan.content)
    if scan.has_cue("own_funds") or (ukraine and scan.has_cue("purchase")):
        retracted.update(int(n.value) for n in scan.numbers if n.currency is None)
        return [], None
    if scan.has_cue("own_forces") or scan.has_cue("purchase"):
        return [], None  # a donor equipping or buying for its own forces, not for Ukraine
    if not scan.mentions_aid():
        return [], status
    if not ukraine and any(_is_other_recipient(scan, m) for m in scan.content):
        return [], None
    acts = scan.has_cue("give") or scan.has_cue("delivered") or scan.has_cue("proposed")
    if (scan.has_cue("need") or scan.has_cue("attack")) and not acts:
        return [], status  # what Ukraine needs, or what Russia launched, is not given
    if scan.has_cue("recall") and not scan.has_cue("delivered"):
        return [], None

    scan.index_words()
    mentions = _category_mentions(scan, prior_category)
    if not mentions:
        return [], status
    negated = {scan.clause_of[w] for w in scan.cue_words.get("negation", ())}
    mentions = [m for m in mentions if scan.clause_of[m.first] not in negated]
    collectives = [
        m
        for m in scan.content
        if m.entries[0].kind == "donor" and m.entries[0].role == "collective" and not _is_place_or_origin(scan, m, "collective")
    ]
    # A sentence that names no donor is the document's main donor's only if it gives something or prices it.
    # ... or if it counts items right after a sentence that committed some (a list running on).
    priced = any(n.currency for n in scan.numbers)
    use_context = context_donor is not None and (acts or priced or (follows_commitment and bool(scan.numbers)))
    result: list[Mention] = []
    for mention in mentions:
        owners = _owners(scan, mention, donors, collectives)
        if owners is None:
            if not use_context:
                continue
            owners, from_context = [context_donor], True
        else:
            from_context = False
        owners = [d for d in owners if d != "NATO" or scan.has_cue("decision")]
        for number, donor in enumerate(owners):
            owned = mention if number == 0 else _copy(mention)  # coordinated donors each get their own row
            owned.donor, owned.donor_from_context = donor, from_context
            result.append(owned)
    _attach_quantities(scan, result)
    _attach_amounts(scan, result, donors)
    for mention in result:
        mention.status = _mention_status(scan, mention)
    return result, status


def _copy(mention: Mention) -> Mention:
    return replace(mention, items=list(mention.items))


def _category_mentions(scan: SentenceScan, prior_category: str) -> list[Mention]:
    """Aid mentions with their category settled: compounds, radars, 'aid' nouns and ammunition 'for' a system."""
    raw, packages = _compound_heads([m for m in scan.content if m.entries[0].kind in MENTION_KINDS])
    specific = [m for m in raw if m.entries[0].kind in SPECIFIC_KINDS]
    mentions: list[Mention] = []
    detected_drones: set[int] = set()  # 'radars that detect drones' are air defence, the drones are their targets
    paired_aid: set[int] = set()
    for match in raw:
        kind, category = match.entries[0].kind, match.entries[0].value
        if kind in SPECIFIC_KINDS:
            mention = Mention(category, kind, match.first, match.last, [match.surface])
            mention.countable = match.start not in packages  # 'ein Luftverteidigungspaket' is one package, not one system
            mentions.append(mention)
        elif kind == "radar":
            targets = [m.first for m in specific if m.entries[0].value == "drones" and 0 < m.first - match.last <= 4]
            same_clause = [w for w in scan.cue_words.get("air", ()) if scan.clause_of[w] == scan.clause_of[match.first]]
            air = bool(targets) or bool(same_clause) or scan.cue_near("air", match.first, 6, 6)
            air = air or any(m.entries[0].value == "air_defence" and abs(m.first - match.first) <= 6 for m in specific)
            if air:
                detected_drones.update(targets)
            mentions.append(Mention("air_defence" if air else "equipment", "noun", match.first, match.last, [match.surface]))
        elif kind == "qualifier":
            partner = next(
                (m.first for m in raw if m.entries[0].kind == "aid" and m.first not in paired_aid and abs(m.first - match.first) <= 3),
                None,
            )
            if partner is not None:
                paired_aid.add(partner)
                mentions.append(Mention(category, "generic", match.first, match.last, []))
    mentions = [m for m in mentions if not (m.category == "drones" and m.first in detected_drones)]
    # 'détecter un avion ou un drone', 'defence against drones': what is detected or stopped is not given.
    mentions = [m for m in mentions if not (m.category in THREATS and scan.cue_near("target", m.first, 6))]
    busy_clauses = {scan.clause_of[m.first] for m in mentions}
    for match in raw:
        clause = scan.clause_of[match.first]
        if match.entries[0].kind == "aid" and match.first not in paired_aid and clause not in busy_clauses:
            mentions.append(Mention(prior_category, "generic", match.first, match.last, [], qualified=False))
            busy_clauses.add(clause)
    mentions.sort(key=lambda m: m.first)
    return _merge_adjacent(_absorb_into_ammunition(scan, mentions))


def _compound_heads(raw: list[Match]) -> tuple[list[Match], set[int]]:
    """In a compound word the head decides ('Panzerabwehrminen' is mines), unless the head is only 'package' or 'system'.

    Also returns the starts of modifiers that stand for a package ('Luftverteidigungs|paket'): those count nothing.
    """
    by_word: dict[int, list[Match]] = {}
    for match in raw:
        by_word.setdefault(match.first, []).append(match)
    kept: list[Match] = []
    packages: set[int] = set()
    for group in by_word.values():
        if len(group) == 1 or group[0].last != group[-1].last:
            kept.extend(group)
            continue
        meaningful = [m for m in group if m.entries[0].kind in SPECIFIC_KINDS | {"radar"}]
        head = group[-1]
        if head in meaningful or not meaningful:
            kept.append(head)
        else:
            kept.append(meaningful[-1])
            if head.entries[0].kind == "aid":
                packages.add(meaningful[-1].start)
    # 'missiles' alone says nothing of the category; a named system next to it does.
    return sorted((m for m in kept if m.entries[0].kind != "missile"), key=lambda m: m.start), packages


def _absorb_into_ammunition(scan: SentenceScan, mentions: list[Mention]) -> list[Mention]:
    """'Artillery rounds', 'munitions pour HIMARS', 'Flakpanzermunition' are ammunition, not guns."""
    ammo = [m for m in mentions if m.category == "ammunition"]
    if not ammo:
        return mentions
    kept: list[Mention] = []
    for mention in mentions:
        owner = None
        if mention.category not in ("ammunition", "drones") and mention.kind in SPECIFIC_KINDS:
            for shells in ammo:
                before = shells.first - mention.last in (0, 1)
                after = 0 < mention.first - shells.last <= 3 and (
                    scan.cue_near("destination", mention.first, 2) or scan.cue_near("partitive", mention.first, 2)
                )
                if before or after:
                    owner = shells
                    break
        if owner is None:
            kept.append(mention)
        else:
            owner.items.extend(mention.items)
    return kept


def _merge_adjacent(mentions: list[Mention]) -> list[Mention]:
    """'Flugabwehrsystems Iris-T', 'canons Caesar': neighbouring words of one category are one mention.

    A plain equipment noun next to a weapon category takes that category: 'anti-drone equipment',
    'pojazdów opancerzonych' (armoured vehicles).
    """
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        adjacent = last is not None and 0 <= mention.first - last.last <= 1
        if adjacent and "equipment" in (last.category, mention.category) and mention.kind in SPECIFIC_KINDS and last.kind in SPECIFIC_KINDS:
            specific = mention.category if last.category == "equipment" else last.category
            last.category = mention.category = specific
        if adjacent and last.category == mention.category:
            last.last = mention.last
            last.items.extend(mention.items)
            last.quantity = last.quantity if last.quantity is not None else mention.quantity
            last.kind = "system" if "system" in (last.kind, mention.kind) else last.kind
        else:
            merged.append(mention)
    return merged


def _owners(scan: SentenceScan, mention: Mention, donors: list[tuple[str, Match]], collectives: list[Match]) -> list[str] | None:
    """Who gives this mention: the nearest donor in its clause, else the nearest in the sentence (left first)."""
    people = [(code, match) for code, match in donors] + [("NATO", match) for match in collectives]
    if not people:
        return None
    clause = scan.clause_of[mention.first]
    same_clause = [(code, m) for code, m in people if scan.clause_of[m.first] == clause]
    for pool in (same_clause, people):
        left = [(code, m) for code, m in pool if m.last < mention.first]
        right = [(code, m) for code, m in pool if m.first > mention.last]
        if left:
            code, match = max(left, key=lambda item: item[1].last)
            return _with_coordinated(scan, code, match, people)
        if right:
            code, match = min(right, key=lambda item: item[1].first)
            return _with_coordinated(scan, code, match, people)
    return None


def _with_coordinated(scan: SentenceScan, code: str, match: Match, people: list[tuple[str, Match]]) -> list[str]:
    """'le Danemark et la Norvège', 'Danmark og Holland': coordinated donors share the commitment."""
    owners = [code]
    for other_code, other in people:
        gap = range(min(match.last, other.last) + 1, max(match.first, other.first))
        if other is not match and len(gap) <= 3 and any(scan.cue_near("and", w, 0) for w in gap):
            owners.append(other_code)
    return list(dict.fromkeys(owners))


def _attach_quantities(scan: SentenceScan, mentions: list[Mention]) -> None:
    """The count written just before an item: '19 F-16', 'un nouveau système Patriot', '12 des 72 canons'."""
    numbers = [n for n in scan.numbers if n.currency is None]
    stops = {m.first for m in scan.content if m.entries[0].kind in ("donor", "currency")}
    stops |= {w for m in mentions for w in range(m.first, m.last + 1)}
    stops |= {w for n in scan.numbers if n.currency for w in range(n.first, n.last + 1)}
    # A number right after an item names a model ("Panzerhaubitze 2000", "Stridsfordon 90"), it counts nothing.
    stops |= {n.first for n in numbers if any(n.first == m.last + 1 for m in mentions)}
    by_last = {n.last: n for n in numbers}
    for mention in mentions:
        if mention.kind not in SPECIFIC_KINDS or mention.category not in MILITARY_CATEGORIES or not mention.countable:
            continue  # counts are of weapons and kit; 'un prêt', 'a reconstruction programme' count nothing
        clause = scan.clause_of[mention.first]
        for word in range(mention.first - 1, max(mention.first - 1 - LOOKBACK_WORDS, -1), -1):
            if word in stops or scan.clause_of[word] != clause:
                break
            number = by_last.get(word)
            if number is not None:
                mention.quantity = _quantity(scan, number, by_last)
                break
            if scan.word_is("one", word) and word >= mention.first - 3:
                mention.quantity = 1
                break


def _quantity(scan: SentenceScan, number: Number, by_last: dict[int, Number]) -> int | None:
    if number.value != int(number.value) or number.value <= 0 or int(number.value) in YEARS:
        return None
    if scan.cue_near("caliber", number.last + 1, 0) or scan.cue_near("approx", number.first, 2):
        return None
    if scan.cue_near("cumulative", number.first, 8):
        return None
    earlier = by_last.get(number.first - 2)
    if earlier is not None and scan.cue_near("partitive", number.first - 1, 0) and earlier.value < number.value:
        return int(earlier.value)
    return int(number.value)


def _attach_amounts(scan: SentenceScan, mentions: list[Mention], donors: list[tuple[str, Match]]) -> None:
    """Tie each money amount to the one mention its clause (else its sentence) names, or to the package as a whole."""
    amounts = [n for n in scan.numbers if n.currency and n.value > 0]
    amounts = [a for i, a in enumerate(amounts) if not (a.in_parentheses and i > 0)]
    cumulative = scan.cue_words.get("cumulative", ())
    amounts = [a for a in amounts if not any(at < a.first for at in cumulative)]
    if len(amounts) == 2 and scan.cue_near("range_from", amounts[0].first, 1) and scan.cue_near("range_to", amounts[1].first, 1):
        amounts = amounts[1:]
    for amount in amounts:
        donor = _amount_donor(scan, amount, donors, mentions)
        candidates = [m for m in mentions if donor is None or m.donor == donor]
        if not candidates:
            continue
        clause = scan.clause_of[amount.first]
        in_clause = [m for m in candidates if scan.clause_of[m.first] == clause]
        if len({m.category for m in in_clause}) == 1:
            target = in_clause
        elif len({m.category for m in candidates}) == 1:
            target = candidates
        else:
            target = []
        score = 2 * scan.cue_near("additional", amount.first, 4) + 2 * scan.has_cue("package")
        if target:
            for mention in target:
                _set_amount(scan, mention, amount, score)
        else:
            whole = Mention("military_unspecified", "generic", amount.first, amount.last, [])  # the package as a whole
            whole.donor = candidates[0].donor
            whole.donor_from_context = candidates[0].donor_from_context
            _set_amount(scan, whole, amount, score)
            mentions.append(whole)


def _amount_donor(scan: SentenceScan, amount: Number, donors: list[tuple[str, Match]], mentions: list[Mention]) -> str | None:
    left = [(code, m) for code, m in donors if m.last < amount.first]
    if left:
        return max(left, key=lambda item: item[1].last)[0]
    donors_of_mentions = {m.donor for m in mentions}
    return donors_of_mentions.pop() if len(donors_of_mentions) == 1 else None


def _set_amount(scan: SentenceScan, mention: Mention, amount: Number, score: int) -> None:
    if mention.amount is None or score > mention.amount_score:
        mention.amount = amount.value
        mention.currency = amount.currency
        mention.amount_score = score


def _sentence_status(scan: SentenceScan) -> str | None:
    if scan.has_cue("proposed"):
        return "proposed"
    if scan.has_cue("delivered") and not scan.has_cue("future"):
        return "delivered"
    if scan.has_cue("give"):
        return "committed"
    return None


def _mention_status(scan: SentenceScan, mention: Mention) -> str | None:
    """Proposed when a 'considering'/'vote'/'may' cue governs the mention; else the stage of the nearest cue."""
    clause = scan.clause_of[mention.first]
    for word in scan.cue_words.get("proposed", ()):
        if scan.clause_of[word] == clause or mention.first - 8 <= word <= mention.last + 3:
            return "proposed"
    best: tuple[int, str] | None = None
    for cue, status in (("delivered", "delivered"), ("give", "committed")):
        for word in scan.cue_words.get(cue, ()):
            # "will be delivered", "seront livrés": a delivery announced for later is a commitment.
            future = status == "delivered" and scan.cue_near("future", word, 4, 1)
            status_here = "committed" if future else status
            distance = min(abs(word - mention.first), abs(word - mention.last))
            if best is None or distance < best[0]:
                best = (distance, status_here)
    return best[1] if best else None


def _merge(mentions: list[Mention], sentences: list[Sentence]) -> list[Row]:
    """One row per donor, category and stage; generic rows give way to specific ones of the same donor."""
    rows: dict[tuple[str, str, str], Row] = {}
    for mention in mentions:
        assert mention.donor is not None and mention.status is not None
        key = (mention.donor, mention.category, mention.status)
        rows.setdefault(key, Row(*key)).mentions.append(mention)
    specific_donors = {donor for donor, category, _ in rows if category in MILITARY_CATEGORIES}
    firm_donors = {donor for donor, category, status in rows if category in MILITARY_CATEGORIES and status != "proposed"}
    other_donors = {donor for donor, category, _ in rows if category != "military_unspecified"}
    kept: list[Row] = []
    for (donor, category, _status), row in rows.items():
        if category == "military_unspecified":
            row.mentions = [
                m for m in row.mentions if _unspecified_stands(m, donor in specific_donors, donor in firm_donors, donor in other_donors)
            ]
            if not row.mentions:
                continue
        body = [m for m in row.mentions if not sentences[m.sentence].headline]
        row.mentions = body or row.mentions
        kept.append(row)
    return kept


def _unspecified_stands(mention: Mention, has_specific: bool, has_firm_specific: bool, has_other: bool) -> bool:
    """Whether a 'military aid' mention is news of its own, or only the heading of items listed elsewhere.

    'Military equipment' or 'weapons' with a value is a category of its own. A package's value ('aid
    worth X, including A and B') stands on a military_unspecified row only when the text names no
    firm commitment of a specific kind for that donor; without a value, only when it names none at all.
    """
    if mention.kind == "noun":
        return mention.amount is not None or not has_specific
    if mention.amount is None:
        return not has_specific and (mention.qualified or not has_other)
    return not has_firm_specific


def _row_fields(row: Row, sentences: list[Sentence], text: str, lang: str) -> dict[str, object]:
    mentions = row.mentions
    first = mentions[0]
    with_amount = [m for m in mentions if m.amount is not None]
    chosen_amount = max(with_amount, key=lambda m: m.amount_score) if with_amount else None
    items = list(dict.fromkeys(item for m in mentions for item in m.items))
    sentence = sentences[(chosen_amount or first).sentence]
    donor = row.donor
    currency = resolve_currency(chosen_amount.currency, donor, lang) if chosen_amount else None
    confidence = 0.9 - 0.2 * first.donor_from_context - 0.1 * first.status_from_context - 0.2 * (not first.qualified)
    return {
        "donor": donor,
        "category": row.category,
        "item": "; ".join(items[:5]) or None,
        "quantity": _merged_quantity(mentions),
        "amount": chosen_amount.amount if chosen_amount else None,
        "currency": currency,
        "status": row.status,
        "evidence": text[sentence.start : sentence.end],
        "evidence_start": sentence.start,
        "evidence_end": sentence.end,
        "confidence": round(max(confidence, 0.1), 2),
    }


def _merged_quantity(mentions: list[Mention]) -> int | None:
    """One count for the row: from a named system first; none when two different counted systems are merged."""
    counted = [m for m in mentions if m.quantity is not None]
    systems = [m for m in counted if m.kind == "system"]
    if len({tuple(m.items) for m in systems}) > 1:
        return None
    chosen = systems or counted
    return chosen[0].quantity if chosen else None

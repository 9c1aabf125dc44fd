"""The grammar of giving: in one sentence, who gives what to whom, how much, and at which stage.

The rules run in this order (`read_sentence`); every window and threshold is a named constant below.

 1. Gate. A report of losses commits nothing; neither does the clause of a donor's own forces or Ukraine's own funds.
    A sentence on how the money just given is spent names that commitment's purpose, not new items.
 2. Acts. Every cue of giving, delivering, receiving, planning, listing, needing, refusing, buying, selling,
    deploying, producing, attacking, sanctioning or replacing is an act at a word of a clause. A negation in a clause turns its giving
    acts into refusals; a delivery announced for later ("will be delivered") is a commitment.
 3. Items. Weapon, kit and aid words become items with a category: the head of a compound decides, radars that
    watch the air are air defence, ammunition or maintenance *for* a system keeps its own category, an aid word
    takes its qualifier ("humanitarian aid") or the document's prevailing kind.
 4. The governing act of each item: the nearest act in its clause, else the nearest in the sentence (earlier
    first). An item under a need, refusal, sale, deployment, attack or replacement ("which Germany will replace with
    Marder") is not given; nor is one under a giving act embedded in a request ("urged Germany to send"); a purchase
    gives only when it is for Ukraine and not by it, nor to replace what was given.
 5. The giver: a source right after the item ("a grant from the United States"), else a country that can give (not
    after "to", "in", "made by"; not a company's home, "Swedish company Saab"; not part of an organisation's name,
    "the British Red Cross"; not Ukraine or Russia) in the item's clause, else the giver of its act (its subject, or
    the source of a receiving act), else one in the sentence, else the document's main donor when the sentence
    commits. A clause whose subject gives nothing (Russia), is no government (the IMF, the World Bank) or names no
    one ("other partners") is no donor's; after unnamed others, neither is the rest of the sentence. A dateline
    city ("WASHINGTON (Reuters) -") gives only when no one else does. Donors joined by "and" or a list share the
    item; a donor "together with" the giver gives with it.
 6. The receiver: items whose clause or act sends them to another country, and sentences about another country
    only, are not aid to Ukraine.
 7. Counts: the number just before an item (or just after it with a counter, in Japanese and Korean); never a
    year, a calibre, a model number ("ASC 890") or a running total ("so far", "since 2022").
 8. Values: amounts in the sentence, without conversions, running totals, differences from an earlier figure ("an
    increase of £200m"), the figure the news comes on top of ("in addition to the £3 billion"), an organisation's
    ("a $1 billion World Bank loan"), parts for other recipients or refugees; aid named only by a running total or
    an earlier figure is that figure's subject, not news;
    each tied to the item its clause or purpose names ("EUR 200 million for drone interceptors"), else to the
    donor's whole package.
 9. Stage: proposed when a plan, vote or possibility governs the item; else delivered or committed from its act;
    an item listed without an act of its own takes the stage the document is at (commitments.py carries it).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tracker.extract.dates import EARLIEST, LATEST
from tracker.extract.scan import ARTICLE_LETTERS, DonorMention, Match, SentenceScan, Value
from tracker.schema import CATEGORY_AID_TYPE

# The categories of a named kind of military aid (all military ones but military_unspecified).
MILITARY_CATEGORIES = frozenset(c for c, aid_type in CATEGORY_AID_TYPE.items() if aid_type == "military") - {"military_unspecified"}
COUNTED_CATEGORIES = MILITARY_CATEGORIES | {"humanitarian"}  # '15 tents' count; money and aid in general do not
SPECIFIC_KINDS = frozenset({"system", "noun", "service"})
EXAMPLE_KINDS = SPECIFIC_KINDS | {"general"}
MENTION_KINDS = frozenset({"system", "noun", "general", "service", "unit", "radar", "missile", "qualifier", "aid"})
THREATS = frozenset({"aircraft", "drones", "long_range_strike"})
ITEM_KINDS = ("system", "noun", "general", "unit", "missile", "aid")  # words a number can count
# Acts, by what they do to the items they govern.
GIVING_ACTS = ("give", "decision", "delivered", "receive", "proposed", "contains")
BLOCKING_ACTS = ("need", "refuse", "sell", "deploy", "destroyed", "attack", "sanction", "replace", "possess")
CONDITIONAL_ACTS = ("purchase", "produce")
ACT_KINDS = (*GIVING_ACTS, *BLOCKING_ACTS, *CONDITIONAL_ACTS)
EMBEDDING_ACTS = ("need", "refuse")  # "urged X to send", "rejected the request that ... be transferred"
# Subjects whose clause is no donor's: a country that gives nothing, an agency, unnamed others ('Western partners').
OUTSIDER_ROLES = ("nondonor", "organisation", "company", "others")
YEARS = range(EARLIEST, LATEST + 1)  # numbers that are years, never counts

# Windows, in words.
UPPER_BOUND_REACH = 2  # "up to 500,000": the bound word stands this close before the number
COUNT_LOOKBACK = 6  # a count stands at most this many words before its item
ARTICLE_SKIP = 1  # "equipment for the de-mining teams": articles skipped after a preposition, at most
EXAMPLE_REACH = 3  # "equipment and supplies such as ...": the examples start this close after a general noun
ARTICLE_COUNT_REACH = 3  # "a new Patriot system": an indefinite article this close counts one
COUNTER_REACH = 8  # Japanese and Korean: an item at most this many words before "14両"
NOT_ONLY_REACH = 3  # "ne šalje samo": 'only' this close after a negation
ADDRESSEE_REACH = 3  # "appealed to Germany": a country this close after a request is the one asked
LATER_REACH = 5  # "decides next week": the time word this close to the decision
FUTURE_REACH = (4, 1)  # words before and after a delivery cue where "will" makes it a commitment
COORDINATED_REACH = 12  # words back from "and delivered" to the "will" it shares ("will be paid for ... and delivered")
PROPOSED_REACH = (8, 3)  # words before and after an item where a plan cue governs it
ADJACENT_CHARS = 2  # a cue ending this close before a word stands right before it (a space between)
CUMULATIVE_REACH = 8  # a running-total cue this close before a number makes it an aggregate
BASELINE_REACH = 5  # "in addition to the £3 billion": the amount this close after the baseline cue's start
BASELINE_AFTER = 2  # "100 millió eurón felül": where the baseline word follows its figure, this close after it
BASELINE_TAIL = 2  # "... EUR 2 billion already pledged": the earlier figure's own time words this close after it
ADDITIONAL_REACH = 2  # "a further EUR 500 million in total": 'further' this close before a total makes it new
CUMULATIVE_AFTER = 1  # "$60 billion so far", "in total": a running-total cue right after an amount
APPROX_RANGE_REACH = 1  # "from X to Y": the range words stand right before the numbers
RADAR_TARGET_REACH = 4  # "radars that detect drones": the drones within this many words after the radar
AIR_CONTEXT_REACH = 6  # a radar is air defence when an air word or air-defence item is this close
QUALIFIER_REACH = 3  # "humanitarian aid", "aide militaire": a qualifier this close to its aid word
AMOUNT_QUALIFIER_REACH = 4  # "10 millió eurót ad Ukrajnának humanitárius célokra": a qualifier this close after an amount
TARGET_REACH = 6  # "defence against drones": a target cue this close before a threat
PURPOSE_REACH = 6  # "EUR 200 million for drone interceptors": the item within this many words after the amount
GENERIC_PURPOSE_REACH = 9  # "financial contribution to the development of Ukraine's fighter aircraft": the purpose item this far
DIFFERENCE_REACH = 4  # "an increase of £200m": the comparison words this close before the second amount
CONVERSION_REACH = 3  # "15.8 billion yen, or over $100 million": a second amount this close after "or"
PACKAGE_REACH = 6  # "a $9.8 million aid package", "a package worth SEK 13.3 billion": the package word this close
MERGE_GAP = 2  # words at most between two mentions of one item ("Panzer vom Typ Leopard")
ABSORB_AFTER = 4  # "munitions pour HIMARS": a system this close after ammunition with "for"/"of" belongs to it
SOURCE_REACH = 3  # "a grant from the United States": the source this close after the item gives it
AMOUNT_SOURCE_REACH = 5  # "$50 million grant from the United States": the source this close after the amount gives it
FORCES_REACH = 7  # "the Armed Forces of the Republic of Moldova": the country this far after the forces word
RECALL_ATTACHED = 1  # "vehicles previously donated": a recall word this close to another act is that act's time


@dataclass(slots=True)
class Act:
    """A verb or noun that says what happens to the items near it."""

    kind: str
    word: int
    clause: int
    stage: str | None  # committed, delivered, proposed, or None when the act sets no stage of its own


@dataclass(slots=True)
class Mention:
    """One item in one sentence, with what the sentence says about it."""

    category: str
    kind: str
    first: int
    last: int
    items: list[str]
    donor: str | None = None
    donor_from_context: bool = False
    status: str | None = None
    firm: bool = False  # the stage comes from a decision, a delivery or a plan in the sentence, not a plain future
    quantity: int | None = None
    amount: float | None = None
    currency: str | None = None
    amount_first: int = -1  # word where the amount stands (to tell apart parts of one whole)
    amount_tied: bool = False  # the text ties the amount to this item (as opposed to a package's whole value)
    qualified: bool = True
    countable: bool = True
    sentence: int = 0
    package: bool = False  # a package's whole value, carried to the donor's rows
    package_value: float | None = None  # the whole, when its parts took its place on the rows
    package_currency: str | None = None


@dataclass(slots=True)
class Reading:
    """What one sentence says: its items, the stage it states, its receiver, and whether it commits at all."""

    mentions: list[Mention] = field(default_factory=list)
    stage: str | None = None
    receiver: str | None = None  # "UKR", "other", or None when it names none
    commits: bool = False
    retracted: set[int] = field(default_factory=set)
    subjects: set[str] = field(default_factory=set)  # the donors the sentence is about (its givers)
    about_decision: bool = False  # it speaks of a decision or a package ('the formal decision follows shortly')
    purpose: str | None = None  # the category of what the money of the sentence before will be spent on


@dataclass(slots=True)
class Context:
    """What the document around a sentence tells it."""

    main_donor: str | None
    prior_category: str
    follows_commitment: bool
    receiver: str | None
    previous_donor: str | None = None  # the one giver of the sentence before, which a sentence without one continues
    follows_decision: bool = False  # the sentence before spoke of a decision or package ('The President decided today.')
    recent_commitment: bool = False  # one of the few sentences before committed something
    recent_amounts: frozenset[float] = frozenset()  # the amounts that commitment stated
    recent_categories: frozenset[str] = frozenset()  # and its categories
    in_list: bool = False  # an item of a list that a committing sentence opened with a colon ('The package includes:')


def read_sentence(scan: SentenceScan, context: Context) -> Reading:
    """Rules 1 to 9 on one sentence (see the module docstring)."""
    reading = Reading(receiver=_receiver(scan))
    reading.subjects = {d.code for d in scan.donors if d.can_give and d.relation == "subject" and d.role != "collective"}
    reading.about_decision = scan.has_cue("decision") or scan.has_cue("package") or any(m.kind == "aid" for m in scan.content)
    acts = _acts(scan)
    if reading.receiver == "other" and not any(a.kind in (*GIVING_ACTS, "receive", "decision") for a in acts):
        reading.receiver = None  # 'Russian troops attacked ...', 'Georgian forces held an exercise': no one receives
    reading.stage = _sentence_stage(acts)
    # Rule 1: the gate. A sentence on how the money just given is spent ('The funds will be used to repair the grid')
    # names the purpose of that commitment, not new items.
    spending = scan.cue_words.get("use", ())
    spent_on_items = False
    if spending:
        # Acts after 'will be used' describe the spending ('used for ... providing backup power'); after a commitment
        # only earlier ones give, and with none before, any ('EUR 5 million will be used to ..., Norway announced').
        reach = spending[0] if context.recent_commitment else len(scan.word_starts)
        # An amount of its own for a named kind of aid the commitment did not name ('About £200m will be spent on
        # drones') ties new money to what it buys: read on. For the same kind, it is that commitment's purpose.
        named = _items(scan, context.prior_category)
        purpose = _purpose(named)
        named_kind = purpose not in (None, "military_unspecified", *context.recent_categories)
        own_amount = named_kind and any(v.value not in context.recent_amounts for v in stated_amounts(scan))
        # Money just given spent on several kinds ('will be used to buy armoured vehicles and drones'): those are its items.
        # Not what it only may be spent on ('The funds may be used for equipment and training'): that is its purpose.
        possible = any(w in spending for w in scan.cue_words.get("proposed", ()))
        spent_on_items = context.recent_commitment and purpose is None and len({item.category for item in named}) > 1 and not possible
        if not (own_amount or spent_on_items) and not any(a.kind in ("give", "decision", "delivered") and a.word < reach for a in acts):
            reading.purpose = purpose if context.recent_commitment else None
            reading.stage = None  # how the money may be spent does not restage it ('The funds may be used for ...')
            return reading
    if scan.has_cue("destroyed") and not any(a.kind in ("give", "delivered", "decision") for a in acts):
        return reading
    financing = any(a.kind in ("give", "decision") for a in acts) or bool(spending)  # given money spent on buying
    if scan.has_cue("own_funds") or (not financing and any(a.kind == "purchase" and _buyer(scan, a) == "UKR" for a in acts)):
        reading.retracted = {int(v.value) for v in scan.values if v.currency is None and v.value == int(v.value)}
        return reading
    if not scan.mentions_aid() and not any(m.kind == "currency" for m in scan.content):
        return reading
    effective_receiver = reading.receiver or context.receiver
    if effective_receiver == "other":
        return reading
    # Whether the sentence commits anything: an act of giving, a price, or a list running on with counts.
    # 'includes' lists what a package holds: it commits when the sentence names the package or continues a list.
    packaged = (
        context.follows_commitment or context.follows_decision or scan.has_cue("package") or any(m.kind == "aid" for m in scan.content)
    )
    giving = any(a.kind in GIVING_ACTS and (a.kind != "contains" or packaged) for a in acts)
    giving = giving or any(a.kind == "purchase" and _bought_for_ukraine(scan, a) for a in acts)  # 'Norway buys howitzers for Ukraine'
    giving = giving or spent_on_items
    priced = not giving and any(m.kind == "currency" for m in scan.content) and any(v.currency and v.value > 0 for v in scan.values)
    counts = (
        not (giving or priced)
        and context.follows_commitment
        and not scan.has_cue("forces")  # 'The army also has 30 recovery vehicles': its own stock, not more of the gift
        and any(not v.model and not _is_year(v) and _counts_an_item(scan, v) for v in scan.values if v.currency is None)
    )
    # Training is a service, named by its own verb: announced for later ('will be trained', 'will begin training'),
    # it is given.
    trains = not (giving or priced or counts) and any(
        m.kind in SPECIFIC_KINDS and m.value == "training" and scan.cue_in_clause("future", scan.clause_of[m.first]) for m in scan.content
    )
    # '- Stinger missiles;' under 'The package includes:': a list item is what the sentence that opened it gives.
    listed = not (giving or priced or counts) and context.in_list
    reading.commits = giving or priced or counts or trains or listed
    if not reading.commits:
        return reading  # items here are named, not given ('Tanks are vital.'): nothing to read further
    # Rule 3: items.
    items = _items(scan, context.prior_category)
    if not (giving or priced or counts or listed):
        items = [item for item in items if item.category == "training"]  # 'will begin training crews on the tanks'
    result: list[Mention] = []
    buying = [a for a in acts if a.kind in ("purchase", "sell")]
    if buying and not any(a.kind in ("give", "decision", "delivered") for a in acts):
        acts = [a for a in acts if a.kind != "contains"]  # 'this round of deals includes ...': a purchase, listed
    for item in items:
        act = _governing_act(scan, item, acts)
        if not _given(scan, item, act, acts):
            continue
        if _to_another_country(scan, item, act):
            continue
        owners, from_context = _givers(scan, item, act, context, reading.commits)
        for number, donor in enumerate(owners):
            owned = item if number == 0 else replace(item, items=list(item.items))
            owned.donor, owned.donor_from_context = donor, from_context
            owned.status, owned.firm = _stage(scan, owned, act, acts)
            result.append(owned)
    _attach_counts(scan, result)
    _attach_values(scan, result, acts, context, reading.commits)
    reading.mentions = _without_earlier_figures(scan, result)
    return reading


def _without_earlier_figures(scan: SentenceScan, mentions: list[Mention]) -> list[Mention]:
    """'The UK has committed £7.1 billion in military support since 2022', 'in addition to the £3 billion a year the UK
    provides': aid named only by a running total or an earlier figure is that figure's subject, not a new commitment.
    Named kinds, counts and amounts of their own stay."""
    if not any(v.currency and v.value > 0 and _earlier_figure(scan, v) for v in scan.values):
        return mentions
    return [m for m in mentions if m.kind in SPECIFIC_KINDS or m.amount is not None or m.quantity is not None]


def _is_year(number: Value) -> bool:
    """'2024' is a year; '2,000' and 'two thousand' are counts."""
    return number.plain_digits and int(number.value) in YEARS


def _counts_an_item(scan: SentenceScan, number: Value) -> bool:
    """'... and 20 more howitzers': a number before an aid word, not 'after two weeks'. Where counts follow their item
    (戦車14両), the item before it."""
    if _measures(scan, number):
        return False  # '500 tonnes of fuel' measures
    if scan.language.count_position == "after":
        return any(m.kind in ITEM_KINDS and 0 < number.first - m.last <= COUNTER_REACH for m in scan.content)
    return any(m.kind in ITEM_KINDS and 0 < m.first - number.last <= COUNT_LOOKBACK for m in scan.content)


def _purpose(items: list[Mention]) -> str | None:
    """The category of what money is spent on: civil needs first (spare parts for the power grid are humanitarian),
    else the one category named."""
    categories = {item.category for item in items}
    if "humanitarian" in categories:
        return "humanitarian"
    return categories.pop() if len(categories) == 1 else None


# Rule 2: acts ---------------------------------------------------------------------------------------------------


def _acts(scan: SentenceScan) -> list[Act]:
    # 'ne šalje samo oružje, već i ...' (not only ... but also): a negation just before 'only' negates nothing.
    only = set(scan.cue_words.get("neutral", ()))
    negated = {scan.clause_of[w] for w in scan.cue_words.get("negation", ()) if not any(w < o <= w + NOT_ONLY_REACH for o in only)}
    acts = []
    for kind in ACT_KINDS:
        for word in scan.cue_words.get(kind, ()):
            clause = scan.clause_of[word]
            act_kind = "refuse" if kind in ("give", "delivered", "decision", "contains") and clause in negated else kind
            acts.append(Act(act_kind, word, clause, _act_stage(scan, act_kind, word)))
    for word in scan.cue_words.get("reported_future", ()):
        # 'a confirmé qu'il fournirait': the future of reported speech gives; 'la France fournirait' only may.
        reported = any(w < word for w in scan.cue_words.get("complement", ()))
        act_kind = "give" if reported else "proposed"
        acts.append(Act(act_kind, word, scan.clause_of[word], _act_stage(scan, act_kind, word)))
    return sorted(acts, key=lambda a: a.word)


def _act_stage(scan: SentenceScan, kind: str, word: int) -> str | None:
    if kind == "proposed":
        return "proposed"
    if kind == "delivered":
        before, after = FUTURE_REACH
        if scan.language.separable:  # a verb bracket: 'soll die Ukraine ... 30 Panzer erhalten' (the auxiliary comes second)
            before = word
        clause = scan.clause_of[word]
        future = [w for w in scan.cue_words.get("future", ()) if word - before <= w <= word + after and scan.clause_of[w] == clause]
        # 'will be paid for from the fund and delivered': a participle joined by 'and' shares the auxiliary before it.
        if not future and word > 0 and scan.word_is("and", word - 1):
            future = [w for w in scan.cue_words.get("future", ()) if word - COORDINATED_REACH <= w < word and scan.clause_of[w] == clause]
        return "committed" if future else "delivered"
    if kind == "decision":
        # 'the cabinet decides next week': a decision set for a time ahead is still a proposal. Where verbs form a
        # bracket, the time may stand anywhere before the verb in its clause ('wird morgen ... Hilfe freigeben').
        if scan.language.separable:
            later = [w for w in scan.cue_words.get("later", ()) if w <= word + LATER_REACH and scan.clause_of[w] == scan.clause_of[word]]
        else:
            later = [w for w in scan.cue_words.get("later", ()) if abs(w - word) <= LATER_REACH]
        return "proposed" if later else "committed"
    if kind in ("give", "purchase", "receive"):  # 'erhält', 'recevra'; 'has received' is also a delivery cue
        return "committed"
    return None


def _sentence_stage(acts: list[Act]) -> str | None:
    """The stage a sentence states, for the sentences after it: a plan, else a delivery, else a decision."""
    stages = {a.stage for a in acts if a.kind in ("proposed", "delivered", "receive", "decision")}
    for stage in ("proposed", "delivered", "committed"):
        if stage in stages:
            return stage
    return None


# Rule 3: items --------------------------------------------------------------------------------------------------


def _items(scan: SentenceScan, prior_category: str) -> list[Mention]:
    """Aid mentions with their category settled: compounds, radars, 'aid' nouns and ammunition 'for' a system."""
    raw, packages = _compound_heads([m for m in scan.content if m.kind in MENTION_KINDS])
    specific = [m for m in raw if m.kind in SPECIFIC_KINDS]
    # Money of a military package or item named here is military: 'financial contributions' are central to the package.
    military_here = scan.has_cue("package") or any(
        m.value in MILITARY_CATEGORIES | {"military_unspecified"} for m in raw if m.kind in (*SPECIFIC_KINDS, "qualifier")
    )
    mentions: list[Mention] = []
    detected_drones: set[int] = set()  # 'radars that detect drones' are air defence, the drones are their targets
    paired_aid: set[int] = set()
    for match in raw:
        kind, category = match.kind, match.value
        if kind == "general":  # 'demolition equipment' is equipment; 'weapons and equipment' is aid of the document's kind
            kind, category = "noun", _general_category(scan, match, prior_category)
        if kind in SPECIFIC_KINDS:
            mention = Mention(category, kind, match.first, match.last, [scan.surface_of(match)])
            mention.countable = match.start not in packages  # 'ein Luftverteidigungspaket' is one package, not one system
            mentions.append(mention)
        elif kind == "radar":
            targets = [m.first for m in specific if m.value == "drones" and 0 < m.first - match.last <= RADAR_TARGET_REACH]
            air = bool(targets) or bool(scan.cue_in_clause("air", scan.clause_of[match.first]))
            air = air or scan.cue_near("air", match.first, AIR_CONTEXT_REACH, AIR_CONTEXT_REACH)
            air = air or any(m.value == "air_defence" and abs(m.first - match.first) <= AIR_CONTEXT_REACH for m in specific)
            if air:
                detected_drones.update(targets)
            mentions.append(Mention("air_defence" if air else "equipment", "noun", match.first, match.last, [scan.surface_of(match)]))
        elif kind == "qualifier":
            # 'military aid', 'humanitarian assistance' (the adjective before its noun); 'aide militaire' (after it).
            if scan.language.modifier_position == "before":
                # 'Militärhilfe': in a compound the aid word follows its qualifier inside the same word.
                partners = [m for m in raw if m.kind == "aid" and 0 <= m.first - match.last <= QUALIFIER_REACH and m.start >= match.end]
            else:
                partners = [m for m in raw if m.kind == "aid" and 0 < match.first - m.last <= QUALIFIER_REACH]
            partners = [m for m in partners if scan.clause_of[m.first] == scan.clause_of[match.first]]
            partner = next((m.first for m in partners if m.first not in paired_aid), None)
            if partner is None:
                # '300 million crowns for humanitarian purposes': a qualifier just after an amount says what it buys.
                partner = next(
                    (
                        v.last
                        for v in scan.values
                        if v.currency
                        and 0 < match.first - v.last <= AMOUNT_QUALIFIER_REACH
                        and scan.clause_of[v.last] == scan.clause_of[match.first]
                    ),
                    None,
                )
            if partner is not None:
                paired_aid.add(partner)
                if category == "financial" and military_here and prior_category in MILITARY_CATEGORIES | {"military_unspecified"}:
                    category = prior_category  # in a military document
                mentions.append(Mention(category, "generic", min(match.first, partner), max(match.last, partner), []))
    mentions = [m for m in mentions if not (m.category == "drones" and m.first in detected_drones)]
    # 'détecter un avion ou un drone', 'defence against drones': what is detected or stopped is not given.
    mentions = [m for m in mentions if not (m.category in THREATS and scan.cue_near("target", m.first, TARGET_REACH))]
    mentions = _without_purposed_generics(scan, mentions)
    busy_clauses = {scan.clause_of[m.first] for m in mentions}
    # An unqualified aid word is of the kind its sentence names ('This loan ... is the EU's contribution'), else of
    # the document's prevailing kind.
    named = {m.category for m in mentions if m.kind in SPECIFIC_KINDS}
    own_kind = named.pop() if len(named) == 1 and not named & MILITARY_CATEGORIES else prior_category
    acting = {scan.clause_of[w] for kind in GIVING_ACTS for w in scan.cue_words.get(kind, ())}
    if any(m.kind == "currency" for m in scan.content):
        acting |= {scan.clause_of[v.first] for v in scan.values if v.currency}
    # 'blijft Oekraïne steunen': an aid word read with an ending that makes it the verb of giving is that verb.
    verbs = {w for kind in GIVING_ACTS for w in scan.cue_words.get(kind, ())}
    for match in raw:
        clause = scan.clause_of[match.first]
        if match.kind == "aid" and match.ending and match.first in verbs:
            continue
        # 'support' or 'aid' alone is a commitment only where its clause gives or prices it ('to support its needs' is not).
        if match.kind == "aid" and match.first not in paired_aid and clause not in busy_clauses and clause in acting:
            mentions.append(Mention(_serving(scan, clause, own_kind), "generic", match.first, match.last, [], qualified=False))
            busy_clauses.add(clause)
    mentions.sort(key=lambda m: m.first)
    mentions = _merge_adjacent(scan, _appositions(scan, mentions))
    return _merge_adjacent(scan, _absorb_into_heads(scan, _noun_compounds(scan, mentions)))


def _general_category(scan: SentenceScan, general: Match, prior_category: str) -> str:
    """What a general noun names: the kind of its examples ('equipment such as helmets and fuel'); its own category
    when a word says what it is, an unknown word before it where modifiers go first ('demolition equipment') or a
    purpose after it ('equipment for mine clearance', 'équipements de déminage'); else the document's kind of aid
    ('weapons and equipment')."""
    clause = scan.clause_of[general.first]
    # The examples may follow a comma ('equipment and supplies, such as helmets'): in this clause or the next.
    example = next((w for w in scan.cue_words.get("example", ()) if 0 < w - general.last <= EXAMPLE_REACH), None)
    if example is not None and scan.clause_of[example] in (clause, clause + 1):
        listed = scan.clause_of[example]
        examples = {m.value for m in scan.content if m.kind in EXAMPLE_KINDS and m.first > example and scan.clause_of[m.first] == listed}
        return examples.pop() if len(examples) == 1 else prior_category
    named = {w for m in scan.content for w in range(m.first, m.last + 1)} | {w for words in scan.cue_words.values() for w in words}
    before = general.first - 1
    modifier_first = scan.language.modifier_position == "before" and before >= 0
    if modifier_first and scan.clause_of[before] == clause and before not in named and scan.word_text(before).isalpha():
        return general.value
    after = general.last + 1
    words = len(scan.word_starts)
    if after >= words or not (scan.word_is("destination", after) or scan.word_is("partitive", after)):
        return prior_category
    for word in range(after + 1, min(after + 2 + ARTICLE_SKIP, words)):
        if scan.clause_of[word] != clause:
            break
        if len(scan.word_text(word)) <= ARTICLE_LETTERS and not any(m.first <= word <= m.last for m in scan.content):
            continue  # an article: 'equipment for the ...'
        return general.value if word not in named and scan.word_text(word).isalpha() else prior_category
    return prior_category


def _serving(scan: SentenceScan, clause: int, kind: str) -> str:
    """What aid or money alone is for: humanitarian where its clause, or the relative clause after it, serves civilians
    ('to support the country's population through the winter'); else the kind the document suggests."""
    if kind != "military_unspecified":
        return kind
    serves = scan.cue_in_clause("civilian", clause) or (
        _starts_relative_clause(scan, clause + 1) and scan.cue_in_clause("civilian", clause + 1)
    )
    return "humanitarian" if serves else kind


def _without_purposed_generics(scan: SentenceScan, mentions: list[Mention]) -> list[Mention]:
    """'financial support for drone procurement', 'military aid for air defence': the purpose names the category."""
    specific = [m for m in mentions if m.kind in SPECIFIC_KINDS]
    kept = []
    for mention in mentions:
        if mention.kind == "generic":
            ahead = [
                m
                for m in specific
                if 0 < m.first - mention.last <= GENERIC_PURPOSE_REACH and scan.clause_of[m.first] == scan.clause_of[mention.last]
            ]
            if ahead and any(scan.word_is("destination", w) for w in range(mention.last + 1, ahead[0].first)):
                continue
        kept.append(mention)
    return kept


def _noun_compounds(scan: SentenceScan, mentions: list[Mention]) -> list[Mention]:
    """'drone interceptors' are interceptors, 'tank maintenance' is maintenance: in a compound of two nouns the head
    decides (the last in English or German, the first in French), and the other noun is one of its items."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        compound = (
            previous is not None
            and mention.first == previous.last + 1
            and scan.clause_of[previous.last] == scan.clause_of[mention.first]
            and previous.category != mention.category
            and "noun" in (previous.kind, mention.kind)
            and "generic" not in (previous.kind, mention.kind)
            and "equipment" not in (previous.category, mention.category)
            and previous.category != "ammunition"
        )
        if not compound:
            kept.append(mention)
            continue
        head, modifier = (mention, previous) if scan.language.modifier_position == "before" else (previous, mention)
        if head.kind == "system" or head.category == "ammunition":
            kept.append(mention)  # 'Patriot missiles', 'HIMARS ammunition' are read by the rules for systems and heads
            continue
        head.items[:0] = modifier.items
        head.first, head.last = previous.first, mention.last
        kept[-1] = head
    return kept


def _appositions(scan: SentenceScan, mentions: list[Mention]) -> list[Mention]:
    """'High Mobility Artillery Rocket Systems (HIMARS)': a name in brackets right after an item is that item."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if previous is not None and mention.first == previous.last + 1 and mention.category == previous.category:
            between = scan.norm[scan.word_ends[previous.last] : scan.word_starts[mention.first]]
            if between.strip() == "(":
                previous.last = mention.last
                previous.items.extend(mention.items)
                previous.kind = "system" if "system" in (previous.kind, mention.kind) else previous.kind
                continue
        kept.append(mention)
    return kept


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
        meaningful = [m for m in group if m.kind in SPECIFIC_KINDS or m.kind == "radar"]
        head = group[-1]
        if head in meaningful or not meaningful:
            if head.kind == "aid":  # 'Militärhilfe', 'humanitærhjælp': the qualifier says what kind of aid it is
                kept.extend(m for m in group if m.kind == "qualifier")
            kept.append(head)
        else:
            kept.append(meaningful[-1])
            if head.kind == "aid":
                packages.add(meaningful[-1].start)
    # 'missiles' alone says nothing of the category; a named system next to it does.
    return sorted((m for m in kept if m.kind != "missile"), key=lambda m: m.start), packages


def _absorb_into_heads(scan: SentenceScan, mentions: list[Mention]) -> list[Mention]:
    """'Artillery rounds', 'munitions pour HIMARS', 'tank maintenance', 'repair of Leopard tanks': the head keeps its kind.

    Ammunition and services (maintenance, repair, spare parts) take the weapon they are for as an item of their own
    row, not as a row of the weapon's category.
    """
    for broad in [m for m in mentions if m.category in ("equipment", "training") and m.kind == "noun"]:
        # 'equipment for humanitarian mine clearance', 'matériel pour la défense aérienne': equipment of that kind;
        # 'des formations aux démineurs': training for a civil purpose is of that purpose's kind.
        purpose = next(
            (m for m in mentions if 0 < m.first - broad.last <= ABSORB_AFTER and m.category != broad.category and m.kind in SPECIFIC_KINDS),
            None,
        )
        if purpose is None or scan.clause_of[purpose.first] != scan.clause_of[broad.first]:
            continue
        if broad.category == "training" and purpose.category != "humanitarian":
            continue  # 'training for F-16 pilots' stays training
        if any(scan.word_is("destination", w) for w in range(broad.last + 1, purpose.first)):
            broad.category = purpose.category
    heads = [m for m in mentions if m.category == "ammunition" or m.kind == "service"]
    if not heads:
        return mentions
    adjectives = {w for d in scan.donors for w in range(d.first, d.last + 1)}  # 'Ukrainian', 'German' between them
    kept: list[Mention] = []
    for mention in mentions:
        owner = None
        if mention not in heads and mention.category not in ("drones",) and mention.kind in SPECIFIC_KINDS:
            for head in heads:
                if scan.clause_of[head.first] != scan.clause_of[mention.first]:
                    continue
                between = range(mention.last + 1, head.first)
                # 'Gepard ammunition', 'tank maintenance', 'ハイマース用の弾薬' (ammunition for HIMARS)
                before = head.first - mention.last in (0, 1) or (
                    0 < len(between) <= 2 and all(scan.word_is("destination", w) or scan.word_is("partitive", w) for w in between)
                )
                linked = range(head.last + 1, mention.first)  # 'munitions pour HIMARS', 'repair of the Leopard tanks'
                joined = any(scan.word_is("destination", w) or scan.word_is("partitive", w) for w in linked)
                # A case language names the object in the genitive, without a preposition: 'ремонт українських танків'.
                genitive = head.kind == "service" and all(w in adjectives for w in linked)
                after = 0 < mention.first - head.last <= ABSORB_AFTER and (joined or genitive)
                if before or after:
                    owner = head
                    break
        if owner is None:
            kept.append(mention)
        else:
            owner.items.extend(mention.items)
            owner.last = max(owner.last, mention.last)
    return kept


def _merge_adjacent(scan: SentenceScan, mentions: list[Mention]) -> list[Mention]:
    """'Flugabwehrsystems Iris-T', 'canons Caesar': neighbouring words of one category are one mention.

    A plain equipment noun next to a weapon category takes that category: 'anti-drone equipment',
    'pojazdów opancerzonych' (armoured vehicles).
    """
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        gap = range(last.last + 1, mention.first) if last is not None else range(0)
        # Next to each other, or a word or two apart without 'and' or a number: '14 Kampfpanzer vom Typ Challenger 2'.
        adjacent = (
            last is not None
            and scan.clause_of[last.last] == scan.clause_of[mention.first]
            and len(gap) <= MERGE_GAP
            and not any(scan.word_is("and", w) or scan.word_text(w).isdigit() for w in gap)
        )
        specific = last is not None and mention.kind in SPECIFIC_KINDS and last.kind in SPECIFIC_KINDS
        broad = {"equipment", "military_unspecified"}  # 'anti-drone equipment', 'páncéltörő fegyvereket' (anti-tank weapons)
        if adjacent and specific and {last.category, mention.category} & broad and "service" not in (last.kind, mention.kind):
            weapon = mention.category if last.category in broad else last.category
            last.category = mention.category = weapon
        if adjacent and last.category == mention.category:
            last.last = mention.last
            last.items.extend(mention.items)
            last.kind = "system" if "system" in (last.kind, mention.kind) else last.kind
        else:
            merged.append(mention)
    return merged


# Rule 4: the governing act --------------------------------------------------------------------------------------


def _governing_act(scan: SentenceScan, item: Mention, acts: list[Act]) -> Act | None:
    """The nearest act in the item's clause, else the nearest in the sentence, earlier ones first.

    An item with a relative clause ('the twelve howitzers that France had promised in January have arrived') is
    governed by the main verb after that clause; the relative clause's act is its past.
    """
    if not acts:
        return None
    main = _after_relative_clause(scan, item, acts)
    if main is not None:
        return main
    clause = scan.clause_of[item.first]
    in_clause = [a for a in acts if a.clause == clause]
    pool = in_clause or acts
    before = [a for a in pool if a.word < item.first]
    after = [a for a in pool if a.word > item.last]
    inside = [a for a in pool if item.first <= a.word <= item.last]
    if in_clause:
        return min(pool, key=lambda a: (_distance(a, item), a.word > item.last))
    if inside:
        return inside[0]
    return before[-1] if before else after[0]


def _after_relative_clause(scan: SentenceScan, item: Mention, acts: list[Act]) -> Act | None:
    """The first act after an item's relative clause: 'houwitsers die Frankrijk had toegezegd, zijn aangekomen'."""
    marker = item.last + 1
    if not scan.word_is("relative", marker):
        return None
    clause = scan.clause_of[marker]
    end = marker
    while end + 1 < len(scan.word_starts) and scan.clause_of[end + 1] == clause:
        end += 1  # the relative clause runs to the next comma
    later = [a for a in acts if a.word > end and a.kind in GIVING_ACTS]
    return later[0] if later else None


def _distance(act: Act, item: Mention) -> int:
    return 0 if item.first <= act.word <= item.last else min(abs(act.word - item.first), abs(act.word - item.last))


def _given(scan: SentenceScan, item: Mention, act: Act | None, acts: list[Act]) -> bool:
    """Whether the item's act gives it: not needed, refused, sold, deployed, attacked, bought for oneself."""
    clause = scan.clause_of[item.first]
    if _for_own_forces(scan, item, acts) or scan.cue_in_clause("refugee", clause) or scan.cue_in_clause("refugee", clause - 1):
        return False  # a donor equipping its own forces; support for refugees abroad
    # 'The six jets that Norway promised last year have arrived': the time in the relative clause is the promise's.
    main = _after_relative_clause(scan, item, acts)
    recalled = (
        _recalled(scan, main.clause, acts, main.word)
        if main is not None and main is act
        else _recalled(scan, clause, acts, item.first, act)
    )
    totals = bool(scan.cue_in_clause("cumulative", clause))  # 'since the start of the war', 'so far': not news
    # '..., including 300 tanks': a clause with no verb of its own is told in the time of the act it goes on from.
    listed_in_total = False  # '... has committed $4 billion since 2022, including 8 tanks': part of the running total
    parts = scan.cue_words.get("part", ())  # 'including', 'w tym': they go on with a list, they are no verb
    own_verb = any(a.clause == clause and a.word not in parts for a in acts)
    if act is not None and not own_verb and not recalled:
        governing = next((a for a in reversed(acts) if a.clause < clause and a.word not in parts), None)
        if governing is not None:
            recalled = _recalled(scan, governing.clause, acts, item.first, governing)
            listed_in_total = bool(scan.cue_in_clause("cumulative", governing.clause))
    delivered = act is not None and act.stage == "delivered"
    if recalled == "frame" or (recalled == "inline" and (not delivered or totals)) or (delivered and totals) or listed_in_total:
        # 'so far', 'since the start of the war': earlier commitments recalled ('already delivered' is news); a delivery
        # counted in a running total ('has delivered 30 tanks since 2022') is one too.
        return False
    if act is None:
        return True  # a list without a verb: the sentence's commitment decides (Reading.commits)
    if act.kind in BLOCKING_ACTS:
        return False
    if act.kind in GIVING_ACTS and _embedded(scan, act, acts):
        return False
    if act.kind == "purchase":
        # 'financial support for Ukrainian drone procurement': Ukraine's purchase, financed by a giver, is aid.
        # 'will donate $60 million to Ukraine for the purchase of drones': money given to Ukraine pays for it.
        gives_before = [a for a in acts if a.kind in ("give", "decision") and a.clause == act.clause and a.word < act.word]
        to_ukraine = any(d.code == "UKR" and gives_before[0].word < d.first < act.word for d in scan.donors) if gives_before else False
        financed = bool(gives_before) and (_buyer(scan, act) == "UKR" or to_ukraine)
        # 'EUR 50 million will be spent to buy drones': given money spent on buying (own forces are left out above).
        financed = financed or any(w < act.word for w in scan.cue_words.get("use", ()))
        return financed or _bought_for_ukraine(scan, act)
    if act.kind == "produce":
        # What a country manufactures is not given by it, unless a donor finances it in the same sentence.
        return any(a.kind in ("give", "decision") for a in acts) or any(w < act.word for w in scan.cue_words.get("use", ()))
    return True


def _recalled(scan: SentenceScan, clause: int, acts: list[Act], first: int, act: Act | None = None) -> str | None:
    """'frame' for a recall or running total that opens the sentence ('Since the start of the war, ...', 'In total,',
    'Від початку вторгнення Німеччина вже передала'); 'inline' for a recall inside the clause ('have already been
    given'), unless it is the time of another act than the item's own ('includes ... parts for vehicles previously
    donated'); else None."""
    others = [a.word for a in acts if act is not None and a.word != act.word]
    # 'Zusätzlich zu den bereits zugesagten 7 Milliarden': a recall inside the earlier figure is that figure's time.
    baseline = _baseline_words(scan)
    found = None
    for word in scan.cue_words.get("earlier", ()):
        if scan.clause_of[word] == clause and word not in baseline:
            return "frame"  # 'delivered last year', 'a year ago': recalled, even a delivery
    for word in [*scan.cue_words.get("recall", ()), *scan.cue_words.get("cumulative", ()), *scan.cue_words.get("earlier", ())]:
        if word in baseline:
            continue
        at = scan.clause_of[word]
        opening = not any(d.first < word for d in scan.donors if d.can_give and scan.clause_of[d.first] == at)
        fronted = at == clause and word < first and opening and not any(a.word < word for a in acts)
        if (at < clause and not any(a.clause == at for a in acts)) or fronted:
            return "frame"
        attached_elsewhere = any(abs(word - other) <= RECALL_ATTACHED for other in others)
        if at == clause and word in scan.cue_words.get("recall", ()) and not attached_elsewhere:
            found = "inline"
    return found


def _baseline_spans(scan: SentenceScan) -> list[tuple[int | None, range]]:
    """Each earlier figure the news comes on top of: the first word of its amount (None when no amount is written
    there) and its words, from the cue to the amount and the few words after it ('in addition to the EUR 2 billion
    already pledged'). Where adpositions follow their noun, an amount right before the cue is its figure ('a már
    megígért 100 millió eurón felül', '1億ユーロに加え')."""
    spans: list[tuple[int | None, range]] = []
    if "baseline" not in scan.cue_words:
        return spans  # most sentences: nothing to compute on every item's and amount's question
    money = [v for v in scan.values if v.currency]
    relatives = scan.cue_words.get("relative", ())
    for cue in scan.cue_words.get("baseline", ()):
        before = [v for v in money if 0 < cue - v.last <= BASELINE_AFTER]
        if before and scan.language.adposition == "post":
            spans.append((before[-1].first, range(max(before[-1].first - BASELINE_REACH, 0), cue + 1)))
            continue
        after = [v for v in money if cue <= v.first <= cue + BASELINE_REACH]
        if not after:
            spans.append((None, range(cue, cue + BASELINE_REACH + 1)))
            continue
        end = after[0].last + BASELINE_TAIL
        # '... 40 miljarder kronor som redan utlovats': a relative clause right after the figure is its own.
        relative = next((w for w in relatives if 0 < w - after[0].last <= BASELINE_TAIL), None)
        spans.append((after[0].first, range(cue, (relative + BASELINE_TAIL if relative is not None else end) + 1)))
    return spans


def _baseline_figures(scan: SentenceScan) -> set[int]:
    """The first words of the amounts that are earlier figures."""
    return {first for first, _ in _baseline_spans(scan) if first is not None}


def _baseline_words(scan: SentenceScan) -> set[int]:
    """The words of the earlier figures the news comes on top of (their recall words date only them)."""
    return {word for _, words in _baseline_spans(scan) for word in words}


def _embedded(scan: SentenceScan, act: Act, acts: list[Act]) -> bool:
    """A giving act inside a request or refusal: 'urged Germany to send', 'rejected the request that ... be sent'."""
    after = scan.language.verb_final  # the request comes after what it asks for: 提供を要請
    for other in acts:
        if other.kind in EMBEDDING_ACTS and other.clause == act.clause and (other.word > act.word if after else other.word < act.word):
            return True
        # 'the president hopes, that Europe would send ...': a that-clause right after the request.
        if other.kind in EMBEDDING_ACTS and other.clause == act.clause - 1 and scan.cue_in_clause("complement", act.clause):
            return True
        # 'forderte Deutschland auf, Taurus zu liefern': a clause with no subject of its own after a request is what
        # it asks (not after a relative clause: 'Norway, which Kyiv asked for help, will send ...').
        # Not after 'but': 'does not deliver weapons, but provides humanitarian aid' turns to a verb of its own.
        contrast = any(w < act.word for w in scan.cue_in_clause("contrast", act.clause))
        if (
            other.kind in EMBEDDING_ACTS
            and other.clause == act.clause - 1
            and not _starts_relative_clause(scan, other.clause)
            and not contrast
        ):
            subjects = [d for d in scan.donors if d.can_give and d.relation == "subject" and scan.clause_of[d.first] == act.clause]
            if not subjects:
                return True
    return False


def _for_own_forces(scan: SentenceScan, item: Mention, acts: list[Act]) -> bool:
    """'for its own army' in the item's clause, unless another act stands between them: in 'gave Ukraine 10 tanks and
    will buy 20 for its own army' the own army is the purchase's."""
    for word in scan.cue_in_clause("own_forces", scan.clause_of[item.first]):
        if word < item.first or not any(item.last < a.word < word for a in acts):
            return True
    return False


def _buyer(scan: SentenceScan, act: Act) -> str | None:
    """Who buys: the nearest subject before the purchase ('Ukrainian drone procurement', 'Norway buys')."""
    subjects = [d for d in scan.donors if d.relation == "subject" and d.last < act.word and d.role != "nondonor"]
    return subjects[-1].code if subjects else None


def _bought_for_ukraine(scan: SentenceScan, act: Act) -> bool:
    """A purchase is aid when it is for Ukraine ('to buy shells for Ukraine') and the buyer is not Ukraine."""
    if _buyer(scan, act) == "UKR":
        return False
    # 'ordered six Patriot systems to replace those it donated to Ukraine': what replaces a gift is the buyer's own.
    replacing = scan.cue_words.get("replace", ())
    return any(
        d.code == "UKR"
        and d.relation in ("destination", "subject")
        and d.first > act.word
        and not any(act.word < w < d.first for w in replacing)
        for d in scan.donors
    )


# Rule 5: the giver ----------------------------------------------------------------------------------------------


def _givers(scan: SentenceScan, item: Mention, act: Act | None, context: Context, commits: bool) -> tuple[list[str], bool]:
    """Who gives the item (coordinated donors share it); the bool says the donor came from the document, not the text."""
    everyone = [d for d in scan.donors if d.can_give and d.code not in ("UKR",)]
    people = [d for d in everyone if d.relation != "comitative"]  # 'aux côtés de l'Allemagne': a co-giver, added below
    if act is not None and act.kind == "purchase":
        # 'buys tanks from Germany', 'to buy U.S. weapons': the seller and the maker are not givers.
        people = [d for d in people if d.relation != "source" and not d.weak]
    # A partitive ('other countries of the EU', 'the efforts of the EU') gives only where the document names no giver.
    if commits and (context.previous_donor or context.main_donor):
        people = [d for d in people if d.relation != "partitive"]
    clause = scan.clause_of[item.first]
    strong = [d for d in people if not d.weak]  # modifiers and possessors give only when no one else near does
    if _outsiders_clause(scan, clause, item.first):
        return [], False
    # 'a $50 million grant from the United States': a source right after the item names its giver.
    sourced = [
        d for d in strong if d.relation == "source" and scan.clause_of[d.first] == clause and 0 < d.first - item.last <= SOURCE_REACH
    ]
    chosen = (
        (sourced[0] if sourced else None)
        or _nearest([d for d in strong if scan.clause_of[d.first] == clause], item.first, item.last)
        or _nearest([d for d in people if scan.clause_of[d.first] == clause], item.first, item.last)
        or (_act_giver(scan, act, strong) or _act_giver(scan, act, people) if act is not None else None)
        or _nearest(strong, item.first, item.last)
        or _nearest(people, item.first, item.last)
    )
    if chosen is None:
        fallback = context.previous_donor or context.main_donor  # 'Germany approved a package. It includes ...'
        own_purchase = act is not None and act.kind == "purchase" and not scan.cue_words.get("use")
        # 'Other allies have sent jets, with the first F-16s arriving': unnamed others speak for what follows them
        # (not for what comes before: 'It will train troops, as other countries already do').
        others = any(
            d.role == "others" and d.relation == "subject" and not d.weak and scan.clause_of[d.first] <= clause for d in scan.donors
        )
        if fallback is None or not commits or own_purchase or others:
            return [], False  # a purchase names its buyer, or gives nothing (unless given money is spent on it)
        return [fallback], True
    owners = _coordinated(scan, chosen, people)
    owners += [d.code for d in everyone if d.relation == "comitative" and d.code not in owners]
    codes = [code for code in dict.fromkeys(owners) if code != "NATO" or scan.has_cue("decision")]
    return codes, False


def _outsiders_clause(scan: SentenceScan, clause: int, word: int) -> bool:
    """'Russia continues to strike ... with missiles and drones', 'The IMF approved ...', 'Other partners have sent
    jets': a clause whose subject gives nothing, is no government or names no one, is no donor's, unless a donor of
    its own stands in it."""
    outsider = any(
        d.role in OUTSIDER_ROLES and d.relation == "subject" and not d.weak and d.last < word and scan.clause_of[d.first] == clause
        for d in scan.donors
    )
    # 'Rheinmetall will deliver 20 Skynex, financed by Germany': a government that pays is the giver.
    return outsider and not any(
        d.can_give and not d.weak and (scan.clause_of[d.first] == clause or d.relation == "agent") for d in scan.donors
    )


def _nearest(pool: list[DonorMention], first: int, last: int) -> DonorMention | None:
    """The nearest donor before the words, else the nearest after them."""
    left = [d for d in pool if d.last < first]
    if left:
        return max(left, key=lambda d: d.last)
    right = [d for d in pool if d.first > last]
    return min(right, key=lambda d: d.first) if right else None


def _act_giver(scan: SentenceScan, act: Act, people: list[DonorMention]) -> DonorMention | None:
    """The subject of a giving act (before it, else after it: 'donerer Danmark'), or the source of a receiving act."""
    if act.kind == "receive":
        sources = [d for d in people if d.relation == "source"]
        return _nearest(sources, act.word, act.word)
    return _nearest([d for d in people if scan.clause_of[d.first] == act.clause], act.word, act.word)


def _coordinated(scan: SentenceScan, chosen: DonorMention, people: list[DonorMention]) -> list[str]:
    """'Denmark and the Netherlands', 'Dánsko, Nemecko a Nórsko': donors joined by 'and' or a list share the item."""
    ordered = sorted(people, key=lambda d: d.first)
    group = [chosen]
    for direction in (-1, 1):
        current = chosen
        while True:
            index = ordered.index(current) + direction
            if not 0 <= index < len(ordered):
                break
            other = ordered[index]
            low, high = (other, current) if direction == -1 else (current, other)
            if not scan.coordinated(low, high):
                break  # 'Denmark and the Netherlands', 'Dánsko, Nemecko a Nórsko'; not 'Norway with eight tanks, Canada
            group.append(other)
            current = other
    return [d.code for d in sorted(group, key=lambda d: d.first)]


# Rule 6: the receiver -------------------------------------------------------------------------------------------


def _forces_of(scan: SentenceScan) -> list[DonorMention]:
    """Countries whose armed forces the sentence names: 'the Georgian Defence Forces', 'the Armed Forces of Moldova'."""
    owners = []
    for word in scan.cue_words.get("forces", ()):
        for donor in scan.donors:
            after = 0 < donor.first - word <= FORCES_REACH and any(scan.word_is("partitive", w) for w in range(word + 1, donor.first))
            # 'las Fuerzas Armadas españolas': the adjective follows the noun where the language puts modifiers after.
            adjective_after = (
                scan.language.modifier_position == "after"
                and donor.role == "demonym"
                and 0 < donor.first - word <= FORCES_REACH
                and scan.clause_of[donor.first] == scan.clause_of[word]
            )
            if donor.last + 1 == word or after or adjective_after:
                owners.append(donor)  # 'the Georgian Defence Forces', 'the Armed Forces of the Republic of Moldova'
    return owners


def _receiver(scan: SentenceScan) -> str | None:
    """UKR when the sentence names Ukraine, 'other' when it sends or gives to another country only, else None."""
    if any(d.code == "UKR" for d in scan.donors):
        return "UKR"
    needs = scan.cue_words.get("need", ())
    for donor in scan.donors:
        # 'appealed to Germany', 'zaapelował do Niemiec': the one a request is made to receives nothing.
        addressed = any(0 < donor.first - w <= ADDRESSEE_REACH and scan.clause_of[w] == scan.clause_of[donor.first] for w in needs)
        if donor.relation == "destination" and donor.role in ("donor", "metonym") and not addressed:
            return "other"
    if _forces_of(scan):
        return "other"  # 'to the units of the Georgian Defence Forces
    receives = scan.cue_words.get("receive", ())
    if receives and any(d.relation == "subject" and d.role == "donor" and d.last < receives[0] for d in scan.donors):
        return "other"  # 'Moldova will receive EUR 40 million'
    return None


def _to_another_country(scan: SentenceScan, item: Mention, act: Act | None) -> bool:
    """The item goes to another country: its clause names one after 'to'/'for' and does not name Ukraine."""
    clause = scan.clause_of[item.first]
    here = [d for d in scan.donors if scan.clause_of[d.first] == clause]
    if any(d.code == "UKR" for d in here):
        return False
    forces = [d for d in _forces_of(scan) if scan.clause_of[d.first] == clause]
    return bool(forces) or any(d.relation == "destination" and d.role in ("donor", "metonym") for d in here)


# Rule 7: counts -------------------------------------------------------------------------------------------------


def _attach_counts(scan: SentenceScan, mentions: list[Mention]) -> None:
    """The count written just before an item: '19 F-16', 'un nouveau système Patriot', '12 des 72 canons'."""
    countable = [m for m in mentions if m.kind in SPECIFIC_KINDS and m.category in COUNTED_CATEGORIES and m.countable]
    if not countable:
        return
    counts = [v for v in scan.values if v.currency is None and not v.model]
    # A maker's name is part of the item's name ('10 Rheinmetall Skynex'); any other name or a currency stops the count.
    stops = {m.first for m in scan.content if m.kind in ("donor", "currency") and m.entries[0].role != "company"}
    stops |= {w for m in mentions for w in range(m.first, m.last + 1)}
    stops |= {w for v in scan.values if v.currency for w in range(v.first, v.last + 1)}
    # A number right after an item names a model ("Panzerhaubitze 2000", "Stridsfordon 90"), it counts nothing.
    stops |= {v.first for v in counts if any(v.first == m.last + 1 and scan.clause_of[v.first] == scan.clause_of[m.last] for m in mentions)}
    by_last = {v.last: v for v in counts}
    units = {m.first for m in scan.content if m.kind == "unit"}
    if scan.language.count_position == "after":
        _attach_counts_after(scan, countable, counts)
        return
    for mention in countable:
        clause = scan.clause_of[mention.first]
        for word in range(mention.first - 1, max(mention.first - 1 - COUNT_LOOKBACK, -1), -1):
            if word in stops or scan.clause_of[word] != clause:
                break
            number = by_last.get(word)
            if number is not None and _is_calibre(scan, number):
                continue  # '20,000 155mm shells': the calibre names the shells, the count stands before it
            if number is not None:
                mention.quantity = _count(scan, number, by_last)
                break
            if scan.word_is("one", word) and word >= mention.first - ARTICLE_COUNT_REACH and _article_counts(scan, word, mention, units):
                mention.quantity = 1
                break
        if mention.quantity is None:
            mention.quantity = _count_in_parentheses(scan, mention, counts, units, by_last)


def _count_in_parentheses(
    scan: SentenceScan, mention: Mention, counts: list[Value], units: set[int], by_last: dict[int, Value]
) -> int | None:
    """'Leopard 1 tanks (80 units)', 'CV90 (40)': a number alone in parentheses right after an item counts it."""
    for number in counts:
        if number.first != mention.last + 1 or scan.norm[scan.word_ends[mention.last] : number.start].strip() != "(":
            continue
        rest = scan.norm[number.end :].lstrip()
        if rest.startswith(")") or (number.last + 1 in units and scan.norm[scan.word_ends[number.last + 1] :].lstrip().startswith(")")):
            return _count(scan, number, by_last)
    return None


def _article_counts(scan: SentenceScan, article: int, mention: Mention, units: set[int]) -> bool:
    """'a new Patriot system', 'un nouveau système Patriot' count one; 'une coalition artillerie' does not."""
    return all(scan.cue_near("additional", w, 0) or w in units for w in range(article + 1, mention.first))


def _attach_counts_after(scan: SentenceScan, mentions: list[Mention], counts: list[Value]) -> None:
    """Japanese and Korean: '戦車14両', '전차 14대' - a number with a counter counts the item before it."""
    counters = scan.counters()
    for number in counts:
        if number.last + 1 not in counters and number.last not in counters:
            continue
        counter = number.last + 1 if number.last + 1 in counters else number.last
        # '20両のトラック': a count with its counter and a genitive particle stands before its item.
        genitive = scan.cue_near("partitive", counter + 1, 0)
        following = [m for m in mentions if genitive and m.first == counter + 2 and m.quantity is None]
        before = [m for m in mentions if m.last < number.first and number.first - m.last <= COUNTER_REACH and m.quantity is None]
        if following or before:
            (following or before)[-1].quantity = _count(scan, number, {})


def _is_calibre(scan: SentenceScan, number: Value) -> bool:
    """'155 mm', '155mm', '155-mm': a calibre unit after the digits or written onto them."""
    return number.calibre or scan.cue_near("caliber", number.last + 1, 0)


def _measures(scan: SentenceScan, number: Value) -> bool:
    """'1,000 tonnes', '300 de tone': a unit of measure after the number, or after a joiner that follows it."""
    after = number.last + 1
    if after < len(scan.word_starts) and scan.word_text(after) in scan.vocabulary.joiners:
        after += 1
    return scan.cue_near("measure", after, 0)


def _count(scan: SentenceScan, number: Value, by_last: dict[int, Value]) -> int | None:
    if number.value != int(number.value) or number.value <= 0 or _is_year(number):
        return None
    if _is_calibre(scan, number) or _measures(scan, number):
        return None  # '155 mm', '1,000 tonnes of diesel': a calibre or a measure counts nothing
    totals = [
        w for w in scan.cue_in_clause("cumulative", scan.clause_of[number.first]) if number.first - CUMULATIVE_REACH <= w <= number.first
    ]
    if totals and not _total_of_this_pledge(scan, number):
        return None  # 'so far 80 tanks' (not '£12.8 billion since 2022, and 30 tanks')
    if scan.cue_near("approx", number.first, UPPER_BOUND_REACH):
        return None  # 'nearly 100', 'up to 500,000': a bound, not a count ('about 30', 'more than 200' count)
    # '12 des 72 canons', '3 of the 14 tanks', 'another 10 of its 82': the part given of a whole.
    for gap in (2, 3):
        earlier = by_last.get(number.first - gap)
        between = range(number.first - gap + 1, number.first)
        of_the = scan.word_is("partitive", between[0]) and all(len(scan.word_text(w)) <= ARTICLE_LETTERS for w in between[1:])
        if earlier is not None and of_the and earlier.value < number.value:
            return int(earlier.value)
    return int(number.value)


def _total_of_this_pledge(scan: SentenceScan, number: Value) -> bool:
    """'liefert insgesamt 80 Kampfpanzer': 'in total' right before a count, in a clause that recalls nothing, counts
    what this pledge holds ('bringing the total to 80', 'so far 80' stay running totals)."""
    clause = scan.clause_of[number.first]
    if any(scan.cue_in_clause(kind, clause) for kind in ("recall", "since", "earlier")):
        return False
    return scan.cue_just_before("cumulative", number.start, ADJACENT_CHARS)


# Rule 8: values -------------------------------------------------------------------------------------------------


def stated_amounts(scan: SentenceScan) -> list[Value]:
    """The money amounts that state something new: no conversions, running totals, ranges' lower ends."""
    amounts = [v for v in scan.values if v.currency and v.value > 0]
    kept: list[Value] = []
    for index, amount in enumerate(amounts):
        if index and amount.in_parentheses and not amounts[index - 1].in_parentheses:
            continue  # 'EUR 2 billion ($2.2 billion)'; not the second of '(465 and 295 million dollars respectively)'
        if (
            index
            and scan.cue_near("conversion", amount.first, CONVERSION_REACH)
            and amounts[index - 1].last >= amount.first - CONVERSION_REACH - 1
        ):
            continue  # '15.8 billion yen, or over $100 million'
        if index and scan.cue_near("difference", amount.first, DIFFERENCE_REACH):
            continue  # '£2.5bn in 2024-25, an increase of £200m on the previous two years'
        if _earlier_figure(scan, amount):
            continue  # 'bringing the total to EUR 3.1 billion', '$60 billion since 2022', 'in addition to the £3 billion'
        segment = _segment(scan, amount, amounts)
        clause = scan.clause_of[amount.first]
        relative_after = clause + 1 if _starts_relative_clause(scan, clause + 1) else -1
        if any(w in segment or scan.clause_of[w] in (clause - 1, relative_after) for w in scan.cue_words.get("refugee", ())):
            # Support for refugees abroad: 'to support refugees who fled to Poland, Japan gives $5 million',
            # 'CZK 1.5 billion to help citizens of Ukraine, who flee the war and lack means'.
            continue
        elsewhere = [
            d for d in scan.donors if d.first in segment and d.relation in ("destination", "location") and d.role in ("donor", "metonym")
        ]
        if elsewhere and not any(d.code == "UKR" and d.first in segment for d in scan.donors) and any(d.code != "UKR" for d in elsewhere):
            continue  # 'and EUR 5 million for refugees in Moldova'
        kept.append(amount)
    if (
        len(kept) == 2
        and scan.cue_near("range_from", kept[0].first, APPROX_RANGE_REACH)
        and scan.cue_near("range_to", kept[1].first, APPROX_RANGE_REACH)
    ):
        kept = kept[1:]  # 'von 122 Millionen auf 185 Millionen Euro aufgestockt'
    return kept


def _starts_relative_clause(scan: SentenceScan, clause: int) -> bool:
    """Whether a clause opens with a relative pronoun ('..., who flee the war'): it describes what stands before it."""
    first = next((word for word, number in enumerate(scan.clause_of) if number == clause), None)
    # A sentence does not open with a relative clause: its first 'Die' or 'That' is an article or a demonstrative.
    return first is not None and first > 0 and first in scan.cue_words.get("relative", ())


def _earlier_figure(scan: SentenceScan, amount: Value) -> bool:
    """A running total that is not marked new, or the earlier figure the news comes on top of."""
    if amount.first in _baseline_figures(scan):
        return True
    return _aggregate(scan, amount) and not scan.cue_near("additional", amount.first, ADDITIONAL_REACH)


def _aggregate(scan: SentenceScan, amount: Value) -> bool:
    """A running total: a cumulative cue just before the amount, or anywhere in its clause after it ('so far')."""
    if scan.cue_near("cumulative", amount.first, CUMULATIVE_REACH):
        return True
    clause = scan.clause_of[amount.first]
    after = scan.cue_in_clause("cumulative", clause)
    # A recall or a starting time later in the clause covers the amount too: '$60 billion so far', '... since 2022'.
    recalls = {*scan.cue_words.get("recall", ()), *scan.cue_words.get("since", ())}
    # Not a total named after the news: 'EUR 500 million will bring the total to EUR 3.1 billion'.
    return any(amount.last < w <= amount.last + CUMULATIVE_AFTER or (w > amount.last and w in recalls) for w in after)


def _segment(scan: SentenceScan, amount: Value, amounts: list[Value]) -> range:
    """The words an amount governs: from the amount before it (or its clause's start) to the next amount or the end of
    its clause ('EUR 35 million for projects in Ukraine | and EUR 5 million for refugees in Moldova')."""
    clause_of = scan.clause_of
    clause = clause_of[amount.first]
    lasts = {a.last for a in amounts}
    firsts = {a.first for a in amounts}
    start = amount.first
    while start > 0 and clause_of[start - 1] == clause and start - 1 not in lasts:
        start -= 1
    end = amount.last
    while end + 1 < len(clause_of) and clause_of[end + 1] == clause and end + 1 not in firsts:
        end += 1
    return range(start, end + 1)


def _attach_values(scan: SentenceScan, mentions: list[Mention], acts: list[Act], context: Context, commits: bool) -> None:
    """Tie each amount to the item its clause or purpose names, else make it its donor's package value."""
    amounts = stated_amounts(scan)
    paired = _respectively(scan, amounts)
    for amount in amounts:
        if amount.first not in paired and _outsiders_clause(scan, scan.clause_of[amount.first], amount.first):
            continue  # 'The IMF approved a disbursement of $2.2 billion'
        if any(d.role in OUTSIDER_ROLES and d.first - amount.last == 1 for d in scan.donors):
            continue  # 'a $1.086 billion World Bank loan': the amount of what the organisation right after it gives
        donor = paired.get(amount.first) or _amount_donor(scan, amount, mentions)
        candidates = [m for m in mentions if donor is None or m.donor == donor]
        target = _tied_items(scan, amount, candidates, amounts)
        if target:
            for mention in target:
                _set_amount(mention, amount, tied=True)
            continue
        owner = donor or (candidates[0].donor if candidates else None)
        if owner == "NATO" and not scan.has_cue("decision"):
            continue  # the Allies give as a group only by a collective decision
        if owner is None:
            if not commits or context.main_donor is None or mentions:
                continue
            owner = context.main_donor
        kind = _serving(scan, scan.clause_of[amount.first], context.prior_category)
        whole = Mention(kind, "generic", amount.first, amount.last, [], qualified=False, package=True)
        act = _governing_act(scan, whole, acts)
        if not _given(scan, whole, act, acts):
            continue
        whole.donor = owner
        whole.donor_from_context = owner == context.main_donor and not any(d.code == owner for d in scan.donors)
        whole.status, whole.firm = _stage(scan, whole, act, acts)
        _set_amount(whole, amount, tied=False)
        mentions.append(whole)


def _respectively(scan: SentenceScan, amounts: list[Value]) -> dict[int, str]:
    """'grants of Japan and Norway (465 and 295 million dollars respectively)': amounts paired with donors in order."""
    if not scan.has_cue("respectively") or len(amounts) < 2:
        return {}
    codes = list(dict.fromkeys(d.code for d in scan.donors if d.can_give and d.code != "UKR"))
    if len(codes) != len(amounts):
        return {}
    return {amount.first: code for amount, code in zip(amounts, codes, strict=True)}


def _amount_donor(scan: SentenceScan, amount: Value, mentions: list[Mention]) -> str | None:
    """The donor the amount belongs to: the nearest giver before it in its clause ('Norway $112 million'), the source
    after it ('EUR 200 million from the Netherlands'), the one donor of the sentence's items, else the nearest before."""
    clause = scan.clause_of[amount.first]
    everyone = [d for d in scan.donors if d.can_give and d.code != "UKR"]
    # '$20 million from Switzerland and $50 million from the United States': a source just after the amount, before the
    # next amount, is its giver.
    money = [v.first for v in scan.values if v.currency and v.first > amount.last]
    bound = min(money, default=len(scan.word_starts))
    for donor in everyone:
        if donor.relation == "source" and not donor.weak and 0 < donor.first - amount.last <= AMOUNT_SOURCE_REACH and donor.first < bound:
            return donor.code
    for givers in ([d for d in everyone if not d.weak], everyone):
        left = [d for d in givers if d.last < amount.first and scan.clause_of[d.first] == clause]
        if left:
            return max(left, key=lambda d: d.last).code
        right = [d for d in givers if d.first > amount.last and scan.clause_of[d.first] == clause]
        if right and right[0].relation == "source":
            return right[0].code
    donors = {m.donor for m in mentions}
    if len(donors) == 1:
        return donors.pop()
    left = [d for d in everyone if d.last < amount.first]
    return max(left, key=lambda d: (not d.weak, d.last)).code if left else None


def _tied_items(scan: SentenceScan, amount: Value, candidates: list[Mention], amounts: list[Value]) -> list[Mention]:
    """The items the text ties an amount to.

    In order: the item its purpose names right after it ('EUR 200 million from the Netherlands for drone interceptors',
    'a EUR 1 billion drone package'); else the nearest item before it since the amount before ('civilian support will
    rise to NOK 10 billion and military support to NOK 17 billion'); else the one category of its clause or sentence.
    """
    clause = scan.clause_of[amount.first]
    if _values_a_package(scan, amount):
        # '$9.8 million aid package ... includes funding for drones and medical needs': the package's value; a package
        # of one kind of item is that item's value.
        listed = [m for m in candidates if m.kind in SPECIFIC_KINDS]
        if not listed:  # no items named: the aid its clause qualifies ('Humanitaariseen apuun ... 6,7 miljoonaa euroa')
            qualified = [m for m in candidates if m.kind == "generic" and m.qualified and scan.clause_of[m.first] == clause]
            return qualified if len({m.category for m in qualified}) == 1 else []
        # 'including' lists only some; 'as part of a package' names some of what it holds
        whole = len({m.category for m in listed}) == 1 and not scan.has_cue("part") and not scan.has_cue("part_of")
        return listed if whole else []
    in_clause = [m for m in candidates if scan.clause_of[m.first] == clause and not m.package]
    named = [m for m in in_clause if m.kind != "generic" or m.qualified]
    following = [a.first for a in amounts if a.first > amount.last and scan.clause_of[a.first] == clause]
    end = min(following, default=len(scan.word_starts))
    ahead = [m for m in named if amount.last < m.first < end and m.first - amount.last <= PURPOSE_REACH]
    if ahead:
        first = min(ahead, key=lambda m: m.first)
        links = range(amount.last + 1, first.first)
        purpose = any(scan.word_is("destination", w) or scan.word_is("partitive", w) for w in links)
        # '$100 million in military aid', '500 miljoner kronor i militärt stöd': the kind of aid the amount is in.
        purpose = purpose or any(scan.word_is("location", w) for w in links)
        if not links or (purpose and not any(scan.word_is("and", w) for w in links)):
            if len({m.category for m in ahead}) > 1:
                return []  # 'EUR 100 million for air defence and demining': the whole of two kinds, no one's part
            return [m for m in ahead if m.category == first.category]
    preceding = [a.last for a in amounts if a.last < amount.first and scan.clause_of[a.last] == clause]
    start = max(preceding, default=-1)
    behind = [m for m in named if start < m.last < amount.first]
    if behind:
        last = max(behind, key=lambda m: m.last)
        return [m for m in behind if m.category == last.category]
    for pool in (named, in_clause):
        if pool and len({m.category for m in pool}) == 1:
            return pool
    sentence = [m for m in candidates if not m.package]
    if sentence and len({m.category for m in sentence}) == 1:
        return sentence
    return []


def _values_a_package(scan: SentenceScan, amount: Value) -> bool:
    """An amount of a package or aid word whose contents the sentence lists ('a package worth X, including A';
    'A 등을 포함한 X 규모의 패키지', where the list comes first)."""
    near = [m for m in scan.content if m.kind == "aid" and min(abs(m.first - amount.first), abs(m.first - amount.last)) <= PACKAGE_REACH]
    if not near and not scan.cue_near("package", amount.first, PACKAGE_REACH, PACKAGE_REACH):
        return False
    if any(scan.cue_near("part_of", word, PACKAGE_REACH) for word in (amount.first, *(m.first for m in near))):
        return True  # 'Archer systems as part of a package worth SEK 7 billion': the items came first
    if scan.language.adposition == "post":
        return scan.has_cue("contains") or scan.has_cue("part")
    return any(w > amount.last for kind in ("contains", "part") for w in scan.cue_words.get(kind, ()))


def _set_amount(mention: Mention, amount: Value, *, tied: bool) -> None:
    if mention.amount is None:
        mention.amount, mention.currency, mention.amount_first, mention.amount_tied = amount.value, amount.currency, amount.first, tied


# Rule 9: stage --------------------------------------------------------------------------------------------------


def _stage(scan: SentenceScan, mention: Mention, act: Act | None, acts: list[Act]) -> tuple[str | None, bool]:
    """Proposed when a plan cue governs the item; else the stage of its act. The bool says the stage is firm."""
    clause = scan.clause_of[mention.first]
    before, after = PROPOSED_REACH
    for word in scan.cue_words.get("proposed", ()):
        if scan.clause_of[word] == clause or mention.first - before <= word <= mention.last + after:
            return "proposed", True
    if any(a.kind == "decision" and a.stage == "proposed" and a.clause == clause for a in acts):
        return "proposed", True  # 'the cabinet will decide next week on sending ...': nothing is decided yet
    if act is None or act.stage is None:
        return None, False
    if act.kind == "give":
        # 'The delivery of five tanks arrived': an arrival later in the clause of a giving word says it is delivered.
        arrived = [a for a in acts if a.kind == "delivered" and a.stage == "delivered" and a.clause == act.clause and a.word > act.word]
        if arrived:
            return "delivered", True
    firm = act.kind in ("decision", "delivered", "receive") or any(
        scan.clause_of[w] == clause for kind in ("decision", "delivered") for w in scan.cue_words.get(kind, ())
    )
    return act.stage, firm

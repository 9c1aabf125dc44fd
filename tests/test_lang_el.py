"""Greek: sentences of our own in the style of Greek news, read with the el lexicon."""

import pytest

from tests.helpers import keys, rows
from tracker import parse_text


def el(text):
    return rows(text, lang="el")


# Donors: Babel's name, its inflected forms, demonyms, capitals, EU institutions.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Η Γερμανία θα στείλει στην Ουκρανία 10 άρματα μάχης Leopard 2.", ("DEU", "armoured_vehicles", 10, None, None, "committed")),
        ("Οι ΗΠΑ θα στείλουν στην Ουκρανία 31 άρματα μάχης Abrams.", ("USA", "armoured_vehicles", 31, None, None, "committed")),
        (
            "Η βρετανική κυβέρνηση θα στείλει στην Ουκρανία 14 άρματα μάχης Challenger 2.",
            ("GBR", "armoured_vehicles", 14, None, None, "committed"),
        ),
        ("Η Ουάσιγκτον θα στείλει στο Κίεβο 31 άρματα μάχης Abrams.", ("USA", "armoured_vehicles", 31, None, None, "committed")),
        (
            "Η ελληνική κυβέρνηση θα στείλει στην Ουκρανία δύο συστήματα Patriot.",
            ("GRC", "air_defence", 2, None, None, "committed"),
        ),
        (
            "Η κυβέρνηση της Νορβηγίας αποφάσισε να διαθέσει 1,5 δισεκατομμύριο κορόνες για την αεράμυνα της Ουκρανίας.",
            ("NOR", "air_defence", None, 1.5e9, "NOK", "committed"),
        ),
    ],
)
def test_donor_forms(text, expected):
    assert el(text) == [expected]


def test_receive_verb_with_the_giver_after_the_source_word():
    found = el("Η Ουκρανία έλαβε από τη Γερμανία δύο ακόμη συστήματα αεράμυνας IRIS-T.")
    assert found == [("DEU", "air_defence", 2, None, None, "delivered")]


def test_receive_verb_with_an_amount_from_the_giver():
    found = el("Η Ουκρανία έλαβε από την Ιαπωνία 1 δισεκατομμύριο δολάρια για την ανοικοδόμηση του ενεργειακού τομέα.")
    assert found == [("JPN", "humanitarian", None, 1e9, "USD", "delivered")]


def test_european_commission_disburses_budget_support():
    found = el("Η Ευρωπαϊκή Επιτροπή εκταμίευσε 4,2 δισεκατομμύρια ευρώ στην Ουκρανία στο πλαίσιο του Ukraine Facility.")
    assert found == [("EU", "financial", None, 4.2e9, "EUR", "delivered")]


def test_nato_collective_decision():
    found = el("Οι χώρες του ΝΑΤΟ συμφώνησαν να στείλουν στην Ουκρανία επιπλέον συστήματα αεράμυνας.")
    assert found == [("NATO", "air_defence", None, None, None, "committed")]


def test_coordinated_donors_share_the_commitment():
    found = el("Η Πορτογαλία και η Ισπανία θα στείλουν στην Ουκρανία από έξι άρματα Leopard 2.")
    assert found == [("ESP", "armoured_vehicles", 6, None, None, "committed"), ("PRT", "armoured_vehicles", 6, None, None, "committed")]


def test_two_donors_in_two_clauses():
    text = "Η Δανία θα στείλει 19 μαχητικά F-16 στην Ουκρανία, ενώ η Νορβηγία θα παράσχει συστήματα NASAMS."
    assert keys(text, lang="el") == {("DNK", "aircraft"), ("NOR", "air_defence")}


# Stages.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Η Γαλλία παρέδωσε στην Ουκρανία έξι οβιδοβόλα Caesar.", ("FRA", "artillery", 6, None, None, "delivered")),
        ("Η Σλοβακία παρέδωσε στην Ουκρανία 13 μαχητικά αεροσκάφη MiG-29.", ("SVK", "aircraft", 13, None, None, "delivered")),
        ("Η Ελλάδα απέστειλε στην Ουκρανία τέσσερα ελικόπτερα.", ("GRC", "aircraft", 4, None, None, "delivered")),
        (
            "Η Σουηδία εξετάζει την αποστολή μαχητικών αεροσκαφών Gripen στην Ουκρανία.",
            ("SWE", "aircraft", None, None, None, "proposed"),
        ),
        (
            "Η Ιταλία σχεδιάζει να στείλει στην Ουκρανία ακόμη ένα σύστημα SAMP/T.",
            ("ITA", "air_defence", 1, None, None, "proposed"),
        ),
        (
            "Η Ιταλία θα μπορούσε να στείλει στην Ουκρανία ακόμη μία συστοιχία SAMP/T.",
            ("ITA", "air_defence", 1, None, None, "proposed"),
        ),
        (
            "Η Ρώμη ενέκρινε το ένατο πακέτο στρατιωτικής βοήθειας προς την Ουκρανία.",
            ("ITA", "military_unspecified", None, None, None, "committed"),
        ),
    ],
)
def test_stage_cues(text, expected):
    assert el(text) == [expected]


def test_a_delivery_announced_for_later_is_a_commitment():
    text = "Η Γερμανία ανακοίνωσε ότι έως το τέλος του έτους θα παραδοθούν στην Ουκρανία ακόμη 40 οχήματα μάχης πεζικού Marder."
    assert el(text) == [("DEU", "armoured_vehicles", 40, None, None, "committed")]


def test_a_pending_vote_is_proposed():
    text = "Το Κογκρέσο των ΗΠΑ θα ψηφίσει το πακέτο βοήθειας 61 δισεκατομμυρίων δολαρίων για την Ουκρανία."
    assert el(text) == [("USA", "military_unspecified", None, 61e9, "USD", "proposed")]


def test_stage_stated_in_another_clause():
    text = "Η πορτογαλική κυβέρνηση ενέκρινε πακέτο, το οποίο περιλαμβάνει τρία άρματα μάχης Leopard 2A6 και 14 φορτηγά."
    assert el(text) == [("PRT", "armoured_vehicles", 3, None, None, "committed"), ("PRT", "equipment", 14, None, None, "committed")]


def test_stage_stated_in_the_sentence_before():
    text = "Η Νορβηγία ενέκρινε νέο πακέτο βοήθειας για την Ουκρανία. Σε αυτό θα περιλαμβάνονται 22 drones και 10 φορτηγά."
    assert el(text) == [("NOR", "drones", 22, None, None, "committed"), ("NOR", "equipment", 10, None, None, "committed")]


# Counts: digits with dot separators, number words in their genders and cases, calibres.


def test_count_in_digits_with_dot_separators():
    assert el("Η Εσθονία θα στείλει στην Ουκρανία 1.500.000 φυσίγγια.") == [("EST", "ammunition", 1_500_000, None, None, "committed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Η Αυστραλία θα στείλει στην Ουκρανία επτά τεθωρακισμένα οχήματα Bushmaster.", 7),
        ("Η Ολλανδία θα χρηματοδοτήσει την παράδοση τριών συστημάτων Patriot στην Ουκρανία.", 3),
        ("Η Τσεχία θα στείλει στην Ουκρανία 800 χιλιάδες βλήματα πυροβολικού.", 800_000),
        ("Η Εσθονία θα στείλει στην Ουκρανία δεκαπέντε χιλιάδες βλήματα πυροβολικού.", 15_000),
    ],
)
def test_count_in_words(text, count):
    assert el(text)[0][2] == count


def test_compound_number_words_add_up():
    assert el("Η Λετονία έστειλε στην Ουκρανία είκοσι πέντε τεθωρακισμένα οχήματα M113.") == [
        ("LVA", "armoured_vehicles", 25, None, None, "delivered")
    ]


def test_count_with_the_million_abbreviation():
    assert el("Η Ελλάδα θα στείλει στην Ουκρανία 1,5 εκατ. βλήματα.") == [("GRC", "ammunition", 1_500_000, None, None, "committed")]


def test_calibre_is_not_a_count():
    assert el("Η Ισπανία θα στείλει στην Ουκρανία βλήματα πυροβολικού 155 χιλιοστών.") == [
        ("ESP", "ammunition", None, None, None, "committed")
    ]


# Amounts: decimal commas, scale words and abbreviations, currency names in their case forms.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Η Ολλανδία θα διαθέσει 250 εκατομμύρια ευρώ για την αεράμυνα της Ουκρανίας.",
            ("NLD", "air_defence", None, 250e6, "EUR", "committed"),
        ),
        (
            "Η Ιαπωνία θα χορηγήσει στην Ουκρανία δάνειο ύψους 4,5 δισεκατομμυρίων δολαρίων.",
            ("JPN", "financial", None, 4.5e9, "USD", "committed"),
        ),
        (
            "Ο Καναδάς χορήγησε στην Ουκρανία δάνειο 2,4 δισεκατομμυρίων καναδικών δολαρίων.",
            ("CAN", "financial", None, 2.4e9, "CAD", "committed"),
        ),
        (
            "Η Ιρλανδία θα διαθέσει 20 εκατομμύρια ευρώ για την αποναρκοθέτηση και την ανοικοδόμηση της Ουκρανίας.",
            ("IRL", "humanitarian", None, 20e6, "EUR", "committed"),
        ),
        (
            "Η Ελβετία θα διαθέσει 5 δισεκατομμύρια ελβετικά φράγκα για την ανοικοδόμηση της Ουκρανίας.",
            ("CHE", "humanitarian", None, 5e9, "CHF", "committed"),
        ),
        (
            "Η Λιθουανία έστειλε στην Ουκρανία γεννήτριες αξίας 40 εκατομμυρίων γρίβνα.",
            ("LTU", "equipment", None, 40e6, "UAH", "delivered"),
        ),
        (
            "Η Σουηδία θα διαθέσει 300 εκατομμύρια σουηδικές κορόνες για την εκπαίδευση Ουκρανών πιλότων.",
            ("SWE", "training", None, 300e6, "SEK", "committed"),
        ),
    ],
)
def test_amounts_and_currencies(text, expected):
    assert el(text) == [expected]


def test_amount_with_the_billion_abbreviation():
    text = "Το Βερολίνο ανακοίνωσε νέο πακέτο στρατιωτικής βοήθειας ύψους 1,2 δισ. ευρώ για την Ουκρανία."
    assert el(text) == [("DEU", "military_unspecified", None, 1.2e9, "EUR", "committed")]


def test_a_range_keeps_its_upper_bound():
    text = "Η Γαλλία θα διαθέσει από 100 έως 200 εκατομμύρια ευρώ για την ανοικοδόμηση της Ουκρανίας."
    assert el(text) == [("FRA", "humanitarian", None, 200e6, "EUR", "committed")]


def test_package_value_with_listed_items_is_not_an_extra_row():
    text = (
        "Οι ΗΠΑ ανακοίνωσαν νέο πακέτο στρατιωτικής βοήθειας προς την Ουκρανία ύψους 400 εκατομμυρίων δολαρίων, "
        "το οποίο περιλαμβάνει αντιαεροπορικούς πυραύλους για NASAMS, πυρομαχικά για HIMARS και βλήματα πυροβολικού 155 χιλιοστών."
    )
    assert keys(text, lang="el") == {("USA", "air_defence"), ("USA", "ammunition")}
    assert all(row[3] is None for row in el(text))


def test_package_value_stands_when_nothing_specific_is_listed():
    text = "Η Φινλανδία θα στείλει στην Ουκρανία νέο πακέτο αμυντικής βοήθειας αξίας 188 εκατομμυρίων ευρώ."
    assert el(text) == [("FIN", "military_unspecified", None, 188e6, "EUR", "committed")]


# Categories that follow the label rules.


def test_training_abroad_belongs_to_the_trainer():
    assert el("Η Δανία θα εκπαιδεύσει Ουκρανούς πιλότους στη Ρουμανία.") == [("DNK", "training", None, None, None, "committed")]
    assert el("Βρετανοί εκπαιδευτές θα εκπαιδεύσουν Ουκρανούς στρατιώτες στην Πολωνία.") == [
        ("GBR", "training", None, None, None, "committed")
    ]


def test_repair_is_equipment_not_the_weapon_repaired():
    text = "Η Πολωνία θα χρηματοδοτήσει την επισκευή ουκρανικών αρμάτων μάχης Leopard 2."
    assert el(text) == [("POL", "equipment", None, None, None, "committed")]


def test_artillery_shells_are_ammunition():
    assert el("Η Ελλάδα θα στείλει στην Ουκρανία βλήματα πυροβολικού.") == [("GRC", "ammunition", None, None, None, "committed")]


# No rows: needs and requests, refusals, negation, aid to another country, Ukraine's own purchases, recalled totals.


@pytest.mark.parametrize(
    "text",
    [
        "Η Ουκρανία χρειάζεται περισσότερα συστήματα αεράμυνας Patriot.",
        "Ο Πρόεδρος Ζελένσκι κάλεσε τους συμμάχους να στείλουν περισσότερα συστήματα αεράμυνας.",
        "Η Ουκρανία ζητά από τη Γερμανία να στείλει πυραύλους Taurus.",
    ],
)
def test_needs_and_requests_give_nothing(text):
    assert el(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Η Ουγγαρία αρνήθηκε να στείλει όπλα στην Ουκρανία.",
        "Η Ουγγαρία μπλόκαρε τη χορήγηση στρατιωτικής βοήθειας ύψους 500 εκατομμυρίων ευρώ στην Ουκρανία.",
    ],
)
def test_refusals_give_nothing(text):
    assert el(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Η Γερμανία δεν θα στείλει πυραύλους Taurus στην Ουκρανία.",
        "Η Ελλάδα δεν θα στείλει στην Ουκρανία συστήματα S-300.",
    ],
)
def test_negation_gives_nothing(text):
    assert el(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Η Ελλάδα έστειλε ανθρωπιστική βοήθεια στη Μολδαβία.",
        "Η Πολωνία έστειλε 20 φορτηγά στη Μολδαβία.",
    ],
)
def test_aid_to_another_country_gives_nothing(text):
    assert el(text) == []


def test_ukraines_own_purchase_gives_nothing():
    assert el("Η Ουκρανία αγόρασε 20 οβιδοβόλα από τσεχική εταιρεία με ίδιους πόρους.") == []


def test_a_total_since_the_war_began_is_recalled_not_new():
    text = "Από την αρχή του πολέμου η Γερμανία έχει ήδη παραδώσει στην Ουκρανία περισσότερα από 50 οβιδοβόλα."
    assert el(text) == []


def test_non_lethal_is_not_a_negation():
    text = "Η Ιρλανδία θα στείλει στην Ουκρανία μη θανατηφόρο στρατιωτικό εξοπλισμό."
    assert el(text) == [("IRL", "military_unspecified", None, None, None, "committed")]


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Η Ελλάδα θα αποστείλει στην Ουκρανία δώδεκα οβιδοβόλα.", ("GRC", "artillery", 12, None, None, "committed")),
        ("Η Ελλάδα παρέδωσε στην Ουκρανία έξι τεθωρακισμένα οχήματα.", ("GRC", "armoured_vehicles", 6, None, None, "delivered")),
        ("Η Ελλάδα θα παραδώσει στην Ουκρανία τέσσερις εκτοξευτές πυραύλων.", ("GRC", "artillery", 4, None, None, "committed")),
        ("Η Ελλάδα θα παραδώσει στην Ουκρανία δύο σετ IRIS-T.", ("GRC", "air_defence", 2, None, None, "committed")),
        ("Η Ελλάδα έστειλε στην Ουκρανία 200 σκηνές.", ("GRC", "humanitarian", 200, None, None, "delivered")),
        ("Η Ελλάδα θα δωρίσει στην Ουκρανία 20 ασθενοφόρα.", ("GRC", "humanitarian", 20, None, None, "committed")),
        ("Η Ελλάδα θα στείλει στην Ουκρανία 300 τόνους καυσίμων.", ("GRC", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert rows(text, lang="el") == [expected]


def test_a_package_in_crowns_keeps_its_value_once():
    text = "Η Σουηδία ανακοίνωσε νέο πακέτο αξίας 10 δισ. κορωνών, που περιλαμβάνει 20 οχήματα CV90 και πυρομαχικά πυροβολικού."
    frame = parse_text(text, lang="el")
    assert sorted(frame["category"]) == ["ammunition", "armoured_vehicles"]
    assert set(frame["package_amount"]) == {10e9} and set(frame["package_currency"]) == {"SEK"}


# Verb forms governments use (issue 10): tenses, verbal nouns, running totals, baselines, halts.


@pytest.mark.parametrize(
    "text",
    [
        "Η Ελλάδα θα παραδώσει στην Ουκρανία δέκα οβιδοβόλα τον επόμενο χρόνο.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="el") == [("GRC", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Η Ελλάδα αποφάσισε την παράδοση δέκα οβιδοβόλων στην Ουκρανία.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="el") == [("GRC", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Από τη ρωσική εισβολή η Ελλάδα έχει δώσει στην Ουκρανία βοήθεια ύψους 3 δισ. ευρώ.",
        "Μέχρι στιγμής η Ελλάδα έχει παραδώσει στην Ουκρανία 30 οβιδοβόλα.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="el") == []


@pytest.mark.parametrize(
    "text",
    [
        "Επιπλέον των 100 εκατ. ευρώ που έχουν ήδη δεσμευτεί, η Ελλάδα θα διαθέσει 20 εκατ. ευρώ για ανθρωπιστική βοήθεια.",
        "Πέραν των 100 εκατ. ευρώ που έχουν ήδη υποσχεθεί, η Ελλάδα θα διαθέσει 20 εκατ. ευρώ για ανθρωπιστική βοήθεια.",
    ],
)
def test_the_baseline_figure_is_not_new_money(text):
    assert rows(text, lang="el") == [("GRC", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Επιπλέον αυτού, η Ελλάδα θα διαθέσει 20 εκατ. ευρώ για ανθρωπιστική βοήθεια.",
    ],
)
def test_besides_this_as_an_adverb_keeps_the_new_amount(text):
    assert rows(text, lang="el") == [("GRC", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Η Ελλάδα ανέστειλε την παράδοση οβιδοβόλων στην Ουκρανία.",
    ],
)
def test_a_halted_delivery_gives_nothing(text):
    assert rows(text, lang="el") == []


# Unseen news (issue 10): what articles carry besides the new pledge.

GREEK_PLEDGE = "Η Ελλάδα θα στείλει στην Ουκρανία πυρομαχικά."


@pytest.mark.parametrize(
    "aside",
    [
        "Οι εταίροι της Ουκρανίας θα παραδώσουν επιπλέον συστήματα αεράμυνας.",
        "Οι σύμμαχοι έχουν στείλει δεκάδες άρματα μάχης.",
        "Η διεθνής κοινότητα θα διαθέσει περισσότερα συστήματα αεράμυνας.",
    ],
)
def test_unnamed_partners_are_no_donor(aside):
    assert el(f"{GREEK_PLEDGE} {aside}") == [("GRC", "ammunition", None, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Η ελληνική εταιρεία ΕΑΣ θα παραδώσει 50.000 βλήματα στον ελληνικό στρατό.",
        "Η γερμανική εταιρεία Rheinmetall θα παραδώσει 100 οχήματα στις γερμανικές ένοπλες δυνάμεις.",
        "Η Ελλάδα θα στείλει 20 τεθωρακισμένα οχήματα στον στρατό της Μολδαβίας.",
    ],
)
def test_a_company_supplying_an_army_is_no_aid(text):
    assert el(text) == []


def test_a_red_cross_collection_is_no_government_aid():
    assert el("Ο Ελληνικός Ερυθρός Σταυρός συγκέντρωσε από δωρεές πολιτών 2,3 εκατ. ευρώ για τους αμάχους στην Ουκρανία.") == []
    text = f"{GREEK_PLEDGE} Μέσω του Ερυθρού Σταυρού συγκεντρώθηκαν 500.000 ευρώ για τους αμάχους."
    assert el(text) == [("GRC", "ammunition", None, None, None, "committed")]


def test_already_before_a_time_ahead_recalls_nothing():
    text = "Η Λιθουανία θα παραδώσει γεννήτριες στην Ουκρανία ήδη από την επόμενη εβδομάδα."
    assert el(text) == [("LTU", "equipment", None, None, None, "committed")]


def test_money_for_energy_is_humanitarian():
    text = "Η Ελλάδα θα διαθέσει στην Ουκρανία 10 εκατ. ευρώ για την ενέργεια."
    assert el(text) == [("GRC", "humanitarian", None, 10e6, "EUR", "committed")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Η Ελλάδα έχει ολοκληρώσει την παράδοση 20 τεθωρακισμένων οχημάτων στην Ουκρανία.", "delivered"),
        ("Ολοκληρώθηκε η παράδοση 20 τεθωρακισμένων οχημάτων από την Ελλάδα στην Ουκρανία.", "delivered"),
        ("Η Ελλάδα θα ολοκληρώσει την παράδοση 20 τεθωρακισμένων οχημάτων στην Ουκρανία τον Μάιο.", "committed"),
    ],
)
def test_a_completed_delivery_is_delivered(text, status):
    assert el(text) == [("GRC", "armoured_vehicles", 20, None, None, status)]


def test_respectively_pairs_donors_with_amounts():
    text = "Η Γερμανία και η Γαλλία θα διαθέσουν στην Ουκρανία 500 εκατ. ευρώ και 300 εκατ. ευρώ αντίστοιχα."
    assert el(text) == [
        ("DEU", "military_unspecified", None, 5e8, "EUR", "committed"),
        ("FRA", "military_unspecified", None, 3e8, "EUR", "committed"),
    ]

"""Lithuanian: sentences of our own in the style of Lithuanian news, read with the Lithuanian lexicon."""

import pytest

from tests.helpers import keys, rows


def lt(text: str) -> list[tuple]:
    return rows(text, lang="lt")


# Donors: Babel's name, its inflected forms, a demonym, a capital, an acronym.


def test_babel_name_with_a_count_in_digits():
    assert lt("Lietuva perduos Ukrainai 10 šarvuočių.") == [("LTU", "armoured_vehicles", 10, None, None, "committed")]


def test_inflected_country_name_in_the_genitive():
    assert lt("Vokietijos vyriausybė skirs Ukrainai 50 mln. eurų humanitarinei pagalbai.") == [
        ("DEU", "humanitarian", None, 50e6, "EUR", "committed")
    ]


def test_demonym_names_the_donor():
    assert lt("Švedų vyriausybė perduos Ukrainai aštuonis tankus.") == [("SWE", "armoured_vehicles", 8, None, None, "committed")]


def test_capital_as_metonym():
    assert lt("Berlynas perduos Kyjivui dar dvi IRIS-T sistemas.") == [("DEU", "air_defence", 2, None, None, "committed")]


def test_acronym_and_dollars():
    assert lt("JAV skyrė Ukrainai naują 400 mln. JAV dolerių vertės karinės paramos paketą.") == [
        ("USA", "military_unspecified", None, 400e6, "USD", "committed")
    ]


def test_united_kingdom_in_the_genitive():
    assert keys("Jungtinės Karalystės vyriausybė perduos Ukrainai dar 100 dronų.", lang="lt") == {("GBR", "drones")}


def test_nominative_plural_name_is_the_donor():
    # "Nyderlandai" ends like a dative ("Ukrainai") but is the subject.
    assert lt("Nyderlandai perduos Ukrainai dar 18 naikintuvų F-16.") == [("NLD", "aircraft", 18, None, None, "committed")]


def test_eu_commission():
    assert lt("Europos Komisija skirs Ukrainai 1,2 mlrd. eurų makrofinansinei paramai.") == [
        ("EU", "financial", None, 1.2e9, "EUR", "committed")
    ]


# Stages.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Lietuva siųs Ukrainai dar 500 dronų.", "committed"),
        ("Estija perdavė Ukrainai prieštankinius granatsvaidžius.", "delivered"),
        ("Lenkija perdavė Ukrainai 14 tankų.", "delivered"),
        ("Ukraina gavo iš Švedijos 12 haubicų Archer.", "delivered"),
        ("Nyderlandai svarsto galimybę perduoti Ukrainai daugiau naikintuvų F-16.", "proposed"),
        ("Danija planuoja perduoti Ukrainai artilerijos šaudmenų.", "proposed"),
        ("Norvegija galėtų perduoti Ukrainai dar dvi NASAMS sistemas.", "proposed"),
        ("Latvijos vyriausybė patvirtino sprendimą perduoti Ukrainai generatorius.", "committed"),
    ],
)
def test_stage_cues(text, status):
    found = lt(text)
    assert found and {r[5] for r in found} == {status}


def test_receiver_names_the_giver_after_the_source_word():
    assert keys("Ukraina gavo iš Švedijos 12 haubicų Archer.", lang="lt") == {("SWE", "artillery")}


def test_delivery_announced_for_later_is_a_commitment():
    assert lt("Suomijos dronai Ukrainai bus perduoti kitą savaitę.") == [("FIN", "drones", None, None, None, "committed")]


def test_stage_stated_in_another_clause():
    text = "Krašto apsaugos ministras pranešė, kad Lietuva perduos Ukrainai 200 sunkvežimių."
    assert lt(text) == [("LTU", "equipment", 200, None, None, "committed")]


# Numbers: digits with a space between thousands, decimal commas, number words, scale words and abbreviations.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lietuva perdavė Ukrainai 1 000 dronų.", ("LTU", "drones", 1000, None, None, "delivered")),
        ("Danija perduos Ukrainai dvylika haubicų.", ("DNK", "artillery", 12, None, None, "committed")),
        ("Norvegija perduos Ukrainai tris NASAMS sistemas.", ("NOR", "air_defence", 3, None, None, "committed")),
        ("Suomija perduos Ukrainai 20 tūkst. artilerijos sviedinių.", ("FIN", "ammunition", 20000, None, None, "committed")),
        ("Prancūzija skirs Ukrainai 1,5 mlrd. eurų biudžeto paramai.", ("FRA", "financial", None, 1.5e9, "EUR", "committed")),
        ("Kanada skirs Ukrainai 2,5 mln. eurų humanitarinei pagalbai.", ("CAN", "humanitarian", None, 2.5e6, "EUR", "committed")),
        ("Italija skirs Ukrainai dvidešimt milijonų eurų atstatymui.", ("ITA", "humanitarian", None, 20e6, "EUR", "committed")),
        ("JAV perduos Ukrainai ginklų už 300 mln. dolerių.", ("USA", "military_unspecified", None, 300e6, "USD", "committed")),
    ],
)
def test_counts_and_amounts(text, expected):
    assert lt(text) == [expected]


def test_calibre_is_not_a_count():
    assert lt("Čekija perdavė Ukrainai 155 mm artilerijos šaudmenų.") == [("CZE", "ammunition", None, None, None, "delivered")]


# What is not given: needs, requests, refusals, negation, aid to another country.


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainai skubiai reikia oro gynybos ir artilerijos šaudmenų.",
        "Zelenskis paragino sąjungininkus perduoti daugiau oro gynybos sistemų.",
        "Ukraina prašo Lietuvos perduoti daugiau dronų.",
        "Vengrija atsisakė tiekti Ukrainai ginklus.",
        "Lietuva neperduos Ukrainai tankų.",
        "Vokietija nėra perdavusi Ukrainai Taurus raketų.",
        "Lietuva siųs humanitarinę pagalbą į Moldovą.",
        "Rusija paleido į Kyjivą 40 dronų ir raketų.",
    ],
)
def test_no_commitment(text):
    assert lt(text) == []


def test_training_in_another_country_belongs_to_the_giver():
    assert keys("Lietuva apmokys ukrainiečių karius Vokietijoje.", lang="lt") == {("LTU", "training")}


def test_place_named_first_is_not_the_giver():
    assert keys("Vokietijoje vyks ukrainiečių karių mokymai, kuriuos finansuos Lietuva.", lang="lt") == {("LTU", "training")}


def test_package_value_with_listed_items():
    text = "Lietuva perduos Ukrainai 20 mln. eurų vertės paramos paketą, į kurį įeina dronai, šaudmenys ir generatoriai."
    found = lt(text)
    assert {(r[0], r[1]) for r in found} == {("LTU", "drones"), ("LTU", "ammunition"), ("LTU", "equipment")}
    assert all(r[3] is None for r in found)


def test_coordinated_donors():
    assert keys("Lietuva ir Latvija siųs Ukrainai dronų.", lang="lt") == {("LTU", "drones"), ("LVA", "drones")}


def test_language_is_detected():
    text = "Lietuvos vyriausybė nusprendė perduoti Ukrainai dar 20 šarvuočių ir šaudmenų."
    assert keys(text) == keys(text, lang="lt")


def test_not_only_is_not_a_negation():
    assert keys("Lietuva perduos Ukrainai ne tik dronų, bet ir šaudmenų.", lang="lt") == {("LTU", "drones"), ("LTU", "ammunition")}


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lietuva perduos Ukrainai aštuonias haubicas.", ("LTU", "artillery", 8, None, None, "committed")),
        ("Lietuva pristatė Ukrainai šešis šarvuočius.", ("LTU", "armoured_vehicles", 6, None, None, "delivered")),
        ("Lietuva pristatys Ukrainai vieną oro gynybos sistemą.", ("LTU", "air_defence", 1, None, None, "committed")),
        ("Lietuva perduos Ukrainai du NASAMS komplektus.", ("LTU", "air_defence", 2, None, None, "committed")),
        ("Lietuva nusiuntė Ukrainai 200 palapinių.", ("LTU", "humanitarian", 200, None, None, "delivered")),
        ("Lietuva paaukos Ukrainai 20 greitosios pagalbos automobilių.", ("LTU", "humanitarian", 20, None, None, "committed")),
        ("Lietuva pristatys Ukrainai 300 tonų kuro.", ("LTU", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert rows(text, lang="lt") == [expected]


# Verb forms governments use (issue 10): tenses, verbal nouns, running totals, baselines, halts.


@pytest.mark.parametrize(
    "text",
    [
        "Lietuva kitais metais perduos Ukrainai dešimt haubicų.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="lt") == [("LTU", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Vyriausybė priėmė nutarimą dėl dešimties haubicų perdavimo Ukrainai.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="lt") == [("LTU", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Nuo Rusijos invazijos pradžios Lietuva suteikė Ukrainai paramos už 3 mlrd. eurų.",
        "Iki šiandien Lietuva perdavė Ukrainai 30 haubicų.",
        "Lig šiol Lietuva skyrė Ukrainai 3 mlrd. eurų paramos.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="lt") == []


@pytest.mark.parametrize(
    "text",
    [
        "Be jau pažadėtų 100 mln. eurų Lietuva skirs 20 mln. eurų humanitarinei pagalbai.",
        "Be anksčiau pažadėtų 100 mln. eurų Lietuva skirs 20 mln. eurų humanitarinei pagalbai.",
    ],
)
def test_the_baseline_figure_is_not_new_money(text):
    assert rows(text, lang="lt") == [("LTU", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Be to, Lietuva skirs 20 mln. eurų humanitarinei pagalbai.",
    ],
)
def test_besides_this_as_an_adverb_keeps_the_new_amount(text):
    assert rows(text, lang="lt") == [("LTU", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Lietuva sustabdė haubicų tiekimą Ukrainai.",
    ],
)
def test_a_halted_delivery_gives_nothing(text):
    assert rows(text, lang="lt") == []


# Unseen news (issue 10): what articles carry besides the new pledge.

POLISH_PLEDGE = "Lenkija perduos Ukrainai šaudmenų."
POLISH_ROW = ("POL", "ammunition", None, None, None, "committed")


@pytest.mark.parametrize(
    "aside",
    [
        "Ukrainos partneriai perdavė dešimtis tankų.",
        "Tarptautinė bendruomenė suteiks daugiau oro gynybos sistemų.",
        "Sąjungininkai suteiks daugiau oro gynybos sistemų.",
    ],
)
def test_unnamed_partners_are_no_donor(aside):
    assert lt(f"{POLISH_PLEDGE} {aside}") == [POLISH_ROW]


def test_a_company_of_a_country_named_by_its_adjective_is_no_donor():
    assert lt("Vokiečių bendrovė Rheinmetall pristatys Ukrainai 100 šarvuočių.") == []


def test_the_red_cross_in_its_case_forms_is_no_government():
    text = f"{POLISH_PLEDGE} Per Raudonąjį Kryžių gyventojai paaukojo 2 mln. eurų civiliams."
    assert lt(text) == [POLISH_ROW]


@pytest.mark.parametrize(
    "text",
    [
        "Ispanija neperduos Ukrainai tankų, paskelbė ministras.",
        "Ispanija neskirs Ukrainai 10 mln. eurų, paskelbė ministras.",
        "Ispanija nepristatė Ukrainai tankų, paskelbė ministras.",
    ],
)
def test_a_negated_verb_stays_negated_beside_an_announcement(text):
    assert lt(text) == []


def test_support_for_the_energy_sector_in_the_dative_is_humanitarian():
    assert lt("Lietuva skirs Ukrainai 2 mln. eurų energetikai atkurti.") == [("LTU", "humanitarian", None, 2e6, "EUR", "committed")]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Krašto apsaugos ministerija perduos Ukrainai 10 šarvuočių.", "LTU"),
        ("KAM perduos Ukrainai 10 šarvuočių.", "LTU"),
        ("Vokietijos gynybos ministerija perduos Ukrainai 10 šarvuočių.", "DEU"),
    ],
)
def test_a_ministry_speaks_for_its_government(text, donor):
    assert lt(text) == [(donor, "armoured_vehicles", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text", ["Lietuva jau kitą savaitę perduos Ukrainai generatorių.", "Lietuva perduos Ukrainai generatorių jau artimiausiu metu."]
)
def test_already_before_a_time_ahead_recalls_nothing(text):
    assert lt(text) == [("LTU", "equipment", None, None, None, "committed")]


def test_money_the_public_gave_is_no_government_aid():
    assert lt(f"{POLISH_PLEDGE} Gyventojai paaukojo 3 mln. eurų Ukrainos civiliams.") == [POLISH_ROW]


def test_a_completed_delivery_is_delivered():
    assert lt("Lietuva baigė perduoti Ukrainai 20 šarvuočių.") == [("LTU", "armoured_vehicles", 20, None, None, "delivered")]


def test_respectively_pairs_donors_with_amounts():
    text = "Vokietija ir Prancūzija skirs Ukrainai atitinkamai 500 mln. eurų ir 300 mln. eurų."
    assert lt(text) == [
        ("DEU", "military_unspecified", None, 5e8, "EUR", "committed"),
        ("FRA", "military_unspecified", None, 3e8, "EUR", "committed"),
    ]

"""Romanian: sentences of our own in the style of Romanian news, read with the Romanian lexicon."""

import pytest

from tests.helpers import keys, rows


def ro(text: str) -> list[tuple]:
    return rows(text, lang="ro")


# Donors: Babel's name, its forms with the article, a demonym, a capital, an acronym.


def test_babel_name_and_an_indefinite_article_counting_one():
    assert ro("România va trimite Ucrainei un sistem Patriot.") == [("ROU", "air_defence", 1, None, None, "committed")]


def test_country_name_with_the_genitive_article():
    assert ro("Guvernul Germaniei va acorda Ucrainei 50 de milioane de euro pentru ajutor umanitar.") == [
        ("DEU", "humanitarian", None, 50e6, "EUR", "committed")
    ]


def test_demonym_names_the_donor():
    assert ro("Guvernul suedez va livra Ucrainei opt tancuri.") == [("SWE", "armoured_vehicles", 8, None, None, "committed")]


def test_capital_as_metonym():
    assert ro("Berlinul va trimite Kievului încă două sisteme IRIS-T.") == [("DEU", "air_defence", 2, None, None, "committed")]


def test_acronym_and_dollars():
    text = "SUA au anunțat un nou pachet de asistență militară pentru Ucraina în valoare de 400 de milioane de dolari."
    assert ro(text) == [("USA", "military_unspecified", None, 400e6, "USD", "committed")]


def test_united_kingdom_with_de_before_the_noun():
    assert ro("Regatul Unit va livra Ucrainei încă 100 de drone.") == [("GBR", "drones", 100, None, None, "committed")]


def test_eu_commission():
    assert ro("Comisia Europeană va acorda Ucrainei 1,2 miliarde de euro asistență macrofinanciară.") == [
        ("EU", "financial", None, 1.2e9, "EUR", "committed")
    ]


# Stages.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("România va trimite Ucrainei încă 500 de drone.", "committed"),
        ("Estonia a livrat Ucrainei lansatoare de grenade antitanc.", "delivered"),
        ("Polonia a predat Ucrainei 14 tancuri.", "delivered"),
        ("Ucraina a primit din partea Suediei 12 obuziere Archer.", "delivered"),
        ("Țările de Jos analizează posibilitatea de a trimite Ucrainei avioane F-16.", "proposed"),
        ("Danemarca intenționează să livreze Ucrainei muniție de artilerie.", "proposed"),
        ("Norvegia ar putea trimite Ucrainei încă două sisteme NASAMS.", "proposed"),
        ("Guvernul Lituaniei a aprobat transferul de generatoare către Ucraina.", "committed"),
    ],
)
def test_stage_cues(text, status):
    found = ro(text)
    assert found and {r[5] for r in found} == {status}


def test_receiver_names_the_giver_after_the_source_word():
    assert keys("Ucraina a primit din partea Suediei 12 obuziere Archer.", lang="ro") == {("SWE", "artillery")}


def test_delivery_announced_for_later_is_a_commitment():
    assert ro("Dronele finlandeze vor fi livrate Ucrainei săptămâna viitoare.") == [("FIN", "drones", None, None, None, "committed")]


def test_stage_stated_in_another_clause():
    text = "Ministrul apărării a declarat că România va livra Ucrainei 200 de camioane."
    assert ro(text) == [("ROU", "equipment", 200, None, None, "committed")]


# Numbers: dots between thousands, decimal commas, number words, "de" after 20 and more, abbreviations.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("România a livrat Ucrainei 1.000 de drone.", ("ROU", "drones", 1000, None, None, "delivered")),
        ("Danemarca va trimite Ucrainei douăsprezece obuziere.", ("DNK", "artillery", 12, None, None, "committed")),
        ("Norvegia va livra Ucrainei trei sisteme NASAMS.", ("NOR", "air_defence", 3, None, None, "committed")),
        ("Finlanda va trimite Ucrainei 20.000 de proiectile de artilerie.", ("FIN", "ammunition", 20000, None, None, "committed")),
        ("Franța va acorda Ucrainei 1,5 miliarde de euro sprijin bugetar.", ("FRA", "financial", None, 1.5e9, "EUR", "committed")),
        ("Canada va acorda Ucrainei 2,5 mil. euro pentru ajutor umanitar.", ("CAN", "humanitarian", None, 2.5e6, "EUR", "committed")),
        (
            "Italia va aloca douăzeci de milioane de euro pentru reconstrucția Ucrainei.",
            ("ITA", "humanitarian", None, 20e6, "EUR", "committed"),
        ),
        (
            "România va acorda Ucrainei ajutor umanitar în valoare de 80.000 de lei.",
            ("ROU", "humanitarian", None, 80000, "RON", "committed"),
        ),
        (
            "SUA vor livra Ucrainei arme în valoare de 300 de milioane de dolari.",
            ("USA", "military_unspecified", None, 300e6, "USD", "committed"),
        ),
        (
            "Germania va aloca Ucrainei 200 de milioane de euro pentru apărare aeriană.",
            ("DEU", "air_defence", None, 200e6, "EUR", "committed"),
        ),
    ],
)
def test_counts_and_amounts(text, expected):
    assert ro(text) == [expected]


def test_calibre_is_not_a_count():
    assert ro("Cehia a livrat Ucrainei muniție de 155 mm.") == [("CZE", "ammunition", None, None, None, "delivered")]


# What is not given: needs, requests, refusals, negation, aid to another country.


@pytest.mark.parametrize(
    "text",
    [
        "Ucraina are nevoie urgentă de apărare aeriană și muniție de artilerie.",
        "Zelenski a cerut aliaților să trimită mai multe sisteme de apărare aeriană.",
        "Ungaria a refuzat să livreze arme Ucrainei.",
        "România nu va trimite tancuri Ucrainei.",
        "Germania nu a livrat Ucrainei rachete Taurus.",
        "România trimite ajutor umanitar pentru Republica Moldova.",
        "Rusia a lansat asupra Kievului 40 de drone și rachete.",
    ],
)
def test_no_commitment(text):
    assert ro(text) == []


def test_training_in_another_country_belongs_to_the_giver():
    assert keys("România va instrui militari ucraineni în Germania.", lang="ro") == {("ROU", "training")}


def test_place_named_first_is_not_the_giver():
    assert keys("În Germania va avea loc instruirea militarilor ucraineni, finanțată de România.", lang="ro") == {("ROU", "training")}


def test_package_value_with_listed_items():
    text = (
        "România va trimite Ucrainei un pachet de ajutor în valoare de 20 de milioane de euro, care include drone, muniție și generatoare."
    )
    found = ro(text)
    assert {(r[0], r[1]) for r in found} == {("ROU", "drones"), ("ROU", "ammunition"), ("ROU", "equipment")}
    assert all(r[3] is None for r in found)


def test_coordinated_donors():
    assert keys("România și Bulgaria vor trimite drone Ucrainei.", lang="ro") == {("ROU", "drones"), ("BGR", "drones")}


def test_language_is_detected():
    text = "Guvernul României a decis să trimită Ucrainei încă 20 de vehicule blindate și muniție."
    assert keys(text) == keys(text, lang="ro")


def test_not_only_is_not_a_negation():
    assert keys("România va trimite Ucrainei nu doar drone, ci și muniție.", lang="ro") == {("ROU", "drones"), ("ROU", "ammunition")}


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("România va livra Ucrainei patru lansatoare de rachete.", ("ROU", "artillery", 4, None, None, "committed")),
        ("România a predat Ucrainei opt obuziere.", ("ROU", "artillery", 8, None, None, "delivered")),
        ("România va furniza Ucrainei douăsprezece obuziere.", ("ROU", "artillery", 12, None, None, "committed")),
        ("România predă Ucrainei două seturi IRIS-T.", ("ROU", "air_defence", 2, None, None, "committed")),
        ("România a trimis Ucrainei 200 de corturi.", ("ROU", "humanitarian", 200, None, None, "delivered")),
        ("România va dona Ucrainei 20 de ambulanțe.", ("ROU", "humanitarian", 20, None, None, "committed")),
        ("România va trimite Ucrainei 15 tone de combustibil.", ("ROU", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert rows(text, lang="ro") == [expected]


# Verb forms governments use (issue 10): tenses, persons, verbal nouns, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    ["România va livra Ucrainei zece obuziere anul viitor.", "Vom trimite Ucrainei zece obuziere, a anunțat România."],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="ro") == [("ROU", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "România a aprobat hotărârea privind transferul a 10 obuziere către Ucraina.",
        "România a decis livrarea a 10 obuziere către Ucraina.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="ro") == [("ROU", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "De la începutul invaziei ruse, România a furnizat Ucrainei ajutor în valoare de 3 miliarde de euro.",
        "Până astăzi, România a livrat Ucrainei 30 de obuziere.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="ro") == []


@pytest.mark.parametrize("opening", ["Pe lângă", "În plus față de", "În afară de"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} cele 100 de milioane de euro deja promise, România va acorda 20 de milioane de euro pentru ajutor umanitar."
    assert rows(text, lang="ro") == [("ROU", "humanitarian", None, 20e6, "EUR", "committed")]


def test_besides_this_as_an_adverb_keeps_the_new_amount():
    text = "În afară de aceasta, România va acorda 20 de milioane de euro pentru ajutor umanitar."
    assert rows(text, lang="ro") == [("ROU", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    ["România a suspendat livrarea de obuziere către Ucraina.", "România a comandat 10 obuziere pentru armata română."],
)
def test_a_suspension_or_an_own_order_gives_nothing(text):
    assert rows(text, lang="ro") == []


def test_a_conditional_is_only_proposed():
    assert rows("România ar trimite 10 obuziere Ucrainei.", lang="ro") == [("ROU", "artillery", 10, None, None, "proposed")]


# Unseen news (issue 10): what a careful analyst records beside a release, an agency report or a debate summary.


@pytest.mark.parametrize(
    "text",
    [
        "Țările de Jos au donat anterior 18 tancuri Leopard 2.",
        "Canada a livrat mai devreme Ucrainei 40 de vehicule blindate.",
        "Suedia a predat în trecut Ucrainei 12 obuziere Archer.",
    ],
)
def test_an_earlier_gift_recalled_in_passing_gives_no_row(text):
    assert rows(text, lang="ro") == []


@pytest.mark.parametrize(
    "text",
    [
        "Guvernul a aprobat donarea către Ucraina a unui sistem Patriot.",
        "Guvernul a aprobat donarea unei baterii Patriot către Ucraina.",
    ],
)
def test_the_genitive_indefinite_article_counts_one_system(text):
    assert rows(text, lang="ro") == [("ROU", "air_defence", 1, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Propunerea opoziției ca România să suspende ajutorul militar pentru Ucraina a fost respinsă.",
        "Opoziția cere ca Guvernul să oprească livrările de arme către Ucraina.",
        "Ungaria încearcă să blocheze o nouă tranșă de ajutor militar pentru Ucraina.",
    ],
)
def test_a_motion_to_halt_aid_gives_nothing(text):
    assert rows(text, lang="ro") == []


@pytest.mark.parametrize(
    "text",
    [
        "Guvernul a aprobat 10 obuziere pentru Ucraina. Crucea Roșie Română a strâns de la populație 5 milioane de lei pentru Ucraina.",
        "Guvernul a aprobat 10 obuziere pentru Ucraina. O campanie de strângere de fonduri pentru Ucraina a adunat 300.000 de lei.",
    ],
)
def test_money_the_public_gives_through_a_charity_is_no_government_aid(text):
    assert rows(text, lang="ro") == [("ROU", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Partenerii occidentali au livrat Ucrainei peste 100 de miliarde de euro.",
        "Alte țări vor trimite Ucrainei sute de drone.",
        "Comunitatea internațională va acorda Ucrainei 20 de miliarde de euro.",
    ],
)
def test_unnamed_partners_are_no_donor(text):
    assert rows(text, lang="ro") == []


def test_the_eu_mechanism_that_coordinates_a_gift_gives_nothing_itself():
    text = "Cu sprijinul Mecanismului de protecție civilă al UE, România a trimis Ucrainei 30 de generatoare."
    assert rows(text, lang="ro") == [("ROU", "equipment", 30, None, None, "delivered")]


@pytest.mark.parametrize(
    "text",
    [
        "Cetățenii români au donat 2 milioane de lei pentru copiii din Ucraina.",
        "Cetățenii au strâns 2 milioane de lei pentru copiii din Ucraina.",
    ],
)
def test_what_citizens_give_is_no_government_aid(text):
    assert [r for r in rows(text, lang="ro") if r[1] != "artillery"] == []


def test_paying_for_weapons_from_a_company_commits_the_payer_not_the_companys_country():
    assert rows("Țările de Jos vor plăti Ucrainei 20 de obuziere de la compania românească Romarm.", lang="ro") == [
        ("NLD", "artillery", 20, None, None, "committed")
    ]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Guvernul va aloca încă 15 milioane de lei pentru școlile din Ucraina.", 15e6, "RON"),
        ("România va aloca Ucrainei 2 milioane de euro pentru spitalele din Harkov.", 2e6, "EUR"),
    ],
)
def test_money_for_schools_and_hospitals_is_humanitarian(text, amount, currency):
    assert rows(text, lang="ro") == [("ROU", "humanitarian", None, amount, currency, "committed")]

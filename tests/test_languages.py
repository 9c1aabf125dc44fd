"""One or more sentences of our own per language: donors, categories, counts, amounts, cues."""

import pytest

from tests.helpers import keys, rows

# English, French and German in depth.


def test_english_counts_systems_and_stages():
    assert rows("Germany will send 14 Leopard 2A6 tanks to Ukraine.") == [("DEU", "armoured_vehicles", 14, None, None, "committed")]
    assert rows("The United Kingdom has delivered 100,000 rounds of artillery ammunition to Ukraine.") == [
        ("GBR", "ammunition", 100000, None, None, "delivered")
    ]
    assert rows("Sweden is considering sending Gripen fighter jets to Ukraine.") == [("SWE", "aircraft", None, None, None, "proposed")]
    assert rows("The Netherlands will provide a new Patriot system to Ukraine.")[0][2] == 1
    assert rows("Britain will deliver a quarter-million rounds of ammunition to Ukraine.")[0][2] == 250_000


def test_english_several_donors_in_one_sentence():
    found = keys("Denmark will donate 19 F-16 jets to Ukraine, and Norway will send NASAMS air defence systems.")
    assert found == {("DNK", "aircraft"), ("NOR", "air_defence")}


def test_english_coordinated_donors_share_a_commitment():
    assert keys("Denmark and the Netherlands will donate F-16 fighter jets to Ukraine.") == {("DNK", "aircraft"), ("NLD", "aircraft")}


def test_english_category_vocabulary():
    text = (
        "The package includes AIM-9M missiles for air defense, ammunition for HIMARS, Javelin anti-tank missiles, "
        "patrol boats, spare parts and night vision equipment. The United States will provide it to Ukraine."
    )
    assert keys(text) == {("USA", "air_defence"), ("USA", "ammunition"), ("USA", "small_arms"), ("USA", "naval"), ("USA", "equipment")}


def test_french_in_depth():
    assert rows("La France livrera 12 canons Caesar supplémentaires à l’Ukraine.") == [("FRA", "artillery", 12, None, None, "committed")]
    assert rows("L’Allemagne a livré un nouveau système Patriot à l’Ukraine.") == [("DEU", "air_defence", 1, None, None, "delivered")]
    assert rows("La Belgique envisage de céder des F-16 à l’Ukraine.") == [("BEL", "aircraft", None, None, None, "proposed")]
    assert keys("Les Pays-Bas et la Norvège annoncent de nouveaux engagements envers l’Ukraine.") == {
        ("NLD", "military_unspecified"),
        ("NOR", "military_unspecified"),
    }


def test_german_in_depth():
    assert rows("Die Bundesregierung hat der Ukraine drei weitere Panzerhaubitzen 2000 geliefert.") == [
        ("DEU", "artillery", 3, None, None, "delivered")
    ]
    assert rows("Deutschland wird der Ukraine viertausend Schuss Artilleriemunition liefern.") == [
        ("DEU", "ammunition", 4000, None, None, "committed")
    ]
    assert rows("Österreich wird der Ukraine 10 Millionen Euro für humanitäre Hilfe bereitstellen.") == [
        ("AUT", "humanitarian", None, 10e6, "EUR", "committed")
    ]
    # A compound's head decides: anti-tank mines are ammunition, an air-defence package is air defence.
    assert keys("Deutschland liefert der Ukraine Panzerabwehrminen.") == {("DEU", "ammunition")}
    found = rows("Deutschland liefert der Ukraine ein Luftverteidigungspaket im Wert von einer Milliarde Euro.")
    assert found == [("DEU", "air_defence", None, 1e9, "EUR", "committed")]


# The other languages: donors, common commitment cues, category nouns and amounts.


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "España enviará a Ucrania seis carros de combate Leopard.", ("ESP", "armoured_vehicles", 6)),
        ("it", "L'Italia invierà all'Ucraina un sistema SAMP/T.", ("ITA", "air_defence", 1)),
        ("nl", "Nederland levert 18 F-16 gevechtsvliegtuigen aan Oekraïne.", ("NLD", "aircraft", 18)),
        ("da", "Danmark donerer 19 F-16-kampfly til Ukraine.", ("DNK", "aircraft", 19)),
        ("no", "Norge sender 2 NASAMS-systemer til Ukraina.", ("NOR", "air_defence", 2)),
        ("sv", "Sverige skänker 10 stridsvagnar till Ukraina.", ("SWE", "armoured_vehicles", 10)),
        ("pl", "Polska przekaże Ukrainie 14 czołgów Leopard.", ("POL", "armoured_vehicles", 14)),
        ("cs", "Česko daruje Ukrajině 20 tanků T-72.", ("CZE", "armoured_vehicles", 20)),
        ("pt", "Portugal vai enviar três tanques Leopard 2A6 para a Ucrânia.", ("PRT", "armoured_vehicles", 3)),
    ],
)
def test_donor_category_and_count(lang, text, expected):
    found = rows(text)  # the language is detected
    assert [(r[0], r[1], r[2]) for r in found] == [expected]
    assert rows(text, lang=lang) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polska przekaże Ukrainie amunicję.", ("POL", "ammunition")),
        ("Česko dodá Ukrajině dělostřeleckou munici.", ("CZE", "ammunition")),
        ("Sverige skänker luftvärn till Ukraina.", ("SWE", "air_defence")),
        ("Norge gir humanitær hjelp til Ukraina.", ("NOR", "humanitarian")),
        ("O Brasil anunciou ajuda humanitária de 2 milhões de dólares à Ucrânia.", ("BRA", "humanitarian")),
        ("Italia invierà all'Ucraina munizioni e droni.", ("ITA", "drones")),
        ("Nederland stuurt drones naar Oekraïne.", ("NLD", "drones")),
    ],
)
def test_category_nouns_and_aid(text, expected):
    assert expected in keys(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Nederland overweegt F-16 gevechtsvliegtuigen aan Oekraïne te leveren.", "proposed"),
        ("Deutschland hat der Ukraine zwei Iris-T-Systeme geliefert.", "delivered"),
        ("Deutschland wird der Ukraine zwei Iris-T-Systeme liefern.", "committed"),
        ("Les États-Unis ont livré des obusiers à l'Ukraine.", "delivered"),
        ("Les obusiers seront livrés à l'Ukraine par la France.", "committed"),
        ("España podría enviar aviones a Ucrania.", "proposed"),
    ],
)
def test_status_cues(text, status):
    found = rows(text)
    assert found and {r[5] for r in found} == {status}


def test_adjective_after_the_noun_and_inflected_country_names():
    assert rows("Kanada przekaże Ukrainie 50 pojazdów opancerzonych.") == [("CAN", "armoured_vehicles", 50, None, None, "committed")]
    found = rows("Das Vereinigte Königreich hat der Ukraine 14 Kampfpanzer vom Typ Challenger 2 zugesagt.")
    assert found == [("GBR", "armoured_vehicles", 14, None, None, "committed")]


def test_equipment_named_for_a_weapon_category_takes_it():
    assert keys("Lithuania will send anti-drone equipment to Ukraine.") == {("LTU", "air_defence")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sverige har levererat 50 stridsfordon 90 till Ukraina.", ("SWE", "armoured_vehicles", 50, "delivered")),
        ("Norge har levert 6 F-16 til Ukraina.", ("NOR", "aircraft", 6, "delivered")),
        ("Portugal entregou à Ucrânia três tanques Leopard 2A6.", ("PRT", "armoured_vehicles", 3, "delivered")),
        ("L'Italia ha consegnato all'Ucraina un sistema SAMP/T.", ("ITA", "air_defence", 1, "delivered")),
        ("España ha entregado a Ucrania diez carros Leopard 2A4.", ("ESP", "armoured_vehicles", 10, "delivered")),
        ("Nederland heeft 18 F-16's aan Oekraïne geleverd.", ("NLD", "aircraft", 18, "delivered")),
    ],
)
def test_deliveries_in_every_language(text, expected):
    assert [(r[0], r[1], r[2], r[5]) for r in rows(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraina behöver fler luftvärnssystem, sade Zelenskyj.",
        "Ukraina trenger mer ammunisjon og flere kampfly, ifølge presidenten.",
        "Ukraina potrzebuje pilnie amunicji artyleryjskiej.",
        "A Ucrânia precisa urgentemente de mais defesa aérea.",
        "L'Ucraina chiede più sistemi di difesa aerea agli alleati.",
        "Ucrania necesita más munición de artillería.",
        "Oekraïne heeft dringend meer luchtverdediging nodig.",
        "Ukrajina potřebuje další protivzdušnou obranu.",
        "Rusko tvrdí, že zničilo 10 tanků Leopard.",
        "Ryssland uppger att man förstört tre HIMARS-system.",
    ],
)
def test_needs_and_losses_in_every_language(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Spain expects to deliver 6 Leopard tanks to Ukraine next month.",
        "Britain plans to send Challenger 2 tanks to Ukraine.",
        "Deutschland plant die Lieferung von Taurus an die Ukraine.",
        "La France prévoit de livrer des Mirage à l'Ukraine.",
        "Polska planuje przekazać Ukrainie czołgi.",
    ],
)
def test_plans_and_expectations_are_proposed(text):
    found = rows(text)
    assert found and {r[5] for r in found} == {"proposed"}

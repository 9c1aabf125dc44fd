"""Dutch: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("Oekraïne heeft van Japan 30 miljoen dollar aan humanitaire hulp ontvangen.") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("Oekraïne krijgt van Noorwegen nog twee NASAMS-systemen.") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Zwitserland weigert de wederuitvoer van munitie voor de Gepard naar Oekraïne.",
        "Hongarije blokkeert al maanden een nieuwe tranche uit de Europese Vredesfaciliteit.",
        "Duitsland wijst de levering van Taurus-kruisraketten aan Oekraïne af.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv vraagt Nederland om extra Patriot-lanceerinrichtingen.",
        "Zelensky roept de bondgenoten op meer luchtverdediging te sturen.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text) == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("Nederland verkoopt 18 pantserhouwitsers aan Roemenië.") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("Nederland stationeert een Patriot-systeem in Polen om het vliegveld van Rzeszów te beschermen.") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("Nederland trekt 5 miljoen euro uit voor de opvang van Oekraïense vluchtelingen in Moldavië.") == []


def test_a_conversion_is_not_a_second_amount():
    text = "Zweden levert Oekraïne militaire steun ter waarde van 6,5 miljard kronen, omgerekend zo'n 570 miljoen euro."
    assert rows(text) == [("SWE", "military_unspecified", None, 6.5e9, "SEK", "committed")]


def test_abbreviated_scale_before_the_currency():
    assert rows("Nederland trekt 2,5 mld. euro uit voor militaire steun aan Oekraïne.") == [
        ("NLD", "military_unspecified", None, 2.5e9, "EUR", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "Noorwegen kondigt een nieuw pakket van 300 miljoen euro aan, dat artilleriemunitie en drones omvat."
    assert rows(text) == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    assert rows("De twaalf houwitsers die Frankrijk in januari had toegezegd, zijn inmiddels in Oekraïne aangekomen.") == [
        ("FRA", "artillery", 12, None, None, "delivered")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("België heeft tien vrachtwagens aan Oekraïne geleverd.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Denemarken stuurde 20 Leopard 1-tanks naar Oekraïne.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("De granaten werden door België aan Oekraïne geleverd.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text) == [expected]


def test_a_disbursed_tranche_is_delivered_financial_aid():
    assert rows("De Europese Commissie heeft Oekraïne een tranche van 1,5 miljard euro aan begrotingssteun uitbetaald.") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Nederland draagt 5 miljoen euro bij aan de energievoorziening van Oekraïne.") == [
        ("NLD", "humanitarian", None, 5e6, "EUR", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("Nederland betaalt het onderhoud en de reserveonderdelen van de Oekraïense pantserhouwitsers.") == [
        ("NLD", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("Nederland levert interceptordrones aan Oekraïne.") == {("NLD", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("Polen heeft diesel, rantsoenen en uniformen aan het Oekraïense leger geleverd.") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("Nederland financiert samen met Denemarken drones voor Oekraïne.") == {("NLD", "drones"), ("DNK", "drones")}


def test_an_offer_is_proposed():
    assert rows("Italië biedt Oekraïne een tweede SAMP/T-systeem aan.") == [("ITA", "air_defence", 1, None, None, "proposed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("Nederland gaat Oekraïense militairen in Polen trainen.") == [("NLD", "training", None, None, None, "committed")]


def test_past_stuurde_is_a_delivery():
    assert rows("Nederland stuurde drie pantservoertuigen naar Oekraïne.", lang="nl") == [
        ("NLD", "armoured_vehicles", 3, None, None, "delivered")
    ]


def test_future_zal_leveren_singular_patrouilleschip():
    assert rows("Nederland zal een patrouilleschip aan Oekraïne leveren.", lang="nl") == [("NLD", "naval", 1, None, None, "committed")]


def test_tents_and_generators():
    assert rows("Nederland schenkt Oekraïne 200 tenten en 50 aggregaten.", lang="nl") == [
        ("NLD", "equipment", 50, None, None, "committed"),
        ("NLD", "humanitarian", 200, None, None, "committed"),
    ]


def test_measure_ton_counts_nothing():
    assert rows("Nederland stuurt 30 ton medicijnen naar Oekraïne.", lang="nl") == [("NLD", "humanitarian", None, None, None, "committed")]


def test_verstrekt_a_singular_system():
    assert rows("Nederland verstrekt Oekraïne een Patriot-systeem.", lang="nl") == [("NLD", "air_defence", 1, None, None, "committed")]


def test_twaalf_houwitsers_as_a_word():
    assert rows("Nederland levert twaalf houwitsers aan Oekraïne.", lang="nl") == [("NLD", "artillery", 12, None, None, "committed")]

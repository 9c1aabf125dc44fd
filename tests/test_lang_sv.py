"""Swedish: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("Ukraina har tagit emot 30 miljoner dollar i humanitärt bistånd från Japan.", lang="sv") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("Ukraina får ytterligare två NASAMS-system från Norge.", lang="sv") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Schweiz vägrar låta Tyskland skicka ammunition till Gepard vidare till Ukraina.",
        "Ungern blockerar fortfarande en ny utbetalning från Europeiska fredsfaciliteten.",
        "Tyskland nekar att skicka Taurus-robotar till Ukraina.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text, lang="sv") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kiev ber Sverige om fler Gripenplan.",
        "Zelenskyj uppmanar de allierade att skicka mer luftvärn.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text, lang="sv") == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("Sverige säljer 14 Gripenplan till Thailand.", lang="sv") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("Sverige stationerar en luftvärnsenhet i Lettland inom ramen för Nato.", lang="sv") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("Regeringen avsätter 50 miljoner kronor till ukrainska flyktingar i Moldavien.", lang="sv") == []


def test_a_conversion_is_not_a_second_amount():
    text = "Sverige skänker militärt stöd till Ukraina för 6,5 miljarder kronor, motsvarande cirka 570 miljoner euro."
    assert rows(text, lang="sv") == [("SWE", "military_unspecified", None, 6.5e9, "SEK", "committed")]


def test_a_package_value_covers_the_items_it_lists():
    text = "Norge presenterar ett nytt paket på 300 miljoner euro, som omfattar artilleriammunition och drönare."
    assert rows(text, lang="sv") == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    text = "De tio stridsvagnar som Sverige utlovade i januari, har nu kommit fram till Ukraina."
    assert rows(text, lang="sv") == [("SWE", "armoured_vehicles", 10, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgien har levererat tio lastbilar till Ukraina.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Danmark skickade 20 stridsvagnar av typen Leopard 1 till Ukraina.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("Granaterna levererades till Ukraina av Belgien.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text, lang="sv") == [expected]


def test_a_disbursed_grant_is_delivered_financial_aid():
    assert rows("EU-kommissionen har betalat ut 1,5 miljarder euro i budgetstöd till Ukraina.", lang="sv") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Sverige bidrar med 100 miljoner kronor till Ukrainas energiförsörjning.", lang="sv") == [
        ("SWE", "humanitarian", None, 100e6, "SEK", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("Sverige finansierar underhåll och reservdelar till de ukrainska stridsfordonen.", lang="sv") == [
        ("SWE", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("Sverige skänker luftvärnsrobotar till Ukraina.", lang="sv") == {("SWE", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("Polen har skickat diesel, fältransoner och uniformer till den ukrainska armén.", lang="sv") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("Sverige finansierar tillsammans med Danmark drönare till Ukraina.", lang="sv") == {("SWE", "drones"), ("DNK", "drones")}


def test_an_offer_is_proposed():
    assert rows("Sverige erbjuder Ukraina ett nytt luftvärnssystem.", lang="sv") == [("SWE", "air_defence", 1, None, None, "proposed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("Sverige ska utbilda ukrainska soldater i Storbritannien.", lang="sv") == [
        ("SWE", "training", None, None, None, "committed")
    ]


def test_tvahundra_multiplies():
    assert rows("Sverige skickar tvåhundra granater till Ukraina.", lang="sv") == [("SWE", "ammunition", 200, None, None, "committed")]


def test_past_skickade_is_a_delivery():
    assert rows("Sverige skickade tre stridsfordon till Ukraina.", lang="sv") == [("SWE", "armoured_vehicles", 3, None, None, "delivered")]


def test_future_kommer_att_leverera_singular_patrullbat():
    assert rows("Sverige kommer att leverera en patrullbåt till Ukraina.", lang="sv") == [("SWE", "naval", 1, None, None, "committed")]


def test_tents_and_generators():
    assert rows("Sverige skänker 300 tält och 40 elverk till Ukraina.", lang="sv") == [
        ("SWE", "equipment", 40, None, None, "committed"),
        ("SWE", "humanitarian", 300, None, None, "committed"),
    ]


def test_measure_ton_counts_nothing():
    assert rows("Sverige skickar 20 ton läkemedel till Ukraina.", lang="sv") == [("SWE", "humanitarian", None, None, None, "committed")]


def test_overlamnar_a_singular_system():
    assert rows("Sverige överlämnar ett luftvärnssystem till Ukraina.", lang="sv") == [("SWE", "air_defence", 1, None, None, "committed")]


def test_anti_tank_weapons_are_small_arms():
    assert rows("Sverige skickar ytterligare 5 000 pansarskott till Ukraina.", lang="sv") == [
        ("SWE", "small_arms", 5000, None, None, "committed")
    ]

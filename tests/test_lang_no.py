"""Norwegian (bokmål): sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("Ukraina har mottatt 30 millioner dollar i humanitær hjelp fra Japan.", lang="no") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("Ukraina får ytterligere to NASAMS-systemer fra Tyskland.", lang="no") == [
        ("DEU", "air_defence", 2, None, None, "committed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sveits avviser å la Tyskland sende ammunisjon til Gepard videre til Ukraina.",
        "Ungarn blokkerer fortsatt en ny utbetaling fra Den europeiske fredsfasiliteten.",
        "Tyskland nekter å sende Taurus-missiler til Ukraina.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text, lang="no") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv ber Norge om flere NASAMS-systemer.",
        "Zelenskyj oppfordrer de allierte til å sende mer luftvern.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text, lang="no") == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("Norge selger 32 F-16-fly til Romania.", lang="no") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("Norge utplasserer et NASAMS-batteri i Polen for å beskytte flyplassen i Rzeszów.", lang="no") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("Regjeringen bevilger 50 millioner kroner til ukrainske flyktninger i Moldova.", lang="no") == []


def test_a_conversion_is_not_a_second_amount():
    text = "Norge gir Ukraina militær støtte for 5 milliarder kroner, tilsvarende rundt 430 millioner euro."
    assert rows(text, lang="no") == [("NOR", "military_unspecified", None, 5e9, "NOK", "committed")]


def test_abbreviated_scale_before_the_currency():
    assert rows("Norge bevilger 500 mill. kroner til humanitær hjelp i Ukraina.", lang="no") == [
        ("NOR", "humanitarian", None, 500e6, "NOK", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "Sverige kunngjør en ny pakke på 300 millioner euro, som omfatter artilleriammunisjon og droner."
    assert rows(text, lang="no") == [
        ("SWE", "ammunition", None, None, None, "committed"),
        ("SWE", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    text = "De seks F-16-flyene som Norge lovet i fjor, har nå kommet frem til Ukraina."
    assert rows(text, lang="no") == [("NOR", "aircraft", 6, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgia har levert ti lastebiler til Ukraina.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Danmark sendte 20 Leopard 1-stridsvogner til Ukraina.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("Granatene ble levert til Ukraina av Belgia.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text, lang="no") == [expected]


def test_a_disbursed_grant_is_delivered_financial_aid():
    assert rows("Norge har utbetalt 1 milliard kroner i budsjettstøtte til Ukraina.", lang="no") == [
        ("NOR", "financial", None, 1e9, "NOK", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Norge gir 100 millioner kroner til Ukrainas energiforsyning.", lang="no") == [
        ("NOR", "humanitarian", None, 100e6, "NOK", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("Norge finansierer vedlikehold og reservedeler til de ukrainske NASAMS-systemene.", lang="no") == [
        ("NOR", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("Norge donerer avskjæringsdroner til Ukraina.", lang="no") == {("NOR", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("Polen har sendt diesel, feltrasjoner og uniformer til den ukrainske hæren.", lang="no") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("Norge finansierer sammen med Danmark droner til Ukraina.", lang="no") == {("NOR", "drones"), ("DNK", "drones")}


def test_an_offer_is_proposed():
    assert rows("Sverige tilbyr Ukraina et nytt luftvernsystem.", lang="no") == [("SWE", "air_defence", 1, None, None, "proposed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("Norge skal trene ukrainske soldater i Storbritannia.", lang="no") == [("NOR", "training", None, None, None, "committed")]


def test_hundre_multiplies():
    assert rows("Norge sender tohundre granater til Ukraina.", lang="no") == [("NOR", "ammunition", 200, None, None, "committed")]


def test_past_leverte_is_a_delivery():
    assert rows("Norge leverte tre stridsvogner til Ukraina.", lang="no") == [("NOR", "armoured_vehicles", 3, None, None, "delivered")]


def test_singular_patruljebat_in_the_future():
    assert rows("Norge vil levere en patruljebåt til Ukraina.", lang="no") == [("NOR", "naval", 1, None, None, "committed")]


def test_tents_are_humanitarian():
    assert rows("Norge donerer 300 telt og 40 aggregater til Ukraina.", lang="no") == [
        ("NOR", "equipment", 40, None, None, "committed"),
        ("NOR", "humanitarian", 300, None, None, "committed"),
    ]


def test_measure_tonn_counts_nothing():
    assert rows("Norge sender 20 tonn medisiner til Ukraina.", lang="no") == [("NOR", "humanitarian", None, None, None, "committed")]

"""Danish: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("Ukraine har modtaget 30 millioner dollar i humanitær hjælp fra Japan.", lang="da") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("Ukraine får yderligere to NASAMS-systemer fra Norge.", lang="da") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Schweiz afviser at lade Tyskland sende ammunition til Gepard-kampvognene videre til Ukraine.",
        "Ungarn blokerer fortsat en ny tranche fra Den Europæiske Fredsfacilitet.",
        "Tyskland nægter at sende Taurus-missiler til Ukraine.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text, lang="da") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv beder Danmark om flere F-16-fly.",
        "Zelenskyj opfordrer de allierede til at sende mere luftforsvar.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text, lang="da") == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("Danmark sælger 19 Caesar-kanoner til Litauen.", lang="da") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("Danmark udsender en luftværnsenhed til Polen for at beskytte lufthavnen i Rzeszów.", lang="da") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("Regeringen afsætter 50 millioner kroner til ukrainske flygtninge i Moldova.", lang="da") == []


def test_a_conversion_is_not_a_second_amount():
    text = "Danmark donerer militær støtte for 1,7 mia. kr. til Ukraine, svarende til omkring 228 mio. euro."
    assert rows(text, lang="da") == [("DNK", "military_unspecified", None, 1.7e9, "DKK", "committed")]


def test_a_package_value_covers_the_items_it_lists():
    text = "Norge annoncerer en ny pakke til 300 millioner euro, som omfatter artilleriammunition og droner."
    assert rows(text, lang="da") == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    text = "De 19 F-16-fly, som Danmark lovede i august, er nu ankommet til Ukraine."
    assert rows(text, lang="da") == [("DNK", "aircraft", 19, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgien har leveret ti lastbiler til Ukraine.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Danmark sendte 20 Leopard 1-kampvogne til Ukraine.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("Granaterne blev leveret til Ukraine af Belgien.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text, lang="da") == [expected]


def test_a_disbursed_tranche_is_delivered_financial_aid():
    assert rows("EU-Kommissionen har udbetalt 1,5 mia. euro i budgetstøtte til Ukraine.", lang="da") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Danmark giver 100 mio. kr. til Ukraines energiforsyning.", lang="da") == [
        ("DNK", "humanitarian", None, 100e6, "DKK", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("Danmark finansierer vedligeholdelse og reservedele til de ukrainske Caesar-kanoner.", lang="da") == [
        ("DNK", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("Danmark donerer interceptordroner til Ukraine.", lang="da") == {("DNK", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("Polen har sendt diesel, feltrationer og uniformer til den ukrainske hær.", lang="da") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("Danmark finansierer sammen med Sverige droner til Ukraine.", lang="da") == {("DNK", "drones"), ("SWE", "drones")}


def test_an_offer_is_proposed():
    assert rows("Sverige tilbyder Ukraine et nyt luftforsvarssystem.", lang="da") == [("SWE", "air_defence", 1, None, None, "proposed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("Danmark vil træne ukrainske piloter i Rumænien.", lang="da") == [("DNK", "training", None, None, None, "committed")]


def test_hundrede_multiplies():
    assert rows("Danmark sender tohundrede granater til Ukraine.", lang="da") == [("DNK", "ammunition", 200, None, None, "committed")]


def test_past_sendte_is_a_delivery():
    assert rows("Danmark sendte tre kampvogne til Ukraine.", lang="da") == [("DNK", "armoured_vehicles", 3, None, None, "delivered")]


def test_singular_kampvogn_in_the_future():
    assert rows("Danmark vil levere en kampvogn til Ukraine.", lang="da") == [("DNK", "armoured_vehicles", 1, None, None, "committed")]


def test_tents_are_humanitarian():
    assert rows("Danmark donerer 300 telte og 40 generatorer til Ukraine.", lang="da") == [
        ("DNK", "equipment", 40, None, None, "committed"),
        ("DNK", "humanitarian", 300, None, None, "committed"),
    ]


def test_measure_ton_counts_nothing():
    assert rows("Danmark sender 20 ton medicin til Ukraine.", lang="da") == [("DNK", "humanitarian", None, None, None, "committed")]

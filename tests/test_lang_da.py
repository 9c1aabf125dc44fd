"""Danish: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows
from tracker import parse_text


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


# Vocabulary completed for issue 10: all forms of the verbs (-s passive, past, participles), donors in their Danish
# forms, number formats and scales, stages.


def package_totals(text: str) -> set[tuple]:
    """The package value each row carries: one package keeps one total, whatever its items."""
    frame = parse_text(text, lang="da")
    return {(row.package_amount, row.package_currency) for row in frame.itertuples()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amerikanerne sender to Patriot-systemer til Ukraine.", ("USA", "air_defence", 2, None, None, "committed")),
        (
            "Den svenske regering bevilger 40 mio. euro til humanitær hjælp i Ukraine.",
            ("SWE", "humanitarian", None, 40e6, "EUR", "committed"),
        ),
        ("Regeringen overvejer at sende flere F-16 til Ukraine.", ("DNK", "aircraft", None, None, None, "proposed")),
        ("Danmark donerer 19 F-16-fly til Ukraine.", ("DNK", "aircraft", 19, None, None, "committed")),
    ],
)
def test_donors_in_their_danish_forms(text, expected):
    assert rows(text, lang="da") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danmark har leveret 19 kampvogne til Ukraine.", ("DNK", "armoured_vehicles", 19, None, None, "delivered")),
        ("Kampvognene blev leveret af Tyskland til Ukraine.", ("DEU", "armoured_vehicles", None, None, None, "delivered")),
        ("Kampvognene leveres af Danmark til Ukraine i foråret.", ("DNK", "armoured_vehicles", None, None, None, "committed")),
        ("Ukraine har modtaget 15 haubitser fra Danmark.", ("DNK", "artillery", 15, None, None, "delivered")),
    ],
)
def test_giving_in_its_tenses_and_the_passive(text, expected):
    assert rows(text, lang="da") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danmark giver 1,5 mia. kr. til luftforsvar til Ukraine.", ("DNK", "air_defence", None, 1.5e9, "DKK", "committed")),
        ("Danmark giver 2.500 mio. kr. til ammunition til Ukraine.", ("DNK", "ammunition", None, 2.5e9, "DKK", "committed")),
        ("Danmark afsætter 1,2 milliarder kroner til droner til Ukraine.", ("DNK", "drones", None, 1.2e9, "DKK", "committed")),
        ("Danmark sender femogtyve kampvogne til Ukraine.", ("DNK", "armoured_vehicles", 25, None, None, "committed")),
        ("Danmark sender tre tusind droner til Ukraine.", ("DNK", "drones", 3000, None, None, "committed")),
        ("Danmark sender 120.000 granater til Ukraine.", ("DNK", "ammunition", 120000, None, None, "committed")),
    ],
)
def test_amounts_in_danish_number_formats_and_words(text, expected):
    assert rows(text, lang="da") == [expected]


@pytest.mark.xfail(
    strict=True, reason="a scale word alone ('tusind droner', a thousand drones) counts nothing: a number must stand before it"
)
def test_a_bare_thousand_counts():
    assert rows("Danmark sender tusind droner til Ukraine.", lang="da") == [("DNK", "drones", 1000, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskyj opfordrede Danmark til at sende flere kampfly.",
        "Ukraine beder om flere luftforsvarssystemer.",
        "Danmark afviser at sende kampfly til Ukraine.",
        "Danmark køber 24 nye kampvogne til det danske forsvar.",
        "Danmark sælger haubitser til Brasilien.",
        "Danmark udsender soldater til Letland.",
        "Danmark giver 10 millioner kroner til Moldova.",
    ],
)
def test_requests_refusals_own_purchases_and_other_recipients_give_nothing(text):
    assert rows(text, lang="da") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danske instruktører træner ukrainske piloter i Rumænien.", ("DNK", "training", None, None, None, "committed")),
        ("Norske instruktører uddanner ukrainske soldater i Danmark.", ("NOR", "training", None, None, None, "committed")),
    ],
)
def test_the_place_of_training_is_not_the_giver(text, expected):
    assert rows(text, lang="da") == [expected]


def test_a_package_keeps_its_total_once_and_items_only_their_own_amounts():
    text = (
        "Regeringen præsenterer en ny donationspakke til Ukraine på 8,5 mia. kr., som blandt andet indeholder artilleri, "
        "ammunition og 1 mia. kr. til luftforsvar."
    )
    assert rows(text, lang="da") == [
        ("DNK", "air_defence", None, 1e9, "DKK", "committed"),
        ("DNK", "ammunition", None, None, None, "committed"),
        ("DNK", "artillery", None, None, None, "committed"),
    ]
    assert package_totals(text) == {(8.5e9, "DKK")}


def test_a_plan_is_proposed():
    assert rows("Danmark planlægger at donere flere kampvogne til Ukraine.", lang="da") == [
        ("DNK", "armoured_vehicles", None, None, None, "proposed")
    ]


@pytest.mark.parametrize(
    "text",
    ["Sidste år sendte Danmark 40 kampvogne til Ukraine.", "Danmark har hidtil givet Ukraine støtte for 60 milliarder kroner."],
)
def test_recalled_deliveries_and_running_totals_are_not_new(text):
    assert rows(text, lang="da") == []


def test_only_the_new_commitment_counts_beside_an_earlier_delivery():
    text = "Sidste år sendte Danmark 40 kampvogne; nu giver Danmark 500 mio. kr. til droner til Ukraine."
    assert rows(text, lang="da") == [("DNK", "drones", None, 500e6, "DKK", "committed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danmark sender ikke kun ammunition, men også droner til Ukraine.", {("DNK", "ammunition"), ("DNK", "drones")}),
        ("Danmark sender ikke-dødeligt udstyr til Ukraine.", {("DNK", "equipment")}),
    ],
)
def test_not_only_and_non_lethal_negate_nothing(text, expected):
    assert keys(text, lang="da") == expected


@pytest.mark.parametrize(
    ("noun", "category"),
    [
        ("luftværnskanoner", "air_defence"),
        ("kampflyene", "aircraft"),
        ("artillerigranater", "ammunition"),
        ("pansrede mandskabsvogne", "armoured_vehicles"),
        ("raketkastere", "artillery"),
        ("havdroner", "drones"),
        ("feltlazaret", "equipment"),
        ("patruljebåde", "naval"),
        ("kystmissiler", "naval"),
        ("skydevåben", "small_arms"),
        ("krydsermissiler", "long_range_strike"),
    ],
)
def test_category_nouns_and_their_compounds(noun, category):
    assert {c for _, c in keys(f"Danmark sender {noun} til Ukraine.", lang="da")} == {category}


# Verb forms governments use (issue 10): running totals, baselines, halts.


def test_a_future_pledge_is_committed():
    assert rows("Danmark vil sende ti haubitser til Ukraine inden årets udgang.", lang="da") == [
        ("DNK", "artillery", 10, None, None, "committed")
    ]


def test_a_decision_on_the_transfer_is_a_commitment():
    assert rows("Regeringen har truffet beslutning om levering af 10 haubitser til Ukraine.", lang="da") == [
        ("DNK", "artillery", 10, None, None, "committed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Siden fuldskalainvasionen har Danmark givet Ukraine støtte for 3 milliarder euro.",
        "Til dato har Danmark leveret 30 haubitser til Ukraine.",
        "Siden krigens udbrud har Danmark givet Ukraine støtte for 3 milliarder euro.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="da") == []


@pytest.mark.parametrize("opening", ["Udover", "Ud over", "Foruden"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} de 100 millioner euro, der allerede er lovet, giver Danmark 20 millioner euro i humanitær bistand."
    assert rows(text, lang="da") == [("DNK", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize("opening", ["Udover dette", "Foruden dette"])
def test_besides_this_as_an_adverb_keeps_the_new_amount(opening):
    text = f"{opening} giver Danmark 20 millioner euro i humanitær bistand."
    assert rows(text, lang="da") == [("DNK", "humanitarian", None, 20e6, "EUR", "committed")]


def test_a_halted_delivery_gives_nothing():
    assert rows("Danmark stopper leverancerne af haubitser til Ukraine.", lang="da") == []


@pytest.mark.parametrize(
    "text",
    [
        "Enhedslisten spurgte, om regeringen vil overveje at sende flere F-16-fly.",
        "Oppositionen spurgte, om Danmark vil give Ukraine flere kampvogne.",
    ],
)
def test_a_question_gives_nothing(text):
    assert rows(text, lang="da") == []


def test_a_reminder_of_earlier_aid_is_not_news():
    assert rows("Ministeren mindede om, at Danmark allerede har leveret 19 F-16-fly til Ukraine.", lang="da") == []


@pytest.mark.parametrize(
    "text",
    [
        "Danmark har tidligere doneret 19 Leopard 1-kampvogne til Ukraine.",
        "Tyskland har tidligere leveret tre Patriot-systemer til Ukraine.",
    ],
)
def test_tidligere_dates_a_delivery_to_the_past(text):
    assert rows(text, lang="da") == []


def test_the_former_minister_is_no_earlier_time():
    assert rows("Den tidligere statsminister meddelte, at Danmark sender 20 kampvogne til Ukraine.", lang="da") == [
        ("DNK", "armoured_vehicles", 20, None, None, "committed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sverige leverer to overvågningsfly til Ukraine.", ("SWE", "aircraft", 2, None, None, "committed")),
        (
            "Danmark støtter Ukraine med 100 mio. kr. til energisikkerhed.",
            ("DNK", "humanitarian", None, 100e6, "DKK", "committed"),
        ),
    ],
)
def test_category_nouns_of_surveillance_and_energy(text, expected):
    assert rows(text, lang="da") == [expected]


def test_the_government_in_lower_case_is_the_danish_donor():
    assert rows("I dag besluttede regeringen at give Ukraine 500 mio. kr. til droner.", lang="da") == [
        ("DNK", "drones", None, 500e6, "DKK", "committed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Det danske folk har doneret 85 millioner kroner til Ukraine.",
        "Dansk Flygtningehjælp giver 85 millioner kroner til Ukraine.",
        "Dansk Røde Kors sender 20 generatorer til Ukraine.",
    ],
)
def test_the_public_and_national_charities_are_no_government(text):
    """What a country's people or its charities give is no government's aid."""
    assert rows(text, lang="da") == []


@pytest.mark.parametrize(
    "text",
    [
        "EU-Kommissionen udbetalte 4,2 milliarder euro til Ukraine under Ukraine-faciliteten.",
        "EU betalte i går 4,2 milliarder euro ud til Ukraine under Ukraine-faciliteten.",
    ],
)
def test_money_paid_out_under_the_ukraine_facility_is_delivered_financial_aid(text):
    assert rows(text, lang="da") == [("EU", "financial", None, 4.2e9, "EUR", "delivered")]


@pytest.mark.parametrize(
    "text",
    [
        "Danmark yder også 25 mio. kr. i nødhjælp til Gaza.",
        "Danmark yder 25 mio. kr. i nødhjælp til Palæstina.",
    ],
)
def test_aid_to_gaza_is_not_aid_to_ukraine(text):
    assert rows(text, lang="da") == []


def test_tilsammen_is_a_running_total():
    assert rows("Tyskland og Frankrig har tilsammen leveret over 100 haubitser.", lang="da") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danmark donerer 2 stk. Patriot-systemer til Ukraine.", ("DNK", "air_defence", 2, None, None, "committed")),
        ("Danmark giver Ukraine en og en halv milliard kroner.", ("DNK", "military_unspecified", None, 1.5e9, "DKK", "committed")),
    ],
)
def test_pieces_and_one_and_a_half(text, expected):
    """'stk.' (pieces) does not end the sentence; 'en og en halv' is 1.5."""
    assert rows(text, lang="da") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Danmark sender 40 generatorer til Ukraine gennem EU's civilbeskyttelsesmekanisme.",
        "Danmark sender 40 generatorer til Ukraine med støtte fra EU.",
    ],
)
def test_the_eu_mechanism_that_coordinates_is_no_giver(text):
    """What a country sends with the support of, or through, the EU's civil protection mechanism is its own aid."""
    assert rows(text, lang="da") == [("DNK", "equipment", 40, None, None, "committed")]


def test_the_definite_kronerne_is_a_currency_so_the_baseline_is_only_the_earlier_figure():
    text = "Ud over de 10 milliarder kronerne, der allerede er givet, bevilger Danmark 5 mia. kr. til Ukraine."
    assert rows(text, lang="da") == [("DNK", "military_unspecified", None, 5e9, "DKK", "committed")]


@pytest.mark.parametrize(
    "text",
    ["Danmark har indtil videre givet Ukraine 70 mia. kr.", "Indtil videre har Danmark leveret 15 F-16-fly til Ukraine."],
)
def test_indtil_videre_is_a_running_total(text):
    assert rows(text, lang="da") == []

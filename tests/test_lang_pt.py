"""Portuguese: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("A Ucrânia recebeu do Japão 30 milhões de dólares em ajuda humanitária.") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("A Ucrânia receberá da Noruega dois sistemas NASAMS adicionais.") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "A Suíça recusa reexportar para a Ucrânia munições para os Gepard.",
        "O Governo húngaro bloqueou uma nova tranche do Mecanismo Europeu de Apoio à Paz.",
        "A Alemanha rejeitou o envio de mísseis Taurus para a Ucrânia.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kiev pediu a Portugal mais tanques Leopard 2.",
        "Zelensky apelou aos aliados para enviarem mais sistemas de defesa aérea.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text) == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("Portugal vendeu 12 caças F-16 à Roménia.") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("Portugal vai posicionar um sistema de defesa aérea na Roménia, no âmbito da NATO.") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("Portugal atribui 5 milhões de euros ao acolhimento de refugiados ucranianos na Moldávia.") == []


def test_a_conversion_is_not_a_second_amount():
    text = "A Suécia vai fornecer à Ucrânia ajuda militar de 6,5 mil milhões de coroas, ou seja, cerca de 570 milhões de euros."
    assert rows(text) == [("SWE", "military_unspecified", None, 6.5e9, "SEK", "committed")]


def test_joiner_between_amount_and_currency():
    assert rows("A Itália vai conceder 20 milhões de euros de ajuda humanitária à Ucrânia.") == [
        ("ITA", "humanitarian", None, 20e6, "EUR", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "A Noruega anunciou um novo pacote de 300 milhões de euros que inclui munições de artilharia e drones."
    assert rows(text) == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    assert rows("Os doze obuses que a França tinha prometido em janeiro, segundo o ministério, já chegaram à Ucrânia.") == [
        ("FRA", "artillery", 12, None, None, "delivered")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Bélgica forneceu dez camiões militares à Ucrânia.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("A Dinamarca enviou 20 tanques Leopard 1 para a Ucrânia.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("As munições foram entregues à Ucrânia pela Bélgica.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text) == [expected]


def test_a_disbursed_tranche_is_delivered_financial_aid():
    assert rows("A Comissão Europeia desembolsou uma nova tranche de 1,5 mil milhões de euros de apoio orçamental à Ucrânia.") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Portugal vai doar 5 milhões de euros para o setor energético da Ucrânia.") == [
        ("PRT", "humanitarian", None, 5e6, "EUR", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("Portugal vai financiar a manutenção e as peças sobressalentes dos obuses ucranianos.") == [
        ("PRT", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("A França vai enviar drones intercetores para a Ucrânia.") == {("FRA", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("A Polónia enviou gasóleo, rações de combate e uniformes para o exército ucraniano.") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("Portugal, juntamente com a Espanha, vai financiar drones para a Ucrânia.") == {("PRT", "drones"), ("ESP", "drones")}


def test_an_offer_is_proposed():
    assert rows("A Itália oferece à Ucrânia um novo sistema SAMP/T.") == [("ITA", "air_defence", 1, None, None, "proposed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("Portugal vai treinar militares ucranianos na Polónia.") == [("PRT", "training", None, None, None, "committed")]


def test_duzentos_counts_in_the_future():
    assert rows("Portugal enviará à Ucrânia duzentos projéteis de artilharia.", lang="pt") == [
        ("PRT", "ammunition", 200, None, None, "committed")
    ]


def test_past_entregou_is_a_delivery():
    assert rows("Portugal entregou à Ucrânia um carro de combate Leopard.", lang="pt") == [
        ("PRT", "armoured_vehicles", 1, None, None, "delivered")
    ]


def test_passive_foram_entregues_is_a_delivery():
    assert rows("Seis veículos blindados foram entregues à Ucrânia por Portugal.", lang="pt") == [
        ("PRT", "armoured_vehicles", 6, None, None, "delivered")
    ]


def test_tents_are_humanitarian():
    assert rows("Portugal doou à Ucrânia trezentas tendas e dez ambulâncias.", lang="pt") == [
        ("PRT", "humanitarian", None, None, None, "delivered")
    ]


def test_singular_unit_bateria():
    assert rows("Portugal transferirá uma bateria Patriot para a Ucrânia.", lang="pt") == [
        ("PRT", "air_defence", 1, None, None, "committed")
    ]


def test_measure_toneladas_counts_nothing():
    assert rows("Portugal enviou 50 toneladas de medicamentos para a Ucrânia.", lang="pt") == [
        ("PRT", "humanitarian", None, None, None, "delivered")
    ]


def test_disponibilizou_quinhentos_geradores():
    assert rows("Portugal disponibilizou à Ucrânia quinhentos geradores.", lang="pt") == [
        ("PRT", "equipment", 500, None, None, "committed")
    ]


# Verb forms governments use (issue 10): tenses, persons, verbal nouns, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    [
        "Portugal vai enviar à Ucrânia dez obuses até ao final do ano.",
        "Portugal disponibilizará à Ucrânia dez obuses no próximo ano.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="pt") == [("PRT", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "O Governo aprovou a cedência de 10 obuses à Ucrânia.",
        "O Governo publicou o decreto sobre a cedência de 10 obuses à Ucrânia.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="pt") == [("PRT", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Desde o início da guerra, Portugal entregou à Ucrânia ajuda no valor de 3 mil milhões de euros.",
        "Até hoje, Portugal enviou 30 obuses para a Ucrânia.",
        "Até ao momento, Portugal disponibilizou 300 milhões de euros à Ucrânia.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="pt") == []


@pytest.mark.parametrize("opening", ["Além dos", "Para além dos"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} 100 milhões de euros já prometidos, Portugal vai disponibilizar 20 milhões de euros de ajuda humanitária."
    assert rows(text, lang="pt") == [("PRT", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize("opening", ["Além disso", "Para além disso"])
def test_besides_this_as_an_adverb_keeps_the_new_amount(opening):
    text = f"{opening}, Portugal vai disponibilizar 20 milhões de euros de ajuda humanitária."
    assert rows(text, lang="pt") == [("PRT", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    ["Portugal suspendeu o envio de obuses para a Ucrânia.", "Portugal compra 10 obuses para o seu exército."],
)
def test_a_suspension_or_an_own_purchase_gives_nothing(text):
    assert rows(text, lang="pt") == []


def test_financing_a_purchase_for_ukraine_is_aid():
    assert rows("Portugal vai financiar a compra de 10 drones para a Ucrânia.", lang="pt") == [
        ("PRT", "drones", 10, None, None, "committed")
    ]


def test_a_conditional_is_only_proposed():
    assert rows("Portugal enviaria 10 obuses à Ucrânia.", lang="pt") == [("PRT", "artillery", 10, None, None, "proposed")]

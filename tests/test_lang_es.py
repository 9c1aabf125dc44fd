"""Spanish: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("Ucrania ha recibido de Japón 30 millones de dólares en ayuda humanitaria.") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("Ucrania recibirá de Noruega dos sistemas NASAMS adicionales.") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Suiza rechaza reexportar a Ucrania munición para los Gepard.",
        "El Gobierno húngaro bloqueó un nuevo tramo del Fondo Europeo de Apoyo a la Paz.",
        "Alemania se niega a entregar misiles Taurus a Ucrania.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kiev pidió a España más lanzadores de misiles Patriot.",
        "Zelenski insta a los aliados a enviar más sistemas de defensa aérea.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text) == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("España vendió 20 carros de combate Leopard a Marruecos.") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("España desplegará una batería Patriot en Turquía dentro de la misión de la OTAN.") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("España destina 5 millones de euros a la acogida de refugiados ucranianos en Polonia.") == []


def test_a_conversion_is_not_a_second_amount():
    text = "Suecia aportará a Ucrania ayuda militar por 6.500 millones de coronas, equivalentes a unos 570 millones de euros."
    assert rows(text) == [("SWE", "military_unspecified", None, 6.5e9, "SEK", "committed")]


def test_joiner_between_amount_and_currency():
    assert rows("Italia concederá 20 millones de euros de ayuda humanitaria a Ucrania.") == [
        ("ITA", "humanitarian", None, 20e6, "EUR", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "Noruega anunció un nuevo paquete de 300 millones de euros que incluye munición de artillería y drones."
    assert rows(text) == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    assert rows("Los doce obuses que Francia había prometido en enero, según el ministerio, ya han llegado a Ucrania.") == [
        ("FRA", "artillery", 12, None, None, "delivered")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bélgica entregó diez camiones militares a Ucrania.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Dinamarca ha enviado 20 tanques Leopard 1 a Ucrania.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("Los proyectiles fueron entregados a Ucrania por Bélgica.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text) == [expected]


def test_a_disbursed_tranche_is_delivered_financial_aid():
    assert rows("La Comisión Europea desembolsó un nuevo tramo de 1.500 millones de euros de apoyo presupuestario a Ucrania.") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Portugal aportará 5 millones de euros para el sector energético de Ucrania.") == [
        ("PRT", "humanitarian", None, 5e6, "EUR", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("España financiará el mantenimiento y las piezas de repuesto de los obuses ucranianos.") == [
        ("ESP", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("Francia enviará drones interceptores a Ucrania.") == {("FRA", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("Polonia ha enviado combustible, raciones de combate y uniformes al ejército ucraniano.") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("España, junto con Portugal, financiará drones para Ucrania.") == {("ESP", "drones"), ("PRT", "drones")}


def test_an_offer_is_proposed():
    assert rows("Italia ofrece a Ucrania un segundo sistema SAMP/T.") == [("ITA", "air_defence", 1, None, None, "proposed")]


def test_a_pledge_is_a_commitment():
    assert rows("Países Bajos prometió 18 cazas F-16 a Ucrania.") == [("NLD", "aircraft", 18, None, None, "committed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("España formará a 2.000 soldados ucranianos en Polonia.") == [("ESP", "training", None, None, None, "committed")]


def test_doscientos_counts_in_the_future():
    assert rows("España entregará a Ucrania doscientos proyectiles de artillería.", lang="es") == [
        ("ESP", "ammunition", 200, None, None, "committed")
    ]


def test_past_proporciono_tents():
    assert rows("Portugal proporcionó a Ucrania seis ambulancias y cuarenta tiendas de campaña.", lang="es") == [
        ("PRT", "humanitarian", None, None, None, "committed")
    ]


def test_passive_fueron_entregados_is_a_delivery():
    assert rows("Cuatro carros de combate Leopard fueron entregados a Ucrania por España.", lang="es") == [
        ("ESP", "armoured_vehicles", 4, None, None, "delivered")
    ]


def test_singular_tanque():
    assert rows("España enviará un tanque a Ucrania.", lang="es") == [("ESP", "armoured_vehicles", 1, None, None, "committed")]


def test_singular_unit_bateria():
    assert rows("España transferirá una batería Patriot a Ucrania.", lang="es") == [("ESP", "air_defence", 1, None, None, "committed")]


def test_measure_toneladas_counts_nothing():
    assert rows("Italia envió 300 toneladas de combustible a Ucrania.", lang="es") == [("ITA", "equipment", None, None, None, "delivered")]


def test_otorgo_trescientos_generadores():
    assert rows("España otorgó a Ucrania trescientos generadores.", lang="es") == [("ESP", "equipment", 300, None, None, "committed")]


# Verb forms governments use (issue 10): tenses, persons, verbal nouns, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    [
        "España entregará a Ucrania diez obuses el año que viene.",
        "España pondrá a disposición de Ucrania diez obuses antes de fin de año.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="es") == [("ESP", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno decidió la cesión de 10 obuses a Ucrania.",
        "El Consejo de Ministros aprobó mediante real decreto el envío de 10 obuses a Ucrania.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="es") == [("ESP", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Desde el comienzo de la guerra, España ha entregado a Ucrania ayuda por valor de 3.000 millones de euros.",
        "Hasta la fecha, España ha enviado 30 obuses a Ucrania.",
        "Hasta el momento, España ha aportado 3.000 millones de euros a Ucrania.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="es") == []


@pytest.mark.parametrize("opening", ["Además de los", "Aparte de los", "Más allá de los"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} 100 millones de euros ya comprometidos, España aportará 20 millones de euros de ayuda humanitaria."
    assert rows(text, lang="es") == [("ESP", "humanitarian", None, 20e6, "EUR", "committed")]


def test_besides_this_as_an_adverb_keeps_the_new_amount():
    text = "Aparte de esto, España aportará 20 millones de euros de ayuda humanitaria."
    assert rows(text, lang="es") == [("ESP", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    ["España suspende el envío de obuses a Ucrania.", "España adquirió 10 obuses para su ejército."],
)
def test_a_suspension_or_an_own_purchase_gives_nothing(text):
    assert rows(text, lang="es") == []


def test_a_conditional_is_only_proposed():
    assert rows("España enviaría 10 obuses a Ucrania.", lang="es") == [("ESP", "artillery", 10, None, None, "proposed")]

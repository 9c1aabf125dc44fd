"""French: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("L'Ukraine a reçu du Japon 30 millions de dollars d'aide humanitaire.") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("L'Ukraine recevra de la Norvège deux systèmes NASAMS supplémentaires.") == [
        ("NOR", "air_defence", 2, None, None, "committed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La Suisse refuse de livrer à l'Ukraine des munitions pour les chars Gepard.",
        "La Slovaquie a bloqué l'envoi de nouveaux avions MiG-29 à Kiev.",
        "Berlin rejette toujours la livraison de missiles Taurus à l'Ukraine.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kiev a demandé à l'Allemagne des missiles Taurus supplémentaires.",
        "Le président ukrainien exhorte les Alliés à envoyer davantage de systèmes de défense aérienne.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text) == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("La France a vendu douze canons Caesar à la Lituanie.") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("La France va déployer un système SAMP/T en Roumanie pour protéger le flanc est de l'OTAN.") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("La Belgique débloque 5 millions d'euros pour l'accueil des réfugiés ukrainiens.") == []


def test_a_conversion_is_not_a_second_amount():
    assert rows("La Suède fournira à l'Ukraine une aide militaire de 6,5 milliards de couronnes, soit environ 570 millions d'euros.") == [
        ("SWE", "military_unspecified", None, 6.5e9, "SEK", "committed")
    ]


def test_joiner_between_amount_and_currency():
    assert rows("L'Italie accordera 20 millions d'euros d'aide humanitaire à l'Ukraine.") == [
        ("ITA", "humanitarian", None, 20e6, "EUR", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "La Norvège annonce un nouveau paquet de 300 millions d'euros qui comprend des munitions d'artillerie et des drones."
    assert rows(text) == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    assert rows("Les douze canons Caesar, que la France avait promis en janvier, sont arrivés en Ukraine.") == [
        ("FRA", "artillery", 12, None, None, "delivered")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Belgique a fourni dix camions militaires à l'Ukraine.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Le Danemark a envoyé 20 chars Leopard 1 à l'Ukraine.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("Des obus ont été livrés à l'Ukraine par la Belgique.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text) == [expected]


def test_a_disbursed_loan_is_delivered_financial_aid():
    assert rows("La Commission européenne a décaissé une nouvelle tranche de 1,5 milliard d'euros d'aide budgétaire à l'Ukraine.") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Le Portugal a versé 5 millions d'euros au fonds de soutien énergétique de l'Ukraine.") == [
        ("PRT", "humanitarian", None, 5e6, "EUR", "delivered")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("L'Allemagne financera la maintenance et les pièces de rechange des obusiers ukrainiens.") == [
        ("DEU", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("La France livrera des drones intercepteurs à l'Ukraine.") == {("FRA", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("La Pologne a envoyé du carburant, des rations et des uniformes à l'armée ukrainienne.") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("La France, aux côtés de l'Allemagne, financera des drones pour l'Ukraine.") == {
        ("FRA", "drones"),
        ("DEU", "drones"),
    }


def test_an_offer_is_proposed():
    assert rows("L'Italie se dit prête à livrer un second système SAMP/T à l'Ukraine.") == [
        ("ITA", "air_defence", 1, None, None, "proposed")
    ]


def test_a_pledge_is_a_commitment():
    assert rows("Les Pays-Bas ont promis 18 avions F-16 à l'Ukraine.") == [("NLD", "aircraft", 18, None, None, "committed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("La France formera 2 000 soldats ukrainiens en Pologne.") == [("FRA", "training", None, None, None, "committed")]


def test_future_remettra_gives():
    assert rows("La Belgique remettra quatre-vingt-dix camions à l'Ukraine.", lang="fr") == [
        ("BEL", "equipment", 90, None, None, "committed")
    ]


def test_past_fait_don_of_tents():
    assert rows("Le Luxembourg a fait don de deux cents tentes à l'Ukraine.", lang="fr") == [
        ("LUX", "humanitarian", 200, None, None, "delivered")
    ]


def test_future_expediera_generators():
    assert rows("L'Italie expédiera huit groupes électrogènes à l'Ukraine la semaine prochaine.", lang="fr") == [
        ("ITA", "equipment", 8, None, None, "committed")
    ]


def test_passive_achemines_is_a_delivery():
    assert rows("Douze véhicules blindés ont été acheminés vers l'Ukraine par la France.", lang="fr") == [
        ("FRA", "armoured_vehicles", 12, None, None, "delivered")
    ]


def test_singular_char_de_combat():
    assert rows("La France cédera un char de combat à l'Ukraine.", lang="fr") == [("FRA", "armoured_vehicles", 1, None, None, "committed")]


def test_singular_unit_batterie():
    assert rows("La France livrera trois cents obus et une batterie SAMP/T à l'Ukraine.", lang="fr") == [
        ("FRA", "air_defence", 1, None, None, "committed"),
        ("FRA", "ammunition", 300, None, None, "committed"),
    ]


def test_measure_tonnes_counts_nothing():
    assert rows("La Suisse a envoyé 500 tonnes de médicaments à l'Ukraine.", lang="fr") == [
        ("CHE", "humanitarian", None, None, None, "delivered")
    ]


def test_attribue_gives_a_loan():
    assert rows("La France attribue un prêt de 200 millions d'euros à l'Ukraine.", lang="fr") == [
        ("FRA", "financial", None, 200000000.0, "EUR", "committed")
    ]


# Verb forms governments use (issue 10): tenses, persons, verbal nouns, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    [
        "La France livrera à l'Ukraine dix canons Caesar d'ici la fin de l'année.",
        "La France fera parvenir à l'Ukraine dix canons Caesar.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="fr") == [("FRA", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "La France a décidé de la cession de 10 canons Caesar à l'Ukraine.",
        "La France a adopté un décret sur la cession à l'Ukraine de 10 canons Caesar.",
        "La France et l'Ukraine se sont mis d'accord sur la livraison de 10 canons Caesar.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="fr") == [("FRA", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Depuis le déclenchement de l'invasion, la France a fourni à l'Ukraine 3 milliards d'euros d'aide militaire.",
        "À ce jour, la France a livré 30 canons Caesar à l'Ukraine.",
        "Jusqu'à maintenant, la France a versé 3 milliards d'euros d'aide à l'Ukraine.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="fr") == []


@pytest.mark.parametrize("opening", ["En plus des", "Outre les", "Au-delà des", "En complément des"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} 100 millions d'euros déjà promis, la France versera 20 millions d'euros d'aide humanitaire."
    assert rows(text, lang="fr") == [("FRA", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize("opening", ["En plus de cela", "En tout cas"])
def test_besides_this_as_an_adverb_keeps_the_new_amount(opening):
    text = f"{opening}, la France versera 20 millions d'euros d'aide humanitaire."
    assert rows(text, lang="fr") == [("FRA", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "La France suspend la livraison de canons Caesar à l'Ukraine.",
        "La France commande 10 canons Caesar pour son armée.",
    ],
)
def test_a_suspension_or_an_own_order_gives_nothing(text):
    assert rows(text, lang="fr") == []


def test_a_conditional_is_only_proposed():
    assert rows("La France livrerait 10 canons Caesar à l'Ukraine.", lang="fr") == [("FRA", "artillery", 10, None, None, "proposed")]

"""Italian: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("L'Ucraina ha ricevuto dal Giappone 30 milioni di dollari in aiuti umanitari.") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("L'Ucraina riceverà dalla Norvegia due ulteriori sistemi NASAMS.") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "La Svizzera rifiuta di riesportare in Ucraina munizioni per i Gepard.",
        "Il governo ungherese ha bloccato una nuova tranche del Fondo europeo per la pace.",
        "La Germania respinge la richiesta di inviare missili Taurus all'Ucraina.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kiev ha chiesto all'Italia un secondo sistema SAMP/T.",
        "Zelensky esorta gli alleati a inviare più sistemi di difesa aerea.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text) == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("L'Italia ha venduto 24 caccia Eurofighter al Kuwait.") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("L'Italia schiererà un sistema SAMP/T in Slovacchia nell'ambito della NATO.") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("L'Italia stanzia 5 milioni di euro per l'accoglienza dei profughi ucraini in Moldavia.") == []


def test_a_conversion_is_not_a_second_amount():
    text = "La Svezia fornirà all'Ucraina aiuti militari per 6,5 miliardi di corone, cioè circa 570 milioni di euro."
    assert rows(text) == [("SWE", "military_unspecified", None, 6.5e9, "SEK", "committed")]


def test_joiner_between_amount_and_currency():
    assert rows("La Francia concederà 174 milioni di euro di aiuti umanitari all'Ucraina.") == [
        ("FRA", "humanitarian", None, 174e6, "EUR", "committed")
    ]


def test_abbreviated_scale_before_the_currency():
    assert rows("L'Italia stanzia 1,5 mld di euro di sostegno al bilancio dell'Ucraina.") == [
        ("ITA", "financial", None, 1.5e9, "EUR", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "La Norvegia ha annunciato un nuovo pacchetto da 300 milioni di euro che comprende munizioni di artiglieria e droni."
    assert rows(text) == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    assert rows("I dodici obici che la Francia aveva promesso a gennaio, secondo il ministero, sono arrivati in Ucraina.") == [
        ("FRA", "artillery", 12, None, None, "delivered")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il Belgio ha fornito dieci camion militari all'Ucraina.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("La Danimarca ha inviato 20 carri armati Leopard 1 all'Ucraina.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("I proiettili sono stati consegnati all'Ucraina dal Belgio.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text) == [expected]


def test_a_disbursed_tranche_is_delivered_financial_aid():
    assert rows("La Commissione europea ha erogato all'Ucraina un prestito di 1,5 miliardi di euro.") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Il Portogallo destina 5 milioni di euro al settore energetico ucraino.") == [
        ("PRT", "humanitarian", None, 5e6, "EUR", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("L'Italia finanzierà la manutenzione e i pezzi di ricambio degli obici ucraini.") == [
        ("ITA", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("La Francia invierà droni intercettori all'Ucraina.") == {("FRA", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("La Polonia ha inviato gasolio, razioni e uniformi all'esercito ucraino.") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("L'Italia, insieme alla Francia, finanzierà droni per l'Ucraina.") == {("ITA", "drones"), ("FRA", "drones")}


def test_an_offer_is_proposed():
    assert rows("La Spagna offre all'Ucraina un nuovo sistema Patriot.") == [("ESP", "air_defence", 1, None, None, "proposed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("L'Italia addestrerà 2.000 soldati ucraini in Polonia.") == [("ITA", "training", None, None, None, "committed")]


def test_duecento_counts_in_the_future():
    assert rows("L'Italia invierà all'Ucraina duecento proiettili d'artiglieria.", lang="it") == [
        ("ITA", "ammunition", 200, None, None, "committed")
    ]


def test_past_consegno_is_a_delivery():
    assert rows("L'Italia consegnò all'Ucraina un carro armato.", lang="it") == [("ITA", "armoured_vehicles", 1, None, None, "delivered")]


def test_passive_sono_stati_consegnati_is_a_delivery():
    assert rows("Sei obici semoventi sono stati consegnati all'Ucraina dall'Italia.", lang="it") == [
        ("ITA", "artillery", 6, None, None, "delivered")
    ]


def test_tents_and_ambulances_are_humanitarian():
    assert rows("L'Italia ha donato all'Ucraina 40 tende da campo e dodici ambulanze.", lang="it") == [
        ("ITA", "humanitarian", None, None, None, "delivered")
    ]


def test_singular_unit_batteria():
    assert rows("L'Italia fornirà una batteria SAMP/T all'Ucraina.", lang="it") == [("ITA", "air_defence", 1, None, None, "committed")]


def test_measure_tonnellate_counts_nothing():
    assert rows("La Spagna spedirà 200 tonnellate di medicinali all'Ucraina.", lang="it") == [
        ("ESP", "humanitarian", None, None, None, "committed")
    ]


def test_ventiquattro_generatori():
    assert rows("L'Italia stanzia ventiquattro generatori per l'Ucraina.", lang="it") == [("ITA", "equipment", 24, None, None, "committed")]


# Verb forms governments use (issue 10): tenses, persons, verbal nouns, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    [
        "L'Italia invierà all'Ucraina dieci obici entro la fine dell'anno.",
        "L'Italia metterà a disposizione dell'Ucraina dieci obici nei prossimi mesi.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="it") == [("ITA", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Il governo ha deciso la cessione all'Ucraina di 10 obici.",
        "Il governo ha varato il decreto per la cessione all'Ucraina di 10 obici.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="it") == [("ITA", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Dall'inizio della guerra l'Italia ha fornito all'Ucraina aiuti per 3 miliardi di euro.",
        "Dall’inizio della guerra l’Italia ha fornito all’Ucraina aiuti per 3 miliardi di euro.",
        "Ad oggi l'Italia ha consegnato all'Ucraina 30 obici.",
        "Fino ad oggi l'Italia ha stanziato 3 miliardi di euro per l'Ucraina.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="it") == []


@pytest.mark.parametrize(
    "text",
    [
        "Oltre ai 100 milioni di euro già promessi, l'Italia stanzierà 20 milioni di euro di aiuti umanitari.",
        "Oltre alla somma di 100 milioni di euro già promessa, l'Italia stanzierà 20 milioni di euro di aiuti umanitari.",
        "In aggiunta al contributo di 100 milioni di euro, l'Italia stanzierà 20 milioni di euro di aiuti umanitari.",
    ],
)
def test_the_baseline_figure_is_not_new_money(text):
    assert rows(text, lang="it") == [("ITA", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize("opening", ["Oltre a ciò", "In aggiunta a questo"])
def test_besides_this_as_an_adverb_keeps_the_new_amount(opening):
    text = f"{opening}, l'Italia stanzierà 20 milioni di euro di aiuti umanitari."
    assert rows(text, lang="it") == [("ITA", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    ["L'Italia sospende l'invio di obici all'Ucraina.", "L'Italia acquista 10 obici per il proprio esercito."],
)
def test_a_suspension_or_an_own_purchase_gives_nothing(text):
    assert rows(text, lang="it") == []


def test_a_conditional_is_only_proposed():
    assert rows("L'Italia invierebbe 10 obici all'Ucraina.", lang="it") == [("ITA", "artillery", 10, None, None, "proposed")]

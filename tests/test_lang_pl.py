"""Polish: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows
from tracker import parse_text


def test_receive_names_the_donor_after_the_source_word():
    assert rows("Ukraina otrzymała od Japonii 30 mln dolarów pomocy humanitarnej.", lang="pl") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("Ukraina otrzyma od Norwegii dwa kolejne systemy NASAMS.", lang="pl") == [
        ("NOR", "air_defence", 2, None, None, "committed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Szwajcaria odmówiła zgody na przekazanie Ukrainie amunicji do Gepardów.",
        "Węgry blokują kolejną transzę z Europejskiego Instrumentu na rzecz Pokoju.",
        "Niemcy odrzucają wniosek o dostawy pocisków Taurus dla Ukrainy.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text, lang="pl") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kijów poprosił Polskę o kolejne wyrzutnie Patriot.",
        "Zełenski wzywa sojuszników do przekazania większej liczby systemów obrony powietrznej.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text, lang="pl") == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("Polska sprzedała 48 armatohaubic Krab do Rumunii.", lang="pl") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("Polska rozmieści baterię Patriot na Litwie w ramach misji NATO.", lang="pl") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("Rząd przeznaczy 50 mln zł na pomoc dla uchodźców z Ukrainy w Mołdawii.", lang="pl") == []


def test_a_conversion_is_not_a_second_amount():
    text = "Polska przekaże Ukrainie pomoc wojskową o wartości 1 mld zł, czyli około 230 mln euro."
    assert rows(text, lang="pl") == [("POL", "military_unspecified", None, 1e9, "PLN", "committed")]


def test_abbreviated_scale_before_the_currency():
    assert rows("Niemcy przeznaczą 1,4 mld euro na obronę powietrzną Ukrainy.", lang="pl") == [
        ("DEU", "air_defence", None, 1.4e9, "EUR", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "Norwegia ogłosiła nowy pakiet o wartości 300 mln euro, który obejmuje amunicję artyleryjską i drony."
    assert rows(text, lang="pl") == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    text = "Dwanaście haubic, które Francja obiecała w styczniu, dotarło już na Ukrainę."
    assert rows(text, lang="pl") == [("FRA", "artillery", 12, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgia przekazała Ukrainie dziesięć ciężarówek.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Dania wysłała na Ukrainę 20 czołgów Leopard 1.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("Amunicja została dostarczona Ukrainie przez Belgię.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text, lang="pl") == [expected]


def test_a_disbursed_tranche_is_delivered_financial_aid():
    assert rows("Komisja Europejska wypłaciła Ukrainie 1,5 mld euro wsparcia budżetowego.", lang="pl") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Polska przekaże 20 mln zł na odbudowę ukraińskiego sektora energetycznego.", lang="pl") == [
        ("POL", "humanitarian", None, 20e6, "PLN", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("Polska sfinansuje serwis i części zamienne do ukraińskich czołgów.", lang="pl") == [
        ("POL", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("Polska przekaże Ukrainie drony przechwytujące.", lang="pl") == {("POL", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("Litwa wysłała ukraińskiej armii paliwo, racje żywnościowe i mundury.", lang="pl") == [
        ("LTU", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("Polska wspólnie z Litwą sfinansuje drony dla Ukrainy.", lang="pl") == {("POL", "drones"), ("LTU", "drones")}


def test_an_offer_is_proposed():
    assert rows("Szwecja oferuje Ukrainie nowy system obrony powietrznej.", lang="pl") == [
        ("SWE", "air_defence", None, None, None, "proposed")
    ]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("Polska przeszkoli ukraińskich żołnierzy w Niemczech.", lang="pl") == [("POL", "training", None, None, None, "committed")]


# Vocabulary audit: forms of giving, delivering, items, number words and measures of our own sentences.


def test_future_of_sending_with_an_inflected_count():
    assert rows("Polska wyśle Ukrainie ośmiu transporterów opancerzonych.", lang="pl") == [
        ("POL", "armoured_vehicles", 8, None, None, "committed")
    ]


def test_periphrastic_future_of_handing_over():
    assert rows("Norwegia będzie przekazywać Ukrainie amunicję artyleryjską.", lang="pl") == [
        ("NOR", "ammunition", None, None, None, "committed")
    ]


def test_past_delivery_of_a_singular_helicopter():
    assert rows("Czechy dostarczyły Ukrainie jeden śmigłowiec.", lang="pl") == [("CZE", "aircraft", 1, None, None, "delivered")]


def test_a_unit_in_the_singular_counts_one_system():
    assert rows("Hiszpania przekaże Ukrainie jeden zestaw Hawk.", lang="pl") == [("ESP", "air_defence", 1, None, None, "committed")]


def test_humanitarian_items_are_counted():
    assert rows("Polska zapewni Ukrainie 200 namiotów i 50 agregatów prądotwórczych.", lang="pl") == [
        ("POL", "equipment", 50, None, None, "committed"),
        ("POL", "humanitarian", 200, None, None, "committed"),
    ]


def test_hundreds_and_thousands_in_words():
    assert rows("Polska przekaże Ukrainie dziewięćset pocisków.", lang="pl") == [("POL", "ammunition", 900, None, None, "committed")]
    assert rows("Łotwa przekaże Ukrainie sto dwadzieścia namiotów.", lang="pl") == [("LVA", "humanitarian", 120, None, None, "committed")]


def test_a_measure_counts_nothing():
    assert rows("Kanada przekazała Ukrainie 30 ton żywności.", lang="pl") == [("CAN", "humanitarian", None, None, None, "delivered")]
    assert rows("Kanada dostarczy Ukrainie 5000 litrów paliwa.", lang="pl") == [("CAN", "equipment", None, None, None, "committed")]


def test_a_pledge_in_the_noun_with_a_genitive_count():
    text = "Francja zobowiązała się do przekazania Ukrainie dwóch kutrów patrolowych."
    assert rows(text, lang="pl") == [("FRA", "naval", 2, None, None, "committed")]


def test_financing_and_disbursing_verbs():
    assert rows("Holandia sfinansowała zakup 20 dronów dla Ukrainy.", lang="pl") == [("NLD", "drones", 20, None, None, "committed")]
    assert rows("Niemcy wypłacą Ukrainie 500 mln euro wsparcia budżetowego.", lang="pl") == [
        ("DEU", "financial", None, 500e6, "EUR", "committed")
    ]


def test_ambulances_and_atgms():
    assert rows("Estonia przekazała Ukrainie 40 karetek.", lang="pl") == [("EST", "humanitarian", 40, None, None, "delivered")]
    assert rows("Wielka Brytania przekaże Ukrainie pociski przeciwpancerne.", lang="pl") == [
        ("GBR", "small_arms", None, None, None, "committed")
    ]


def test_a_package_in_crowns_keeps_its_value_once_and_its_items_without_it():
    frame = parse_text(
        "Szwecja ogłasza nowy pakiet o wartości 10 mld koron, obejmujący 20 pojazdów CV90 i amunicję artyleryjską.", lang="pl"
    )
    assert sorted(frame["category"]) == ["ammunition", "armoured_vehicles"]
    assert frame["amount"].isna().all()
    assert set(frame["package_amount"]) == {10e9} and set(frame["package_currency"]) == {"SEK"}


def test_training_in_another_country_is_given_by_the_trainer():
    assert rows("Wielka Brytania wyszkoli w Rumunii 500 ukraińskich pilotów.") == [("GBR", "training", None, None, None, "committed")]


# Verb forms governments use (issue 10): tenses, persons, verbal nouns in their cases, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    [
        "W przyszłym tygodniu Polska wyśle Ukrainie 10 haubic.",
        "Polska dostarczy Ukrainie w przyszłym roku 10 haubic.",
        "Polska przyzna Ukrainie 10 haubic.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="pl") == [("POL", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Rząd podjął decyzję o przekazaniu Ukrainie 10 haubic.",
        "Rada Ministrów przyjęła uchwałę w sprawie dostawy Ukrainie 10 haubic.",
        "Polska zgodziła się na wysłanie Ukrainie 10 haubic.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="pl") == [("POL", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Od początku wojny Polska przekazała Ukrainie pomoc o wartości 3 mld euro.",
        "Od wybuchu wojny Polska przekazała Ukrainie pomoc wojskową o wartości 3 mld euro.",
        "Do tej pory Polska przekazała Ukrainie 300 czołgów.",
        "Jak dotąd Polska przekazała Ukrainie pomoc o wartości 3 mld euro.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="pl") == []


@pytest.mark.parametrize("opening", ["Oprócz", "Poza"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} 100 mln euro już obiecanych Polska przekaże 20 mln euro na pomoc humanitarną."
    assert rows(text, lang="pl") == [("POL", "humanitarian", None, 20e6, "EUR", "committed")]


def test_besides_this_as_an_adverb_keeps_the_new_amount():
    text = "Poza tym Polska przekaże 20 mln euro na pomoc humanitarną."
    assert rows(text, lang="pl") == [("POL", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Węgry zawetowali kolejną transzę pomocy wojskowej dla Ukrainy.",
        "Kijów wezwał Polskę do wysłania kolejnych czołgów.",
        "Polska zamówiła w Korei 10 haubic dla polskiej armii.",
    ],
)
def test_a_veto_a_call_or_an_order_for_oneself_gives_nothing(text):
    assert rows(text, lang="pl") == []


def test_a_draft_resolution_is_only_proposed():
    assert rows("Rząd przygotował projekt uchwały o przekazaniu Ukrainie 10 haubic.", lang="pl") == [
        ("POL", "artillery", 10, None, None, "proposed")
    ]

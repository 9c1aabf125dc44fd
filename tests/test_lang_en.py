"""en: sentences of our own for the lexicon."""

import pytest

from tests.helpers import rows
from tracker import parse_text


def test_future_hand_over_is_a_giving_verb():
    assert rows("The United Kingdom will hand over twenty-four armoured vehicles to Ukraine.", lang="en") == [
        ("GBR", "armoured_vehicles", 24, None, None, "committed")
    ]


def test_perfect_handed_over_is_a_delivery():
    assert rows("Canada has handed over eight howitzers to the Armed Forces of Ukraine.", lang="en") == [
        ("CAN", "artillery", 8, None, None, "delivered")
    ]


def test_past_donated_commits_aid():
    assert rows("Japan donated twelve ambulances to Ukraine.", lang="en") == [("JPN", "humanitarian", 12, None, None, "committed")]


def test_singular_unit_counts_one_system():
    assert rows("The Netherlands will provide a Patriot launcher unit to Ukraine.", lang="en") == [
        ("NLD", "air_defence", 1, None, None, "committed")
    ]


def test_past_sent_is_a_delivery_of_tents():
    assert rows("Norway sent 5000 tents to Ukraine.", lang="en") == [("NOR", "humanitarian", 5000, None, None, "delivered")]


def test_measure_counts_nothing():
    assert rows("Poland dispatched 2 million litres of fuel to Ukraine.", lang="en") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_singular_patrol_vessel():
    assert rows("Italy is sending one patrol vessel to Ukraine.", lang="en") == [("ITA", "naval", 1, None, None, "committed")]


def test_delivery_noun_commits():
    assert rows("Spain announced the delivery of 14 tanks to Ukraine.", lang="en") == [
        ("ESP", "armoured_vehicles", 14, None, None, "committed")
    ]


def test_a_number_joined_to_a_word_is_a_compound_not_a_count():
    # 'sixty-second' is an ordinal and 'five-year' a compound adjective: neither counts the shipment.
    assert rows("Canada will provide the sixty-second shipment of demining equipment to Ukraine.") == [
        ("CAN", "equipment", None, None, None, "committed")
    ]
    assert rows("Canada will fund a five-year programme of demining equipment for Ukraine.") == [
        ("CAN", "equipment", None, None, None, "committed")
    ]
    assert rows("Canada will send forty-five armoured vehicles to Ukraine.") == [("CAN", "armoured_vehicles", 45, None, None, "committed")]


def test_a_purchase_for_ukraine_is_aid_and_one_for_oneself_is_not():
    assert rows("Norway buys 20 howitzers for Ukraine.") == [("NOR", "artillery", 20, None, None, "committed")]
    assert rows("Poland buys 20 howitzers for its army.") == []
    assert rows("Ukraine buys 20 howitzers from Norway.") == []


def test_money_spent_on_several_kinds_names_the_items_of_the_commitment_before():
    text = "Canada announced EUR 50 million in military aid. The funding will be used to purchase armoured vehicles and drones."
    assert rows(text) == [
        ("CAN", "armoured_vehicles", None, None, None, "committed"),
        ("CAN", "drones", None, None, None, "committed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Italy ruled out sending fighter jets to Ukraine.",
        "Kyiv asked Berlin for more IRIS-T systems.",
        "The ministers stressed their unwavering commitment to supporting Ukraine's air defence.",
    ],
)
def test_refusals_requests_and_stances_give_nothing(text):
    assert rows(text) == []


def test_a_package_total_over_several_kinds_stays_the_package_value():
    # 'heavy weaponry' is a second, unnamed kind: the EUR 188 million is the package's, not the air defence's.
    frame = parse_text("Finland's 22nd package, worth EUR 188 million, includes air defence and heavy weaponry.", lang="en")
    assert frame[["donor", "category"]].values.tolist() == [["FIN", "air_defence"]]
    assert frame["amount"].isna().all() and frame["package_amount"].tolist() == [188e6]


def test_an_amount_for_two_kinds_is_no_ones_part_and_parts_go_to_their_kinds():
    frame = parse_text("Norway will provide EUR 100 million for air defence and mine clearance.", lang="en")
    assert sorted(frame["category"]) == ["air_defence", "humanitarian"] and frame["amount"].isna().all()
    text = "Norway announced EUR 100 million, including EUR 60 million for air defence and EUR 40 million for mine clearance."
    assert rows(text) == [("NOR", "air_defence", None, 60e6, "EUR", "committed"), ("NOR", "humanitarian", None, 40e6, "EUR", "committed")]

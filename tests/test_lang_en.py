"""en: sentences of our own for the lexicon."""

from tests.helpers import rows


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

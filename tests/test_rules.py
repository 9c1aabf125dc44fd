"""What is not a commitment to Ukraine is not emitted; what is, is attributed to the right donor."""

import pytest

from tests.helpers import keys, rows


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine urgently needs more air defence systems, Zelensky said.",
        "Kyiv has asked for more Patriot batteries and long-range missiles.",
        "Italy refused to send long-range missiles to Ukraine.",
        "Deutschland wird keine Taurus-Marschflugkörper an die Ukraine liefern.",
        "Ukraine bought 20 howitzers from a Czech company with its own funds.",
        "Germany delivered two IRIS-T systems to Poland.",
        "Deutschland verlegt zwei Patriot-Systeme nach Polen.",
        "Russia said it destroyed six U.S.-made HIMARS launchers and 17 German Leopard tanks.",
        "Les Alliés doivent accélérer la livraison de munitions.",
        "The EU has already provided EUR 3.1 billion under the European Peace Facility.",
        "The weather in Kyiv was cold today.",
        "",
    ],
)
def test_not_a_commitment(text):
    assert rows(text) == []


def test_cumulative_totals_are_not_the_new_amount():
    found = rows("The sixth tranche of military aid worth €500 million will bring the total EU contribution to €3.1 billion.")
    assert found == [("EU", "military_unspecified", None, 5e8, "EUR", "committed")]


def test_increase_from_to_keeps_the_new_total():
    text = "Deutschland hat das Sofortprogramm für die Ukraine von 122 Millionen auf 185 Millionen Euro aufgestockt."
    assert rows(text) == [("DEU", "humanitarian", None, 185e6, "EUR", "committed")]


def test_aid_to_another_country_in_the_same_text_is_left_out():
    text = "Deutschland gibt der Ukraine 100 Millionen Euro humanitäre Hilfe. Zusätzlich gehen 50 Millionen Euro an Moldau."
    assert rows(text) == [("DEU", "humanitarian", None, 1e8, "EUR", "committed")]


def test_donor_of_the_document_carries_to_sentences_without_one():
    text = "Denmark announced a new package for Ukraine. It includes 10 Leopard tanks and artillery ammunition."
    assert keys(text) == {("DNK", "armoured_vehicles"), ("DNK", "ammunition")}


def test_a_pending_vote_makes_the_package_proposed():
    text = "The U.S. House of Representatives plans to vote on a military aid package for Ukraine."
    assert rows(text) == [("USA", "military_unspecified", None, None, None, "proposed")]


def test_evidence_offsets_point_into_the_text():
    from tracker import parse_text

    text = "Intro line.\n\nFrance will deliver 6 Caesar howitzers to Ukraine. Nothing else."
    frame = parse_text(text)
    row = frame.iloc[0]
    assert text[row["evidence_start"] : row["evidence_end"]] == row["evidence"]
    assert row["evidence"] == "France will deliver 6 Caesar howitzers to Ukraine."


def test_what_a_system_defends_against_is_not_given():
    text = "Norway will send a radar to Ukraine that can detect an aircraft or a drone at 200 km."
    assert keys(text) == {("NOR", "air_defence")}
    assert keys("La Suède livrera à l'Ukraine des systèmes de défense aérienne contre les drones.") == {("SWE", "air_defence")}


def test_a_country_name_inside_a_compound_is_not_a_donor():
    text = "Der Minister sprach auf dem US-Stützpunkt Ramstein. Deutschland liefert der Ukraine Munition im Nato-Kaliber."
    assert keys(text) == {("DEU", "ammunition")}


def test_totals_since_the_start_of_the_war_are_recalled_not_new():
    text = "Depuis le début de la guerre, la France a acheminé des milliers de tonnes d'équipements en Ukraine."
    assert rows(text) == []


def test_a_follow_up_sentence_can_make_a_decision_pending():
    text = (
        "Les pays de l'UE se sont entendus pour abonder de deux milliards d'euros l'aide militaire à l'Ukraine. "
        "L'accord doit encore être entériné lundi."
    )
    assert rows(text) == [("EU", "military_unspecified", None, 2e9, "EUR", "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "Warszawa kupiła 48 haubic K9 dla własnej armii.",
        "Sweden is strengthening its own air defence with new IRIS-T systems.",
        "Deutschland kaufte 35 F-35 Kampfjets für die eigene Luftwaffe.",
    ],
)
def test_a_donors_own_procurement_is_not_aid(text):
    assert rows(text) == []


def test_a_package_value_with_listed_items_is_not_an_extra_row():
    text = "The Pentagon announced a $325 million package for Ukraine, including NASAMS interceptors and 155mm artillery rounds."
    assert keys(text) == {("USA", "air_defence"), ("USA", "ammunition")}
    assert all(r[3] is None for r in rows(text))


def test_a_package_value_stands_when_nothing_specific_is_committed():
    text = "The Netherlands will provide EUR 2 billion of military aid to Ukraine in 2025. It may include drones."
    assert ("NLD", "military_unspecified", None, 2e9, "EUR", "committed") in rows(text)


def test_decimal_commas_do_not_split_clauses():
    text = "Norge vil bidra med 1,5 milliarder kroner til luftvern til Ukraina gjennom et fond ledet av Storbritannia."
    assert rows(text) == [("NOR", "air_defence", None, 1.5e9, "NOK", "committed")]


def test_attacks_in_a_donors_release_are_not_its_aid():
    text = "Germany will deliver two IRIS-T systems to Ukraine. Overnight Russia launched 300 drones and 40 missiles at Kyiv."
    assert rows(text) == [("DEU", "air_defence", 2, None, None, "committed")]


def test_a_list_running_on_into_the_next_sentence_keeps_its_donor():
    text = "Germany has delivered 10 Marder vehicles to Ukraine. The logistics units are reinforced with four heavy trucks."
    assert keys(text) == {("DEU", "armoured_vehicles"), ("DEU", "equipment")}
    assert keys("Germany has delivered 10 Marder vehicles to Ukraine. Ukraine's army still lacks 200 trucks.") == {
        ("DEU", "armoured_vehicles")
    }


def test_words_are_read_leftmost_longest():
    text = "Finland will provide Ukraine with a new defence package worth 188 million euros, including air defence equipment."
    assert keys(text) == {("FIN", "air_defence")}


def test_eu_budget_support_through_the_ukraine_facility():
    text = "The European Commission disbursed EUR 4.2 billion to Ukraine under the Ukraine Facility."
    assert rows(text) == [("EU", "financial", None, 4.2e9, "EUR", "delivered")]  # disbursed: paid out


def test_made_after_a_donor_is_a_verb_not_an_origin():
    assert keys("Germany made a new pledge of 10 Leopard tanks to Ukraine.") == {("DEU", "armoured_vehicles")}
    assert rows("Russia claims it destroyed U.S.-made HIMARS launchers built by Lockheed.") == []

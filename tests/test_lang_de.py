"""German: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("Die Ukraine hat von Japan weitere 30 Millionen Dollar für humanitäre Hilfe erhalten.") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("Die Ukraine erhält aus Norwegen zwei weitere NASAMS-Systeme.") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Schweiz verweigert die Weitergabe von Gepard-Munition an die Ukraine.",
        "Der Bundeskanzler lehnt die Lieferung von Taurus-Marschflugkörpern an die Ukraine weiterhin ab.",
        "Ungarn blockiert seit Monaten eine weitere Tranche der Europäischen Friedensfazilität.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kiew bat Berlin erneut um Taurus-Marschflugkörper.",
        "Selenskyj fordert von den Verbündeten mehr Flugabwehrsysteme.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text) == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("Deutschland verkauft 44 Leopard-2-Panzer an Tschechien.") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("Die Bundeswehr verlegt ein Patriot-System nach Polen, um den Flughafen Rzeszów zu schützen.") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("Österreich stellt 5 Millionen Euro für ukrainische Flüchtlinge in Moldau bereit.") == []


def test_a_conversion_is_not_a_second_amount():
    text = "Schweden stellt der Ukraine Militärhilfe von 6,5 Milliarden Kronen bereit, umgerechnet rund 570 Millionen Euro."
    assert rows(text) == [("SWE", "military_unspecified", None, 6.5e9, "SEK", "committed")]


def test_abbreviated_scale_before_the_currency():
    assert rows("Die Bundesregierung stellt der Ukraine weitere 1,4 Mrd. Euro für die Luftverteidigung bereit.") == [
        ("DEU", "air_defence", None, 1.4e9, "EUR", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "Norwegen kündigt ein neues Paket im Wert von 300 Millionen Euro an, das Artilleriemunition und Drohnen umfasst."
    assert rows(text) == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    assert rows(
        "Die zwölf Panzerhaubitzen, die die Niederlande im Januar zugesagt hatten, sind inzwischen in der Ukraine eingetroffen."
    ) == [("NLD", "artillery", 12, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgien hat der Ukraine zehn Lastwagen übergeben.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Dänemark lieferte der Ukraine 20 Kampfpanzer Leopard 1.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("Die Granaten wurden von Belgien an die Ukraine geliefert.", ("BEL", "ammunition", None, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text) == [expected]


def test_a_disbursed_tranche_is_delivered_financial_aid():
    assert rows("Die EU-Kommission hat der Ukraine eine weitere Tranche von 1,5 Milliarden Euro Budgethilfe ausgezahlt.") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Österreich überweist 5 Millionen Euro für die Energieversorgung der Ukraine.") == [
        ("AUT", "humanitarian", None, 5e6, "EUR", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("Deutschland finanziert die Instandsetzung und Ersatzteile für die ukrainischen Panzerhaubitzen.") == [
        ("DEU", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("Deutschland liefert der Ukraine Abfangdrohnen.") == {("DEU", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("Polen hat der ukrainischen Armee Diesel, Verpflegung und Uniformen geschickt.") == [
        ("POL", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("Deutschland finanziert gemeinsam mit Dänemark Drohnen für die Ukraine.") == {("DEU", "drones"), ("DNK", "drones")}


def test_an_offer_is_proposed():
    assert rows("Italien bietet der Ukraine ein zweites SAMP/T-System an.") == [("ITA", "air_defence", 1, None, None, "proposed")]


def test_a_decision_is_a_commitment():
    assert rows("Die Bundesregierung hat beschlossen, der Ukraine 18 Radhaubitzen zu liefern.") == [
        ("DEU", "artillery", 18, None, None, "committed")
    ]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("Deutschland wird ukrainische Soldaten in Polen ausbilden.") == [("DEU", "training", None, None, None, "committed")]


def test_future_liefern_werden():
    assert rows("Die Niederlande werden der Ukraine zwölf Patrouillenboote liefern.", lang="de") == [
        ("NLD", "naval", 12, None, None, "committed")
    ]


def test_past_sandte_zelte_is_a_delivery():
    assert rows("Österreich sandte der Ukraine 300 Zelte und Wolldecken.", lang="de") == [
        ("AUT", "humanitarian", 300, None, None, "delivered")
    ]


def test_past_uberliess_is_a_delivery():
    assert rows("Dänemark überließ der Ukraine einundzwanzig Haubitzen.", lang="de") == [("DNK", "artillery", 21, None, None, "delivered")]


def test_singular_kampfjet():
    assert rows("Norwegen stellt der Ukraine einen Kampfjet zur Verfügung.", lang="de") == [("NOR", "aircraft", 1, None, None, "committed")]


def test_singular_einheit_counts_one():
    assert rows("Deutschland liefert eine Feuereinheit IRIS-T SLM an die Ukraine.", lang="de") == [
        ("DEU", "air_defence", 1, None, None, "committed")
    ]


def test_hundert_multiplies():
    assert rows("Deutschland liefert dreihundert Artilleriegeschosse an die Ukraine.", lang="de") == [
        ("DEU", "ammunition", 300, None, None, "committed")
    ]


def test_measure_tonnen_counts_nothing():
    assert rows("Die Schweiz hat 40 Tonnen Medikamente an die Ukraine geliefert.", lang="de") == [
        ("CHE", "humanitarian", None, None, None, "delivered")
    ]


def test_stromaggregate_are_equipment():
    assert rows("Deutschland schickt der Ukraine 120 Stromaggregate.", lang="de") == [("DEU", "equipment", 120, None, None, "committed")]


def test_versprach_gives():
    assert rows("Schweden versprach der Ukraine acht Krankenwagen.", lang="de") == [("SWE", "humanitarian", 8, None, None, "committed")]


# Verb forms governments use (issue 10): tenses, persons, verbal nouns in their cases, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    [
        "Deutschland wird der Ukraine im nächsten Jahr zehn Panzerhaubitzen liefern.",
        "Die Niederlande beliefern die Ukraine bis Jahresende mit zehn Panzerhaubitzen.",
    ],
)
def test_a_future_pledge_is_committed(text):
    donor = "NLD" if "Niederlande" in text else "DEU"
    assert rows(text, lang="de") == [(donor, "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung fasste den Beschluss über die Überlassung von 10 Panzerhaubitzen an die Ukraine.",
        "Der Bundestag hat der Lieferung von 10 Panzerhaubitzen an die Ukraine zugestimmt.",
        "Deutschland hat sich mit der Ukraine auf die Lieferung von 10 Panzerhaubitzen geeinigt.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="de") == [("DEU", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Seit dem russischen Überfall hat Deutschland der Ukraine Hilfe im Wert von 3 Milliarden Euro geleistet.",
        "Bis heute hat Deutschland der Ukraine Militärhilfe im Wert von 3 Milliarden Euro geliefert.",
        "Seit Kriegsausbruch hat Deutschland der Ukraine 3 Milliarden Euro bereitgestellt.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="de") == []


@pytest.mark.parametrize(
    "opening",
    ["Zusätzlich zu den bereits zugesagten", "Über die bereits zugesagten", "Ergänzend zu den bereits zugesagten"],
)
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} 100 Millionen Euro stellt Deutschland 20 Millionen Euro für humanitäre Hilfe bereit."
    assert rows(text, lang="de") == [("DEU", "humanitarian", None, 20e6, "EUR", "committed")]


def test_in_addition_to_this_as_an_adverb_keeps_the_new_amount():
    text = "Zusätzlich dazu stellt Deutschland 20 Millionen Euro für humanitäre Hilfe bereit."
    assert rows(text, lang="de") == [("DEU", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Deutschland stoppt die Lieferung von 10 Haubitzen an die Ukraine.",
        "Kiew drängt Berlin, zehn weitere Panzerhaubitzen zu liefern.",
        "Deutschland beschafft 10 Haubitzen für die Bundeswehr.",
    ],
)
def test_a_halt_an_urging_or_an_own_procurement_gives_nothing(text):
    assert rows(text, lang="de") == []

"""Latvian: sentences of our own in the style of Latvian news, read with the Latvian lexicon."""

import pytest

from tests.helpers import keys, rows


def lv(text: str) -> list[tuple]:
    return rows(text, lang="lv")


# Donors: Babel's name, its inflected forms, a demonym, a capital, an acronym.


def test_babel_name_with_a_count_in_digits():
    assert lv("Latvija nodos Ukrainai 10 bruņutransportierus.") == [("LVA", "armoured_vehicles", 10, None, None, "committed")]


def test_inflected_country_name_in_the_genitive():
    assert lv("Vācijas valdība piešķirs Ukrainai 50 miljonus eiro humānajai palīdzībai.") == [
        ("DEU", "humanitarian", None, 50e6, "EUR", "committed")
    ]


def test_demonym_names_the_donor():
    assert lv("Zviedru valdība nosūtīs Ukrainai astoņus kaujas tankus.") == [("SWE", "armoured_vehicles", 8, None, None, "committed")]


def test_capital_as_metonym():
    assert lv("Berlīne nosūtīs Kijivai vēl divas IRIS-T sistēmas.") == [("DEU", "air_defence", 2, None, None, "committed")]


def test_acronym_and_dollars():
    assert lv("ASV piešķīra Ukrainai jaunu militārās palīdzības paketi 400 miljonu ASV dolāru vērtībā.") == [
        ("USA", "military_unspecified", None, 400e6, "USD", "committed")
    ]


def test_united_kingdom_in_the_genitive():
    assert keys("Apvienotās Karalistes valdība nodos Ukrainai vēl 100 bezpilota lidaparātus.", lang="lv") == {("GBR", "drones")}


def test_eu_commission():
    assert lv("Eiropas Komisija piešķirs Ukrainai 1,2 miljardus eiro makrofinanšu palīdzībai.") == [
        ("EU", "financial", None, 1.2e9, "EUR", "committed")
    ]


# Stages.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Latvija nosūtīs Ukrainai vēl 500 dronus.", "committed"),
        ("Igaunija ir piegādājusi Ukrainai prettanku granātmetējus.", "delivered"),
        ("Polija nodeva Ukrainai 14 tankus.", "delivered"),
        ("Nīderlande apsver iespēju nodot Ukrainai vēl F-16 iznīcinātājus.", "proposed"),
        ("Dānija plāno nosūtīt Ukrainai artilērijas munīciju.", "proposed"),
        ("Norvēģija varētu nodot Ukrainai vēl divas NASAMS sistēmas.", "proposed"),
        ("Lietuvas valdība apstiprināja lēmumu nodot Ukrainai ģeneratorus.", "committed"),
    ],
)
def test_stage_cues(text, status):
    found = lv(text)
    assert found and {r[5] for r in found} == {status}


def test_delivery_announced_for_later_is_a_commitment():
    assert lv("Somijas droni Ukrainai tiks piegādāti nākamnedēļ.") == [("FIN", "drones", None, None, None, "committed")]


def test_stage_stated_in_another_clause():
    text = "Aizsardzības ministrs paziņoja, ka Latvija nodos Ukrainai 200 kravas automašīnas."
    assert lv(text) == [("LVA", "equipment", 200, None, None, "committed")]


# Numbers: digits with a space between thousands, decimal commas, number words, scale words and abbreviations.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvija ir nodevusi Ukrainai 1 000 dronu.", ("LVA", "drones", 1000, None, None, "delivered")),
        ("Dānija nosūtīs Ukrainai divpadsmit haubices.", ("DNK", "artillery", 12, None, None, "committed")),
        ("Norvēģija nodos Ukrainai trīs NASAMS sistēmas.", ("NOR", "air_defence", 3, None, None, "committed")),
        ("Somija nosūtīs Ukrainai 20 tūkst. artilērijas lādiņu.", ("FIN", "ammunition", 20000, None, None, "committed")),
        ("Francija piešķirs Ukrainai 1,5 miljardus eiro budžeta atbalstam.", ("FRA", "financial", None, 1.5e9, "EUR", "committed")),
        ("Kanāda piešķirs Ukrainai 2,5 milj. eiro humānajai palīdzībai.", ("CAN", "humanitarian", None, 2.5e6, "EUR", "committed")),
        ("Itālija piešķirs Ukrainai divdesmit miljonus eiro atjaunošanai.", ("ITA", "humanitarian", None, 20e6, "EUR", "committed")),
        ("ASV nodos Ukrainai ieročus 300 miljonu dolāru vērtībā.", ("USA", "military_unspecified", None, 300e6, "USD", "committed")),
    ],
)
def test_counts_and_amounts(text, expected):
    assert lv(text) == [expected]


def test_calibre_is_not_a_count():
    assert lv("Čehija piegādāja Ukrainai 155 mm artilērijas munīciju.") == [("CZE", "ammunition", None, None, None, "delivered")]


# What is not given: needs, requests, refusals, negation, aid to another country.


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainai steidzami nepieciešama pretgaisa aizsardzība un artilērijas munīcija.",
        "Zelenskis aicināja sabiedrotos nosūtīt vairāk pretgaisa aizsardzības sistēmu.",
        "Ukraina lūdz Latviju nodot vēl dronus.",
        "Ungārija atteicās piegādāt Ukrainai ieročus.",
        "Latvija nenosūtīs Ukrainai tankus.",
        "Vācija nav piegādājusi Ukrainai Taurus raķetes.",
        "Latvija nosūtīs humāno palīdzību uz Moldovu.",
        "Krievija raidīja pret Kijivu 40 dronus un raķetes.",
    ],
)
def test_no_commitment(text):
    assert lv(text) == []


def test_training_in_another_country_belongs_to_the_giver():
    assert keys("Latvija apmācīs ukraiņu karavīrus Vācijā.", lang="lv") == {("LVA", "training")}


def test_place_named_first_is_not_the_giver():
    assert keys("Vācijā notiks ukraiņu karavīru apmācība, ko finansēs Latvija.", lang="lv") == {("LVA", "training")}


def test_package_value_with_listed_items():
    text = "Latvija nodos Ukrainai palīdzības paketi 20 miljonu eiro vērtībā, kurā ietilpst droni, munīcija un ģeneratori."
    found = lv(text)
    assert {(r[0], r[1]) for r in found} == {("LVA", "drones"), ("LVA", "ammunition"), ("LVA", "equipment")}
    assert all(r[3] is None for r in found)


def test_coordinated_donors():
    assert keys("Latvija un Igaunija nosūtīs Ukrainai dronus.", lang="lv") == {("LVA", "drones"), ("EST", "drones")}


def test_language_is_detected():
    text = "Latvijas valdība nolēma nodot Ukrainai vēl 20 bruņutransportierus un munīciju."
    assert keys(text) == keys(text, lang="lv")


def test_not_only_is_not_a_negation():
    assert keys("Latvija nodos Ukrainai ne tikai dronus, bet arī munīciju.", lang="lv") == {("LVA", "drones"), ("LVA", "ammunition")}


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvija nodos Ukrainai astoņas haubices.", ("LVA", "artillery", 8, None, None, "committed")),
        ("Latvija ir nodevusi Ukrainai sešus bruņutransportierus.", ("LVA", "armoured_vehicles", 6, None, None, "delivered")),
        ("Latvija nosūtīs Ukrainai vienu pretgaisa aizsardzības sistēmu.", ("LVA", "air_defence", 1, None, None, "committed")),
        ("Latvija nodos Ukrainai divus IRIS-T komplektus.", ("LVA", "air_defence", 2, None, None, "committed")),
        ("Latvija piegādāja Ukrainai 200 teltis.", ("LVA", "humanitarian", 200, None, None, "delivered")),
        ("Latvija ziedos Ukrainai 20 ātrās palīdzības automašīnas.", ("LVA", "humanitarian", 20, None, None, "committed")),
        ("Latvija piegādās Ukrainai 300 tonnu degvielas.", ("LVA", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert rows(text, lang="lv") == [expected]


# Verb forms governments use (issue 10): tenses, verbal nouns, running totals, baselines, halts.


@pytest.mark.parametrize(
    "text",
    [
        "Latvija nākamgad nodos Ukrainai desmit haubices.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="lv") == [("LVA", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Valdība pieņēma lēmumu par desmit haubiču nodošanu Ukrainai.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="lv") == [("LVA", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Kopš Krievijas iebrukuma Latvija sniegusi Ukrainai atbalstu 3 miljardu eiro apmērā.",
        "Līdz šodienai Latvija nodevusi Ukrainai 30 haubices.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="lv") == []


@pytest.mark.parametrize(
    "text",
    [
        "Papildus jau solītajiem 100 miljoniem eiro Latvija piešķirs 20 miljonus eiro humānajai palīdzībai.",
        "Bez jau solītajiem 100 miljoniem eiro Latvija piešķirs 20 miljonus eiro humānajai palīdzībai.",
    ],
)
def test_the_baseline_figure_is_not_new_money(text):
    assert rows(text, lang="lv") == [("LVA", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Papildus tam Latvija piešķirs 20 miljonus eiro humānajai palīdzībai.",
        "Bez tam Latvija piešķirs 20 miljonus eiro humānajai palīdzībai.",
    ],
)
def test_besides_this_as_an_adverb_keeps_the_new_amount(text):
    assert rows(text, lang="lv") == [("LVA", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Latvija apturēja haubiču piegādes Ukrainai.",
    ],
)
def test_a_halted_delivery_gives_nothing(text):
    assert rows(text, lang="lv") == []


# Unseen news (issue 10): what articles carry besides the new pledge.

POLISH_PLEDGE = "Polija nodos Ukrainai munīciju."
POLISH_ROW = ("POL", "ammunition", None, None, None, "committed")


@pytest.mark.parametrize(
    "aside",
    [
        "Ukrainas partneri nodevuši desmitiem tanku.",
        "Starptautiskā sabiedrība sniegs vairāk pretgaisa aizsardzības sistēmu.",
    ],
)
def test_unnamed_partners_are_no_donor(aside):
    assert lv(f"{POLISH_PLEDGE} {aside}") == [POLISH_ROW]


@pytest.mark.parametrize(
    "text",
    [
        "Vācu uzņēmums Rheinmetall piegādās Ukrainai 100 bruņumašīnas.",
        "Vācu koncerns Rheinmetall piegādās 100 bruņumašīnas Vācijas bruņotajiem spēkiem.",
    ],
)
def test_a_company_and_an_army_are_no_donor_and_no_receiver(text):
    assert lv(text) == []


def test_the_red_cross_in_its_genitive_is_no_government():
    text = f"{POLISH_PLEDGE} Sarkanā Krusta brīvprātīgie saziedoja 2 miljonus eiro civiliedzīvotājiem."
    assert lv(text) == [POLISH_ROW]


@pytest.mark.parametrize(
    "text",
    [
        "Spānija nenodos Ukrainai tankus, paziņoja ministrs.",
        "Spānija nepiegādās Ukrainai tankus, paziņoja ministrs.",
        "Spānija nepiešķīra Ukrainai 10 miljonus eiro, paziņoja ministrs.",
    ],
)
def test_a_negated_verb_stays_negated_beside_an_announcement(text):
    assert lv(text) == []


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Aizsardzības ministrija nodos Ukrainai 10 bruņutransportierus.", "LVA"),
        ("Ministru kabinets nolēma nodot Ukrainai 10 bruņutransportierus.", "LVA"),
        ("Vācijas Aizsardzības ministrija nodos Ukrainai 10 bruņutransportierus.", "DEU"),
    ],
)
def test_a_ministry_or_the_cabinet_speaks_for_its_government(text, donor):
    assert lv(text) == [(donor, "armoured_vehicles", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text", ["Latvija jau nākamnedēļ nodos Ukrainai ģeneratorus.", "Latvija jau nākamajā nedēļā nodos Ukrainai ģeneratorus."]
)
def test_already_before_a_time_ahead_recalls_nothing(text):
    assert lv(text) == [("LVA", "equipment", None, None, None, "committed")]


def test_money_the_public_gave_is_no_government_aid():
    text = f"{POLISH_PLEDGE} Ar Sarkanā Krusta starpniecību iedzīvotāji saziedoja 2 miljonus eiro civiliedzīvotājiem."
    assert lv(text) == [POLISH_ROW]


def test_a_completed_delivery_is_delivered():
    text = "Latvija pabeidza nodot Ukrainai 20 bruņutransportierus."
    assert lv(text) == [("LVA", "armoured_vehicles", 20, None, None, "delivered")]


def test_respectively_pairs_donors_with_amounts():
    text = "Vācija un Francija piešķirs Ukrainai attiecīgi 500 miljonus eiro un 300 miljonus eiro."
    assert lv(text) == [
        ("DEU", "military_unspecified", None, 5e8, "EUR", "committed"),
        ("FRA", "military_unspecified", None, 3e8, "EUR", "committed"),
    ]

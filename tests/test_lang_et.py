"""Estonian: sentences of our own, in the style of Estonian government releases and news."""

import pytest

from tests.helpers import keys, rows


def et(text: str) -> list[tuple]:
    return rows(text, lang="et")


# Donors: Babel's name with a case ending, a lexicon form, a demonym, a capital.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eesti saadab Ukrainale 10 haubitsat.", ("EST", "artillery", 10, None, None, "committed")),
        ("Saksamaa valitsus otsustas saata Ukrainale neli Patriot süsteemi.", ("DEU", "air_defence", 4, None, None, "committed")),
        ("Madalmaade valitsus annetab Ukrainale 18 F-16 hävitajat.", ("NLD", "aircraft", 18, None, None, "committed")),
        (
            "Ameerika Ühendriikide kaitseministeerium on üle andnud Ukrainale 31 Abrams tanki.",
            ("USA", "armoured_vehicles", 31, None, None, "delivered"),
        ),
        ("Briti valitsus lubas Ukrainale 14 Challenger 2 tanki.", ("GBR", "armoured_vehicles", 14, None, None, "committed")),
        ("Berliin lubas Kiievile uusi IRIS-T süsteeme.", ("DEU", "air_defence", None, None, None, "committed")),
    ],
)
def test_donor_forms(text, expected):
    assert et(text) == [expected]


def test_language_is_detected():
    text = "Norra saadab Ukrainale kaks NASAMS-süsteemi."
    assert rows(text) == et(text) == [("NOR", "air_defence", 2, None, None, "committed")]


def test_coordinated_donors_share_the_commitment():
    assert keys("Ameerika Ühendriigid ja Saksamaa saadavad Ukrainale Patriot süsteeme.", lang="et") == {
        ("USA", "air_defence"),
        ("DEU", "air_defence"),
    }


def test_two_donors_in_two_clauses():
    assert keys("Eesti saadab Ukrainale 20 mürsku ning Läti saadab 10 drooni.", lang="et") == {
        ("EST", "ammunition"),
        ("LVA", "drones"),
    }


def test_demonym_gives_training():
    assert et("Soome instruktorid koolitavad Ukraina sõdureid.") == [("FIN", "training", None, None, None, "committed")]


def test_training_place_is_not_the_donor():
    assert et("Eesti koolitab Poolas Ukraina sõdureid.") == [("EST", "training", None, None, None, "committed")]


# Stages.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Saksamaa on tarninud Ukrainale 18 tanki Leopard 2.", "delivered"),
        ("Taani on üle andnud Ukrainale 19 F-16 hävitajat.", "delivered"),
        ("Prantsusmaa kavatseb saata Ukrainale Mirage hävitajaid.", "proposed"),
        ("USA kaalub ATACMS-rakettide saatmist Ukrainale.", "proposed"),
        ("Itaalia võiks tarnida Ukrainale teise SAMP/T süsteemi.", "proposed"),
        ("Eesti valitsus kiitis heaks uue sõjalise abi paketi Ukrainale.", "committed"),
        ("Saksamaa tarnib järgmisel kuul Ukrainale kolm IRIS-T SLM süsteemi.", "committed"),
    ],
)
def test_stage_cues(text, status):
    found = et(text)
    assert found and {r[5] for r in found} == {status}


def test_stage_stated_in_another_clause():
    found = et("Saksamaa valitsus teatas, et Leopard tankid on juba Ukrainale tarnitud.")
    assert found == [("DEU", "armoured_vehicles", None, None, None, "delivered")]


def test_stage_carried_from_the_previous_sentence():
    found = et("Eesti kaalub uut abipaketti. Paketti kuuluks 20 soomukit.")
    assert found == [("EST", "armoured_vehicles", 20, None, None, "proposed")]


# Counts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holland tarnib Ukrainale 1 000 000 mürsku.", ("NLD", "ammunition", 1_000_000)),
        ("Kanada saadab Ukrainale 25\u00a0000 automaatrelva.", ("CAN", "small_arms", 25_000)),
        ("Saksamaa on tarninud Ukrainale ühe IRIS-T süsteemi.", ("DEU", "air_defence", 1)),
        ("Leedu saadab Ukrainale kolm tuhat granaati.", ("LTU", "ammunition", 3000)),
        ("Poola saadab Ukrainale sada tanki.", ("POL", "armoured_vehicles", 100)),
        ("Läti saadab Ukrainale kakskümmend viis veokit.", ("LVA", "equipment", 25)),
        ("Kanada annetab Ukrainale viissada drooni.", ("CAN", "drones", 500)),
    ],
)
def test_counts(text, expected):
    assert [(r[0], r[1], r[2]) for r in et(text)] == [expected]


def test_calibre_is_not_a_count():
    assert et("Läti on saatnud Ukrainale 155 mm mürske.") == [("LVA", "ammunition", None, None, None, "delivered")]


# Amounts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rootsi annetab Ukrainale 100 miljonit eurot humanitaarabi.", ("SWE", "humanitarian", None, 100e6, "EUR", "committed")),
        ("Eesti annab Ukrainale 10 mln eurot humanitaarabi.", ("EST", "humanitarian", None, 10e6, "EUR", "committed")),
        ("Jaapan annab Ukrainale 4,5 miljardit dollarit eelarvetoetust.", ("JPN", "financial", None, 4.5e9, "USD", "committed")),
        ("Poola annab Ukrainale 100 miljonit zlotti humanitaarabi.", ("POL", "humanitarian", None, 100e6, "PLN", "committed")),
        ("Norra annab Ukrainale õhutõrjeks 10 miljardit krooni.", ("NOR", "air_defence", None, 10e9, "NOK", "committed")),
        (
            "Euroopa Komisjon maksis Ukrainale välja 4,2 miljardit eurot makromajanduslikku finantsabi.",
            ("EU", "financial", None, 4.2e9, "EUR", "delivered"),
        ),
        (
            "Ameerika Ühendriigid eraldasid Ukrainale miljardi dollari suuruse sõjalise abipaketi.",
            ("USA", "military_unspecified", None, 1e9, "USD", "committed"),
        ),
    ],
)
def test_amounts(text, expected):
    assert et(text) == [expected]


def test_a_second_currency_is_a_conversion():
    found = et("Taani annetab Ukrainale sõjalist abi 2,2 miljardit krooni ehk umbes 300 miljonit eurot.")
    assert found == [("DNK", "military_unspecified", None, 2.2e9, "DKK", "committed")]


def test_package_value_with_one_listed_item():
    found = et("Eesti uus abipakett sisaldab 10 soomukit ja selle väärtus on 50 miljonit eurot.")
    assert found == [("EST", "armoured_vehicles", 10, 50e6, "EUR", "committed")]


def test_package_value_with_several_listed_items():
    found = et("Taani uus 1,2 miljardi kroonine abipakett sisaldab mürske ja tankitõrjerelvi.")
    assert found == [
        ("DNK", "ammunition", None, None, None, "committed"),
        ("DNK", "small_arms", None, None, None, "committed"),
    ]


# Categories that need a rule of their own.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saksamaa saadab Ukrainale Gepard õhutõrjetanke.", {("DEU", "air_defence")}),
        ("Eesti saadab Ukrainale talvevarustust, kütust ja varuosi.", {("EST", "equipment")}),
        ("Norra annetab Ukrainale patrullpaate.", {("NOR", "naval")}),
        ("Rootsi annetab Ukrainale tankitõrjerakette.", {("SWE", "small_arms")}),
        ("Leedu saadab Ukrainale generaatoreid ja talveriietust.", {("LTU", "equipment")}),
    ],
)
def test_category_terms(text, expected):
    assert keys(text, lang="et") == expected


# What is not given.


@pytest.mark.parametrize(
    "text",
    [
        "Ukraina vajab rohkem õhutõrjet.",
        "Ukraina palus Eestilt rohkem laskemoona.",
        "Prantsusmaa president loodab, et Euroopa saadaks Ukrainale rohkem õhutõrjet.",
        "Ungari keeldus saatmast relvi Ukrainale.",
        "Saksamaa ei saada Ukrainale Taurus rakette.",
        "Soome ei ole saatnud Ukrainale hävitajaid.",
        "Venemaa väidab, et hävitas kümme Leopard tanki.",
        "Eesti saadab Lätile 50 veokit.",
    ],
)
def test_needs_refusals_negations_losses_and_other_recipients(text):
    assert et(text) == []


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eesti toimetab Ukrainale kaheksa haubitsat.", ("EST", "artillery", 8, None, None, "committed")),
        ("Eesti toimetas Ukrainale kuus soomukit.", ("EST", "armoured_vehicles", 6, None, None, "delivered")),
        ("Eesti saadab Ukrainale kaks IRIS-T üksust.", ("EST", "air_defence", 2, None, None, "committed")),
        ("Eesti otsustas kaheteistkümne haubitsa üleandmise Ukrainale.", ("EST", "artillery", 12, None, None, "committed")),
        ("Eesti saatis Ukrainale 200 telki.", ("EST", "humanitarian", 200, None, None, "delivered")),
        ("Eesti annetab Ukrainale 20 kiirabiautot.", ("EST", "humanitarian", 20, None, None, "committed")),
        ("Eesti saadab Ukrainale 300 tonni kütust.", ("EST", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert rows(text, lang="et") == [expected]


# Verb forms governments use (issue 10): tenses, verbal nouns, running totals, baselines, halts.


@pytest.mark.parametrize(
    "text",
    [
        "Eesti annab järgmisel aastal Ukrainale üle kümme haubitsat.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="et") == [("EST", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Valitsus otsustas kümne haubitsa üleandmise Ukrainale.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="et") == [("EST", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Täiemahulise sõja algusest on Eesti andnud Ukrainale abi 3 miljardi euro väärtuses.",
        "Tänaseks on Eesti andnud Ukrainale üle 30 haubitsat.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="et") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lisaks juba lubatud 100 miljonile eurole eraldab Eesti 20 miljonit eurot humanitaarabiks.",
        "Lisaks varem lubatud 100 miljonile eurole eraldab Eesti 20 miljonit eurot humanitaarabiks.",
    ],
)
def test_the_baseline_figure_is_not_new_money(text):
    assert rows(text, lang="et") == [("EST", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Lisaks sellele eraldab Eesti 20 miljonit eurot humanitaarabiks.",
    ],
)
def test_besides_this_as_an_adverb_keeps_the_new_amount(text):
    assert rows(text, lang="et") == [("EST", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Eesti peatas haubitsate tarned Ukrainale.",
    ],
)
def test_a_halted_delivery_gives_nothing(text):
    assert rows(text, lang="et") == []


@pytest.mark.parametrize(
    "text",
    [
        "Opositsiooni esindaja küsis, kas valitsus kaalub Ukrainale laskemoona lisasaadetisi.",
        "Ajakirjanik küsis, kas Eesti saadab Ukrainale veel haubitsaid.",
        "Leedu küsib, kas Saksamaa annab Ukrainale Taurus-rakette.",
    ],
)
def test_a_question_whether_it_gives_gives_nothing(text):
    assert rows(text, lang="et") == []


@pytest.mark.parametrize(
    "text",
    [
        "Minister meenutas, et Eesti on juba üle andnud kõik oma 155 mm haubitsad.",
        "Peaminister meenutas, et Eesti on Ukrainale juba saatnud 10 Javelini laskeseadet.",
    ],
)
def test_a_reminder_of_earlier_aid_is_not_news(text):
    assert rows(text, lang="et") == []


def test_artillery_ammunition_is_ammunition():
    assert rows("Eesti saadab Ukrainale suurtükimoona ja 200 drooni.", lang="et") == [
        ("EST", "ammunition", None, None, None, "committed"),
        ("EST", "drones", 200, None, None, "committed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Eesti inimesed annetasid Ukrainale 2 miljonit eurot.",
        "Eesti Pagulasabi annab Ukrainale 2 miljonit eurot.",
        "Eesti Punane Rist saadab Ukrainale 20 generaatorit.",
    ],
)
def test_the_public_and_national_charities_are_no_government(text):
    """What a country's people or its charities give is no government's aid."""
    assert rows(text, lang="et") == []


@pytest.mark.parametrize(
    "text",
    [
        "Eesti annab Gazale 1 miljon eurot humanitaarabi.",
        "Eesti saadab Gazasse humanitaarabi 1 miljoni euro eest.",
    ],
)
def test_aid_to_gaza_is_not_aid_to_ukraine(text):
    assert rows(text, lang="et") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lisaks rahastab Eesti 10 miljoni euroga Ukraina droonide tootmist.", ("EST", "drones", None, 10e6, "EUR", "committed")),
        ("Eesti rahastas Ukrainale 20 soomukit.", ("EST", "armoured_vehicles", 20, None, None, "committed")),
    ],
)
def test_the_verb_to_finance_is_no_fund(text, expected):
    """'rahastab' (finances) once held the stem of 'rahastu' (a fund) and added a financial row beside the item."""
    assert rows(text, lang="et") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Eesti saadab Ukrainale 40 generaatorit ELi elanikkonnakaitse mehhanismi kaudu.",
    ],
)
def test_the_eu_mechanism_that_coordinates_is_no_giver(text):
    """What a country sends with the support of, or through, the EU's civil protection mechanism is its own aid."""
    assert rows(text, lang="et") == [("EST", "equipment", 40, None, None, "committed")]

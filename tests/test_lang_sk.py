"""Slovak: donors, stages, counts and amounts in sentences of our own, and the cues that keep a sentence from committing."""

import pytest

from tests.helpers import keys, rows


def sk(text: str) -> list[tuple]:
    return rows(text, lang="sk")


# Donors: Babel's name, inflected names, demonyms, capitals, coordinated donors.


def test_babel_name_with_a_count_in_digits():
    assert sk("Slovensko poskytne Ukrajine 12 húfnic Zuzana 2.") == [("SVK", "artillery", 12, None, None, "committed")]


def test_the_language_is_detected():
    text = "Slovensko dodalo Ukrajine 13 stíhačiek MiG-29."
    assert rows(text) == sk(text) == [("SVK", "aircraft", 13, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrajina dostala od Nemecka ďalšie systémy IRIS-T.", ("DEU", "air_defence")),
        ("Zo Spojených štátov dorazili na Ukrajinu ďalšie systémy Patriot.", ("USA", "air_defence")),
        ("Od Veľkej Británie dostala Ukrajina 14 tankov Challenger 2.", ("GBR", "armoured_vehicles")),
    ],
)
def test_inflected_country_names(text, expected):
    assert keys(text, lang="sk") == {expected}


def test_a_demonym_gives_what_its_government_sends():
    text = "Nemecká vláda oznámila, že Ukrajine dodá 20 obrnených transportérov."
    assert sk(text) == [("DEU", "armoured_vehicles", 20, None, None, "committed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bratislava poskytne Ukrajine ďalšiu muníciu.", ("SVK", "ammunition")),
        ("Berlín pošle Ukrajine ďalšie systémy Patriot.", ("DEU", "air_defence")),
    ],
)
def test_a_capital_stands_for_its_government(text, expected):
    assert keys(text, lang="sk") == {expected}


def test_coordinated_donors_share_the_commitment():
    assert keys("Česko a Slovensko dodajú Ukrajine delostrelecké granáty.", lang="sk") == {
        ("CZE", "ammunition"),
        ("SVK", "ammunition"),
    }


def test_eu_institutions_are_the_eu():
    text = "Európska komisia vyplatila Ukrajine 4,2 miliardy eur v rámci Nástroja pre Ukrajinu."
    assert sk(text) == [("EU", "financial", None, 4.2e9, "EUR", "delivered")]


# Stages.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Slovensko poskytne Ukrajine ďalšie húfnice Zuzana.", "committed"),
        ("Slovensko prisľúbilo Ukrajine ďalšie húfnice Zuzana.", "committed"),
        ("Slovensko odovzdalo Ukrajine systém protivzdušnej obrany S-300.", "delivered"),
        ("Prvé húfnice Zuzana už dorazili na Ukrajinu zo Slovenska.", "delivered"),
        ("Slovensko zvažuje, že Ukrajine pošle ďalšie delostrelecké strelivo.", "proposed"),
        ("Slovensko plánuje odovzdať Ukrajine stíhačky MiG-29.", "proposed"),
        ("Slovensko by mohlo Ukrajine poskytnúť ďalšie vrtuľníky.", "proposed"),
        ("Tanky Leopard 1 budú Ukrajine odovzdané budúci mesiac, uviedlo Nemecko.", "committed"),
    ],
)
def test_stage_cues(text, status):
    found = sk(text)
    assert found and {r[5] for r in found} == {status}


def test_a_stage_stated_in_a_subordinate_clause():
    text = "Systém S-300, ktorý Slovensko darovalo Ukrajine, je už v bojovom nasadení."
    assert sk(text) == [("SVK", "air_defence", None, None, None, "delivered")]


def test_minister_added_is_a_speech_verb_not_a_delivery():
    assert sk("Nemecko poskytne Ukrajine muníciu, dodal minister.") == [("DEU", "ammunition", None, None, None, "committed")]


# Counts.


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Slovensko dodá Ukrajine 30 000 nábojov.", 30000),
        ("Slovensko dodá Ukrajine 30\u00a0000 nábojov.", 30000),
        ("Slovensko poskytne Ukrajine päť vrtuľníkov Mi-17.", 5),
        ("Slovensko pošle Ukrajine dvanásť húfnic Zuzana.", 12),
        ("Slovensko daruje Ukrajine dva systémy protivzdušnej obrany.", 2),
        ("Slovensko poskytne Ukrajine 12 z 30 húfnic Zuzana.", 12),
        ("Slovensko poskytne Ukrajine približne 20 tankov.", 20),  # 'about' counts
        ("Slovensko poskytne Ukrajine takmer 20 tankov.", None),  # an upper bound does not
        ("Slovensko poskytne Ukrajine 155 mm delostreleckú muníciu.", None),
    ],
)
def test_counts(text, quantity):
    found = sk(text)
    assert len(found) == 1 and found[0][2] == quantity


def test_counts_of_two_categories():
    assert sk("Slovensko poskytne Ukrajine 40 obrnených vozidiel a 10 nákladných áut.") == [
        ("SVK", "armoured_vehicles", 40, None, None, "committed"),
        ("SVK", "equipment", 10, None, None, "committed"),
    ]


# Amounts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Slovensko poskytne Ukrajine humanitárnu pomoc vo výške 1,5 milióna eur.",
            ("SVK", "humanitarian", None, 1.5e6, "EUR", "committed"),
        ),
        (
            "Slovenská vláda schválila humanitárnu pomoc pre Ukrajinu v hodnote 2,5 mil. eur.",
            ("SVK", "humanitarian", None, 2.5e6, "EUR", "committed"),
        ),
        (
            "Slovensko poskytne Ukrajine pol milióna eur na obnovu energetickej infraštruktúry.",
            ("SVK", "humanitarian", None, 5e5, "EUR", "committed"),
        ),
        (
            "Švédsko vyčlenilo 500 miliónov švédskych korún na humanitárnu pomoc pre Ukrajinu.",
            ("SWE", "humanitarian", None, 5e8, "SEK", "committed"),
        ),
        (
            "Spojené kráľovstvo poskytne Ukrajine úver vo výške 2,2 miliardy libier.",
            ("GBR", "financial", None, 2.2e9, "GBP", "committed"),
        ),
        (
            "Slovensko poskytne Ukrajine humanitárnu pomoc vo výške od 100 do 150 miliónov eur.",
            ("SVK", "humanitarian", None, 1.5e8, "EUR", "committed"),
        ),
    ],
)
def test_amounts(text, expected):
    assert sk(text) == [expected]


def test_million_abbreviation_before_a_currency_code():
    # "mil. EUR" is not the end of a sentence.
    text = "Slovensko poskytne Ukrajine humanitárnu pomoc vo výške 3 mil. EUR."
    assert sk(text) == [("SVK", "humanitarian", None, 3e6, "EUR", "committed")]


def test_a_package_value_with_listed_items_is_not_an_extra_row():
    text = (
        "Spojené štáty poskytnú Ukrajine balík vojenskej pomoci v hodnote 500 miliónov dolárov, "
        "ktorý zahŕňa muníciu pre HIMARS a protitankové strely Javelin."
    )
    assert keys(text, lang="sk") == {("USA", "ammunition"), ("USA", "small_arms")}
    assert all(r[3] is None for r in sk(text))


# Sentences that commit nothing.


@pytest.mark.parametrize(
    "text",
    [
        "Ukrajina naliehavo potrebuje viac protivzdušnej obrany.",
        "Ukrajina žiada od spojencov ďalšie stíhačky F-16.",
        "Prezident Zelenskyj vyzval spojencov, aby Ukrajine poslali viac munície.",
    ],
)
def test_needs_and_requests(text):
    assert sk(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Slovensko odmietlo poslať Ukrajine stíhačky.",
        "Vláda zamietla návrh na odovzdanie tankov Ukrajine.",
    ],
)
def test_refusals(text):
    assert sk(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Slovensko nepošle Ukrajine žiadne zbrane.",
        "Slovensko nebude Ukrajine dodávať ďalšie tanky.",
    ],
)
def test_negation(text):
    assert sk(text) == []


def test_aid_to_another_country():
    assert sk("Slovensko pošle humanitárnu pomoc do Moldavska.") == []


def test_aid_to_another_country_in_the_dative():
    # No preposition: the dative ending alone says that Moldova is the recipient.
    assert sk("Slovensko poskytne Moldavsku humanitárnu pomoc.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Slovensko už predtým poskytlo Ukrajine tanky T-72.",
        "Slovensko doteraz poskytlo Ukrajine vojenskú pomoc v celkovej hodnote 671 miliónov eur.",
        "Rusko tvrdí, že zničilo päť húfnic Zuzana.",
        "Slovensko kúpi pre vlastnú armádu 152 bojových vozidiel CV90.",
    ],
)
def test_recalls_losses_and_own_purchases(text):
    assert sk(text) == []


def test_training_in_another_country_is_given_by_the_trainer():
    assert sk("Slovensko vycvičí 500 ukrajinských vojakov v Poľsku.") == [("SVK", "training", None, None, None, "committed")]


def test_a_person_named_like_a_weapon_is_not_one():
    # Zuzana is a howitzer and a first name.
    text = "Prezidentka Zuzana Čaputová uviedla, že Slovensko poskytne Ukrajine humanitárnu pomoc."
    assert sk(text) == [("SVK", "humanitarian", None, None, None, "committed")]


def test_a_capital_after_in_is_a_place_not_the_giver():
    text = "Slovensko v Bruseli ohlásilo nový balík vojenskej pomoci pre Ukrajinu."
    assert sk(text) == [("SVK", "military_unspecified", None, None, None, "committed")]


# Vocabulary audit: forms of giving, delivering, items, number words and measures of our own sentences.


def test_future_of_handing_over():
    assert rows("Slovensko odovzdá Ukrajine štyri tanky.", lang="sk") == [("SVK", "armoured_vehicles", 4, None, None, "committed")]


def test_periphrastic_future_of_supplying():
    assert rows("Slovensko bude dodávať Ukrajine delostreleckú muníciu.", lang="sk") == [
        ("SVK", "ammunition", None, None, None, "committed")
    ]


def test_past_of_supplying_a_singular_helicopter():
    assert rows("Slovensko dodalo Ukrajine jeden vrtuľník.", lang="sk") == [("SVK", "aircraft", 1, None, None, "delivered")]


def test_a_delivery_noun_in_the_dative_with_an_inflected_count():
    assert rows("Česko sa zaviazalo k dodávke šiestich vrtuľníkov Ukrajine.", lang="sk") == [
        ("CZE", "aircraft", 6, None, None, "committed")
    ]
    assert rows("Fínsko pošle Ukrajine dvanástich inštruktorov.", lang="sk") == [("FIN", "training", 12, None, None, "committed")]


def test_humanitarian_items_are_counted():
    assert rows("Nórsko odovzdá Ukrajine päťsto prikrývok.", lang="sk") == [("NOR", "humanitarian", 500, None, None, "committed")]
    assert rows("Litva doručila Ukrajine 15 sanitiek.", lang="sk") == [("LTU", "humanitarian", 15, None, None, "delivered")]


def test_a_unit_in_the_singular_counts_one_system():
    assert rows("Dánsko daruje Ukrajine jednu batériu Patriot.", lang="sk") == [("DNK", "air_defence", 1, None, None, "committed")]


def test_a_measure_counts_nothing():
    assert rows("Rakúsko dodá Ukrajine 20 ton potravín.", lang="sk") == [("AUT", "humanitarian", None, None, None, "committed")]
    assert rows("Nemecko dodá Ukrajine 5000 litrov paliva.", lang="sk") == [("DEU", "equipment", None, None, None, "committed")]


def test_a_transfer_of_budget_support():
    assert rows("Poľsko prevedie Ukrajine 200 miliónov eur rozpočtovej podpory.", lang="sk") == [
        ("POL", "financial", None, 200e6, "EUR", "committed")
    ]


def test_becoming_is_not_a_tent():
    assert rows("Nemecko dodá Ukrajine tanky, čo sa stane do konca roka.", lang="sk") == [
        ("DEU", "armoured_vehicles", None, None, None, "committed")
    ]


# Verb forms governments use (issue 10): verbal nouns in their cases, running totals, baselines, halts.


def test_a_future_pledge_is_committed():
    assert rows("Slovensko budúci rok dodá Ukrajine desať húfnic.", lang="sk") == [("SVK", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    ["Vláda rozhodla o odovzdaní 10 húfnic Ukrajine.", "Vláda schválila uznesenie o darovaní 10 húfnic Ukrajine."],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="sk") == [("SVK", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Od ruskej invázie Slovensko poskytlo Ukrajine pomoc v hodnote 3 miliardy eur.",
        "Doposiaľ Slovensko dodalo Ukrajine 30 húfnic.",
        "Do dnešného dňa Slovensko poskytlo Ukrajine pomoc v hodnote 3 miliardy eur.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="sk") == []


@pytest.mark.parametrize("opening", ["Okrem", "Nad rámec", "Navyše k"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} už prisľúbených 100 miliónov eur poskytne Slovensko 20 miliónov eur na humanitárnu pomoc."
    assert rows(text, lang="sk") == [("SVK", "humanitarian", None, 20e6, "EUR", "committed")]


def test_besides_this_as_an_adverb_keeps_the_new_amount():
    text = "Okrem toho poskytne Slovensko 20 miliónov eur na humanitárnu pomoc."
    assert rows(text, lang="sk") == [("SVK", "humanitarian", None, 20e6, "EUR", "committed")]


def test_a_halted_delivery_gives_nothing():
    assert rows("Slovensko pozastavilo dodávky húfnic Ukrajine.", lang="sk") == []


# Unseen news (issue 10): what a careful analyst records beside a release, an agency report or a debate summary.


@pytest.mark.parametrize(
    "text",
    [
        "Kanada predtým dodala Ukrajine 40 obrnených vozidiel.",
        "Švédsko v minulosti odovzdalo Ukrajine 12 húfnic Archer.",
        "Poľsko od roku 2022 poskytlo Ukrajine pomoc v hodnote 3 miliárd eur.",
    ],
)
def test_an_earlier_gift_recalled_in_passing_gives_no_row(text):
    assert rows(text, lang="sk") == []


def test_a_delivery_still_to_come_is_a_commitment():
    text = "Vláda schválila darovanie 15 húfnic Ukrajine. Prvé húfnice majú byť odovzdané v apríli."
    assert rows(text, lang="sk") == [("SVK", "artillery", 15, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Vláda schválila 10 húfnic pre Ukrajinu. Verejná zbierka Slovenského Červeného kríža vyzbierala od občanov 2,3 milióna eur.",
        "Vláda schválila 10 húfnic pre Ukrajinu. Zbierka na drony pre Ukrajinu vyzbierala 300 000 eur.",
        "Vláda schválila 10 húfnic pre Ukrajinu. Slovenská katolícka charita poslala na Ukrajinu 20 kamiónov potravín.",
    ],
)
def test_money_the_public_gives_through_a_charity_is_no_government_aid(text):
    assert [r for r in rows(text, lang="sk") if r[1] != "artillery"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Partneri Ukrajiny dodali Ukrajine 50 tankov.",
        "Ďalšie krajiny pošlú Ukrajine stovky dronov.",
        "Západní spojenci poskytnú Ukrajine 20 miliárd eur.",
    ],
)
def test_unnamed_partners_are_no_donor(text):
    assert rows(text, lang="sk") == []


def test_the_eu_mechanism_that_coordinates_a_gift_gives_nothing_itself():
    text = "S podporou mechanizmu civilnej ochrany EÚ Slovensko odoslalo Ukrajine 12 generátorov."
    assert keys(text, lang="sk") == {("SVK", "humanitarian")}


def test_ambulances_are_humanitarian():
    assert rows("Slovensko odovzdalo Ukrajine dvadsať ambulancií.", lang="sk") == [("SVK", "humanitarian", 20, None, None, "delivered")]


@pytest.mark.parametrize(
    "text", ["Slovensko zaplatí výcvik na tankoch Leopard.", "Slovensko zabezpečí výcvik ukrajinských pilotov na stíhačkách F-16."]
)
def test_training_on_a_weapon_gives_training_not_the_weapon(text):
    assert {category for _, category, *_ in rows(text, lang="sk")} == {"training"}


@pytest.mark.parametrize(
    ("text", "count"), [("Slovensko dodá Ukrajine dvadsaťpäť tankov.", 25), ("Slovensko dodá Ukrajine štyridsaťdva tankov.", 42)]
)
def test_a_number_written_as_one_word_counts(text, count):
    assert rows(text, lang="sk") == [("SVK", "armoured_vehicles", count, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    ["Slovenská armáda dostane 8 nových vrtuľníkov z USA.", "Slovensko daruje moldavskej armáde 20 vozidiel."],
)
def test_what_goes_to_an_army_other_than_ukraines_is_not_aid(text):
    assert rows(text, lang="sk") == []


@pytest.mark.parametrize(
    "text",
    [
        "Slovenskí občania vyzbierali 2 milióny eur pre deti na Ukrajine.",
        "Vláda schválila 10 húfnic pre Ukrajinu. Slovenskí občania vyzbierali 2 milióny eur pre deti na Ukrajine.",
    ],
)
def test_what_citizens_give_is_no_government_aid(text):
    assert [r for r in rows(text, lang="sk") if r[1] != "artillery"] == []


def test_money_for_hospitals_and_power_is_humanitarian():
    assert rows("Vláda poskytne 1,5 milióna eur na zásobovanie ukrajinských nemocníc elektrinou.", lang="sk") == [
        ("SVK", "humanitarian", None, 1_500_000, "EUR", "committed")
    ]


@pytest.mark.parametrize(
    ("text", "donors"),
    [
        ("Holandsko a Dánsko zaplatia 20 húfnic Zuzana 2 pre Ukrajinu.", {"NLD", "DNK"}),
        ("Dánsko zaplatilo 20 húfnic Zuzana 2 pre Ukrajinu.", {"DNK"}),
    ],
)
def test_paying_for_weapons_for_ukraine_commits_them(text, donors):
    assert rows(text, lang="sk") == sorted((d, "artillery", 20, None, None, "committed") for d in donors)


def test_the_arms_makers_country_is_not_the_giver():
    text = "Holandsko zaplatí Ukrajine 20 húfnic od slovenskej zbrojovky."
    assert rows(text, lang="sk") == [("NLD", "artillery", 20, None, None, "committed")]

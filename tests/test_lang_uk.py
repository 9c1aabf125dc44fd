"""Ukrainian: sentences of our own in the style of Ukrainian news, read with the uk lexicon."""

import pytest

from tests.helpers import keys, rows


def uk(text):
    return rows(text, lang="uk")


# Donors: Babel's name, its inflected forms, demonyms, capitals, EU institutions.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Німеччина передасть Україні 14 танків Leopard 2A6.", ("DEU", "armoured_vehicles", 14, None, None, "committed")),
        ("Британський уряд передасть Україні 14 танків Challenger 2.", ("GBR", "armoured_vehicles", 14, None, None, "committed")),
        ("Вашингтон передасть Києву 31 танк Abrams.", ("USA", "armoured_vehicles", 31, None, None, "committed")),
        ("Мадрид передасть Україні ще 10 танків Leopard 2A4.", ("ESP", "armoured_vehicles", 10, None, None, "committed")),
        ("Словаччина передала Україні 13 винищувачів МіГ-29.", ("SVK", "aircraft", 13, None, None, "delivered")),
    ],
)
def test_donor_forms(text, expected):
    assert uk(text) == [expected]


def test_inflected_donor_after_source_word_of_a_receive_verb():
    found = uk("Україна отримала від Німеччини ще два зенітні ракетні комплекси IRIS-T.")
    assert found == [("DEU", "air_defence", 2, None, None, "delivered")]


def test_receive_verb_with_an_amount_from_the_giver():
    found = uk("Україна отримала від Японії 1 млрд доларів на відбудову енергетики.")
    assert found == [("JPN", "humanitarian", None, 1e9, "USD", "delivered")]


def test_giver_after_source_word_in_an_arrival_sentence():
    assert uk("До України прибули перші винищувачі F-16 з Данії.") == [("DNK", "aircraft", None, None, None, "delivered")]


def test_european_commission_disburses_budget_support():
    found = uk("Європейська комісія перерахувала Україні 4,2 млрд євро в межах інструменту Ukraine Facility.")
    assert found == [("EU", "financial", None, 4.2e9, "EUR", "delivered")]


def test_nato_collective_decision():
    assert uk("Країни НАТО погодили передачу Україні додаткових систем ППО.") == [("NATO", "air_defence", None, None, None, "committed")]


def test_coordinated_donors_share_the_commitment():
    found = uk("Португалія та Іспанія передадуть Україні по шість танків Leopard 2.")
    assert found == [("ESP", "armoured_vehicles", 6, None, None, "committed"), ("PRT", "armoured_vehicles", 6, None, None, "committed")]


def test_two_donors_in_two_clauses():
    found = keys("Данія передасть Україні 19 винищувачів F-16, а Норвегія надасть системи NASAMS.", lang="uk")
    assert found == {("DNK", "aircraft"), ("NOR", "air_defence")}


# Stages.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Франція надала Україні шість гаубиць Caesar.", ("FRA", "artillery", 6, None, None, "delivered")),
        ("Австралія передала Україні 49 танків Abrams.", ("AUS", "armoured_vehicles", 49, None, None, "delivered")),
        ("Нідерланди заявили, що передадуть Україні 18 гаубиць PzH 2000.", ("NLD", "artillery", 18, None, None, "committed")),
        ("Бельгія передасть Україні перші винищувачі F-16 наступного року.", ("BEL", "aircraft", None, None, None, "committed")),
        ("Швеція розглядає можливість передати Україні винищувачі Gripen.", ("SWE", "aircraft", None, None, None, "proposed")),
        ("Італія планує передати Україні ще одну систему SAMP/T.", ("ITA", "air_defence", 1, None, None, "proposed")),
        ("Італія могла б передати Україні ще одну батарею SAMP/T.", ("ITA", "air_defence", 1, None, None, "proposed")),
    ],
)
def test_stage_cues(text, expected):
    assert uk(text) == [expected]


def test_a_delivery_announced_for_later_is_a_commitment():
    text = "Німеччина повідомила, що до кінця року Україні буде доставлено ще 40 бойових машин піхоти Marder."
    assert uk(text) == [("DEU", "armoured_vehicles", 40, None, None, "committed")]


def test_decision_cue_with_an_amount_in_kroner():
    text = "Уряд Норвегії ухвалив рішення виділити 1,5 мільярда крон на протиповітряну оборону України."
    assert uk(text) == [("NOR", "air_defence", None, 1.5e9, "NOK", "committed")]


def test_a_pending_vote_is_proposed():
    text = "Конгрес США проголосує за пакет допомоги Україні на 61 млрд доларів."
    assert uk(text) == [("USA", "military_unspecified", None, 61e9, "USD", "proposed")]


def test_stage_stated_in_another_clause():
    text = "Уряд Португалії затвердив пакет, до якого увійдуть три танки Leopard 2A6 та 14 вантажівок."
    assert uk(text) == [("PRT", "armoured_vehicles", 3, None, None, "committed"), ("PRT", "equipment", 14, None, None, "committed")]


def test_stage_stated_in_the_sentence_before():
    text = "Норвегія ухвалила новий пакет допомоги Україні. До нього увійдуть 22 безпілотники та 10 вантажівок."
    assert uk(text) == [("NOR", "drones", 22, None, None, "committed"), ("NOR", "equipment", 10, None, None, "committed")]


# Counts: digits with spaces, number words in their case forms, calibres.


def test_count_in_digits_with_space_separators():
    assert uk("Естонія передасть Україні 1 500 000 набоїв.") == [("EST", "ammunition", 1_500_000, None, None, "committed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Канада передала Україні чотири танки Leopard 2.", 4),
        ("Австралія передасть Україні сім бронемашин Bushmaster.", 7),
        ("Нідерланди профінансують передачу Україні трьох систем Patriot.", 3),
        ("Естонія передасть Україні п'ятнадцять тисяч снарядів калібру 155 мм.", 15_000),
        ("Литва передасть Україні ще три тисячі снарядів.", 3_000),
    ],
)
def test_count_in_words(text, count):
    assert uk(text)[0][2] == count


def test_compound_number_words_add_up():
    assert uk("Латвія передала Україні двадцять п'ять бронетранспортерів M113.") == [
        ("LVA", "armoured_vehicles", 25, None, None, "delivered")
    ]


def test_count_with_the_thousand_abbreviation():
    assert uk("Чехія передасть Україні 800 тис. снарядів.") == [("CZE", "ammunition", 800_000, None, None, "committed")]


def test_calibre_is_not_a_count():
    assert uk("Іспанія передасть Україні 155-мм артилерійські снаряди.") == [("ESP", "ammunition", None, None, None, "committed")]


# Amounts: decimal commas, scale words and abbreviations, currency names in their case forms.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Норвегія виділить 2 мільярди крон на гуманітарну допомогу Україні.",
            ("NOR", "humanitarian", None, 2e9, "NOK", "committed"),
        ),
        (
            "Японія надасть Україні 4,5 млрд доларів бюджетної підтримки.",
            ("JPN", "financial", None, 4.5e9, "USD", "committed"),
        ),
        (
            "Канада надала Україні кредит на 2,4 млрд канадських доларів.",
            ("CAN", "financial", None, 2.4e9, "CAD", "delivered"),
        ),
        (
            "Ірландія виділить 20 мільйонів євро на розмінування та відбудову України.",
            ("IRL", "humanitarian", None, 20e6, "EUR", "committed"),
        ),
        (
            "Швейцарія виділить 5 млрд швейцарських франків на відбудову України.",
            ("CHE", "humanitarian", None, 5e9, "CHF", "committed"),
        ),
        (
            "Литва передала Україні генератори на суму 40 млн гривень.",
            ("LTU", "equipment", None, 40e6, "UAH", "delivered"),
        ),
        (
            "Україна отримала від Франції півтора мільярда євро на підтримку бюджету.",
            ("FRA", "financial", None, 1.5e9, "EUR", "delivered"),
        ),
        (
            "Шведський уряд виділить 300 мільйонів крон на підготовку пілотів для України.",
            ("SWE", "training", None, 300e6, "SEK", "committed"),
        ),
    ],
)
def test_amounts_and_currencies(text, expected):
    assert uk(text) == [expected]


def test_amount_with_the_thousand_abbreviation():
    assert uk("Литва виділить 300 тис. євро на ліки для України.") == [("LTU", "humanitarian", None, 300_000, "EUR", "committed")]


def test_a_range_keeps_its_upper_bound():
    assert uk("Франція виділить від 100 до 200 млн євро на відбудову України.") == [
        ("FRA", "humanitarian", None, 200e6, "EUR", "committed")
    ]


def test_package_value_with_listed_items_is_not_an_extra_row():
    text = (
        "США оголосили про новий пакет військової допомоги Україні на суму 400 млн доларів, до якого увійдуть "
        "зенітні ракети для NASAMS, боєприпаси для HIMARS та 155-мм артилерійські снаряди."
    )
    assert keys(text, lang="uk") == {("USA", "air_defence"), ("USA", "ammunition")}
    assert all(row[3] is None for row in uk(text))


def test_package_value_stands_when_nothing_specific_is_listed():
    text = "Фінляндія надішле Україні черговий пакет військової допомоги вартістю 188 млн євро."
    assert uk(text) == [("FIN", "military_unspecified", None, 188e6, "EUR", "committed")]


# Categories that follow the label rules.


def test_training_abroad_belongs_to_the_trainer():
    assert uk("Данія навчатиме українських пілотів у Румунії.") == [("DNK", "training", None, None, None, "committed")]
    assert uk("Британські інструктори навчатимуть українських військових у Польщі.") == [("GBR", "training", None, None, None, "committed")]


def test_repair_is_equipment_not_the_weapon_repaired():
    assert uk("Польща профінансує ремонт українських танків Leopard 2.") == [("POL", "equipment", None, None, None, "committed")]


def test_ammunition_bought_for_ukraine_is_aid():
    text = "Нідерланди виділять 250 млн євро на закупівлю боєприпасів для України."
    assert uk(text) == [("NLD", "ammunition", None, 250e6, "EUR", "committed")]


# No rows: needs and requests, refusals, negation, aid to another country, Ukraine's own purchases, recalled totals.


@pytest.mark.parametrize(
    "text",
    [
        "Україні потрібні щонайменше сім систем Patriot.",
        "Зеленський закликав союзників надати більше систем ППО.",
        "Україна просить Німеччину передати ракети Taurus.",
    ],
)
def test_needs_and_requests_give_nothing(text):
    assert uk(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Словаччина відмовилася передавати Україні винищувачі МіГ-29.",
        "Угорщина заблокувала виділення Україні 500 млн євро військової допомоги.",
    ],
)
def test_refusals_give_nothing(text):
    assert uk(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Німеччина не передаватиме Україні ракети Taurus.",
        "Угорщина ніколи не передаватиме Україні зброю.",
    ],
)
def test_negation_gives_nothing(text):
    assert uk(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Литва відправила гуманітарну допомогу до Молдови.",
        "Польща передала Молдові 20 вантажівок.",
    ],
)
def test_aid_to_another_country_gives_nothing(text):
    assert uk(text) == []


def test_ukraines_own_purchase_gives_nothing():
    assert uk("Україна купила 20 гаубиць у чеської компанії за власні кошти.") == []


def test_a_total_since_the_invasion_is_recalled_not_new():
    assert uk("Від початку повномасштабного вторгнення Німеччина вже передала Україні понад 50 гаубиць.") == []


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Литва постачатиме Україні дванадцять мінометів.", ("LTU", "artillery", 12, None, None, "committed")),
        ("Норвегія доставить Україні чотири гаубиці.", ("NOR", "artillery", 4, None, None, "committed")),
        ("Чехія передала Україні чотири РСЗВ.", ("CZE", "artillery", 4, None, None, "delivered")),
        ("Норвегія передасть Україні один комплект NASAMS.", ("NOR", "air_defence", 1, None, None, "committed")),
        ("Естонія надіслала Україні 200 наметів.", ("EST", "humanitarian", 200, None, None, "delivered")),
        ("Австрія передасть Україні 20 автомобілів швидкої допомоги.", ("AUT", "humanitarian", 20, None, None, "committed")),
        ("Румунія відправить Україні 300 тонн пального.", ("ROU", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert rows(text, lang="uk") == [expected]


def test_training_of_ukrainian_soldiers_is_training():
    assert rows("Латвія продовжить підготовку українських бійців.", lang="uk") == [("LVA", "training", None, None, None, "committed")]


# Verb forms governments use (issue 10): running totals, baselines, halts.


def test_a_future_pledge_is_committed():
    assert rows("Німеччина наступного року передасть Україні десять гаубиць.", lang="uk") == [
        ("DEU", "artillery", 10, None, None, "committed")
    ]


def test_a_decision_on_the_transfer_is_a_commitment():
    assert rows("Уряд Німеччини ухвалив рішення про передачу Україні 10 гаубиць.", lang="uk") == [
        ("DEU", "artillery", 10, None, None, "committed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Від початку повномасштабного вторгнення Німеччина надала Україні допомогу на суму 3 млрд євро.",
        "На цей момент Німеччина передала Україні 30 гаубиць.",
        "За роки війни Німеччина надала Україні допомогу на суму 3 млрд євро.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="uk") == []


@pytest.mark.parametrize("opening", ["Крім уже обіцяних", "Окрім уже обіцяних", "Додатково до вже обіцяних"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} 100 млн євро Німеччина надасть 20 млн євро на гуманітарну допомогу."
    assert rows(text, lang="uk") == [("DEU", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize("opening", ["Крім того", "Окрім того"])
def test_besides_this_as_an_adverb_keeps_the_new_amount(opening):
    text = f"{opening}, Німеччина надасть 20 млн євро на гуманітарну допомогу."
    assert rows(text, lang="uk") == [("DEU", "humanitarian", None, 20e6, "EUR", "committed")]


def test_a_suspended_delivery_gives_nothing():
    assert rows("Німеччина призупинила постачання гаубиць Україні.", lang="uk") == []


# Unseen news (issue 10): what articles carry besides the new pledge.

POLISH_PLEDGE = "Польща передасть Україні боєприпаси."
POLISH_ROW = ("POL", "ammunition", None, None, None, "committed")


@pytest.mark.parametrize(
    "aside",
    [
        "Партнери України передали десятки танків.",
        "Міжнародна спільнота надасть більше систем ППО.",
        "Союзники нададуть ще системи протиповітряної оборони.",
    ],
)
def test_unnamed_partners_are_no_donor(aside):
    assert uk(f"{POLISH_PLEDGE} {aside}") == [POLISH_ROW]


@pytest.mark.parametrize(
    "text",
    [
        "Польська компанія PGZ поставить 40 тисяч снарядів польській армії.",
        "Німецький концерн Rheinmetall поставить 100 бронемашин німецьким збройним силам.",
    ],
)
def test_a_company_supplying_an_army_is_no_aid(text):
    assert uk(text) == []


@pytest.mark.parametrize(
    "aside",
    [
        "Кошти Червоного Хреста спрямують на допомогу цивільним в Україні.",
        "Завдяки Червоному Хресту цивільні отримали 20 тонн гуманітарної допомоги.",
    ],
)
def test_the_red_cross_in_its_case_forms_is_no_government(aside):
    assert uk(f"{POLISH_PLEDGE} {aside}") == [POLISH_ROW]


@pytest.mark.parametrize(
    "text",
    [
        "Литва вже наступного тижня передасть Україні генератори.",
        "За словами міністра, Литва передасть Україні генератори вже наступного тижня.",
        "Литва передасть Україні генератори вже найближчим часом.",
    ],
)
def test_already_before_a_time_ahead_recalls_nothing(text):
    assert uk(text) == [("LTU", "equipment", None, None, None, "committed")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Норвегія завершила передачу Україні 20 бронетранспортерів.", "delivered"),
        ("Норвегія завершить передачу Україні 20 бронетранспортерів у травні.", "committed"),
    ],
)
def test_a_completed_delivery_is_delivered(text, status):
    assert uk(text) == [("NOR", "armoured_vehicles", 20, None, None, status)]

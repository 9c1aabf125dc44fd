"""Bulgarian: donors, stages, counts and amounts in sentences of our own, and the cues that keep a sentence from committing."""

import pytest

from tests.helpers import keys, rows


def bg(text: str) -> list[tuple]:
    return rows(text, lang="bg")


# Donors: Babel's name, other names and abbreviations, demonyms with the article, capitals, coordinated donors.


def test_babel_name_with_a_count_in_digits():
    assert bg("България ще изпрати на Украйна 100 бронетранспортьора БТР-60.") == [
        ("BGR", "armoured_vehicles", 100, None, None, "committed")
    ]


def test_the_language_is_detected():
    text = "България изпрати на Украйна 100 бронетранспортьора."
    assert rows(text) == bg(text) == [("BGR", "armoured_vehicles", 100, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Украйна получи от Германия нови системи IRIS-T.", ("DEU", "air_defence")),
        ("САЩ ще предоставят на Украйна нови системи HIMARS.", ("USA", "artillery")),
        ("Съединените щати изпратиха на Украйна 31 танка Abrams.", ("USA", "armoured_vehicles")),
        ("Великобритания ще достави на Украйна 14 танка Challenger 2.", ("GBR", "armoured_vehicles")),
        ("Холандия ще дари на Украйна 18 изтребителя F-16.", ("NLD", "aircraft")),
    ],
)
def test_other_names_and_abbreviations(text, expected):
    assert keys(text, lang="bg") == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Германското правителство обяви, че ще достави на Украйна 20 бронирани машини.",
        "Германското министерство на отбраната обяви, че Германия ще достави на Украйна 20 бронирани машини.",
    ],
)
def test_a_demonym_with_the_article_gives_what_its_government_sends(text):
    assert bg(text) == [("DEU", "armoured_vehicles", 20, None, None, "committed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("София ще предостави на Украйна допълнителни боеприпаси.", ("BGR", "ammunition")),
        ("Берлин ще изпрати на Украйна нови системи Patriot.", ("DEU", "air_defence")),
    ],
)
def test_a_capital_stands_for_its_government(text, expected):
    assert keys(text, lang="bg") == {expected}


def test_coordinated_donors_share_the_commitment():
    assert keys("България и Румъния ще предоставят на Украйна боеприпаси.", lang="bg") == {
        ("BGR", "ammunition"),
        ("ROU", "ammunition"),
    }


def test_eu_institutions_are_the_eu():
    text = "Европейската комисия изплати на Украйна 4,2 милиарда евро по Механизма за Украйна."
    assert bg(text) == [("EU", "financial", None, 4.2e9, "EUR", "delivered")]


# Stages.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("България ще предостави на Украйна нови гаубици.", "committed"),
        ("България ще изпрати на Украйна нови гаубици.", "committed"),
        ("България обеща на Украйна нови гаубици.", "committed"),
        ("България изпрати на Украйна нови гаубици.", "delivered"),
        ("Първите гаубици от България вече пристигнаха в Украйна.", "delivered"),
        ("България обмисля да изпрати на Украйна зенитни ракетни комплекси.", "proposed"),
        ("България планира да предостави на Украйна нови хеликоптери.", "proposed"),
        ("България би могла да дари на Украйна още бронирани машини.", "proposed"),
    ],
)
def test_stage_cues(text, status):
    found = bg(text)
    assert found and {r[5] for r in found} == {status}


def test_a_stage_stated_in_a_subordinate_clause():
    text = "Бронетранспортьорите, които България дари на Украйна, вече са на фронта."
    assert bg(text) == [("BGR", "armoured_vehicles", None, None, None, "delivered")]


def test_a_decision_with_the_giving_verb_in_the_next_clause():
    text = "Народното събрание реши България да предостави на Украйна допълнителни боеприпаси."
    assert bg(text) == [("BGR", "ammunition", None, None, None, "committed")]


def test_a_news_agency_credit_is_not_a_handover():
    text = "България ще изпрати на Украйна нови гаубици, предаде БТА."
    assert bg(text) == [("BGR", "artillery", None, None, None, "committed")]


# Counts.


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("България ще достави на Украйна 3000 снаряда.", 3000),
        ("България ще достави на Украйна 30 000 снаряда.", 30000),
        ("България ще изпрати на Украйна дванадесет гаубици.", 12),
        ("България ще изпрати на Украйна пет хеликоптера.", 5),
        ("България ще изпрати на Украйна 12 от 30 гаубици.", 12),
        ("България ще достави на Украйна около 20 танка.", 20),  # 'about' counts
        ("България ще достави на Украйна почти 20 танка.", None),  # an upper bound does not
        ("България ще изпрати на Украйна 155-мм снаряди.", None),
        ("България ще изпрати на Украйна двадесет и пет бронетранспортьора.", 25),
    ],
)
def test_counts(text, quantity):
    found = bg(text)
    assert len(found) == 1 and found[0][2] == quantity


# Amounts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "България предостави на Украйна хуманитарна помощ на стойност 2 милиона лева.",
            ("BGR", "humanitarian", None, 2e6, "BGN", "committed"),
        ),
        (
            "България ще дари на Украйна половин милион евро за възстановяване на енергийната инфраструктура.",
            ("BGR", "humanitarian", None, 5e5, "EUR", "committed"),
        ),
        (
            "Норвегия ще отпусне на Украйна 1,5 милиарда норвежки крони за противовъздушна отбрана.",
            ("NOR", "air_defence", None, 1.5e9, "NOK", "committed"),
        ),
        (
            "Обединеното кралство ще предостави на Украйна заем в размер на 2,2 милиарда паунда.",
            ("GBR", "financial", None, 2.2e9, "GBP", "committed"),
        ),
        (
            "България ще изпрати на Украйна хуманитарна помощ на стойност 5 млн. лв.",
            ("BGR", "humanitarian", None, 5e6, "BGN", "committed"),
        ),
        (
            "Норвегия ще отпусне на Украйна 1,5 млрд. норвежки крони за противовъздушна отбрана.",
            ("NOR", "air_defence", None, 1.5e9, "NOK", "committed"),
        ),
    ],
)
def test_amounts(text, expected):
    assert bg(text) == [expected]


def test_a_second_currency_is_a_conversion_not_a_new_amount():
    text = "България ще предостави на Украйна финансова помощ от 1 милиард лева, или около 511 милиона евро."
    assert bg(text) == [("BGR", "financial", None, 1e9, "BGN", "committed")]


def test_a_package_value_with_listed_items_is_not_an_extra_row():
    text = (
        "САЩ ще предоставят на Украйна пакет военна помощ на стойност 500 милиона долара, "
        "който включва боеприпаси за HIMARS и противотанкови ракети Javelin."
    )
    assert keys(text, lang="bg") == {("USA", "ammunition"), ("USA", "small_arms")}
    assert all(r[3] is None for r in bg(text))


# Sentences that commit nothing.


@pytest.mark.parametrize(
    "text",
    [
        "Украйна спешно се нуждае от още противовъздушна отбрана.",
        "Украйна поиска от съюзниците още изтребители.",
        "Президентът Зеленски призова съюзниците да изпратят на Украйна повече боеприпаси.",
    ],
)
def test_needs_and_requests(text):
    assert bg(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "България отказа да изпрати изтребители на Украйна.",
        "Унгария блокира новия пакет военна помощ за Украйна.",
    ],
)
def test_refusals(text):
    assert bg(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "България няма да изпрати оръжие на Украйна.",
        "България не изпраща никакви танкове на Украйна.",
    ],
)
def test_negation(text):
    assert bg(text) == []


def test_aid_to_another_country():
    assert bg("България ще изпрати хуманитарна помощ за Молдова.") == []


@pytest.mark.parametrize(
    "text",
    [
        "България вече предостави на Украйна военна помощ на обща стойност 200 милиона лева.",
        "Русия твърди, че е унищожила пет танка Leopard.",
        "България ще купи за българската армия нови бронирани машини.",
    ],
)
def test_recalls_losses_and_own_purchases(text):
    assert bg(text) == []


def test_training_in_another_country_is_given_by_the_trainer():
    assert bg("България ще обучи 100 украински военнослужещи в Германия.") == [("BGR", "training", None, None, None, "committed")]


def test_the_word_for_only_is_not_samoa():
    assert bg("Само България ще изпрати на Украйна нови гаубици.") == [("BGR", "artillery", None, None, None, "committed")]


def test_a_capital_after_in_is_a_place_not_the_giver():
    text = "България обяви в Брюксел нов пакет военна помощ за Украйна."
    assert bg(text) == [("BGR", "military_unspecified", None, None, None, "committed")]


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("България доставя на Украйна дванадесет гаубици.", ("BGR", "artillery", 12, None, None, "committed")),
        ("България предаде на Украйна шест бронетранспортьора.", ("BGR", "armoured_vehicles", 6, None, None, "delivered")),
        ("България ще достави на Украйна четири ракетни установки.", ("BGR", "artillery", 4, None, None, "committed")),
        ("България ще предостави на Украйна един комплект NASAMS.", ("BGR", "air_defence", 1, None, None, "committed")),
        ("България изпрати на Украйна 200 палатки.", ("BGR", "humanitarian", 200, None, None, "delivered")),
        ("България ще дари на Украйна 20 линейки.", ("BGR", "humanitarian", 20, None, None, "committed")),
        ("България ще изпрати на Украйна 300 тона гориво.", ("BGR", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert rows(text, lang="bg") == [expected]


# Verb forms governments use (issue 10): tenses, verbal nouns, running totals, baselines, halts.


@pytest.mark.parametrize(
    "text",
    [
        "България ще предостави на Украйна десет гаубици догодина.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="bg") == [("BGR", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Правителството одобри решение за предоставяне на десет гаубици на Украйна.",
    ],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="bg") == [("BGR", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "От руската инвазия България е предоставила на Украйна помощ за 3 млрд. евро.",
        "Към момента България е предоставила на Украйна 30 гаубици.",
        "До днес България е предоставила на Украйна помощ за 3 млрд. евро.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="bg") == []


@pytest.mark.parametrize(
    "text",
    [
        "Освен вече обещаните 100 млн. евро България ще отпусне 20 млн. евро за хуманитарна помощ.",
        "В допълнение към вече обещаните 100 млн. евро България ще отпусне 20 млн. евро за хуманитарна помощ.",
    ],
)
def test_the_baseline_figure_is_not_new_money(text):
    assert rows(text, lang="bg") == [("BGR", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Освен това България ще отпусне 20 млн. евро за хуманитарна помощ.",
    ],
)
def test_besides_this_as_an_adverb_keeps_the_new_amount(text):
    assert rows(text, lang="bg") == [("BGR", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "България спря доставките на гаубици за Украйна.",
    ],
)
def test_a_halted_delivery_gives_nothing(text):
    assert rows(text, lang="bg") == []


# Unseen news (issue 10): what articles carry besides the new pledge.

BULGARIAN_PLEDGE = "България ще изпрати на Украйна боеприпаси."
BULGARIAN_ROW = ("BGR", "ammunition", None, None, None, "committed")


@pytest.mark.parametrize(
    "aside",
    [
        "Партньорите на Украйна са изпратили десетки танкове.",
        "Съюзниците ще доставят още системи за противовъздушна отбрана.",
        "Международната общност ще предостави още системи за противовъздушна отбрана.",
    ],
)
def test_unnamed_partners_are_no_donor(aside):
    assert bg(f"{BULGARIAN_PLEDGE} {aside}") == [BULGARIAN_ROW]


@pytest.mark.parametrize(
    "text",
    [
        "Българската компания ВМЗ ще достави 40 000 снаряда на българската армия.",
        "Германската фирма Rheinmetall ще достави 100 бронирани машини на германските въоръжени сили.",
    ],
)
def test_a_company_supplying_an_army_is_no_aid(text):
    assert bg(text) == []


def test_a_red_cross_collection_is_no_government_aid():
    assert bg("Българският Червен кръст събра от дарения на граждани 1,2 млн. лева за пострадалите в Украйна.") == []
    text = f"{BULGARIAN_PLEDGE} Чрез Българския Червен кръст бяха събрани 300 000 лева за цивилните."
    assert bg(text) == [BULGARIAN_ROW]


def test_a_total_since_a_year_is_recalled_not_new():
    assert bg("От 2022 г. насам България е предоставила на Украйна военна помощ за 1 млрд. лева.") == []


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Министерството на отбраната ще изпрати на Украйна 10 бронетранспортьора.", "BGR"),
        ("Кабинетът одобри изпращането на 10 бронетранспортьора на Украйна.", "BGR"),
        ("Министерството на отбраната на Германия ще изпрати на Украйна 10 бронетранспортьора.", "DEU"),
    ],
)
def test_a_ministry_or_the_cabinet_speaks_for_its_government(text, donor):
    assert bg(text) == [(donor, "armoured_vehicles", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "България ще отпусне на Украйна 10 млн. лева за енергетиката.",
        "България ще отпусне на Украйна 10 млн. лева за възстановяване на енергетиката.",
    ],
)
def test_money_for_the_energy_sector_is_humanitarian(text):
    assert bg(text) == [("BGR", "humanitarian", None, 10e6, "BGN", "committed")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("България завърши доставката на 20 бронетранспортьора за Украйна.", "delivered"),
        ("България ще завърши доставката на 20 бронетранспортьора за Украйна през май.", "committed"),
    ],
)
def test_a_completed_delivery_is_delivered(text, status):
    assert bg(text) == [("BGR", "armoured_vehicles", 20, None, None, status)]


def test_respectively_pairs_donors_with_amounts():
    text = "Германия и Франция ще отпуснат на Украйна съответно 500 млн. евро и 300 млн. евро."
    assert bg(text) == [
        ("DEU", "military_unspecified", None, 5e8, "EUR", "committed"),
        ("FRA", "military_unspecified", None, 3e8, "EUR", "committed"),
    ]

"""Hungarian: sentences of our own, in the style of Hungarian government releases and news."""

import pytest

from tests.helpers import keys, rows


def hu(text: str) -> list[tuple]:
    return rows(text, lang="hu")


# Donors: Babel's name with a case ending, a demonym, a capital.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Németország 14 Leopard 2 harckocsit küld Ukrajnának.", ("DEU", "armoured_vehicles", 14, None, None, "committed")),
        (
            "Németország kormánya úgy döntött, hogy négy Patriot rendszert küld Ukrajnának.",
            ("DEU", "air_defence", 4, None, None, "committed"),
        ),
        ("Hollandia 18 F-16-os vadászgépet adományoz Ukrajnának.", ("NLD", "aircraft", 18, None, None, "committed")),
        (
            "Az Egyesült Államok védelmi minisztériuma 31 Abrams harckocsit adott át Ukrajnának.",
            ("USA", "armoured_vehicles", 31, None, None, "delivered"),
        ),
        ("A brit kormány 14 Challenger 2 harckocsit ígért Ukrajnának.", ("GBR", "armoured_vehicles", 14, None, None, "committed")),
        ("Berlin újabb IRIS-T rendszereket ígért Kijevnek.", ("DEU", "air_defence", None, None, None, "committed")),
    ],
)
def test_donor_forms(text, expected):
    assert hu(text) == [expected]


def test_language_is_detected():
    text = "Norvégia két NASAMS rendszert küld Ukrajnának."
    assert rows(text) == hu(text) == [("NOR", "air_defence", 2, None, None, "committed")]


def test_coordinated_donors_share_the_commitment():
    assert keys("Az Egyesült Államok és Németország Patriot rendszereket küld Ukrajnának.", lang="hu") == {
        ("USA", "air_defence"),
        ("DEU", "air_defence"),
    }


def test_demonym_gives_training():
    assert hu("Észt kiképzők ukrán katonákat képeznek ki.") == [("EST", "training", None, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Svédország ukrán pilótákat képez ki Lengyelországban.",
        "Svédország Lengyelországban képez ki ukrán pilótákat.",
    ],
)
def test_training_place_is_not_the_donor(text):
    assert hu(text) == [("SWE", "training", None, None, None, "committed")]


# Stages.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Németország 18 Leopard 2 harckocsit szállított Ukrajnának.", "delivered"),
        ("Dánia átadta Ukrajnának a 19 F-16-os vadászgépet.", "delivered"),
        ("Franciaország azt tervezi, hogy Mirage vadászgépeket küld Ukrajnának.", "proposed"),
        ("Az amerikai kormány fontolgatja ATACMS rakéták küldését Ukrajnába.", "proposed"),
        ("Olaszország egy újabb SAMP/T rendszert küldhet Ukrajnának.", "proposed"),
        ("A magyar kormány jóváhagyta az újabb humanitárius segélycsomagot Ukrajnának.", "committed"),
        ("Németország a jövő hónapban három IRIS-T SLM rendszert szállít Ukrajnának.", "committed"),
    ],
)
def test_stage_cues(text, status):
    found = hu(text)
    assert found and {r[5] for r in found} == {status}


def test_stage_stated_in_another_clause():
    found = hu("A német kormány közölte, hogy a Leopard harckocsikat már leszállították Ukrajnának.")
    assert found == [("DEU", "armoured_vehicles", None, None, None, "delivered")]


def test_stage_carried_from_the_previous_sentence():
    found = hu("Svédország új támogatási csomagot fontolgat. A csomag 20 páncélozott járművet tartalmazna.")
    assert found == [("SWE", "armoured_vehicles", 20, None, None, "proposed")]


# Counts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hollandia 1 000 000 tüzérségi lőszert szállít Ukrajnának.", ("NLD", "ammunition", 1_000_000)),
        ("Kanada 25\u00a0000 gépkarabélyt küld Ukrajnának.", ("CAN", "small_arms", 25_000)),
        ("Németország egy IRIS-T rendszert adott át Ukrajnának.", ("DEU", "air_defence", 1)),
        ("Csehország ötezer tüzérségi lőszert küld Ukrajnának.", ("CZE", "ammunition", 5000)),
        ("Lengyelország száz harckocsit küld Ukrajnának.", ("POL", "armoured_vehicles", 100)),
        ("Litvánia huszonöt teherautót küld Ukrajnának.", ("LTU", "equipment", 25)),
        ("Kanada ötszáz drónt adományoz Ukrajnának.", ("CAN", "drones", 500)),
    ],
)
def test_counts(text, expected):
    assert [(r[0], r[1], r[2]) for r in hu(text)] == [expected]


def test_calibre_is_not_a_count():
    assert hu("Lettország 155 mm-es lőszert küldött Ukrajnának.") == [("LVA", "ammunition", None, None, None, "delivered")]


# Amounts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Svédország 100 millió euró humanitárius segélyt nyújt Ukrajnának.",
            ("SWE", "humanitarian", None, 100e6, "EUR", "committed"),
        ),
        (
            "Magyarország 2 milliárd forint humanitárius segélyt nyújt Ukrajnának.",
            ("HUN", "humanitarian", None, 2e9, "HUF", "committed"),
        ),
        (
            "Japán 4,5 milliárd dollár költségvetési támogatást nyújt Ukrajnának.",
            ("JPN", "financial", None, 4.5e9, "USD", "committed"),
        ),
        (
            "Az Egyesült Királyság 2,5 milliárd font értékű katonai segélyt biztosít Ukrajnának.",
            ("GBR", "military_unspecified", None, 2.5e9, "GBP", "committed"),
        ),
        (
            "Norvégia 10 milliárd korona értékben légvédelmi eszközöket ad Ukrajnának.",
            ("NOR", "air_defence", None, 10e9, "NOK", "committed"),
        ),
        (
            "Az Európai Bizottság 4,2 milliárd euró makropénzügyi támogatást folyósított Ukrajnának.",
            ("EU", "financial", None, 4.2e9, "EUR", "delivered"),
        ),
        (
            "Az Egyesült Államok egymilliárd dolláros katonai segélycsomagot hagyott jóvá Ukrajna számára.",
            ("USA", "military_unspecified", None, 1e9, "USD", "committed"),
        ),
        (
            "Az Egyesült Államok egy milliárd dollár katonai segélyt nyújt Ukrajnának.",
            ("USA", "military_unspecified", None, 1e9, "USD", "committed"),
        ),
    ],
)
def test_amounts(text, expected):
    assert hu(text) == [expected]


def test_a_second_currency_is_a_conversion():
    found = hu("Dánia 2,2 milliárd korona, azaz mintegy 300 millió euró katonai segélyt nyújt Ukrajnának.")
    assert found == [("DNK", "military_unspecified", None, 2.2e9, "DKK", "committed")]


def test_package_value_with_one_listed_item():
    found = hu("Svédország új csomagja 10 páncélozott járművet tartalmaz, értéke 50 millió euró.")
    assert found == [("SWE", "armoured_vehicles", 10, 50e6, "EUR", "committed")]


def test_package_value_with_several_listed_items():
    found = hu("Dánia új, 1,2 milliárd koronás csomagja lőszert és páncéltörő fegyvereket tartalmaz.")
    assert found == [
        ("DNK", "ammunition", None, None, None, "committed"),
        ("DNK", "small_arms", None, None, None, "committed"),
    ]


# Categories that need a rule of their own.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Németország Gepard légvédelmi harckocsikat küld Ukrajnának.", {("DEU", "air_defence")}),
        ("Magyarország téli ruházatot, üzemanyagot és generátorokat küld Ukrajnának.", {("HUN", "equipment")}),
        ("Norvégia járőrhajókat adományoz Ukrajnának.", {("NOR", "naval")}),
        ("Svédország páncéltörő rakétákat küld Ukrajnának.", {("SWE", "small_arms")}),
        (
            "Az EU 5 milliárd eurót biztosít az Európai Békekeretből Ukrajna katonai támogatására.",
            {("EU", "military_unspecified")},
        ),
    ],
)
def test_category_terms(text, expected):
    assert keys(text, lang="hu") == expected


# What is not given.


@pytest.mark.parametrize(
    "text",
    [
        "Ukrajnának további légvédelmi rendszerekre van szüksége.",
        "Ukrajna további Patriot rendszereket kért a szövetségesektől.",
        "A francia elnök reméli, hogy Európa további légvédelmi rendszereket küldene Ukrajnának.",
        "Magyarország elutasította a fegyverszállításokat Ukrajnának.",
        "Magyarország elutasította, hogy fegyvert küldjön Ukrajnának.",
        "Magyarország megvétózta az Ukrajnának szánt 50 milliárd eurós uniós támogatást.",
        "Németország nem küld Taurus rakétákat Ukrajnának.",
        "Magyarország nem szállított fegyvert Ukrajnának.",
        "Oroszország azt állítja, hogy tíz Leopard harckocsit semmisített meg.",
        "Lengyelország 50 teherautót küld Szlovákiának.",
    ],
)
def test_needs_refusals_negations_losses_and_other_recipients(text):
    assert hu(text) == []


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Magyarország eljuttatta Ukrajnának a nyolc tarackot.", ("HUN", "artillery", 8, None, None, "delivered")),
        ("Németország tizenkét tarackot szállít Ukrajnának.", ("DEU", "artillery", 12, None, None, "committed")),
        ("Németország két IRIS-T egységet ad át Ukrajnának.", ("DEU", "air_defence", 2, None, None, "committed")),
        ("Magyarország 200 sátrat küldött Ukrajnának.", ("HUN", "humanitarian", 200, None, None, "delivered")),
        ("Magyarország húsz mentőautót adományoz Ukrajnának.", ("HUN", "humanitarian", 20, None, None, "committed")),
        ("Magyarország 300 tonna üzemanyagot szállít Ukrajnának.", ("HUN", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert rows(text, lang="hu") == [expected]


# Verb forms governments use (issue 10): persons, verbal nouns, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    [
        "Magyarország jövőre tíz tarackot fog átadni Ukrajnának.",
        "Tíz tarackot küldünk Ukrajnának, jelentette be Magyarország.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="hu") == [("HUN", "artillery", 10, None, None, "committed")]


def test_a_decision_on_the_transfer_is_a_commitment():
    text = "A kormány döntést hozott 10 tarack Ukrajnának történő átadásáról."
    assert rows(text, lang="hu") == [("HUN", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "A teljes körű invázió kezdete óta Magyarország 3 milliárd euró értékű segítséget nyújtott Ukrajnának.",
        "A mai napig Magyarország 30 tarackot adott át Ukrajnának.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="hu") == []


def test_the_baseline_figure_is_not_new_money():
    text = "A már megígért 100 millió eurón felül Magyarország 20 millió eurót ad humanitárius segítségre."
    assert rows(text, lang="hu") == [("HUN", "humanitarian", None, 20e6, "EUR", "committed")]


def test_a_suspended_delivery_gives_nothing():
    assert rows("Magyarország felfüggesztette a tarackok szállítását Ukrajnának.", lang="hu") == []


# Unseen news (issue 10): what a careful analyst records beside a release, an agency report or a debate summary.


@pytest.mark.parametrize(
    "text",
    [
        "Kanada már korábban 40 páncélozott járművet szállított Ukrajnának.",
        "Svédország a múltban 12 Archer löveget adott át Ukrajnának.",
    ],
)
def test_an_earlier_gift_recalled_in_passing_gives_no_row(text):
    assert rows(text, lang="hu") == []


@pytest.mark.parametrize(
    "text",
    [
        "A kormány 10 tarackot ad Ukrajnának. A Magyar Máltai Szeretetszolgálat gyűjtése 300 millió forintot gyűjtött Ukrajnának.",
        "A kormány 10 tarackot ad Ukrajnának. Az adománygyűjtés 50 millió forintot hozott Ukrajnának.",
        "A kormány 10 tarackot ad Ukrajnának. A Magyar Vöröskereszt 500 millió forintot gyűjtött a lakosságtól Ukrajnának.",
    ],
)
def test_money_the_public_gives_through_a_charity_is_no_government_aid(text):
    assert rows(text, lang="hu") == [("HUN", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "A partnerek 50 harckocsit szállítottak Ukrajnának.",
        "Más országok drónok százait küldik Ukrajnának.",
        "A nyugati szövetségesek 20 milliárd eurót adnak Ukrajnának.",
    ],
)
def test_unnamed_partners_are_no_donor(text):
    assert rows(text, lang="hu") == []


@pytest.mark.parametrize(
    "text",
    [
        "Az ellenzék javasolta, hogy Magyarország függessze fel az Ukrajnának nyújtott segítséget.",
        "A képviselők azt kérik, hogy a kormány állítsa le a fegyverszállításokat Ukrajnának.",
    ],
)
def test_a_motion_to_halt_aid_gives_nothing(text):
    assert rows(text, lang="hu") == []


def test_the_eus_member_states_decide_for_the_eu():
    text = "Az Európai Unió tagállamai kedden jóváhagyták a 4,2 milliárd eurós újabb részletet az Ukrajna-eszközből."
    assert rows(text, lang="hu") == [("EU", "financial", None, 4.2e9, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    ["Csehország 800 ezer tüzérségi lőszert szerez be Ukrajnának.", "Csehország 800 ezer tüzérségi lőszert szerez be Ukrajna számára."],
)
def test_procuring_for_ukraine_is_a_commitment(text):
    assert rows(text, lang="hu") == [("CZE", "ammunition", 800_000, None, None, "committed")]


def test_procuring_for_ones_own_army_gives_nothing():
    assert rows("Magyarország 24 Gripen vadászgépet szerez be a Magyar Honvédség számára.", lang="hu") == []


@pytest.mark.parametrize(
    "text",
    ["Románia biztosítja az ukrán pilóták kiképzését F-16-os vadászgépeken.", "Svédország finanszírozza a kiképzést Gripen vadászgépeken."],
)
def test_training_on_a_weapon_gives_training_not_the_weapon(text):
    assert {category for _, category, *_ in rows(text, lang="hu")} == {"training"}


@pytest.mark.parametrize(
    "text",
    ["A Magyar Honvédség 44 harckocsit kap Németországtól.", "Magyarország 20 járművet ad a moldovai hadseregnek."],
)
def test_what_goes_to_an_army_other_than_ukraines_is_not_aid(text):
    assert rows(text, lang="hu") == []


def test_aid_to_the_ukrainian_army_is_aid():
    assert rows("Németország 20 harckocsit küld az ukrán hadseregnek.", lang="hu") == [
        ("DEU", "armoured_vehicles", 20, None, None, "committed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A magyar állampolgárok 2 millió eurót adományoztak az ukrajnai gyerekeknek.",
        "Az állampolgárok 2 millió eurót gyűjtöttek az ukrajnai gyerekeknek.",
    ],
)
def test_what_citizens_give_is_no_government_aid(text):
    assert [r for r in rows(text, lang="hu") if r[1] != "artillery"] == []


def test_money_for_hospitals_and_power_is_humanitarian():
    assert rows("A kormány 1,5 Mrd Ft-ot biztosít az ukrajnai kórházak áramellátására.", lang="hu") == [
        ("HUN", "humanitarian", None, 1_500_000_000, "HUF", "committed")
    ]


def test_paying_for_weapons_from_a_company_commits_the_payer_not_the_companys_country():
    assert rows("Hollandia 20 löveget fizet Ukrajnának egy magyar cégtől.", lang="hu") == [
        ("NLD", "artillery", 20, None, None, "committed")
    ]

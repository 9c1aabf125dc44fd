"""Finnish: sentences of our own, in the style of Finnish government releases and news."""

import pytest

from tests.helpers import keys, rows


def fi(text: str) -> list[tuple]:
    return rows(text, lang="fi")


# Donors: Babel's name with a case ending, a genitive stem, a lexicon stem, a demonym, a capital.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suomi lähettää Ukrainalle 10 panssarivaunua.", ("FIN", "armoured_vehicles", 10, None, None, "committed")),
        (
            "Saksan hallitus on päättänyt lähettää Ukrainalle neljä Patriot-järjestelmää.",
            ("DEU", "air_defence", 4, None, None, "committed"),
        ),
        ("Alankomaiden hallitus lahjoittaa Ukrainalle 18 F-16-hävittäjää.", ("NLD", "aircraft", 18, None, None, "committed")),
        (
            "Yhdysvaltain puolustusministeriö luovutti Ukrainalle 31 Abrams-panssarivaunua.",
            ("USA", "armoured_vehicles", 31, None, None, "delivered"),
        ),
        (
            "Brittiläinen hallitus lupasi Ukrainalle 14 Challenger 2 -panssarivaunua.",
            ("GBR", "armoured_vehicles", 14, None, None, "committed"),
        ),
        ("Berliini lupasi Kiovalle uusia IRIS-T-järjestelmiä.", ("DEU", "air_defence", None, None, None, "committed")),
    ],
)
def test_donor_forms(text, expected):
    assert fi(text) == [expected]


def test_language_is_detected():
    text = "Norja lähettää Ukrainalle kaksi NASAMS-järjestelmää."
    assert rows(text) == fi(text) == [("NOR", "air_defence", 2, None, None, "committed")]


def test_coordinated_donors_share_the_commitment():
    assert keys("Yhdysvallat ja Saksa lähettävät Ukrainalle Patriot-järjestelmiä.") == {("USA", "air_defence"), ("DEU", "air_defence")}


def test_demonym_gives_training():
    assert fi("Virolaiset kouluttajat kouluttavat ukrainalaisia sotilaita.") == [("EST", "training", None, None, None, "committed")]


def test_training_place_is_not_the_donor():
    assert fi("Suomi kouluttaa Puolassa ukrainalaisia lentäjiä.") == [("FIN", "training", None, None, None, "committed")]


# Stages.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Saksa on toimittanut Ukrainalle 18 Leopard 2 -panssarivaunua.", "delivered"),
        ("Tanska on luovuttanut Ukrainalle 19 F-16-hävittäjää.", "delivered"),
        ("Ranska aikoo lähettää Ukrainalle Mirage-hävittäjiä.", "proposed"),
        ("Yhdysvaltain hallitus harkitsee ATACMS-ohjusten lähettämistä Ukrainalle.", "proposed"),
        ("Italia voisi toimittaa Ukrainalle toisen SAMP/T-järjestelmän.", "proposed"),
        ("Suomen hallitus hyväksyi Ukrainalle uuden puolustustarvikepaketin.", "committed"),
        ("Saksa toimittaa ensi kuussa Ukrainalle kolme IRIS-T SLM -järjestelmää.", "committed"),
        ("Panssarivaunut saapuvat Ukrainaan ensi kuussa, kertoi Puolan puolustusministeri.", "committed"),
    ],
)
def test_stage_cues(text, status):
    found = fi(text)
    assert found and {r[5] for r in found} == {status}


def test_stage_stated_in_another_clause():
    found = fi("Saksan hallitus kertoi, että Leopard-panssarivaunut on jo toimitettu Ukrainalle.")
    assert found == [("DEU", "armoured_vehicles", None, None, None, "delivered")]


def test_stage_carried_from_the_previous_sentence():
    found = fi("Suomi harkitsee uutta tukipakettia. Pakettiin kuuluisi 20 panssariajoneuvoa.")
    assert found == [("FIN", "armoured_vehicles", 20, None, None, "proposed")]


# Counts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alankomaat toimittaa Ukrainalle 1 000 000 tykistöammusta.", ("NLD", "ammunition", 1_000_000)),
        ("Kanada lähettää Ukrainalle 25\u00a0000 rynnäkkökivääriä.", ("CAN", "small_arms", 25_000)),
        ("Saksa on toimittanut Ukrainalle yhden IRIS-T-järjestelmän.", ("DEU", "air_defence", 1)),
        ("Puola lähettää Ukrainalle sata panssarivaunua.", ("POL", "armoured_vehicles", 100)),
        ("Viro lähettää Ukrainalle kaksikymmentäviisi kuorma-autoa.", ("EST", "equipment", 25)),
        ("Kanada lahjoittaa Ukrainalle viisisataa droonia.", ("CAN", "drones", 500)),
        ("Liettua lähettää Ukrainalle kolmetuhatta kranaattia.", ("LTU", "ammunition", 3000)),
    ],
)
def test_counts(text, expected):
    assert [(r[0], r[1], r[2]) for r in fi(text)] == [expected]


def test_calibre_is_not_a_count():
    assert fi("Viro on toimittanut Ukrainalle 155 mm:n tykistöammuksia.") == [("EST", "ammunition", None, None, None, "delivered")]


# Amounts.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruotsi lahjoittaa Ukrainalle 100 miljoonaa euroa humanitaarista apua.",
            ("SWE", "humanitarian", None, 100e6, "EUR", "committed"),
        ),
        ("Suomi myöntää Ukrainalle 1,5 miljardin euron lainan.", ("FIN", "financial", None, 1.5e9, "EUR", "committed")),
        ("Japani antaa Ukrainalle 4,5 miljardia dollaria budjettitukea.", ("JPN", "financial", None, 4.5e9, "USD", "committed")),
        ("Suomi antaa Ukrainalle 10 milj. euroa humanitaarista apua.", ("FIN", "humanitarian", None, 10e6, "EUR", "committed")),
        (
            "Norja luovuttaa Ukrainalle 10 miljardin kruunun arvosta ilmapuolustusta.",
            ("NOR", "air_defence", None, 10e9, "NOK", "committed"),
        ),
        (
            "Euroopan komissio maksoi Ukrainalle 4,2 miljardia euroa makrotaloudellista apua.",
            ("EU", "financial", None, 4.2e9, "EUR", "delivered"),
        ),
        (
            "Yhdysvallat myönsi Ukrainalle miljardin dollarin sotilasapupaketin.",
            ("USA", "military_unspecified", None, 1e9, "USD", "committed"),
        ),
    ],
)
def test_amounts(text, expected):
    assert fi(text) == [expected]


def test_a_second_currency_is_a_conversion():
    found = fi("Tanska lahjoittaa Ukrainalle sotilasapua 2,2 miljardia kruunua eli noin 300 miljoonaa euroa.")
    assert found == [("DNK", "military_unspecified", None, 2.2e9, "DKK", "committed")]


def test_package_value_with_one_listed_item():
    found = fi("Suomen uusi tukipaketti sisältää 10 panssarivaunua, ja sen arvo on 50 miljoonaa euroa.")
    assert found == [("FIN", "armoured_vehicles", 10, 50e6, "EUR", "committed")]


def test_package_value_with_several_listed_items():
    found = fi("Tanskan uusi 1,2 miljardin kruunun tukipaketti sisältää ammuksia ja panssarintorjunta-aseita.")
    assert found == [
        ("DNK", "ammunition", None, None, None, "committed"),
        ("DNK", "small_arms", None, None, None, "committed"),
    ]


# Categories that need a rule of their own.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saksa lähettää Ukrainalle Gepard-ilmatorjuntapanssarivaunuja.", {("DEU", "air_defence")}),
        ("Suomi toimittaa Ukrainalle talvivarusteita, polttoainetta ja varaosia.", {("FIN", "equipment")}),
        ("Norja lahjoittaa Ukrainalle partioveneitä ja miinantorjunta-aluksia.", {("NOR", "naval")}),
        ("Ruotsi lahjoittaa Ukrainalle panssarintorjuntaohjuksia.", {("SWE", "small_arms")}),
    ],
)
def test_category_terms(text, expected):
    assert keys(text, lang="fi") == expected


# What is not given.


@pytest.mark.parametrize(
    "text",
    [
        "Ukraina tarvitsee lisää ilmatorjuntaa.",
        "Ukraina on pyytänyt Suomelta lisää ampumatarvikkeita.",
        "Ranskan presidentti toivoo, että Eurooppa lähettäisi Ukrainalle lisää ilmatorjuntaa.",
        "Unkari kieltäytyi lähettämästä aseita Ukrainaan.",
        "Saksa ei lähetä Taurus-ohjuksia Ukrainalle.",
        "Suomi ei ole lähettänyt Ukrainalle hävittäjiä.",
        "Venäjä väittää tuhonneensa kymmenen Leopard-panssarivaunua.",
        "Suomi lähettää Virolle 50 kuorma-autoa.",
    ],
)
def test_needs_refusals_negations_losses_and_other_recipients(text):
    assert fi(text) == []


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suomi ilmoitti toimittavansa Ukrainalle kaksi ilmatorjuntayksikköä.", ("FIN", "air_defence", 2, None, None, "committed")),
        ("Suomi lupaa Ukrainalle kaksi NASAMS-yksikköä.", ("FIN", "air_defence", 2, None, None, "committed")),
        ("Suomi tulee toimittamaan Ukrainalle yhden Patriot-yksikön.", ("FIN", "air_defence", 1, None, None, "committed")),
        ("Suomi siirsi Ukrainalle kuusi panssarivaunua.", ("FIN", "armoured_vehicles", 6, None, None, "delivered")),
        ("Suomi on päättänyt kahdentoista haupitsin toimittamisesta Ukrainalle.", ("FIN", "artillery", 12, None, None, "committed")),
        ("Suomi lähetti Ukrainalle 300 telttaa.", ("FIN", "humanitarian", 300, None, None, "delivered")),
        ("Suomi lahjoittaa Ukrainalle 20 sairasautoa.", ("FIN", "humanitarian", 20, None, None, "committed")),
        ("Suomi toimittaa Ukrainalle 500 tonnia polttoainetta.", ("FIN", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert fi(text) == [expected]


# Verb forms governments use (issue 10): persons, running totals, baselines, halts.


@pytest.mark.parametrize(
    "text",
    [
        "Suomi lähettää Ukrainalle ensi vuonna kymmenen haupitsia.",
        "Lähetämme Ukrainalle kymmenen haupitsia, Suomi ilmoitti.",
    ],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="fi") == [("FIN", "artillery", 10, None, None, "committed")]


def test_a_decision_on_the_transfer_is_a_commitment():
    text = "Valtioneuvosto teki päätöksen kymmenen haupitsin luovuttamisesta Ukrainalle."
    assert rows(text, lang="fi") == [("FIN", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Sodan alusta lähtien Suomi on antanut Ukrainalle apua 3 miljardin euron arvosta.",
        "Tähän asti Suomi on luovuttanut Ukrainalle 30 haupitsia.",
        "Tähän päivään mennessä Suomi on antanut Ukrainalle apua 3 miljardin euron arvosta.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="fi") == []


def test_the_baseline_figure_is_not_new_money():
    text = "Aiemmin luvatun 100 miljoonan euron lisäksi Suomi antaa 20 miljoonaa euroa humanitaariseen apuun."
    assert rows(text, lang="fi") == [("FIN", "humanitarian", None, 20e6, "EUR", "committed")]


def test_paying_out_an_earlier_pledge_is_a_delivery():
    text = "Suomi maksoi Ukrainalle aiemmin luvatun 100 miljoonan euron humanitaarisen avun."
    assert rows(text, lang="fi") == [("FIN", "humanitarian", None, 100e6, "EUR", "delivered")]


def test_a_suspended_delivery_gives_nothing():
    assert rows("Suomi keskeytti haupitsien toimitukset Ukrainalle.", lang="fi") == []


def test_a_reminder_of_earlier_aid_is_not_news():
    assert rows("Ministeri muistutti, että Suomi on jo lähettänyt Ukrainalle kuusi panssariajoneuvoa.", lang="fi") == []


def test_the_government_proposing_is_proposed():
    text = "Hallitus esittää, että Ukrainalle varataan ensi vuoden budjetista miljardi euroa puolustustarvikeapuun."
    assert rows(text, lang="fi") == [("FIN", "military_unspecified", None, 1e9, "EUR", "proposed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suomi antaa 20 miljoonaa euroa Ukrainan energiasektorille.", ("FIN", "humanitarian", None, 20e6, "EUR", "committed")),
        ("Ruotsi toimittaa Ukrainalle kaksi ASC 890 -valvontakonetta.", ("SWE", "aircraft", 2, None, None, "committed")),
    ],
)
def test_category_nouns_of_energy_and_surveillance(text, expected):
    assert rows(text, lang="fi") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Suomen toimittaman avun kokonaisarvo nousee näin 3,5 miljardiin euroon.",
        "Puolustustarvikeavun kokonaisarvo nousee yli kolmeen miljardiin euroon.",
    ],
)
def test_a_total_value_rising_to_a_figure_is_a_running_total(text):
    assert rows(text, lang="fi") == []


def test_asking_for_more_gives_nothing():
    assert rows("Ukraina kysyi Suomelta lisää ammuksia.", lang="fi") == []


@pytest.mark.parametrize(
    "text",
    [
        "Suomen kansa lahjoitti 12 miljoonaa euroa Ukrainalle.",
        "Suomen Punainen Risti lähettää Ukrainalle 20 generaattoria.",
    ],
)
def test_the_public_and_national_charities_are_no_government(text):
    """What a country's people or its charities give is no government's aid."""
    assert rows(text, lang="fi") == []


@pytest.mark.parametrize(
    "text",
    [
        "Suomi antaa 5 miljoonaa euroa humanitaarista apua Gazaan.",
        "Suomi antaa Gazalle 5 miljoonaa euroa humanitaarista apua.",
    ],
)
def test_aid_to_gaza_is_not_aid_to_ukraine(text):
    assert rows(text, lang="fi") == []


@pytest.mark.parametrize(
    "text",
    [
        "Suomi lähettää Ukrainalle 40 generaattoria EU:n pelastuspalvelumekanismin kautta.",
    ],
)
def test_the_eu_mechanism_that_coordinates_is_no_giver(text):
    """What a country sends with the support of, or through, the EU's civil protection mechanism is its own aid."""
    assert rows(text, lang="fi") == [("FIN", "equipment", 40, None, None, "committed")]

"""Czech: sentences of our own for the cue kinds added to the lexicon (receive, refuse, sell, deploy, ...)."""

import pytest

from tests.helpers import keys, rows


def test_receive_names_the_donor_after_the_source_word():
    assert rows("Ukrajina obdržela od Japonska 30 milionů dolarů na humanitární pomoc.", lang="cs") == [
        ("JPN", "humanitarian", None, 30e6, "USD", "delivered")
    ]


def test_receive_in_the_future_is_a_commitment():
    assert rows("Ukrajina dostane od Norska další dva systémy NASAMS.", lang="cs") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Švýcarsko odmítlo povolit Německu předat Ukrajině munici pro Gepardy.",
        "Maďarsko dál blokuje další tranši z Evropského mírového nástroje.",
        "Německo odmítá dodat Ukrajině střely Taurus.",
    ],
)
def test_refusals_give_nothing(text):
    assert rows(text, lang="cs") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyjev požádal Česko o další houfnice.",
        "Zelenskyj vyzývá spojence, aby poslali více protivzdušné obrany.",
    ],
)
def test_requests_give_nothing(text):
    assert rows(text, lang="cs") == []


def test_a_sale_to_another_country_is_not_aid():
    assert rows("Česko prodalo 20 houfnic Dana do Slovenska.", lang="cs") == []


def test_a_deployment_to_another_country_is_not_aid():
    assert rows("Armáda rozmístí protiletadlový systém na Slovensku v rámci mise NATO.", lang="cs") == []


def test_aid_to_refugees_abroad_is_not_aid_to_ukraine():
    assert rows("Vláda vyčlenila 50 milionů korun na pomoc ukrajinským uprchlíkům v Moldavsku.", lang="cs") == []


def test_a_conversion_is_not_a_second_amount():
    text = "Česko poskytne Ukrajině vojenskou pomoc za 500 milionů korun, tedy zhruba 20 milionů eur."
    assert rows(text, lang="cs") == [("CZE", "military_unspecified", None, 500e6, "CZK", "committed")]


def test_abbreviated_scale_before_the_currency():
    assert rows("Česko daruje Ukrajině 1,5 mld. Kč na humanitární pomoc.", lang="cs") == [
        ("CZE", "humanitarian", None, 1.5e9, "CZK", "committed")
    ]


def test_a_package_value_covers_the_items_it_lists():
    text = "Norsko oznámilo nový balíček v hodnotě 300 milionů eur, který zahrnuje dělostřeleckou munici a drony."
    assert rows(text, lang="cs") == [
        ("NOR", "ammunition", None, None, None, "committed"),
        ("NOR", "drones", None, None, None, "committed"),
    ]


def test_a_stage_stated_in_another_clause():
    text = "Dvanáct houfnic, které Francie slíbila v lednu, už dorazilo na Ukrajinu."
    assert rows(text, lang="cs") == [("FRA", "artillery", 12, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgie předala Ukrajině deset nákladních vozů.", ("BEL", "equipment", 10, None, None, "delivered")),
        ("Dánsko poslalo Ukrajině 20 tanků Leopard 1.", ("DNK", "armoured_vehicles", 20, None, None, "delivered")),
        ("Česko darovalo Ukrajině 40 raketometů RM-70.", ("CZE", "artillery", 40, None, None, "delivered")),
    ],
)
def test_past_transfers_are_deliveries(text, expected):
    assert rows(text, lang="cs") == [expected]


def test_a_disbursed_tranche_is_delivered_financial_aid():
    assert rows("Evropská komise vyplatila Ukrajině 1,5 miliardy eur rozpočtové podpory.", lang="cs") == [
        ("EU", "financial", None, 1.5e9, "EUR", "delivered")
    ]


def test_energy_support_is_humanitarian():
    assert rows("Česko poskytne 100 milionů korun na obnovu ukrajinské energetiky.", lang="cs") == [
        ("CZE", "humanitarian", None, 100e6, "CZK", "committed")
    ]


def test_maintenance_and_spare_parts_are_equipment():
    assert rows("Česko zaplatí údržbu a náhradní díly pro ukrajinské houfnice.", lang="cs") == [
        ("CZE", "equipment", None, None, None, "committed")
    ]


def test_interceptor_drones_are_air_defence():
    assert keys("Česko dodá Ukrajině záchytné drony.", lang="cs") == {("CZE", "air_defence")}


def test_fuel_rations_and_uniforms_are_equipment():
    assert rows("Slovensko poslalo ukrajinské armádě naftu, bojové dávky a uniformy.", lang="cs") == [
        ("SVK", "equipment", None, None, None, "delivered")
    ]


def test_comitative_donor_gives_too():
    assert keys("Česko spolu s Dánskem zaplatí drony pro Ukrajinu.", lang="cs") == {("CZE", "drones"), ("DNK", "drones")}


def test_an_offer_is_proposed():
    assert rows("Švédsko nabízí Ukrajině nový protiletadlový systém.", lang="cs") == [("SWE", "air_defence", None, None, None, "proposed")]


def test_training_abroad_is_still_given_by_the_donor():
    assert rows("Česko vycvičí ukrajinské vojáky v Polsku.", lang="cs") == [("CZE", "training", None, None, None, "committed")]


# Vocabulary audit: forms of giving, delivering, items, number words and measures of our own sentences.


def test_future_of_handing_over():
    assert rows("Česko předá Ukrajině čtyři tanky.", lang="cs") == [("CZE", "armoured_vehicles", 4, None, None, "committed")]


def test_periphrastic_future_of_supplying():
    assert rows("Nizozemsko bude dodávat Ukrajině dělostřeleckou munici.", lang="cs") == [
        ("NLD", "ammunition", None, None, None, "committed")
    ]


def test_past_of_supplying_a_singular_helicopter():
    assert rows("Slovensko dodalo Ukrajině jeden vrtulník.", lang="cs") == [("SVK", "aircraft", 1, None, None, "delivered")]


def test_a_delivery_noun_with_an_inflected_count():
    assert rows("Česko se zavázalo k dodávce šesti vrtulníků Ukrajině.", lang="cs") == [("CZE", "aircraft", 6, None, None, "committed")]


def test_humanitarian_items_are_counted():
    assert rows("Česko poskytne Ukrajině 300 stanů a 40 generátorů.", lang="cs") == [
        ("CZE", "equipment", 40, None, None, "committed"),
        ("CZE", "humanitarian", 300, None, None, "committed"),
    ]
    assert rows("Norsko předá Ukrajině sedm set přikrývek.", lang="cs") == [("NOR", "humanitarian", 700, None, None, "committed")]


def test_a_unit_in_the_singular_counts_one_system():
    assert rows("Dánsko daruje Ukrajině jednu baterii Patriot.", lang="cs") == [("DNK", "air_defence", 1, None, None, "committed")]


def test_a_measure_counts_nothing():
    assert rows("Rakousko dodá Ukrajině 20 tun potravin.", lang="cs") == [("AUT", "humanitarian", None, None, None, "committed")]
    assert rows("Německo dodá Ukrajině 5000 litrů paliva.", lang="cs") == [("DEU", "equipment", None, None, None, "committed")]


def test_delivered_ambulances_and_transferred_budget_support():
    assert rows("Litva doručila Ukrajině 15 sanitek.", lang="cs") == [("LTU", "humanitarian", 15, None, None, "delivered")]
    assert rows("Francie převede Ukrajině 200 milionů eur rozpočtové podpory.", lang="cs") == [
        ("FRA", "financial", None, 200e6, "EUR", "committed")
    ]


def test_anti_tank_mines_are_ammunition():
    assert rows("Švédsko zašle Ukrajině protitankové miny.", lang="cs") == [("SWE", "ammunition", None, None, None, "committed")]


def test_becoming_is_not_a_tent():
    assert rows("Německo dodá Ukrajině tanky, což se stane do konce roku.", lang="cs") == [
        ("DEU", "armoured_vehicles", None, None, None, "committed")
    ]


# Verb forms governments use (issue 10): tenses, persons, verbal nouns, running totals, baselines.


@pytest.mark.parametrize(
    "text",
    ["Česko příští rok dodá Ukrajině deset houfnic.", "Česká republika do konce roku pošle Ukrajině deset houfnic."],
)
def test_a_future_pledge_is_committed(text):
    assert rows(text, lang="cs") == [("CZE", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    ["Vláda rozhodla o předání 10 houfnic Ukrajině.", "Vláda schválila usnesení o darování 10 houfnic Ukrajině."],
)
def test_a_decision_on_the_transfer_is_a_commitment(text):
    assert rows(text, lang="cs") == [("CZE", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Od ruské invaze Česko poskytlo Ukrajině pomoc v hodnotě 3 miliard eur.",
        "Doposud Česko dodalo Ukrajině 30 houfnic.",
        "Do dnešního dne Česko poskytlo Ukrajině pomoc v hodnotě 3 miliard eur.",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="cs") == []


@pytest.mark.parametrize("opening", ["Kromě", "Nad rámec", "Navíc k"])
def test_the_baseline_figure_is_not_new_money(opening):
    text = f"{opening} již přislíbených 100 milionů eur poskytne Česko 20 milionů eur na humanitární pomoc."
    assert rows(text, lang="cs") == [("CZE", "humanitarian", None, 20e6, "EUR", "committed")]


def test_besides_this_as_an_adverb_keeps_the_new_amount():
    text = "Kromě toho poskytne Česko 20 milionů eur na humanitární pomoc."
    assert rows(text, lang="cs") == [("CZE", "humanitarian", None, 20e6, "EUR", "committed")]


@pytest.mark.parametrize(
    "text",
    ["Česko pozastavilo dodávky houfnic Ukrajině.", "Česko objednalo 10 houfnic pro českou armádu."],
)
def test_a_halt_or_an_own_order_gives_nothing(text):
    assert rows(text, lang="cs") == []


# Unseen news (issue 10): what a careful analyst records beside a release, an agency report or a debate summary.


@pytest.mark.parametrize(
    "text",
    [
        "Nizozemsko již dříve přispělo do iniciativy částkou 250 milionů eur.",
        "Kanada předtím dodala Ukrajině 40 obrněných vozidel.",
        "Švédsko v minulosti předalo Ukrajině 12 houfnic Archer.",
    ],
)
def test_an_earlier_gift_recalled_in_passing_gives_no_row(text):
    assert rows(text, lang="cs") == []


def test_a_delivery_still_to_come_is_a_commitment():
    text = "Vláda schválila darování 15 houfnic Ukrajině. První houfnice mají být předány v dubnu."
    assert rows(text, lang="cs") == [("CZE", "artillery", 15, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    [
        "Veřejná sbírka organizace Člověk v tísni vybrala od dárců 400 milionů korun na humanitární pomoc Ukrajině.",
        "Vláda schválila 10 houfnic pro Ukrajinu. Sbírka na drony pro Ukrajinu vybrala 30 milionů korun.",
        "Vláda schválila 10 houfnic pro Ukrajinu. Charita poslala na Ukrajinu 20 kamionů potravin.",
    ],
)
def test_money_the_public_gives_through_a_charity_is_no_government_aid(text):
    assert [r for r in rows(text, lang="cs") if r[1] != "artillery"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Partneři Ukrajiny dodali Ukrajině 50 tanků.",
        "Další země pošlou Ukrajině stovky dronů.",
        "Západní spojenci poskytnou Ukrajině 20 miliard eur.",
    ],
)
def test_unnamed_partners_are_no_donor(text):
    assert rows(text, lang="cs") == []


def test_the_eu_mechanism_that_coordinates_a_gift_gives_nothing_itself():
    text = "S podporou mechanismu civilní ochrany EU Česko odeslalo Ukrajině 12 generátorů."
    assert rows(text, lang="cs") == [("CZE", "equipment", 12, None, None, "delivered")]


@pytest.mark.parametrize(
    "text",
    [
        "Slovensko od roku 2022 poskytlo Ukrajině pomoc v hodnotě 700 milionů eur.",
        "Od roku 2022 Česko dodalo Ukrajině 60 tanků.",
    ],
)
def test_a_total_since_a_year_gives_no_row(text):
    assert rows(text, lang="cs") == []


@pytest.mark.parametrize(
    "text", ["Česko zajistí výcvik ukrajinských pilotů na stíhačkách F-16.", "Česko zaplatí výcvik na tancích Leopard."]
)
def test_training_on_a_weapon_gives_training_not_the_weapon(text):
    assert {category for _, category, *_ in rows(text, lang="cs")} == {"training"}


@pytest.mark.parametrize(
    ("text", "count"), [("Česko dodá Ukrajině pětadvacet tanků.", 25), ("Česko dodá Ukrajině dvaačtyřicet tanků.", 42)]
)
def test_a_number_written_as_one_word_counts(text, count):
    assert rows(text, lang="cs") == [("CZE", "armoured_vehicles", count, None, None, "committed")]


@pytest.mark.parametrize(
    "text",
    ["Česká armáda dostane 8 nových vrtulníků z USA.", "Česko pošle moldavské armádě 20 vozidel."],
)
def test_what_goes_to_an_army_other_than_ukraines_is_not_aid(text):
    assert rows(text, lang="cs") == []


@pytest.mark.parametrize(
    ("text", "donor"),
    [("Italská vláda pošle Ukrajině dva systémy SAMP/T.", "ITA"), ("Rakouská vláda pošle Ukrajině dva systémy Patriot.", "AUT")],
)
def test_a_countrys_adjective_names_the_giver(text, donor):
    assert rows(text, lang="cs") == [(donor, "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    "text", ["Čeští občané vybrali 2 miliony eur pro děti na Ukrajině.", "Občané darovali 2 miliony eur pro děti na Ukrajině."]
)
def test_what_citizens_give_is_no_government_aid(text):
    assert [r for r in rows(text, lang="cs") if r[1] != "artillery"] == []


def test_money_for_hospitals_and_power_is_humanitarian():
    assert rows("Vláda poskytne 1,5 milionu eur na zásobování ukrajinských nemocnic elektřinou.", lang="cs") == [
        ("CZE", "humanitarian", None, 1_500_000, "EUR", "committed")
    ]


def test_paying_for_weapons_for_ukraine_commits_them():
    assert rows("Dánsko zaplatilo 20 houfnic pro Ukrajinu.", lang="cs") == [("DNK", "artillery", 20, None, None, "committed")]


def test_demining_alone_is_humanitarian():
    text = "Kromě již slíbených 50 milionů eur poskytne Česko dalších 10 milionů eur na odminování."
    assert rows(text, lang="cs") == [("CZE", "humanitarian", None, 10e6, "EUR", "committed")]


def test_the_arms_makers_country_is_not_the_giver():
    text = "Nizozemsko zaplatí Ukrajině 20 houfnic od české zbrojovky."
    assert rows(text, lang="cs") == [("NLD", "artillery", 20, None, None, "committed")]

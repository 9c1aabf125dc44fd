"""The grammar of giving: who gives, to whom, what, how much, at which stage (sentences of our own)."""

import datetime as dt

import pytest

from tests.helpers import keys, rows
from tracker import parse_text


@pytest.mark.parametrize(
    "text",
    [
        "The president urged Germany and France to send more air defence to Ukraine.",  # a request names givers
        "Kyiv hopes that the Nordic countries would provide another Patriot battery.",
        "Hungary refuses to send weapons to Ukraine.",
        "Switzerland rejected the request that its ammunition be re-exported to Ukraine.",
        "Norway buys 54 Leopard 2 tanks for its own army.",  # a donor's own procurement
        "Ukraine bought 20 howitzers from a Slovak company with its own money.",
        "Germany will station two Patriot systems in Poland.",  # deployed abroad, not given
        "The EU adopted a measure in support of Georgia worth EUR 30 million.",  # another recipient
        "Moldova will receive EUR 40 million from the European Union for its armed forces.",
        "The U.S. has provided more than $60 billion in military aid to Ukraine since the start of the war.",  # a total
    ],
)
def test_what_is_not_given_to_ukraine(text):
    assert rows(text) == []


def test_a_place_is_not_the_giver():
    assert rows("British instructors will train Ukrainian pilots in Romania.") == [("GBR", "training", None, None, None, "committed")]


def test_the_value_goes_to_what_it_buys():
    text = "Norway will give NOK 500 million that will go to naval capabilities for Ukraine."
    assert rows(text) == [("NOR", "naval", None, 5e8, "NOK", "committed")]
    text = "The Netherlands will give EUR 200 million for drone interceptors and EUR 125 million for F-16 jets."
    assert rows(text) == [("NLD", "air_defence", None, 2e8, "EUR", "committed"), ("NLD", "aircraft", None, 1.25e8, "EUR", "committed")]


def test_the_headline_figure_is_the_package_value_and_model_numbers_count_nothing():
    frame = parse_text(
        "Sweden announced a new military support package worth SEK 13.3 billion, including two ASC 890 surveillance aircraft "
        "and Archer howitzers.",
        published="2024-05-29",
    )
    found = frame.set_index("category")
    assert set(found.index) == {"aircraft", "artillery"}
    assert found.loc["aircraft", "quantity"] == 2  # not 890
    assert found["amount"].isna().all()  # no item carries the package's value ...
    assert (found["package_amount"] == 13.3e9).all() and (found["package_currency"] == "SEK").all()  # ... the package does
    assert found["package_eur"].notna().all()


def test_a_package_without_items_stands_on_its_own_row():
    assert rows("Denmark will give Ukraine a new military aid package worth DKK 2 billion.") == [
        ("DNK", "military_unspecified", None, 2e9, "DKK", "committed")
    ]


def test_a_part_of_a_total_for_another_recipient_leaves_the_ukrainian_part():
    text = (
        "The Commission will give an additional EUR 40 million in humanitarian funding to Ukraine. "
        "Of this, EUR 35 million is for projects in Ukraine and EUR 5 million for refugees in Moldova."
    )
    assert rows(text) == [("EU", "humanitarian", None, 35e6, "EUR", "committed")]


def test_an_earlier_count_is_not_the_new_pledge():
    text = "Germany, which delivered five IRIS-T systems last year, pledged two more IRIS-T systems to Ukraine."
    assert rows(text) == [("DEU", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sweden is considering sending Archer howitzers to Ukraine.", "proposed"),
        ("The Dutch cabinet decides next week on a EUR 200 million package for Ukraine, then parliament votes.", "proposed"),
        ("Denmark will donate F-16 jets to Ukraine; the first ones were delivered in August.", "committed"),
        ("The twelve howitzers that France had promised in January have arrived in Ukraine.", "delivered"),
        ("Ukraine has received the first F-16 jets from Denmark.", "delivered"),
    ],
)
def test_the_stage_comes_from_the_right_clause(text, status):
    found = rows(text)
    assert found and {r[5] for r in found} == {status}


def test_a_plan_reported_first_keeps_the_package_proposed():
    text = (
        "The U.S. is planning to send up to $400 million in military aid to Ukraine, officials said. "
        "The package will include Stinger missiles and 30 Stryker vehicles."
    )
    found = rows(text)
    assert {(r[0], r[1], r[5]) for r in found} == {("USA", "air_defence", "proposed"), ("USA", "armoured_vehicles", "proposed")}


def test_counts_written_as_words_and_after_the_noun():
    assert rows("Portugal vai enviar três tanques Leopard 2 para a Ucrânia.", lang="pt")[0][2] == 3
    assert rows("Polska przekaże Ukrainie osiem czołgów Leopard.", lang="pl")[0][2] == 8
    assert rows("英国はウクライナに戦車14両を供与する。", lang="ja")[0][2] == 14


def test_separable_verbs_read_across_the_object():
    assert keys("Deutschland sagt der Ukraine weitere Luftverteidigungssysteme zu.", lang="de") == {("DEU", "air_defence")}
    assert rows("Duitsland wijst de levering van Taurus-raketten aan Oekraïne af.", lang="nl") == []


def test_a_link_to_another_article_is_not_read():
    text = "Estonia will send demining equipment to Ukraine.\n• Read also: Germany plans to deliver more tanks to Ukraine"
    assert keys(text) == {("EST", "equipment")}


def test_a_nationality_of_make_is_not_a_giver():
    assert rows("Ukraine received ten armoured vehicles of Czech production.") == []


def test_a_short_currency_abbreviation_is_not_read_inside_a_word():
    found = rows("Lietuva Ukrainai siųs 5 tūkst. kraujo maišų.", lang="lt")
    assert all(r[4] is None for r in found), found


def test_money_for_people_who_fled_is_left_out_even_in_a_relative_clause():
    assert rows("Poland will spend PLN 2 billion on Ukrainian citizens, who are fleeing the war.") == []


def test_a_qualifier_after_an_amount_says_what_it_buys():
    assert rows("Norway will give Ukraine NOK 300 million for humanitarian purposes.") == [
        ("NOR", "humanitarian", None, 3e8, "NOK", "committed")
    ]


def test_money_that_serves_civilians_is_humanitarian():
    assert rows("Sweden gives SEK 1 billion to Ukraine to support the population through the winter.") == [
        ("SWE", "humanitarian", None, 1e9, "SEK", "committed")
    ]


def test_a_list_after_a_decision_is_what_the_decision_holds():
    text = "Finland will help Ukraine. The President decided on the matter today. It includes 2,000 rifles and 40,000 ration packs."
    assert keys(text) == {("FIN", "small_arms"), ("FIN", "equipment")}


def test_a_name_several_countries_use_is_the_one_the_text_names():
    austrian = "Die Bundesregierung gibt der Ukraine 5 Millionen Euro humanitäre Hilfe. Österreich bleibt neutral."
    assert keys(austrian, lang="de") == {("AUT", "humanitarian")}
    assert keys("Die Bundesregierung gibt der Ukraine 5 Millionen Euro humanitäre Hilfe.", lang="de") == {("DEU", "humanitarian")}


def test_how_the_money_is_spent_names_its_purpose_not_new_items():
    text = (
        "Norway will give EUR 20 million to Ukraine. The money will be used to buy generators and spare parts for the damaged power grid."
    )
    assert rows(text) == [("NOR", "humanitarian", None, 2e7, "EUR", "committed")]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("fr", "La Belgique livrera quarante obusiers à l'Ukraine.", 40),
        ("fr", "La Belgique livrera soixante-dix obusiers à l'Ukraine.", 70),
        ("de", "Österreich liefert der Ukraine dreiundzwanzig Haubitzen.", 23),
        ("es", "Portugal enviará treinta y cinco obuses a Ucrania.", 35),
        ("it", "L'Italia invierà quaranta obici all'Ucraina.", 40),
        ("nl", "België levert twintig houwitsers aan Oekraïne.", 20),
        ("sv", "Sverige skickar fyrtio haubitsar till Ukraina.", 40),
        ("pl", "Polska przekaże Ukrainie dwadzieścia haubic.", 20),
        ("cs", "Česko pošle Ukrajině dvacet houfnic.", 20),
    ],
)
def test_tens_written_as_words_count(lang, text, count):
    found = rows(text, lang=lang)
    assert [r[2] for r in found] == [count], found


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Canada will send about 40 armoured vehicles to Ukraine.", 40),  # 'about' counts
        ("en", "Canada will send nearly 40 armoured vehicles to Ukraine.", None),  # an upper bound does not
        ("fr", "La Belgique livrera environ 20 obusiers à l'Ukraine.", 20),
        ("de", "Österreich liefert rund 30 Generatoren an die Ukraine.", 30),
        ("fi", "Suomi lahjoittaa Ukrainalle noin 25 panssariajoneuvoa.", 25),
        ("ja", "英国はウクライナに自走砲約12両を供与する。", 12),
    ],
)
def test_about_a_number_counts_and_an_upper_bound_does_not(lang, text, count):
    assert [row[2] for row in rows(text, lang=lang)] == [count]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Spain will send 1,000 tonnes of diesel and armoured vehicles to Ukraine."),
        ("es", "España enviará a Ucrania 1.000 toneladas de gasóleo y vehículos blindados."),
        ("pl", "Polska przekaże Ukrainie 500 ton paliwa i transportery opancerzone."),
    ],
)
def test_a_measure_counts_nothing(lang, text):
    assert [row[2] for row in rows(text, lang=lang) if row[1] == "armoured_vehicles"] == [None]


def test_an_article_before_a_counting_word_counts_one():
    assert rows("Italia enviará a Ucrania una batería antiaérea.", lang="es") == [("ITA", "air_defence", 1, None, None, "committed")]


@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        ("pt", "O primeiro-ministro, Luís Montenegro, anunciou que Portugal enviará 20 blindados à Ucrânia.", "PRT"),
        ("en", "Foreign Minister Israel Katz said that Canada will send 20 armoured vehicles to Ukraine.", "CAN"),
    ],
)
def test_a_person_named_like_a_country_is_not_a_donor(lang, text, donor):
    assert {row[0] for row in rows(text, lang=lang)} == {donor}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A general noun alone is aid of the document's kind, and gives way to the named items beside it.
        ("Finland will send weapons and equipment to Ukraine.", {("FIN", "military_unspecified")}),
        ("Finland will send artillery shells and other equipment to Ukraine.", {("FIN", "ammunition")}),
        # A word that says what it is makes it equipment: a modifier before it, a purpose after it, examples.
        ("Finland will send demolition equipment and 20 howitzers to Ukraine.", {("FIN", "equipment"), ("FIN", "artillery")}),
        ("Finland will send equipment for the repair teams and 20 howitzers to Ukraine.", {("FIN", "equipment"), ("FIN", "artillery")}),
        ("Finland will send equipment, such as helmets and generators, and 20 howitzers.", {("FIN", "equipment"), ("FIN", "artillery")}),
    ],
)
def test_a_general_noun_takes_its_meaning_from_the_words_that_name_it(text, expected):
    assert keys(text) == expected


def test_the_value_of_examples_goes_to_their_kind():
    text = "The EU will provide EUR 10 million for equipment and supplies, such as helmets, generators and fuel."
    assert rows(text) == [("EU", "equipment", None, 1e7, "EUR", "committed")]


def test_training_announced_for_later_is_given_and_the_weapons_it_is_on_are_not():
    assert keys("The UK will also begin training Ukrainian crews on the tanks.") == {("GBR", "training")}
    text = "Denmark will donate ten howitzers to Ukraine. Ukrainian crews will be trained on them in Denmark from Monday."
    assert keys(text) == {("DNK", "artillery"), ("DNK", "training")}
    assert rows("Training will matter most, the minister said.") == []


def test_new_money_spent_on_a_named_kind_of_aid_is_tied_to_it():
    text = "Britain will provide £2 billion in military aid to Ukraine. About £150m will be spent to buy drones."
    assert set(rows(text)) == {
        ("GBR", "drones", None, 1.5e8, "GBP", "committed"),
        ("GBR", "military_unspecified", None, 2e9, "GBP", "committed"),  # a package no row joins keeps its value
    }
    # The same money restated, or money for the kind of aid already committed, only says what it is for.
    text = "Britain will provide £2 billion in military aid to Ukraine. The £2 billion will be used to buy drones."
    assert rows(text) == [("GBR", "drones", None, 2e9, "GBP", "committed")]


@pytest.mark.parametrize(
    ("lang", "text", "currency"),
    [
        ("pl", "Wielka Brytania przekaże Ukrainie 300 mln funtów na drony.", "GBP"),
        ("cs", "Británie poskytne Ukrajině 300 milionů liber na drony.", "GBP"),
        ("nl", "Het Verenigd Koninkrijk geeft Oekraïne 300 miljoen pond voor drones.", "GBP"),
    ],
)
def test_a_currency_named_without_its_adjective(lang, text, currency):
    assert [row[4] for row in rows(text, lang=lang)] == [currency]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Laut Ministerium soll die Ukraine von Deutschland bis Ende des Jahres weitere 20 Schützenpanzer erhalten."),
        ("nl", "Oekraïne zal volgens het ministerie van Nederland in het voorjaar nog 20 pantservoertuigen ontvangen."),
    ],
)
def test_a_future_auxiliary_governs_the_verb_at_the_end_of_its_clause(lang, text):
    assert [row[5] for row in rows(text, lang=lang)] == ["committed"]


def test_tents_are_counted_as_humanitarian_items():
    assert rows("România va trimite Ucrainei 15 corturi pentru populația evacuată.", lang="ro") == [
        ("ROU", "humanitarian", 15, None, None, "committed")
    ]


def test_a_japanese_count_with_its_counter_and_no_may_stand_before_the_item():
    assert rows("日本政府はウクライナに20両のトラックを供与する。", lang="ja") == [("JPN", "equipment", 20, None, None, "committed")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Österreich liefert Waffen und Ausrüstung an die Ukraine.", {("AUT", "military_unspecified")}),
        ("fr", "La Belgique livrera des armes et du matériel à l'Ukraine.", {("BEL", "military_unspecified")}),
        ("pl", "Polska przekaże Ukrainie broń i sprzęt.", {("POL", "military_unspecified")}),
        ("fr", "La Belgique livrera du matériel, tels que des casques et des générateurs, à l'Ukraine.", {("BEL", "equipment")}),
        ("nl", "België levert materieel zoals helmen en generatoren aan Oekraïne.", {("BEL", "equipment")}),
    ],
)
def test_general_nouns_in_other_languages(lang, text, expected):
    assert keys(text, lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "amount", "count"),
    [
        ("en", "Britain grants a hundred million pounds to Ukraine.", 1e8, None),  # a multiplier that a scale closes
        ("de", "Deutschland stellt der Ukraine hundert Millionen Euro bereit.", 1e8, None),
        ("en", "Britain will send two thousand shells to Ukraine.", None, 2000),  # 2000 in words is no year
        ("en", "Britain will send 2,000 shells to Ukraine in 2024.", None, 2000),
        ("fr", "La France livrera vingt et un canons à l'Ukraine.", None, 21),
    ],
)
def test_numbers_in_words_that_look_like_something_else(lang, text, amount, count):
    [row] = rows(text, lang=lang)
    assert (row[3], row[2]) == (amount, count)


def test_a_cue_is_not_read_inside_a_longer_known_word():
    # 'lanciato' (launched, an attack) is not read inside 'lanciatore' (launcher).
    assert keys("L'Italia fornirà un lanciatore Patriot all'Ucraina.", lang="it") == {("ITA", "air_defence")}


def test_a_decision_set_for_later_anywhere_in_a_verb_bracket_is_proposed():
    text = "Österreich wird beim kommenden Ministerrat morgen 20 Millionen Euro für die Ukraine freigeben."
    assert [row[5] for row in rows(text, lang="de")] == ["proposed"]
    assert [row[5] for row in rows("Österreich hat 20 Millionen Euro für die Ukraine freigegeben.", lang="de")] == ["committed"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Canada will send eight armoured recovery vehicles to Ukraine."),
        ("de", "Deutschland liefert der Ukraine acht Bergepanzer."),
        ("it", "Il Canada invierà all'Ucraina otto veicoli di recupero."),
    ],
)
def test_recovery_and_engineering_vehicles_are_armoured_vehicles(lang, text):
    assert [(row[1], row[2]) for row in rows(text, lang=lang)] == [("armoured_vehicles", 8)]


def test_a_short_number_ends_a_sentence_where_numbers_take_no_ordinal_dot():
    from tracker.extract.sentences import split_sentences
    from tracker.extract.vocabulary import vocabulary

    french = "Macron l'a dit sur France 2. Ces avions arriveront bientôt."
    assert len(split_sentences(french, vocabulary("fr"))) == 2
    german = "Die Panzer kommen am 26. April in der Ukraine an."
    assert len(split_sentences(german, vocabulary("de"))) == 1


def test_countries_of_a_union_are_not_the_union_when_the_text_names_its_giver():
    text = "Spain will send 10 tanks to Ukraine. It will also train Ukrainian troops, as other countries of the European Union already do."
    assert keys(text) == {("ESP", "armoured_vehicles"), ("ESP", "training")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The delivery of five infantry fighting vehicles from Lithuania arrived in Ukraine."),
        ("pl", "Dostawa pięciu wozów bojowych z Litwy dotarła na Ukrainę."),
    ],
)
def test_a_giving_noun_that_arrived_is_delivered(lang, text):
    assert rows(text, lang=lang) == [("LTU", "armoured_vehicles", 5, None, None, "delivered")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "W zeszłym roku Polska przekazała Ukrainie 14 czołgów."),
        ("es", "El año pasado España entregó diez tanques a Ucrania."),
        ("fi", "Viime vuonna Suomi lahjoitti Ukrainalle 10 panssarivaunua."),
    ],
)
def test_what_was_given_last_year_is_recalled_in_every_language(lang, text):
    assert rows(text, lang=lang) == []


def test_the_time_of_a_relative_clause_is_not_the_time_of_the_news():
    text = "Los doce obuses que Francia prometió el año pasado, según el ministerio, ya han llegado a Ucrania."
    assert rows(text, lang="es") == [("FRA", "artillery", 12, None, None, "delivered")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since February 2022, the United Kingdom has provided more than £12 billion in military support to Ukraine."),
        ("sv", "Sedan 2022 har Sverige gett militärt stöd till Ukraina för 43 miljarder kronor."),
        ("de", "Seit 2022 hat Deutschland der Ukraine Militärhilfe im Wert von 28 Milliarden Euro geleistet."),
        ("fr", "Depuis 2022, la France a fourni 3 milliards d'euros d'aide militaire à l'Ukraine."),
        ("ja", "2022年以降、日本はウクライナに総額120億ドルの支援を行った。"),
    ],
)
def test_a_total_since_a_year_is_recalled_not_news(lang, text):
    assert rows(text, lang=lang) == []


def test_an_amount_with_a_starting_time_after_it_is_a_total():
    # Aid named only by its running total is that total's subject: no row, and never a row carrying the total.
    assert rows("The UK has now committed £12.8 billion in military aid since 2022.") == []
    assert rows("Magyarország 2022 óta 5 millió euró humanitárius segélyt adott Ukrajnának.", lang="hu") == []
    assert rows("The UK has committed £12.8 billion since 2022, and it will now send 30 tanks.") == [
        ("GBR", "armoured_vehicles", 30, None, None, "committed")
    ]
    assert rows("Since the talks, the UK will send 30 tanks.") == [("GBR", "armoured_vehicles", 30, None, None, "committed")]


def test_a_recall_beside_another_verb_dates_that_verb_only():
    text = "Britain will send a new package. The package also includes 50 air defence missiles and spare parts for vehicles "
    text += "previously donated."
    assert ("GBR", "air_defence", 50, None, None, "committed") in rows(text)


def test_a_list_opened_by_a_colon_is_what_the_package_holds():
    text = (
        "The Pentagon announced a new package of security assistance for Ukraine worth $300 million.\n\n"
        "The package includes:\n- Stinger missiles;\n- 155mm artillery rounds;\n- 12 Bradley fighting vehicles.\n\n"
        "Russian forces meanwhile shelled the city of Kharkiv."
    )
    assert keys(text) == {("USA", "air_defence"), ("USA", "ammunition"), ("USA", "armoured_vehicles")}
    bradleys = [row for row in rows(text) if row[1] == "armoured_vehicles"]
    assert bradleys == [("USA", "armoured_vehicles", 12, None, None, "committed")]


def test_a_quote_after_a_colon_is_no_list_of_items():
    text = "The minister said: Ukraine needs far more air defence before the winter."
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Germany will send more tanks. Russia continues to strike Ukraine's power plants with missiles and drones.",
        "Japan will give more aid. The IMF approved a disbursement of $2.2 billion to Ukraine on Friday.",
        "The World Bank will provide $1.5 billion in new financing to Ukraine.",
        "Canada pledged new support. The United Nations will deliver 40 trucks of humanitarian aid to Kharkiv.",
    ],
)
def test_a_clause_about_an_enemy_or_a_lender_is_no_donors(text):
    assert all(row[1] != "financial" and row[2] is None for row in rows(text))
    assert not [row for row in rows(text) if row[1] in ("drones", "humanitarian", "financial")]


def test_a_dateline_city_is_where_the_story_was_filed():
    assert rows("WASHINGTON, June 28 (Reuters) - The IMF approved a disbursement of $2.2 billion to Ukraine.") == []
    # ... and it names the government only when no one else acts.
    assert keys("BERLIN (dpa) - The federal government will send 30 more tanks to Ukraine.") == {("DEU", "armoured_vehicles")}
    assert keys("BERLIN - Norway will send 30 more tanks to Ukraine.") == {("NOR", "armoured_vehicles")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Nederland geeft 20 drones. Duitsland kondigde vorige week een pakket van 1,4 miljard euro aan."),
        ("de", "Deutschland liefert 20 Drohnen. Frankreich hatte letzte Woche ein Paket von 1,4 Milliarden Euro angekündigt."),
        ("sv", "Sverige skickar 20 drönare. Norge meddelade förra veckan ett paket på 1,4 miljarder kronor."),
        ("fi", "Suomi lähettää 20 droonia. Ruotsi ilmoitti viime viikolla 1,4 miljardin kruunun paketista."),
    ],
)
def test_what_another_donor_gave_last_week_is_recalled(lang, text):
    first_sentence = text.split(". ")[0] + "."
    assert rows(text, lang=lang) == rows(first_sentence, lang=lang) != []


def test_a_sentence_does_not_open_with_of():
    text = "Deutschland liefert 20 Drohnen. Der Internationale Währungsfonds zahlte der Ukraine 880 Millionen Dollar aus."
    assert rows(text, lang="de") == [("DEU", "drones", 20, None, None, "committed")]


def test_on_a_tie_the_government_that_writes_in_the_language_is_the_documents_donor():
    text = (
        "Regeringen har i dag beslutat om ett nytt stödpaket till Ukraina. Paketet innehåller 20 stridsbåtar. "
        "Sverige har tidigare gett stöd. Danmark meddelade förra veckan ett eget paket."
    )
    assert keys(text, lang="sv") == {("SWE", "naval")}
    # English is written by many governments: a tie stays a tie, and nothing is given by a guess.
    english = "The government decided on a new package for Ukraine. It includes 20 combat boats. Canada gave aid last year too."
    english += " Australia announced a package last week."
    assert rows(english) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The EU adopted its 14th sanctions package against Russia, including a ban on LNG transshipment."),
        ("de", "Die EU hat ihr 14. Sanktionspaket gegen Russland beschlossen."),
        ("fr", "L'UE a adopté un nouveau paquet de sanctions contre la Russie."),
        ("fi", "EU hyväksyi uuden pakotepaketin Venäjää vastaan."),
    ],
)
def test_a_sanctions_package_is_no_aid(lang, text):
    assert rows(text, lang=lang) == []


def test_aid_beside_sanctions_is_still_aid():
    text = "The EU adopted a new package of EUR 5 billion in military aid for Ukraine and new sanctions against Russia."
    assert rows(text) == [("EU", "military_unspecified", None, 5e9, "EUR", "committed")]


@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [
        ("en", "Norway will give NOK 9 billion in 2025, an increase of NOK 1 billion on last year.", 9e9),
        ("de", "Deutschland stellt 2025 acht Milliarden Euro bereit, eine Steigerung um eine Milliarde Euro.", 8e9),
        ("fr", "La France donnera 3 milliards d'euros en 2025, une hausse de 500 millions d'euros.", 3e9),
    ],
)
def test_the_difference_from_an_earlier_figure_is_no_new_money(lang, text, amount):
    assert [row[3] for row in rows(text, lang=lang)] == [amount]


def test_money_that_will_also_be_spent_on_a_kind_of_aid_is_that_kind():
    text = "The UK will provide £3bn in military aid to Ukraine next year. About £150m will also be spent on drones."
    assert ("GBR", "drones", None, 1.5e8, "GBP", "committed") in rows(text)


def test_parts_in_parentheses_split_a_whole_named_in_another_currency_word():
    text = (
        "Ukraine received USD 100 million in grants from Denmark and Sweden. The grants come from the governments of "
        "Denmark and Sweden (60 million dollars and 40 million dollars respectively)."
    )
    assert {(row[0], row[3], row[4]) for row in rows(text)} == {("DNK", 6e7, "USD"), ("SWE", 4e7, "USD")}
    # One amount in parentheses after another is its conversion, not a part.
    assert rows("Norway will give NOK 500 million ($47 million) to Ukraine.") == [
        ("NOR", "military_unspecified", None, 5e8, "NOK", "committed")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "amount", "currency"),
    [
        ("en", "Sweden approved new support for Ukraine. Humanitarian aid will receive SEK 50 million in additional funding.", 5e7, "SEK"),
        ("fi", "Suomi päätti uudesta tuesta Ukrainalle. Humanitaariseen apuun ohjataan 5 miljoonaa euroa lisärahoitusta.", 5e6, "EUR"),
    ],
)
def test_funding_for_a_qualified_kind_of_aid_is_that_kind(lang, text, amount, currency):
    assert [(row[1], row[3], row[4]) for row in rows(text, lang=lang)] == [("humanitarian", amount, currency)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany delivered 20 Marder infantry fighting vehicles to Ukraine in 2023.", "en"),
        ("Deutschland hat der Ukraine im Jahr 2023 zwanzig Schützenpanzer Marder geliefert.", "de"),
        ("L'Allemagne a livré vingt véhicules blindés Marder à l'Ukraine en 2023.", "fr"),
    ],
)
def test_what_a_text_dates_to_an_earlier_year_is_recalled_not_news(text, lang):
    assert rows(text, lang=lang, published=dt.date(2024, 5, 2)) == []
    # Published that same year, it is the news.
    assert [r[1] for r in rows(text, lang=lang, published=dt.date(2023, 5, 2))] == ["armoured_vehicles"]


def test_a_range_from_an_earlier_year_and_a_model_number_are_no_recall():
    text = "Germany will provide EUR 500 million a year from 2023 to 2027 for Ukraine's air defence."
    assert [r[1] for r in rows(text, lang="en", published=dt.date(2024, 1, 9))] == ["air_defence"]
    text = "Deutschland liefert sechs weitere Panzerhaubitzen 2000 an die Ukraine."
    assert rows(text, lang="de", published=dt.date(2024, 1, 9)) == [("DEU", "artillery", 6, None, None, "committed")]


@pytest.mark.parametrize(
    ("text", "lang", "donor"),
    [
        ("Rząd przekaże Ukrainie 30 czołgów.", "pl", "POL"),
        ("Vláda schválila dodávku 20 obrněných vozidel Ukrajině.", "cs", "CZE"),
        ("Hallitus päätti antaa Ukrainalle 10 miljoonaa euroa humanitaarista apua.", "fi", "FIN"),
        ("A kormány 5 millió euró humanitárius segélyt küld Ukrajnának.", "hu", "HUN"),
        ("Vlada je Ukrajini namenila 5 milijonov evrov humanitarne pomoči.", "sl", "SVN"),
        ("정부는 우크라이나에 3억 달러 규모의 인도적 지원을 약속했다.", "ko", "KOR"),
        # Beside a country's name, the government is that country's.
        ("Rząd Niemiec przekaże Ukrainie 30 czołgów.", "pl", "DEU"),
        ("Saksan hallitus lähettää Ukrainalle kaksi Patriot-järjestelmää.", "fi", "DEU"),
        # A country that may give speaks for itself: 'according to the government, Germany will send'.
        ("Secondo il governo, la Germania invierà due sistemi Patriot.", "it", "DEU"),
    ],
)
def test_the_government_of_a_language_with_one_home_country_is_that_country(text, lang, donor):
    assert {row[0] for row in rows(text, lang=lang)} == {donor}


def test_a_name_that_begins_like_a_government_word_is_no_government():
    assert rows("Vladimir Putin je ukazal napad na Ukrajino s 40 raketami.", lang="sl") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selenskyj forderte Deutschland erneut auf, Marschflugkörper zu liefern.", "de"),
        ("España ha entregado desde 2022 más de 100 vehículos blindados.", "es"),
        ("Deutschland hat seit Kriegsbeginn Waffen im Wert von 28 Milliarden Euro geliefert.", "de"),
    ],
)
def test_a_request_without_a_subject_of_its_own_and_a_running_total_of_deliveries_give_nothing(text, lang):
    assert rows(text, lang=lang) == []


def test_a_clause_after_a_relative_clause_with_a_request_still_gives():
    text = "Norway, which Kyiv asked for help, will send two NASAMS systems to Ukraine."
    assert rows(text, lang="en") == [("NOR", "air_defence", 2, None, None, "committed")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La France a livré depuis le début de la guerre 30 canons CAESAR.", "fr"),
        ("L'Italia ha inviato finora sei pacchetti di aiuti militari.", "it"),
        ("Polska przekazała Ukrainie od początku wojny ponad 300 czołgów.", "pl"),
        ("Slovensko doteraz odovzdalo Ukrajine 12 húfnic.", "sk"),
        ("Україна досі отримала від Німеччини 20 гаубиць.", "uk"),
    ],
)
def test_a_delivery_so_far_or_since_the_start_is_a_running_total_not_news(text, lang):
    assert rows(text, lang=lang) == []


def test_a_delivery_already_made_is_news():
    assert rows("Polska przekazała już Ukrainie 30 czołgów.", lang="pl") == [("POL", "armoured_vehicles", 30, None, None, "delivered")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zelenskyi kehotti Saksaa lähettämään 20 Leopard-panssarivaunua lisää.", "fi"),
        ("Zelenskõi kutsus Saksamaad üles saatma veel 20 Leopardi tanki.", "et"),
        ("ゼレンスキー大統領はドイツに戦車20両の追加供与を求めた。", "ja"),
    ],
)
def test_a_request_is_read_in_the_word_order_of_its_language(text, lang):
    # Finnish and Estonian put the request before what it asks, as English does; Japanese puts it after.
    assert rows(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Denmark will donate Leopard 1 tanks (80 units) to Ukraine.", "en", 80),
        ("Denmark will donate CV90 infantry fighting vehicles (40) to Ukraine.", "en", 40),
        ("Dänemark liefert Kampfpanzer Leopard 1 (80 Stück) an die Ukraine.", "de", 80),
        ("Denmark will donate three dozen Leopard 1 tanks to Ukraine.", "en", 36),
        ("Dänemark liefert der Ukraine insgesamt 80 Kampfpanzer vom Typ Leopard 1.", "de", 80),
        ("Denmark will send 20 more tanks, bringing the total to 80 tanks.", "en", 20),
        # A calibre or a year in parentheses counts nothing.
        ("Denmark will donate howitzers (155 mm) to Ukraine.", "en", None),
        ("Germany will deliver Patriot systems (2024) to Ukraine.", "en", None),
    ],
)
def test_the_count_of_a_pledge_in_parentheses_in_words_and_in_total(text, lang, count):
    assert [row[2] for row in rows(text, lang=lang)] == [count]


def test_a_decision_set_for_later_makes_what_it_decides_on_a_proposal():
    text = "The Dutch cabinet will decide next week on sending 10 more F-16s, after which parliament votes."
    assert rows(text, lang="en") == [("NLD", "aircraft", 10, None, None, "proposed")]


@pytest.mark.parametrize(
    ("text", "lang", "donor"),
    [
        ("Norway pledged EUR 100 million in military aid and EUR 50 million in humanitarian aid.", "en", "NOR"),
        ("Sverige ger 100 miljoner kronor i militärt stöd och 50 miljoner kronor i humanitärt stöd.", "sv", "SWE"),
        ("Nederland geeft 100 miljoen euro aan militaire steun en 50 miljoen euro aan humanitaire hulp.", "nl", "NLD"),
        # In a compound the qualifier still names the aid: 'Militärhilfe'.
        ("Deutschland gibt 100 Millionen Euro an Militärhilfe und 50 Millionen Euro an humanitärer Hilfe.", "de", "DEU"),
    ],
)
def test_each_amount_goes_to_the_kind_of_aid_it_is_in(text, lang, donor):
    assert [(r[0], r[1], r[3]) for r in rows(text, lang=lang)] == [(donor, "humanitarian", 50e6), (donor, "military_unspecified", 100e6)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "In addition to the EUR 2 billion already pledged in May, Germany will provide EUR 500 million for air defence.",
            [("DEU", "air_defence", None, 500_000_000.0, "EUR", "committed")],
        ),
        (
            "de",
            "Zusätzlich zu den bereits zugesagten 7 Milliarden Euro stellt Deutschland weitere 500 Millionen Euro "
            "für Luftverteidigung bereit.",
            [("DEU", "air_defence", None, 500_000_000.0, "EUR", "committed")],
        ),
        (
            "fr",
            "En plus des 3 milliards d'euros déjà engagés, la France apportera 200 millions d'euros pour l'artillerie.",
            [("FRA", "artillery", None, 200_000_000.0, "EUR", "committed")],
        ),
        ("en", "The new package is in addition to the £3 billion a year the UK provides to Ukraine.", []),
        ("es", "El paquete se suma a los 1.000 millones de euros que España ya ha entregado a Ucrania.", []),
    ],
)
def test_the_figure_news_comes_on_top_of_is_not_new(lang, text, expected):
    assert rows(text, lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Canada's total military assistance to Ukraine now stands at more than $4 billion since 2022."),
        ("en", "Norway's contribution to the coalition brings its total to NOK 3 billion."),
        ("de", "Deutschland hat die Ukraine seit Beginn des Krieges mit rund 28 Milliarden Euro unterstützt."),
    ],
)
def test_aid_named_only_by_its_running_total_gives_no_row(lang, text):
    assert rows(text, lang=lang) == []


def test_ongoing_support_with_nothing_named_is_no_commitment():
    assert rows("Lithuania will continue to support Ukraine for as long as it takes.") == []
    assert rows("Lithuania will continue to send ammunition to Ukraine.") == [("LTU", "ammunition", None, None, None, "committed")]


def test_a_place_word_does_not_reach_across_a_comma():
    # 'in May, Germany ...': the preposition's object is the month; Germany is the subject of the next clause.
    assert rows("In May, Germany will send 10 howitzers to Ukraine.") == [("DEU", "artillery", 10, None, None, "committed")]


@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        ("en", "The UK will send 20 howitzers to Ukraine. Other allies have also sent jets, with the first F-16s arriving in June.", "GBR"),
        ("en", "The UK will send 20 howitzers to Ukraine. Western partners have delivered hundreds of tanks over the past year.", "GBR"),
        ("de", "Deutschland liefert der Ukraine 20 Haubitzen. Andere Partner haben bereits Kampfjets geschickt.", "DEU"),
        ("fr", "La France enverra 20 obusiers à l'Ukraine. D'autres partenaires ont livré des avions de combat.", "FRA"),
    ],
)
def test_unnamed_others_are_not_the_documents_donor(lang, text, donor):
    # What 'other partners' gave is no one donor's: the document's donor does not inherit it.
    assert keys(text, lang=lang) == {(donor, "artillery")}


def test_a_relative_clause_after_the_earlier_figure_is_its_own():
    text = "Utöver de 40 miljarder kronor som redan utlovats ger Sverige 2 miljarder kronor till luftvärn."
    assert rows(text, lang="sv") == [("SWE", "air_defence", None, 2_000_000_000.0, "SEK", "committed")]


def test_an_aid_word_inflected_into_the_verb_of_giving_is_that_verb():
    # 'steunen' is 'steun' (support) read with an ending, and also the verb 'to support': alone it names no aid.
    assert rows("Nederland blijft Oekraïne steunen zolang dat nodig is.", lang="nl") == []
    assert rows("Nederland blijft Oekraïne steunen met 100 miljoen euro.", lang="nl") == [
        ("NLD", "military_unspecified", None, 100_000_000.0, "EUR", "committed")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "donor", "currency"),
    [
        ("hu", "A kormány úgy döntött, hogy 10 millió eurót ad Ukrajnának humanitárius célokra.", "HUN", "EUR"),
        ("en", "Ireland will give EUR 10 million to Ukraine for humanitarian purposes.", "IRL", "EUR"),
        ("cs", "Česko poskytne 10 milionů korun Ukrajině na humanitární účely.", "CZE", "CZK"),
    ],
)
def test_a_qualifier_after_an_amount_and_its_receiver_says_what_it_buys(lang, text, donor, currency):
    assert rows(text, lang=lang) == [(donor, "humanitarian", None, 10_000_000.0, currency, "committed")]


@pytest.mark.parametrize(
    ("lang", "text", "donor", "amount", "currency"),
    [
        ("en", "Japan will provide $50 million for critical infrastructure and railways in Ukraine.", "JPN", 50_000_000.0, "USD"),
        ("it", "L'Italia stanzierà 20 milioni di euro per le ferrovie e il settore sanitario dell'Ucraina.", "ITA", 20_000_000.0, "EUR"),
        ("de", "Deutschland stellt 30 Millionen Euro für die kritische Infrastruktur der Ukraine bereit.", "DEU", 30_000_000.0, "EUR"),
    ],
)
def test_money_for_civil_sectors_is_humanitarian(lang, text, donor, amount, currency):
    # Reconstruction of what civilians live on (infrastructure, railways, health) is humanitarian aid.
    assert rows(text, lang=lang) == [(donor, "humanitarian", None, amount, currency, "committed")]


def test_the_romanian_government_word_is_romanias_unless_another_country_owns_it():
    assert keys("Guvernul a aprobat un ajutor umanitar de 10 milioane de lei pentru Ucraina.", lang="ro") == {("ROU", "humanitarian")}
    assert keys("Guvernul Republicii Moldova a aprobat un ajutor umanitar pentru Ucraina.", lang="ro") == {("MDA", "humanitarian")}


@pytest.mark.parametrize(
    "text",
    [
        "Greece will send 40 BMP-1 vehicles to Ukraine, which Germany will replace with Marder vehicles.",
        "The Netherlands has ordered six new Patriot systems to replace those it donated to Ukraine.",
    ],
)
def test_what_replaces_a_gift_is_not_aid_to_ukraine(text):
    assert not {key for key in keys(text) if key[0] in ("DEU", "NLD")}


def test_a_countrys_adjective_before_a_company_names_the_companys_home():
    assert rows("Swedish company Saab will supply Ukraine with Carl-Gustaf recoilless rifles.") == []
    assert keys("The German arms maker Rheinmetall will deliver 20 Skynex systems to Ukraine, paid for by Germany.") == {
        ("DEU", "air_defence")
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The British Red Cross has raised £20 million for Ukraine."),
        ("de", "Das Deutsche Rote Kreuz schickt 20 Lastwagen mit Hilfsgütern in die Ukraine."),
        ("fr", "La Croix-Rouge française envoie 20 camions en Ukraine."),
        ("et", "Eesti Punasele Ristile on annetatud 3,1 miljonit eurot Ukraina abistamiseks."),
    ],
)
def test_a_country_in_an_organisations_name_is_no_giver(lang, text):
    assert rows(text, lang=lang) == []


def test_a_government_giving_through_an_organisation_still_gives():
    assert {donor for donor, _ in keys("Britain will give £20 million to the Red Cross for Ukraine.")} == {"GBR"}


def test_each_grant_is_its_sources_and_an_organisations_loan_is_nobodys():
    text = (
        "The package includes a $1 billion World Bank loan, a $20 million grant from the Swiss government "
        "and a $50 million grant from the United States."
    )
    assert [(row[0], row[1], row[3]) for row in rows(text)] == [
        ("CHE", "financial", 20_000_000.0),
        ("USA", "financial", 50_000_000.0),
    ]


def test_each_amount_received_is_its_sources():
    assert [(row[0], row[3]) for row in rows("Ukraine received EUR 20 million from Germany and EUR 50 million from France.")] == [
        ("DEU", 20_000_000.0),
        ("FRA", 50_000_000.0),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Norway will give Ukraine Leopard tanks. Norway will send eight tanks in all, the minister said."),
        ("pl", "Norwegia przekaże Ukrainie czołgi Leopard. Norwegia dołączyła do koalicji, przekazując osiem czołgów."),
    ],
)
def test_a_count_of_the_noun_a_system_was_named_with_counts_that_system(lang, text):
    # The same noun in another inflection ('czołgi', 'czołgów') is the same item: its count stands.
    assert [(row[0], row[1], row[2]) for row in rows(text, lang=lang)] == [("NOR", "armoured_vehicles", 8)]


@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        ("ja", "日本は、無償資金協力「緊急復旧計画」に関する交換公文に署名した。", "JPN"),
        ("fr", "La France a signé un accord de 50 millions d'euros avec l'Ukraine pour le programme « Projet de reconstruction ».", "FRA"),
        ("en", "Japan signed a JPY 10 billion grant for Ukraine under the “Emergency Recovery Plan”.", "JPN"),
    ],
)
def test_a_cue_inside_a_quoted_name_is_part_of_the_name(lang, text, donor):
    # 'Plan', 'Projet', '計画' in a programme's title plan nothing: the signed agreement is a commitment.
    assert {(row[0], row[5]) for row in rows(text, lang=lang)} == {(donor, "committed")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'entreprise française Thales livrera 10 radars à l'Ukraine."),
        ("de", "Der deutsche Rüstungskonzern Rheinmetall liefert 20 Skynex-Systeme an die Ukraine."),
    ],
)
def test_a_company_word_names_the_companys_home_in_either_order(lang, text):
    assert rows(text, lang=lang) == []


def test_what_replaces_a_gift_is_not_aid_in_german():
    text = "Griechenland liefert 40 BMP-1 an die Ukraine, die Deutschland durch Marder ersetzen wird."
    assert keys(text, lang="de") == {("GRC", "armoured_vehicles")}


def test_german_demining_is_humanitarian_not_mines():
    text = "Deutschland stellt 10 Millionen Euro für die Minenräumung in der Ukraine bereit."
    assert rows(text, lang="de") == [("DEU", "humanitarian", None, 10_000_000.0, "EUR", "committed")]


def test_a_delivery_joined_to_a_future_verb_by_and_is_still_ahead():
    # 'will be paid for ... and delivered': the participle shares the auxiliary, so nothing has arrived yet.
    text = "The British package, worth £80 million, will be paid for from the national fund and delivered over the next months."
    assert [row[5] for row in rows(text)] == ["committed"]
    assert [
        row[5] for row in rows("The British package, worth £80 million, was paid for from the national fund and delivered in May.")
    ] == ["delivered"]


@pytest.mark.parametrize(
    "text",
    [
        "Britain will send Ukraine 40 armoured ambulances. Separately, Latvia's Red Cross said private donors had raised "
        "EUR 3 million for Ukrainian families.",
        "Britain will send Ukraine 40 armoured ambulances. Members of the public gave EUR 3 million for Ukrainian families.",
    ],
)
def test_money_raised_by_charities_or_the_public_is_no_governments(text):
    # A possessive country ('Latvia's Red Cross') is part of the charity's name; private donors are no donor.
    assert rows(text) == [("GBR", "humanitarian", 40, None, None, "committed")]


def test_a_request_at_the_start_of_a_german_sentence_governs_the_infinitive_after_it():
    # 'Die' opening the sentence is an article, not a relative pronoun: the clause after the comma is what is asked.
    text = "Deutschland liefert zwei IRIS-T an die Ukraine. Die Opposition forderte die Regierung auf, Taurus zu liefern."
    assert keys(text, lang="de") == {("DEU", "air_defence")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Rheinmetall will deliver 20 Skynex systems to Ukraine, financed by Germany.", [("DEU", "air_defence", 20)]),
        ("en", "Germany will send 10 Rheinmetall Skynex systems to Ukraine.", [("DEU", "air_defence", 10)]),
        ("en", "Lockheed Martin will build 30 more HIMARS launchers this year.", []),
        (
            "de",
            "Deutschland liefert Panzer. Rheinmetall will in der Ukraine ein Werk für Granaten bauen.",
            [("DEU", "armoured_vehicles", None)],
        ),
    ],
)
def test_an_arms_maker_is_never_the_giver_but_the_government_that_pays_is(lang, text, expected):
    assert [row[:3] for row in rows(text, lang=lang)] == expected


def test_french_loans_written_with_de_are_financial():
    text = "L'Union européenne a débloqué 2 milliards d'euros de prêts pour l'Ukraine."
    assert keys(text, lang="fr") == {("EU", "financial")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Od początku wojny Polska przekazała Ukrainie sprzęt o wartości 2 mld euro, w tym 200 czołgów."),
        ("en", "Since 2022, Poland has given Ukraine equipment worth EUR 2 billion, including 200 tanks."),
    ],
)
def test_a_list_after_a_running_total_is_part_of_that_total(lang, text):
    # The clause after the comma has no verb of its own: it is told in the time of the running total it goes on from.
    assert rows(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        ("pl", "Prezydent zaapelował do Niemiec o kolejne systemy Patriot. Czechy dostarczą 300 tys. pocisków.", "CZE"),
        ("en", "The president appealed to Germany for more Patriot systems. The Czech Republic will send 300,000 shells.", "CZE"),
    ],
)
def test_the_country_a_request_is_addressed_to_receives_nothing(lang, text, donor):
    # 'appealed to Germany' names whom Kyiv asks, not another receiver: the next sentence's aid still goes to Ukraine.
    assert keys(text, lang=lang) == {(donor, "ammunition")}


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled the city overnight. Germany will send five more IRIS-T systems.",
        "The Moldovan army held an exercise on Monday. Germany will send five more IRIS-T systems.",
    ],
)
def test_another_countrys_forces_receive_only_when_something_is_given_to_them(text):
    assert keys(text) == {("DEU", "air_defence")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La empresa estatal suministrará radares a las Fuerzas Armadas españolas por valor de 200 millones de euros."),
        ("es", "España entregará 20 blindados a las fuerzas armadas georgianas."),
        ("fr", "La France livrera 10 VAB aux forces armées géorgiennes."),
        ("it", "L'Italia invierà 20 blindati alle forze armate moldave."),
        ("de", "Deutschland liefert den georgischen Streitkräften 10 Marder."),
        ("pl", "Polska przekaże 20 transporterów opancerzonych gruzińskim siłom zbrojnym."),
    ],
)
def test_aid_to_another_countrys_forces_is_not_aid_to_ukraine(lang, text):
    assert rows(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Italia estudia enviar un sistema SAMP/T, mientras que Portugal descartó ceder más carros de combate."),
        ("en", "Italy is studying a second SAMP/T system, while Portugal ruled out sending more tanks."),
    ],
)
def test_ruling_out_is_a_refusal(lang, text):
    assert {row[0] for row in rows(text, lang=lang)} == {"ITA"}


def test_what_money_only_may_be_spent_on_is_its_purpose_not_its_items():
    text = (
        "The Council adopted a decision increasing the European Peace Facility by €3 billion for Ukraine. "
        "The funds may be used for the delivery of lethal and non-lethal equipment, as well as training."
    )
    assert rows(text) == [("EU", "military_unspecified", None, 3e9, "EUR", "committed")]


def test_companies_named_in_a_list_of_items_are_part_of_the_items():
    text = "Britain will send Ukraine 40 armoured ambulances. Separately, Lockheed Martin said it would build 12 more launchers."
    assert keys(text) == {("GBR", "humanitarian")}


def test_items_listed_in_a_running_total_are_part_of_it():
    text = (
        "This builds on the $3 billion in military aid that Norway has committed to Ukraine since 2022, including "
        "6 Leopard 2 tanks and a NASAMS system."
    )
    assert rows(text) == []


def test_money_given_to_ukraine_for_a_purchase_pays_for_what_is_bought():
    text = "Norway will donate NOK 600 million to Ukraine for the purchase of unmanned aerial systems."
    assert rows(text) == [("NOR", "drones", None, 600e6, "NOK", "committed")]


def test_an_own_army_belongs_to_the_act_it_follows():
    text = "Denmark gave Ukraine 10 tanks and will buy 20 new tanks for its own army."
    assert [row[:3] for row in rows(text)] == [("DNK", "armoured_vehicles", 10)]
    assert rows("Norway will buy 10 tanks for its own army.") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sweden leads with €9 billion in allocated military aid, followed by Norway with €6 billion."),
        ("de", "Schweden liegt vorn mit 9 Milliarden Euro Militärhilfe, gefolgt von Norwegen mit 6 Milliarden Euro."),
        ("fr", "La Suède arrive en tête avec 9 milliards d'euros d'aide militaire, suivie par la Norvège avec 6 milliards."),
    ],
)
def test_a_ranking_of_donors_is_a_set_of_running_totals(lang, text):
    assert rows(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Britain will finance long-range weapons produced in Ukraine."),
        ("pl", "Wielka Brytania sfinansuje broń dalekiego zasięgu dla Ukrainy."),
        ("fr", "La France fournira des armes à longue portée à l'Ukraine."),
    ],
)
def test_long_range_weapons_are_long_range_strike(lang, text):
    assert {row[1] for row in rows(text, lang=lang)} == {"long_range_strike"}


@pytest.mark.parametrize(
    ("lang", "text", "currency"),
    [
        (
            "en",
            "Sweden will supply Ukraine with Archer systems and CV90 vehicles as part of a package worth 5 billion Swedish crowns.",
            "SEK",
        ),
        ("de", "Schweden liefert der Ukraine Archer-Systeme und CV90 im Rahmen eines Pakets im Wert von 5 Milliarden Kronen.", "SEK"),
    ],
)
def test_items_named_as_part_of_a_package_do_not_take_its_value(lang, text, currency):
    found = parse_text(text, lang=lang)
    assert set(found["category"]) == {"artillery", "armoured_vehicles"}
    assert found["amount"].isna().all()
    assert set(found["package_amount"]) == {5e9} and set(found["package_currency"]) == {currency}


def test_an_earlier_package_is_recalled():
    text = "Sweden will send Ukraine 10 CV90 vehicles. Sweden's previous package, announced in August, included ammunition."
    assert keys(text) == {("SWE", "armoured_vehicles")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Canada will send 4 Leopard 2 tanks. Its army has 30 more engineering vehicles."),
        ("it", "Il Canada invierà 4 carri armati Leopard 2 in Ucraina. L'esercito dispone di 30 veicoli di ingegneria."),
        ("de", "Kanada liefert 4 Leopard 2 an die Ukraine. Die Armee verfügt über 30 Bergepanzer."),
    ],
)
def test_an_armys_own_stock_is_not_more_of_the_gift(lang, text):
    assert [row[:3] for row in rows(text, lang=lang)] == [("CAN", "armoured_vehicles", 4)]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Canada will send another 10 of its 82 Leopard 2 tanks.", 10),
        ("en", "Portugal will deliver 3 of the 14 Leopard 2A6 tanks.", 3),
        ("de", "Deutschland liefert 10 der 40 Marder.", 10),
        ("es", "España enviará 10 de sus 40 blindados.", 10),
    ],
)
def test_a_part_of_a_fleet_counts_the_part(lang, text, count):
    assert [row[2] for row in rows(text, lang=lang)] == [count]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("fr", "La France livrera une vingtaine de blindés.", 20),
        ("fr", "La France livrera des dizaines de blindés.", None),
        ("es", "España enviará una veintena de blindados.", 20),
        ("it", "L'Italia fornirà un centinaio di droni.", 100),
        ("pt", "Portugal enviará uma dezena de blindados.", 10),
    ],
)
def test_a_round_group_noun_counts_about_that_many_but_its_plural_counts_nothing(lang, text, count):
    assert [row[2] for row in rows(text, lang=lang)] == [count]


@pytest.mark.parametrize(
    ("lang", "text", "stage"),
    [
        ("fr", "Le gouvernement belge a confirmé qu'il fournirait 30 avions F-16 d'ici 2028.", "committed"),
        ("fr", "Selon la presse, la Belgique fournirait 30 avions F-16.", "proposed"),
        ("es", "El ministro confirmó que España enviaría 20 blindados.", "committed"),
        ("es", "Según la prensa, España enviaría 20 blindados.", "proposed"),
    ],
)
def test_a_conditional_of_giving_is_a_pledge_in_reported_speech_and_a_possibility_alone(lang, text, stage):
    assert [row[5] for row in rows(text, lang=lang)] == [stage]


def test_a_word_that_holds_a_category_term_but_means_something_else_is_not_that_term():
    # 'Haushaltsausschuss' (the budget committee) holds 'Schuss' (rounds): it names no ammunition.
    text = "Deutschland liefert zwei IRIS-T. Der Haushaltsausschuss tagt am Montag."
    assert keys(text, lang="de") == {("DEU", "air_defence")}
    assert keys("Deutschland liefert 10.000 Schuss Munition.", lang="de") == {("DEU", "ammunition")}


def test_a_budget_that_still_needs_approval_is_proposed():
    text = (
        "Der Bundeshaushalt 2026 sieht für die militärische Unterstützung der Ukraine 8 Milliarden Euro vor. "
        "Der Haushaltsausschuss des Bundestages muss dem Entwurf noch zustimmen. Die Opposition verlangt zehn Milliarden Euro."
    )
    assert rows(text, lang="de") == [("DEU", "military_unspecified", None, 8e9, "EUR", "proposed")]


@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        ("en", "Hungary does not deliver weapons to Ukraine, but provides humanitarian aid.", "HUN"),
        ("de", "Österreich liefert keine Waffen an die Ukraine, sondern leistet humanitäre Hilfe.", "AUT"),
    ],
)
def test_after_but_a_refusal_turns_to_a_gift(lang, text, donor):
    assert keys(text, lang=lang) == {(donor, "humanitarian")}
    assert rows("The president urged Germany, and asked it to send Taurus.") == []

"""Japanese: sentences of our own in the style of Japanese news and government releases.

Japanese is written without spaces, counts follow the noun with a counter (戦車14両) and amounts use the
CJK scales 万, 億 and 兆 (224億4千万円).
"""

import pytest

from tests.helpers import keys, rows


def ja(text: str) -> list[tuple]:
    return rows(text, lang="ja")


# Donors: Babel's name, single-kanji abbreviations, 我が国, capitals and government bodies.


def test_babel_name_with_a_counter_after_the_noun():
    text = "ドイツ政府は、ウクライナに主力戦車レオパルト2を14両供与すると発表した。"
    assert ja(text) == [("DEU", "armoured_vehicles", 14, None, None, "committed")]


def test_the_language_is_detected():
    text = "ドイツ政府は、ウクライナに主力戦車レオパルト2を14両供与すると発表した。"
    assert rows(text) == ja(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英、ウクライナに巡航ミサイル「ストームシャドー」を供与へ", ("GBR", "long_range_strike")),
        ("独政府、ウクライナに防空システム「アイリスT」を追加供与", ("DEU", "air_defence")),
        ("米、ウクライナに155ミリ砲弾を追加供与へ", ("USA", "ammunition")),
        ("豪州はウクライナに装甲車「ブッシュマスター」を供与すると表明した。", ("AUS", "armoured_vehicles")),
    ],
)
def test_short_names_and_single_kanji_abbreviations(text, expected):
    assert keys(text, lang="ja") == {expected}


def test_a_government_body_names_its_country():
    text = "米国防総省は、ウクライナに高機動ロケット砲システム「ハイマース」4基を追加で供与すると発表した。"
    assert ja(text) == [("USA", "artillery", 4, None, None, "committed")]


def test_a_capital_stands_for_its_government():
    text = "ワシントンは、ウクライナにパトリオット・ミサイルシステム1基を供与することを決めた。"
    assert ja(text) == [("USA", "air_defence", 1, None, None, "committed")]


def test_our_country_in_a_government_release_is_japan():
    text = "我が国は、ウクライナに対し、発電機や変圧器など冬季の電力支援として約3,700万ドルの緊急無償資金協力を実施することを決定しました。"
    assert ja(text) == [("JPN", "humanitarian", None, 3.7e7, "USD", "committed")]


def test_coordinated_donors_share_the_commitment():
    text = "英国とフランスは、ウクライナに長距離巡航ミサイルを供与すると発表した。"
    assert keys(text, lang="ja") == {("GBR", "long_range_strike"), ("FRA", "long_range_strike")}


# Stages.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("スペインは、ウクライナにレオパルト2A4戦車を供与すると表明した。", ("ESP", "armoured_vehicles", None, "committed")),
        ("カナダ政府は、ウクライナ向けの装甲車50両の供与を承認した。", ("CAN", "armoured_vehicles", 50, "committed")),
        ("オランダはウクライナにF16戦闘機6機を引き渡した。", ("NLD", "aircraft", 6, "delivered")),
        ("ノルウェーが供与したNASAMS2基が、ウクライナに到着した。", ("NOR", "air_defence", 2, "delivered")),
        ("スウェーデン政府は、グリペン戦闘機をウクライナに供与することを検討している。", ("SWE", "aircraft", None, "proposed")),
        ("ベルギーは、F16戦闘機をウクライナに供与する方向で調整している。", ("BEL", "aircraft", None, "proposed")),
        # A delivery announced for later is a commitment.
        ("フランスは来月、カエサル自走榴弾砲12門をウクライナに引き渡す予定だ。", ("FRA", "artillery", 12, "committed")),
    ],
)
def test_stage_cues(text, expected):
    assert [(r[0], r[1], r[2], r[5]) for r in ja(text)] == [expected]


def test_ukraine_receives_from_a_donor():
    text = "ウクライナは、ドイツからIRIS-T防空システム1基を受け取った。"
    assert ja(text) == [("DEU", "air_defence", 1, None, None, "delivered")]


def test_a_stage_stated_in_another_clause():
    text = "デンマークが今回発表した支援策には、CV90歩兵戦闘車15両が含まれる。"
    assert ja(text) == [("DNK", "armoured_vehicles", 15, None, None, "committed")]


def test_the_donor_carries_to_the_next_sentence():
    text = "デンマークは新たな支援策を発表した。支援策には戦車10両と砲弾が含まれる。"
    assert keys(text, lang="ja") == {("DNK", "armoured_vehicles"), ("DNK", "ammunition")}


# Counts: digits with separators, CJK scales, numerals in kanji, approximations, calibres.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英国は、ウクライナに155ミリ砲弾10,000発を送った。", ("GBR", "ammunition", 10000, "delivered")),
        ("チェコは、ウクライナに砲弾50万発を供与すると発表した。", ("CZE", "ammunition", 500_000, "committed")),
        ("スロバキアは、ウクライナにミグ29戦闘機十三機を引き渡した。", ("SVK", "aircraft", 13, "delivered")),
        ("ノルウェーは、ウクライナに榴弾砲二十二門を送った。", ("NOR", "artillery", 22, "delivered")),
    ],
)
def test_counts(text, expected):
    assert [(r[0], r[1], r[2], r[5]) for r in ja(text)] == [expected]


def test_about_a_number_counts_and_an_upper_bound_does_not():
    assert ja("チェコは、ウクライナに約100両の戦車を供与した。") == [("CZE", "armoured_vehicles", 100, None, None, "delivered")]
    assert ja("チェコは、ウクライナに最大100両の戦車を供与した。") == [("CZE", "armoured_vehicles", None, None, None, "delivered")]


# Amounts: 億, 万, 兆 and 千 inside a group; yen, dollars, euros, Canadian dollars, Swiss francs, pounds.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "日本政府は、ウクライナの復興支援として224億4千万円の無償資金協力を実施することを閣議決定した。",
            ("JPN", "humanitarian", None, 22_440_000_000, "JPY", "committed"),
        ),
        ("日本は、ウクライナに対し45億ドルの追加財政支援を行うと表明した。", ("JPN", "financial", None, 4.5e9, "USD", "committed")),
        ("欧州委員会は、マクロ金融支援として15億ユーロをウクライナに拠出した。", ("EU", "financial", None, 1.5e9, "EUR", "delivered")),
        ("カナダは、ウクライナ軍の訓練のため5,000万カナダドルを拠出すると発表した。", ("CAN", "training", None, 5e7, "CAD", "committed")),
        ("スイス政府は、ウクライナの人道的地雷除去に1億スイスフランを拠出する。", ("CHE", "humanitarian", None, 1e8, "CHF", "committed")),
        (
            "国際協力機構は、ウクライナ政府に対し1兆2000億円の円借款を供与することを決めた。",
            ("JPN", "financial", None, 1.2e12, "JPY", "committed"),
        ),
    ],
)
def test_amounts(text, expected):
    assert ja(text) == [expected]


def test_a_conversion_in_parentheses_is_not_a_second_amount():
    text = "英国は、ウクライナに2億5000万ポンド（約470億円）の防空支援を行うと発表した。"
    assert ja(text) == [("GBR", "air_defence", None, 2.5e8, "GBP", "committed")]


def test_a_package_value_with_listed_items_is_not_an_extra_row():
    text = "米国は、ハイマース用の弾薬やジャベリン対戦車ミサイルを含む3億2500万ドル相当の追加軍事支援を発表した。"
    assert keys(text, lang="ja") == {("USA", "ammunition"), ("USA", "small_arms")}
    assert all(r[3] is None for r in ja(text))


def test_the_military_invasion_does_not_make_humanitarian_aid_military():
    text = "ロシアによる軍事侵攻を受け、日本はウクライナに人道支援を行う。"
    assert ja(text) == [("JPN", "humanitarian", None, None, None, "committed")]


def test_training_in_another_country_is_the_donors():
    text = "ドイツは、ポーランド国内でウクライナ兵の訓練を実施すると発表した。"
    assert ja(text) == [("DEU", "training", None, None, None, "committed")]


# What is not given: needs, requests, refusals, negations, other recipients, deployments, losses, sales.


@pytest.mark.parametrize(
    "text",
    [
        "ゼレンスキー大統領は、防空システムの追加供与を各国に強く求めた。",
        "ウクライナ政府は、砲弾と長距離ミサイルが深刻に不足していると訴えた。",
        "ウクライナ側は、日本に対しても防空能力の強化に向けた支援を要請している。",
    ],
)
def test_needs_and_requests_are_not_commitments(text):
    assert ja(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ドイツ政府は、巡航ミサイル「タウルス」のウクライナへの供与を拒否した。",
        "イタリアは、長距離ミサイルの供与を見送った。",
    ],
)
def test_refusals_are_not_commitments(text):
    assert ja(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "日本政府は、殺傷能力のある武器をウクライナに供与しない方針だ。",
        "ハンガリーは、ウクライナに武器を送らないと改めて表明した。",
    ],
)
def test_negation_cancels_the_giving(text):
    assert ja(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "米国は、台湾に対艦ミサイル「ハープーン」を供与すると発表した。",
        "ドイツは、ポーランドにパトリオットミサイルシステムを配備した。",
        "韓国は、ポーランドにK2戦車180両を輸出する契約を結んだ。",
        "日本政府は、ポーランドに避難したウクライナ難民を支援するため、500万ドルの緊急無償資金協力を実施する。",
    ],
)
def test_aid_to_another_country_is_not_aid_to_ukraine(text):
    assert ja(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ロシア国防省は、ウクライナ軍のレオパルト戦車5両を撃破したと主張した。",
        "日本のウクライナ支援は、これまでに累計120億ドルに達している。",
    ],
)
def test_losses_and_running_totals_are_not_commitments(text):
    assert ja(text) == []


# Vocabulary coverage: forms of giving, delivering, counting and measuring that announcements use.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ドイツはウクライナに榴弾砲八門を納入した。", ("DEU", "artillery", 8, None, None, "delivered")),
        ("日本政府はウクライナにトラック二十両を供与する。", ("JPN", "equipment", 20, None, None, "committed")),
        ("ドイツはウクライナに防空システム「アイリスT」1ユニットを移送した。", ("DEU", "air_defence", 1, None, None, "delivered")),
        ("日本政府は、ウクライナに救急車20台を贈ると発表した。", ("JPN", "humanitarian", 20, None, None, "committed")),
        ("日本政府は、ウクライナにテント200張を届けた。", ("JPN", "humanitarian", 200, None, None, "delivered")),
        ("日本はウクライナに燃料300トンを供与する。", ("JPN", "equipment", None, None, None, "committed")),
    ],
)
def test_vocabulary_coverage(text, expected):
    assert ja(text) == [expected]


# Running totals and baselines (issue 10).


@pytest.mark.parametrize(
    "text",
    [
        "ロシアによる侵攻以来、日本はウクライナに30億ユーロの支援を行ってきた。",
        "現在までに日本はウクライナに30億ユーロの支援を供与した。",
    ],
)
def test_a_running_total_gives_no_row(text):
    assert rows(text, lang="ja") == []


def test_a_decision_on_the_transfer_is_a_commitment():
    assert rows("日本政府は榴弾砲10門のウクライナへの供与を決定した。", lang="ja") == [("JPN", "artillery", 10, None, None, "committed")]


def test_the_baseline_figure_is_not_new_money():
    text = "すでに表明した1億ユーロに加え、日本は人道支援として2000万ユーロを拠出する。"
    assert rows(text, lang="ja") == [("JPN", "humanitarian", None, 20e6, "EUR", "committed")]


# Unseen news (issue 10): what articles carry besides the new pledge.

POLISH_PLEDGE = "ポーランドはウクライナに弾薬を供与する。"
POLISH_ROW = ("POL", "ammunition", None, None, None, "committed")


@pytest.mark.parametrize(
    "aside",
    [
        "各国はウクライナに戦車を供与した。",
        "国際社会はウクライナにさらなる防空システムを提供する。",
        "友好国はウクライナに戦車を供与した。",
    ],
)
def test_unnamed_partners_are_no_donor(aside):
    assert ja(f"{POLISH_PLEDGE}{aside}") == [POLISH_ROW]


@pytest.mark.parametrize(
    "text",
    [
        "政府はモルドバにも500万ドルの人道支援を行う。",
        "ポーランドはモルドバ軍に装甲車20両を供与する。",
    ],
)
def test_aid_to_another_country_or_its_army_gives_nothing(text):
    assert ja(text) == []


@pytest.mark.parametrize("text", ["ポーランドはウクライナに数十両の戦車を供与した。", "ポーランドはウクライナに戦車数百両を供与した。"])
def test_tens_or_hundreds_of_is_no_count(text):
    assert ja(text) == [("POL", "armoured_vehicles", None, None, None, "delivered")]


@pytest.mark.parametrize(
    "text",
    [
        "政府は1月に表明した1億ドルに上乗せして、ウクライナに3000万ドルを追加で支援する。",
        "政府はウクライナに3000万ドルを追加で支援する。今回の支援は1月に表明した1億ドルに上乗せされる。",
    ],
)
def test_the_figure_before_a_baseline_word_is_not_new_money(text):
    assert ja(text) == [("JPN", "military_unspecified", None, 30e6, "USD", "committed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "岸田首相は、ウクライナに新たに45億ドルの追加支援を行うと表明した。",
            ("JPN", "military_unspecified", None, 4.5e9, "USD", "committed"),
        ),
        (
            "外務省は5日、ウクライナに500万ドルの緊急無償資金協力を実施すると発表した。",
            ("JPN", "humanitarian", None, 5e6, "USD", "committed"),
        ),
        (
            "英国のスナク首相は、ウクライナに25億ポンドの軍事支援を行うと発表した。",
            ("GBR", "military_unspecified", None, 2.5e9, "GBP", "committed"),
        ),
    ],
)
def test_the_prime_minister_and_the_foreign_ministry_speak_for_the_home_government(text, expected):
    assert ja(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["日本政府は、ウクライナに対し2億ドルの追加支援を行う方針を固めた。", "政府は、ウクライナに対し2億ドルの追加支援を行う方針を決めた。"],
)
def test_a_settled_policy_is_a_decision(text):
    assert ja(text) == [("JPN", "military_unspecified", None, 2e8, "USD", "committed")]


def test_a_policy_alone_stays_a_proposal():
    assert ja("政府は、ウクライナに対し2億ドルの追加支援を行う方針だ。") == [("JPN", "military_unspecified", None, 2e8, "USD", "proposed")]


def test_respectively_pairs_donors_with_amounts():
    assert ja("ドイツとフランスはウクライナにそれぞれ5億ユーロと3億ユーロを拠出する。") == [
        ("DEU", "military_unspecified", None, 5e8, "EUR", "committed"),
        ("FRA", "military_unspecified", None, 3e8, "EUR", "committed"),
    ]

"""Numbers and amounts in every format announcements use (see the practices notes)."""

import pytest

from tests.helpers import rows
from tracker.extract.scan import parse_digits


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1 234,5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1'234.5", 1234.5),
        ("4,8", 4.8),
        ("7.5", 7.5),
        ("50.000", 50000),
        ("100,000", 100000),
        ("16 000 000", 16_000_000),
        ("1.234.567", 1_234_567),
        ("0,33", 0.33),
        ("12", 12),
    ],
)
def test_digits_in_every_locale_convention(raw, value):
    assert parse_digits(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency"),
    [
        ("La France accorde 4 milliards d’euros d’aide militaire à l’Ukraine.", "fr", 4e9, "EUR"),
        ("La France accorde 4 milliards d'euros d'aide militaire à l'Ukraine.", "fr", 4e9, "EUR"),
        ("La Belgique accorde une aide militaire de 1\u00a0234,5 millions d’euros à l’Ukraine.", "fr", 1_234_500_000, "EUR"),
        ("La Belgique accorde une aide militaire de 1\u202f234,5 millions d’euros à l’Ukraine.", "fr", 1_234_500_000, "EUR"),
        ("La Suisse accorde une aide humanitaire de CHF 1'234.5 millions à l’Ukraine.", "fr", 1_234_500_000, "CHF"),
        ("Deutschland stellt der Ukraine Militärhilfe im Wert von 1.234,5 Millionen Euro bereit.", "de", 1_234_500_000, "EUR"),
        ("Canada provides military aid worth C$ 1,234.5 million to Ukraine.", "en", 1_234_500_000, "CAD"),
        ("Germany pledges €4bn in military aid to Ukraine.", "en", 4e9, "EUR"),
        ("Germany pledges EUR 4 bn in military aid to Ukraine.", "en", 4e9, "EUR"),
        ("Deutschland sagt der Ukraine 4 Mrd. € Militärhilfe zu.", "de", 4e9, "EUR"),
        ("The United States approved $61 billion in military aid for Ukraine.", "en", 61e9, "USD"),
        ("Norway pledged NOK 7.5 billion in military support to Ukraine.", "en", 7.5e9, "NOK"),
        ("Danmark giver 5,6 milliarder kroner i militær støtte til Ukraine.", "da", 5.6e9, "DKK"),
        ("Norge gir 5,6 milliarder kroner i militær støtte til Ukraina.", "no", 5.6e9, "NOK"),
        ("Sverige ger militärt stöd för 3 miljarder kronor till Ukraina.", "sv", 3e9, "SEK"),
        ("Česko poskytne Ukrajině vojenskou pomoc za 500 milionů korun.", "cs", 5e8, "CZK"),
        ("Polska przekaże Ukrainie pomoc wojskową o wartości 2 mld zł.", "pl", 2e9, "PLN"),
        ("L'Italia stanzia 174 milioni di euro di aiuti militari per l'Ucraina.", "it", 174e6, "EUR"),
        ("Nederland trekt 175 miljoen euro uit voor militaire steun aan Oekraïne.", "nl", 175e6, "EUR"),
        ("Portugal anunciou ajuda militar de 100 milhões de euros à Ucrânia.", "pt", 100e6, "EUR"),
        ("España aporta ayuda militar por valor de 1.000 millones de euros a Ucrania.", "es", 1e9, "EUR"),
        ("La France accorde une aide humanitaire de deux milliards d'euros à l'Ukraine.", "fr", 2e9, "EUR"),
        ("Deutschland gibt der Ukraine humanitäre Hilfe von einer Milliarde Euro.", "de", 1e9, "EUR"),
        ("The EU adopted military assistance worth a billion euro for Ukraine.", "en", 1e9, "EUR"),
        # scale words in every script
        ("Deutschland stellt der Ukraine zwei Milliarden Euro bereit.", "de", 2e9, "EUR"),
        ("Deutschland sagt der Ukraine weitere 1,5 Mrd. Euro Militärhilfe zu.", "de", 1.5e9, "EUR"),
        ("Polska przekaże Ukrainie pomoc o wartości 2,5 mld zł.", "pl", 2.5e9, "PLN"),
        ("Suomi antaa Ukrainalle sotilasapua 1,2 miljardia euroa.", "fi", 1.2e9, "EUR"),
        ("Німеччина надасть Україні 1,2 млрд євро військової допомоги.", "uk", 1.2e9, "EUR"),
        ("日本はウクライナに224億4千万円の無償資金協力を行う。", "ja", 22_440_000_000, "JPY"),
        ("한국은 우크라이나에 1억 달러의 인도적 지원을 제공한다.", "ko", 1e8, "USD"),
    ],
)
def test_amount_formats(text, lang, amount, currency):
    found = rows(text, lang=lang, published="2024-03-01")
    assert any(r[3] == pytest.approx(amount) and r[4] == currency for r in found), found


def test_french_billion_is_a_million_millions():
    found = rows("Le Japon accorde un prêt de 1 billion de yens à l'Ukraine.", lang="fr", published="2024-03-01")
    assert found and found[0][3] == pytest.approx(1e12) and found[0][4] == "JPY"


def test_dollar_means_the_donors_dollar():
    assert rows("Canada announced $500 million in new military aid for Ukraine.", lang="en")[0][4] == "CAD"
    assert rows("Australia announced $100 million in new military aid for Ukraine.", lang="en")[0][4] == "AUD"
    assert rows("Japan announced $100 million in new humanitarian aid for Ukraine.", lang="en")[0][4] == "USD"


def test_a_conversion_in_parentheses_is_not_a_second_amount():
    found = rows("The Dutch government has earmarked an additional 2 billion euros ($2.2 billion) in military aid for Ukraine.")
    assert found == [("NLD", "military_unspecified", None, 2e9, "EUR", "committed")]


def test_eur_value_uses_the_ecb_rate_of_the_announcement_date():
    from tracker import parse_text

    frame = parse_text("The United States approved $1 billion in military aid for Ukraine.", published="2024-04-19")
    row = frame.iloc[0]
    assert row["fx_date"].strftime("%Y-%m-%d") == "2024-04-19"
    assert 0.9 < row["fx_rate"] < 0.97  # about 0.94 EUR per USD that day
    assert row["amount_eur"] == pytest.approx(1e9 * row["fx_rate"])


@pytest.mark.parametrize(
    "figure",
    ["4,5,6 million euros", "1.2.3 billion euros", "€1e300", "€" + "9" * 400],  # no format reads them; too large to be a figure
)
def test_digits_no_format_reads_are_no_amount(figure):
    assert rows(f"Germany will give {figure} to Ukraine.") == []


def test_a_date_in_the_text_outside_the_window_does_not_date_the_announcement():
    from tracker import parse_text

    text = "On 3 March 2099 Germany said it will send 20 tanks to Ukraine, after a meeting on 2 March 2024."
    assert str(parse_text(text)["announced_on"].iloc[0].date()) == "2024-03-02"
    assert parse_text("The 1985 treaty of 3 March 1985: Germany will send 20 tanks to Ukraine.")["announced_on"].isna().all()


@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [
        ("en", "Canada will give Ukraine two and a half billion dollars in military aid.", 2.5e9),
        ("en", "Canada will give Ukraine half a billion dollars in military aid.", 0.5e9),
        ("de", "Deutschland gibt der Ukraine anderthalb Milliarden Euro Militärhilfe.", 1.5e9),
        ("pl", "Polska przekaże Ukrainie półtora miliarda złotych pomocy wojskowej.", 1.5e9),
        ("es", "España dará a Ucrania mil millones de euros en ayuda militar.", 1e9),
        ("es", "España dará a Ucrania dos mil millones de euros en ayuda militar.", 2e9),
        ("pt", "Portugal vai enviar mil milhões de euros para a Ucrânia.", 1e9),
        ("fr", "La France donnera à l'Ukraine un milliard et demi d'euros d'aide militaire.", 1.5e9),
        ("fr", "La France donnera à l'Ukraine 2 millions et demi d'euros d'aide militaire.", 2.5e6),
    ],
)
def test_fractions_and_compound_scales_in_words(lang, text, amount):
    assert [row[3] for row in rows(text, lang=lang)] == [amount]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The United States will send 155mm shells to Ukraine.", None),
        ("Canada will send 20,000 155mm shells to Ukraine.", 20000),
        ("Canada will send 20,000 155 mm shells to Ukraine.", 20000),
    ],
)
def test_a_calibre_written_onto_its_digits_is_neither_a_scale_nor_a_count(text, count):
    assert [row[2] for row in rows(text, lang="en")] == [count]

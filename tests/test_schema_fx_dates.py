"""The table's contract, FX at the ECB rate, and dates found in text."""

import datetime as dt

import pytest

from tracker import fx, parse_text, schema
from tracker.extract.dates import find_date


def test_nothing_found_is_an_empty_typed_table():
    frame = parse_text("Nothing to see here.")
    assert frame.empty and list(frame.columns) == list(schema.COLUMNS)
    assert str(frame["quantity"].dtype) == "Int64" and str(frame["category"].dtype) == "category"


def test_ids_are_stable_and_distinct():
    text = "Germany will deliver 14 Leopard tanks and 4,000 shells to Ukraine."
    first, second = parse_text(text), parse_text(text)
    assert list(first["id"]) == list(second["id"]) and first["id"].is_unique
    assert first["document_id"].nunique() == 1


def test_eur_is_one():
    assert fx.eur_rate("EUR", dt.date(2024, 1, 2)) == (1.0, dt.date(2024, 1, 2))


def test_weekend_uses_the_last_fixing_and_unknown_currency_is_none():
    rate, day = fx.eur_rate("USD", dt.date(2024, 4, 20))  # a Saturday
    assert 0.9 < rate < 0.97 and day == dt.date(2024, 4, 20)
    assert fx.eur_rate("XXX", dt.date(2024, 4, 19)) is None


def test_dates_outside_the_ecb_range_are_clamped():
    rate, day = fx.eur_rate("USD", dt.date(2999, 1, 1))
    assert day == fx.latest_rate_date() and rate > 0


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le 19 avril 2024, le secrétaire général", "fr", dt.date(2024, 4, 19)),
        ("Washington, April 13, 2023 — The", "en", dt.date(2023, 4, 13)),
        ("Berlin, 23. Februar 2025.", "de", dt.date(2025, 2, 23)),
        ("Praha 3. května 2024", "cs", dt.date(2024, 5, 3)),
        ("Madrid, 8 de marzo de 2024", "es", dt.date(2024, 3, 8)),
        ("published 2024-04-19", "en", dt.date(2024, 4, 19)),
        ("Am 19.04.2024 gab", "de", dt.date(2024, 4, 19)),
        ("in 2024 and 9999", "en", None),
        ("31 février 2024", "fr", None),
    ],
)
def test_find_date(text, lang, expected):
    assert find_date(text, lang) == expected


def test_announced_on_comes_from_the_text_when_not_given():
    frame = parse_text("Berlin, 23. Februar 2025. Deutschland liefert der Ukraine zwei Iris-T-Systeme.")
    assert frame["announced_on"].iloc[0].date() == dt.date(2025, 2, 23)

"""Properties that hold for any text: no exception, the schema, evidence from the input, sane values."""

import string

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker import parse_text, schema
from tracker.extract.lexicon import LANGUAGES

# Words the parser reacts to, so that random texts reach the rules and not just the empty path.
VOCABULARY = [
    "Germany",
    "France",
    "Ukraine",
    "Allemagne",
    "Deutschland",
    "EU",
    "NATO",
    "US",
    "Norway",
    "Česko",
    "Polska",
    "will",
    "deliver",
    "delivered",
    "pledged",
    "vote",
    "needs",
    "not",
    "total",
    "already",
    "bought",
    "to",
    "Poland",
    "14",
    "4,8",
    "1.234,5",
    "€",
    "$",
    "EUR",
    "NOK",
    "bn",
    "Mrd.",
    "milliards",
    "d'euros",
    "million",
    "kroner",
    "Patriot",
    "Leopard",
    "tanks",
    "ammunition",
    "munitions",
    "Munition",
    "drones",
    "aid",
    "humanitarian",
    "military",
    "package",
    "a",
    "new",
    "un",
    "nouveau",
    "système",
    "(",
    ")",
    ",",
    ";",
    ".",
    "\n",
    "-",
    "«",
    "»",
    "=",
    "@",
    "1'234.5",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(VOCABULARY), max_size=60).map(" ".join),
    st.text(alphabet=string.digits + " .,'€$", max_size=200),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from([None, *LANGUAGES]))
def test_any_text_gives_a_valid_table(text, lang):
    frame = parse_text(text, lang=lang, published="2024-01-01")
    assert list(frame.columns) == list(schema.COLUMNS)
    for column, dtype in schema.DTYPES.items():
        assert str(frame[column].dtype) == str(dtype), column
    for row in frame.itertuples():
        assert row.evidence in text
        assert text[row.evidence_start : row.evidence_end] == row.evidence
        assert row.donor in ("EU", "NATO") or (len(row.donor) == 3 and row.donor.isupper())
        assert row.recipient == "UKR"
        assert row.category in schema.CATEGORIES
        assert row.aid_type == schema.CATEGORY_AID_TYPE[row.category]
        if pd.notna(row.amount):
            assert row.amount >= 0
            assert len(row.currency) == 3 and row.currency.isupper()
        if pd.notna(row.quantity):
            assert row.quantity > 0
        assert 0 <= row.confidence <= 1

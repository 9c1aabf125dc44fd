"""The parser's speed-ups keep its answers: each faster path gives exactly what the plain one gave."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.extract import vocabulary as vocab_module
from tracker.extract.dates import YEAR
from tracker.extract.lexicon import default_lexicon
from tracker.extract.numbers import DIGITS
from tracker.extract.scan import CLAUSE_BREAK, SCRIPT_RUN, WORD, _words_of
from tracker.extract.sentences import _BOUNDARY
from tracker.extract.vocabulary import normalise, vocabulary

# Letters of the scripts the lexicon reads, with every variant normalise unifies, so that examples hit them often.
VARIANT_CHARS = "".join(variant for variant, _ in vocab_module._VARIANTS)
# The patterns as they were written before they were reordered for speed: the reference for what they must find.
FORMER_DIGITS = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?P<sep>[ .,'])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d|[.,]\d|[A-Za-z]+\d)"
)
FORMER_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")
FORMER_BOUNDARY = re.compile(r"[.!?…][\"»”’')\]]*\s+|[。！？]+[」』）]*\s*|\.(?<=[^\W\d_]{3}\.)(?=[^\W\d_](?:[^\W\d_]| ))")
FORMER_CLAUSE_BREAK = re.compile(r"[;\[\]()、，；：]|[,:](?=\s)")
NUMBER_TEXT = st.text(alphabet=st.sampled_from("0120123456789 .,'-:;()[]ab\n\u00a0٣"), max_size=40)
TEXT = st.text(alphabet=st.sampled_from(VARIANT_CHARS + "aAeÉiİßσΣςάΆ ,.-'’1２ﬁǅ") | st.characters(), max_size=60)


def test_a_language_has_one_vocabulary_however_it_is_asked_for() -> None:
    """warm_up asked for vocabulary('en') and the parser for vocabulary('en', None): each was built, twice the cost."""
    assert vocabulary("en") is vocabulary("en", None) is vocabulary("en", default_lexicon())


def test_variant_replacements_are_never_variants_themselves() -> None:
    """normalise replaces the variants one after another: that equals one translation only if no output is an input."""
    variants = {variant for variant, _ in vocab_module._VARIANTS}
    assert not {plain for _, plain in vocab_module._VARIANTS} & variants


@given(TEXT)
def test_normalise_equals_the_translation_table(text: str) -> None:
    """The replace loop gives what the translation table gave, and keeps every offset."""
    lowered = text.lower()
    expected = (
        "".join(vocab_module._normalise_char(c) for c in text)
        if len(lowered) != len(text)
        else lowered.translate(vocab_module._NORMALISE_TABLE)
    )
    assert normalise(text) == expected
    assert len(normalise(text)) == len(text)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str, dict[str, str | None]]]:
    return [(m.span(), m.group(), m.groupdict()) for m in pattern.finditer(text)]


@given(NUMBER_TEXT)
def test_digits_find_what_the_former_pattern_found(text: str) -> None:
    """'1,234.5', '4,5,6', '1e300', '١٢': the same numbers at the same offsets, with the same group separator."""
    assert _found(DIGITS, text) == _found(FORMER_DIGITS, text)


@given(NUMBER_TEXT)
def test_clause_breaks_are_where_they_were(text: str) -> None:
    """'1,5 milliarder' and '18:e' stay whole; ', ' and brackets break, as before."""
    assert _found(CLAUSE_BREAK, text) == _found(FORMER_CLAUSE_BREAK, text)


def test_digits_stay_linear_on_hostile_input() -> None:
    """Long runs of digits and separators ('1,1,1,...', '1 000 000 ...') give what they gave, and finish."""
    for hostile in ("1," * 20_000, "1 000" * 10_000, "1" * 50_000 + "e5", "12 345 678,9 and 1.2.3 " * 1_000):
        assert _found(DIGITS, hostile) == _found(FORMER_DIGITS, hostile)


@given(NUMBER_TEXT)
def test_years_are_found_where_they_were(text: str) -> None:
    """'2024', not the '2024' inside '12024' or '20245'."""
    assert _found(YEAR, text) == _found(FORMER_YEAR, text)


@given(st.text(alphabet=st.sampled_from("ab Z1.!?…。！？」』）\"»”’')] \n"), max_size=40))
def test_sentence_ends_are_where_they_were(text: str) -> None:
    """'Ucrânia.Depois', 'ends.” Next', '終わり。」次': the same boundaries, with the same marks and spaces."""
    assert _found(_BOUNDARY, text) == _found(FORMER_BOUNDARY, text)


@pytest.mark.parametrize("spaced", [True, False])
@given(text=st.text(alphabet=st.sampled_from("ab Zé1٣_-'’ 戦闘機十三機ウクライナにへ한국 \n"), max_size=40))
def test_words_are_the_words_finditer_found(spaced: bool, text: str) -> None:
    """The split-based word pass gives the offsets and letters that WORD (or SCRIPT_RUN) finditer gave."""
    pattern = WORD if spaced else SCRIPT_RUN
    found = list(pattern.finditer(text))
    expected = ([m.start() for m in found], [m.end() for m in found], [m.group() for m in found])
    assert _words_of(text, spaced) == expected

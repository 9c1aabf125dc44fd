"""The parser's speed-ups keep its answers: each faster path gives exactly what the plain one gave."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.extract import vocabulary as vocab_module
from tracker.extract.lexicon import default_lexicon
from tracker.extract.vocabulary import normalise, vocabulary

# Letters of the scripts the lexicon reads, with every variant normalise unifies, so that examples hit them often.
VARIANT_CHARS = "".join(variant for variant, _ in vocab_module._VARIANTS)
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

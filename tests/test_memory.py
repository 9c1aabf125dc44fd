"""Memory stays proportional to the text: a budget per character for the parser, on long prose and on a text of
countless tiny sentences (our own sentences, repeated)."""

import tracemalloc

import pytest

from tracker.extract.commitments import extract
from tracker.parsing import warm_up

PROSE_BUDGET = 100  # bytes of Python allocations per character of prose, at the parser's peak (measured: about 66)
TINY_SENTENCE_BUDGET = 250  # the same for 'Ok. Go.' over and over: one scan per sentence (measured: about 164)
PARAGRAPH = (
    "The Netherlands will give EUR 200 million for drone interceptors and EUR 125 million for F-16 jets. "
    "British instructors will train Ukrainian pilots in Romania. The minister said the talks went well. "
    "Norway will give NOK 500 million that will go to naval capabilities for Ukraine.\n\n"
)


def _peak_per_character(text: str) -> float:
    warm_up()  # the vocabularies are loaded once per process, not per text
    tracemalloc.start()
    try:
        extract(text, "en")
        return tracemalloc.get_traced_memory()[1] / len(text)
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(("text", "budget"), [(PARAGRAPH * 300, PROSE_BUDGET), ("Ok. Go. " * 10_000, TINY_SENTENCE_BUDGET)])
def test_the_parser_keeps_to_its_memory_budget(text, budget):
    assert _peak_per_character(text) <= budget

"""Hostile inputs finish quickly and quietly (a regex that backtracks would hang these tests)."""

import signal

import pytest

from tracker import parse_text


@pytest.fixture(autouse=True)
def _hang_guard():
    """Fail instead of hanging forever if some pattern backtracks catastrophically."""

    def _timeout(signum, frame):
        raise TimeoutError("parse_text did not finish: catastrophic backtracking?")

    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 50_000,
        "€ " * 10_000,
        "1 " * 50_000,
        "1," * 50_000,
        "Germany " * 20_000,
        ("Germany will deliver tanks and " * 40_000),  # about 1.2 MB in one sentence without punctuation
        "a" * 1_000_000,
        "\n" * 100_000,
        '<script>alert(1)</script> =HYPERLINK("http://x") $\\href{javascript:alert(1)}{x}$',
    ],
)
def test_hostile_text_finishes(text):
    frame = parse_text(text, lang="en")
    for row in frame.itertuples():
        assert row.evidence in text


def test_one_megabyte_sentence_still_finds_commitments():
    text = "Germany will deliver 14 Leopard tanks to Ukraine " + "and more words " * 70_000
    frame = parse_text(text, lang="en")
    assert ("DEU", "armoured_vehicles") in set(zip(frame["donor"], frame["category"], strict=True))


def test_non_string_input_is_a_type_error():
    with pytest.raises(TypeError):
        parse_text(b"bytes")  # type: ignore[arg-type]


def test_bad_date_and_language_are_clear_errors():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_text("text", published="19/04/2024")
    with pytest.raises(ValueError, match="unsupported language"):
        parse_text("text", lang="xx")

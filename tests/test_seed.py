"""The embedded default document gives exactly the commitments the user expects."""

from pathlib import Path

from tests.helpers import rows
from tracker import parse_text
from tracker.documents import read_document

SEED = Path(__file__).resolve().parent.parent / "data" / "nato-2024-04-19.txt"


def test_seed_gives_exactly_the_expected_rows():
    document = read_document(SEED)
    assert document.published.isoformat() == "2024-04-19"
    found = rows(document.text, published=document.published, source=document.source, lang=document.lang)
    found = [r for r in found if r[0] != "NATO"]  # the Allies' collective decision is allowed, not required
    assert found == [
        ("CZE", "ammunition", None, None, None, "committed"),
        ("DEU", "air_defence", 1, None, None, "committed"),
        ("DNK", "military_unspecified", None, None, None, "committed"),
        ("NLD", "military_unspecified", None, 4_000_000_000.0, "EUR", "committed"),
        ("NOR", "military_unspecified", None, None, None, "committed"),
        ("USA", "military_unspecified", None, None, None, "proposed"),
    ]


def test_seed_rows_carry_source_evidence_and_date():
    document = read_document(SEED)
    frame = parse_text(document.text, published=document.published, source=document.source)
    assert (frame["source"] == document.source).all()
    assert (frame["announced_on"].dt.strftime("%Y-%m-%d") == "2024-04-19").all()
    for row in frame.itertuples():
        assert document.text[row.evidence_start : row.evidence_end] == row.evidence
    patriot = frame[frame["donor"] == "DEU"].iloc[0]
    assert "Patriot" in patriot["evidence"] and "Patriot" in patriot["item"]
    netherlands = frame[frame["donor"] == "NLD"].iloc[0]
    assert netherlands["amount_eur"] == 4_000_000_000 and netherlands["fx_rate"] == 1.0

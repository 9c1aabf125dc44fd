"""aid-tracker: commitments of aid to Ukraine, read from announcements."""

from tracker.parsing import document_id, parse_text, warm_up

warm_up()

__all__ = ["document_id", "parse_text"]
__version__ = "0.1.0"

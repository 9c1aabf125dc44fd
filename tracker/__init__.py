"""aid-tracker: commitments of aid to Ukraine, read from announcements."""

__all__ = ["document_id", "parse_text"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """`tracker.parse_text` loads the parser and its vocabularies on first use: the dashboard alone never pays for it."""
    if name in __all__:
        from tracker import parsing

        parsing.warm_up()
        return getattr(parsing, name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")

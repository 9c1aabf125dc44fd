"""The announcements that ship inside aid-tracker (tracker/data; data/ in a checkout links to it): a new user's first view."""

from __future__ import annotations

import os
from pathlib import Path

from tracker.documents import read_document
from tracker.store import Store

SUFFIXES = (".txt", ".md")


def bundled_dir() -> Path:
    """The announcements inside the package (tracker/data, shipped in the wheel), or AID_TRACKER_DATA when set."""
    configured = os.environ.get("AID_TRACKER_DATA")
    return Path(configured) if configured else Path(__file__).resolve().parent / "data"


def ingest_bundled(store: Store, folder: Path | None = None) -> int:
    """Put the bundled announcements into a store (a new user's first view); returns the documents added."""
    folder = folder or bundled_dir()
    added = 0
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.suffix.lower() in SUFFIXES:
            added += store.ingest(read_document(path)).new
    return added

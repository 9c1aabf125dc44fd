"""What can go wrong with a store, by name: every message says why and what to do."""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot be used as asked; the message says why and what to do."""


class ReviewConflict(StoreError):
    """The row changed (someone else reviewed it, a re-parse rewrote it) after this reviewer loaded it; saving would
    silently overwrite what they never saw."""


class StoreBusy(StoreError):
    """Another process held the store for longer than the timeout."""


class StoreReadOnly(StoreError):
    """The store file (or its folder) may be read but not written by this user."""


class StoreTooNew(StoreError):
    """The store was made by a newer aid-tracker, whose schema this one does not know: opening it could damage it."""


class KielRefused(StoreError):
    """A Kiel import that would empty or mostly remove the stored release (a truncated download); `force` imports it."""

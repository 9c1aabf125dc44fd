"""The one palette: a colour per category and a colour per donor, the same in every chart, filter and page."""

from __future__ import annotations

from collections.abc import Iterable

from plotly.colors import qualitative

from tracker.schema import CATEGORIES

# Categories: fixed, from their order in the schema.
CATEGORY_COLOURS: dict[str, str] = dict(zip(CATEGORIES, qualitative.Dark24[: len(CATEGORIES)], strict=True))
# Donors: a second palette, so that a donor is never mistaken for a category.
DONOR_PALETTE: tuple[str, ...] = tuple(qualitative.Alphabet)


def donor_colours(codes: Iterable[str]) -> dict[str, str]:
    """A colour per donor code, from the codes in alphabetical order: pass every donor in the store (not a filtered
    view), so that a donor keeps its colour whatever the filters."""
    ordered = sorted({str(code) for code in codes})
    return {code: DONOR_PALETTE[number % len(DONOR_PALETTE)] for number, code in enumerate(ordered)}

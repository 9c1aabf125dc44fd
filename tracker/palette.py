"""The one palette: a colour per category and a colour per donor, the same in every chart, filter and page."""

from __future__ import annotations

from collections.abc import Iterable

from plotly.colors import qualitative

from tracker.schema import CATEGORIES

# Categories: fixed, from their order in the schema.
CATEGORY_COLOURS: dict[str, str] = dict(zip(CATEGORIES, qualitative.Dark24[: len(CATEGORIES)], strict=True))
PAIR_COLOURS = ("#4C78A8", "#F58518")  # two series side by side (Kiel and since; committed and delivered)
DISTINCT_FROM_CATEGORIES = 60  # RGB distance a donor colour keeps from every category colour
LIGHTEST = 200  # no donor colour lighter than this in every channel (a bar must show on white)


def _rgb(colour: str) -> tuple[int, ...]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _distinct(colour: str) -> bool:
    """Whether a colour stands apart from every category's and from the white page."""
    red_green_blue = _rgb(colour)
    far = all(
        sum((a - b) ** 2 for a, b in zip(red_green_blue, _rgb(c), strict=True)) ** 0.5 >= DISTINCT_FROM_CATEGORIES
        for c in CATEGORY_COLOURS.values()
    )
    return far and min(red_green_blue) < LIGHTEST


# Donors: a second palette whose colours are far from the categories', so that a donor is never taken for a category.
DONOR_PALETTE: tuple[str, ...] = tuple(colour for colour in qualitative.Alphabet if _distinct(colour))


def donor_colours(codes: Iterable[str]) -> dict[str, str]:
    """A colour per donor code, from the codes in alphabetical order: pass every donor in the store (not a filtered
    view), so that a donor keeps its colour whatever the filters."""
    ordered = sorted({str(code) for code in codes})
    return {code: DONOR_PALETTE[number % len(DONOR_PALETTE)] for number, code in enumerate(ordered)}


_UNSAFE_IN_CSS = set('"\\<>\n\r')


def chip_css(colours: dict[str, str]) -> str:
    """CSS that gives each selected filter chip (labelled as shown) its colour, so that a filter reads like the charts.

    Labels that could end the CSS string or the style element are left uncoloured rather than escaped.
    """
    rules = [
        f'[data-testid="stMultiSelectTagsContainer"] [data-tag][aria-label="{label}"] {{background-color: {colour}; color: #fff;}}'
        for label, colour in colours.items()
        if not set(label) & _UNSAFE_IN_CSS and colour.startswith(("#", "rgb"))
    ]
    return "\n".join(rules)

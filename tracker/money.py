"""Money for people: the one formatter of euro amounts ("€4.0 bn", "€350 m", "€12,500") and of chart ticks."""

from __future__ import annotations

import math

import pandas as pd
from babel.numbers import format_decimal

LOCALE = "en"
SCALES: tuple[tuple[float, str], ...] = ((1e9, "bn"), (1e6, "m"))
TICKS = 5  # about this many ticks on a money axis
_NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


def _scale(value: float) -> tuple[float, str]:
    """The divisor and suffix for an amount (bn, m, or whole euros)."""
    for divisor, suffix in SCALES:
        if abs(value) >= divisor:
            return divisor, suffix
    return 1.0, ""


def _decimals(scaled: float) -> int:
    """Decimals for an amount on its scale: one below 100 ('€4.0 bn', '€12.5 m'), none above ('€350 m')."""
    return 0 if abs(scaled) >= 100 else 1


def scaled(value: object) -> str:
    """An amount in any currency with a scale and no sign ('4.0 bn', '350 m', '12,500'); blank when missing."""
    return eur(value).removeprefix("€")


def eur(value: object, *, scale: float | None = None, decimals: int | None = None) -> str:
    """An amount in euros with a sign and a scale: '€4.0 bn', '€350 m', '€12,500'; blank when missing.

    `scale` (1e9, 1e6 or 1) and `decimals` force one notation, so that the ticks of one axis read alike.
    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    number = float(value)
    if number == 0:
        return "€0"
    divisor, suffix = _scale(number) if scale is None else next(((d, s) for d, s in SCALES if d == scale), (1.0, ""))
    scaled = number / divisor
    places = (_decimals(scaled) if suffix else 0) if decimals is None else decimals
    pattern = "#,##0" + ("." + "0" * places if places else "")
    text = format_decimal(scaled, format=pattern, locale=LOCALE)
    return f"€{text} {suffix}" if suffix else f"€{text}"


def nice_step(top: float, count: int = TICKS) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about `count` ticks up to `top`."""
    if top <= 0 or not math.isfinite(top):
        return 1.0
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in _NICE_STEPS if step * power >= raw)


def eur_ticks(top: float, count: int = TICKS) -> tuple[list[float], list[str]]:
    """Tick positions from 0 past `top`, and their labels in one notation ('€0', '€1.0 bn', '€2.0 bn' ...)."""
    step = nice_step(top, count)
    values = [step * n for n in range(math.ceil(top / step) + 1 if top > 0 else 2)]
    divisor, suffix = _scale(values[-1])
    scaled_step = step / divisor
    places = 0 if scaled_step.is_integer() else len(f"{scaled_step:.3f}".rstrip("0").split(".")[1])
    if suffix and values[-1] / divisor < 100:
        places = max(places, 1)  # "€1.0 bn", as the headline writes it
    return values, [eur(v, scale=divisor, decimals=places) for v in values]

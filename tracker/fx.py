"""EUR values at the ECB reference rate of the announcement date (rates shipped with currencyconverter)."""

from __future__ import annotations

import datetime as dt
import functools

from currency_converter import CurrencyConverter, RateNotFoundError


@functools.cache
def _converter() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_missing_rate_method="last_known", fallback_on_wrong_date=True)


def latest_rate_date() -> dt.date:
    """The last day the shipped ECB file has rates for."""
    return _converter().bounds["USD"].last_date


def eur_rate(currency: str, on: dt.date | None) -> tuple[float, dt.date] | None:
    """EUR per unit of `currency` on a day (the last ECB fixing on or before it), and the day used; None if unknown.

    Without a date the latest shipped rate is used, and its date says so.
    """
    if currency == "EUR":
        return 1.0, on or latest_rate_date()
    converter = _converter()
    if currency not in converter.currencies:
        return None
    bounds = converter.bounds[currency]
    day = min(max(on or bounds.last_date, bounds.first_date), bounds.last_date)
    try:
        return float(converter.convert(1, currency, "EUR", date=day)), day
    except (RateNotFoundError, ValueError):
        return None

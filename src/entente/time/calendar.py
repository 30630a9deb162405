"""Partial dates ("2018-12", "2016") as the days they cover, for the stages that compare them."""

from __future__ import annotations

import datetime as dt


def _parts(value: str) -> list[int]:
    parts = [int(p) for p in value.split("-")]  # ValueError on anything but digits
    if not 1 <= len(parts) <= 3:
        raise ValueError(f"not a date, a month or a year: {value!r}")
    return parts


def period_start(value: str) -> dt.date:
    """The first day of a date, a month or a year."""
    parts = _parts(value)
    return dt.date(*parts, *[1] * (3 - len(parts)))


def period_end(value: str) -> dt.date:
    """The last day of a date, a month ("2018-12") or a year ("2016"): a partial end date covers
    its whole month or year."""
    parts = _parts(value)
    if len(parts) == 3:
        return dt.date(*parts)
    year, month = parts[0], parts[1] if len(parts) == 2 else 12
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)

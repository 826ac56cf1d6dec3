"""Dates, numbers and ages in the user's locale."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def to_qdatetime(moment: datetime) -> QDateTime:
    # Local time as the OS reports it: the same wall-clock time as QTimeZone.systemTimeZone(),
    # without loading the time-zone database.
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def absolute(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def date_only(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return QLocale().toString(to_qdatetime(moment).date(), QLocale.FormatType.ShortFormat)


def relative(moment: datetime | None, now: datetime) -> str:
    """'in 3 days', '2 hours ago', 'just now'."""
    if moment is None:
        return "never"
    seconds = (moment - now).total_seconds()
    future = seconds > 0
    span = abs(seconds)
    if span < 60:
        return "just now" if not future else "in under a minute"
    for unit_seconds, name in (
        (86400 * 30, "month"),
        (86400 * 7, "week"),
        (86400, "day"),
        (3600, "hour"),
        (60, "min"),
    ):
        if span >= unit_seconds:
            count = int(span // unit_seconds)
            word = name if count == 1 or name == "min" else name + "s"
            return f"in {count} {word}" if future else f"{count} {word} ago"
    return "just now"  # pragma: no cover


# Beyond this a float no longer holds every whole number, and no school figure gets near it:
# such a value is a server's mistake (or an "unknown" sentinel), shown as a dash.
LARGEST_SHOWN = 1e15
UNSHOWN = "—"


def _showable(value: float | int) -> float | None:
    try:
        number = float(value)
    except (OverflowError, TypeError, ValueError):
        return None
    return number if math.isfinite(number) and abs(number) < LARGEST_SHOWN else None


def number(value: float | int, decimals: int = 0) -> str:
    """Never raises: a value that cannot be shown is a dash, and the row around it stays."""
    shown = _showable(value)
    if shown is None:
        return UNSHOWN
    # Always the double overload: the integer one overflows past 2**63.
    return QLocale().toString(shown, "f", decimals)


def percent(value: float | None) -> str:
    shown = None if value is None else _showable(value)
    if shown is None:
        return UNSHOWN
    return f"{number(shown, 0 if shown.is_integer() else 1)} %"


def score(value: float) -> str:
    shown = _showable(value)
    return UNSHOWN if shown is None else number(shown, 0 if shown.is_integer() else 1)


def month_name(year_month: str) -> str:
    """'2026-11' -> 'November 2026' in the user's language; unknown shapes are shown as sent."""
    date = QDate.fromString(year_month + "-01", "yyyy-MM-dd")
    return QLocale().toString(date, "MMMM yyyy") if date.isValid() else year_month


def duration_words(seconds: float) -> str:
    """90 -> "90 seconds", 120 -> "2 minutes" (how long a kiosk waits before signing out)."""
    if seconds < 90:
        whole = round(seconds)
        return f"{whole} second{'s' if whole != 1 else ''}"
    minutes = round(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"

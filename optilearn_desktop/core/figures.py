"""Numbers and dates inside the sentences core writes (what needs attention, why an alert came),
in the user's locale. Never raises: a value no school figure can be is a dash."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

DASH = "—"
_LARGEST = 1e15  # past this a float no longer holds every whole number: a server's mistake


def amount(value: float | None) -> str:
    """42 -> "42", 42.5 -> "42.5"."""
    if value is None or not math.isfinite(value) or abs(value) >= _LARGEST:
        return DASH
    return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1)


def percent(value: float | None) -> str:
    if value is None or not math.isfinite(value) or abs(value) >= _LARGEST:
        return DASH
    return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1) + " %"


def mean_percent(value: float | None) -> str:
    """A mean, to one decimal (an average of 59.96 % is not "60 %")."""
    if value is None or not math.isfinite(value):
        return DASH
    return QLocale().toString(math.floor(value * 10) / 10, "f", 1) + " %"


def day(moment: datetime | None) -> str:
    """The date in the user's short format."""
    if moment is None:
        return DASH
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)

"""Dates, numbers and ages in the user's locale: the one place the app turns a moment or a
number into text (pages, status bar, notification list, tray, and the sentences core writes
about what needs attention and why an alert came all come here).

Dates are never numeric-only ("9/9/26" reads differently on each side of the Atlantic): day,
abbreviated month name and year, in the order the user's locale writes them ("9 Sep 2026",
"Sep 9, 2026", "9. Sept. 2026"). Times follow the locale's 12/24-hour setting."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

from .wording import Context, arg, translate


class Formatting(Context):
    """This module's translation context (plural texts: `Formatting.tr(text, "", count)`)."""


def to_qdatetime(moment: datetime) -> QDateTime:
    # Local time as the OS reports it: the same wall-clock time as QTimeZone.systemTimeZone(),
    # without loading the time-zone database.
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


@functools.lru_cache(maxsize=8)
def _medium_date(long_pattern: str) -> str:
    # The locale's long date ("dddd, d MMMM yyyy") without its weekday and with the month
    # abbreviated: the locale's own order and separators, shorter.
    pattern = re.sub(r"dddd[\s,،.]*|[\s,،]*dddd", "", long_pattern, count=1)
    return pattern.replace("MMMM", "MMM").strip(" ,،")


def date_pattern(locale: QLocale | None = None) -> str:
    """The date pattern every date in the app uses ("d MMM yyyy" in British English)."""
    locale = locale or QLocale()
    return _medium_date(locale.dateFormat(QLocale.FormatType.LongFormat))


def absolute(moment: datetime | None) -> str:
    """'9 Sep 2026, 14:02' (or '2:02 PM' where the user's clock has 12 hours)."""
    if moment is None:
        return "—"
    locale = QLocale()
    when = to_qdatetime(moment)
    date = locale.toString(when.date(), date_pattern(locale))
    time = locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    return arg(translate("Formatting", "%1, %2", "a date, then a time"), date, time)


def date_only(moment: datetime | None) -> str:
    """'9 Sep 2026'."""
    if moment is None:
        return "—"
    locale = QLocale()
    return locale.toString(to_qdatetime(moment).date(), date_pattern(locale))


def relative(moment: datetime | None, now: datetime) -> str:
    """'in 3 days', '2 hours ago', 'just now' (plural forms as the language has them)."""
    if moment is None:
        return translate("Formatting", "never")
    seconds = (moment - now).total_seconds()
    future = seconds > 0
    span = abs(seconds)
    if span < 60:
        if future:
            return translate("Formatting", "in under a minute")
        return translate("Formatting", "just now")
    for unit_seconds, in_future, in_past in _RELATIVE:
        if span >= unit_seconds:
            count = int(span // unit_seconds)
            return (in_future if future else in_past)(count)
    return translate("Formatting", "just now")  # pragma: no cover


# (unit in seconds, future, past): whole texts per unit, so that each language can word and
# inflect them as a whole (Hindi puts the number and unit before "ago" and "in" alike).
_RELATIVE: tuple[tuple[int, Callable[[int], str], Callable[[int], str]], ...] = (
    (
        86400 * 30,
        lambda n: Formatting.tr("in %n month(s)", "", n),
        lambda n: Formatting.tr("%n month(s) ago", "", n),
    ),
    (
        86400 * 7,
        lambda n: Formatting.tr("in %n week(s)", "", n),
        lambda n: Formatting.tr("%n week(s) ago", "", n),
    ),
    (
        86400,
        lambda n: Formatting.tr("in %n day(s)", "", n),
        lambda n: Formatting.tr("%n day(s) ago", "", n),
    ),
    (
        3600,
        lambda n: Formatting.tr("in %n hour(s)", "", n),
        lambda n: Formatting.tr("%n hour(s) ago", "", n),
    ),
    (
        60,
        lambda n: Formatting.tr("in %n min", "", n),
        lambda n: Formatting.tr("%n min ago", "", n),
    ),
)


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
    return _percent_sign(number(shown, 0 if shown.is_integer() else 1))


def _percent_sign(shown_number: str) -> str:
    """ "83.3" -> "83.3 %", as the language writes it (Hindi: no space)."""
    return arg(translate("Formatting", "%1 %", "a percentage, e.g. 83.3 %"), shown_number)


def mean_percent(value: float | None) -> str:
    """A mean, to one decimal, rounded down (an average of 59.96 % is not "60 %")."""
    shown = None if value is None else _showable(value)
    if shown is None:
        return UNSHOWN
    return _percent_sign(number(math.floor(shown * 10) / 10, 1))


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
        return Formatting.tr("%n second(s)", "", round(seconds))
    return Formatting.tr("%n minute(s)", "", round(seconds / 60))


_C_INT = 2**31 - 1  # Qt's %n takes a C int


def counted(words: Callable[[int], str], value: float | int) -> str:
    """`words(value)` (a plural text, `X.tr("%n day(s)", "", n)`) for any count a server can
    send: one beyond what %n takes is the bare number (or a dash), never an exception."""
    shown = _showable(value)
    if shown is None:
        return UNSHOWN
    if shown.is_integer() and abs(shown) <= _C_INT:
        return words(int(shown))
    return number(shown)

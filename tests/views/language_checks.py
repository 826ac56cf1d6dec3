"""What the pseudo-locale checks look for: a visible text of ours that was not translated (the
pseudo-locale brackets every translated text), and a text that does not fit its widget.

Server data (names, course titles, badges, the school's messages) is shown as sent: the caller
passes it as `allowed`. So are numbers, dates and month names (QLocale's, not ours)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from .widget_strings import _model_strings, _widget_strings

_BRACKETED = re.compile(r"\[[^\[\]]*\]")  # innermost first: "[Updated [2 min ago~~]~~~]"
_TAG = re.compile(r"<[^>]+>")  # plain_tooltip's wrapping of a server text
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row, of any script
PRODUCT_NAMES = ("OptiLearn Desktop",)  # the window title's name, the same in every language


def server_strings(*roots: Any) -> set[str]:
    """Every string inside `roots` (pydantic models, lists, dicts, plain objects)."""
    found: set[str] = set()

    def walk(value: Any, depth: int = 0) -> None:
        if depth > 12:
            return
        if isinstance(value, str):
            if value.strip():
                found.add(value.strip())
        elif hasattr(value, "model_dump"):
            walk(value.model_dump(), depth + 1)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item, depth + 1)
        elif hasattr(value, "__dict__") and not isinstance(value, QObject):
            walk(vars(value), depth + 1)

    for root in roots:
        walk(root)
    return found


def _locale_words() -> list[str]:
    locale = QLocale()
    words = [locale.amText(), locale.pmText()]
    for month in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words += [locale.monthName(month, form), locale.standaloneMonthName(month, form)]
    for day in range(1, 8):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.append(locale.dayName(day, form))
    return sorted((w for w in words if w), key=len, reverse=True)


def untranslated(texts: Iterable[str], allowed: Iterable[str]) -> list[str]:
    """The texts with words outside any pseudo-translated (bracketed) part, server data and
    QLocale's month and day names."""
    known = sorted({a for a in allowed if a} | set(PRODUCT_NAMES), key=len, reverse=True)
    # Whole words only: a section "A" must not take the A out of "Aug".
    server = re.compile("(?<!\\w)(?:" + "|".join(map(re.escape, known)) + ")(?!\\w)")
    locale_words = _locale_words()
    bad = []
    for text in texts:
        rest = html.unescape(_TAG.sub(" ", text)).replace("&", "")
        rest = server.sub(" ", rest)  # before the brackets: a course title may hold one
        previous = None
        while previous != rest:
            previous, rest = rest, _BRACKETED.sub(" ", rest)
        for word in locale_words:
            rest = rest.replace(word, " ")
        if _WORD.search(rest):
            bad.append(text)
    return sorted(set(bad))


def texts_under(top: QWidget) -> Iterator[str]:
    """The strings `widget_strings` reads, for `top` and what it holds only."""
    for widget in [top, *top.findChildren(QWidget)]:
        yield from (s for s in _widget_strings(widget) if s)
    for obj in top.findChildren(QObject):
        if isinstance(obj, QAction):
            yield from (s for s in (obj.text(), obj.toolTip(), obj.statusTip()) if s)
        elif isinstance(obj, QAbstractItemModel):
            yield from (s for s in _model_strings(obj) if s)


def clipped(top: QWidget) -> list[str]:
    """Visible texts narrower than they need: a label, button, tab or column header."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"{name}: {widget.text()!r} (wrapped, too low)")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                found.append(f"{name}: {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{name}: {widget.text()!r}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() + 1 < widget.tabSizeHint(i).width():
                    found.append(f"{name} tab: {widget.tabText(i)!r}")
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            metrics = widget.fontMetrics()
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                title = str(widget.model().headerData(section, widget.orientation()) or "")
                if metrics.horizontalAdvance(title) > widget.sectionSize(section):
                    found.append(f"{name} column: {title!r}")
    return found

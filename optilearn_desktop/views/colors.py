"""The only hard-coded colours (architecture.md): Passed/Failed and stale/offline accents,
picked per light or dark palette so they stay readable in both."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Accents(NamedTuple):
    passed: QColor
    failed: QColor
    warning: QColor


LIGHT = Accents(QColor("#1b7a38"), QColor("#b3261e"), QColor("#8a5a00"))
DARK = Accents(QColor("#7ee2a0"), QColor("#ff9a8f"), QColor("#f3c567"))


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accents(palette: QPalette | None = None) -> Accents:
    return DARK if is_dark(palette) else LIGHT

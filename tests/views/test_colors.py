"""Passed/Failed and warning accents stay readable on light and dark palettes (WCAG AA)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from optilearn_desktop.views.colors import accents, is_dark


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize(("window", "base"), [("#efefef", "#ffffff"), ("#2b2b2b", "#1e1e1e")])
def test_accents_have_enough_contrast(window, base):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(window))
    chosen = accents(palette)
    assert is_dark(palette) == (window == "#2b2b2b")
    for color in (chosen.passed, chosen.failed, chosen.warning):
        for background in (QColor(base), QColor(window)):
            assert contrast(color, background) >= 4.5, (color.name(), background.name())

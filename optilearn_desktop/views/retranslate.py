"""Texts that follow a change of language without a restart.

A widget class that shows our own words mixes in `Retranslating`, sets every such text in
`retranslate()` (called at the end of its `__init__`) and gets `retranslate()` again whenever
Qt sends `QEvent.LanguageChange` (a translator installed or removed: platform/translations.py).
Texts that depend on data (a status line, a rendered page) are set again by re-rendering."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


class Retranslating(_Base):
    """Mix in before the Qt class: `class Panel(Retranslating, QGroupBox)`."""

    def retranslate(self) -> None:
        """Set every text of ours again, in the language now installed."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

"""The strip above the tabs that says the app is showing older data, since when, and why (the
connection is down, or the school's server is failing: the presenter's words)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..core.formatting import absolute, number
from ..core.wording import arg
from .banner import Banner
from .colors import accents


class OfflineBanner(Banner):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("offline_banner", parent)
        self.retry = self.add_button(
            lambda: self.tr("Re&try now"),
            "retry",
            lambda: self.tr("Retry connecting to OptiLearn"),
            self.retry_requested.emit,
        )
        self._shown: tuple[object, datetime | None, int | None] | None = None

    def retranslate(self) -> None:
        super().retranslate()
        if self._shown is not None and not self.isHidden():
            self.show_offline(*self._shown)

    def clear(self) -> None:
        self._shown = None
        super().clear()

    def show_offline(
        self, reason: object, data_from: datetime | None, next_try_in: int | None
    ) -> None:
        """`reason` is the presenter's Phrase, said in the language in use."""
        color = accents(self.palette()).warning.name()
        self.setStyleSheet(f"#offline_banner {{ border: 1px solid {color}; }}")
        self.label.setStyleSheet(f"color: {color};")
        self._shown = (reason, data_from, next_try_in)
        since = (
            arg(self.tr("Showing data from %1."), absolute(data_from))
            if data_from
            else self.tr("No saved data yet.")
        )
        text = f"{reason} {since}"
        if next_try_in:
            text += " " + arg(self.tr("Trying again in %1 s."), number(next_try_in))
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

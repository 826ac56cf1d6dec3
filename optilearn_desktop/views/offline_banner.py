"""The strip above the tabs that says the app is showing older data, since when, and why (the
connection is down, or the school's server is failing: the presenter's words)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..core.formatting import absolute
from .banner import Banner
from .colors import accents


class OfflineBanner(Banner):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("offline_banner", parent)
        self.retry = self.add_button(
            "Re&try now", "retry", "Retry connecting to OptiLearn", self.retry_requested.emit
        )

    def show_offline(
        self, reason: str, data_from: datetime | None, next_try_in: int | None
    ) -> None:
        color = accents(self.palette()).warning.name()
        self.setStyleSheet(f"#offline_banner {{ border: 1px solid {color}; }}")
        self.label.setStyleSheet(f"color: {color};")
        since = f"Showing data from {absolute(data_from)}." if data_from else "No saved data yet."
        retry = f" Trying again in {next_try_in} s." if next_try_in else ""
        text = f"{reason} {since}{retry}"
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

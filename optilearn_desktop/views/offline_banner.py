"""The strip above the tabs that says the app is showing older data, since when, and why."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from .colors import accents
from .formatting import absolute
from .text import plain_label


class OfflineBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offline_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = plain_label(wrap=True)
        self.label.setObjectName("offline_banner_text")
        self.retry = QPushButton("Retry now")
        self.retry.setObjectName("offline_banner_retry")
        self.retry.setAccessibleName("Retry connecting to OptiLearn")
        self.retry.setToolTip("Try to reach OptiLearn again")
        self.retry.clicked.connect(self.retry_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry)
        self.hide()

    def show_offline(
        self, reason: str, data_from: datetime | None, next_try_in: int | None
    ) -> None:
        color = accents(self.palette()).warning.name()
        self.setStyleSheet(f"#offline_banner {{ border: 1px solid {color}; }}")
        self.label.setStyleSheet(f"color: {color};")
        since = f"Showing data from {absolute(data_from)}." if data_from else "No saved data yet."
        retry = f" Trying again in {next_try_in} s." if next_try_in else ""
        text = f"Offline: {reason} {since}{retry}"
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        self.hide()
        self.label.clear()

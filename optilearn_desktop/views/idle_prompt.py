"""Kiosk: the strip counting down to the idle sign-out, with a large "I'm still here"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .banner import Banner
from .colors import accents
from .text import emphasize


class IdlePrompt(Banner):
    still_here = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("idle_prompt", parent)
        self.button = self.add_button(
            lambda: self.tr("I'm still here"),
            "still_here",
            lambda: self.tr("I'm still here: stay signed in"),
            self.still_here.emit,
        )
        self._seconds: int | None = None
        self.button.setMinimumHeight(44)
        emphasize(self.label, 1.25)
        self.button.setFont(self.label.font())

    def show_countdown(self, seconds: int) -> None:
        color = accents(self.palette()).failed.name()
        self.setStyleSheet(f"#idle_prompt {{ border: 2px solid {color}; }}")
        self._seconds = seconds
        self.label.setText(
            self.tr(
                "No activity for a while. To protect your family's privacy on this shared "
                "computer, you will be signed out in %n second(s).",
                "",
                seconds,
            )
        )
        self.label.setAccessibleName(self.label.text())
        self.show()

    def retranslate(self) -> None:
        super().retranslate()
        if self._seconds is not None and not self.isHidden():
            self.show_countdown(self._seconds)

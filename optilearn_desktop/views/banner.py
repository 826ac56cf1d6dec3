"""A strip across the top of the overview: a wrapping plain-text message and its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from .text import plain_label


class Banner(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self.label = plain_label(wrap=True)
        self.label.setObjectName(f"{name}_text")
        self._layout.addWidget(self.label, 1)
        self.hide()

    def add_button(
        self, text: str, name: str, description: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{self.objectName()}_{name}")
        button.setAccessibleName(description)
        button.setToolTip(description)
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        return button

    def clear(self) -> None:
        self.hide()
        self.label.clear()

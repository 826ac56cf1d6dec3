"""A strip across the top of the overview: a wrapping plain-text message and its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from .retranslate import Retranslating
from .text import plain_label

Words = Callable[[], str]  # a text read again in the language in use


class Banner(Retranslating, QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self.label = plain_label(wrap=True)
        self.label.setObjectName(f"{name}_text")
        self._layout.addWidget(self.label, 1)
        self._buttons: list[tuple[QPushButton, Words, Words]] = []
        self.hide()

    def add_button(
        self, text: Words, name: str, description: Words, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"{self.objectName()}_{name}")
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        self._buttons.append((button, text, description))
        self._name_button(button, text, description)
        return button

    def retranslate(self) -> None:
        for button, text, description in self._buttons:
            self._name_button(button, text, description)

    @staticmethod
    def _name_button(button: QPushButton, text: Words, description: Words) -> None:
        button.setText(text())
        button.setAccessibleName(description())
        button.setToolTip(description())

    def clear(self) -> None:
        self.hide()
        self.label.clear()

"""The frame every tab shares: its data's age, a warning when a refresh failed, and the
content / empty / error states. An error here stays in this tab (each section fails alone)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.formatting import absolute, relative
from ..core.wording import arg, without_mnemonic
from .colors import accents
from .retranslate import Retranslating
from .text import emphasize, plain_label


class MessagePanel(Retranslating, QWidget):
    """A centred title, explanation and an optional action button, whose words (a callable,
    said again on a change of language) come from the panel's owner."""

    def __init__(
        self,
        name: str,
        action: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = plain_label(wrap=True)
        self.title.setObjectName(f"{name}_title")
        emphasize(self.title, 1.25)
        self.body = plain_label(wrap=True)
        self.body.setObjectName(f"{name}_body")
        self.body.setMaximumWidth(640)
        for label in (self.title, self.body):
            # A wrapped label in a stretched row would shrink to a word or two per line.
            label.setMinimumWidth(420)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(label)
            row.addStretch(1)
            layout.addLayout(row)
        self.button: QPushButton | None = None
        self._action = action
        if action is not None:
            self.button = QPushButton()
            self.button.setObjectName(f"{name}_button")
            self.retranslate()
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)

    def retranslate(self) -> None:
        if self.button is not None and self._action is not None:
            text = self._action()
            self.button.setText(text)
            self.button.setAccessibleName(without_mnemonic(text))

    def set_action(self, words: Callable[[], str]) -> None:
        """The button's words from now on (said now, and again on a change of language)."""
        self._action = words
        self.retranslate()

    def show_message(self, title: str, body: str) -> None:
        """Texts already translated (or the server's, shown as sent)."""
        self.title.setText(title)
        self.body.setText(body)
        self.setAccessibleDescription(f"{title}. {body}")


def panel_in(
    stack: QStackedWidget,
    name: str,
    on_action: Any = None,
    action: Callable[[], str] | None = None,
) -> MessagePanel:
    """A MessagePanel added to `stack`, its button (when `action` words one) connected to
    `on_action` (a slot or a signal). Panels are built on first use: most runs show few."""
    panel = MessagePanel(name, action=action)
    if panel.button is not None and on_action is not None:
        panel.button.clicked.connect(on_action)
    stack.addWidget(panel)
    return panel


class SectionPage(Retranslating, QWidget):
    retry_requested = Signal()

    def __init__(self, name: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        status = QHBoxLayout()
        self.age_label = plain_label()
        self.age_label.setObjectName(f"{name}_age")
        self.warning_label = plain_label(wrap=True)
        self.warning_label.setObjectName(f"{name}_warning")
        self.warning_label.hide()
        status.addWidget(self.age_label)
        status.addWidget(self.warning_label, 1)
        layout.addLayout(status)
        self.stack = QStackedWidget()
        self.content = content
        self.stack.addWidget(content)
        self._empty: MessagePanel | None = None
        self._error: MessagePanel | None = None
        layout.addWidget(self.stack, 1)
        self._updated_at: datetime | None = None

    @property
    def empty(self) -> MessagePanel:  # built on first use (`panel_in`)
        if self._empty is None:
            self._empty = panel_in(self.stack, f"{self.objectName()}_empty")
        return self._empty

    @property
    def error(self) -> MessagePanel:
        if self._error is None:
            name = f"{self.objectName()}_error"
            retry = self.retry_requested
            self._error = panel_in(self.stack, name, retry, lambda: self.tr("Re&try"))
        return self._error

    def show_content(self) -> None:
        self.stack.setCurrentWidget(self.content)

    def show_empty(self, title: str, body: str) -> None:
        self.empty.show_message(title, body)
        self.stack.setCurrentWidget(self.empty)

    def show_error(self, title: str, body: str) -> None:
        self.error.show_message(title, body)
        self.stack.setCurrentWidget(self.error)

    def show_loading(self) -> None:
        self.empty.show_message(self.tr("Loading…"), "")
        self.stack.setCurrentWidget(self.empty)
        self.set_age(None, None)

    def set_warning(self, text: str | None) -> None:
        """A failed refresh while older data stays on screen."""
        if text:
            color = accents(self.palette()).warning.name()
            self.warning_label.setStyleSheet(f"color: {color};")
            self.warning_label.setText(text)
            self.warning_label.show()
        else:
            self.warning_label.hide()
            self.warning_label.clear()

    def set_age(self, updated_at: datetime | None, now: datetime | None) -> None:
        self._updated_at = updated_at
        if updated_at is None or now is None:
            self.age_label.setText("")
            self.age_label.setToolTip("")
            return
        self.age_label.setText(arg(self.tr("Updated %1"), relative(updated_at, now)))
        self.age_label.setToolTip(arg(self.tr("Data from %1"), absolute(updated_at)))

    def refresh_age(self, now: datetime) -> None:
        if self._updated_at is not None:
            self.set_age(self._updated_at, now)

    @property
    def showing(self) -> QWidget | None:
        return self.stack.currentWidget()

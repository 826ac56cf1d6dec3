"""Where a notification alert goes when the platform has no tray: a strip in the window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ..core.notification_alerts import Alert
from .text import plain_label


class AlertBanner(QFrame):
    show_requested = Signal(object)  # Alert

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alert_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = plain_label(wrap=True)
        self.label.setObjectName("alert_banner_text")
        self.open_button = QPushButton("Show")
        self.open_button.setObjectName("alert_banner_show")
        self.open_button.setAccessibleName("Show what this notification is about")
        dismiss = QPushButton("Dismiss")
        dismiss.setObjectName("alert_banner_dismiss")
        dismiss.setAccessibleName("Dismiss the notification")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(dismiss)
        self.open_button.clicked.connect(self._open)
        dismiss.clicked.connect(self.clear)
        self._alert: Alert | None = None
        self.hide()

    def show_alert(self, alert: Alert) -> None:
        self._alert = alert
        text = f"{alert.title}: {alert.body}" if alert.body else alert.title
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

    def _open(self) -> None:
        if self._alert is not None:
            self.show_requested.emit(self._alert)
        self.clear()

    def clear(self) -> None:
        self._alert = None
        self.label.clear()
        self.hide()

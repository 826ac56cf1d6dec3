"""Where a notification alert goes when the platform has no tray: a strip in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .banner import Banner

if TYPE_CHECKING:
    from ..core.notification_alerts import Alert


class AlertBanner(Banner):
    show_requested = Signal(object)  # Alert

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("alert_banner", parent)
        self.open_button = self.add_button(
            "Show", "show", "Show what this notification is about", self._open
        )
        self.add_button("Dismiss", "dismiss", "Dismiss the notification", self.clear)
        self._alert: Alert | None = None

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
        super().clear()

"""The signed-in parent's notifications as the window and the tray get them: the inbox watcher
of the session, the alert rules (which notification alerts, quiet hours) and the timer that
sums up what quiet hours held once they are over. Built once by the composition root; each
sign-in starts it on the new session's client, each sign-out stops it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from ..api.client import OptiLearnClient
    from ..models.notifications import Notification
    from .desktop_options import DesktopOptions
    from .notification_alerts import AlertDispatcher
    from .notification_watcher import NotificationWatcher
    from .offline_cache import OfflineCache

QUIET_CHECK_MS = 60_000  # how often to look whether quiet hours are over


class AlertHub(QObject):
    alert = Signal(object)  # Alert: to show in the tray (or the window)
    unread_changed = Signal(int)
    arrived = Signal()  # new notifications: an open inbox reloads
    children_named = Signal(list)  # contact ids of the children new notifications are about
    connectivity_changed = Signal(bool)
    session_ended = Signal()

    def __init__(
        self,
        options: Callable[[], DesktopOptions],
        *,
        interval: float = 30.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._options = options
        self.interval = interval
        self.watcher: NotificationWatcher | None = None
        self.dispatcher: AlertDispatcher | None = None

    @property
    def online(self) -> bool:
        return self.watcher.online if self.watcher is not None else True

    def start(self, client: OptiLearnClient, cache: OfflineCache | None) -> None:
        """Watch this session's inbox (any previous watch stops)."""
        # Loaded with the first session's requests, not with the window (they load the models).
        from .notification_alerts import AlertDispatcher
        from .notification_watcher import NotificationWatcher

        self.stop()
        self.dispatcher = AlertDispatcher(self._options)
        self.watcher = NotificationWatcher(client, cache, interval=self.interval, parent=self)
        self.watcher.arrived.connect(self._arrived)
        self.watcher.unread_changed.connect(self.unread_changed)
        self.watcher.session_ended.connect(self.session_ended)
        self.watcher.connectivity_changed.connect(self.connectivity_changed)
        self.watcher.start()
        quiet = QTimer(self.watcher)  # goes with the watcher
        quiet.setInterval(QUIET_CHECK_MS)
        quiet.timeout.connect(self.release_held)
        quiet.start()

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
        self.watcher = None
        self.unread_changed.emit(0)

    def release_held(self) -> None:
        """Quiet hours over: one alert sums up what was held."""
        held = self.dispatcher.release_held() if self.dispatcher is not None else None
        if held is not None:
            self.alert.emit(held)

    def _arrived(self, notifications: list[Notification]) -> None:
        if self.dispatcher is None:
            return
        self.release_held()  # quiet hours over: the summary comes first
        for alert in self.dispatcher.take(notifications):
            self.alert.emit(alert)
        named = [n.child_contact_id for n in notifications if n.child_contact_id]
        if named:  # their overviews are out of date, however recently they were loaded
            self.children_named.emit(list(dict.fromkeys(named)))
        self.arrived.emit()

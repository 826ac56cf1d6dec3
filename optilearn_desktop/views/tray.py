"""The tray icon, its menu, and where alerts go when the platform has no tray.

The OS edge is `TrayBackend`: `QtTray` wraps QSystemTrayIcon (XEmbed or StatusNotifierItem on
Linux, the notification area on Windows, the menu bar on macOS); tests pass a recording double.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .. import APP_NAME
from ..core.outgoing_text import markup_escaped, menu_text
from ..core.wording import arg
from .child_switcher import describe
from .retranslate import Retranslating

if TYPE_CHECKING:  # the models load after the remembered parent's saved overview is painted
    from ..core.notification_alerts import Alert
    from ..models.children import Child


class TrayBackend(Protocol):
    @property
    def message_clicked(self) -> SignalInstance: ...  # a shown message was clicked
    @property
    def activated(self) -> SignalInstance: ...  # the icon itself was clicked

    def available(self) -> bool: ...
    def show(self, menu: QMenu) -> None: ...
    def hide(self) -> None: ...
    def show_message(self, title: str, body: str) -> None: ...


class QtTray(QObject):
    message_clicked = Signal()
    activated = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(icon, self)
        self._icon.setToolTip(APP_NAME)
        self._icon.messageClicked.connect(self.message_clicked)
        self._icon.activated.connect(self._on_activated)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.activated.emit()

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self, menu: QMenu) -> None:
        self._icon.setContextMenu(menu)
        self._icon.show()

    def hide(self) -> None:
        self._icon.hide()

    def show_message(self, title: str, body: str) -> None:
        # On Linux Qt hands the message to the freedesktop notification daemon, which reads
        # the body as markup: escaped, "&amp;" and "<b>" from the school read as sent.
        if sys.platform.startswith("linux"):
            body = markup_escaped(body)
        self._icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)


class TrayMenu(Retranslating, QMenu):
    """The tray's menu: a parentless top-level, so it gets the change of language itself."""

    def __init__(self) -> None:
        super().__init__()
        self._named: list[tuple[QAction, Callable[[], str]]] = []

    def add_named(self, words: Callable[[], str]) -> QAction:
        action = self.addAction(words())
        self._named.append((action, words))
        return action

    def retranslate(self) -> None:
        for action, words in self._named:
            action.setText(words())


class TrayController(QObject):
    """Menu: Open, one entry per child, Refresh, Notification settings, Sign out, Quit."""

    open_requested = Signal()
    child_requested = Signal(str)
    refresh_requested = Signal()
    settings_requested = Signal()
    sign_out_requested = Signal()
    quit_requested = Signal()
    alert_clicked = Signal(object)  # Alert
    list_requested = Signal()  # a message was clicked, but which one cannot be told
    in_app_alert = Signal(object)  # Alert, when there is no tray to show it

    def __init__(self, backend: TrayBackend | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.menu = TrayMenu()  # parentless, as a tray icon's menu is: it goes with this object
        self.menu.setObjectName("tray_menu")
        self.destroyed.connect(self.menu.deleteLater)
        self._last: Alert | None = None  # the newest message out since the last click
        self._out = 0  # how many are out (only whether it is one matters)
        self._child_actions: list[QAction] = []
        self._build_menu()
        if self.backend is not None:
            self.backend.message_clicked.connect(self._message_clicked)
            self.backend.activated.connect(self.open_requested)

    @property
    def available(self) -> bool:
        return self.backend is not None and self.backend.available()

    def show(self) -> None:
        if self.backend is not None and self.backend.available():
            self.backend.show(self.menu)

    def hide(self) -> None:
        if self.backend is not None:
            self.backend.hide()

    def set_children(self, children: list[Child]) -> None:
        """Replace only the children's entries: rebuilding the whole menu on every refresh
        left a connection behind per action (memory grew with every refresh and sign-in)."""
        for action in self._child_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self._child_actions = []
        for child in children:
            action = QAction(menu_text(describe(child)), self.menu)
            action.triggered.connect(
                lambda _=False, c=child.contact_id: self.child_requested.emit(c)
            )
            self.menu.insertAction(self._children_end, action)
            self._child_actions.append(action)
        self._children_start.setVisible(bool(children))

    def _build_menu(self) -> None:
        self._add(lambda: arg(self.tr("Open %1"), APP_NAME), self.open_requested)
        self._children_start = self.menu.addSeparator()
        self._children_start.setVisible(False)
        self._children_end: QAction = self.menu.addSeparator()
        self._add(lambda: self.tr("Refresh"), self.refresh_requested)
        self._add(lambda: self.tr("Notification settings…"), self.settings_requested)
        self.menu.addSeparator()
        self._add(lambda: self.tr("Sign out"), self.sign_out_requested)
        self._add(lambda: self.tr("Quit"), self.quit_requested)

    def _add(self, words: Callable[[], str], signal: SignalInstance) -> QAction:
        action = self.menu.add_named(words)
        action.triggered.connect(signal)  # signal to signal: no Python slot to keep
        return action

    def alert(self, alert: Alert) -> None:
        """Show an alert in the tray, or in the window where there is no tray."""
        if self.backend is None or not self.backend.available():
            self.in_app_alert.emit(alert)
            return
        from ..core.notification_alerts import tray_text  # loaded by the watcher already

        self._last, self._out = alert, self._out + 1
        # The last step before the OS: whatever built the alert, no markup reaches the daemon.
        self.backend.show_message(tray_text(alert.title, 120), tray_text(alert.body))

    def _message_clicked(self) -> None:
        """The OS says that a message was clicked, not which one: with one message out, it is
        that one; with several (or one clicked again from the daemon's history) the
        notification list opens, so that no click opens a child the message did not name."""
        last, out = self._last, self._out
        self._last, self._out = None, 0
        if out == 1 and last is not None:
            self.alert_clicked.emit(last)
        else:
            self.list_requested.emit()

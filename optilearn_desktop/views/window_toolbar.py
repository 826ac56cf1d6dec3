"""The window's toolbar: the "Viewing" switcher, Refresh, the notification bell, notification
settings, the parent's name and Sign out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolBar, QToolButton, QWidget

from .child_switcher import ChildSwitcher
from .text import plain_label

# Sign out has no standard key; Ctrl+Shift+L ("leave") clashes with none of the app's keys.
SIGN_OUT_KEYS = "Ctrl+Shift+L"


class WindowToolbar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Child", parent)
        self.setObjectName("main_toolbar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setEnabled(False)
        self.switcher = ChildSwitcher()
        self.addWidget(self.switcher)
        self.refresh_action = self._action("&Refresh", "refresh_action", "Refresh (F5)")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.bell = QToolButton()
        self.bell.setObjectName("notification_bell")
        self.bell.setAutoRaise(True)
        self.bell.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.bell_action = self.addWidget(self.bell)  # toolbar widgets hide through it
        self.set_unread(0, enabled=False)
        self.settings_action = self._action(
            "S&ettings…", "settings_action", "Notification settings (Ctrl+,)"
        )
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.widgetForAction(self.settings_action).setAccessibleName("Notification settings")
        self.user_label = plain_label()
        self.user_label.setObjectName("user_label")
        self.addWidget(self.user_label)
        self.sign_out_action = self._action(
            "Sign &out", "sign_out_action", f"Sign out of OptiLearn ({SIGN_OUT_KEYS})"
        )
        self.sign_out_action.setShortcut(QKeySequence(SIGN_OUT_KEYS))

    def _action(self, text: str, name: str, tooltip: str) -> QAction:
        action = QAction(text.replace("&", ""), self)
        action.setObjectName(name)
        action.setToolTip(tooltip)
        action.setIconText(text)  # the button's text, with its "&" for Alt+letter
        self.addAction(action)
        self.keyboard_reachable(action)
        return action

    def keyboard_reachable(self, action: QAction) -> None:
        """The action's button takes Tab focus (a toolbar's buttons take none by default)."""
        button = self.widgetForAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(action.text())

    def set_unread(self, count: int, *, enabled: bool) -> None:
        self.bell.setEnabled(enabled)
        # Words, not an emoji bell: emoji fonts are missing on many desktops (a blank box).
        self.bell.setText(f"&Notifications ({count})" if count else "&Notifications")
        font = self.bell.font()
        font.setBold(bool(count))
        self.bell.setFont(font)
        label = f"Notifications, {count} unread" if count else "Notifications, none unread"
        self.bell.setAccessibleName(label)
        self.bell.setToolTip(label)

    def show_user(self, name: str) -> None:
        """The signed-in parent's name ("" when nobody is), and the session's actions."""
        self.user_label.setText(name)
        self.user_label.setToolTip("")
        self.user_label.setAccessibleName(f"Signed in as {name}" if name else "")
        self.sign_out_action.setEnabled(bool(name))
        self.refresh_action.setEnabled(bool(name))
        self.settings_action.setEnabled(bool(name))

    def use_big_sign_out(self, button: QPushButton) -> None:
        """Kiosk: a large Sign out button always in view, in place of the action."""
        action = self.sign_out_action
        self.removeAction(action)
        button.addAction(action)  # its Ctrl+Shift+L still works with the action off the bar
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        for widget in (_gap(12), button, _gap(8)):
            self.addWidget(widget)
        button.setEnabled(action.isEnabled())


def _gap(width: int) -> QWidget:
    gap = QWidget()
    gap.setFixedWidth(width)
    return gap

"""The window's toolbar: the "Viewing" switcher, Refresh, the notification bell, notification
settings, the parent's name and Sign out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolBar, QToolButton, QWidget

from ..core.formatting import number
from ..core.wording import arg, without_mnemonic
from .child_switcher import ChildSwitcher
from .retranslate import Retranslating
from .text import plain_label

# Sign out has no standard key; Ctrl+Shift+L ("leave") clashes with none of the app's keys.
SIGN_OUT_KEYS = "Ctrl+Shift+L"


class WindowToolbar(Retranslating, QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_toolbar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setEnabled(False)
        self.switcher = ChildSwitcher()
        self.addWidget(self.switcher)
        self.refresh_action = self._action("refresh_action")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.bell = QToolButton()
        self.bell.setObjectName("notification_bell")
        self.bell.setAutoRaise(True)
        self.bell.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.bell_action = self.addWidget(self.bell)  # toolbar widgets hide through it
        self._unread = 0
        # Actions other modules add (About, export): named again on a change of language.
        self._named: list[tuple[QAction, Callable[[], str], Callable[[], str]]] = []
        self.settings_action = self._action("settings_action")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.user_label = plain_label()
        self.user_label.setObjectName("user_label")
        self.addWidget(self.user_label)
        self.sign_out_action = self._action("sign_out_action")
        self.sign_out_action.setShortcut(QKeySequence(SIGN_OUT_KEYS))
        self.retranslate()
        self.set_unread(0, enabled=False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Child"))
        self._name_action(self.refresh_action, self.tr("&Refresh"), self.tr("Refresh (F5)"))
        self._name_action(
            self.settings_action, self.tr("S&ettings…"), self.tr("Notification settings (Ctrl+,)")
        )
        settings_button = self.widgetForAction(self.settings_action)
        if settings_button is not None:
            settings_button.setAccessibleName(self.tr("Notification settings"))
        self._name_action(
            self.sign_out_action,
            self.tr("Sign &out"),
            arg(self.tr("Sign out of OptiLearn (%1)"), SIGN_OUT_KEYS),
        )
        self.set_unread(self._unread, enabled=self.bell.isEnabled())
        self._name_user()
        for action, text, tooltip in self._named:
            self._name_action(action, text(), tooltip())

    def keep_named(
        self, action: QAction, text: Callable[[], str], tooltip: Callable[[], str]
    ) -> None:
        """Name an action on the bar now and after every change of language."""
        self._named.append((action, text, tooltip))
        self._name_action(action, text(), tooltip())

    def _action(self, name: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _name_action(self, action: QAction, text: str, tooltip: str) -> None:
        action.setText(without_mnemonic(text))
        action.setToolTip(tooltip)
        action.setIconText(text)  # the button's text, with its "&" for Alt+letter
        button = self.widgetForAction(action)
        if button is not None:  # None once taken off the bar (the kiosk's sign-out)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a toolbar's buttons take none
            button.setAccessibleName(action.text().rstrip("…"))

    def set_unread(self, count: int, *, enabled: bool) -> None:
        self._unread = count
        self.bell.setEnabled(enabled)
        # Words, not an emoji bell: emoji fonts are missing on many desktops (a blank box).
        shown = number(count)
        self.bell.setText(
            arg(self.tr("&Notifications (%1)"), shown) if count else self.tr("&Notifications")
        )
        font = self.bell.font()
        font.setBold(bool(count))
        self.bell.setFont(font)
        label = (
            arg(self.tr("Notifications, %1 unread"), shown)
            if count
            else self.tr("Notifications, none unread")
        )
        self.bell.setAccessibleName(label)
        self.bell.setToolTip(label)

    def show_user(self, name: str) -> None:
        """The signed-in parent's name ("" when nobody is), and the session's actions."""
        self.user_label.setText(name)
        self.user_label.setToolTip("")
        self._name_user()
        self.sign_out_action.setEnabled(bool(name))
        self.refresh_action.setEnabled(bool(name))
        self.settings_action.setEnabled(bool(name))

    def _name_user(self) -> None:
        name = self.user_label.text()
        self.user_label.setAccessibleName(arg(self.tr("Signed in as %1"), name) if name else "")

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

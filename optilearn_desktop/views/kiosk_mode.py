"""Kiosk mode's part of the window: full screen, a large Sign out always in view, no bell,
certificates listed but not opened, the idle watch with its countdown, and the wipe that
leaves nothing of one parent for the next (docs/kiosk.md)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QPixmapCache
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QWidget

from .formatting import duration_words
from .idle_prompt import IdlePrompt
from .idle_watch import IdleWatch

if TYPE_CHECKING:
    from ..core.kiosk_policy import KioskPolicy
    from .main_window import MainWindow


def _gap(width: int) -> QWidget:
    gap = QWidget()
    gap.setFixedWidth(width)
    return gap


class KioskMode(QObject):
    def __init__(
        self, window: MainWindow, policy: KioskPolicy, monotonic: Callable[[], float]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.policy = policy
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        window.bell_action.setVisible(False)  # no notifications on a shared computer
        self.sign_out_button = self._big_sign_out(window)
        window.certificates_page.set_kiosk()
        self.prompt = IdlePrompt()
        window.overview_view.layout().insertWidget(0, self.prompt)
        self.watch = IdleWatch(policy.idle_timeout_s, policy.countdown_s, now=monotonic)
        self.watch.setParent(self)
        self.watch.countdown.connect(self._countdown)
        self.watch.resumed.connect(self.prompt.clear)
        self.watch.expired.connect(self._expired)
        self.prompt.still_here.connect(self.watch.reset)
        self.watch.start()
        if policy.problem:  # for the school's IT: the policy file needs fixing
            window.notice_label.setText(policy.problem)

    @staticmethod
    def _big_sign_out(window: MainWindow) -> QPushButton:
        action = window.sign_out_action
        window.toolbar.removeAction(action)
        button = QPushButton("Sign out")  # a real button, framed in any style
        button.setObjectName("kiosk_sign_out")
        button.setAccessibleName("Sign out")
        button.setToolTip("Sign out and clear this computer for the next parent")
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        button.setMinimumSize(160, 44)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        button.setFont(font)
        for widget in (_gap(12), button, _gap(8)):
            window.toolbar.addWidget(widget)
        return button

    def _countdown(self, seconds: int) -> None:
        if self.window.session.client is not None:
            self.prompt.show_countdown(seconds)

    def _expired(self) -> None:
        window = self.window
        if window.session.client is not None or window.data is not None:
            window.sign_out(
                f"You were signed out after {duration_words(self.policy.idle_timeout_s)} "
                "without activity."
            )
        else:  # nobody signed in: forget a half-typed email or password
            self.wipe()
            if window.sign_in_dialog is not None:
                window.sign_in_dialog.clear_form()

    def wipe(self) -> None:
        """Nothing of the last parent may be left for the next one to find."""
        window = self.window
        for _ in range(8):  # nested popups (a menu's submenu, a combo's list) close inside-out
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget is window or widget is window.sign_in_dialog:
                continue
            if isinstance(widget, QDialog | QMenu) and widget.isVisible():
                widget.close()
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():  # X11's middle-click selection
            clipboard.clear(QClipboard.Mode.Selection)
        if clipboard.supportsFindBuffer():  # macOS
            clipboard.clear(QClipboard.Mode.FindBuffer)
        QPixmapCache.clear()
        window.tabs.setCurrentIndex(0)
        self.prompt.clear()
        window.alert_banner.clear()
        window.statusBar().clearMessage()
        self.watch.reset()
        gc.collect()  # the last parent's objects go now, not at some later collection

    def stop(self) -> None:
        self.watch.stop()

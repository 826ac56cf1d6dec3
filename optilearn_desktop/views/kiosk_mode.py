"""Kiosk mode's part of the window: full screen, a large Sign out always in view, no bell,
certificates listed but not opened, the idle watch with its countdown, and the wipe that
leaves nothing of one parent for the next (docs/kiosk.md)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QPixmapCache
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QWidget

from ..core.formatting import duration_words
from ..core.wording import Later, arg
from .idle_prompt import IdlePrompt
from .idle_watch import IdleWatch
from .retranslate import Retranslating
from .text import emphasize

if TYPE_CHECKING:
    from ..core.kiosk_policy import KioskPolicy


class KioskWindow(Protocol):
    """What kiosk mode needs of the window."""

    def set_kiosk_chrome(self, prompt: QWidget, sign_out: QPushButton) -> None: ...

    def set_notice(self, words: object) -> None: ...

    def wipe(self) -> None: ...


class KioskMode(QObject):
    sign_out_requested = Signal(str)  # the idle timeout ran out on a signed-in parent: why
    forget_typing_requested = Signal()  # ... or on a half-filled sign-in form

    def __init__(
        self,
        window: KioskWindow,
        policy: KioskPolicy,
        monotonic: Callable[[], float],
        signed_in: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.policy = policy
        self._signed_in = signed_in
        self.prompt = IdlePrompt()
        self.sign_out_button = BigSignOut()
        window.set_kiosk_chrome(self.prompt, self.sign_out_button)
        self.watch = IdleWatch(policy.idle_timeout_s, policy.countdown_s, now=monotonic)
        self.watch.setParent(self)
        self.watch.countdown.connect(self._countdown)
        self.watch.resumed.connect(self.prompt.clear)
        self.watch.expired.connect(self._expired)
        self.prompt.still_here.connect(self.watch.reset)
        self.watch.start()
        if policy.problem:  # for the school's IT: the policy file needs fixing
            window.set_notice(Later(lambda: policy.problem))

    def _countdown(self, seconds: int) -> None:
        if self._signed_in():
            self.prompt.show_countdown(seconds)

    def idle_words(self) -> str:
        """Why the parent was signed out, for the fresh sign-in form."""
        return arg(
            self.tr("You were signed out after %1 without activity."),
            duration_words(self.policy.idle_timeout_s),
        )

    def _expired(self) -> None:
        if self._signed_in():
            self.sign_out_requested.emit(self.idle_words())
        else:  # nobody signed in: forget a half-typed email or password
            self.wipe()
            self.forget_typing_requested.emit()

    def wipe(self) -> None:
        """Nothing of the last parent may be left for the next one to find."""
        for _ in range(8):  # nested popups (a menu's submenu, a combo's list) close inside-out
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "sign_in_dialog":  # the next parent's form stays
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
        self.window.wipe()
        self.prompt.clear()
        self.watch.reset()
        gc.collect()  # the last parent's objects go now, not at some later collection

    def stop(self) -> None:
        self.watch.stop()


class BigSignOut(Retranslating, QPushButton):
    """A real Sign out button, framed in any style, in place of the toolbar's action."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kiosk_sign_out")
        self.setMinimumSize(160, 44)
        emphasize(self, 1.4)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Sign &out"))
        self.setAccessibleName(self.tr("Sign out"))
        self.setToolTip(self.tr("Sign out and clear this computer for the next parent"))

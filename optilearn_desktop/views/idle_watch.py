"""Kiosk idle watch: how long since the last keyboard, mouse, wheel or touch input anywhere in
the app, with a countdown over the last seconds before the idle sign-out.

Time comes from an injectable monotonic clock (wall-clock jumps must not sign anyone out; tests
pass a fake). Input is seen by an application-wide event filter, and cursor movement by comparing
the cursor position on every tick, because plain mouse moves reach no widget that does not track
the mouse.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatch(QObject):
    """Emits `countdown(seconds_left)` once a second over the last `countdown_s` seconds,
    `resumed` when input cancels a countdown, and `expired` when the time is up (once; the
    watch then starts over)."""

    countdown = Signal(int)
    resumed = Signal()
    expired = Signal()

    def __init__(
        self,
        timeout_s: float,
        countdown_s: float,
        *,
        now: Callable[[], float] = time.monotonic,
        tick_ms: int = 250,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.countdown_s = min(countdown_s, timeout_s)
        self._now = now
        self._last_input = now()
        self._cursor: QPoint | None = None
        self._shown: int | None = None  # seconds left last announced, None outside a countdown
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    @property
    def counting_down(self) -> bool:
        return self._shown is not None

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._cursor = QCursor.pos()
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def reset(self) -> None:
        """Input: the parent is here. Cancels a running countdown."""
        self._last_input = self._now()
        if self._shown is not None:
            self._shown = None
            self.resumed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.reset()
        return False  # only watching: every event goes on to its widget

    def check(self) -> None:
        cursor = QCursor.pos()
        if cursor != self._cursor:
            self._cursor = cursor
            self.reset()
        left = self.timeout_s - (self._now() - self._last_input)
        if left <= 0:
            self._shown = None
            self._last_input = self._now()  # start over (the sign-in form is idle too)
            self.expired.emit()
        elif left <= self.countdown_s:
            seconds = math.ceil(left)
            if seconds != self._shown:
                self._shown = seconds
                self.countdown.emit(seconds)

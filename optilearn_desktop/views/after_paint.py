"""Run something once a window's next frame is on screen: the saved overview first, then the
work that would hold that frame back (the first requests, the tabs not in view)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window's UpdateRequest paints the whole frame, its children included; a queued
        # call made while it is handled runs once it is done.
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._next_turn)
        return False

    def _next_turn(self) -> None:
        # One turn more: whoever else waits for this frame's end (the start-up trace) is told
        # before the work that follows it starts.
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        self.deleteLater()
        if callback is not None:
            callback()


def after_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """`callback` once `widget`'s window has painted its next frame; at once when that window
    is not on screen (started in the tray, or closed), where no frame would come."""
    window = widget.window()
    if not window.isVisible():
        callback()
        return
    window.update()  # a frame is due even if nothing on screen changed
    _AfterPaint(window, callback)

"""Run something once a window's next frame is on screen: the saved overview first, then the
work that would hold that frame back (the first requests, the tabs not in view)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        # Held weakly when it is a method: this object lives in the window's Qt tree, which
        # Python's collector cannot see through, so a strong reference would keep the
        # method's owner (and the window) alive if no frame ever comes.
        self._callback: Callable[[], Callable[[], None] | None] = (
            weakref.WeakMethod(callback) if hasattr(callback, "__self__") else (lambda: callback)
        )
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window's UpdateRequest paints the whole frame, its children included; a queued
        # call made while it is handled runs once it is done. Hidden first (to the tray,
        # closed): no frame will come, so the work goes ahead.
        kind = event.type()
        if kind in (QEvent.Type.UpdateRequest, QEvent.Type.Paint, QEvent.Type.Hide):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._next_turn)
        return False

    def _next_turn(self) -> None:
        # One turn more: whoever else waits for this frame's end (the start-up trace) is told
        # before the work that follows it starts.
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        callback = self._callback()
        self._callback = lambda: None
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


def paint_follower(widget: QWidget) -> Callable[[Callable[[], None]], None]:
    """`after_paint` for `widget`, holding it weakly: given to a Qt child of the widget (the
    presenter), a strong reference back would keep a closed window alive."""
    held = weakref.ref(widget)

    def follow(fn: Callable[[], None]) -> None:
        shown = held()
        if shown is not None:
            after_paint(shown, fn)

    return follow

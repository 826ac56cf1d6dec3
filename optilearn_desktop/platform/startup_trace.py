"""Start-up tracing for benchmarks: with `OPTILEARN_DESKTOP_TRACE_START=<epoch seconds>` (when
the launcher started the process), stderr gets one line each when the window's first frame is
complete and when the first frame showing a child's overview is:

    TRACE first_paint 0.152
    TRACE first_overview 0.361 network_answered=0

"Complete" is the next turn of the event loop after the window's paint event: Qt paints the
window first and its child widgets (the tables, the cards) after it in the same frame.

The composition root switches it on (`trace_window`); it watches the window's own events and
its public `overview_shown` signal, so no product class carries it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "OPTILEARN_DESKTOP_TRACE_START"


def start_from_env() -> float | None:
    """The launcher's start time, or None when no trace was asked for."""
    try:
        start = float(os.environ.get(ENV, "") or 0)
    except ValueError:
        return None
    return start if start > 0 else None


class StartupTrace(QObject):
    """Watches one window (an event filter on it alone, not on the application)."""

    def __init__(self, start: float, window: QWidget, answered: Callable[[], bool]) -> None:
        super().__init__(window)
        self.start = start
        self._window = window
        self._answered = answered
        self._reported: set[str] = set()
        self._overview_rendered = False
        window.installEventFilter(self)
        # Typed as a QWidget: the signal is MainWindow's, and platform may not import views.
        window.overview_shown.connect(self._overview_shown)  # type: ignore[attr-defined]

    @property
    def done(self) -> bool:
        return {"first_paint", "first_overview"} <= self._reported

    def _overview_shown(self, _child_id: str) -> None:
        if not self._overview_rendered:
            self._overview_rendered = True
            self._window.update()  # a frame is due even if nothing on screen changed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self._report("first_paint", "")
        # Every repaint inside the window starts with an UpdateRequest to it, whereas its own
        # Paint event is skipped when opaque children cover the whole window.
        if self._overview_rendered and kind in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self._report("first_overview", f" network_answered={int(self._answered())}")
        if self.done:
            self._window.removeEventFilter(self)
        return False

    def _report(self, name: str, extra: str) -> None:
        if name not in self._reported:
            self._reported.add(name)
            QTimer.singleShot(0, lambda: self._print(name, extra))  # after the whole frame

    def _print(self, name: str, extra: str) -> None:
        print(f"TRACE {name} {time.time() - self.start:.4f}{extra}", file=sys.stderr)
        sys.stderr.flush()


def trace_window(window: QWidget, answered: Callable[[], bool]) -> StartupTrace | None:
    """Switch tracing on for `window` when the launcher asked for it. `answered`: whether the
    server has answered the first refresh by the time an overview is painted."""
    start = start_from_env()
    return None if start is None else StartupTrace(start, window, answered)

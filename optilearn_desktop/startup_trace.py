"""Start-up tracing for benchmarks: with `OPTILEARN_DESKTOP_TRACE_START=<epoch seconds>` (when
the launcher started the process), the window prints to stderr, once each, when its first frame
is complete and when the first frame showing a child's overview is:

    TRACE first_paint 0.152
    TRACE first_overview 0.361 network_answered=0

"Complete" is the next turn of the event loop after the window's paint event: Qt paints the
window first and its child widgets (the tables, the cards) after it in the same frame, so the
paint event alone would come before the overview's own pixels. benchmarks/bare_window.py reports
the same way.

benchmarks/window.py starts the real program as a user does and reads these lines; watching it
with an application-wide event filter instead costs ~25 ms of Python per start (a wrapper for
every object that receives an event), which the real program never pays.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

ENV = "OPTILEARN_DESKTOP_TRACE_START"


class StartupTrace:
    def __init__(self, start: float) -> None:
        self.start = start
        self._reported: set[str] = set()
        self._overview_rendered = False

    @classmethod
    def from_env(cls) -> StartupTrace | None:
        try:
            start = float(os.environ.get(ENV, "") or 0)
        except ValueError:
            return None
        return cls(start) if start > 0 else None

    @property
    def done(self) -> bool:
        return {"first_paint", "first_overview"} <= self._reported

    def overview_rendered(self, _child_id: str = "") -> None:
        self._overview_rendered = True

    def painted(self, window: Any) -> None:
        """At a paint of the window: report what this frame is the first of, once it is
        complete."""
        self._report("first_paint", "")
        if self._overview_rendered:
            client = getattr(getattr(window, "session", None), "client", None)
            answered = client is not None and not window.tasks.is_running("children")
            self._report("first_overview", f" network_answered={int(answered)}")

    def _report(self, name: str, extra: str) -> None:
        if name not in self._reported:
            self._reported.add(name)
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: self._print(name, extra))  # after the whole frame

    def _print(self, name: str, extra: str) -> None:
        print(f"TRACE {name} {time.time() - self.start:.4f}{extra}", file=sys.stderr)
        sys.stderr.flush()

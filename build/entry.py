"""PyInstaller entry script of the OptiLearn Desktop bundle.

The bundle's executable is also the interpreter the app knows (`sys.executable`), so one
re-entry is routed here before the app's own command line is parsed:

- `-m optilearn_reference ...`: `DemoServer` (used by `--demo`) starts the reference backend
  as `sys.executable -m optilearn_reference`; frozen, that is this executable again.

`OPTILEARN_BENCH_FIRST_PAINT=<epoch seconds>` (benchmarks/bundle.py only): print
`FIRST_PAINT <seconds since then>` when the main window first paints, then close it.
"""

from __future__ import annotations

import os
import sys


def _first_paint_probe(start: float) -> None:
    """Same method as benchmarks/window.py: an application-wide event filter, installed before
    `main()` builds its window, sees the main window's first Paint event."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj.objectName() == "main_window":
                print(f"FIRST_PAINT {time.time() - start:.4f}", flush=True)
                app.removeEventFilter(self)
                QTimer.singleShot(0, obj.close)  # type: ignore[attr-defined]
            return False

    probe = FirstPaint(app)
    app.installEventFilter(probe)


def run() -> int:
    if sys.platform == "win32" and sys.stdout is None:  # windowed build started from a shell
        from optilearn_desktop.platform.app_id import attach_parent_console

        attach_parent_console()
    args = sys.argv[1:]
    if args[:2] == ["-m", "optilearn_reference"]:
        from optilearn_reference.cli import main as demo_main

        sys.argv = ["optilearn-demo-server", *args[2:]]
        return demo_main()
    bench = os.environ.get("OPTILEARN_BENCH_FIRST_PAINT")
    if bench:
        _first_paint_probe(float(bench))
    from optilearn_desktop.app import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())

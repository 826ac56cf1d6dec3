"""The yardstick: a bare PySide6 QMainWindow, 1280x800, beside which every budget is measured.

    python benchmarks/bare_window.py            show it until closed
    python benchmarks/bare_window.py --version  print a version, no Qt loaded

It speaks the app's start-up trace: with `OPTILEARN_DESKTOP_TRACE_START=<epoch seconds>` it
prints `TRACE first_paint <seconds since then>` on stderr once its first frame is complete (the
next event-loop turn after its paint event, as the app reports), then quits. It imports nothing
beyond PySide6, so no benchmark module counts as the bare window's start-up. The same script is
the bare bundle (`python build/build.py --bare`, benchmarks/bundle.py).
"""

import os
import sys
import time


def main() -> int:
    if "--version" in sys.argv[1:]:
        print("bare-window 1.0")
        return 0
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    start = float(os.environ.get("OPTILEARN_DESKTOP_TRACE_START") or 0)

    def report() -> None:
        print(f"TRACE first_paint {time.time() - start:.4f}", file=sys.stderr, flush=True)
        app.quit()

    class Window(QMainWindow):
        reported = False

        def paintEvent(self, event):
            super().paintEvent(event)
            if start and not self.reported:
                self.reported = True
                QTimer.singleShot(0, report)

    window = Window()
    window.setObjectName("main_window")
    window.setWindowTitle("Bare window")
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

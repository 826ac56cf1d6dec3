"""A bare PySide6 QMainWindow: the yardstick bundle (`python build/build.py --bare`).

    bare-window             show an empty 1280x800 QMainWindow until closed
    bare-window --version   print a version and exit without loading Qt

`OPTILEARN_BENCH_FIRST_PAINT=<epoch seconds>`: print `FIRST_PAINT <seconds since then>` at the
window's first paint and quit (what benchmarks/bundle.py measures, as for the app bundle).
"""

from __future__ import annotations

import os
import sys
import time


def main() -> int:
    if "--version" in sys.argv[1:]:
        print("bare-window 1.0")
        return 0
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setObjectName("main_window")
    window.setWindowTitle("Bare window")
    bench = os.environ.get("OPTILEARN_BENCH_FIRST_PAINT")

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window and bench:
                print(f"FIRST_PAINT {time.time() - float(bench):.4f}", flush=True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint()
    window.installEventFilter(probe)
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

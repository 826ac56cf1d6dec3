"""The baseline: a bare PySide6 QMainWindow, 1280x800, reporting its first paint.

    python benchmarks/bare_window.py START

Imports nothing but what it needs (no argparse, json or statistics: the benchmark's own
modules would otherwise be counted as the bare window's start-up). Prints
`RESULT {"first_paint": seconds since START, "rss_mib": peak RSS}` and exits.
"""

import sys
import time


def main(start: float) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])

    class Window(QMainWindow):
        """Reports once its first frame is complete (the next event-loop turn after its paint
        event), as the app's start-up trace does."""

        def paintEvent(self, event):
            super().paintEvent(event)
            if not hasattr(self, "reported"):
                self.reported = True
                QTimer.singleShot(0, report)

    def report():
        painted = time.time() - start
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f'RESULT {{"first_paint": {painted}, "rss_mib": {rss}}}', flush=True)
        app.quit()

    window = Window()
    window.resize(1280, 800)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(float(sys.argv[1]))

"""Shows one alert through the app's own tray path (TrayController + QtTray) on a real X
server with a StatusNotifierWatcher; run by test_real_tray.py under xvfb-run + dbus-run-session."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from optilearn_desktop.core.notification_alerts import Alert
from optilearn_desktop.platform.icons import application_icon
from optilearn_desktop.views.tray import QtTray, TrayController


def spin(app: QApplication, seconds: float, until=lambda: False) -> None:
    loop = QEventLoop()  # an instance call: see tests/views/test_qt_binding.py
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not until():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main() -> int:
    app = QApplication(sys.argv[:1])
    spin(app, 10, QSystemTrayIcon.isSystemTrayAvailable)
    tray = TrayController(QtTray(application_icon()))
    print(f"available={tray.available}", flush=True)
    if not tray.available:
        return 3
    tray.show()
    spin(app, 1)
    tray.alert(
        Alert(
            "Ananya Sharma: assignment graded", "Quiz 4 <b>42/50</b> &amp; more", "ct_1", None, ()
        )
    )
    spin(app, 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

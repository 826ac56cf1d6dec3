"""Start the app as a remembered parent and report what its window showed first.

Run under a D-Bus session with an unlocked gnome-keyring, after remembered_first_run.py; argv:
server URL. Prints one line of JSON: the first overview on screen (and whether the server had
answered by then), then the state once the server's answer is on screen."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from optilearn_desktop.app import main as app_main
from optilearn_desktop.app import network_answered


def titles(window) -> list[str]:
    model = window.courses_page.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def main(server: str) -> int:
    app = QApplication(sys.argv[:1])  # the app adopts it; the watch needs it first
    report: dict[str, object] = {}

    def watch() -> None:
        window = next((w for w in app.topLevelWidgets() if w.objectName() == "main_window"), None)
        shown = (
            window is not None
            and getattr(window, "overview_view", None) is not None
            and window.stack.currentWidget() is window.overview_view
            and window.courses_page.table.model().rowCount() > 0
        )
        if shown and "first" not in report:
            report["first"] = {
                "titles": titles(window),
                "age": window.courses_page.age_label.text(),
                "refreshing": not network_answered(window),  # the server not yet heard
            }
        if shown and network_answered(window) and not window.tasks.is_running("overview"):
            report["answered"] = {"titles": titles(window)}
            window.quit_app()
            return
        QTimer.singleShot(10, watch)

    QTimer.singleShot(0, watch)
    code = app_main(["--server", server])
    print("PROBE " + json.dumps(report), flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))

"""Start the app as a remembered parent and report what its window's first paint showed.

Run under a D-Bus session with an unlocked gnome-keyring, after remembered_first_run.py; argv:
server URL. Prints one line of JSON: the first paint's state, then the state once the server's
answer is on screen."""

from __future__ import annotations

import gc
import json
import sys

from optilearn_desktop import saved_start


def titles(window) -> list[str]:
    model = window.courses_page.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def overview_type(window) -> str:
    """The class the first child's saved overview is held in (records, then the models)."""
    state = window.data.state(window.current_child) if window.data is not None else None
    return type(state.overview).__name__ if state is not None else ""


def main(server: str) -> int:
    """Qt is not loaded before `app.main` (as when a user starts the app: the start-up read
    starts before Qt); the watch is installed once the window exists, before its first paint."""
    from optilearn_desktop.app import main as app_main

    report: dict[str, object] = {}
    paint_saved_first = saved_start.paint_saved_first

    def watched(window, early) -> None:
        report["read_in"] = type(early._read).__name__
        install_watch()
        paint_saved_first(window, early)

    saved_start.paint_saved_first = watched
    settle_saved = saved_start.settle_saved

    def settled(window, early) -> None:
        # Right after the frame is painted: had anything built PySide6's `Qt` namespace enums
        # (~13 ms of the start; views/qt_values.py)? PySide6 adds the class to the module
        # only when it builds it, so looking does not build it.
        report["qt_namespace_before_paint"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
        report["gc_after_paint"] = gc.isenabled()  # resting only until the first frame
        from PySide6.QtWidgets import QApplication

        report["window_icon_after_paint"] = not QApplication.windowIcon().isNull()
        settle_saved(window, early)

    saved_start.settle_saved = settled

    watches: list[object] = []

    def install_watch() -> None:
        """Qt is loaded by now (the window exists); importing it earlier would have kept the
        start-up read from running in a child process."""
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        class Watch(QObject):
            def eventFilter(self, obj, event):
                if (
                    event.type() == QEvent.Type.Paint
                    and obj.isWidgetType()
                    and obj.objectName() == "main_window"
                    and "first_paint" not in report
                ):
                    attached = hasattr(obj, "courses_page")  # False: the bare frame painted
                    report["first_paint"] = {
                        "on_overview": attached and obj.stack.currentWidget() is obj.overview_view,
                        "titles": titles(obj) if attached else [],
                        "age": obj.courses_page.age_label.text() if attached else "",
                        # The services are attached only after the first paint.
                        "client": getattr(obj, "session", None) is not None
                        and obj.session.client is not None,
                        "keyring_loaded": "keyring" in sys.modules,
                        "httpx_loaded": "httpx" in sys.modules,
                        "pydantic_loaded": "pydantic" in sys.modules,
                        "overview_type": overview_type(obj),
                        "gc_enabled": gc.isenabled(),
                        # The window icon follows the frame: QIcon is not built yet.
                        "qicon_built": "QIcon" in vars(sys.modules["PySide6.QtGui"]),
                    }

                    def poll() -> None:  # until the server's answer is on screen, then quit
                        if "adopted" not in report:  # the first turn of the event loop
                            report["adopted"] = {
                                "overview_type": overview_type(obj),
                                "titles": titles(obj),
                                "answered": obj.data is not None and obj.data.client is not None,
                            }
                        if (
                            obj.data is not None
                            and obj.data.client is not None
                            and not (
                                obj.tasks.is_running("children") or obj.tasks.is_running("overview")
                            )
                        ):
                            report["answered"] = {"titles": titles(obj)}
                            obj.quit_app()
                        else:
                            QTimer.singleShot(50, poll)

                    QTimer.singleShot(50, poll)
                return False

        watches.append(Watch())
        QApplication.instance().installEventFilter(watches[0])

    code = app_main(["--server", server])
    print("PROBE " + json.dumps(report), flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))

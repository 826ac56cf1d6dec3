"""Kiosk cycles through the real entry point (`optilearn_desktop.app.main --kiosk`): a parent
signs in through the dialog, the overview loads, every tab is opened, the large Sign out wipes;
parents take turns. Prints one JSON line: RSS at checkpoints, whether anything was resumed.

Run by benchmarks/kiosk.py (300 cycles) and by tests/app/test_kiosk_real_keyring.py (a few
cycles, real Secret Service). argv: server URL, accounts as JSON, cycles.
"""

from __future__ import annotations

import json
import os
import sys

CHECKPOINTS = (1, 10, 50, 100, 200, 300)


def rss_mib() -> float:
    """Resident set size now (not the peak): /proc on Linux, the peak elsewhere."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def drive(server: str, accounts: list[dict], cycles: int) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from optilearn_desktop.app import main

    state = {"step": "dialog", "cycle": 0}
    found: dict = {"rss": {}, "resumed": False, "full_screen": False}

    def window():  # type: ignore[no-untyped-def]
        return next((w for w in app.topLevelWidgets() if w.objectName() == "main_window"), None)

    def loaded(w) -> bool:  # type: ignore[no-untyped-def]
        current = w.presenter.state_of_current()
        return (
            current is not None
            and bool(current.updated_at)
            and not w.tasks.is_running("overview")
            and not w.tasks.is_running("children")
        )

    def step() -> None:
        w = window()
        if w is None or w.flow is None:  # not attached yet
            return
        if state["step"] == "dialog":
            if w.session.client is not None and w.flow.dialog is None:
                found["resumed"] = True  # a remembered sign-in was used: must never happen
            dialog = w.flow.dialog
            if dialog is None or not dialog.isVisible() or w.tasks.is_running("sign_out"):
                return
            found["full_screen"] = w.isFullScreen()
            account = accounts[state["cycle"] % len(accounts)]
            dialog.institution.setText(account["institution_slug"])
            dialog.email.setText(account["email"])
            dialog.password.setText(account["password"])
            dialog.attempt()
            state["step"] = "overview"
        elif state["step"] == "overview":
            if w.flow.dialog is not None or not loaded(w):
                return
            for index in range(w.tabs.count()):
                w.tabs.setCurrentIndex(index)
            w.kiosk_mode.sign_out_button.click()
            state["step"] = "signed_out"
        elif state["step"] == "signed_out":
            if w.tasks.is_running("sign_out") or w.flow.dialog is None:
                return
            state["cycle"] += 1
            if state["cycle"] in CHECKPOINTS or state["cycle"] == cycles:
                found["rss"][state["cycle"]] = rss_mib()
            if state["cycle"] >= cycles:
                timer.stop()
                w.quit_app()
                return
            state["step"] = "dialog"

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(step)
    timer.start()
    found["exit_code"] = main(["--kiosk", "--server", server])
    found["cycles"] = state["cycle"]
    return found


if __name__ == "__main__":
    result = drive(sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]))
    print("RESULT " + json.dumps(result), flush=True)

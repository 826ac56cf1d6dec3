"""Kiosk memory: RSS after 300 sign-in/sign-out cycles against RSS after the first 10
(budget: within 5 %), beside a bare PySide6 window measured in the same run.

Each cycle is what a front-office PC sees: a parent signs in through the real dialog of the
real entry point (`optilearn_desktop.app.main --kiosk`), the overview loads from the reference
backend, every tab is opened, then the large Sign out button wipes everything. Parents
alternate between a three-children and a one-child household.

    python benchmarks/kiosk.py [--cycles 300]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
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


def child_bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    result: dict[str, float] = {}

    def measure() -> None:
        result["rss_mib"] = rss_mib()
        app.quit()

    QTimer.singleShot(300, measure)
    app.exec()
    print("RESULT " + json.dumps(result), flush=True)


def child_kiosk(server: str, accounts: list[dict], cycles: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from optilearn_desktop.app import main

    state = {"step": "dialog", "cycle": 0}
    rss: dict[int, float] = {}

    def window():  # type: ignore[no-untyped-def]
        return next(
            (w for w in app.topLevelWidgets() if w.objectName() == "main_window"),
            None,
        )

    def loaded(w) -> bool:  # type: ignore[no-untyped-def]
        current = w.state_of_current()
        return (
            current is not None
            and bool(current.updated_at)
            and not w.tasks.is_running("overview")
            and not w.tasks.is_running("children")
        )

    def drive() -> None:
        w = window()
        if w is None or not hasattr(w, "session"):
            return
        if state["step"] == "dialog":
            dialog = w.sign_in_dialog
            if dialog is None or not dialog.isVisible() or w.tasks.is_running("sign_out"):
                return
            account = accounts[state["cycle"] % len(accounts)]
            dialog.institution.setText(account["institution_slug"])
            dialog.email.setText(account["email"])
            dialog.password.setText(account["password"])
            dialog.attempt()
            state["step"] = "overview"
        elif state["step"] == "overview":
            if w.sign_in_dialog is not None or not loaded(w):
                return
            for index in range(w.tabs.count()):
                w.tabs.setCurrentIndex(index)
            w.kiosk_sign_out.click()
            state["step"] = "signed_out"
        elif state["step"] == "signed_out":
            if w.tasks.is_running("sign_out") or w.sign_in_dialog is None:
                return
            state["cycle"] += 1
            if state["cycle"] in CHECKPOINTS or state["cycle"] == cycles:
                rss[state["cycle"]] = rss_mib()
            if state["cycle"] >= cycles:
                timer.stop()
                w.quit_app()
                return
            state["step"] = "dialog"

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(drive)
    timer.start()
    main(["--kiosk", "--server", server])
    print("RESULT " + json.dumps({"rss": rss}), flush=True)


def run_child(args: list[str], env: dict[str, str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"child {args[:1]} failed:\n{out.stderr[-3000:]}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=300)
    parser.add_argument("--child")
    parser.add_argument("--server")
    parser.add_argument("--accounts")
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return 0
    if args.child == "kiosk":
        child_kiosk(args.server, json.loads(args.accounts), args.cycles)
        return 0

    from optilearn_desktop.demo.process import DemoServer

    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "OPTILEARN_DESKTOP_HOME": home,  # a kiosk writes nothing; checked below
        }
        with DemoServer() as demo:
            accounts = [demo.account("parent_three"), demo.account("parent_one")]
            bare = run_child(["bare"], env)
            result = run_child(
                [
                    "kiosk",
                    "--server",
                    demo.lms_url,
                    "--accounts",
                    json.dumps(accounts),
                    "--cycles",
                    str(args.cycles),
                ],
                env,
            )
            bare_after = run_child(["bare"], env)
        written = [str(p) for p in Path(home).rglob("*")]
    rss = {int(k): v for k, v in result["rss"].items()}
    first, last = rss[10], rss[max(rss)]
    growth = (last - first) / first * 100
    print(
        f"\nOptiLearn Desktop kiosk memory ({max(rss)} sign-in/sign-out cycles, "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})\n"
    )
    print(f"{'measure':<46}{'MiB':>10}")
    print("-" * 56)
    bare_rss = (bare["rss_mib"] + bare_after["rss_mib"]) / 2
    print(f"{'bare QMainWindow, shown (before/after)':<46}{bare_rss:>10.1f}")
    for cycle in sorted(rss):
        print(f"{f'kiosk RSS after cycle {cycle}':<46}{rss[cycle]:>10.1f}")
    print(f"{'growth from cycle 10 to the last':<46}{growth:>9.1f}%   (budget: within 5 %)")
    print(f"{'files written under the app folders':<46}{len(written):>10}")
    ok = abs(growth) <= 5 and not written
    print("\nbudget:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

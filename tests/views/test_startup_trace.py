"""The start-up trace the window benchmark reads: one line per first, from the window's own
paints, only when asked for (the composition root switches it on with `trace_window`)."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QTimer

from optilearn_desktop.app import network_answered
from optilearn_desktop.platform.startup_trace import ENV, trace_window

from .conftest import fill_sign_in, overview_loaded


def traces(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in re.finditer(r"^TRACE (\S+) (.*)$", text, re.M)}


def traced_sign_in(make_window, demo, qtbot, key: str):
    """A window traced as app.py traces it, signed in through the real dialog."""
    window = make_window()
    trace = trace_window(window, lambda: network_answered(window))
    fill_sign_in(qtbot, window, demo.account(key))
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    return window, trace


def test_first_paint_and_first_overview_are_reported_once(
    make_window, demo, monkeypatch, capfd, qtbot
):
    monkeypatch.setenv(ENV, repr(time.time()))
    window, trace = traced_sign_in(make_window, demo, qtbot, "parent_three")
    err: list[str] = []
    qtbot.waitUntil(
        lambda: err.append(capfd.readouterr().err) or "first_overview" in traces("".join(err)),
        timeout=5_000,
    )
    assert set(traces("".join(err))) == {"first_paint", "first_overview"}
    window.update()
    window.repaint()
    # A report would come on the event loop's next turn after its frame: wait for that turn.
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(True))
    qtbot.waitUntil(lambda: bool(turned), timeout=1_000)
    assert traces(capfd.readouterr().err) == {}  # each reported once only
    assert trace is not None and trace.done


def test_the_trace_reports_seconds_since_the_launcher_started(
    make_window, demo, monkeypatch, capfd, qtbot
):
    started = time.time() - 5.0  # as if the launcher spawned the process 5 s ago
    monkeypatch.setenv(ENV, repr(started))
    traced_sign_in(make_window, demo, qtbot, "parent_one")
    # The overview is on screen; the frame that shows it (and reports it) is the next one.
    err: list[str] = []
    qtbot.waitUntil(
        lambda: err.append(capfd.readouterr().err) or "first_overview" in traces("".join(err)),
        timeout=5_000,
    )
    found = traces("".join(err))
    first_paint = float(found["first_paint"])
    overview, answered = found["first_overview"].split()
    assert 5.0 <= first_paint <= float(overview) < 60
    assert answered == "network_answered=1"  # signed in through the dialog: the server answered


def test_no_trace_unless_asked(make_window, monkeypatch, capfd, qtbot):
    monkeypatch.delenv(ENV, raising=False)
    window = make_window()
    assert trace_window(window, lambda: False) is None
    window.show()
    qtbot.waitExposed(window)
    window.repaint()
    assert "TRACE" not in capfd.readouterr().err


def test_the_app_switches_tracing_on_with_the_traces_own_variable() -> None:
    from optilearn_desktop.app import TRACE_ENV

    assert TRACE_ENV == ENV  # app.py checks it before it loads the trace module

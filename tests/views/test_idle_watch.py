"""The kiosk's idle watch on a fake monotonic clock: the countdown seconds, the reset by any
input (events anywhere in the app, or the cursor moving), one expiry and a fresh start."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLineEdit

from optilearn_desktop.views.idle_watch import IdleWatch

from .test_kiosk import FakeMonotonic


def make(qtbot, timeout: float = 120, countdown: float = 20):
    clock = FakeMonotonic()
    watch = IdleWatch(timeout, countdown, now=clock, tick_ms=60_000)  # ticks driven by hand
    seen: list[object] = []
    watch.countdown.connect(seen.append)
    watch.resumed.connect(lambda: seen.append("resumed"))
    watch.expired.connect(lambda: seen.append("expired"))
    watch.start()
    return watch, clock, seen


def step(watch: IdleWatch, clock: FakeMonotonic, seconds: float) -> None:
    clock.advance(seconds)
    watch.check()


def test_counts_down_each_second_of_the_last_twenty_then_expires_once(qtbot):
    watch, clock, seen = make(qtbot)
    step(watch, clock, 99.5)
    assert seen == []
    for _ in range(4):
        step(watch, clock, 0.5)
    assert seen == [20, 19]  # announced once per whole second, not per tick
    step(watch, clock, 19.0)
    assert seen[-1] == "expired" and seen.count("expired") == 1
    step(watch, clock, 50)  # a fresh period started at the expiry
    assert seen.count("expired") == 1 and not watch.counting_down
    watch.stop()


def test_a_key_anywhere_or_a_moved_cursor_resets(qtbot):
    watch, clock, seen = make(qtbot)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    step(watch, clock, 105)
    assert watch.counting_down
    qtbot.keyClick(edit, Qt.Key.Key_A)  # seen by the application-wide filter
    assert seen[-1] == "resumed" and not watch.counting_down
    step(watch, clock, 105)
    assert watch.counting_down
    QCursor.setPos(QCursor.pos() + QPoint(7, 3))  # no event reaches a widget for this
    step(watch, clock, 0.1)
    assert seen[-1] == "resumed"
    step(watch, clock, 105)
    watch.stop()
    qtbot.keyClick(edit, Qt.Key.Key_B)  # stopped: input is no longer watched
    assert watch.counting_down and seen[-1] != "resumed"

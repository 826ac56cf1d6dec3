"""Kiosk mode end to end: the real composition (`app.run`) against the reference backend, on a
machine whose folders and keyring hold another user's remembered session. Stand-ins only at
the OS edge: the keyring backend (recording), the monotonic clock of the idle watch."""

from __future__ import annotations

import gc
import hashlib
import json
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap, QPixmapCache
from PySide6.QtWidgets import QApplication, QMessageBox

from optilearn_desktop.app import build_parser, resolve_kiosk, run
from optilearn_desktop.core.kiosk_policy import KioskPolicy
from optilearn_desktop.models.children import Child
from optilearn_desktop.models.overview import ChildOverview
from optilearn_desktop.models.routes import LOGOUT
from optilearn_desktop.views.main_window import MainWindow

from ..core.keyrings import MemoryKeyring
from .conftest import overview_loaded
from .widget_strings import app_strings, leaks

HOUSEHOLD_A = [  # parent_three: everything that would tell the next parent who was here
    "Priya",
    "Sharma",
    "priya.sharma@example.com",
    "Aarav",
    "Ananya",
    "Vihaan",
]
A_CHILD_IDS = {"ct_1201", "ct_1202", "ct_1203"}


class FakeMonotonic:
    """The idle watch's clock (the OS edge): moved by the test, never by waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def snapshot(root: Path) -> dict[str, tuple[int, str]]:
    """Every file and folder below `root`: mode and content hash, byte for byte."""
    found: dict[str, tuple[int, str]] = {}
    for path in sorted(root.rglob("*")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        found[str(path.relative_to(root))] = (path.stat().st_mode, digest)
    return found


class Kiosk:
    """One run of the app as `optilearn-desktop` starts it, driven through its widgets."""

    def __init__(self, window: MainWindow, task: Any, clock: FakeMonotonic) -> None:
        self.window, self.task, self.clock = window, task, clock

    def idle(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.window.kiosk_mode.watch.check()  # the 250 ms tick, without waiting for it

    def sign_in(self, qtbot, account: dict[str, Any]) -> None:
        window = self.window
        qtbot.waitUntil(
            lambda: window.flow is not None and window.flow.dialog is not None, timeout=10_000
        )
        dialog = window.flow.dialog
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)
        if not dialog.institution.isReadOnly():
            dialog.institution.setText(account["institution_slug"])
        dialog.email.setText(account["email"])
        dialog.password.setText(account["password"])
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.flow.dialog is None, timeout=15_000)
        qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)

    def browse_everything(self, qtbot) -> list[str]:
        """Every child, every tab; returns the children's ids as shown."""
        window = self.window
        seen = []
        for index in range(max(1, window.switcher.combo.count())):
            if window.switcher.combo.count() > 1:
                window.switcher.combo.setCurrentIndex(index)
            qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
            seen.append(window.presenter.current_child)
            for tab in range(window.tabs.count()):
                window.tabs.setCurrentIndex(tab)  # renders the tab (currentChanged)
        return seen


@pytest.fixture
def machine(tmp_path, monkeypatch) -> Iterator[tuple[Path, MemoryKeyring]]:
    """A computer where someone once ticked "Keep me signed in" (outside kiosk mode): their
    settings, cache and log are in the app's folders, their token in the keyring."""
    home = tmp_path / "home"
    for name in ("config", "data", "cache", "log"):
        (home / name).mkdir(parents=True)
    remembered = {
        "server_url": "http://127.0.0.1:1",
        "institution_slug": "svpms",
        "email": "someone.else@example.com",
        "name": "Someone Else",
    }
    (home / "config" / "settings.json").write_text(json.dumps({"remembered": remembered}))
    (home / "cache" / "account-1234.sqlite").write_bytes(b"sealed rows of another user")
    (home / "log" / "optilearn-desktop.log").write_text("an older run\n")
    ring = MemoryKeyring()
    ring.items[("OptiLearn Desktop", "someone")] = "a refresh token"
    ring.calls.clear()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(home))
    yield home, ring
    keyring.set_keyring(previous)


@pytest.fixture
def start_app(demo, qtbot, qasync_loop, monkeypatch, tmp_path) -> Iterator[Callable[..., Kiosk]]:
    runs: list[Kiosk] = []
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}

    def start(*argv: str, policy_toml: str | None = None) -> Kiosk:
        if policy_toml is not None:  # used only because this machine has no policy file
            path = tmp_path / "policy.toml"
            path.write_text(policy_toml, encoding="utf-8")
            monkeypatch.setenv("OPTILEARN_DESKTOP_POLICY", str(path))
        args = build_parser().parse_args(["--server", demo.lms_url, *argv])
        policy = resolve_kiosk(args)
        clock = FakeMonotonic()
        window = MainWindow(monotonic=clock)
        qtbot.addWidget(window)
        window.show()
        task = qasync_loop.create_task(run(QApplication.instance(), window, args, kiosk=policy))
        kiosk = Kiosk(window, task, clock)
        runs.append(kiosk)
        qtbot.waitUntil(
            lambda: window.flow is not None and window.flow.dialog is not None, timeout=10_000
        )
        return kiosk

    yield start
    for kiosk in runs:
        if not kiosk.task.done():
            kiosk.window.quit_app()
            qtbot.waitUntil(kiosk.task.done, timeout=15_000)
    for sig, handler in handlers.items():
        signal.signal(sig, handler)


def quit_and_wait(kiosk: Kiosk, qtbot) -> None:
    kiosk.window.quit_app()
    qtbot.waitUntil(kiosk.task.done, timeout=15_000)
    assert kiosk.task.result() == 0


def live_models_of(ids: set[str]) -> list[object]:
    # Until nothing more is freed: freeing a Qt wrapper can release what it held, which the
    # next pass then collects; what stays is really reachable.
    while gc.collect():
        pass
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, Child | ChildOverview) and getattr(o, "contact_id", None) in ids
    ]


def test_the_next_parent_finds_nothing_of_the_last_one_and_the_disk_is_untouched(
    start_app, machine, demo, qtbot
):
    home, ring = machine
    before = snapshot(home)
    kiosk = start_app("--kiosk")
    window = kiosk.window

    # A remembered sign-in on this computer is not resumed: a kiosk asks every parent.
    assert window.session.client is None and window.flow.dialog is not None
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.flow.dialog.keep.isVisibleTo(window.flow.dialog)

    # Parent A: every child, every tab; copies a cell; an image is cached; a popup is open.
    kiosk.sign_in(qtbot, demo.account("parent_three"))
    shown = kiosk.browse_everything(qtbot)
    assert set(shown) == A_CHILD_IDS
    assert leaks(HOUSEHOLD_A), "the walk finds A's household while A is signed in"
    old_client = window.session.client
    table = window.courses_page.table
    window.tabs.setCurrentWidget(window.courses_page)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == table.model().index(0, 0).data()
    QPixmapCache.insert("kiosk-test-image", QPixmap(8, 8))
    window.switcher.combo.showPopup()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5_000)
    left_open = QMessageBox(QMessageBox.Icon.Information, "Aarav", "Ananya", parent=window)
    left_open.open()  # any dialog a parent left open

    # A walks away: the countdown shows in the last 20 s, then the idle sign-out.
    kiosk.idle(99)
    assert not window.kiosk_mode.prompt.isVisible()
    kiosk.idle(2)
    assert window.kiosk_mode.prompt.isVisible()
    assert "signed out in 19 seconds" in window.kiosk_mode.prompt.label.text()
    kiosk.idle(19.5)
    qtbot.waitUntil(lambda: window.session.client is None, timeout=5_000)
    qtbot.waitUntil(lambda: not window.tasks.is_running("sign_out"), timeout=15_000)
    # The loads cancelled by the sign-out (every child's overview, the household) unwind too.
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=15_000)

    # The wipe: revoked on the server, client closed, fresh form, nothing left in Qt.
    assert old_client.is_closed
    revoked = demo.requests(route=LOGOUT)
    assert len(revoked) == 1 and revoked[0]["status"] < 300
    del old_client
    dialog = window.flow.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.email.text() == "" and dialog.password.text() == ""
    assert "without activity" in dialog.error_label.text()
    assert QApplication.activePopupWidget() is None
    assert not left_open.isVisible()
    left_open.deleteLater()
    del left_open
    assert QGuiApplication.clipboard().text() == ""
    assert QPixmapCache.find("kiosk-test-image") is None
    assert leaks(HOUSEHOLD_A) == {}
    assert live_models_of(A_CHILD_IDS) == []

    # Parent B signs in and browses: still nothing of A, and B's own data is there.
    kiosk.sign_in(qtbot, demo.account("parent_one"))
    kiosk.browse_everything(qtbot)
    assert any("Ishita" in s for s in app_strings())
    assert leaks(HOUSEHOLD_A) == {}
    qtbot.mouseClick(window.kiosk_mode.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tasks.is_running("sign_out"), timeout=15_000)
    assert leaks(["Ishita", "Rahul", "rahul.verma@example.com"]) == {}
    quit_and_wait(kiosk, qtbot)

    # Nothing written: folders byte for byte as before, and no keyring call at all.
    assert snapshot(home) == before
    assert ring.calls == []


def test_input_resets_the_idle_time_and_im_still_here_cancels_the_countdown(
    start_app, machine, demo, qtbot
):
    kiosk = start_app("--kiosk")
    window = kiosk.window
    kiosk.sign_in(qtbot, demo.account("parent_one"))
    kiosk.idle(110)
    assert window.kiosk_mode.prompt.isVisible()
    qtbot.mouseClick(window.kiosk_mode.prompt.button, Qt.MouseButton.LeftButton)
    assert not window.kiosk_mode.prompt.isVisible()
    kiosk.idle(110)  # a full timeout counted again from the click
    assert window.session.client is not None
    qtbot.keyClick(window.tabs, Qt.Key.Key_Right)  # any key is activity too
    assert not window.kiosk_mode.prompt.isVisible()
    kiosk.idle(110)
    assert window.session.client is not None
    kiosk.idle(11)
    qtbot.waitUntil(lambda: window.session.client is None, timeout=5_000)


def test_it_policy_forces_kiosk_fixes_the_institution_and_sets_the_timeout(
    start_app, machine, demo, qtbot
):
    kiosk = start_app(
        policy_toml='[kiosk]\nenabled = true\ninstitution = "svpms"\nidle_timeout_seconds = 45\n'
    )
    window = kiosk.window
    assert window.kiosk is not None and window.kiosk.idle_timeout_s == 45
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.tray.available and not window.bell.isVisibleTo(window)
    dialog = window.flow.dialog
    assert dialog.institution.text() == "svpms" and dialog.institution.isReadOnly()
    assert "45 seconds" in dialog.findChild(type(dialog.error_label), "sign_in_intro").text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isVisibleTo(dialog)

    # Escape clears what was typed and keeps the kiosk running (no Quit for parents).
    dialog.email.setText("half.typed@example.com")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.email.text() == "" and dialog.institution.text()
    # A half-typed form is forgotten after the timeout too.
    dialog.email.setText("walked.away@example.com")
    kiosk.idle(46)
    assert dialog.email.text() == ""

    kiosk.sign_in(qtbot, demo.account("parent_three"))
    window.tabs.setCurrentWidget(window.certificates_page)
    page = window.certificates_page
    assert page.kiosk_note.isVisibleTo(page) and not page.open_button.isVisibleTo(page)
    page.table.doubleClicked.emit(page.table.model().index(0, 0))  # no PDF outside the app
    assert window.links._folder is None
    assert not window.links.open_web(f"{demo.lms_url}/verify/x")
    assert window.watcher is None  # no notifications at a kiosk
    kiosk.idle(46)
    qtbot.waitUntil(lambda: window.session.client is None, timeout=5_000)
    assert "after 45 seconds without activity" in window.flow.dialog.error_label.text()


def test_a_broken_policy_file_fails_closed_and_says_so(start_app, machine, demo, qtbot):
    kiosk = start_app(policy_toml="[kiosk\nenabled = tru\n")
    window = kiosk.window
    assert window.kiosk is not None and window.kiosk.enabled
    assert "could not be used" in window.notice_label.text()


def test_an_ended_session_at_a_kiosk_wipes_instead_of_waiting_for_the_password(
    start_app, machine, demo, qtbot
):
    kiosk = start_app("--kiosk")
    window = kiosk.window
    kiosk.sign_in(qtbot, demo.account("parent_three"))
    demo.expire_sessions()
    demo.add_fault(route="/api/v1/auth/refresh", status=401, code="AUTH_REQUIRED")
    window.presenter.refresh()
    qtbot.waitUntil(lambda: window.session.client is None, timeout=15_000)
    qtbot.waitUntil(lambda: not window.tasks.is_running("sign_out"), timeout=15_000)
    assert window.flow.dialog.email.text() == ""
    assert "session has ended" in window.flow.dialog.error_label.text()
    assert leaks(HOUSEHOLD_A) == {}


def test_kiosk_policy_type_is_what_the_window_uses(start_app, machine):
    # --kiosk alone: the defaults of the issue (2 minutes, 20 s countdown).
    kiosk = start_app("--kiosk")
    assert isinstance(kiosk.window.kiosk, KioskPolicy)
    assert (kiosk.window.kiosk.idle_timeout_s, kiosk.window.kiosk.countdown_s) == (120, 20)
    assert kiosk.window.kiosk_mode is not None


def test_signing_out_with_the_server_unreachable_still_wipes_everything(
    start_app, machine, demo, qtbot
):
    kiosk = start_app("--kiosk")
    window = kiosk.window
    kiosk.sign_in(qtbot, demo.account("parent_three"))
    old_client = window.session.client
    demo.add_fault(route="*", refuse=True)  # the network is gone: no revocation possible
    qtbot.mouseClick(window.kiosk_mode.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tasks.is_running("sign_out"), timeout=15_000)
    assert old_client.is_closed and window.session.client is None
    assert window.flow.dialog is not None and window.flow.dialog.email.text() == ""
    del old_client
    assert leaks(HOUSEHOLD_A) == {}
    assert live_models_of(A_CHILD_IDS) == []

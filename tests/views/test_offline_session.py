"""Staying signed in and working offline, end to end: a real window, the real reference backend,
the real encrypted cache on disk; only the keyring backend is a stand-in (the OS edge; the real
Secret Service is exercised in tests/core/test_real_keyring.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.compose import build_window
from optilearn_desktop.core.credentials import CredentialStore
from optilearn_desktop.core.links import LinkPolicy
from optilearn_desktop.core.log_setup import configure_logging
from optilearn_desktop.core.session import Session
from optilearn_desktop.core.settings import LocalSettings
from optilearn_desktop.models.routes import CHILDREN, REFRESH
from optilearn_desktop.views.link_opener import LinkOpener
from optilearn_desktop.views.main_window import MainWindow

from ..core.keyrings import LockedOnReadKeyring, MemoryKeyring
from .conftest import OpenedUrls, fill_sign_in, overview_loaded


class Machine:
    """One computer: a keyring and a home folder that outlive each run of the app."""

    def __init__(self, home: Path, keyring: MemoryKeyring) -> None:
        self.home = home
        self.keyring = keyring
        self.config, self.cache = home / "config", home / "cache"

    def files(self) -> list[Path]:
        return sorted(p for p in self.home.rglob("*") if p.is_file())


@pytest.fixture
def machine(tmp_path) -> Machine:
    return Machine(tmp_path / "home", MemoryKeyring())


@pytest.fixture
def run_app(demo, qtbot, aio) -> Callable[..., MainWindow]:
    """`run_app(machine)` -> a window as app.py builds it, on that machine's keyring and
    folders (resumed when a sign-in is remembered)."""
    windows: list[MainWindow] = []

    def start(machine: Machine, **config: Any) -> MainWindow:
        client_config = ClientConfig(base_url=demo.lms_url, backoff_base=0.01, **config)
        session = Session(
            lambda **kw: OptiLearnClient(client_config, **kw),
            server_url=demo.lms_url,
            credentials=CredentialStore(machine.keyring),
            settings=LocalSettings(machine.config),
            cache_dir=machine.cache,
        )
        window = build_window(session, LinkOpener(LinkPolicy(demo.lms_url), OpenedUrls()))
        qtbot.addWidget(window)
        windows.append(window)
        session.start_revocations()  # as app.run does, before anything else
        aio(session.probe_keyring())
        user = aio(session.resume())
        window.show()
        if user is None:
            window.flow.start()
        else:
            window.flow.on_signed_in(user)
        return window

    yield start
    for window in windows:
        window.tasks.cancel_all()
        aio(window.session.leave())


def quit_app(aio, window: MainWindow) -> None:
    window.close()
    aio(window.session.leave())


def first_run(run_app, machine, demo, qtbot, aio, key="parent_three") -> MainWindow:
    window = run_app(machine)
    fill_sign_in(qtbot, window, demo.account(key))
    qtbot.waitUntil(lambda: window.flow.dialog is None, timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    return window


def course_titles(window: MainWindow) -> list[str]:
    model = window.courses_page.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_remembered_parent_sees_the_cached_overview_before_the_server_answers(
    run_app, machine, demo, qtbot, aio
):
    window = first_run(run_app, machine, demo, qtbot, aio)
    shown = course_titles(window)
    quit_app(aio, window)
    assert machine.keyring.items, "refresh token and cache key are in the keyring"

    demo.add_fault(route="*", latencyMs=2000)  # a slow server
    window = run_app(machine)
    # Painted from the encrypted cache before the server answers; its first request follows.
    qtbot.waitUntil(lambda: course_titles(window) == shown, timeout=1500)
    assert not window.presenter.server_answered
    qtbot.waitUntil(lambda: window.tasks.is_running("children"), timeout=1500)
    assert window.courses_page.age_label.text().startswith("Updated")
    assert window.flow.dialog is None  # no password asked
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert course_titles(window) == shown


def test_quitting_while_the_token_is_being_rotated_keeps_the_parent_signed_in(
    run_app, machine, demo, qtbot, aio
):
    """The server rotates the refresh token (and revokes the whole session when an old one
    comes back): a quit that abandoned the rotation in flight would sign the parent out for
    good. The quit waits for the answer and keeps the new token."""
    window = first_run(run_app, machine, demo, qtbot, aio)
    quit_app(aio, window)
    before = dict(machine.keyring.items)
    demo.add_fault(route=REFRESH, times=1, latencyMs=1500)
    window = run_app(machine)
    # The resumed session's first request refreshes; the slow answer is on its way.
    qtbot.waitUntil(lambda: demo.faults()[0]["times"] == 0, timeout=5_000)
    quit_app(aio, window)  # as Quit, Ctrl+C or a logout's SIGTERM: the loop ends after this
    assert [r["status"] for r in demo.requests(route=REFRESH)] == [200]
    rotated = [k for k, v in machine.keyring.items.items() if before.get(k) != v]
    assert len(rotated) == 1, "the new refresh token is in the keyring when the quit ends"

    window = run_app(machine)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert window.flow.dialog is None  # still signed in: the new token was kept
    assert all(r["status"] == 200 for r in demo.requests(route=REFRESH))


def test_offline_start_opens_on_the_cache_with_the_offline_banner(
    run_app, machine, demo, qtbot, aio
):
    window = first_run(run_app, machine, demo, qtbot, aio)
    shown = course_titles(window)
    quit_app(aio, window)
    demo.add_fault(route="*", refuse=True)  # the server is unreachable
    window = run_app(machine)
    qtbot.waitUntil(lambda: window.offline_banner.isVisibleTo(window), timeout=15_000)
    assert course_titles(window) == shown
    assert window.switcher.combo.count() == 3
    assert "Showing data from" in window.offline_banner.label.text()
    demo.clear_faults()
    qtbot.mouseClick(window.offline_banner.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.offline_banner.isVisibleTo(window), timeout=15_000)


def test_an_ended_session_asks_for_the_password_and_keeps_the_data(
    run_app, machine, demo, qtbot, aio
):
    window = first_run(run_app, machine, demo, qtbot, aio)
    shown = course_titles(window)
    demo.expire_sessions()
    demo.add_fault(route="/api/v1/auth/refresh", status=401, code="AUTH_REQUIRED")
    window.presenter.refresh()
    qtbot.waitUntil(lambda: window.flow.dialog is not None, timeout=15_000)
    dialog = window.flow.dialog
    assert "session has ended" in dialog.error_label.text()
    assert dialog.email.text() == demo.account("parent_three")["email"].casefold()
    assert course_titles(window) == shown  # the window and its data stay
    demo.clear_faults()
    dialog.password.setText(demo.account("parent_three")["password"])
    dialog.attempt()
    qtbot.waitUntil(lambda: window.flow.dialog is None, timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert course_titles(window) == shown


def test_sign_out_leaves_no_token_key_or_file(run_app, machine, demo, qtbot, aio):
    window = first_run(run_app, machine, demo, qtbot, aio)
    cache_files = list(machine.cache.glob("*"))
    assert cache_files, "the overview was cached"
    window.flow.sign_out()
    qtbot.waitUntil(lambda: not window.tasks.is_running("sign_out"), timeout=15_000)
    assert machine.keyring.items == {}
    assert list(machine.cache.glob("*")) == []  # -wal and -shm included
    assert LocalSettings(machine.config).remembered is None
    window = run_app(machine)
    assert window.flow.dialog is not None  # nothing to resume


def test_a_sign_out_the_server_did_not_hear_is_revoked_at_the_next_start(
    run_app, machine, demo, qtbot, aio
):
    window = first_run(run_app, machine, demo, qtbot, aio)
    token = window.session.client.tokens.refresh_token
    demo.add_fault(route="/api/v1/auth/logout", refuse=True)  # the school's server is away
    window.flow.sign_out()
    qtbot.waitUntil(lambda: not window.tasks.is_running("sign_out"), timeout=15_000)
    # Nothing to resume from: only the revocation waits, under a name of its own.
    assert [user for _service, user in machine.keyring.items] == ["pending-revocations"]
    assert token in next(iter(machine.keyring.items.values()))
    assert list(machine.cache.glob("*")) == []
    demo.clear_faults()
    demo.clear_requests()

    window = run_app(machine)
    qtbot.waitUntil(lambda: machine.keyring.items == {}, timeout=15_000)
    assert window.flow.dialog is not None  # signed out it stays
    assert [r["status"] for r in demo.requests(route="/api/v1/auth/logout")] == [200]
    assert demo.requests(route=REFRESH) == []  # the app never used it to sign in again
    import httpx

    replay = httpx.post(f"{demo.lms_url}{REFRESH}", json={"refreshToken": token}, timeout=10)
    assert replay.status_code == 401  # revoked on the server


def test_without_keep_me_signed_in_nothing_is_written(run_app, machine, demo, qtbot, aio):
    window = run_app(machine)
    window.flow.dialog.keep.setChecked(False)
    fill_sign_in(qtbot, window, demo.account("parent_three"))
    qtbot.waitUntil(lambda: window.flow.dialog is None, timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    for page in window.pages:  # every tab read, as a parent would
        window.tabs.setCurrentWidget(page)
    assert window.courses_page.table.model().rowCount() > 0  # the data is on screen
    assert machine.keyring.items == {}  # no token, no cache key
    assert list(machine.cache.glob("*")) == []  # no encrypted cache either
    quit_app(aio, window)
    assert machine.keyring.items == {} and list(machine.cache.glob("*")) == []


def test_a_keyring_locked_mid_session_does_not_lose_the_sign_in(
    run_app, demo, qtbot, aio, tmp_path
):
    from ..core.keyrings import LockedKeyring

    machine = Machine(tmp_path / "home", LockedKeyring())
    window = first_run(run_app, machine, demo, qtbot, aio)
    machine.keyring.locked = True  # the desktop locked it
    demo.expire_sessions(demo.account("parent_three")["email"])  # the next call rotates
    window.presenter.refresh()
    qtbot.waitUntil(lambda: "keyring is locked" in window.notice_label.text(), timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)  # the session goes on
    rotated = window.session.client.tokens.refresh_token
    stored = [v for (_s, user), v in machine.keyring.items.items() if user.endswith("refresh")]
    assert rotated not in stored  # the keyring refused it
    machine.keyring.locked = False  # unlocked again before the parent quits
    quit_app(aio, window)
    stored = [v for (_s, user), v in machine.keyring.items.items() if user.endswith("refresh")]
    assert stored == [rotated]
    window = run_app(machine)  # the next start resumes with the rotated token
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert window.flow.dialog is None


def showing_saved_data(run_app, machine, demo, qtbot, aio) -> tuple[MainWindow, list[str], Path]:
    """A second start, showing the first one's saved data, and the marker that stands until
    that data has been painted safely."""
    window = first_run(run_app, machine, demo, qtbot, aio)
    titles = course_titles(window)
    quit_app(aio, window)
    window = run_app(machine)
    qtbot.waitUntil(lambda: course_titles(window) == titles, timeout=5_000)
    return window, titles, next(machine.cache.glob("*.showing"))


def test_a_start_that_died_showing_saved_data_does_not_die_again(
    run_app, machine, demo, qtbot, aio, caplog
):
    window, titles, marker = showing_saved_data(run_app, machine, demo, qtbot, aio)
    qtbot.waitUntil(lambda: not marker.exists(), timeout=10_000)
    quit_app(aio, window)
    # What a start that died while painting them leaves behind: the marker still there.
    marker.touch()
    demo.add_fault(route="*", latencyMs=3000)  # so that what is shown first is seen
    window = run_app(machine)
    # The warning is logged before the saved overviews are deleted and the marker cleared.
    qtbot.waitUntil(lambda: "dropped" in caplog.text and not marker.exists(), timeout=5_000)
    assert course_titles(window) == []  # the saved overviews were dropped, not shown
    assert window.flow.dialog is None  # still signed in: the server refills the window
    qtbot.waitUntil(lambda: course_titles(window) == titles, timeout=15_000)


def test_a_quit_while_saved_data_is_marked_keeps_it_for_next_time(
    run_app, machine, demo, qtbot, aio
):
    window, titles, marker = showing_saved_data(run_app, machine, demo, qtbot, aio)
    quit_app(aio, window)  # a quick look: quit before the saved data counts as painted
    assert not marker.exists()  # a quit is not a death while painting
    demo.add_fault(route="*", latencyMs=1500)
    window = run_app(machine)
    qtbot.waitUntil(lambda: course_titles(window) == titles, timeout=5_000)
    assert not window.presenter.server_answered  # shown from the cache, not the late server


def test_an_unlinked_child_is_purged_from_the_cache(run_app, machine, demo, qtbot, aio):
    window = first_run(run_app, machine, demo, qtbot, aio)
    gone = window.presenter.current_child
    demo.unlink(demo.account("parent_three")["contact_id"], gone)
    window.presenter.refresh()
    qtbot.waitUntil(lambda: window.presenter.current_child not in (None, gone), timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    cache = window.session.cache
    assert aio(cache.load_overview(gone)) is None
    children, _ = aio(cache.load_children())
    assert gone not in [c.contact_id for c in children]


def test_a_corrupt_cache_is_a_miss_and_the_key_is_kept(run_app, machine, demo, qtbot, aio):
    window = first_run(run_app, machine, demo, qtbot, aio)
    quit_app(aio, window)
    keys_before = dict(machine.keyring.items)
    for file in machine.cache.glob("*.sqlite3"):
        file.write_bytes(b"this is not a database" * 100)
    window = run_app(machine)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)  # rebuilt from the server
    assert course_titles(window)
    cache_key = [k for k in keys_before if k[1].endswith("cache-key")]
    assert cache_key and machine.keyring.items[cache_key[0]] == keys_before[cache_key[0]]


def test_a_locked_keyring_works_for_the_session_and_writes_nothing(
    run_app, demo, qtbot, aio, tmp_path
):
    locked = LockedOnReadKeyring()
    locked.locked = True
    machine = Machine(tmp_path / "home", locked)
    window = run_app(machine)
    keep = window.flow.dialog.keep
    assert not keep.isEnabled() and not keep.isChecked() and "locked" in keep.toolTip()
    fill_sign_in(qtbot, window, demo.account("parent_three"))
    qtbot.waitUntil(lambda: window.flow.dialog is None, timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert "locked" in window.notice_label.text().lower()  # said, in words
    assert course_titles(window)
    quit_app(aio, window)
    assert locked.items == {}
    assert machine.files() == []  # no cache, no settings, no secret on disk


def test_the_keyring_notice_follows_a_change_of_language(
    run_app, demo, qtbot, aio, tmp_path, app_language
):
    locked = LockedOnReadKeyring()
    locked.locked = True
    window = run_app(Machine(tmp_path / "home", locked))
    fill_sign_in(qtbot, window, demo.account("parent_three"))
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    assert "locked" in window.notice_label.text().lower()
    try:
        app_language.apply("hi")
        qtbot.waitUntil(lambda: "locked" not in window.notice_label.text().lower())
        assert re.search("[\u0900-\u097f]", window.notice_label.text())
    finally:
        app_language.apply("en")
    qtbot.waitUntil(lambda: "locked" in window.notice_label.text().lower())
    quit_app(aio, window)


def test_keep_me_signed_in_off_remembers_nothing(run_app, machine, demo, qtbot, aio):
    window = run_app(machine)
    window.flow.dialog.keep.setChecked(False)
    fill_sign_in(qtbot, window, demo.account("parent_one"))
    qtbot.waitUntil(lambda: window.flow.dialog is None, timeout=15_000)
    qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
    quit_app(aio, window)
    assert not [k for k in machine.keyring.items if k[1].endswith("refresh")]
    assert list(machine.cache.glob("*")) == []
    window = run_app(machine)
    assert window.flow.dialog is not None


def test_logs_hold_no_token_password_or_grade(run_app, machine, demo, qtbot, aio, tmp_path):
    log_file = configure_logging(tmp_path / "logs")
    try:
        window = first_run(run_app, machine, demo, qtbot, aio)
        tokens = window.session.client.tokens
        for page in window.pages:
            window.tabs.setCurrentWidget(page)
        window.switcher.step(1)
        qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
        demo.expire_sessions()
        window.presenter.refresh()  # one silent refresh
        qtbot.waitUntil(lambda: len(demo.requests(route=CHILDREN)) >= 2, timeout=15_000)
        qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
        grades = window.presenter.state_of_current().overview.recent_grades
        window.flow.sign_out()
        qtbot.waitUntil(lambda: not window.tasks.is_running("sign_out"), timeout=15_000)
    finally:
        configure_logging(tmp_path / "logs-after")  # detach from the file under test
    text = "".join(p.read_text() for p in log_file.parent.glob("*.log*"))
    password = demo.account("parent_three")["password"]
    for secret in (password, tokens.access_token, tokens.refresh_token):
        assert secret not in text
    assert not re.search(r"Bearer\s+\w", text)
    for grade in grades:
        assert f"{grade.score:g}/{grade.max_score:g}" not in text
        assert grade.assignment_title not in text


def test_a_certificate_opened_before_opens_offline(run_app, machine, demo, qtbot, aio):
    window = first_run(run_app, machine, demo, qtbot, aio)
    page = window.certificates_page
    window.tabs.setCurrentWidget(page)
    page.select_row(0)
    opened = window.links._open_url
    page.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=15_000)
    online_copy = Path(QUrl(opened[0]).toLocalFile()).read_bytes()
    demo.add_fault(route="*", refuse=True)
    page.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=15_000)
    assert Path(QUrl(opened[1]).toLocalFile()).read_bytes() == online_copy
    raw = b"".join(p.read_bytes() for p in machine.cache.glob("*"))
    assert b"%PDF" not in raw  # kept encrypted

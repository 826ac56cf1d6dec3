"""A remembered parent's start as app.py runs it: `prepare` (the toolbar) while the saved
overview is read, `show_saved` (the stats, the first tab and placeholders for the others) for
the first paint, then `attach` adds the services, the other five tabs, the tray and the
shortcuts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt

from optilearn_desktop.core.app_dirs import AppDirs
from optilearn_desktop.core.cached_start import prefetch
from optilearn_desktop.core.credentials import CredentialStore
from optilearn_desktop.core.links import LinkPolicy
from optilearn_desktop.core.session import Session
from optilearn_desktop.views.link_opener import LinkOpener
from optilearn_desktop.views.main_window import TAB_TITLES, MainWindow

from ..core.keyrings import MemoryKeyring
from ..core.saved_parent import AT, OVERVIEW, SERVER, save_parent
from .conftest import OpenedUrls

UPDATED = {key: AT.isoformat() for key in OVERVIEW if key != "child"}


@pytest.fixture
def saved(tmp_path):
    """What the start-up prefetch reads for a parent who chose "Keep me signed in"."""
    dirs = AppDirs.under(tmp_path).ensure()
    store = CredentialStore(MemoryKeyring())
    save_parent(dirs, store, UPDATED)
    cached = prefetch(SERVER, store, dirs)
    assert cached is not None
    return cached


def titles(table) -> list[str]:
    model = table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def attach(window: MainWindow) -> None:
    window.attach(Session(lambda **_: None), LinkOpener(LinkPolicy(SERVER), OpenedUrls()))


def test_the_first_paint_needs_only_the_first_tab_and_the_rest_follows(saved, qtbot):
    window = MainWindow(clock=lambda: AT)
    qtbot.addWidget(window)
    window.prepare()  # while the saved overview is read: toolbar, stats, first tab, unseen
    assert not hasattr(window, "tray") and not hasattr(window, "grades_page")
    assert not window.refresh_action.isEnabled() and not window.sign_out_action.isEnabled()
    assert window.stack.currentIndex() == 0  # still "Starting…", not "Signed out"
    # The whole tab bar, but one page: the others are placeholders until attach().
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == list(TAB_TITLES)
    assert window.pages == [window.courses_page]
    assert titles(window.courses_page.table) == []

    data = saved.parent_data(window.clock)
    window.show_saved(data, saved.account, saved.name)
    assert window.stack.currentWidget() is window.overview_view
    assert titles(window.courses_page.table) == ["Algebra"]
    assert window.pages == [window.courses_page]
    assert not window.refresh_action.isEnabled() and not window.sign_out_action.isEnabled()
    # Sorting and the F5 key name Qt's namespace: both wait for attach (views/qt_values.py).
    assert not window.courses_page.table.isSortingEnabled()
    assert window.refresh_action.shortcut().isEmpty()
    # Panels the paint does not show are built when first shown.
    assert window._message_view is window._no_children is None
    assert window.courses_page._empty is window.courses_page._error is None
    assert not hasattr(window, "offline_banner") and not hasattr(window, "alert_banner")

    attach(window)
    # The banners come with the services: hidden, above the stats, in that order.
    layout = window.overview_view.layout()
    assert [layout.itemAt(i).widget() for i in range(3)] == [
        window.offline_banner,
        window.alert_banner,
        window.stats,
    ]
    assert not window.offline_banner.isVisibleTo(window)
    assert not window.alert_banner.isVisibleTo(window)
    pages = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert (
        pages
        == window.pages
        == [
            window.courses_page,
            window.grades_page,
            window.upcoming_page,
            window.live_page,
            window.achievements_page,
            window.certificates_page,
        ]
    )
    assert [p.tab_title for p in pages] == list(TAB_TITLES)
    assert all(p.table.isSortingEnabled() for p in pages)
    assert window.courses_page.table.horizontalHeader().sortIndicatorSection() == -1
    assert not window.refresh_action.shortcut().isEmpty()
    assert [p.accessibleName() for p in pages] == list(TAB_TITLES)
    assert [window.tabs.tabToolTip(i) for i in range(6)] == [
        f"{title} (Ctrl+{n})" for n, title in enumerate(TAB_TITLES, start=1)
    ]
    # The saved overview stays on screen; the other tabs show it when opened.
    assert window.stack.currentWidget() is window.overview_view
    assert window.tabs.currentIndex() == 0 and titles(window.courses_page.table) == ["Algebra"]
    assert window.grades_page.showing is window.grades_page.empty
    assert window.grades_page.empty.title.text() == "Loading…"
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, "2", Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.grades_page
    assert window.grades_page.empty.title.text() == "No grades yet"
    assert window.grades_page.age_label.text().startswith("Updated")
    qtbot.keyClick(window, "6", Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.certificates_page
    assert window.certificates_page.empty.title.text() == "No certificates yet"


def test_a_miss_after_prepare_shows_signed_out_once_attached(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.prepare()  # the saved overview could not be read: nothing rendered
    attach(window)
    assert len(window.pages) == window.tabs.count() == 6
    assert [window.tabs.widget(i) for i in range(6)] == window.pages
    assert window.stack.currentWidget() is window.message_view
    assert window.message_view.title.text() == "Signed out"
    assert all(p.empty.title.text() == "Loading…" for p in window.pages)


def test_the_tab_titles_are_the_pages_own(qtbot):
    window = MainWindow(Session(lambda **_: None), LinkOpener(LinkPolicy(SERVER), OpenedUrls()))
    qtbot.addWidget(window)
    assert [p.tab_title for p in window.pages] == list(TAB_TITLES)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == list(TAB_TITLES)


def test_prepare_imports_no_pydantic():
    """prepare() runs while the keyring thread imports: pydantic must not load beside it."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from optilearn_desktop.views.main_window import MainWindow\n"
        "MainWindow().prepare()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'asyncio')))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_models_take_over_from_the_first_paints_records_and_nothing_visible_changes(
    qtbot, tmp_path
):
    """`settle_saved` as app.main runs it right after the first paint: every tab shows the
    same strings with the records and with the models, the selected child stays, and every
    row held afterwards is a model."""
    from optilearn_desktop.core.cached_start import CachedStart
    from optilearn_desktop.core.saved_records import OverviewRecord
    from optilearn_desktop.models.overview import ChildOverview, Course

    from ..core.saved_rows import EDGE_CHILDREN, EDGE_OVERVIEW, row
    from .widget_strings import app_strings

    at = AT
    second = {**EDGE_OVERVIEW, "child": {"contactId": "ct_8", "name": "Sam"}}
    cached = CachedStart(
        account=object(),  # type: ignore[arg-type]
        name="Anna Parent",
        children=(json.dumps(EDGE_CHILDREN).encode(), at),
        overviews={"ct_9": (row(EDGE_OVERVIEW), at), "ct_8": (row(second), at)},
    )
    window = MainWindow(clock=lambda: at)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.prepare()
    window.show_saved(cached.parent_data(window.clock), cached.account, cached.name)
    attach(window)
    window.show_child("ct_8")  # the parent may already have switched child

    def every_tab() -> list[str]:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
        window.tabs.setCurrentIndex(0)
        return app_strings()

    def pictures() -> list[Any]:
        shots = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            shots.append(window.grab().toImage())
        window.tabs.setCurrentIndex(0)
        return shots

    assert isinstance(window.data.state("ct_8").overview, OverviewRecord)
    before, seen = every_tab(), pictures()
    assert "Algebra" in before and "Issued in error" in " ".join(before)
    window.adopt_saved(cached.validated_data(window.clock))
    assert window.current_child == "ct_8"
    assert every_tab() == before
    assert pictures() == seen  # pixel for pixel, every tab
    state = window.data.state("ct_8")
    assert isinstance(state.overview, ChildOverview)
    model = window.courses_page.table.model()
    assert model.rows() and all(isinstance(r, Course) for r in model.rows())


def test_when_the_models_refuse_what_was_painted_the_window_goes_back_to_starting(qtbot):
    from optilearn_desktop.core.cached_start import CachedStart

    from ..core.saved_rows import EDGE_CHILDREN, EDGE_OVERVIEW, row

    cached = CachedStart(
        account=object(),  # type: ignore[arg-type]
        name="Anna Parent",
        children=(json.dumps(EDGE_CHILDREN).encode(), AT),
        overviews={"ct_9": (row(EDGE_OVERVIEW), AT)},
    )
    window = MainWindow(clock=lambda: AT)
    qtbot.addWidget(window)
    window.prepare()
    window.show_saved(cached.parent_data(window.clock), cached.account, cached.name)
    window.adopt_saved(None)
    assert window.data is None and window.current_child is None
    assert window.stack.currentIndex() == 0  # "Starting…": the resume decides from here
    assert window.switcher.combo.count() == 0


def test_without_a_child_process_the_read_runs_on_the_keyring_thread(tmp_path, monkeypatch):
    """Windows, macOS, one CPU: the read is a thread, and its credential store (on the
    keyring the user has) is the one the session goes on using."""
    import keyring

    from optilearn_desktop.saved_start import EARLY_READ_TIMEOUT, EarlyStart

    machine = MemoryKeyring()
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.core.keyrings.MemoryKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(machine)  # the OS keyring, at the edge
    try:
        save_parent(AppDirs.default().ensure(), CredentialStore(machine), UPDATED)
        early = EarlyStart(SERVER, spawn=False)
        cached = early.result(EARLY_READ_TIMEOUT * 5)
        assert cached is not None and cached.name == "Anna Parent"
        assert early.credentials is not None and early.credentials.backend is machine
        data = cached.parent_data(lambda: AT)
        assert [c.course_title for c in data.state("ct_1").overview.courses] == ["Algebra"]
        early.keyring.shutdown(wait=True)
    finally:
        keyring.set_keyring(previous)

"""A remembered parent who chose "Start in the tray" gets the tray icon and the overview loaded,
and no window: the real composition (`app.run`) against the reference backend. The keyring and
the system tray are stand-ins (the operating-system edge)."""

from __future__ import annotations

import signal
from dataclasses import replace

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.app import build_parser, run
from optilearn_desktop.core.app_dirs import AppDirs
from optilearn_desktop.core.credentials import CredentialStore
from optilearn_desktop.core.desktop_options import DesktopOptions
from optilearn_desktop.core.session import Session
from optilearn_desktop.core.settings import LocalSettings
from optilearn_desktop.views import tray as tray_module
from optilearn_desktop.views.main_window import MainWindow

from ..core.keyrings import MemoryKeyring
from .test_tray_notifications import TrayDouble


@pytest.fixture
def remembered(demo, aio, tmp_path, monkeypatch):
    """A computer where the parent ticked "Keep me signed in" and "Start in the tray"."""
    monkeypatch.setenv("OPTILEARN_DESKTOP_HOME", str(tmp_path / "home"))
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    # This computer's user configured keyring, so the app takes keyring's (fake) backend
    # rather than the platform's own (see core/keyring_choice.py).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.core.keyrings.MemoryKeyring")
    dirs = AppDirs.default().ensure()
    settings = LocalSettings(dirs.config)
    config = ClientConfig(base_url=demo.lms_url)
    session = Session(
        lambda **kw: OptiLearnClient(config, **kw),
        server_url=demo.lms_url,
        credentials=CredentialStore(ring),
        settings=settings,
        cache_dir=dirs.cache,
    )
    account = demo.account("parent_three")
    aio(session.probe_keyring())
    aio(session.sign_in(account["institution_slug"], account["email"], account["password"], True))
    aio(session.leave())
    replace(DesktopOptions.load(settings), start_in_tray=True).save(settings)
    yield
    keyring.set_keyring(previous)


def test_a_remembered_parent_starts_in_the_tray(remembered, demo, qtbot, qasync_loop, monkeypatch):
    trays: list[TrayDouble] = []

    def tray_double(_icon: object) -> TrayDouble:  # the system tray: the OS edge
        trays.append(TrayDouble())
        return trays[-1]

    monkeypatch.setattr(tray_module, "QtTray", tray_double)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    args = build_parser().parse_args(["--server", demo.lms_url])
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    task = qasync_loop.create_task(run(QApplication.instance(), window, args))
    try:
        # The parent is signed in and the children known (the children task may not have
        # started yet when the data object appears, so wait for the children themselves).
        qtbot.waitUntil(
            lambda: window.presenter.data is not None and bool(window.presenter.data.children),
            timeout=15_000,
        )
        assert trays and trays[0].visible  # the icon is there
        assert not window.isVisible()  # and no window
    finally:
        window.quit_app()
        qtbot.waitUntil(task.done, timeout=15_000)
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    assert task.result() == 0

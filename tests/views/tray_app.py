"""The app with a recording tray (the OS edge) and its own home folder, for the tests of tray
alerts and the notification loop: `open_app(Home(path), "parent_three")` signs in through the
real dialog (or resumes), waits for the overview and for the watcher's first round."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, Signal

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.compose import build_window
from optilearn_desktop.core.credentials import CredentialStore
from optilearn_desktop.core.links import LinkPolicy
from optilearn_desktop.core.session import Session
from optilearn_desktop.core.settings import LocalSettings
from optilearn_desktop.views.link_opener import LinkOpener
from optilearn_desktop.views.main_window import MainWindow

from ..core.keyrings import MemoryKeyring
from .conftest import OpenedUrls, fill_sign_in, overview_loaded


class TrayDouble(QObject):
    """Records what would reach the system tray."""

    message_clicked = Signal()
    activated = Signal()

    def __init__(self, available: bool = True) -> None:
        super().__init__()
        self._available = available
        self.messages: list[tuple[str, str]] = []
        self.visible = False

    def available(self) -> bool:
        return self._available

    def show(self, menu: Any) -> None:
        self.visible, self.menu = True, menu

    def hide(self) -> None:
        self.visible = False

    def show_message(self, title: str, body: str) -> None:
        self.messages.append((title, body))


class Home:
    def __init__(self, root) -> None:
        self.root = root
        self.keyring = MemoryKeyring()
        self.settings = LocalSettings(root / "config")


@pytest.fixture
def open_app(demo, qtbot, aio) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def start(home: Home, key: str | None = None, tray: TrayDouble | None = None) -> MainWindow:
        config = ClientConfig(base_url=demo.lms_url, backoff_base=0.01)
        session = Session(
            lambda **kw: OptiLearnClient(config, **kw),
            server_url=demo.lms_url,
            credentials=CredentialStore(home.keyring),
            settings=home.settings,
            cache_dir=home.root / "cache",
        )
        window = build_window(
            session,
            LinkOpener(LinkPolicy(demo.lms_url), OpenedUrls()),
            settings=home.settings,
            tray=tray if tray is not None else TrayDouble(),
            watch_interval=0.2,
        )
        window.tray_double = tray  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        windows.append(window)
        aio(session.probe_keyring())
        user = aio(session.resume())
        window.show()
        if user is not None:
            window.flow.on_signed_in(user)
        else:
            window.flow.start()
            fill_sign_in(qtbot, window, demo.account(key or "parent_three"))
            qtbot.waitUntil(lambda: window.flow.dialog is None, timeout=15_000)
        qtbot.waitUntil(lambda: overview_loaded(window), timeout=15_000)
        # The watcher's first round sets the baseline: what is in the inbox now is old news.
        qtbot.waitUntil(
            lambda: (
                window.watcher is not None
                and window.watcher.unread is not None
                and not window.watcher._tasks.is_running("poll")
            ),
            timeout=15_000,
        )
        return window

    yield start
    for window in windows:
        if shiboken6.isValid(window):
            window._quitting = True
            window.close()
        aio(window.session.leave())


def messages(window: MainWindow) -> list[tuple[str, str]]:
    return window.tray.backend.messages  # type: ignore[union-attr]


def polls_after(qtbot, window: MainWindow, extra: int = 3) -> None:
    """Let the watcher run a few more rounds (to prove nothing else, or nothing twice, comes)."""
    target = window.watcher.requests + extra
    qtbot.waitUntil(lambda: window.watcher.requests >= target, timeout=15_000)

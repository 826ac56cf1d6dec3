"""A real MainWindow against the reference backend; only the OS link opener is recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl

from optilearn_desktop.api.client import OptiLearnClient
from optilearn_desktop.api.config import ClientConfig
from optilearn_desktop.compose import build_window
from optilearn_desktop.core.links import LinkPolicy
from optilearn_desktop.core.session import Session
from optilearn_desktop.views.link_opener import LinkOpener
from optilearn_desktop.views.main_window import MainWindow


class OpenedUrls(list):
    """Stands in for QDesktopServices.openUrl (the operating-system edge)."""

    def __call__(self, url: QUrl) -> bool:
        self.append(url.toString())
        return True


@pytest.fixture
def opened_urls() -> OpenedUrls:
    return OpenedUrls()


@pytest.fixture
def make_window(demo, qtbot, qasync_loop, aio, opened_urls) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(**config: Any) -> MainWindow:
        client_config = ClientConfig(base_url=demo.lms_url, **config)
        session = Session(lambda **kw: OptiLearnClient(client_config, **kw))
        links = LinkOpener(LinkPolicy(demo.lms_url), open_url=opened_urls)
        window = build_window(session, links)
        windows.append(window)  # closed and deleted below (not qtbot's: it only closes)
        return window

    yield make
    for window in windows:
        window.tasks.cancel_all()
        if window.session.client is not None:
            aio(window.session.client.aclose())
    # Gone for good before the next test (the kiosk tests look for any parent's data left in
    # memory): deleting the C++ side drops the connections that refer back to the window.
    for window in windows:
        window.close()
        window.deleteLater()
    windows.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def fill_sign_in(qtbot, window: MainWindow, account: dict[str, Any], **overrides: str) -> None:
    if window.flow.dialog is None:
        window.flow.start()
    dialog = window.flow.dialog
    assert dialog is not None
    creds = {**account, **overrides}
    dialog.institution.setText(creds["institution_slug"])
    dialog.email.setText(creds["email"])
    dialog.password.setText(creds["password"])
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)


def overview_loaded(window: MainWindow) -> bool:
    state = window.presenter.state_of_current()
    return (
        state is not None
        and bool(state.updated_at)
        and not window.tasks.is_running("overview")
        and not window.tasks.is_running("children")
    )


@pytest.fixture
def signed_in(make_window, demo, qtbot) -> Callable[[str], MainWindow]:
    """`signed_in("parent_three")` -> a shown window, signed in through the real dialog, with the
    selected child's overview on screen."""

    def sign_in(key: str, **config: Any) -> MainWindow:
        window = make_window(**config)
        fill_sign_in(qtbot, window, demo.account(key))
        qtbot.waitUntil(lambda: window.flow.dialog is None, timeout=15_000)
        if window.presenter.data is not None:
            qtbot.waitUntil(
                lambda: (
                    not window.tasks.is_running("children")
                    and (window.presenter.current_child is None or overview_loaded(window))
                ),
                timeout=15_000,
            )
        return window

    return sign_in


# The app with a recording tray, for the tray and notification tests (tray_app.py).
from .tray_app import open_app  # noqa: E402, F401

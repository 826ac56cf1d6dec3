"""`--demo --screenshots DIR`: sign in, render every tab of every child to PNG, then the
notification list and the notification settings, for reviewers and the README."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from .batch_run import open_household, settled, until
from .views.main_window import MainWindow

if TYPE_CHECKING:
    from .models.auth import SignedInUser


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "child"


async def _settle() -> None:
    for _ in range(3):  # let layouts and paints run before grabbing
        QApplication.processEvents()
        await asyncio.sleep(0.01)


async def capture_all(
    window: MainWindow,
    folder: Path,
    *,
    sign_in: Callable[[], Awaitable[SignedInUser]] | None = None,
    resumed: SignedInUser | None = None,
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before anything runs
    await open_household(window, sign_in=sign_in, resumed=resumed)
    assert window.presenter.data is not None  # noqa: S101  # open_household checked it
    saved: list[Path] = []
    if window.household is not None:  # every child at once, first
        window.household.show_household()
        await _settle()
        path = folder / "0-household.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        saved.append(path)
    for number, child in enumerate(list(window.presenter.data.children), start=1):
        window.switcher.select(child.contact_id)
        if window.household is not None:  # the child's tabs, not the household page
            window.household.show_overview()
        await settled(window)
        for index, page in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            await _settle()
            path = folder / f"{number}-{_slug(child.name)}-{index + 1}-{_slug(page.tab_title)}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            saved.append(path)
    if window.kiosk is not None:
        saved += await _kiosk_extras(window, folder)
    else:
        saved += await _notification_extras(window, folder)
    return saved


async def _notification_extras(window: MainWindow, folder: Path) -> list[Path]:
    """The notification list (its newest message selected) and the notification settings,
    both opened from the window as a parent would."""
    from .core.inbox import InboxState

    window.open_notification_centre()
    centre = window.notification_centre
    if centre is None:
        return []
    await until(lambda: centre.inbox.state in (InboxState.READY, InboxState.FAILED), "the list")
    if centre.model.rowCount():
        centre.table.selectRow(0)
    await _settle()
    shots = [(folder / "notifications.png", centre.grab())]
    centre.close()
    window.settings_action.trigger()
    dialog = window.settings_dialog
    if dialog is not None:
        await until(lambda: not dialog.is_loading, "the settings")
        await _settle()
        shots.append((folder / "notification-settings.png", dialog.grab()))
        dialog.reject()
    for path, image in shots:
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
    return [path for path, _ in shots]


async def _kiosk_extras(window: MainWindow, folder: Path) -> list[Path]:
    """Kiosk mode: the idle countdown over the overview, then the fresh sign-in form."""
    assert window.kiosk_mode is not None and window.flow is not None  # noqa: S101  # kiosk build
    window.tabs.setCurrentIndex(0)
    window.kiosk_mode.prompt.show_countdown(14)
    await _settle()
    countdown = folder / "kiosk-1-idle-countdown.png"
    shots = [(countdown, window.grab())]
    window.flow.sign_out(window.kiosk_mode.idle_words())
    signing_out = window.tasks.task("sign_out")
    if signing_out is not None:  # finished first: processEvents must not re-enter its task
        await asyncio.wait({signing_out})
    dialog = window.flow.dialog
    await _settle()
    shots.append((folder / "kiosk-2-signed-out.png", window.grab()))
    if dialog is not None:
        shots.append((folder / "kiosk-3-sign-in.png", dialog.grab()))
    for path, image in shots:
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
    return [path for path, _ in shots]

"""`--demo --screenshots DIR`: sign in, render every tab of every child to PNG, for reviewers
and the README."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication

from .core.session import Session
from .views.main_window import MainWindow


def next_emission(signal: SignalInstance, predicate: Any = None) -> asyncio.Future[Any]:
    """A future for the next emission of a Qt signal whose arguments satisfy `predicate`.
    Connected at once, so an emission that happens before the first await is not missed."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def receive(*args: Any) -> None:
        if not future.done() and (predicate is None or predicate(*args)):
            future.set_result(args)

    signal.connect(receive)
    future.add_done_callback(lambda _: signal.disconnect(receive))
    return future


TIMEOUT = 60.0


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "child"


async def _settle() -> None:
    for _ in range(3):  # let layouts and paints run before grabbing
        QApplication.processEvents()
        await asyncio.sleep(0.01)


async def capture_all(
    window: MainWindow, session: Session, account: dict[str, Any], folder: Path
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before anything runs
    shown = next_emission(window.children_shown)
    user = await session.sign_in(account["institution_slug"], account["email"], account["password"])
    window.on_signed_in(user)
    await asyncio.wait_for(shown, TIMEOUT)
    assert window.data is not None  # noqa: S101
    saved: list[Path] = []
    for number, child in enumerate(list(window.data.children), start=1):
        if window.current_child != child.contact_id or window.tasks.is_running("overview"):
            loaded = next_emission(
                window.overview_shown,
                lambda cid, c=child: (
                    cid == c.contact_id and not window.tasks.is_running("overview")
                ),
            )
            window.switcher.select(child.contact_id)
            await asyncio.wait_for(loaded, TIMEOUT)
        for index, page in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            await _settle()
            path = folder / f"{number}-{_slug(child.name)}-{index + 1}-{_slug(page.tab_title)}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            saved.append(path)
    return saved

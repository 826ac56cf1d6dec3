"""What the batch runs (`--screenshots`, `--export`) share: sign the window in (or resume the
remembered sign-in), then wait until it has loaded what it can of the household."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models.auth import SignedInUser
    from .views.main_window import MainWindow

TIMEOUT = 60.0


async def until(done: Callable[[], bool], what: str) -> None:
    """Until `done()`; TimeoutError naming `what` after TIMEOUT seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TIMEOUT
    while not done():
        if loop.time() > deadline:
            raise TimeoutError(f"{what} kept loading")
        await asyncio.sleep(0.05)


async def settled(window: MainWindow) -> None:
    """Until nothing is loading (an unreachable server ends in the offline banner)."""
    busy = ("restore", "children", "overview", "household")
    await until(lambda: not any(window.tasks.is_running(n) for n in busy), "the window")


async def open_household(
    window: MainWindow,
    *,
    sign_in: Callable[[], Awaitable[SignedInUser]] | None = None,
    resumed: SignedInUser | None = None,
) -> None:
    """Signed in, the children known (from the server, or the saved copy offline). Raises
    RuntimeError when there is no child to show."""
    window.show()
    user = await sign_in() if sign_in is not None else resumed
    if user is None:
        raise ValueError("nobody signed in")
    assert window.flow is not None  # noqa: S101  # build_window attached it
    window.flow.on_signed_in(user)
    await asyncio.sleep(0)
    await settled(window)
    if window.presenter.data is None or not window.presenter.data.children:
        raise RuntimeError("no child to show (nothing saved and the server did not answer)")

"""`--export DIR`: sign in (the demo household, or the remembered sign-in, offline too from
the saved overview), bring every child's overview up to date, and write `household.ics` and
one `report-<child>.pdf` per child into DIR."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .batch_run import open_household
from .core.household_export import Exported, known_states, load_household, write_household
from .views.main_window import MainWindow

if TYPE_CHECKING:
    from .models.auth import SignedInUser


async def export_all(
    window: MainWindow,
    folder: Path,
    *,
    sign_in: Callable[[], Awaitable[SignedInUser]] | None = None,
    resumed: SignedInUser | None = None,
) -> tuple[Exported, bool]:
    """What was written, and whether it came from the saved copy (offline). Raises
    RuntimeError when there is nothing to export, OSError when DIR cannot be written."""
    await open_household(window, sign_in=sign_in, resumed=resumed)
    data = window.presenter.data
    assert data is not None  # noqa: S101  # open_household checked it
    now = window.clock()
    states = known_states(data, await load_household(data, now))
    if not states:
        raise RuntimeError("no child's data is known (nothing saved and the server did not answer)")
    offline = window.offline_banner.isVisibleTo(window)
    account = window.session.account if window.session is not None else None
    exported = write_household(
        folder,
        states,
        now=now,
        institution=account.institution_slug if account is not None else "",
        offline=offline,
    )
    return exported, offline

"""A remembered parent's start: the saved overview is read on the keyring thread while Qt
loads, and rendered before the window's first paint (the services follow right after it, in
`app.main`). See core/cached_start.py for the read itself."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .views.main_window import MainWindow

EARLY_READ_TIMEOUT = 1.0  # seconds the window waits for the saved overview before painting


class EarlyStart:
    """The start-up prefetch (see core/cached_start.py): its keyring thread and credential
    store, which the session goes on using, and the services, attached once the window (the
    saved overview, if it was read in time) has painted, before the event loop starts."""

    def __init__(self, server_url: str, dirs: Any, settings: Any) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.settings = settings  # the app's one LocalSettings, read once, here
        self.keyring = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
        self.future = self.keyring.submit(_prefetch, server_url, dirs, settings)
        self.credentials: Any = None
        self.cached: Any = None  # the CachedStart painted first, until `settle_saved`
        self.services: tuple[Any, Any] | None = None

    @classmethod
    def for_remembered(cls, args: argparse.Namespace) -> EarlyStart | None:
        """Only for a remembered parent (the settings file, read here: a thread started for
        nothing would slow the frame's own first paint), never for a batch or demo run (nor at
        a kiosk: the caller asks only when kiosk mode is off)."""
        if args.demo or args.screenshots is not None:
            return None
        from .core.app_dirs import AppDirs
        from .core.settings import LocalSettings

        dirs = AppDirs.default()
        settings = LocalSettings(dirs.config)
        return cls(args.server, dirs, settings) if settings.remembered else None


def _prefetch(server_url: str, dirs: Any, settings: Any) -> tuple[Any, Any]:
    """On the keyring thread, so that its imports and reads overlap Qt's start-up."""
    from .core.cached_start import prefetch
    from .core.credentials import CredentialStore

    store = CredentialStore()
    return store, prefetch(server_url, store, dirs, settings)


def paint_saved_first(window: MainWindow, early: EarlyStart) -> None:
    """When the prefetch finds a saved overview, render it now, so that the window's first
    paint shows it. The toolbar is built while it is read (the models were loaded before Qt,
    in `app.main`); the services, other tabs and tray come after the paint (`main`)."""
    from concurrent.futures import TimeoutError as FutureTimeout

    window.prepare()
    try:  # bounded: a slow keyring (a prompt, D-Bus activation) must not hold the window
        early.credentials, cached = early.future.result(timeout=EARLY_READ_TIMEOUT)
    except FutureTimeout:
        return
    if cached is None:
        return
    data = cached.parent_data(window.clock)
    if data is None:
        return
    window.show_saved(data, cached.account, cached.name)
    early.cached = cached


def settle_saved(window: MainWindow, early: EarlyStart) -> None:
    """Right after the first paint, before any input: the same rows parsed by the models
    replace the first paint's plain records (the keyring thread is idle now, so pydantic's
    imports race with nobody's). Nothing visible changes; a row the models refuse is dropped
    as `ParentData.load_cached` would drop it."""
    cached, early.cached = early.cached, None
    if cached is not None:
        window.adopt_saved(cached.validated_data(window.clock))

"""A remembered parent's start: the saved overview is read while Qt loads, and rendered before
the window's first paint (the services follow right after it, in `app.main`). See
core/cached_start.py for the read itself.

On Linux with more than one CPU the read runs in a child process started before Qt is
imported: its imports (cryptography, secretstorage, sqlite3) and the Secret Service and
SQLite work then run beside Qt's start-up instead of taking turns with it on the GIL. The
child sends the opened rows back over a pipe (memory only, never a file) and exits. Elsewhere
it is a thread.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse  # for the child process too: it imports this module, argparse costs 2 ms
    from concurrent.futures import ThreadPoolExecutor

    from .core.cached_start import CachedStart
    from .views.main_window import MainWindow

EARLY_READ_TIMEOUT = 1.0  # seconds the window waits for the saved overview before painting
CHILD_LIFETIME = 5  # seconds after which the read's child process is ended by the system
CHILD_FLAG = "--read-saved-overview"  # the bundle's executable runs `child_main` (build/entry.py)
_PIPE_FD = 3  # the child's end of the pipe
_PIPE_SIZE = 1 << 20  # bytes; Linux lets anyone raise a pipe to 1 MiB (fs/pipe-max-size)


class EarlyStart:
    """The start-up read (see core/cached_start.py), the keyring thread and credential store
    the session goes on using, and the services, attached once the window (the saved
    overview, if it was read in time) has painted, before the event loop starts."""

    def __init__(self, server_url: str, *, spawn: bool, settings: Any = None) -> None:
        self._keyring: ThreadPoolExecutor | None = None
        self.credentials: Any = None
        self.cached: CachedStart | None = None  # painted first, until `settle_saved`
        self.services: tuple[Any, Any] | None = None
        self._settings = settings
        self._read: _ChildRead | _ThreadRead | None = None
        if spawn:
            try:
                self._read = _ChildRead(server_url)
            except OSError:  # no process to spare (EAGAIN, ENOMEM): a thread, then
                self._read = None
        if self._read is None:
            self._read = _ThreadRead(server_url, self)

    @classmethod
    def for_remembered(cls, args: argparse.Namespace) -> EarlyStart | None:
        """Not for a batch or demo run (nor at a kiosk: the caller asks only when kiosk mode
        is off, and only when a settings file may exist). A child process asks the settings
        itself, beside Qt; a thread is started only for a remembered parent (the settings are
        read here: a thread started for nothing would slow the frame's own first paint)."""
        if args.demo or args.screenshots is not None:
            return None
        if _can_spawn():
            return cls(args.server, spawn=True)
        settings = _local_settings()
        return cls(args.server, spawn=False, settings=settings) if settings.remembered else None

    @property
    def keyring(self) -> ThreadPoolExecutor:
        """The session's keyring thread; made on first use (after the first paint when the
        read is a child process: concurrent.futures is not on that path)."""
        if self._keyring is None:
            from concurrent.futures import ThreadPoolExecutor

            self._keyring = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
        return self._keyring

    @property
    def settings(self) -> Any:
        """The app's one LocalSettings (read here, after the first paint, on the UI thread)."""
        if self._settings is None:
            self._settings = _local_settings()
        return self._settings

    def result(self, timeout: float) -> CachedStart | None:
        assert self._read is not None  # noqa: S101 - set in __init__
        return self._read.result(timeout)

    def reap(self) -> None:
        """After the first paint: collect the read's child process (if it was one)."""
        if isinstance(self._read, _ChildRead):
            self._read.reap()


def _local_settings() -> Any:
    from .core.app_dirs import AppDirs
    from .core.settings import LocalSettings

    return LocalSettings(AppDirs.default().config)


def _can_spawn() -> bool:
    """Linux with more than one CPU (with one, nothing runs beside Qt anyway)."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "posix_spawn")
        and bool(sys.executable)
        and len(os.sched_getaffinity(0)) > 1
    )


def _child_command(server_url: str) -> list[str]:
    """This interpreter running `child_main` (the bundle's executable: with `CHILD_FLAG`)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, server_url]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # holds the package
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from optilearn_desktop.saved_start import child_main; child_main(sys.argv[2])"
    )
    return [sys.executable, "-c", code, root, server_url]


def child_main(server_url: str) -> None:
    """The child process: read, send the opened rows down fd 3, leave. Never returns."""
    code = 1
    try:
        import signal

        # Never outlive the wait by much, even orphaned: a keyring that stops answering must
        # not keep a process holding secrets around.
        signal.alarm(CHILD_LIFETIME)
        cached = _read_saved(server_url)
        payload = b"" if cached is None else cached.to_bytes()
        view = memoryview(payload)
        while view:
            view = view[os.write(_PIPE_FD, view) :]
        os.close(_PIPE_FD)  # the end of the answer now, not when this process has wound down
        code = 0
    finally:
        os._exit(code)


def _read_saved(server_url: str, store: Any = None, settings: Any = None) -> CachedStart | None:
    from .core.app_dirs import AppDirs
    from .core.cached_start import prefetch
    from .core.credentials import CredentialStore
    from .core.settings import LocalSettings

    dirs = AppDirs.default()
    settings = settings or LocalSettings(dirs.config)
    return prefetch(server_url, store or CredentialStore(), dirs, settings)


class _ChildRead:
    """The read in a child process started afresh (posix_spawn), not forked: a forked child
    shares the parent's memory copy-on-write, and every Python object the parent then touches
    while it imports Qt (reference counts) costs a page copy, about 3.5 ms of the start. The
    child runs `child_main`; `command` (tests) starts another program in its place."""

    def __init__(self, server_url: str, command: list[str] | None = None) -> None:
        readable, writable = os.pipe()  # both ends close-on-exec; the child's copy is fd 3
        with contextlib.suppress(ImportError, AttributeError, OSError):  # Linux; else 64 KiB
            import fcntl

            # Room for the whole answer (~80 KiB for three children): the child writes it at
            # once and leaves, instead of waiting for the parent to read (~1 ms a round).
            fcntl.fcntl(readable, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
        argv = command or _child_command(server_url)
        try:
            pid = os.posix_spawn(
                argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, writable, _PIPE_FD)]
            )
        except OSError:
            os.close(readable)
            raise
        finally:
            os.close(writable)
        self._pid: int | None = pid
        self._fd = readable

    def result(self, timeout: float) -> CachedStart | None:
        """The answer (None: too slow, failed, or none). The answer checks itself (its
        format and every row), so the child's exit status is not awaited: a child that sent
        one is leaving, and `reap` collects it after the first paint."""
        import select
        import time

        from .core.cached_start import CachedStart

        deadline = time.monotonic() + timeout
        chunks: list[bytes] = []
        answered = False
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                    return None  # too slow (a prompt, D-Bus activation): paint without it
                chunk = os.read(self._fd, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
            answered = True
            return CachedStart.from_bytes(b"".join(chunks)) if chunks else None
        finally:
            os.close(self._fd)
            if not answered:
                self._end()
            elif self._pid is not None and os.waitpid(self._pid, os.WNOHANG)[0]:
                self._pid = None  # already gone

    def reap(self) -> None:
        """Collect the child after the first paint. It has left by then; were it still
        running, it is ended rather than waited for (the window is taking input)."""
        self._end()

    def _end(self) -> None:
        """End the child if it still runs, and collect it."""
        if self._pid is None:
            return
        import signal

        pid, self._pid = self._pid, None
        with contextlib.suppress(ProcessLookupError):  # it has just finished
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


class _ThreadRead:
    """On the session's keyring thread; its credential store is the one the session uses."""

    def __init__(self, server_url: str, early: EarlyStart) -> None:
        self._early = early
        self._future = early.keyring.submit(self._run, server_url)

    def _run(self, server_url: str) -> tuple[Any, CachedStart | None]:
        from .core.credentials import CredentialStore

        store = CredentialStore()
        # The settings as the UI thread read them (None when a child process failed: read here).
        return store, _read_saved(server_url, store, self._early._settings)

    def result(self, timeout: float) -> CachedStart | None:
        from concurrent.futures import TimeoutError as FutureTimeout

        try:  # bounded: a slow keyring (a prompt, D-Bus activation) must not hold the window
            self._early.credentials, cached = self._future.result(timeout=timeout)
        except FutureTimeout:
            return None
        return cached


def paint_saved_first(window: MainWindow, early: EarlyStart) -> None:
    """When the read finds a saved overview, render it now, so that the window's first paint
    shows it. The toolbar is built while it is read; the services, other tabs and tray come
    after the paint (`main`)."""
    window.prepare()
    cached = early.result(EARLY_READ_TIMEOUT)
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
    early.reap()
    cached, early.cached = early.cached, None
    if cached is not None:
        window.adopt_saved(cached.validated_data(window.clock))

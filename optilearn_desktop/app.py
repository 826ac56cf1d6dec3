"""Composition root: command line, QApplication, the qasync loop, services, the main window.

The only module that knows every layer. Qt is imported only once the arguments are parsed, so
`--version` and `--help` work without a display.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from typing import TYPE_CHECKING, Any

from . import APP_NAME, __version__
from .models.routes import PRODUCTION_BASE_URL

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .core.kiosk_policy import KioskPolicy
    from .saved_start import EarlyStart
    from .views.main_window import MainWindow

log = logging.getLogger(__name__)
ALREADY_RUNNING = f"{APP_NAME} is already running: brought its window forward"


def _path(value: str) -> Any:
    from pathlib import Path  # only when a path option is given: pathlib costs start-up time

    return Path(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="optilearn-desktop",
        description=f"{APP_NAME}: follow your children's courses, grades and classes.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--server", default=PRODUCTION_BASE_URL, help="OptiLearn server URL")
    parser.add_argument("--institution", default="", help="institution code (slug), e.g. svpms")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="shared front-office computer: full screen, nothing kept on disk or in the "
        "keyring, signed out after 2 minutes without input (IT can force it, fix the "
        "institution and set the timeout in the machine-wide policy.toml; see docs/kiosk.md)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the bundled demo backend on this computer and sign in to one of its "
        "households (needs the 'demo' extra)",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=_path,
        help="save every tab of every child as PNG in DIR, then exit: with --demo for the "
        "three-children demo household, otherwise for the remembered sign-in (offline too)",
    )
    parser.add_argument(
        "--color-scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="follow the system's light/dark setting (default) or force one",
    )
    parser.add_argument("--ca-bundle", type=_path, help="extra CA certificates (PEM) to trust")
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="how often to check for new notifications while online (default 30, as the web "
        "portal; at least 5)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check what this installation needs (Qt platform plugin, image formats, keyring, "
        "TLS trust store, SQLite, writable folders), print a report and exit (1 on a failure)",
    )
    return parser


def _choose_locale() -> None:
    from PySide6.QtCore import QLocale

    # A bare "C"/POSIX environment (containers, CI) would format dates as "26 11 2026";
    # fall back to plain English there. Any real user locale is kept.
    if QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def resolve_kiosk(args: argparse.Namespace) -> KioskPolicy:
    """The machine-wide policy (IT's word wins), then `--kiosk`, which can only turn it on."""
    from .core.kiosk_policy import load_policy, merge_cli

    return merge_cli(load_policy(), args.kiosk)


async def run(
    app: QApplication,
    window: MainWindow,
    args: argparse.Namespace,
    early: EarlyStart | None = None,
    kiosk: KioskPolicy | None = None,
) -> int:
    """Runs once the window is on screen: load the services, attach them, sign in. `kiosk`:
    the policy as `main` resolved it (None: no policy file and no `--kiosk`)."""
    import asyncio

    from .core.event_loop import install_asyncgen_hooks

    install_asyncgen_hooks(asyncio.get_running_loop())
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    _quit_on_signals(window)
    if not window.isVisible():  # closed while the frame was painting
        return 0

    demo: Any = None
    base_url = args.server
    demo_accounts: list[dict[str, Any]] | None = None
    if args.demo:
        from optilearn_reference.process import DemoServer

        window.starting_label.setText("Starting the demo school…")
        demo = DemoServer()
        await asyncio.get_running_loop().run_in_executor(None, demo.start)
        base_url = demo.lms_url
        demo_accounts = [a for a in demo.info["accounts"] if a.get("role") == "parent"]
    try:
        if early is not None and early.services is not None:  # attached before the first paint
            session, settings = early.services
        else:
            session, settings = _attach_services(
                window, args, base_url, demo_accounts, early, kiosk
            )
        if kiosk is not None and kiosk.problem and not kiosk.enabled:  # IT's file is wrong
            window.notice_label.setText(kiosk.problem)
        await session.probe_keyring()
        resumed = await session.resume()
        if args.screenshots is not None:
            return await _screenshots(window, session, demo, resumed, args.screenshots)
        if resumed is not None:
            from .core.desktop_options import DesktopOptions

            # "Start in the tray": a remembered parent gets the icon and alerts, no window.
            if (
                settings is not None
                and window.tray.available
                and DesktopOptions.load(settings).start_in_tray
            ):
                window.hide()
            window.on_signed_in(resumed)
        else:
            window.start()
        await closed.wait()
        await _leave(session)
        return 0
    finally:
        if demo is not None:
            demo.stop()


def _attach_services(
    window: MainWindow,
    args: argparse.Namespace,
    base_url: str,
    demo_accounts: list[dict[str, Any]] | None,
    early: EarlyStart | None,
    kiosk: KioskPolicy | None,
) -> tuple[Any, Any]:
    from .core.app_dirs import AppDirs
    from .core.credentials import CredentialStore
    from .core.links import LinkPolicy
    from .core.log_setup import configure_logging
    from .core.session import Session
    from .core.settings import LocalSettings
    from .views.link_opener import LinkOpener

    kiosk_on = kiosk is not None and kiosk.enabled
    dirs = AppDirs.default()
    if kiosk_on:  # a shared computer: no folder made, no log file, nothing written
        configure_logging(None)
    else:
        dirs.ensure()
        configure_logging(dirs.log)
    config: Any = None

    def client(**options: Any) -> Any:
        nonlocal config
        from .api.client import OptiLearnClient  # httpx: not before the first paint
        from .api.config import ClientConfig

        config = config or ClientConfig(base_url=base_url, ca_bundle=args.ca_bundle)
        return OptiLearnClient(config, **options)

    # One instance for the whole app: two would each write back their own copy of the file.
    # A kiosk reads no one's settings (a remembered sign-in there must not resume).
    settings = None if kiosk_on else early.settings if early else LocalSettings(dirs.config)
    forget = args.demo or kiosk_on
    session = Session(
        client,
        server_url=base_url,
        # The demo school is new on every run, a kiosk is shared: nothing is kept.
        credentials=None if forget else (early.credentials if early else None) or CredentialStore(),
        settings=None if forget else settings,
        cache_dir=None if kiosk_on else dirs.cache,
        remember_off_reason=(
            "this is a shared computer"
            if kiosk_on
            else "the demo school starts afresh every time"
            if args.demo
            else None
        ),
        keyring_executor=early.keyring if early else None,
    )
    tray = None
    if args.screenshots is None and not kiosk_on:
        from .desktop_integration import application_icon
        from .views.tray import QtTray

        tray = QtTray(application_icon())
    window.attach(
        session,
        LinkOpener(LinkPolicy(base_url), kiosk=kiosk_on),
        institution=args.institution,
        demo_accounts=demo_accounts,
        settings=settings,
        tray=tray,
        watch_interval=max(5.0, args.poll_interval),
        kiosk=kiosk if kiosk_on else None,
    )
    return session, settings


async def _screenshots(
    window: MainWindow, session: Any, demo: Any, resumed: Any, folder: Any
) -> int:
    from .screenshots import capture_all

    if demo is not None:
        account = next(a for a in demo.info["accounts"] if a["key"] == "parent_three")

        async def sign_in() -> Any:
            return await session.sign_in(
                account["institution_slug"], account["email"], account["password"]
            )

        saved = await capture_all(window, folder, sign_in=sign_in)
    elif resumed is not None:  # a remembered session: whatever the server says, or the cache
        saved = await capture_all(window, folder, resumed=resumed)
    else:
        print("--screenshots needs --demo or a remembered sign-in", file=sys.stderr)
        return 2
    offline = window.offline_banner.isVisibleTo(window)
    print(
        f"saved {len(saved)} screenshots to {folder}"
        + (" (offline: showing saved data)" if offline else "")
    )
    window.close()
    await _leave(session)
    return 0


def _quit_on_signals(window: MainWindow) -> None:
    """Ctrl+C in a terminal or a polite `kill`: leave as Quit does (session kept or revoked,
    demo backend stopped), not mid-write."""
    import asyncio
    import signal

    from PySide6.QtCore import QTimer

    loop = asyncio.get_running_loop()

    def request_quit(*_: object) -> None:
        loop.call_soon_threadsafe(window.quit_app)

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), request_quit)
    # Python handles a signal only when it runs; while Qt waits in C++ a timer lets it.
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(500)


async def _leave(session: Any) -> None:
    # "Keep me signed in" keeps the session for next time; otherwise it is revoked and wiped.
    # Bounded, so that quitting offline is not held up by the network deadline.
    import asyncio

    try:
        await asyncio.wait_for(session.leave(), timeout=5)
    except TimeoutError:
        log.warning("leaving did not finish in time")


def _until_painted(window: MainWindow) -> None:
    """Let Qt alone run until the frame is painted (at most 2 s: some platforms paint late).
    Runs before the asyncio loop exists, so no coroutine can be caught inside it."""
    import time

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    painted = []
    window.first_painted.connect(lambda: painted.append(True))
    deadline = time.monotonic() + 2.0
    while not painted and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:  # before any Qt: the report covers the platform plugin itself
        from .self_test import run_self_test

        return run_self_test()

    from .core.start_probe import policy_may_apply, settings_may_exist
    from .saved_start import EarlyStart, settle_saved

    # Kiosk first: a shared computer must not even look at a remembered sign-in. The probe
    # spares home computers the policy loader's import before the first paint.
    kiosk = resolve_kiosk(args) if policy_may_apply(args.kiosk) else None
    # A remembered parent's saved overview is read while Qt loads (not for a batch or demo run).
    early = (
        EarlyStart.for_remembered(args)
        if (kiosk is None or not kiosk.enabled) and settings_may_exist()
        else None
    )
    forwarded = sys.argv[1:] if argv is None else list(argv)
    guard = args.screenshots is None  # a batch run neither hands over to nor blocks a window
    # Python's cyclic garbage collector rests until the first frame is painted: loading Qt
    # and building the window leave ~30,000 tracked objects (modules, classes, enums), next
    # to none of them garbage, and the collector ran ~40 times over them on the way, ~4 ms
    # (an A/B of the whole start: 136 -> 130 ms). It runs again from the first frame on.
    gc.disable()
    try:
        opened = _open_window(args, early, kiosk, forwarded if guard else None)
    finally:
        gc.enable()
    if opened is None:
        print(ALREADY_RUNNING, file=sys.stderr)
        return 0
    app, window = opened
    if early is not None:  # before any input is handled: the models, other tabs, tray, ...
        settle_saved(window, early)
        early.services = _attach_services(window, args, args.server, None, early, None)
    from .desktop_integration import SingleInstance, bring_to_front

    instance: SingleInstance | None = None
    if guard:  # listen (and, on Windows or after a race, hand over) once the frame is up
        instance = SingleInstance()
        if not instance.acquire(forwarded):
            print(ALREADY_RUNNING, file=sys.stderr)
            window.close()
            return 0
        instance.activation_requested.connect(lambda _argv: bring_to_front(window))
    import asyncio

    import qasync

    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            return runner.run(run(app, window, args, early, kiosk))
    finally:
        if instance is not None:
            instance.release()


def _open_window(
    args: argparse.Namespace,
    early: EarlyStart | None,
    kiosk: KioskPolicy | None,
    forwarded: list[str] | None,
) -> tuple[QApplication, MainWindow] | None:
    """Qt, the application and the window, shown and painted (for a remembered parent with
    the saved overview). `forwarded`: the arguments to hand to an instance already running
    (None: a batch run, which does not); None when they were handed over."""
    from PySide6.QtWidgets import QApplication

    from .pyside_import_scan import read_sources_directly

    read_sources_directly()  # before the window's modules load (pyside_import_scan.py)
    from .desktop_integration import (
        application_icon,
        hand_over_posix,
        set_windows_app_user_model_id,
    )
    from .saved_start import paint_saved_first

    if forwarded is not None and hand_over_posix(forwarded):
        return None
    set_windows_app_user_model_id()  # before the first window: taskbar group, toast app name
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("OptiLearn")
    app.setDesktopFileName("optilearn-desktop")
    app.setQuitOnLastWindowClosed(False)  # the coroutine decides when to leave
    _choose_locale()
    if args.color_scheme != "system":  # Qt follows the OS by itself otherwise
        from .views.theme import apply_color_scheme

        apply_color_scheme(app, args.color_scheme)
    from .views.main_window import MainWindow

    # The frame is painted before asyncio, qasync and httpx load; for a remembered parent
    # it already shows the saved overview.
    window = MainWindow()
    if early is not None:
        paint_saved_first(window, early)
    if kiosk is not None and kiosk.enabled:
        window.showFullScreen()
    else:
        window.show()
    _until_painted(window)
    # The taskbar and title-bar icon follows the first frame by a few milliseconds: building
    # QIcon (its Python enums) and reading the PNGs is ~1.5 ms the frame need not wait for.
    app.setWindowIcon(application_icon())
    return app, window


if __name__ == "__main__":
    raise SystemExit(main())

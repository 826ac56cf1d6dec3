"""Composition root: the command line, the start-up and the run (compose.py assembles the
services and the window).

The only module, with compose.py, that knows every layer. Qt is imported only once the
arguments are parsed, so `--version` and `--help` work without a display.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import APP_NAME, __version__
from .models.routes import PRODUCTION_BASE_URL

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from PySide6.QtWidgets import QApplication

    from .compose import Services
    from .core.kiosk_policy import KioskPolicy
    from .core.settings import LocalSettings
    from .views.main_window import MainWindow

log = logging.getLogger(__name__)
TRACE_ENV = "OPTILEARN_DESKTOP_TRACE_START"  # platform/startup_trace.py's switch
SCREENSHOTS_WHILE_RUNNING = (
    f"{APP_NAME} is running: close it first (screenshots of the remembered sign-in would "
    "sign its window out)"
)
ALREADY_RUNNING = f"{APP_NAME} is already running: brought its window forward"
EXPORT_WHILE_RUNNING = (
    f"{APP_NAME} is running: close it first (an export of the remembered sign-in would sign "
    "its window out)"
)
EXPORT_IN_KIOSK = "--export is not available on a shared computer (kiosk mode keeps no files)"


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
        type=Path,
        help="save every tab of every child as PNG in DIR, then exit: with --demo for the "
        "three-children demo household, otherwise for the remembered sign-in (offline too)",
    )
    parser.add_argument(
        "--export",
        metavar="DIR",
        type=Path,
        help="write household.ics (every child's upcoming assignments and next live classes) "
        "and report-<child>.pdf for each child into DIR, then exit: with --demo for the "
        "demo household, otherwise for the remembered sign-in (offline too, from the saved "
        "overview); exits 1 when nothing could be exported or written",
    )
    parser.add_argument(
        "--color-scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="follow the system's light/dark setting (default) or force one",
    )
    parser.add_argument(
        "--language",
        choices=("system", "en", "hi", "xx"),
        help="the language of the window for this run (default: the one chosen in the "
        "settings, else the system's): en English, hi Hindi, xx a pseudo-locale that "
        "brackets and lengthens every text (for checking translations and layouts)",
    )
    parser.add_argument("--ca-bundle", type=Path, help="extra CA certificates (PEM) to trust")
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


def resolve_kiosk(args: argparse.Namespace) -> KioskPolicy | None:
    """The machine-wide policy (IT's word wins), then `--kiosk`, which can only turn it on;
    None when neither can apply (no policy file where IT puts one, no `--kiosk`)."""
    from .core.policy_probe import policy_may_apply

    if not policy_may_apply(args.kiosk):
        return None
    from .core.kiosk_policy import load_policy, merge_cli

    return merge_cli(load_policy(), args.kiosk)


async def run(
    app: QApplication,
    window: MainWindow,
    args: argparse.Namespace,
    services: Services | None = None,
    kiosk: KioskPolicy | None = None,
    settings: LocalSettings | None = None,
) -> int:
    """Runs once the window is on screen: attach the services, resume or ask for sign-in.
    `services`: as `compose` made them before Qt loaded; None to compose them here (the demo,
    whose server is started first). `kiosk`: the policy as `main` resolved it."""
    import asyncio

    from .compose import attach_services, compose
    from .core.event_loop import install_asyncgen_hooks

    install_asyncgen_hooks(asyncio.get_running_loop())
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    _quit_on_signals(window)
    if not window.isVisible():  # closed while the frame was painting
        return 0

    demo: Any = None
    if services is None and args.demo:
        from optilearn_reference.process import DemoServer

        from .core.wording import translate

        window.starting_label.setText(translate("MainWindow", "Starting the demo school…"))
        demo = DemoServer()
        await asyncio.get_running_loop().run_in_executor(None, demo.start)
        accounts = [a for a in demo.info["accounts"] if a.get("role") == "parent"]
        services = compose(args, kiosk, demo.lms_url, accounts, settings)
    elif services is None:
        services = compose(args, kiosk, args.server, settings=settings)
    try:
        attach_services(window, services, args, kiosk)
        session, flow, tray = services.session, window.flow, window.tray
        assert flow is not None and tray is not None  # noqa: S101 - attached just above
        if kiosk is not None and kiosk.problem and not kiosk.enabled:  # IT's file is wrong
            from .core.wording import Later

            policy = kiosk  # said again, in the new language, on a change of language
            window.set_notice(Later(lambda: policy.problem))
        session.start_revocations()  # sign-outs the server did not hear, first of all
        if kiosk is None or not kiosk.enabled:  # a kiosk never writes a PDF
            from .views.link_opener import LinkOpener

            LinkOpener.sweep_stale()
        # The remembered sign-in first: it is being read already, and the probe would queue
        # behind it on the keyring thread (while the models load here, see Session.resume).
        resumed = await session.resume()
        await session.probe_keyring()
        if args.screenshots is not None:
            return await _screenshots(window, session, demo, resumed, args.screenshots)
        if args.export is not None:
            return await _export(window, session, demo, resumed, args.export)
        if resumed is not None:
            from .core.desktop_options import DesktopOptions

            # "Start in the tray": a remembered parent gets the icon and alerts, no window.
            settings = services.settings
            if (
                settings is not None
                and tray.available
                and DesktopOptions.load(settings).start_in_tray
            ):
                window.hide()
            flow.on_signed_in(resumed)
        else:
            flow.start()
        await closed.wait()
        await _leave(session)
        return 0
    finally:
        if demo is not None:
            demo.stop()


def _demo_sign_in(session: Any, demo: Any) -> Callable[[], Awaitable[Any]]:
    """The batch runs' sign-in to the three-children demo household."""
    account = next(a for a in demo.info["accounts"] if a["key"] == "parent_three")

    async def sign_in() -> Any:
        return await session.sign_in(
            account["institution_slug"], account["email"], account["password"]
        )

    return sign_in


async def _screenshots(
    window: MainWindow, session: Any, demo: Any, resumed: Any, folder: Any
) -> int:
    from .screenshots import capture_all

    if demo is not None:
        saved = await capture_all(window, folder, sign_in=_demo_sign_in(session, demo))
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


async def _export(window: MainWindow, session: Any, demo: Any, resumed: Any, folder: Path) -> int:
    from .export_cli import export_all

    if demo is None and resumed is None:
        print("--export needs --demo or a remembered sign-in", file=sys.stderr)
        return 2
    sign_in = _demo_sign_in(session, demo) if demo is not None else None
    try:
        exported, offline = await export_all(window, folder, sign_in=sign_in, resumed=resumed)
    except RuntimeError as exc:
        print(f"nothing exported: {exc}", file=sys.stderr)
        status = 1
    except OSError as exc:
        print(f"could not write the export into {folder}: {exc}", file=sys.stderr)
        status = 1
    else:
        reports = len(exported.reports)
        print(
            f"exported {exported.events} calendar events to {exported.calendar} and "
            f"{reports} report{'s' if reports != 1 else ''} to {folder}"
            + (" (offline: from the saved data)" if offline else "")
        )
        status = 0
    window.close()
    await _leave(session)
    return status


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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:  # before any Qt: the report covers the platform plugin itself
        from .self_test import run_self_test

        return run_self_test()

    from .platform.hand_over import hand_over_posix, instance_running

    batch = args.screenshots is not None or args.export is not None
    if batch and not args.demo and instance_running():
        # Its own sign-in would rotate the open window's token, which ends that session.
        running = (
            SCREENSHOTS_WHILE_RUNNING if args.screenshots is not None else EXPORT_WHILE_RUNNING
        )
        print(running, file=sys.stderr)
        return 2

    forwarded = sys.argv[1:] if argv is None else list(argv)
    guard = not batch  # a batch run neither hands over to nor blocks a window
    if guard and hand_over_posix(forwarded):
        print(ALREADY_RUNNING, file=sys.stderr)
        return 0
    # Kiosk first: a shared computer must not even look at a remembered sign-in.
    kiosk = resolve_kiosk(args)
    if args.export is not None and kiosk is not None and kiosk.enabled:
        print(EXPORT_IN_KIOSK, file=sys.stderr)  # no files on a shared computer
        return 2
    from .compose import compose, has_remembered_parent, local_settings

    # A remembered parent's sign-in is read while Qt loads and the window is built; for
    # anyone else the services are put together once the frame is on screen (`run`).
    settings = local_settings(kiosk)  # read once: remembered sign-in, language, options
    remembered = has_remembered_parent(args, settings)
    services = compose(args, kiosk, args.server, settings=settings) if remembered else None
    app, window = _open_window(args, kiosk, settings)
    from .platform.single_instance import SingleInstance, bring_to_front

    instance: SingleInstance | None = None
    if guard:  # listen (and, on Windows or after a race, hand over) once the window is up
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
            return runner.run(run(app, window, args, services, kiosk, settings))
    finally:
        if instance is not None:
            instance.release()


def _open_window(
    args: argparse.Namespace, kiosk: KioskPolicy | None, settings: LocalSettings | None
) -> tuple[QApplication, MainWindow]:
    """Qt, the application and the window, shown."""
    from PySide6.QtWidgets import QApplication

    from .platform.app_id import set_windows_app_user_model_id
    from .platform.icons import application_icon
    from .views.main_window import MainWindow

    set_windows_app_user_model_id()  # before the first window: taskbar group, toast app name
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("OptiLearn")
    app.setDesktopFileName("optilearn-desktop")
    app.setQuitOnLastWindowClosed(False)  # the coroutine decides when to leave
    app.setWindowIcon(application_icon())
    from .platform.translations import Translations

    translations = Translations()  # also the locale: a bare C one reads as British English
    from .core import language

    translations.apply(args.language or language.load_choice(settings))  # system at a kiosk
    if args.color_scheme != "system":  # Qt follows the OS by itself otherwise
        from .views.theme import apply_color_scheme

        apply_color_scheme(app, args.color_scheme)
    window = MainWindow()
    window.translations = translations  # the settings dialog switches language through it
    if os.environ.get(TRACE_ENV):  # benchmarks only: the module loads when they ask for it
        from .platform.startup_trace import trace_window

        trace_window(window, lambda: network_answered(window))
    if kiosk is not None and kiosk.enabled:
        window.showFullScreen()
    else:
        window.show()
    _until_painted(app, window)
    return app, window


def _until_painted(app: QApplication, window: MainWindow) -> None:
    """Let Qt paint the window's first frame ("Starting…") before the services and the rest
    of the window are built (at most 2 s: some platforms expose a window late)."""
    import time

    from PySide6.QtCore import QEvent, QEventLoop, QObject

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            self.seen = self.seen or event.type() == QEvent.Type.Paint
            return False

    painted = Painted()
    window.installEventFilter(painted)
    deadline = time.monotonic() + 2.0
    while not painted.seen and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    window.removeEventFilter(painted)


def network_answered(window: MainWindow) -> bool:
    """For the start-up trace: has the server answered the first refresh?"""
    return window.presenter.server_answered


if __name__ == "__main__":
    raise SystemExit(main())

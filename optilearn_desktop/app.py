"""Composition root: command line, QApplication, the qasync loop, services, the main window.

The only module that knows every layer. Qt is imported only once the arguments are parsed, so
`--version` and `--help` work without a display.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import APP_NAME, __version__
from .models.routes import PRODUCTION_BASE_URL

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from .core.clock import Clock
    from .core.kiosk_policy import KioskPolicy
    from .core.session import Session
    from .core.settings import LocalSettings
    from .views.link_opener import LinkOpener
    from .views.main_window import MainWindow
    from .views.tray import TrayBackend

log = logging.getLogger(__name__)
ALREADY_RUNNING = f"{APP_NAME} is already running: brought its window forward"


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
        "--color-scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="follow the system's light/dark setting (default) or force one",
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


class Services(NamedTuple):
    """What the composition root builds once per run and hands to the window."""

    session: Session
    settings: LocalSettings | None
    base_url: str
    demo_accounts: list[dict[str, Any]] | None


def compose(
    args: argparse.Namespace,
    kiosk: KioskPolicy | None,
    base_url: str,
    demo_accounts: list[dict[str, Any]] | None = None,
) -> Services:
    """The services of one run. A remembered sign-in starts being read at once, on the
    keyring thread, so that it runs while Qt loads and the window is built."""
    from .core.app_dirs import AppDirs
    from .core.credentials import CredentialStore
    from .core.log_setup import configure_logging
    from .core.session import Session
    from .core.settings import LocalSettings

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
        from .api.client import OptiLearnClient  # httpx loads with the first client
        from .api.config import ClientConfig

        config = config or ClientConfig(base_url=base_url, ca_bundle=args.ca_bundle)
        return OptiLearnClient(config, **options)

    # One instance for the whole app: two would each write back their own copy of the file.
    # A kiosk reads no one's settings (a remembered sign-in there must not resume).
    settings = None if kiosk_on else LocalSettings(dirs.config)
    forget = args.demo or kiosk_on  # the demo school is new on every run, a kiosk is shared
    session = Session(
        client,
        server_url=base_url,
        credentials=None if forget else CredentialStore(),
        settings=None if forget else settings,
        cache_dir=None if kiosk_on else dirs.cache,
        remember_off_reason=(
            "this is a shared computer"
            if kiosk_on
            else "the demo school starts afresh every time"
            if args.demo
            else None
        ),
    )
    session.start_resume()
    return Services(session, settings, base_url, demo_accounts)


def build_window(
    session: Session,
    links: LinkOpener,
    *,
    settings: LocalSettings | None = None,
    tray: TrayBackend | None = None,
    institution: str = "",
    demo_accounts: list[dict[str, Any]] | None = None,
    watch_interval: float = 30.0,
    kiosk: KioskPolicy | None = None,
    clock: Clock | None = None,
    monotonic: Callable[[], float] | None = None,
    window: MainWindow | None = None,
) -> MainWindow:
    """The window with its services: the one place they are put together, for the app and
    for the tests. `window`: the frame the app has already painted (else a new one)."""
    from .core.alert_hub import AlertHub
    from .core.desktop_options import DesktopOptions
    from .views.main_window import MainWindow
    from .views.sign_in_flow import SignInFlow

    if window is None:
        import time

        from .core.clock import utc_now

        window = MainWindow(clock=clock or utc_now, monotonic=monotonic or time.monotonic)
    kiosk = kiosk if kiosk is not None and kiosk.enabled else None
    alerts = None
    if kiosk is None:  # a shared computer shows no notifications

        def options() -> DesktopOptions:
            return DesktopOptions.load(settings) if settings is not None else DesktopOptions()

        alerts = AlertHub(options, interval=watch_interval, parent=window)
    flow = SignInFlow(
        window,
        session,
        window.presenter,
        window.tasks,
        alerts=alerts,
        institution=institution,
        demo_accounts=demo_accounts,
        kiosk=kiosk,
    )
    window.attach(session, links, flow, settings=settings, tray=tray, alerts=alerts)
    if kiosk is not None:
        from .views.kiosk_mode import KioskMode

        window.kiosk_mode = KioskMode(
            window,
            kiosk,
            window.monotonic,
            signed_in=lambda: session.client is not None or window.presenter.data is not None,
            parent=window,
        )
        window.kiosk_mode.sign_out_requested.connect(flow.sign_out)
        window.kiosk_mode.forget_typing_requested.connect(flow.forget_typing)
        flow.signed_out.connect(window.kiosk_mode.wipe)
    return window


def _attach(
    window: MainWindow, services: Services, args: argparse.Namespace, kiosk: KioskPolicy | None
) -> None:
    """The app's services into the painted frame, with the tray and the link opener."""
    from .core.links import LinkPolicy
    from .views.link_opener import LinkOpener

    kiosk_on = kiosk is not None and kiosk.enabled
    tray = None
    if args.screenshots is None and not kiosk_on:
        from .platform.icons import application_icon
        from .views.tray import QtTray

        tray = QtTray(application_icon())
    build_window(
        services.session,
        LinkOpener(LinkPolicy(services.base_url), kiosk=kiosk_on),
        settings=services.settings,
        tray=tray,
        institution=args.institution,
        demo_accounts=services.demo_accounts,
        watch_interval=max(5.0, args.poll_interval),  # the CLI's floor
        kiosk=kiosk,
        window=window,
    )


async def run(
    app: QApplication,
    window: MainWindow,
    args: argparse.Namespace,
    services: Services | None = None,
    kiosk: KioskPolicy | None = None,
) -> int:
    """Runs once the window is on screen: attach the services, resume or ask for sign-in.
    `services`: as `compose` made them before Qt loaded; None to compose them here (the demo,
    whose server is started first). `kiosk`: the policy as `main` resolved it."""
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
    if services is None and args.demo:
        from .demo.process import DemoServer

        window.starting_label.setText("Starting the demo school…")
        demo = DemoServer()
        await asyncio.get_running_loop().run_in_executor(None, demo.start)
        accounts = [a for a in demo.info["accounts"] if a.get("role") == "parent"]
        services = compose(args, kiosk, demo.lms_url, accounts)
    elif services is None:
        services = compose(args, kiosk, args.server)
    try:
        _attach(window, services, args, kiosk)
        session = services.session
        if kiosk is not None and kiosk.problem and not kiosk.enabled:  # IT's file is wrong
            window.notice_label.setText(kiosk.problem)
        await session.probe_keyring()
        resumed = await session.resume()
        if args.screenshots is not None:
            return await _screenshots(window, session, demo, resumed, args.screenshots)
        if resumed is not None:
            from .core.desktop_options import DesktopOptions

            # "Start in the tray": a remembered parent gets the icon and alerts, no window.
            settings = services.settings
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:  # before any Qt: the report covers the platform plugin itself
        from .self_test import run_self_test

        return run_self_test()

    from .platform.hand_over import hand_over_posix

    forwarded = sys.argv[1:] if argv is None else list(argv)
    guard = args.screenshots is None  # a batch run neither hands over to nor blocks a window
    if guard and hand_over_posix(forwarded):
        print(ALREADY_RUNNING, file=sys.stderr)
        return 0
    # Kiosk first: a shared computer must not even look at a remembered sign-in.
    kiosk = resolve_kiosk(args)
    services = None if args.demo else compose(args, kiosk, args.server)
    app, window = _open_window(args, kiosk)
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
            return runner.run(run(app, window, args, services, kiosk))
    finally:
        if instance is not None:
            instance.release()


def _open_window(
    args: argparse.Namespace, kiosk: KioskPolicy | None
) -> tuple[QApplication, MainWindow]:
    """Qt, the application and the window, shown."""
    from PySide6.QtWidgets import QApplication

    from .platform.app_id import set_windows_app_user_model_id
    from .platform.icons import application_icon
    from .platform.startup_trace import trace_window
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
    _choose_locale()
    if args.color_scheme != "system":  # Qt follows the OS by itself otherwise
        from .views.theme import apply_color_scheme

        apply_color_scheme(app, args.color_scheme)
    window = MainWindow()
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
    session = getattr(window, "session", None)
    return (
        session is not None
        and session.client is not None
        and not window.tasks.is_running("children")
    )


if __name__ == "__main__":
    raise SystemExit(main())

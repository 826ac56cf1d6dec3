"""The composition root's assembly: the services of one run (`compose`) and the window with
its presenter, sign-in flow, alert hub, tray and kiosk mode (`build_window`), the one place
they are put together, for the app and for the tests."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable

    from .core.clock import Clock
    from .core.desktop_options import DesktopOptions
    from .core.kiosk_policy import KioskPolicy
    from .core.session import Session
    from .core.settings import LocalSettings
    from .views.link_opener import LinkOpener
    from .views.main_window import MainWindow
    from .views.tray import TrayBackend


class Services(NamedTuple):
    """What the composition root builds once per run and hands to the window."""

    session: Session
    settings: LocalSettings | None
    base_url: str
    demo_accounts: list[dict[str, Any]] | None


def local_settings(kiosk: KioskPolicy | None) -> LocalSettings | None:
    """This computer's settings, read once for the run (None at a kiosk, which reads no one's:
    a remembered sign-in there must not resume). One instance: two would each write back
    their own copy of the file."""
    if kiosk is not None and kiosk.enabled:
        return None
    from .core.app_dirs import AppDirs
    from .core.settings import LocalSettings

    return LocalSettings(AppDirs.default().config)


def has_remembered_parent(args: argparse.Namespace, settings: LocalSettings | None) -> bool:
    """Whether this computer's user chose "Keep me signed in" (never for the demo school, nor
    at a kiosk, whose sessions are never kept: it has no settings)."""
    return not args.demo and settings is not None and settings.remembered is not None


def compose(
    args: argparse.Namespace,
    kiosk: KioskPolicy | None,
    base_url: str,
    demo_accounts: list[dict[str, Any]] | None = None,
    settings: LocalSettings | None = None,
) -> Services:
    """The services of one run. A remembered sign-in starts being read at once, on the
    keyring thread, so that it runs while Qt loads and the window is built. `settings`: as
    `local_settings` read them (read here when not given)."""
    from .core.app_dirs import AppDirs
    from .core.credentials import CredentialStore
    from .core.log_setup import configure_logging
    from .core.session import DEMO_SCHOOL, SHARED_COMPUTER, Session
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

    if kiosk_on:  # reads no one's settings (see local_settings)
        settings = None
    elif settings is None:
        settings = LocalSettings(dirs.config)
    forget = args.demo or kiosk_on  # the demo school is new on every run, a kiosk is shared
    session = Session(
        client,
        server_url=base_url,
        credentials=None if forget else CredentialStore(),
        settings=None if forget else settings,
        cache_dir=None if kiosk_on else dirs.cache,
        remember_off_reason=SHARED_COMPUTER if kiosk_on else DEMO_SCHOOL if args.demo else None,
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
    from .views.main_window import MainWindow
    from .views.sign_in_flow import SignInFlow
    from .views.tray import TrayController

    if window is None:
        import time

        from .core.clock import utc_now

        window = MainWindow(clock=clock or utc_now, monotonic=monotonic or time.monotonic)
    kiosk = kiosk if kiosk is not None and kiosk.enabled else None
    alerts = None
    if kiosk is None:  # a shared computer shows no notifications

        def options() -> DesktopOptions:
            # Read when an alert is due: the module loads the models, after the first paint.
            from .core.desktop_options import DesktopOptions

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
    controller = TrayController(tray, window)
    presenter = window.presenter
    controller.open_requested.connect(window.bring_forward)
    controller.child_requested.connect(lambda child_id: window.open_on(child_id, None))
    controller.refresh_requested.connect(presenter.refresh)
    controller.settings_requested.connect(window.open_notification_settings)
    controller.sign_out_requested.connect(lambda: flow.sign_out())
    controller.quit_requested.connect(window.quit_app)
    controller.alert_clicked.connect(window.open_alert)
    controller.list_requested.connect(window.open_notification_centre)
    window.attach(session, links, flow, controller, settings=settings, alerts=alerts)
    from .views.export_actions import ExportActions

    ExportActions(window, kiosk=kiosk is not None)  # the window keeps it (its Qt parent)
    from .views.household_nav import attach_household

    attach_household(window)
    controller.in_app_alert.connect(window.alert_banner.show_alert)
    controller.show()
    if alerts is not None:
        alerts.alert.connect(controller.alert)
        alerts.unread_changed.connect(window.set_unread)
        alerts.arrived.connect(window.reload_notifications)
        alerts.children_named.connect(presenter.outdate)
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


def attach_services(
    window: MainWindow, services: Services, args: argparse.Namespace, kiosk: KioskPolicy | None
) -> None:
    """The app's services into the painted frame, with the tray and the link opener."""
    from .core.links import LinkPolicy
    from .views.link_opener import LinkOpener

    kiosk_on = kiosk is not None and kiosk.enabled
    tray = None
    batch = args.screenshots is not None or args.export is not None
    if not batch and not kiosk_on:  # a batch run shows no tray icon
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

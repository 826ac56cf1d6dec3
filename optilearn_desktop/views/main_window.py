"""The parent window: toolbar (Viewing switcher, Refresh, the parent, Sign out), the four
quick stats and six read-only tabs for the selected child."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..api.errors import ApiError, AuthExpiredError, OfflineError, ServerError
from ..core.clock import Clock, utc_now
from ..core.errors import ChildGoneError
from ..core.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..core.kiosk_policy import KioskPolicy
    from ..core.notification_alerts import Alert, AlertDispatcher
    from ..core.notification_watcher import NotificationWatcher
    from ..core.parent_data import ChildState, ParentData
    from ..core.session import Session
    from ..core.settings import LocalSettings
    from ..models.auth import SignedInUser
    from ..models.overview import Certificate
    from .kiosk_mode import KioskMode
    from .link_opener import LinkOpener
    from .pages.base import OverviewPage
    from .section_page import MessagePanel
    from .sign_in_dialog import SignInDialog
    from .stat_cards import QuickStats
    from .tray import TrayBackend

log = logging.getLogger(__name__)
REVALIDATE_AFTER = timedelta(minutes=5)  # switching back to a child older than this refetches

# The tabs in order; each is also its page's `tab_title` (a test checks).
TAB_TITLES = ("Courses", "Grades", "Upcoming", "Live classes", "Achievements", "Certificates")

NO_CHILDREN_TITLE = "No children are linked to your account yet"
NO_CHILDREN_BODY = (
    "Children appear here once the school office links them to you in OptiCRM; parents "
    "cannot add children themselves. Please ask the school office to check two things: "
    "that your account is set up as a parent contact (contact type: Parent), and that each "
    "of your children is linked to your contact. Then choose Retry; there is no need to "
    "restart the app."
)


class MainWindow(QMainWindow):
    """Built in two steps so that it paints at once: a bare frame first; `attach()` then adds
    the toolbar, the services and the overview, whose modules are heavier to load."""

    overview_shown = Signal(str)  # contact id of the child whose data is now on screen
    children_shown = Signal()
    closed = Signal()

    def __init__(
        self,
        session: Session | None = None,
        links: LinkOpener | None = None,
        *,
        clock: Clock = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        **attach_options: Any,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("OptiLearn Desktop")
        self.clock = clock
        self.monotonic = monotonic  # the kiosk's idle time (a fake one in tests)
        self.kiosk_mode: KioskMode | None = None
        self.tasks = TaskRunner()
        self.data: ParentData | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.current_child: str | None = None
        self._data_account: object = None
        self._told_keyring = False
        self._quitting = False
        self.notification_centre: Any = None
        self.watcher: NotificationWatcher | None = None
        self.dispatcher: AlertDispatcher | None = None
        self.pages: list[OverviewPage] = []
        self._dirty: set[OverviewPage] = set()  # pages not yet showing the current state
        self._message_view: MessagePanel | None = None  # built on first use, as is
        self._no_children: MessagePanel | None = None  # this (see section_page.SectionPage)
        self._build_frame()
        if session is not None and links is not None:
            self.attach(session, links, **attach_options)

    # -- construction --------------------------------------------------------------------------

    def _build_frame(self) -> None:
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        starting = QWidget()
        row = QHBoxLayout()
        self.starting_label = QLabel("Starting…")  # our own text, never the server's
        row.addStretch(1)
        row.addWidget(self.starting_label)
        row.addStretch(1)
        column = QVBoxLayout(starting)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        self.stack.addWidget(starting)
        self.statusBar()
        self.resize(1280, 800)

    def _build_chrome(self) -> None:
        """Toolbar and status bar: built with the services, after the frame has painted."""
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton

        from .child_switcher import ChildSwitcher
        from .text import plain_label

        self.starting_label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QToolBar("Child")
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)
        self.switcher = ChildSwitcher()
        self.switcher.child_selected.connect(self.show_child)
        bar.addWidget(self.switcher)
        self.refresh_action = QAction("Refresh", self)
        self.refresh_action.setObjectName("refresh_action")
        self.refresh_action.setToolTip("Refresh (F5)")  # the key itself: _build_shortcuts
        self.refresh_action.triggered.connect(self.refresh)
        bar.addAction(self.refresh_action)
        bar.widgetForAction(self.refresh_action).setAccessibleName("Refresh")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.bell = QToolButton()
        self.bell.setObjectName("notification_bell")
        self.bell.setAutoRaise(True)
        self.bell.clicked.connect(self.open_notification_centre)
        self.bell_action = bar.addWidget(self.bell)  # toolbar widgets hide through it
        self.set_unread(0)
        self.user_label = plain_label()
        self.user_label.setObjectName("user_label")
        bar.addWidget(self.user_label)
        self.sign_out_action = QAction("Sign out", self)
        self.sign_out_action.setObjectName("sign_out_action")
        self.sign_out_action.setToolTip("Sign out of OptiLearn")
        self.sign_out_action.triggered.connect(self.sign_out)
        bar.addAction(self.sign_out_action)
        bar.widgetForAction(self.sign_out_action).setAccessibleName("Sign out")
        self.addToolBar(bar)
        self.toolbar = bar
        self.status_label = plain_label()
        self.status_label.setObjectName("status_message")
        self.statusBar().addWidget(self.status_label, 1)
        self.notice_label = plain_label()  # stays: things the parent should know all session
        self.notice_label.setObjectName("notice_message")
        self.statusBar().addPermanentWidget(self.notice_label)

    def attach(
        self,
        session: Session,
        links: LinkOpener,
        *,
        institution: str = "",
        demo_accounts: list[dict[str, Any]] | None = None,
        settings: LocalSettings | None = None,
        tray: TrayBackend | None = None,
        watch_interval: float = 30.0,
        kiosk: KioskPolicy | None = None,
    ) -> None:
        """Add the services and build the overview (tabs, stats, empty states). `kiosk`: a
        shared front-office computer (no tray, notifications or files; idle sign-out)."""
        from .tray import TrayController

        self.settings = settings
        self.watch_interval = watch_interval
        self.tray = TrayController(tray, self)
        self.tray.open_requested.connect(self.bring_forward)
        self.tray.child_requested.connect(lambda cid: self.open_on(cid, None))
        self.tray.refresh_requested.connect(self.refresh)
        self.tray.settings_requested.connect(self.open_notification_settings)
        self.tray.sign_out_requested.connect(self.sign_out)
        self.tray.quit_requested.connect(self.quit_app)
        self.tray.alert_clicked.connect(self.open_alert)
        self.session = session
        self.links = links
        self._institution = institution
        self._demo_accounts = demo_accounts
        self._build_chrome()
        self._build_overview()
        self.tray.in_app_alert.connect(self.alert_banner.show_alert)
        self.tray.show()
        self._build_shortcuts()
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(30_000)
        self._age_timer.timeout.connect(self._refresh_ages)
        self._age_timer.start()
        self._build_retry()
        if kiosk is not None and kiosk.enabled:
            from .kiosk_mode import KioskMode

            self.kiosk_mode = KioskMode(self, kiosk, self.monotonic)
        self._show_signed_out()

    @property
    def kiosk(self) -> KioskPolicy | None:
        """The kiosk policy in force, None on a personal computer."""
        return self.kiosk_mode.policy if self.kiosk_mode is not None else None

    def _build_retry(self) -> None:
        from ..core.backoff import Backoff

        self._backoff = Backoff()
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self.refresh)

    def _build_overview(self) -> None:
        from PySide6.QtWidgets import QTabWidget

        from .pages.achievements import AchievementsPage
        from .pages.certificates import CertificatesPage
        from .pages.courses import CoursesPage
        from .pages.grades import GradesPage
        from .pages.live_classes import LiveClassesPage
        from .pages.upcoming import UpcomingPage
        from .stat_cards import QuickStats

        self.overview_view = QWidget()
        self.overview_view.setObjectName("overview_view")
        layout = QVBoxLayout(self.overview_view)
        layout.setContentsMargins(12, 10, 12, 8)
        self._build_banners()
        self.stats: QuickStats = QuickStats()
        layout.addWidget(self.stats)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("overview_tabs")
        self.tabs.setAccessibleName("Child overview")
        self.tabs.setDocumentMode(True)
        self.courses_page = CoursesPage()
        self.grades_page = GradesPage()
        self.upcoming_page = UpcomingPage()
        self.live_page = LiveClassesPage()
        self.achievements_page = AchievementsPage()
        self.certificates_page = CertificatesPage()
        self.pages = [
            self.courses_page,
            self.grades_page,
            self.upcoming_page,
            self.live_page,
            self.achievements_page,
            self.certificates_page,
        ]
        for index, page in enumerate(self.pages):
            self._add_tab(index, page, page.tab_title)
            page.retry_requested.connect(self.retry_overview)
        self.certificates_page.open_pdf_requested.connect(self.open_certificate_pdf)
        self.certificates_page.verify_requested.connect(self.verify_certificate)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(self.overview_view)

    def _build_banners(self) -> None:
        """The offline banner and the alert strip, hidden, above the stats."""
        from .alert_banner import AlertBanner
        from .offline_banner import OfflineBanner

        layout = self.overview_view.layout()
        self.offline_banner = OfflineBanner()
        self.offline_banner.retry_requested.connect(self.refresh)
        layout.addWidget(self.offline_banner)
        self.alert_banner = AlertBanner()
        self.alert_banner.show_requested.connect(self.open_alert)
        layout.addWidget(self.alert_banner)

    @property
    def message_view(self) -> MessagePanel:
        """Signed out, or the children could not be loaded (built on first use)."""
        if self._message_view is None:
            from .section_page import panel_in

            self._message_view = panel_in(self.stack, "message_view", self._message_action, "Retry")
        return self._message_view

    @property
    def no_children(self) -> MessagePanel:
        """No child is linked to the parent yet (built on first use)."""
        if self._no_children is None:
            from .section_page import panel_in

            self._no_children = panel_in(self.stack, "no_children", self.refresh, "Retry")
            self._no_children.show_message(NO_CHILDREN_TITLE, NO_CHILDREN_BODY)
        return self._no_children

    def _add_tab(self, index: int, widget: QWidget, title: str) -> None:
        self.tabs.insertTab(index, widget, title)
        self.tabs.setTabToolTip(index, f"{title} (Ctrl+{index + 1})")

    def _build_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        for number in range(1, len(self.pages) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        # Window-wide shortcuts win over QTabWidget's own Ctrl+Tab (tabs have Ctrl+1..6).
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.switcher.step(s))

    # -- signing in and out --------------------------------------------------------------------

    def start(self) -> None:
        """Show the window and ask for sign-in."""
        self.show()
        self.ask_sign_in()

    def ask_sign_in(self, message: str | None = None, *, again: bool = False) -> None:
        """The sign-in dialog; `again` (the session ended) fills in the same parent's email."""
        from .sign_in_dialog import SignInDialog

        if self.sign_in_dialog is not None:
            self.sign_in_dialog.raise_()
            if message:
                self.sign_in_dialog.show_error(message)
            return
        account = self.session.account if again else None
        fixed = self.kiosk.institution if self.kiosk is not None else ""
        dialog = SignInDialog(
            self.session.sign_in,
            self.tasks,
            institution=fixed or (account.institution_slug if account else self._institution),
            email=account.email if account else "",
            demo_accounts=self._demo_accounts,
            keep_option=self.session.can_remember,
            keep_problem=self.session.why_not_remembered,
            kiosk_timeout=self.kiosk.idle_timeout_s if self.kiosk is not None else None,
            institution_fixed=bool(fixed),
            parent=self,
        )
        if message:
            dialog.show_error(message)
        dialog.signed_in.connect(self.on_signed_in)
        dialog.finished.connect(self._sign_in_finished)
        self.sign_in_dialog = dialog
        dialog.open()  # never exec() under qasync

    def _sign_in_finished(self, result: int) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        from PySide6.QtWidgets import QDialog

        if result != QDialog.DialogCode.Accepted and self.session.client is None:
            self.close()

    def on_signed_in(self, user: SignedInUser) -> None:
        """After a sign-in (or a resumed session): show what the cache knows, then refresh.
        Signing in again as the same parent after a session ended keeps the data on screen."""
        client = self.session.client
        assert client is not None  # noqa: S101 - signed_in follows a sign-in
        same_parent = self.data is not None and self._data_account == self.session.account
        if same_parent and self.data is not None:
            self.data.client = client
            self.data.cache = self.session.cache
        else:
            from ..core.parent_data import ParentData

            self.data = ParentData(client, self.clock, cache=self.session.cache)
        self._data_account = self.session.account
        self.user_label.setText(user.name or user.email)
        self.user_label.setToolTip("")
        self.user_label.setAccessibleName(f"Signed in as {user.name or user.email}")
        self.sign_out_action.setEnabled(True)
        self.refresh_action.setEnabled(True)
        notice = self.session.keyring_notice
        if notice and not self._told_keyring:
            self._told_keyring = True  # said once per run
            self.notice_label.setText(
                f"Your sign-in and data are kept only while the app runs: {notice}."
            )
        self._start_watching()
        if same_parent or self.data.cache is None:
            self.refresh()
            return
        self.tasks.start(
            "restore",
            self.data.load_cached(),
            on_result=self._restored,
            on_error=lambda _e: self.refresh(),
        )

    def _restored(self, found: bool) -> None:
        if found and self.data is not None and self.data.children:
            # Paint the saved data before the network answers, with its age on every panel.
            ids = [c.contact_id for c in self.data.children]
            self.switcher.set_children(self.data.children, ids[0])
            self.stack.setCurrentWidget(self.overview_view)
            self.show_child(ids[0], force=False)
            self.tasks.cancel("overview")  # the refresh below reloads children first
            self.children_shown.emit()
        self.refresh()

    # -- notifications -------------------------------------------------------------------------

    def _start_watching(self) -> None:
        """The inbox watcher of this session: tray alerts by the parent's rules, the bell."""
        from ..core.desktop_options import DesktopOptions
        from ..core.notification_alerts import AlertDispatcher
        from ..core.notification_watcher import NotificationWatcher

        self._stop_watching()
        if self.kiosk is not None:
            return  # a shared computer shows no notifications
        settings = self.settings

        def options() -> DesktopOptions:
            return DesktopOptions.load(settings) if settings is not None else DesktopOptions()

        self.dispatcher = AlertDispatcher(options)
        client = self.session.client
        assert client is not None  # noqa: S101
        self.watcher = NotificationWatcher(
            client, self.session.cache, interval=self.watch_interval, parent=self
        )
        self.watcher.arrived.connect(self._notifications_arrived)
        self.watcher.unread_changed.connect(self.set_unread)
        self.watcher.session_ended.connect(self._session_expired)
        self.watcher.start()
        self._quiet_timer = QTimer(self.watcher)
        self._quiet_timer.setInterval(60_000)
        self._quiet_timer.timeout.connect(self.release_held_alerts)
        self._quiet_timer.start()

    def release_held_alerts(self) -> None:
        """Quiet hours over: one alert sums up what was held."""
        held = self.dispatcher.release_held() if self.dispatcher is not None else None
        if held is not None:
            self.tray.alert(held)

    def _stop_watching(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
        self.watcher = None
        self.set_unread(0)

    def _notifications_arrived(self, notifications: list[object]) -> None:
        if self.dispatcher is None:
            return
        self.release_held_alerts()  # quiet hours over: the summary comes first
        for alert in self.dispatcher.take(notifications):  # type: ignore[arg-type]
            self.tray.alert(alert)
        if self.notification_centre is not None and self.notification_centre.isVisible():
            self.notification_centre.reload()

    def set_unread(self, count: int) -> None:
        self.bell.setEnabled(self.watcher is not None)
        # Words, not an emoji bell: emoji fonts are missing on many desktops (a blank box).
        self.bell.setText(f"Notifications ({count})" if count else "Notifications")
        font = self.bell.font()
        font.setBold(bool(count))
        self.bell.setFont(font)
        label = f"Notifications, {count} unread" if count else "Notifications, none unread"
        self.bell.setAccessibleName(label)
        self.bell.setToolTip(label)

    def open_notification_centre(self) -> None:
        from .notification_centre import NotificationCentre

        client = self.session.client
        if client is None:
            return
        if self.notification_centre is None or self.notification_centre.client is not client:
            self.notification_centre = NotificationCentre(
                client, self.tasks, clock=self.clock, parent=self
            )
            self.notification_centre.read_changed.connect(self.set_unread)
        self.notification_centre.show()
        self.notification_centre.raise_()
        self.notification_centre.reload()

    def open_notification_settings(self) -> None:
        from .settings_dialog import NotificationSettingsDialog

        client = self.session.client
        if client is None or self.settings is None:
            return
        self.bring_forward()
        dialog = NotificationSettingsDialog(
            client,
            self.settings,
            self.tasks,
            online=self.watcher.online if self.watcher is not None else True,
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        if self.watcher is not None:  # the server part follows the connection while open
            self.watcher.connectivity_changed.connect(dialog.set_online)
        dialog.open()  # never exec() under qasync

    def open_alert(self, alert: Alert) -> None:
        """A clicked alert: the window, on that child, on the tab it is about."""
        self.open_on(alert.child_id, alert.section)

    def open_on(self, child_id: str | None, section: object) -> None:
        self.bring_forward()
        if child_id and self.data is not None and self.data.child(child_id) is not None:
            self.switcher.select(child_id)
        page = next((p for p in self.pages if p.section == section), None)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def bring_forward(self) -> None:
        from ..platform.single_instance import bring_to_front

        bring_to_front(self)

    def quit_app(self) -> None:
        self._quitting = True
        self.close()

    def sign_out(self, message: str | None = None) -> None:
        """Revoke and forget the session; at a kiosk also wipe everything on screen (dialogs,
        menus, clipboard, image caches) before the next parent's fresh sign-in form."""
        self._stop_watching()
        if self.notification_centre is not None:
            self.notification_centre.close()
            self.notification_centre.deleteLater()
            self.notification_centre = None
        self.tray.set_children([])
        self.tasks.cancel_all()
        self.tasks.start("sign_out", self.session.sign_out())
        self.links.cleanup()
        self._discard_sign_in_dialog()
        self._show_signed_out()
        if self.kiosk_mode is not None:
            self.kiosk_mode.wipe()
        self.ask_sign_in(message)

    def _message_action(self) -> None:
        """The button under a full-window message: Sign in when signed out, else Retry."""
        if self.session.client is None:
            self.ask_sign_in()
        else:
            self.refresh()

    def _discard_sign_in_dialog(self) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._sign_in_finished)
            dialog.hide()
            dialog.deleteLater()

    def _show_signed_out(self) -> None:
        self._reset_view()
        self.message_view.show_message("Signed out", "Sign in to see your children.")
        self.message_view.set_action("Sign in")
        self.stack.setCurrentWidget(self.message_view)

    def _reset_view(self) -> None:
        """Nobody's data on screen (the stack's page is the caller's choice)."""
        self.data = None
        self._data_account = None
        self._dirty.clear()
        self._online()
        self.current_child = None
        self.switcher.set_children([], None)
        self.user_label.clear()
        self.user_label.setAccessibleName("")
        self.stats.clear()
        for page in self.pages:
            page.clear()
            page.show_loading()
        self.sign_out_action.setEnabled(False)
        self.refresh_action.setEnabled(False)
        self.status_label.clear()
        self.setWindowTitle("OptiLearn Desktop")

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """F5: re-read the children (links change in OptiCRM), then the current child."""
        if self.data is None:
            return
        self.status_label.setText("Refreshing…")
        self.tasks.start(
            "children",
            self.data.refresh_children(),
            on_result=lambda _change: self._children_loaded(),
            on_error=self._children_failed,
        )

    def _children_loaded(self) -> None:
        if self.data is None:
            return
        children = self.data.children
        self.status_label.clear()
        self._online()
        if not children:
            self.current_child = None
            self.switcher.set_children([], None)
            self.stack.setCurrentWidget(self.no_children)
            self.children_shown.emit()
            return
        ids = [c.contact_id for c in children]
        previous = self.current_child
        target = previous if previous in ids else ids[0]  # primary first
        if previous is not None and previous not in ids:
            self.status_label.setText("A child is no longer linked to your account.")
        self.switcher.set_children(children, target)
        self.tray.set_children(children)
        self.stack.setCurrentWidget(self.overview_view)
        self.children_shown.emit()
        self.show_child(target, force=True)

    def _children_failed(self, error: BaseException) -> None:
        if isinstance(error, AuthExpiredError):
            self._session_expired()
            return
        if not isinstance(error, ApiError):
            log.error("loading the children failed", exc_info=error)
        message = error.message if isinstance(error, ApiError) else "Unexpected problem."
        if isinstance(error, OfflineError | ServerError):
            self.status_label.clear()
            self._offline(error)
        if self.data is not None and self.data.children:
            if not isinstance(error, OfflineError | ServerError):
                self.status_label.setText(f"Could not refresh: {message}")
            if self.current_child:
                self._render(self.current_child)  # keep what is known, with its age
            return
        self.message_view.show_message("Your children could not be loaded", message)
        self.message_view.set_action("Retry")
        self.stack.setCurrentWidget(self.message_view)

    def show_child(self, child_id: str, *, force: bool = False) -> None:
        """Switch the view to a child: cached data at once, then a load when needed."""
        if self.data is None:
            return
        switching = child_id != self.current_child
        self.current_child = child_id
        if switching:
            self.switcher.select(child_id)
        child = self.data.child(child_id)
        if child is not None:
            from .child_switcher import describe

            self.setWindowTitle(f"{describe(child)} · OptiLearn Desktop")
        state = self.data.state(child_id)
        self._render(child_id)
        stale = (
            state is None
            or not state.updated_at
            or (self.clock() - min(state.updated_at.values()) > REVALIDATE_AFTER)
        )
        if force or stale:
            self._load_overview(child_id)
        elif switching:
            self.tasks.cancel("overview")  # never let the previous child's answer land

    def retry_overview(self) -> None:
        if self.current_child is not None:
            self._load_overview(self.current_child)

    def _load_overview(self, child_id: str) -> None:
        assert self.data is not None  # noqa: S101
        self.tasks.start(
            "overview",
            self.data.refresh_overview(child_id),
            on_result=lambda _state: self._overview_loaded(child_id),
            on_error=lambda error: self._overview_failed(child_id, error),
        )

    def _overview_loaded(self, child_id: str) -> None:
        self._online()
        if child_id == self.current_child:  # a late answer for another child is ignored
            self._render(child_id)

    def _overview_failed(self, child_id: str, error: BaseException) -> None:
        if isinstance(error, AuthExpiredError):
            self._session_expired()
            return
        if isinstance(error, ChildGoneError):
            self.status_label.setText("A child is no longer linked to your account.")
            self.refresh()
            return
        if not isinstance(error, ApiError):
            log.error("overview load failed", exc_info=error)
        elif isinstance(error, OfflineError | ServerError):
            self._offline(error)
        if child_id == self.current_child:
            self._render(child_id)

    def _render(self, child_id: str) -> None:
        """Show a child's state: the stats and the visible tab now, other tabs when opened
        (a switch between loaded children costs one table, not six)."""
        state = self.data.state(child_id) if self.data else None
        if state is None:
            self.stats.clear()
            for page in self.pages:
                page.clear()
                page.show_loading()
            self._dirty.clear()
            return
        self.stats.render(state)
        current = self.tabs.currentWidget()
        self._dirty = {page for page in self.pages if page is not current}
        if current is not None:
            current.render(state, self.clock())  # type: ignore[attr-defined]
        self.overview_shown.emit(child_id)

    def _tab_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        state = self.state_of_current()
        if page in self._dirty and state is not None:
            self._dirty.discard(page)  # type: ignore[arg-type]
            page.render(state, self.clock())  # type: ignore[attr-defined]

    def _offline(self, error: ApiError) -> None:
        """Say since when the data is old, and try again later, less and less often."""
        reason = (
            "OptiLearn cannot be reached right now."
            if isinstance(error, OfflineError)
            else "OptiLearn is not answering properly right now."
        )
        delay = self._backoff.next_delay()
        self._retry_timer.start(int(delay * 1000))
        state = self.state_of_current()
        times = list(state.updated_at.values()) if state else []
        data_from = min(times) if times else (self.data.children_updated_at if self.data else None)
        self.offline_banner.show_offline(reason, data_from, round(delay))

    def _online(self) -> None:
        self._backoff.reset()
        self._retry_timer.stop()
        if hasattr(self, "offline_banner"):  # else not attached yet: nothing to clear
            self.offline_banner.clear()

    def _refresh_ages(self) -> None:
        now = self.clock()
        for page in self.pages:
            page.refresh_age(now)

    def _session_expired(self) -> None:
        if self.kiosk is not None:  # a kiosk keeps nothing waiting for a password
            self.sign_out("Your session has ended. Please sign in again.")
            return
        # Keep the window and its data on screen; only ask for the password again.
        self.ask_sign_in("Your session has ended. Please sign in again.", again=True)

    # -- certificates --------------------------------------------------------------------------

    def open_certificate_pdf(self, cert: Certificate) -> None:
        if self.data is None or self.current_child is None:
            return

        def opened(data: bytes) -> None:
            if not self.links.open_pdf(data, f"certificate-{cert.certificate_id}"):
                self.status_label.setText("The certificate could not be opened.")

        self.status_label.setText("Opening the certificate…")
        self.tasks.start(
            "certificate",
            self.data.certificate_pdf(self.current_child, cert),
            on_result=opened,
            on_error=lambda e: self.status_label.setText(
                f"The certificate could not be downloaded: {getattr(e, 'message', e)}"
            ),
        )

    def verify_certificate(self, cert: Certificate) -> None:
        if not self.links.open_web(cert.verification_url):
            self.status_label.setText(
                "This verification link does not point to your school's OptiLearn server, "
                "so it was not opened."
            )

    # -- closing -------------------------------------------------------------------------------

    def state_of_current(self) -> ChildState | None:
        return self.data.state(self.current_child) if self.data and self.current_child else None

    def _keeps_running_in_tray(self) -> bool:
        if not hasattr(self, "tray") or not self.tray.available or self.session.client is None:
            return False
        from ..core.desktop_options import DesktopOptions

        options = DesktopOptions.load(self.settings) if self.settings else DesktopOptions()
        return options.keep_running_in_tray

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self._keeps_running_in_tray():
            event.ignore()  # the parent chose to keep alerts coming: Quit is in the tray menu
            self.hide()
            return
        if self.kiosk_mode is not None:
            self.kiosk_mode.stop()
        if hasattr(self, "tray"):  # attached: stop alerts, take the icon away
            self._stop_watching()
            self.tray.hide()
        self.tasks.cancel_all()
        if hasattr(self, "links"):
            self.links.cleanup()
        super().closeEvent(event)
        self.closed.emit()

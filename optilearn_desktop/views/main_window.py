"""The parent window: toolbar (Viewing switcher, Refresh, the parent, Sign out), the four
quick stats and six read-only tabs for the selected child."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import Clock, utc_now
from ..core.overview_presenter import OverviewPresenter
from ..core.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..core.alert_hub import AlertHub
    from ..core.kiosk_policy import KioskPolicy
    from ..core.notification_alerts import Alert, AlertDispatcher
    from ..core.notification_watcher import NotificationWatcher
    from ..core.parent_data import ChildState, ParentData
    from ..core.session import Session
    from ..core.settings import LocalSettings
    from ..models.auth import SignedInUser
    from ..models.children import Child
    from ..models.overview import Certificate
    from .kiosk_mode import KioskMode
    from .link_opener import LinkOpener
    from .pages.base import OverviewPage
    from .section_page import MessagePanel
    from .sign_in_dialog import SignInDialog
    from .sign_in_flow import SignInFlow
    from .stat_cards import QuickStats
    from .tray import TrayBackend

log = logging.getLogger(__name__)

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
        self, *, clock: Clock = utc_now, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("OptiLearn Desktop")
        self.clock = clock
        self.monotonic = monotonic  # the kiosk's idle time (a fake one in tests)
        self.kiosk_mode: KioskMode | None = None
        self.tasks = TaskRunner()
        self.presenter = OverviewPresenter(self.tasks, clock=clock, parent=self)
        self.flow: SignInFlow | None = None
        self._quitting = False
        self.notification_centre: Any = None
        self.alerts: AlertHub | None = None
        self.pages: list[OverviewPage] = []
        self._dirty: set[OverviewPage] = set()  # pages not yet showing the current state
        self._message_view: MessagePanel | None = None  # built on first use, as is
        self._no_children: MessagePanel | None = None  # this (see section_page.SectionPage)
        self._build_frame()

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
        presenter = self.presenter
        presenter.children_changed.connect(self._show_children)
        presenter.no_children.connect(self._show_no_children)
        presenter.children_failed.connect(self._show_children_failed)
        presenter.child_selected.connect(self._select_child)
        presenter.overview_ready.connect(self._render)
        presenter.status_changed.connect(self.status_label_text)
        presenter.certificate_ready.connect(self._open_pdf)
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
        flow: SignInFlow,
        *,
        settings: LocalSettings | None = None,
        tray: TrayBackend | None = None,
        alerts: AlertHub | None = None,
    ) -> None:
        """Add the services and build the overview (tabs, stats, empty states). `kiosk`: a
        shared front-office computer (no tray, notifications or files; idle sign-out)."""
        from .tray import TrayController

        self.settings = settings
        self.alerts = alerts
        if alerts is not None:
            alerts.alert.connect(lambda alert: self.tray.alert(alert))
            alerts.unread_changed.connect(self.set_unread)
            alerts.arrived.connect(self._notifications_arrived)
        self.tray = TrayController(tray, self)
        self.tray.open_requested.connect(self.bring_forward)
        self.tray.child_requested.connect(lambda cid: self.open_on(cid, None))
        self.tray.refresh_requested.connect(self.refresh)
        self.tray.settings_requested.connect(self.open_notification_settings)
        self.tray.sign_out_requested.connect(self.sign_out)
        self.tray.quit_requested.connect(self.quit_app)
        self.tray.alert_clicked.connect(self.open_alert)
        self.session = session
        self.flow = flow
        self.links = links
        self._build_chrome()
        self._build_overview()
        self.tray.in_app_alert.connect(self.alert_banner.show_alert)
        self.tray.show()
        self._build_shortcuts()
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(30_000)
        self._age_timer.timeout.connect(self._refresh_ages)
        self._age_timer.start()
        self.show_signed_out()

    def set_kiosk_chrome(self, prompt: QWidget, sign_out: QPushButton) -> None:
        """A shared front-office computer: full screen, no bell, a large Sign out always in
        view, certificates listed but not opened, the idle prompt above the overview."""
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.bell_action.setVisible(False)  # no notifications on a shared computer
        action = self.sign_out_action
        self.toolbar.removeAction(action)
        sign_out.clicked.connect(action.trigger)
        action.changed.connect(lambda: sign_out.setEnabled(action.isEnabled()))
        for widget in (_gap(12), sign_out, _gap(8)):
            self.toolbar.addWidget(widget)
        self.certificates_page.set_kiosk()
        self.overview_view.layout().insertWidget(0, prompt)  # type: ignore[union-attr]

    def set_notice(self, text: str) -> None:
        self.notice_label.setText(text)

    def wipe(self) -> None:
        """Kiosk: back to the first tab, no alert or status line of the last parent."""
        self.tabs.setCurrentIndex(0)
        self.alert_banner.clear()
        self.statusBar().clearMessage()

    @property
    def kiosk(self) -> KioskPolicy | None:
        """The kiosk policy in force, None on a personal computer."""
        return self.kiosk_mode.policy if self.kiosk_mode is not None else None

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
        self.presenter.offline_since.connect(self._show_offline)
        self.presenter.online.connect(self.offline_banner.clear)
        layout.addWidget(self.offline_banner)
        self.alert_banner = AlertBanner()
        self.alert_banner.show_requested.connect(self.open_alert)
        layout.addWidget(self.alert_banner)

    @property
    def message_view(self) -> MessagePanel:
        """Signed out, or the children could not be loaded (built on first use)."""
        if self._message_view is None:
            from .section_page import panel_in

            self._message_view = panel_in(
                self.stack, "message_view", lambda: self._sign_in_flow.message_action(), "Retry"
            )
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

    # The sign-in flow's entry points, for the composition root and the tests.

    @property
    def _sign_in_flow(self) -> SignInFlow:
        assert self.flow is not None  # noqa: S101 - attached
        return self.flow

    @property
    def sign_in_dialog(self) -> SignInDialog | None:
        return self.flow.dialog if self.flow is not None else None

    def start(self) -> None:
        self._sign_in_flow.start()

    def on_signed_in(self, user: SignedInUser) -> None:
        self._sign_in_flow.on_signed_in(user)

    def sign_out(self, message: str | None = None) -> None:
        self._sign_in_flow.sign_out(message)

    def show_signed_in(self, name: str) -> None:
        self.user_label.setText(name)
        self.user_label.setToolTip("")
        self.user_label.setAccessibleName(f"Signed in as {name}")
        self.sign_out_action.setEnabled(True)
        self.refresh_action.setEnabled(True)

    # -- notifications -------------------------------------------------------------------------

    @property
    def watcher(self) -> NotificationWatcher | None:
        return self.alerts.watcher if self.alerts is not None else None

    @property
    def dispatcher(self) -> AlertDispatcher | None:
        return self.alerts.dispatcher if self.alerts is not None else None

    def release_held_alerts(self) -> None:
        if self.alerts is not None:
            self.alerts.release_held()

    def _notifications_arrived(self) -> None:
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
            online=self.alerts.online if self.alerts is not None else True,
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        if self.alerts is not None:  # the server part follows the connection while open
            self.alerts.connectivity_changed.connect(dialog.set_online)
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

    def show_signed_out(self) -> None:
        """Nobody's data, nothing of the last session open; "Signed out" with Sign in."""
        if self.notification_centre is not None:
            self.notification_centre.close()
            self.notification_centre.deleteLater()
            self.notification_centre = None
        self.tray.set_children([])
        self.links.cleanup()
        self._reset_view()
        self.message_view.show_message("Signed out", "Sign in to see your children.")
        self.message_view.set_action("Sign in")
        self.stack.setCurrentWidget(self.message_view)

    def _reset_view(self) -> None:
        """Nobody's data on screen (the stack's page is the caller's choice)."""
        self.presenter.end()
        self._dirty.clear()
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

    # The presenter's state, for the views and the tests that read it.

    @property
    def data(self) -> ParentData | None:
        return self.presenter.data

    @property
    def current_child(self) -> str | None:
        return self.presenter.current_child

    @property
    def _retry_timer(self) -> QTimer:
        return self.presenter.retry_timer

    def state_of_current(self) -> ChildState | None:
        return self.presenter.state_of_current()

    def refresh(self) -> None:
        self.presenter.refresh()

    def show_child(self, child_id: str, *, force: bool = False) -> None:
        self.presenter.show_child(child_id, force=force)

    def retry_overview(self) -> None:
        self.presenter.retry_overview()

    def status_label_text(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_children(self, children: list[Child], selected: str) -> None:
        self.switcher.set_children(children, selected)
        self.tray.set_children(children)
        self.stack.setCurrentWidget(self.overview_view)
        self.children_shown.emit()

    def _show_no_children(self) -> None:
        self.switcher.set_children([], None)
        self.stack.setCurrentWidget(self.no_children)
        self.children_shown.emit()

    def _show_children_failed(self, message: str) -> None:
        self.message_view.show_message("Your children could not be loaded", message)
        self.message_view.set_action("Retry")
        self.stack.setCurrentWidget(self.message_view)

    def _select_child(self, child_id: str) -> None:
        from .child_switcher import describe

        self.switcher.select(child_id)
        child = self.presenter.child(child_id)
        if child is not None:
            self.setWindowTitle(f"{describe(child)} · OptiLearn Desktop")

    def _render(self, child_id: str) -> None:
        """Show a child's state: the stats and the visible tab now, other tabs when opened
        (a switch between loaded children costs one table, not six)."""
        state = self.presenter.state(child_id)
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

    def _show_offline(self, reason: str, data_from: datetime | None, retry_in: int) -> None:
        self.offline_banner.show_offline(reason, data_from, retry_in)

    def _refresh_ages(self) -> None:
        now = self.clock()
        for page in self.pages:
            page.refresh_age(now)

    # -- certificates --------------------------------------------------------------------------

    def open_certificate_pdf(self, cert: Certificate) -> None:
        self.presenter.fetch_certificate(cert)

    def _open_pdf(self, data: bytes, name: str) -> None:
        if not self.links.open_pdf(data, name):
            self.status_label.setText("The certificate could not be opened.")

    def verify_certificate(self, cert: Certificate) -> None:
        if not self.links.open_web(cert.verification_url):
            self.status_label.setText(
                "This verification link does not point to your school's OptiLearn server, "
                "so it was not opened."
            )

    # -- closing -------------------------------------------------------------------------------

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
            if self.alerts is not None:
                self.alerts.stop()
            self.tray.hide()
        self.tasks.cancel_all()
        if hasattr(self, "links"):
            self.links.cleanup()
        super().closeEvent(event)
        self.closed.emit()


def _gap(width: int) -> QWidget:
    gap = QWidget()
    gap.setFixedWidth(width)
    return gap

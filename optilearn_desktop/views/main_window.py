"""The parent window: the toolbar, the selected child's overview, full-window messages (signed
out, no children, could not load) and the status bar. It lays out and renders: the presenter
(core/overview_presenter.py) loads, the sign-in flow (sign_in_flow.py) signs in and out, the
notification list and settings come from window_notifications.py, and the composition root
(compose.build_window) puts them together. The frame ("Starting…") is painted first; `attach`
then adds the services, the toolbar, the overview and the status bar's labels."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..core.clock import Clock, utc_now
from ..core.overview_presenter import OverviewPresenter
from ..core.tasks import TaskRunner
from ..core.wording import QT_TRANSLATE_NOOP, Phrase
from .after_paint import paint_follower
from .retranslate import Retranslating
from .tab_pages import TabPages
from .window_notifications import WindowNotifications

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..core.alert_hub import AlertHub
    from ..core.kiosk_policy import KioskPolicy
    from ..core.notification_alerts import AlertDispatcher
    from ..core.notification_watcher import NotificationWatcher
    from ..core.session import Session
    from ..core.settings import LocalSettings
    from ..models.children import Child
    from ..models.overview import Certificate
    from ..platform.translations import Translations
    from .household_nav import HouseholdNav
    from .kiosk_mode import KioskMode
    from .link_opener import LinkOpener
    from .section_page import MessagePanel
    from .sign_in_flow import SignInFlow
    from .tray import TrayController

NO_CHILDREN_TITLE = QT_TRANSLATE_NOOP("MainWindow", "No children are linked to your account yet")
NO_CHILDREN_BODY = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Children appear here once the school office links them to you in OptiCRM; parents "
    "cannot add children themselves. Please ask the school office to check two things: "
    "that your account is set up as a parent contact (contact type: Parent), and that each "
    "of your children is linked to your contact. Then choose Retry; there is no need to "
    "restart the app.",
)
AGE_REFRESH_MS = 30_000  # how often "Updated 2 min ago" is said again


class MainWindow(Retranslating, WindowNotifications, TabPages, QMainWindow):
    overview_shown = Signal(str)  # contact id of the child whose data is now on screen
    children_shown = Signal()
    closed = Signal()

    def __init__(
        self, *, clock: Clock = utc_now, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self.clock = clock
        self.monotonic = monotonic  # the kiosk's idle time (a fake one in tests)
        self.tasks = TaskRunner()
        self.presenter = OverviewPresenter(
            self.tasks, clock=clock, after_render=paint_follower(self), parent=self
        )
        self.session: Session | None = None
        self.links: LinkOpener | None = None
        self.flow: SignInFlow | None = None
        self.settings: LocalSettings | None = None
        self.alerts: AlertHub | None = None
        self.tray: TrayController | None = None
        self.kiosk_mode: KioskMode | None = None
        self.notification_centre: Any = None
        self.settings_dialog: Any = None
        self.household: HouseholdNav | None = None  # views/household_nav.py
        self.translations: Translations | None = None  # the app's (tests may leave it None)
        self._quitting = False
        self._message_words: Callable[[], None] | None = None  # the message view, said again
        self._status: object = ""  # the status line's words (a Phrase), said again likewise
        self._notice: object = ""  # and the notice's beside it
        self._message_view: MessagePanel | None = None  # built on first use, as is
        self._no_children: MessagePanel | None = None  # this (see section_page.SectionPage)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        starting = QWidget()
        row = QHBoxLayout()
        # Only ever our own text, never the server's.
        self.starting_label = QLabel(self.tr("Starting…"))
        row.addStretch(1)
        row.addWidget(self.starting_label)
        row.addStretch(1)
        column = QVBoxLayout(starting)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        self.stack.addWidget(starting)
        self.statusBar()  # in the frame already, so the window does not move when it fills
        self.resize(1280, 800)

    def attach(
        self,
        session: Session,
        links: LinkOpener,
        flow: SignInFlow,
        tray: TrayController,
        *,
        settings: LocalSettings | None = None,
        alerts: AlertHub | None = None,
    ) -> None:
        """The services (the composition root connects the tray and the alert hub), the
        toolbar and the overview; then "Signed out"."""
        from PySide6.QtCore import Qt

        from .about_dialog import add_about_action
        from .overview_view import OverviewView
        from .text import plain_label
        from .window_toolbar import WindowToolbar

        # Plain like every label from now on (the frame's shows only its own constant).
        self.starting_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = plain_label()
        self.status_label.setObjectName("status_message")
        self.statusBar().addWidget(self.status_label, 1)
        self.notice_label = plain_label()  # stays: things the parent should know all session
        self.notice_label.setObjectName("notice_message")
        self.statusBar().addPermanentWidget(self.notice_label)
        self.session, self.links, self.flow, self.tray = session, links, flow, tray
        self.settings, self.alerts = settings, alerts
        presenter = self.presenter
        self.toolbar = WindowToolbar(self)
        self.addToolBar(self.toolbar)
        self.switcher = self.toolbar.switcher
        self.refresh_action = self.toolbar.refresh_action
        self.sign_out_action = self.toolbar.sign_out_action
        self.bell, self.bell_action = self.toolbar.bell, self.toolbar.bell_action
        self.user_label = self.toolbar.user_label
        self.switcher.child_selected.connect(presenter.show_child)
        self.refresh_action.triggered.connect(presenter.refresh)
        self.bell.clicked.connect(self.open_notification_centre)
        self.settings_action = self.toolbar.settings_action
        self.settings_action.triggered.connect(self.open_notification_settings)
        self.sign_out_action.triggered.connect(lambda: flow.sign_out())
        view = self.overview_view = OverviewView(self.clock)
        self.stack.addWidget(view)
        self.offline_banner, self.alert_banner = view.offline_banner, view.alert_banner
        self.stats, self.tabs = view.stats, view.tabs  # the pages: TabPages, built when asked
        view.offline_banner.retry_requested.connect(presenter.refresh)
        self.wire_alert_strip(view.alert_banner)
        view.retry_requested.connect(presenter.retry_overview)
        view.open_pdf_requested.connect(presenter.fetch_certificate)
        view.verify_requested.connect(self.verify_certificate)
        from .row_picker import RowPicker

        self.row_picker = RowPicker(view.tabs)
        presenter.child_selected.connect(lambda _id: self.row_picker.forget())
        presenter.children_changed.connect(self._show_children)
        presenter.no_children.connect(self._show_no_children)
        presenter.children_failed.connect(self._show_children_failed)
        presenter.child_selected.connect(self._select_child)
        presenter.overview_ready.connect(self._render)
        presenter.status_changed.connect(self.show_status)
        presenter.certificate_ready.connect(self._open_pdf)
        presenter.offline_since.connect(view.offline_banner.show_offline)
        presenter.online.connect(view.offline_banner.clear)
        for number in range(1, view.tabs.count() + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: view.tabs.setCurrentIndex(n - 1))
        # Window-wide shortcuts win over QTabWidget's own Ctrl+Tab (tabs have Ctrl+1..6).
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.switcher.step(s))
        ages = QTimer(self)
        ages.setInterval(AGE_REFRESH_MS)
        ages.timeout.connect(view.refresh_ages)
        ages.start()
        self.about_action = add_about_action(self)
        self.show_signed_out(first_run=True)

    # -- what kiosk mode asks of the window ----------------------------------------------------

    def set_kiosk_chrome(self, prompt: QWidget, sign_out: QPushButton) -> None:
        """A shared front-office computer: full screen, no bell, a large Sign out always in
        view, certificates listed but not opened, the idle prompt above the overview."""
        from PySide6.QtCore import Qt

        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.bell_action.setVisible(False)  # no notifications on a shared computer
        self.settings_action.setVisible(False)
        self.toolbar.use_big_sign_out(sign_out)
        self.overview_view.set_kiosk()
        self.overview_view.column.insertWidget(0, prompt)

    def set_notice(self, words: object) -> None:
        """The status bar's right side, for IT or the keyring: `words` (a Phrase or Later) said
        again on a change of language."""
        self._notice = words
        self.notice_label.setText(str(words))

    def wipe(self) -> None:
        """Kiosk: back to the first tab, no alert or status line of the last parent."""
        self.tabs.setCurrentIndex(0)
        self.alert_banner.clear()
        self.statusBar().clearMessage()

    @property
    def kiosk(self) -> KioskPolicy | None:
        """The kiosk policy in force, None on a personal computer."""
        return self.kiosk_mode.policy if self.kiosk_mode is not None else None

    # -- what the alert hub holds, for the tests that read it ---------------------------------

    @property
    def watcher(self) -> NotificationWatcher | None:
        return self.alerts.watcher if self.alerts is not None else None

    @property
    def dispatcher(self) -> AlertDispatcher | None:
        return self.alerts.dispatcher if self.alerts is not None else None

    def release_held_alerts(self) -> None:
        if self.alerts is not None:
            self.alerts.release_held()

    # -- rendering -----------------------------------------------------------------------------

    def show_signed_in(self, name: str) -> None:
        self.toolbar.show_user(name)

    def show_signed_out(self, *, first_run: bool = False) -> None:
        """Nobody's data, nothing of the last session open; "Signed out" with Sign in ("Sign
        in" before anyone has signed in: a new parent was never signed out)."""
        if self.notification_centre is not None:
            self.notification_centre.close()
            self.notification_centre.deleteLater()
            self.notification_centre = None
        if self.tray is not None:
            self.tray.set_children([])
        if self.links is not None:
            self.links.cleanup()
        self.presenter.end()
        self.switcher.set_children([], None)
        self.toolbar.show_user("")
        self.overview_view.show_loading()
        self.show_status("")
        self.setWindowTitle(APP_NAME)

        def words() -> None:
            self.message_view.show_message(
                self.tr("Sign in") if first_run else self.tr("Signed out"),
                self.tr("Sign in to see your children's courses, grades and classes."),
            )
            self.message_view.set_action(lambda: self.tr("&Sign in"))

        self._say(words)
        self.stack.setCurrentWidget(self.message_view)

    def _say(self, words: Callable[[], None]) -> None:
        """Fill the message view now and again on a change of language."""
        self._message_words = words
        words()

    def retranslate(self) -> None:
        """On a change of language (views/retranslate.py): the words kept for it, again."""
        self.starting_label.setText(self.tr("Starting…"))
        self.status_label.setText(str(self._status))
        self.notice_label.setText(str(self._notice))
        if self._message_words is not None:
            self._message_words()
        if self._no_children is not None:
            self._word_no_children(self._no_children)
        child_id = self.presenter.current_child
        if child_id:
            self._select_child(child_id)

    @property
    def message_view(self) -> MessagePanel:
        """Signed out, or the children could not be loaded (built on first use)."""
        if self._message_view is None:
            from .section_page import panel_in

            flow = self.flow
            assert flow is not None  # noqa: S101 - attached
            self._message_view = panel_in(
                self.stack, "message_view", flow.message_action, lambda: self.tr("Re&try")
            )
        return self._message_view

    @property
    def no_children(self) -> MessagePanel:
        """No child is linked to the parent yet (built on first use)."""
        if self._no_children is None:
            from .section_page import panel_in

            self._no_children = panel_in(
                self.stack, "no_children", self.presenter.refresh, lambda: self.tr("Re&try")
            )
            self._word_no_children(self._no_children)
        return self._no_children

    def _word_no_children(self, panel: MessagePanel) -> None:
        panel.show_message(self.tr(NO_CHILDREN_TITLE), self.tr(NO_CHILDREN_BODY))

    def _show_children(self, children: list[Child], selected: str) -> None:
        self.switcher.set_children(children, selected)
        if self.tray is not None:
            self.tray.set_children(children)
        self.stack.setCurrentWidget(self.overview_view)
        self.children_shown.emit()

    def _show_no_children(self) -> None:
        self.switcher.set_children([], None)
        self.stack.setCurrentWidget(self.no_children)
        self.children_shown.emit()

    def show_status(self, words: object) -> None:
        """The status line: `words` (a Phrase, or "" to clear) said again on a change of
        language."""
        self._status = words
        self.status_label.setText(str(words))

    def _show_children_failed(self, message: object) -> None:
        def words() -> None:
            self.message_view.show_message(
                self.tr("Your children could not be loaded"), str(message)
            )
            self.message_view.set_action(lambda: self.tr("Re&try"))

        self._say(words)
        self.stack.setCurrentWidget(self.message_view)

    def _select_child(self, child_id: str) -> None:
        self.switcher.select(child_id)
        self.title_for_child(child_id)

    def title_for_child(self, child_id: str) -> None:
        """The window's title names the child shown (left as it is for an unknown one)."""
        from .child_switcher import describe

        child = self.presenter.child(child_id)
        if child is not None:
            self.setWindowTitle(f"{describe(child)} · {APP_NAME}")

    def _render(self, child_id: str) -> None:
        state = self.presenter.state(child_id)
        self.overview_view.show_state(state)
        if state is not None:
            self.overview_shown.emit(child_id)

    # -- notifications, alerts, certificates ---------------------------------------------------

    def _open_pdf(self, data: bytes, name: str) -> None:
        if self.links is not None and not self.links.open_pdf(data, name):
            self.show_status(Phrase.translate("MainWindow", "The certificate could not be opened."))

    def verify_certificate(self, cert: Certificate) -> None:
        if self.links is not None and not self.links.open_web(cert.verification_url):
            self.show_status(
                Phrase.translate(
                    "MainWindow",
                    "This verification link does not point to your school's OptiLearn server, "
                    "so it was not opened.",
                )
            )

    # -- the window itself ---------------------------------------------------------------------

    def bring_forward(self) -> None:
        from ..platform.single_instance import bring_to_front

        bring_to_front(self)

    def quit_app(self) -> None:
        self._quitting = True
        self.close()

    def _keeps_running_in_tray(self) -> bool:
        signed_in = self.session is not None and self.session.client is not None
        if self.tray is None or not self.tray.available or not signed_in:
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
        if self.alerts is not None:  # stop alerts, take the icon away
            self.alerts.stop()
        if self.tray is not None:
            self.tray.hide()
        self.tasks.cancel_all()
        if self.links is not None:
            self.links.cleanup()
        super().closeEvent(event)
        self.closed.emit()

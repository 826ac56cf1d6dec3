"""The window's notification list and settings dialog, and opening what an alert is about:
that child, loaded again, on the tab and row the alert names (a mixin of MainWindow)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from ..core.alert_hub import AlertHub
    from ..core.clock import Clock
    from ..core.notification_alerts import Alert
    from ..core.notification_watcher import NotificationWatcher
    from ..core.overview_presenter import OverviewPresenter
    from ..core.session import Session
    from ..core.settings import LocalSettings
    from ..core.tasks import TaskRunner
    from ..models.notifications import Notification
    from ..platform.translations import Translations
    from .alert_banner import AlertBanner
    from .child_switcher import ChildSwitcher
    from .household_nav import HouseholdNav
    from .overview_view import OverviewView
    from .row_picker import RowPicker
    from .window_toolbar import WindowToolbar


class WindowNotifications:
    # What the window it is mixed into has (views/main_window.py).
    session: Session | None
    settings: LocalSettings | None
    alerts: AlertHub | None
    tasks: TaskRunner
    clock: Clock
    presenter: OverviewPresenter
    notification_centre: Any
    settings_dialog: Any
    household: HouseholdNav | None
    translations: Translations | None
    overview_view: OverviewView
    row_picker: RowPicker
    switcher: ChildSwitcher
    toolbar: WindowToolbar
    tabs: QTabWidget

    if TYPE_CHECKING:

        @property
        def watcher(self) -> NotificationWatcher | None: ...
        def bring_forward(self) -> None: ...

    def set_unread(self, count: int) -> None:
        self.toolbar.set_unread(count, enabled=self.watcher is not None)

    def reload_notifications(self) -> None:
        """New notifications: an open inbox shows them."""
        if self.notification_centre is not None and self.notification_centre.isVisible():
            self.notification_centre.reload()

    def open_notification_centre(self) -> None:
        from ..core.inbox import InboxService
        from .notification_centre import NotificationCentre

        client = self.session.client if self.session is not None else None
        if client is None:
            return
        self.bring_forward()  # also when a tray message opens it
        if self.notification_centre is None or self.notification_centre.inbox.client is not client:
            self.notification_centre = NotificationCentre(
                InboxService(client, self.tasks),
                clock=self.clock,
                settings=self.settings,
                explain=self._explain,
                parent=cast("QWidget", self),
            )
            self.notification_centre.read_changed.connect(self.set_unread)
            self.notification_centre.open_requested.connect(self.open_notification)
            self.notification_centre.settings_requested.connect(self.open_notification_settings)
        self.notification_centre.set_children(
            self.presenter.data.children if self.presenter.data else []
        )
        self.notification_centre.show()
        self.notification_centre.raise_()
        self.notification_centre.reload()

    def _explain(self, notification: Notification) -> str | None:
        """Why a notification came, from what is loaded of its child (None: nothing to say)."""
        from ..core.alert_reasons import explain

        data, child_id = self.presenter.data, notification.child_contact_id
        state = data.state(child_id) if data is not None and child_id else None
        return explain(notification, state)

    def wire_alert_strip(self, strip: AlertBanner) -> None:
        """The in-window strip opens what an alert is about and says why, again once the
        child's overview is fresh."""
        strip.show_requested.connect(self.open_alert)
        strip.explain = self._explain_alert
        self.presenter.overview_ready.connect(lambda _id: strip.explain_again())

    def _explain_alert(self, alert: Alert) -> str | None:
        return self._explain(alert.notification) if alert.notification is not None else None

    def open_notification_settings(self) -> None:
        from ..core.preferences import PreferencesService
        from .settings.dialog import NotificationSettingsDialog

        client = self.session.client if self.session is not None else None
        if client is None or self.settings is None:
            return
        import shiboken6

        open_now = self.settings_dialog
        if open_now is not None and shiboken6.isValid(open_now) and open_now.isVisible():
            self.settings_dialog.raise_()  # one at a time, from any of its three entries
            self.settings_dialog.activateWindow()
            return
        self.bring_forward()
        online = self.alerts.online if self.alerts is not None else True
        service = PreferencesService(client, self.tasks, online=online)
        dialog = NotificationSettingsDialog(service, self.settings, parent=cast("QWidget", self))
        dialog.finished.connect(dialog.deleteLater)
        dialog.language_chosen.connect(self.use_language)
        self.settings_dialog = dialog
        if self.alerts is not None:  # the server part follows the connection while open
            self.alerts.connectivity_changed.connect(dialog.set_online)
        dialog.open()  # never exec() under qasync

    def use_language(self, code: str) -> None:
        """Switch the running app's language (every window retranslates itself)."""
        if self.translations is None:
            from ..platform.translations import Translations

            self.translations = Translations()
        self.translations.apply(code)

    def open_alert(self, alert: Alert) -> None:
        """A clicked alert: that child, loaded again, on the tab and row it is about. An alert
        that names no child of this window (a summary, a child no longer linked) opens the
        notification list instead: never another child."""
        child_id = alert.child_id
        if not child_id or self.presenter.child(child_id) is None:
            self.bring_forward()
            self.open_notification_centre()
            return
        self.presenter.outdate([child_id])
        self.open_on(child_id, alert.section, alert.row)

    def open_notification(self, notification: Notification) -> None:
        """Enter or a double-click in the notification list."""
        from ..core.notification_alerts import alert_for

        self.open_alert(alert_for(notification))

    def open_on(self, child_id: str | None, section: object, row: str | None = None) -> None:
        self.bring_forward()
        if child_id and self.presenter.child(child_id) is not None:
            self.switcher.select(child_id)
        if self.household is not None:  # from the household page to the overview
            self.household.show_overview()
        page = self.overview_view.page_for(section)
        if page is not None:
            self.tabs.setCurrentWidget(page)
            self.row_picker.want(page, row)

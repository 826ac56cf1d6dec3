"""The notification list: the parent's inbox, newest first, a page at a time ("Load more"), with
a child filter, unread marked in words as well as colour, the selected message in full below,
mark read / mark all read, and Enter or a double-click opening the child and tab a notification
is about. A resizable window that remembers its size. The inbox service does the talking to the
server; this window shows its answers."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import Clock, utc_now
from ..core.formatting import absolute, number, relative
from ..core.inbox import InboxService
from ..core.wording import arg
from ..models.notifications import Notification, NotificationPage
from .notification_detail import NotificationDetail
from .retranslate import Retranslating
from .table_model import Column, RowTableModel, make_table
from .text import plain_label

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..core.settings import LocalSettings
    from ..models.children import Child

SIZE_KEY = "notification_list_size"  # LocalSettings: [width, height]
DEFAULT_SIZE = QSize(960, 620)


class Columns(IntEnum):
    STATUS = 0
    CHILD = 1
    WHEN = 2
    TITLE = 3
    MESSAGE = 4


class NotificationCentre(Retranslating, QDialog):
    read_changed = Signal(int)  # the new unread count
    open_requested = Signal(object)  # Notification: show its child and tab in the window
    settings_requested = Signal()

    def __init__(
        self,
        inbox: InboxService,
        *,
        clock: Clock = utc_now,
        settings: LocalSettings | None = None,
        explain: Callable[[Notification], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notification_centre")
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.inbox = inbox
        self.clock = clock
        self._settings = settings
        self.unread = 0
        self._page: NotificationPage | None = None
        self._children: dict[str, str] = {}  # contact id -> name, the household's first
        self._failure: str | None = None  # the server's message of the last failed load
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.child_caption = child_caption = plain_label()
        child_caption.setObjectName("notification_child_caption")
        self.child_filter = QComboBox()
        self.child_filter.setObjectName("notification_child_filter")
        self.child_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        child_caption.setBuddy(self.child_filter)
        self.child_filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.summary = plain_label()
        self.summary.setObjectName("notification_summary")
        self.settings_button = self._button("notification_settings_button")
        self.settings_button.clicked.connect(self.settings_requested)
        top.addWidget(child_caption)
        top.addWidget(self.child_filter)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.settings_button)
        layout.addLayout(top)

        columns: list[Column[Notification]] = [
            Column(
                lambda: self.tr("Status"),
                lambda n: "" if n.is_read else self.tr("Unread"),
                sort_key=lambda n: n.is_read,
                color=self._unread_color,
                bold=True,
            ),
            Column(lambda: self.tr("Child"), lambda n: n.child_name or "—"),
            Column(
                lambda: self.tr("When"),
                lambda n: relative(n.created_at, self.clock()),
                sort_key=lambda n: n.created_at.timestamp(),
                tooltip=lambda n: absolute(n.created_at),
            ),
            Column(lambda: self.tr("Title"), lambda n: n.title, color=self._unread_color),
            Column(lambda: self.tr("Message"), lambda n: n.message, stretch=True),
        ]
        self.model: RowTableModel[Notification] = RowTableModel(columns, self)
        self.table = make_table(self.model, Columns, "notifications_table", self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)  # Enter, or a double-click
        self.detail = NotificationDetail(explain)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("notification_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([300, 200])  # kept in proportion as the window is sized
        layout.addWidget(self.splitter, 1)
        self.error = plain_label(wrap=True)
        self.error.setObjectName("notification_error")
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.load_more_button = self._button("load_more_button")
        self.load_more_button.clicked.connect(self.load_more)
        self.open_button = self._button("open_notification_button")
        self.open_button.clicked.connect(self.open_selected)
        self.mark_button = self._button("mark_read_button")
        self.mark_all_button = self._button("mark_all_read_button")
        self.close_button = close = self._button("notification_close_button")
        close.clicked.connect(self.close)
        self.mark_button.clicked.connect(self.mark_selected)
        self.mark_all_button.clicked.connect(self.mark_all)
        buttons.addWidget(self.load_more_button)
        buttons.addStretch(1)
        for button in (self.open_button, self.mark_button, self.mark_all_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._opened_size = self._remembered_size()
        self.resize(self._opened_size)
        inbox.page_loaded.connect(self._loaded)
        inbox.failed.connect(self._failed)
        self.set_children([])
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notifications"))
        self.child_caption.setText(self.tr("&Child:"))
        self.child_filter.setAccessibleName(self.tr("Show notifications about"))
        self.table.setAccessibleName(self.tr("Notifications"))
        for button, text, description in (
            (self.settings_button, self.tr("&Settings…"), self.tr("Notification settings")),
            (self.load_more_button, self.tr("&Load more"), self.tr("Load older notifications")),
            (
                self.open_button,
                self.tr("&Open"),
                self.tr("Open the child and tab this notification is about"),
            ),
            (
                self.mark_button,
                self.tr("&Mark read"),
                self.tr("Mark the selected notification read"),
            ),
            (
                self.mark_all_button,
                self.tr("Mark &all read"),
                self.tr("Mark all notifications read"),
            ),
            (self.close_button, self.tr("Close"), self.tr("Close the notifications")),
        ):
            button.setText(text)
            button.setAccessibleName(description)
            button.setToolTip(description)
        self.model.retranslate()
        self._fill_filter()
        self._show_rows()
        if self._failure is not None:
            self._show_failure(self._failure)

    @staticmethod
    def _button(name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        # Enter belongs to the table (it opens the notification), never to a default button.
        button.setAutoDefault(False)
        return button

    def _unread_color(self, n: Notification) -> QColor | None:
        return None if n.is_read else self.palette().color(self.palette().ColorRole.Link)

    # -- what the window asks ------------------------------------------------------------------

    def reload(self) -> None:
        self.inbox.load()

    def load_more(self) -> None:
        self.inbox.load_more()
        self._update_buttons()

    def set_children(self, children: list[Child]) -> None:
        """The household's children for the filter (children named only by older
        notifications are added as they are loaded)."""
        self._children = {c.contact_id: c.name for c in children}
        self._fill_filter()

    # -- answers from the inbox ----------------------------------------------------------------

    def _loaded(self, page: NotificationPage) -> None:
        if not shiboken6.isValid(self):
            return
        self._page = page
        self.unread = page.unread_count
        for n in page.notifications:
            if n.child_contact_id and n.child_contact_id not in self._children:
                self._children[n.child_contact_id] = n.child_name or n.child_contact_id
        self._fill_filter()
        self._show_rows()
        self._failure = None
        self.error.hide()
        self.read_changed.emit(self.unread)

    def _failed(self, message: str | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._failure = message if message is not None else ""
        self._show_failure(self._failure)
        self.error.show()
        self._update_buttons()

    def _show_failure(self, message: str) -> None:
        """`message` is the server's, shown as sent ("": ours, in the language in use)."""
        shown = message or self.tr("Unexpected problem.")
        self.error.setText(arg(self.tr("Could not update the notifications: %1"), shown))

    # -- showing -------------------------------------------------------------------------------

    @property
    def child_id(self) -> str | None:
        """The child the list is filtered to (None: all)."""
        value = self.child_filter.currentData()
        return value if isinstance(value, str) else None

    def _fill_filter(self) -> None:
        wanted = self.child_id
        self.child_filter.blockSignals(True)
        self.child_filter.clear()
        self.child_filter.addItem(self.tr("All children"), None)
        for contact_id, name in self._children.items():
            self.child_filter.addItem(name, contact_id)
        self.child_filter.setCurrentIndex(max(0, self.child_filter.findData(wanted)))
        self.child_filter.blockSignals(False)

    def _show_rows(self) -> None:
        page = self._page
        if page is None:
            self._update_buttons()
            return
        selected = {n.id for n in self.selected()}
        child = self.child_id
        rows = [n for n in page.notifications if child is None or n.child_contact_id == child]
        self.model.set_rows(rows)
        for place, n in enumerate(self.model.rows()):  # keep the parent's place
            if n.id in selected:
                self.table.selectRow(place)
        loaded, total = len(page.notifications), page.total
        if not total:
            text = self.tr("No notifications yet.")
        else:
            text = arg(
                self.tr("%1 unread · newest %2 of %3 loaded"),
                number(self.unread),
                number(loaded),
                number(total),
            )
            if child is not None:
                about = arg(
                    self.tr("%1 about %2"), number(len(rows)), self.child_filter.currentText()
                )
                text = arg(
                    self.tr("%1 · %2", "the counts, then those about one child"), text, about
                )
        self.summary.setText(text)
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        chosen = self.selected()
        self.detail.show_notification(chosen[0] if chosen else None)
        self._update_buttons()

    def selected(self) -> list[Notification]:
        rows = self.model.rows()
        return [rows[index.row()] for index in self.table.selectionModel().selectedRows()]

    # -- commands ------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        rows = self.model.rows()
        if 0 <= index.row() < len(rows):
            self._open(rows[index.row()])

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self._open(chosen[0])

    def _open(self, notification: Notification) -> None:
        if not notification.is_read:  # opened is read
            self.inbox.mark_read([notification.id])
        self.open_requested.emit(notification)

    def mark_selected(self) -> None:
        ids = [n.id for n in self.selected() if not n.is_read]
        if ids:
            self.inbox.mark_read(ids)
            self._update_buttons()

    def mark_all(self) -> None:
        self.inbox.mark_all_read()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.inbox.marking
        chosen = self.selected()
        self.mark_button.setEnabled(not busy and any(not n.is_read for n in chosen))
        self.mark_all_button.setEnabled(not busy and self.unread > 0)
        self.open_button.setEnabled(bool(chosen))
        self.load_more_button.setEnabled(self.inbox.has_more)

    # -- the window's size ---------------------------------------------------------------------

    def _remembered_size(self) -> QSize:
        saved = self._settings.get(SIZE_KEY) if self._settings is not None else None
        size = DEFAULT_SIZE
        if isinstance(saved, list) and len(saved) == 2 and all(isinstance(v, int) for v in saved):
            size = QSize(saved[0], saved[1])
        screen = QGuiApplication.primaryScreen()
        if screen is not None:  # never larger than the screen it opens on
            size = size.boundedTo(screen.availableGeometry().size())
        return size.expandedTo(self.minimumSizeHint())

    def _remember_size(self) -> None:
        if self._settings is None or self.size() == self._opened_size:
            return  # only a size the parent chose is written
        size = [self.width(), self.height()]
        if self._settings.get(SIZE_KEY) != size:
            # A read-only config folder costs the size, nothing else.
            with contextlib.suppress(OSError):
                self._settings.set(SIZE_KEY, size)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_size()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Escape ends here, not in closeEvent
        self._remember_size()
        super().done(result)

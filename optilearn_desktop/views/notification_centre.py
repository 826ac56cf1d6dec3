"""The notification centre: the parent's inbox with child, time and message; mark read, mark
all read. The inbox service does the talking to the server; this dialog shows its answers."""

from __future__ import annotations

from enum import IntEnum

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core.clock import Clock, utc_now
from ..core.inbox import InboxService
from ..models.notifications import Notification, NotificationPage
from .formatting import absolute, relative
from .table_model import Column, RowTableModel, make_table
from .text import plain_label


class Columns(IntEnum):
    CHILD = 0
    WHEN = 1
    TITLE = 2
    MESSAGE = 3


class NotificationCentre(QDialog):
    read_changed = Signal(int)  # the new unread count

    def __init__(
        self,
        inbox: InboxService,
        *,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notification_centre")
        self.setWindowTitle("Notifications")
        self.setModal(False)
        self.inbox = inbox
        self.clock = clock
        self.unread = 0
        layout = QVBoxLayout(self)
        self.summary = plain_label()
        self.summary.setObjectName("notification_summary")
        layout.addWidget(self.summary)
        columns: list[Column[Notification]] = [
            Column("Child", lambda n: n.child_name or "—"),
            Column(
                "When",
                lambda n: relative(n.created_at, self.clock()),
                sort_key=lambda n: n.created_at.timestamp(),
                tooltip=lambda n: absolute(n.created_at),
            ),
            Column("Title", lambda n: n.title, color=self._unread_color),
            Column("Message", lambda n: n.message, stretch=True),
        ]
        self.model: RowTableModel[Notification] = RowTableModel(columns, self)
        self.table = make_table(self.model, Columns, "notifications_table", self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.error = plain_label(wrap=True)
        self.error.setObjectName("notification_error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.mark_button = QPushButton("Mark read")
        self.mark_button.setObjectName("mark_read_button")
        self.mark_button.setAccessibleName("Mark the selected notification read")
        self.mark_all_button = QPushButton("Mark all read")
        self.mark_all_button.setObjectName("mark_all_read_button")
        self.mark_all_button.setAccessibleName("Mark all notifications read")
        close = QPushButton("Close")
        close.setAccessibleName("Close the notifications")
        close.clicked.connect(self.close)
        self.mark_button.clicked.connect(self.mark_selected)
        self.mark_all_button.clicked.connect(self.mark_all)
        buttons.addStretch(1)
        for button in (self.mark_button, self.mark_all_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resize(900, 480)
        inbox.page_loaded.connect(self._loaded)
        inbox.failed.connect(self._failed)
        self._update_buttons()

    def _unread_color(self, n: Notification) -> QColor | None:
        return None if n.is_read else self.palette().color(self.palette().ColorRole.Link)

    def reload(self) -> None:
        self.inbox.load()

    def _loaded(self, page: NotificationPage) -> None:
        if not shiboken6.isValid(self):
            return
        self.unread = page.unread_count
        self.model.set_rows(page.notifications)
        total = page.total
        self.summary.setText(
            f"{self.unread} unread of {total}" if total else "No notifications yet."
        )
        self.error.hide()
        self.read_changed.emit(self.unread)
        self._update_buttons()

    def _failed(self, message: str | None) -> None:
        if not shiboken6.isValid(self):
            return
        message = message if message is not None else "Unexpected problem."
        self.error.setText(f"Could not update the notifications: {message}")
        self.error.show()
        self._update_buttons()

    def selected(self) -> list[Notification]:
        rows = self.model.rows()
        return [rows[index.row()] for index in self.table.selectionModel().selectedRows()]

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
        self.mark_button.setEnabled(not busy and any(not n.is_read for n in self.selected()))
        self.mark_all_button.setEnabled(not busy and self.unread > 0)

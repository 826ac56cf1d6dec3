"""The notification list's detail pane: the selected notification in full, wrapped, with its
child, time and whether it is read (in words, not only in colour), and why it came, from the
child's data (core/alert_reasons.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ..core.formatting import absolute
from ..core.wording import arg
from ..models.notifications import Notification
from .retranslate import Retranslating
from .text import plain_label


class NotificationDetail(Retranslating, QScrollArea):
    def __init__(
        self,
        explain: Callable[[Notification], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._explain = explain
        self._shown: Notification | None = None
        self.setObjectName("notification_detail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(10, 8, 10, 8)
        self.title = plain_label(wrap=True)
        self.title.setObjectName("notification_detail_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.meta = plain_label(wrap=True)
        self.meta.setObjectName("notification_detail_meta")
        self.message = plain_label(wrap=True)
        self.message.setObjectName("notification_detail_message")
        self.why = plain_label(wrap=True)
        self.why.setObjectName("notification_detail_why")
        for label in (self.title, self.meta, self.message, self.why):
            # Selectable to copy a message out; still plain text, never links.
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            column.addWidget(label)
        column.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Selected notification"))
        self.show_notification(self._shown)

    def show_notification(self, notification: Notification | None) -> None:
        self._shown = notification
        if notification is None:
            self.title.setText(self.tr("Choose a notification to read it in full."))
            self.meta.clear()
            self.message.clear()
            self.why.clear()
            for label in (self.meta, self.message, self.why):
                label.hide()
            return
        read = self.tr("Read") if notification.is_read else self.tr("Unread")
        parts = [notification.child_name or "", absolute(notification.created_at), read]
        self.title.setText(notification.title)
        self.meta.setText(" · ".join(p for p in parts if p))
        self.message.setText(notification.message)
        self.meta.show()
        self.message.setVisible(bool(notification.message))
        why = self._explain(notification) if self._explain is not None else None
        self.why.setText(arg(self.tr("Why: %1"), why) if why else "")
        self.why.setVisible(bool(why))

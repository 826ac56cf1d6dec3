"""Where notification alerts go when the platform has no tray: a strip in the window that says
how many arrived and lists them; each opens the child it names, and only that child."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from ..core.formatting import counted
from .banner import Banner

if TYPE_CHECKING:
    from ..core.notification_alerts import Alert

MAX_ALERTS = 50  # the oldest go first; the notification list keeps them all
VISIBLE_ROWS = 4
ALERT_ROLE = Qt.ItemDataRole.UserRole
WHY_ROLE = Qt.ItemDataRole.UserRole + 1
ACCESSIBLE_ROLE = Qt.ItemDataRole.AccessibleTextRole


class AlertBanner(Banner):
    show_requested = Signal(object)  # Alert

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("alert_banner", parent)
        # Why an alert came, from the child's data (core/alert_reasons.py), said again once the
        # child's overview is loaded afresh (`explain_again`).
        self.explain: Callable[[Alert], str | None] | None = None
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("alert_banner_list")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._open_row)  # Enter, or a double-click
        self.list.hide()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self._layout.removeWidget(self.label)
        column.addWidget(self.label)
        column.addWidget(self.list)
        self._layout.insertLayout(0, column, 1)
        self.open_button = self.add_button(
            lambda: self.tr("Show"),
            "show",
            lambda: self.tr("Show what this notification is about"),
            self._open,
        )
        self.dismiss_button = self.add_button(
            lambda: self.tr("Dismiss"),
            "dismiss",
            lambda: self.tr("Dismiss the notifications"),
            self.clear,
        )
        self.list.setAccessibleName(self.tr("New notifications"))

    def retranslate(self) -> None:
        super().retranslate()
        self.list.setAccessibleName(self.tr("New notifications"))
        if self.model.rowCount():
            self._update()

    @property
    def alerts(self) -> list[Alert]:
        """Newest first."""
        model = self.model
        return [model.item(row).data(ALERT_ROLE) for row in range(model.rowCount())]

    def select(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row, 0))

    def show_alert(self, alert: Alert) -> None:
        text = f"{alert.title}: {alert.body}" if alert.body else alert.title
        item = QStandardItem(text)
        item.setData(alert, ALERT_ROLE)
        item.setEditable(False)
        self._explain_item(item)
        self.model.insertRow(0, item)
        if self.model.rowCount() > MAX_ALERTS:
            self.model.removeRows(MAX_ALERTS, self.model.rowCount() - MAX_ALERTS)
        self.select(0)
        self._update()
        self.show()

    def explain_again(self) -> None:
        """Fresh data came: the reasons say what it now shows."""
        for row in range(self.model.rowCount()):
            self._explain_item(self.model.item(row))
        if self.model.rowCount():
            self._update()

    def _explain_item(self, item: QStandardItem) -> None:
        alert: Alert = item.data(ALERT_ROLE)
        why = self.explain(alert) if self.explain is not None else None
        item.setData(why or "", WHY_ROLE)
        item.setToolTip(why or "")
        item.setData(f"{item.text()} {why}" if why else item.text(), ACCESSIBLE_ROLE)

    def _update(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.clear()
            return
        if count == 1:
            first = self.model.item(0)
            why = first.data(WHY_ROLE)
            only = f"{first.text()}\n{why}" if why else first.text()
            self.label.setText(only)
            self.setAccessibleName(only)
        else:
            self.label.setText(
                counted(
                    lambda n: self.tr("%n new notification(s). Choose one and Show:", "", n), count
                )
            )
            self.setAccessibleName(
                counted(lambda n: self.tr("%n new notification(s)", "", n), count)
            )
        self.list.setVisible(count > 1)
        row = self.list.sizeHintForRow(0) if count else 0
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(row * min(count, VISIBLE_ROWS) + frame)
        several = count > 1
        self.open_button.setAccessibleName(
            self.tr("Show what the chosen notification is about")
            if several
            else self.tr("Show what this notification is about")
        )
        self.dismiss_button.setText(self.tr("Dismiss all") if several else self.tr("Dismiss"))

    def _open(self) -> None:
        current = self.list.currentIndex()
        if self.model.rowCount():
            self._open_row(current if current.isValid() else self.model.index(0, 0))

    def _open_row(self, index: QModelIndex) -> None:
        alert = self.model.item(index.row()).data(ALERT_ROLE)
        self.model.removeRow(index.row())
        self._update()
        self.show_requested.emit(alert)

    def clear(self) -> None:
        self.model.clear()
        self.list.hide()
        super().clear()

"""Every string the app holds in Qt: each live widget's text, tooltip, status tip, what's-this,
window title, accessible name and description, placeholder, combo items, tab texts, actions,
and every cell of every item model in every role. The kiosk tests search it for the previous
parent's household."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.UserRole,
)


def _model_strings(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    for section in range(model.columnCount(parent)):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
    for row in range(model.rowCount(parent)):
        for column in range(max(1, model.columnCount(parent))):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            flat = isinstance(model, QAbstractTableModel | QAbstractListModel)
            if not flat and column == 0 and model.rowCount(index) > 0:  # a tree's children
                yield from _model_strings(model, index)


def _widget_strings(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    text = getattr(widget, "text", None)
    if callable(text):
        try:
            value = text()
        except TypeError:  # a text() that takes arguments (not a label-like widget)
            value = None
        if value is not None:
            yield str(value)
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
        yield widget.displayText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield widget.currentText()
        yield from _model_strings(widget.model())
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_strings(widget.model())
    for action in widget.actions():
        yield from (action.text(), action.toolTip(), action.statusTip(), action.whatsThis())


def app_strings() -> list[str]:
    """Everything above, for all live widgets (shown or hidden), their actions and models,
    plus the clipboard. Widgets waiting for deferred deletion are deleted first."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found: list[str] = []
    for widget in QApplication.allWidgets():
        found.extend(_widget_strings(widget))
    for top in QApplication.topLevelWidgets():
        for obj in top.findChildren(QObject):
            if isinstance(obj, QAction):
                found.extend((obj.text(), obj.toolTip(), obj.statusTip(), obj.whatsThis()))
            elif isinstance(obj, QAbstractItemModel):
                found.extend(_model_strings(obj))
    found.append(QGuiApplication.clipboard().text())
    return [s for s in found if s]


def leaks(needles: list[str]) -> dict[str, list[str]]:
    """needle -> the strings that contain it (case-insensitive); empty when nothing leaks."""
    haystack = app_strings()
    hits: dict[str, list[str]] = {}
    for needle in needles:
        low = needle.casefold()
        found = [s for s in haystack if low in s.casefold()]
        if found:
            hits[needle] = found[:5]
    return hits

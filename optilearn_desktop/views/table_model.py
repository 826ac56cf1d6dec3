"""One read-only table model for every tab: rows are model objects, columns are small specs.

Each tab declares a `Columns(IntEnum)` and one `Column` per member; the view sorts through a
proxy on the raw sort key (not the displayed text), so dates and percentages sort correctly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .text import elide, plain_tooltip

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # e.g. the progress number for the bar delegate

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    stretch: bool = False
    align_right: bool = False
    color: Callable[[Row], QColor | None] | None = None
    tooltip: Callable[[Row], str] | None = None
    value: Callable[[Row], Any] | None = None
    bold: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._texts: dict[tuple[int, int], str] = {}  # painting asks for the same text often

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts: dict[tuple[int, int], str] = {}
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Read-only by construction: selectable, never editable.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, row: int, column: int) -> str:
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._columns[column].text(self._rows[row])
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return elide(self._text(index.row(), index.column()))
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            full = column.tooltip(row) if column.tooltip else column.text(row)
            return plain_tooltip(full) if full else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(index.row(), index.column())
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row).casefold()
        if role == VALUE_ROLE and column.value is not None:
            return column.value(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            return column.color(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.bold:
            return _BOLD
        return None


_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        SORT_ROLE,
        VALUE_ROLE,
    )
)
_BOLD = QFont()
_BOLD.setBold(True)


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:  # missing values sort last in ascending order
            return a is not None and b is None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


_FIT = QHeaderView.ResizeMode.ResizeToContents


def make_table(
    model: RowTableModel[Any], columns: type[IntEnum], name: str, parent: QWidget | None = None
) -> QTableView:
    """A sortable, read-only table with sensible column widths."""
    proxy = _SortProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name.replace("_", " "))
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(0)  # size columns from the visible rows, not all 300
    for member in columns:
        spec = model._columns[member]
        mode = QHeaderView.ResizeMode.Stretch if spec.stretch else _FIT
        header.setSectionResizeMode(int(member), mode)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # server order until the user sorts
    return view

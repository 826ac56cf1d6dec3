"""One read-only table model for every tab: rows are model objects, columns are small specs.

Each tab declares a `Columns(IntEnum)` and one `Column` per member. The model sorts itself on
the raw sort key (not the displayed text), so dates and percentages sort correctly; no proxy
model sits in between, which keeps a child switch (300 rows) cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .text import elide, plain_tooltip

Row = TypeVar("Row")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # e.g. the progress number for the bar delegate

Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple, Generic[Row]):  # not a dataclass: see views/colors.py
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
        self._cells: dict[tuple[int, int, int], Any] = {}  # (row, column, role) -> value
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self._cells: dict[tuple[int, int, int], Any] = {}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks land here; -1 keeps the server's order. The choice outlives set_rows
        (switching child keeps the parent's sort)."""
        self._sort = None if column < 0 else (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self._cells = {}
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Row]) -> list[Row]:
        if self._sort is None:
            return rows
        column, order = self._sort
        spec = self._columns[column]

        def key(row: Row) -> Any:
            return spec.sort_key(row) if spec.sort_key else spec.text(row).casefold()

        keyed = [(key(row), row) for row in rows]
        known = [pair for pair in keyed if pair[0] is not None]
        missing = [row for value, row in keyed if value is None]  # always last
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            known.sort(key=lambda pair: pair[0], reverse=descending)
        except TypeError:  # mixed types from the server: compare as text
            known.sort(key=lambda pair: str(pair[0]), reverse=descending)
        return [row for _, row in known] + missing

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting and sizing ask for the same (cell, role) many times per frame: compute each
        # once per set_rows (a child switch must stay well under a 60 Hz frame).
        if role not in _ROLES:
            return None
        key = (index.row(), index.column(), role)
        try:
            return self._cells[key]
        except KeyError:
            pass
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        value = self._cells[key] = self._compute(index.row(), index.column(), role)
        return value

    def _compute(self, row_number: int, column_number: int, role: int) -> Any:
        row, column = self._rows[row_number], self._columns[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return elide(column.text(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            full = column.tooltip(row) if column.tooltip else column.text(row)
            return plain_tooltip(full) if full else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.text(row)
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
        VALUE_ROLE,
    )
)
_BOLD = QFont()
_BOLD.setBold(True)


_FIT = QHeaderView.ResizeMode.ResizeToContents


def make_table(
    model: RowTableModel[Any], columns: type[IntEnum], name: str, parent: QWidget | None = None
) -> QTableView:
    """A sortable, read-only table with sensible column widths."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name.replace("_", " "))
    view.setModel(model)
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

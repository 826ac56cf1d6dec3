"""One read-only table model for every tab: rows are model objects, columns are small specs.

Each tab declares a `Columns(IntEnum)` and one `Column` per member. The model sorts itself on
the raw sort key (not the displayed text), so dates and percentages sort correctly; no proxy
model sits in between, which keeps a child switch (300 rows) cheap.

The Courses table is painted in a remembered parent's first frame, before which nothing may
build PySide6's `Qt` namespace enums (views/qt_values.py): roles are plain numbers, flags are
QAbstractTableModel's own (selectable, enabled, never editable), the header paints its titles
from a C++ model, and sorting is switched on after the paint (`enable_sorting`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor, QFont, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .qt_values import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_RIGHT,
    ALIGN_VCENTER,
    DISPLAY_ROLE,
    ELIDE_RIGHT,
    FONT_ROLE,
    FOREGROUND_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
    set_property,
)
from .text import elide, plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Row = TypeVar("Row")
VALUE_ROLE = USER_ROLE + 2  # e.g. the progress number for the bar delegate

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
        self._given: list[Row] = []  # the server's order
        self._rows: list[Row] = []
        self._cells: dict[tuple[int, int, int], Any] = {}  # (row, column, role) -> value
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted()
        self._cells: dict[tuple[int, int, int], Any] = {}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Header clicks land here; -1 keeps the server's order. The choice outlives set_rows
        (switching child keeps the parent's sort). `order`: ascending when not given."""
        from PySide6.QtCore import Qt  # only ever called after the first paint

        order = Qt.SortOrder.AscendingOrder if order is None else order
        self._sort = None if column < 0 else (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted()
        self._cells = {}
        self.layoutChanged.emit()

    def _sorted(self) -> list[Row]:
        """The server's rows in the chosen order."""
        rows = self._given
        if self._sort is None:  # always so before the first paint
            return list(rows)
        from PySide6.QtCore import Qt

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
        """For screen readers, which ask the view's model; the header paints `header_titles`."""
        from PySide6.QtCore import Qt

        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return self._columns[section].title
        return None

    def header_titles(self, parent: QWidget) -> QStandardItemModel:
        """The column titles in a C++ model for the horizontal header to paint."""
        titles = QStandardItemModel(0, len(self._columns), parent)
        titles.setHorizontalHeaderLabels([column.title for column in self._columns])
        return titles

    # No flags(): QAbstractTableModel's own are selectable and enabled, never editable.

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
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
        if role == DISPLAY_ROLE:
            return elide(column.text(row))
        if role == TOOLTIP_ROLE:
            full = column.tooltip(row) if column.tooltip else column.text(row)
            return plain_tooltip(full) if full else None
        if role == ACCESSIBLE_TEXT_ROLE:
            return column.text(row)
        if role == VALUE_ROLE and column.value is not None:
            return column.value(row)
        if role == FOREGROUND_ROLE and column.color is not None:
            return column.color(row)
        if role == TEXT_ALIGNMENT_ROLE and column.align_right:
            return ALIGN_RIGHT | ALIGN_VCENTER
        if role == FONT_ROLE and column.bold:
            return _BOLD
        return None


_ROLES = frozenset(
    (
        DISPLAY_ROLE,
        TOOLTIP_ROLE,
        ACCESSIBLE_TEXT_ROLE,
        FOREGROUND_ROLE,
        TEXT_ALIGNMENT_ROLE,
        FONT_ROLE,
        VALUE_ROLE,
    )
)
_BOLD = QFont()
_BOLD.setBold(True)


# Sized to their contents once per set_rows or sort (`_fit_columns`), not by ResizeToContents,
# which measures every cell again on each of the window's layout passes: ~4 ms of a remembered
# parent's first frame. Fixed, as ResizeToContents was: the parent does not drag them.
_FIT = QHeaderView.ResizeMode.Fixed


def make_table(
    model: RowTableModel[Any],
    columns: type[IntEnum],
    name: str,
    parent: QWidget | None = None,
    *,
    sortable: bool = True,
) -> QTableView:
    """A read-only table with sensible column widths, sortable by its header unless
    `sortable` is False (then `enable_sorting` after the first paint)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name.replace("_", " "))
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    # Hidden while the view shares the model: it would ask the Python headerData for titles.
    header.hide()
    view.setModel(model)
    header.setModel(model.header_titles(view))
    header.show()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    set_property(view, "textElideMode", ELIDE_RIGHT)
    view.setShowGrid(False)
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(0)  # size columns from the visible rows, not all 300
    for member in columns:
        spec = model._columns[member]
        mode = QHeaderView.ResizeMode.Stretch if spec.stretch else _FIT
        header.setSectionResizeMode(int(member), mode)
    fitted = [int(member) for member in columns if not model._columns[member].stretch]

    def refit() -> None:
        _fit_columns(view, fitted)

    model.modelReset.connect(refit)  # new rows
    model.layoutChanged.connect(refit)  # sorted: other rows may be in view
    if sortable:
        enable_sorting(view)
    return view


def _fit_columns(view: QTableView, columns: list[int]) -> None:
    """Each column as wide as its title and the cells the parent can see (every row while
    the table is hidden), as ResizeToContents measured them."""
    for column in columns:
        view.resizeColumnToContents(column)


def enable_sorting(view: QTableView) -> None:
    """Header clicks sort; the server's order (no sort indicator) until the first click."""
    from PySide6.QtCore import Qt

    if not view.isSortingEnabled():
        # The indicator first: switching sorting on sorts by it (Qt's default: column 0).
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)

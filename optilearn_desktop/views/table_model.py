"""One read-only table model for every tab: rows are model objects, columns are small specs.

Each tab declares a `Columns(IntEnum)` and one `Column` per member. The model sorts itself on
the raw sort key (not the displayed text), so dates and percentages sort correctly; no proxy
model sits in between, which keeps a child switch (300 rows) cheap.

Flags are QAbstractTableModel's own (selectable, enabled, never editable); the header asks
`headerData` for its titles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .text import elide, plain_tooltip

Row = TypeVar("Row")
Role = Qt.ItemDataRole
VALUE_ROLE = Role.UserRole + 2  # e.g. the progress number for the bar delegate

Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple, Generic[Row]):
    title: str | Callable[[], str]  # a callable (`lambda: self.tr("Course")`) follows the language
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
        # What a column answers for every row alike (alignment, font; no colour, no value).
        self._fixed = [_fixed_answers(column) for column in self._columns]
        self._given: list[Row] = []  # the server's order
        self._rows: list[Row] = []
        self._cells: dict[tuple[int, int, int], Any] = {}  # (row, column, role) -> value
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted()
        self._cells = {}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Header clicks land here; -1 keeps the server's order. The choice outlives set_rows
        (switching child keeps the parent's sort). `order`: ascending when not given."""
        order = Qt.SortOrder.AscendingOrder if order is None else order
        self._sort = None if column < 0 else (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted()
        self._cells = {}
        self.layoutChanged.emit()

    def _sorted(self) -> list[Row]:
        """The server's rows in the chosen order."""
        rows = self._given
        if self._sort is None:
            return list(rows)
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

    def display_texts(self, first: int, last: int, columns: Sequence[int]) -> tuple[str, ...]:
        """The texts cells `first`..`last` of `columns` show (computed once, as `data` does)."""
        texts = []
        for row in range(max(0, first), min(last, len(self._rows) - 1) + 1):
            for column in columns:
                key = (row, column, Role.DisplayRole)
                if key not in self._cells:
                    self._cells[key] = self._compute(row, column, Role.DisplayRole)
                texts.append(self._cells[key])
        return tuple(texts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            title = self._columns[section].title
            return title() if callable(title) else title
        return None

    def retranslate(self) -> None:
        """The language changed: titles and cells (which may hold our words) read again."""
        self._cells = {}
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # No flags(): QAbstractTableModel's own are selectable and enabled, never editable.

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        # Painting and sizing ask for the same (cell, role) many times per frame: compute each
        # once per set_rows (a child switch must stay well under a 60 Hz frame).
        if role not in _ROLES:
            return None
        row, column = index.row(), index.column()
        fixed = self._fixed[column] if 0 <= column < len(self._fixed) else {}
        if role in fixed:
            return fixed[role]
        key = (row, column, role)
        try:
            return self._cells[key]
        except KeyError:
            pass
        if not index.isValid() or row >= len(self._rows):
            return None
        value = self._cells[key] = self._compute(row, column, role)
        return value

    def _compute(self, row_number: int, column_number: int, role: int) -> Any:
        row, column = self._rows[row_number], self._columns[column_number]
        if role == Role.DisplayRole:
            return elide(column.text(row))
        if role == Role.ToolTipRole:
            full = column.tooltip(row) if column.tooltip else column.text(row)
            return plain_tooltip(full) if full else None
        if role == Role.AccessibleTextRole:
            return column.text(row)
        if role == VALUE_ROLE and column.value is not None:
            return column.value(row)
        if role == Role.ForegroundRole and column.color is not None:
            return column.color(row)
        return None


_ROLES = frozenset(
    (
        Role.DisplayRole,
        Role.ToolTipRole,
        Role.AccessibleTextRole,
        Role.ForegroundRole,
        Role.TextAlignmentRole,
        Role.FontRole,
        VALUE_ROLE,
    )
)
_BOLD = QFont()
_BOLD.setBold(True)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _fixed_answers(column: Column[Any]) -> dict[int, Any]:
    fixed: dict[Any, Any] = {Role.TextAlignmentRole: _RIGHT if column.align_right else None}
    fixed[Role.FontRole] = _BOLD if column.bold else None
    if column.color is None:
        fixed[Role.ForegroundRole] = None
    if column.value is None:
        fixed[VALUE_ROLE] = None
    return fixed


# Sized to their contents after set_rows or a sort when what they show changed (`ColumnFit`),
# not by ResizeToContents, which measures every cell again on each of the window's layout
# passes. Fixed, as ResizeToContents was: the parent does not drag them.
_FIT = QHeaderView.ResizeMode.Fixed


def make_table(
    model: RowTableModel[Any],
    columns: type[IntEnum],
    name: str,
    parent: QWidget | None = None,
) -> QTableView:
    """A read-only table with sensible column widths, sortable by its header."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name.replace("_", " "))
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setShowGrid(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), as in any form
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(0)  # size columns from the visible rows, not all 300
    for member in columns:
        spec = model._columns[member]
        mode = QHeaderView.ResizeMode.Stretch if spec.stretch else _FIT
        header.setSectionResizeMode(int(member), mode)
    fit = ColumnFit(view, model, [int(m) for m in columns if not model._columns[m].stretch])
    model.modelReset.connect(fit.refit)  # new rows
    model.layoutChanged.connect(fit.refit)  # sorted: other rows may be in view
    model.headerDataChanged.connect(fit.refit)  # another language: titles and cells
    # The indicator first: switching sorting on sorts by it (Qt's default: column 0), and the
    # server's order (no indicator) stays until the parent's first click.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


class ColumnFit(QObject):
    """Each of `columns` as wide as its title and the cells the parent can see (every row
    while the table is hidden), as ResizeToContents measured them; measured again only when
    those cells' texts, the titles, the font, the style or the sort indicator changed, so that
    switching between children whose tables look alike costs no measuring."""

    def __init__(self, view: QTableView, model: RowTableModel[Any], columns: list[int]) -> None:
        super().__init__(view)  # lives as long as its table
        self.view, self.model, self.columns = view, model, columns
        self._measured: tuple[Any, ...] | None = None

    def refit(self) -> None:
        measured = self._what_is_measured()
        if measured != self._measured:
            self._measured = measured
            for column in self.columns:
                self.view.resizeColumnToContents(column)

    def _what_is_measured(self) -> tuple[Any, ...]:
        # The rows QTableView.sizeHintForColumn reads with a resize precision of 0.
        view, rows = self.view, self.model.rowCount()
        header = view.verticalHeader()
        first = max(0, header.visualIndexAt(0))
        last = header.visualIndexAt(view.viewport().height())
        if not view.isVisible() or last == -1:
            last = rows - 1
        sort = view.horizontalHeader()
        return (
            view.font().key(),
            view.style().name(),
            sort.sortIndicatorSection(),
            sort.sortIndicatorOrder(),
            tuple(self.model.headerData(c, Qt.Orientation.Horizontal) for c in self.columns),
            rows,
            first,
            last,
            self.model.display_texts(first, last, self.columns),
        )

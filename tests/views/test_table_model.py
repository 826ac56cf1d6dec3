"""The shared read-only table: titles in the header and for screen readers, read-only cells,
and sorting that is switched on after the first paint and starts in the server's order."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from optilearn_desktop.views.table_model import Column, RowTableModel, make_table


class _Columns(IntEnum):
    NAME = 0
    SCORE = 1


SERVER_ORDER = [("Maths", 72.0), ("Art", 91.5), ("Physics", None), ("Biology", 8.0)]


def _table(qtbot) -> QTableView:
    model: RowTableModel[tuple[str, float | None]] = RowTableModel(
        [
            Column("Course", lambda r: r[0], stretch=True),
            Column("Score", lambda r: f"{r[1]:g}" if r[1] else "—", sort_key=lambda r: r[1]),
        ]
    )
    table = make_table(model, _Columns, "scores_table")
    qtbot.addWidget(table)
    model.set_rows(SERVER_ORDER)
    table.resize(500, 300)
    return table


def _names(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _click_header(qtbot, table: QTableView, section: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_header_shows_the_model_titles(qtbot):
    table = _table(qtbot)
    header = table.horizontalHeader()
    assert header.model() is table.model()
    horizontal = Qt.Orientation.Horizontal
    shown = [header.model().headerData(s, horizontal) for s in range(header.count())]
    assert shown == ["Course", "Score"]
    assert header.isVisibleTo(table) and not table.verticalHeader().isVisibleTo(table)


def test_cells_are_selectable_and_never_editable(qtbot):
    table = _table(qtbot)
    flags = table.model().flags(table.model().index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_sorting_starts_in_the_server_order_and_header_clicks_sort_on_the_value(qtbot):
    table = _table(qtbot)
    assert table.isSortingEnabled()
    assert table.horizontalHeader().sortIndicatorSection() == -1  # no arrow: not sorted
    assert _names(table) == [name for name, _ in SERVER_ORDER]
    table.show()
    qtbot.waitExposed(table)
    _click_header(qtbot, table, _Columns.SCORE)
    assert _names(table) == ["Biology", "Maths", "Art", "Physics"]  # 8 < 72 < 91.5, none last
    _click_header(qtbot, table, _Columns.SCORE)
    assert _names(table) == ["Art", "Maths", "Biology", "Physics"]
    table.model().set_rows(list(reversed(SERVER_ORDER)))  # a child switch keeps the sort
    assert _names(table) == ["Art", "Maths", "Biology", "Physics"]
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to the server's order
    assert _names(table) == [name for name, _ in reversed(SERVER_ORDER)]


def _qt_fitted_widths(table: QTableView) -> list[int]:
    """What Qt's ResizeToContents gives the same model, in a view of the same size."""
    from PySide6.QtWidgets import QHeaderView

    reference = QTableView()
    reference.setModel(table.model())
    reference.verticalHeader().hide()
    reference.horizontalHeader().setResizeContentsPrecision(0)
    # The same header (a sortable one keeps room for its sort arrow) and the same grid.
    reference.horizontalHeader().setSortIndicatorShown(table.isSortingEnabled())
    reference.setShowGrid(table.showGrid())
    reference.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    reference.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    reference.resize(table.size())
    reference.show()
    widths = [reference.columnWidth(c) for c in range(1, table.model().columnCount())]
    reference.close()
    return widths


def test_columns_fit_their_contents_on_every_fill_and_sort_as_qt_would_fit_them(qtbot):
    table = _table(qtbot)
    table.show()
    qtbot.waitExposed(table)
    fitted = table.columnWidth(1)
    assert [fitted] == _qt_fitted_widths(table)
    model = table.model()
    model.set_rows([("Maths", 123456789.125)])  # a wider score: a wider column
    qtbot.waitUntil(lambda: table.columnWidth(1) > fitted, timeout=1_000)
    assert [table.columnWidth(1)] == _qt_fitted_widths(table)
    model.set_rows(SERVER_ORDER)
    qtbot.waitUntil(lambda: table.columnWidth(1) == fitted, timeout=1_000)  # narrow again
    _click_header(qtbot, table, 1)  # a sort re-fits too (the visible rows may change)
    assert [table.columnWidth(1)] == _qt_fitted_widths(table)
    # Fixed, as before: the parent cannot drag a fitted column narrower than its cells.
    from PySide6.QtWidgets import QHeaderView

    assert table.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.Fixed


def test_rows_showing_the_same_texts_are_not_measured_again(qtbot):
    """A child switch between tables that look alike costs no measuring: a width set by hand
    stands (nothing re-measured it) until the shown texts, or the font, change."""
    table = _table(qtbot)
    table.show()
    qtbot.waitExposed(table)
    fitted = table.columnWidth(1)
    model = table.model()
    table.setColumnWidth(1, fitted + 40)  # what a re-measure would undo
    model.set_rows([(name, score) for name, score in SERVER_ORDER])  # new rows, same texts
    assert table.columnWidth(1) == fitted + 40
    model.set_rows([("Maths", 72.5), *SERVER_ORDER[1:]])  # "72.5" is not "72"
    refitted = table.columnWidth(1)
    assert refitted == _qt_fitted_widths(table)[0]
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    table.setFont(font)
    model.set_rows([("Maths", 72.5), *SERVER_ORDER[1:]])  # the same texts, a bigger font
    assert table.columnWidth(1) > refitted

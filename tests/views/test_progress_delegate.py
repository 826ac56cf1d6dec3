"""The progress column paints a native bar whose filled part follows the value, and its
number beside the bar, legible at every value in light and dark."""

from __future__ import annotations

from collections.abc import Iterator
from enum import IntEnum

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from optilearn_desktop.views.progress_delegate import ProgressDelegate, cell_layout
from optilearn_desktop.views.table_model import Column, RowTableModel, make_table
from optilearn_desktop.views.theme import _dark_palette

from .test_colors import contrast


class _Columns(IntEnum):
    PROGRESS = 0


def _filled_fraction(table: QTableView, row: int, highlight: QColor) -> float:
    """Share of the bar's middle line painted in (about) the highlight colour: as the window
    was really painted (its backing store) when it is on screen, else as rendered now."""
    viewport = table.viewport()
    if table.isVisible():
        window = table.window()
        image = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
        origin = viewport.mapTo(window, QPoint(0, 0))
    else:
        image = viewport.grab().toImage()
        origin = QPoint(0, 0)
    cell = table.visualRect(table.model().index(row, 0))
    rect = cell_layout(cell, table.fontMetrics())[0].translated(origin)
    y = rect.center().y()
    ratio = image.devicePixelRatio()
    xs = range(int(rect.left() * ratio), int(rect.right() * ratio))
    near = 0
    for x in xs:
        c = QColor(image.pixel(x, int(y * ratio)))
        distance = abs(c.red() - highlight.red()) + abs(c.green() - highlight.green())
        near += distance + abs(c.blue() - highlight.blue()) < 90
    return near / len(xs)


@pytest.fixture
def progress_table(qtbot) -> Iterator[QTableView]:
    column = Column(title="Progress", text=lambda v: f"{v} %", value=lambda v: v, stretch=True)
    model = RowTableModel([column])
    window = QWidget()  # the table sits below a label, as in the app: not at the origin
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Courses\nUpdated just now"))
    table = make_table(model, _Columns, "progress_table", window)
    layout.addWidget(table)
    table.setItemDelegateForColumn(_Columns.PROGRESS, ProgressDelegate(table))
    model.set_rows([0, 25, 50, 100])
    window.resize(420, 300)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield table  # the window stays referenced here for the test's length


def test_filled_part_grows_with_the_value(progress_table):
    highlight = progress_table.palette().color(
        QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight
    )
    filled = [_filled_fraction(progress_table, row, highlight) for row in range(4)]
    assert filled[0] < 0.05
    assert 0.15 < filled[1] < 0.35
    assert 0.35 < filled[2] < 0.6
    assert filled[3] > 0.85
    assert filled == sorted(filled)


def test_bar_takes_the_active_colours_of_an_active_window(progress_table, qtbot):
    # The delegate's hidden bar is never active itself: the cell's Active colours must be used.
    progress_table.window().activateWindow()
    qtbot.waitActive(progress_table.window())
    assert progress_table.model().index(2, 0).data() == "50 %"
    palette = QPalette(progress_table.palette())
    green = QColor("#00a000")
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight, green)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor("#a00000"))
    progress_table.setPalette(palette)
    progress_table.viewport().update()
    qtbot.waitUntil(lambda: _filled_fraction(progress_table, 3, green) > 0.85)


def test_bar_takes_the_inactive_colours_of_an_inactive_window(qtbot):
    # Never shown, so never the active window (offscreen cannot deactivate a shown one).
    column = Column(title="Progress", text=lambda v: f"{v} %", value=lambda v: v, stretch=True)
    model = RowTableModel([column])
    table = make_table(model, _Columns, "inactive_table")
    qtbot.addWidget(table)
    table.setItemDelegateForColumn(_Columns.PROGRESS, ProgressDelegate(table))
    model.set_rows([100])
    table.resize(420, 120)
    assert not table.isActiveWindow()
    palette = QPalette(table.palette())
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight, QColor("#00a000"))
    red = QColor("#a00000")
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, red)
    table.setPalette(palette)
    assert _filled_fraction(table, 0, red) > 0.85


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_value_reads_against_its_own_background(qtbot, scheme):
    """Rendered at 0..100 (one row each, one selected): the digits' pixels stand out from the
    background behind them by WCAG AA contrast (a selected row: as well as the palette's own
    selected text does), and no part of the fill lies under them."""
    column = Column(title="Progress", text=lambda v: f"{v} %", value=lambda v: v)
    model = RowTableModel([column])
    table = make_table(model, _Columns, f"progress_{scheme}")
    qtbot.addWidget(table)
    if scheme == "dark":
        table.setPalette(_dark_palette())
    table.setItemDelegateForColumn(_Columns.PROGRESS, ProgressDelegate(table))
    model.set_rows(list(range(101)))
    table.selectRow(47)
    table.resize(360, 40 + sum(table.rowHeight(r) for r in range(101)))
    image = table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    palette = table.palette()
    fill = palette.color(QPalette.ColorRole.Highlight)
    selected = contrast(palette.color(QPalette.ColorRole.HighlightedText), fill)
    for row in range(101):
        cell = table.visualRect(model.index(row, 0))
        bar, digits = cell_layout(cell, table.fontMetrics())
        assert bar.width() >= 60 and digits.left() > bar.right()
        pixels = [
            QColor(image.pixel(int(x * ratio), int(y * ratio)))
            for x in range(digits.left(), digits.right())
            for y in range(digits.top(), digits.bottom())
        ]
        names = [c.name() for c in pixels]
        background = QColor(max(set(names), key=names.count))
        if row != 47:  # the selected row is all highlight: its text is highlighted text
            assert not any(_near(c, fill) for c in pixels), (scheme, row, "fill under digits")
        ink = [c for c in pixels if not _near(c, background)]
        assert len(ink) > 20, (scheme, row, "no digits drawn")
        best = max(contrast(c, background) for c in ink)
        wanted = min(4.5, 0.95 * selected) if row == 47 else 4.5
        assert best >= wanted, (scheme, row, background.name(), best)


def test_the_column_is_wide_enough_for_a_bar_and_the_widest_number(qtbot):
    column = Column(title="Progress", text=lambda v: f"{v} %", value=lambda v: v)
    model = RowTableModel([column])
    table = make_table(model, _Columns, "progress_width")
    qtbot.addWidget(table)
    table.setItemDelegateForColumn(_Columns.PROGRESS, ProgressDelegate(table))
    model.set_rows([5, 100])
    bar, digits = cell_layout(table.visualRect(model.index(1, 0)), table.fontMetrics())
    assert bar.width() >= 60
    assert digits.width() >= table.fontMetrics().horizontalAdvance("100 %")

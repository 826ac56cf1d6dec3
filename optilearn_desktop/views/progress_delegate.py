"""Paints a course's progress as a native progress bar inside its table cell, its number
beside the bar rather than on it: a label that the fill crosses turns half white, half black
("47 %" read "4/ %"), while beside the bar it is ordinary cell text in the cell's own
colours, legible at every value in light and dark schemes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from .table_model import VALUE_ROLE

_MARGIN = 4  # px around the bar inside its cell
_GAP = 6  # px between the bar and its number
_MIN_BAR = 72  # px: narrower, and a few percent no longer show as a change
_WIDEST = "100 %"  # the number's column is as wide as this, so every bar starts and ends alike


def cell_layout(rect: QRect, metrics: QFontMetrics) -> tuple[QRect, QRect]:
    """(bar, number) rectangles inside a cell's `rect`: the number right-aligned on the right."""
    inner = rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
    text_width = metrics.horizontalAdvance(_WIDEST)
    bar = QRect(inner)
    bar.setRight(inner.right() - text_width - _GAP)
    text = QRect(inner)
    text.setLeft(bar.right() + 1 + _GAP)
    return bar, text


class ProgressDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(VALUE_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        view = option.widget
        style = view.style() if view is not None else QApplication.style()
        # The cell's own background first (selection, alternate rows), with no text on it.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, view)
        palette = _cell_palette(option)
        bar_rect, text_rect = cell_layout(option.rect, option.fontMetrics)
        bar = QStyleOptionProgressBar()
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.direction = option.direction
        bar.fontMetrics = option.fontMetrics
        bar.palette = palette
        bar.rect = bar_rect
        bar.minimum, bar.maximum = 0, 100
        bar.progress = max(0, min(100, round(float(value))))
        bar.textVisible = False
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, view)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        style.drawItemText(
            painter,
            text_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            palette,
            True,
            index.data(Qt.ItemDataRole.DisplayRole) or "",
            role,
        )

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(VALUE_ROLE) is None:
            return hint
        text = option.fontMetrics.horizontalAdvance(_WIDEST)
        return QSize(max(hint.width(), 2 * _MARGIN + _MIN_BAR + _GAP + text), hint.height())


def _cell_palette(option: QStyleOptionViewItem) -> QPalette:
    """The cell's colours in the group its window shows now: styles paint a progress bar in
    the palette's current group, which a view item's option leaves at Active."""
    state = option.state
    palette = QPalette(option.palette)
    if not state & QStyle.StateFlag.State_Enabled:
        palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
    elif not state & QStyle.StateFlag.State_Active:
        palette.setCurrentColorGroup(QPalette.ColorGroup.Inactive)
    return palette

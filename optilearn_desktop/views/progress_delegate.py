"""Paints a course's progress as a native progress bar inside its table cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from .table_model import VALUE_ROLE

_MARGIN = 4  # px around the bar inside its cell


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
        bar = QStyleOptionProgressBar()
        bar.state = option.state
        bar.direction = option.direction
        bar.fontMetrics = option.fontMetrics
        bar.palette = _cell_palette(option)
        bar.rect = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = round(float(value))
        bar.text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state |= QStyle.StateFlag.State_Horizontal
        view = option.widget
        style = view.style() if view is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, view)


def _cell_palette(option: QStyleOptionViewItem) -> QPalette:
    """The cell's colours in the group its window shows now: styles paint a progress bar in
    the palette's current group, which a view item's option leaves at Active."""
    state = option.state
    if not state & QStyle.StateFlag.State_Enabled:
        group = QPalette.ColorGroup.Disabled
    elif not state & QStyle.StateFlag.State_Active:
        group = QPalette.ColorGroup.Inactive
    else:
        return option.palette  # Active already: no copy for each cell
    palette = QPalette(option.palette)
    palette.setCurrentColorGroup(group)
    return palette

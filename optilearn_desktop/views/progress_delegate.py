"""Paints a course's progress as a native progress bar inside its table cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPixmap, QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
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
        rect = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        bar.rect = QRect(QPoint(0, 0), rect.size())
        bar.minimum, bar.maximum = 0, 100
        bar.progress = round(float(value))
        bar.text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state |= QStyle.StateFlag.State_Horizontal
        view = option.widget
        style = view.style() if view is not None else QApplication.style()
        painter.drawPixmap(rect.topLeft(), _bar_pixmap(style, bar, view, painter))


def _bar_pixmap(
    style: QStyle, bar: QStyleOptionProgressBar, view: QWidget | None, painter: QPainter
) -> QPixmap:
    """The style's own progress bar for `bar`, drawn once per look and kept in Qt's pixmap
    cache: a child switch repaints the same few bars many times over."""
    ratio = painter.device().devicePixelRatio() if painter.device() is not None else 1.0
    size = bar.rect.size()
    key = (
        f"optilearn-progress/{style.name()}/{size.width()}x{size.height()}@{ratio}/"
        f"{bar.progress}/{bar.text}/{bar.state.value}/{bar.direction.value}/"
        f"{bar.palette.cacheKey()}/{bar.palette.currentColorGroup()}/{bar.fontMetrics.height()}/"
        f"{view.font().key() if view is not None else ''}"
    )
    pixmap = QPixmap()
    if not QPixmapCache.find(key, pixmap):
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        canvas = QPainter(pixmap)
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, canvas, view)
        canvas.end()
        QPixmapCache.insert(key, pixmap)
    return pixmap


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

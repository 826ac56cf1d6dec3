"""Paints a course's progress as a native progress bar inside its table cell, its number
beside the bar rather than on it: a label that the fill crosses turns half white, half black
("47 %" read "4/ %"), while beside the bar it is ordinary cell text in the cell's own
colours, legible at every value in light and dark schemes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPixmap, QPixmapCache
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
        bar.rect = QRect(QPoint(0, 0), bar_rect.size())
        bar.minimum, bar.maximum = 0, 100
        bar.progress = max(0, min(100, round(float(value))))
        bar.textVisible = False
        painter.drawPixmap(bar_rect.topLeft(), _bar_pixmap(style, bar, view, painter))
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


def _bar_pixmap(
    style: QStyle, bar: QStyleOptionProgressBar, view: QWidget | None, painter: QPainter
) -> QPixmap:
    """The style's own progress bar for `bar`, drawn once per look and kept in Qt's pixmap
    cache: a child switch repaints the same few bars many times over."""
    ratio = painter.device().devicePixelRatio() if painter.device() is not None else 1.0
    size = bar.rect.size()
    key = (
        f"optilearn-progress/{style.name()}/{size.width()}x{size.height()}@{ratio}/"
        f"{bar.progress}/{bar.state.value}/{bar.direction.value}/"
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

"""Paints a course's progress as a native progress bar inside its table cell.

A hidden QProgressBar paints each cell (`QWidget.grab`): Qt's own widget code draws the
native bar, so the delegate never names QStyle, whose ~20 enums PySide6 turns into Python
enums on first use, about 5 ms before the first paint of a saved overview. The bar takes the
cell's palette and enabled state, as a QStyle call with the cell's option would.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QProgressBar, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .qt_values import ALIGN_CENTER, DISPLAY_ROLE, set_property
from .table_model import VALUE_ROLE

_MARGIN = 4  # px around the bar inside its cell
_ACTIVE, _INACTIVE = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
_ROLES = [r for r in QPalette.ColorRole if r != QPalette.ColorRole.NColorRoles]


class ProgressDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(parent)  # never shown: a painter for the cells
        self._bar.hide()
        self._bar.setRange(0, 100)
        self._bar.setTextVisible(True)
        set_property(self._bar, "alignment", ALIGN_CENTER)  # before the paint: qt_values.py
        self._palette: tuple[int, bool, QPalette] | None = None

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
        view: QWidget | None = option.widget  # type: ignore[attr-defined]
        rect = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)  # type: ignore[attr-defined]
        bar = self._bar
        bar.setPalette(self._cell_palette(option.palette, view))  # type: ignore[attr-defined]
        bar.setEnabled(view is None or view.isEnabled())
        bar.resize(rect.size())
        bar.setValue(round(float(value)))
        bar.setFormat(index.data(DISPLAY_ROLE) or "")
        # Through a pixmap: QWidget.render() straight into the view's painter lands at the
        # wrong place once that painter is redirected to the window's backing store.
        painter.drawPixmap(rect.topLeft(), bar.grab())
        bar.setFormat("")  # holds no child's figure between paints (kiosk: forget everything)

    def _cell_palette(self, palette: QPalette, view: QWidget | None) -> QPalette:
        """The cell's colours as its window shows them now (Active or Inactive), in both
        groups: the hidden bar's own window state must not choose them. Once per palette."""
        active = view is not None and view.isActiveWindow()
        key = (palette.cacheKey(), active)
        if self._palette is None or self._palette[:2] != key:
            current = _ACTIVE if active else _INACTIVE
            # The copy constructor, as copy.copy calls it: QPalette(palette) would name
            # Qt.GlobalColor (qt_values.py), and the copy module costs 0.6 ms to import.
            resolved = palette.__copy__()
            for role in _ROLES:
                color = palette.color(current, role)
                resolved.setColor(_ACTIVE, role, color)
                resolved.setColor(_INACTIVE, role, color)
            self._palette = (*key, resolved)
        return self._palette[2]

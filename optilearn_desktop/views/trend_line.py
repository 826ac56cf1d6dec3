"""A small line chart of a course's grades, oldest to newest, with the pass mark: drawn with
QPainter (PySide6-Essentials has no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.formatting import percent
from ..core.wording import arg
from .colors import accents
from .retranslate import Retranslating

MARGIN = 10.0
DOT = 3.5


class TrendLine(Retranslating, QWidget):
    def __init__(self, pass_mark: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grade_trend")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(120)
        self.pass_mark = pass_mark
        self._values: list[float] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Grade trend"))
        self._describe()
        self.update()  # the pass mark's words

    def sizeHint(self) -> QSize:
        return QSize(480, 140)

    def set_values(self, percentages: list[float]) -> None:
        """Percentages, oldest first; each is drawn clamped to 0-100."""
        self._values = [min(100.0, max(0.0, v)) for v in percentages]
        self._describe()
        self.update()

    def _describe(self) -> None:
        values = self._values
        if len(values) < 2:
            self.setAccessibleDescription(self.tr("Too few grades for a trend"))
            return
        first, last = values[0], values[-1]
        if last > first:
            template = self.tr("%n grade(s), from %1 to %2 (up)", "", len(values))
        elif last < first:
            template = self.tr("%n grade(s), from %1 to %2 (down)", "", len(values))
        else:
            template = self.tr("%n grade(s), from %1 to %2 (level)", "", len(values))
        self.setAccessibleDescription(arg(template, percent(round(first)), percent(round(last))))

    def values(self) -> list[float]:
        return list(self._values)

    def _point(self, area: QRectF, index: int, value: float) -> QPointF:
        count = len(self._values)
        x = area.left() + (area.width() * index / (count - 1) if count > 1 else area.width() / 2)
        return QPointF(x, area.bottom() - area.height() * value / 100)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        colors = accents(palette)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawRect(area)
        mark = QPen(colors.warning, 1, Qt.PenStyle.DashLine)
        painter.setPen(mark)
        y = area.bottom() - area.height() * self.pass_mark / 100
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.drawText(
            QRectF(area.left() + 4, y - 18, area.width() - 8, 16),
            Qt.AlignmentFlag.AlignLeading,
            arg(self.tr("pass mark %1"), percent(self.pass_mark)),
        )
        if not self._values:
            painter.end()
            return
        points = [self._point(area, i, v) for i, v in enumerate(self._values)]
        painter.setPen(QPen(palette.text().color(), 2))
        painter.drawPolyline(QPolygonF(points))
        painter.setPen(Qt.PenStyle.NoPen)
        for point, value in zip(points, self._values, strict=True):
            painter.setBrush(colors.passed if value >= self.pass_mark else colors.failed)
            painter.drawEllipse(point, DOT, DOT)
        painter.end()
